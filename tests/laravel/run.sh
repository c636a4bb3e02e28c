#!/usr/bin/env bash
# The token endpoint for real: a minimal Laravel application (laravel/framework from Composer)
# serving examples/TokenController.php, unchanged, through PHP-FPM behind nginx on 127.0.0.1,
# with agora_token enabled by an ini file in FPM's conf.d. curl asks it for tokens; every token
# is checked by the extension (parse, verifySignature, expected fields) and by the official npm
# package agora-token (tests/node/verify.js). Then the two ways of not migrating: a controller
# that still requires a file declaring the classes globally (PHP stops with "Cannot declare class
# Service, because the name is already in use"), and one with the classes pasted into its own
# namespaced file (no error, and the extension goes unused).
#
#   bash tests/laravel/run.sh [PATH/TO/agora_token.so]     (default: modules/agora_token.so)
#
# Installs php-fpm, nginx and curl with apt-get when missing, and the npm package in tests/node.
# Everything runs from a temporary directory and is stopped at the end; nothing listens
# anywhere but 127.0.0.1. The last line is "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
here=$root/tests/laravel

so=${1:-$root/modules/agora_token.so}
case $so in /*) ;; *) so=$root/$so ;; esac

# shellcheck source=../../tools/tap.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../tools/tap.sh"
give_up() {
	local log
	echo "$1"
	for log in "${@:2}"; do
		[ -s "$log" ] && { echo "--- $log"; tail -n 30 "$log"; }
	done
	failed=$((failed + 1))
	echo "$passed passed, $failed failed"
	exit 1
}

[ -f "$so" ] || give_up "no extension at $so: run tools/build.sh first"

phpver=$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
if ! command -v "php-fpm$phpver" >/dev/null 2>&1 || ! command -v nginx >/dev/null 2>&1 \
	|| ! command -v curl >/dev/null 2>&1; then
	# Debian starts a service when its package is installed; this test runs its own nginx, on
	# 127.0.0.1 only, so keep the packaged one from starting (the usual policy-rc.d answer 101).
	made_policy=0
	if [ "$(id -u)" = 0 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
	fi
	bash tools/deps.sh "php$phpver-fpm" nginx-light curl
	[ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
fi
fpm=$(command -v "php-fpm$phpver") || give_up "php-fpm$phpver is not installed"
if [ ! -d tests/node/node_modules/agora-token ]; then
	(cd tests/node && npm ci --silent --no-audit --no-fund) || give_up "npm ci in tests/node failed"
fi

work=$(mktemp -d)
fpm_pid=
nginx_pid=
stop() {
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
	[ -n "$fpm_pid" ] && kill "$fpm_pid" 2>/dev/null
	wait 2>/dev/null
	rm -rf "$work"
}
trap stop EXIT
# nginx's and PHP-FPM's workers run as nobody when this runs as root: they must reach the app.
chmod 755 "$work"

# The application: the skeleton in tests/laravel/app and the example controller, unchanged.
app=$work/app
cp -r "$here/app" "$app"
cp examples/TokenController.php "$app/app/Http/Controllers/Api/TokenController.php"
mkdir -p "$app/storage/logs" "$app/storage/framework/cache" "$app/storage/framework/views" \
	"$app/storage/framework/sessions" "$app/bootstrap/cache" "$work/nginx-tmp"
export AGORA_APP_ID=970CA35de60c44645bbae8a215061b33
export AGORA_APP_CERTIFICATE=5CFd2fd1755d40ecb72977518be15d3b
cat >"$app/.env" <<EOF
APP_ENV=production
APP_DEBUG=false
LOG_CHANNEL=single
AGORA_APP_ID=$AGORA_APP_ID
AGORA_APP_CERTIFICATE=$AGORA_APP_CERTIFICATE
EOF

start=$SECONDS
COMPOSER_ALLOW_SUPERUSER=1 composer install -d "$app" --no-interaction --no-progress --prefer-dist \
	>"$work/composer.log" 2>&1
rc=$?
echo "composer install: $((SECONDS - start)) s"
check $rc "composer install of laravel/framework"
[ "$rc" = 0 ] || give_up "composer install failed" "$work/composer.log"
echo "laravel/framework $(php -r 'require $argv[1]; echo Composer\InstalledVersions::getPrettyVersion("laravel/framework");' "$app/vendor/autoload.php")"
chmod -R a+rX "$app"
chmod -R a+rwX "$app/storage" "$app/bootstrap/cache"

# PHP-FPM reads the machine's conf.d for its other extensions, and ours from an ini file there.
mkdir "$work/conf.d"
for ini in "/etc/php/$phpver/fpm/conf.d"/*.ini; do
	case $ini in *agora_token*) continue ;; esac
	ln -s "$ini" "$work/conf.d/"
done
echo "extension=$so" >"$work/conf.d/30-agora_token.ini"

port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);')
user_lines=
[ "$(id -u)" = 0 ] && user_lines=$'user = nobody\ngroup = nogroup'
sed -e "s#@WORK@#$work#g" -e "/^@USER_LINES@$/{
r /dev/stdin
d
}" "$here/fpm.conf.in" >"$work/fpm.conf" <<<"$user_lines"
sed -e "s#@WORK@#$work#g" -e "s#@APP@#$app#g" -e "s#@PORT@#$port#g" "$here/nginx.conf.in" >"$work/nginx.conf"

PHP_INI_SCAN_DIR=$work/conf.d "$fpm" -F -y "$work/fpm.conf" >"$work/fpm.out" 2>&1 &
fpm_pid=$!
nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off;' >"$work/nginx.out" 2>&1 &
nginx_pid=$!

base=http://127.0.0.1:$port
for _ in $(seq 1 50); do
	[ -S "$work/fpm.sock" ] && curl -s -o /dev/null --max-time 2 "$base/" && break
	sleep 0.2
done
[ -S "$work/fpm.sock" ] || give_up "PHP-FPM or nginx did not start" "$work/fpm.out" "$work/fpm.log" "$work/nginx.out" "$work/nginx-error.log"

# The worker's own view: SAPI, module, version, and the conf.d file that enabled it.
version=$(sed -nE 's/^#define PHP_AGORA_TOKEN_VERSION "([^"]+)".*/\1/p' php_agora_token.h)
curl -sS --max-time 30 "$base/api/agora/runtime" >"$work/runtime.json" 2>&1
php -r '
	$r = json_decode(file_get_contents($argv[1]), true);
	$ok = is_array($r) && $r["sapi"] === "fpm-fcgi" && $r["loaded"] === true && $r["version"] === $argv[2]
		&& in_array($argv[3], $r["ini"], true);
	echo is_array($r) ? "" : file_get_contents($argv[1]);
	exit($ok ? 0 : 1);' "$work/runtime.json" "$version" "$work/conf.d/30-agora_token.ini"
check $? "PHP-FPM has agora_token $version, enabled by conf.d/30-agora_token.ini"

# One token request: appends the response and the time around it to responses.jsonl.
ask() {
	local channel=$1 before after status args=(--data-urlencode "channelName=$1")
	[ $# -gt 1 ] && args+=(--data-urlencode "uid=$2")
	before=$(date +%s)
	status=$(curl -sS --max-time 30 -o "$work/body" -w '%{http_code}' "${args[@]}" "$base/api/agora/token")
	after=$(date +%s)
	php -r '
		$case = ["channel" => $argv[1], "status" => (int)$argv[2], "body" => file_get_contents($argv[3]),
			"before" => (int)$argv[4], "after" => (int)$argv[5]];
		if ($argc > 6) { $case["uid"] = $argv[6]; }
		echo json_encode($case, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";' \
		"$channel" "$status" "$work/body" "$before" "$after" "${@:2}" >>"$work/responses.jsonl"
}

ask room1
ask room-42 12345
ask "Канал 7 🎧" alice
ask "with spaces & symbols?=/" 4294967295
ask "$(printf 'c%.0s' $(seq 1 64))" ""

# Not migrated, with a global copy of the classes: a fatal error, logged by Laravel.
status=$(curl -sS --max-time 30 -o "$work/body" -w '%{http_code}' --data-urlencode channelName=room1 \
	"$base/api/agora/token-required-copy")
[ "$status" = 500 ] && grep -q 'Cannot declare class Service, because the name is already in use' \
	"$app/storage/logs/laravel.log" 2>/dev/null
check $? "a controller that still requires the global classes fails: Cannot declare class Service (HTTP $status)"

# Not migrated, classes pasted into the namespaced controller: they shadow the extension silently.
status=$(curl -sS --max-time 30 -o "$work/body" -w '%{http_code}' --data-urlencode channelName=room1 \
	"$base/api/agora/token-pasted-copy")
[ "$status" = 200 ] && grep -q '"data":"built by the pasted copy"' "$work/body"
check $? "a controller with the classes pasted into its namespace runs its own copy, not the extension"

# The pool goes on serving after the fatal error.
ask room1 7

php -n -d extension="$so" "$here/check.php" "$work/responses.jsonl" >"$work/check.log" 2>&1
add_counts "$work/check.log"

if [ "$failed" != 0 ]; then
	for log in fpm.log php-errors.log nginx-error.log app/storage/logs/laravel.log; do
		[ -s "$work/$log" ] && { echo "--- $log"; tail -n 15 "$work/$log"; }
	done
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
