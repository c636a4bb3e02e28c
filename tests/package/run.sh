#!/usr/bin/env bash
# The release as a user gets it: package.xml checked against the tracked files, `pecl package`,
# then `pecl install` of the resulting .tgz offline and the installed module loaded.
#
#   bash tests/package/run.sh [OUT_DIR]
#
# pecl installs into PHP's own directories (the extension dir from php-config, PEAR's php_dir
# and bin_dir). So that a run changes nothing on this machine, the install happens in a private
# mount namespace in which those directories are overlays whose writes land in a temporary
# directory; that needs root (CI runs as root). Without root the install checks are skipped.
# With OUT_DIR, the installed agora_token.so is copied there for later tests.
# Needs php8.2-dev and php-pear (installed by tools/deps.sh when missing).
# The last line is "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

# ---- inside the private mount namespace (this script calls itself) ----
if [ "${1:-}" = "--inside" ]; then
	work=$2 tgz=$3
	set -e
	for dir in "$(php-config --extension-dir)" "$(pear config-get php_dir)" "$(pear config-get bin_dir)"; do
		name=$(echo "$dir" | tr / _)
		mkdir -p "$work/ovl/$name.up" "$work/ovl/$name.work"
		mount -t overlay overlay -o "lowerdir=$dir,upperdir=$work/ovl/$name.up,workdir=$work/ovl/$name.work" "$dir"
	done
	set +e
	pecl -d temp_dir="$work/pear-temp" -d cache_dir="$work/pear-cache" -d download_dir="$work/pear-dl" \
		install --offline "$tgz" >"$work/install.log" 2>&1
	echo "install-exit $?"
	# -n: the machine's php.ini and conf.d stay out; the default extension_dir is the one pecl wrote to.
	php -n -d extension=agora_token -m >"$work/modules.txt" 2>&1
	echo "modules-exit $?"
	php -n -d extension=agora_token --ri agora_token >"$work/ri.txt" 2>&1
	php -n -d extension=agora_token "$work/token.php" >"$work/token-installed.txt" 2>&1
	pecl list >"$work/list.txt" 2>&1
	script="$(pear config-get bin_dir)/agora-token"
	[ -x "$script" ] && php -n -d extension=agora_token "$script" --version >"$work/script.txt" 2>&1
	cp "$(php-config --extension-dir)/agora_token.so" "$work/agora_token.so" 2>/dev/null
	exit 0
fi

if ! bash tools/deps.sh php-pear >/dev/null; then
	echo "could not install php-pear"
	echo "0 passed, 1 failed"
	exit 1
fi

# shellcheck source=../../tools/tap.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../tools/tap.sh"

out=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -nE 's/^#define PHP_AGORA_TOKEN_VERSION "([^"]+)".*/\1/p' php_agora_token.h)

# package.xml, composer.json and the two config files against the tracked files.
php tools/package_xml.php >"$work/package_xml.log" 2>&1
add_counts "$work/package_xml.log"

(cd "$work" && pecl package "$OLDPWD/package.xml") >"$work/package.log" 2>&1
tgz="$work/agora_token-$version.tgz"
test -f "$tgz"
check $? "pecl package makes agora_token-$version.tgz"
if [ ! -f "$tgz" ]; then
	cat "$work/package.log"
	echo "$passed passed, $failed failed"
	exit 1
fi
! grep -qiE 'warning|error' "$work/package.log"
check $? "pecl package reports no warning"

# Every file that package.xml lists is in the archive, at its place.
tar -tzf "$tgz" | sed -n "s#^agora_token-$version/##p" | sort >"$work/archived.txt"
php -r '
	$x = new SimpleXMLElement(file_get_contents("package.xml"));
	foreach ($x->contents->dir->file as $file) { echo $file["name"], "\n"; }' | sort >"$work/listed.txt"
missing=$(comm -23 "$work/listed.txt" "$work/archived.txt")
[ -z "$missing" ] && [ -s "$work/listed.txt" ]
check $? "the archive holds every listed file"
[ -z "$missing" ] || echo "$missing" | sed 's/^/    not in the archive: /'

if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
	echo "skipped: pecl install (needs root and mount namespaces)"
	echo "$passed passed, $failed failed"
	[ "$failed" = 0 ]
	exit
fi

# A fixed token, built by the installed module and by the one in modules/.
cat >"$work/token.php" <<'PHP'
<?php
$t = new AccessToken2('970CA35de60c44645bbae8a215061b33', '5CFd2fd1755d40ecb72977518be15d3b', 600);
$t->issueTs = 1111111;
$t->salt = 1;
$rtc = new ServiceRtc('7d72365eb983485397e3e3f9d460bdda', 2882341273);
$rtc->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
$t->addService($rtc);
echo $t->build(), "\n";
PHP

unshare -m bash "$0" --inside "$work" "$tgz" >"$work/inside.log" 2>&1
grep -q '^install-exit 0$' "$work/inside.log" && grep -q 'install ok: channel://pecl.php.net/agora_token-' "$work/install.log"
check $? "pecl install --offline of the .tgz builds and installs"
if ! grep -q '^install-exit 0$' "$work/inside.log"; then
	tail -n 30 "$work/install.log"
	cat "$work/inside.log"
fi
grep -qx 'agora_token' "$work/modules.txt" && ! grep -qiE 'warning|error' "$work/modules.txt"
check $? "php -d extension=agora_token -m lists the installed module"
grep -qx "Version => $version" "$work/ri.txt"
check $? "php --ri agora_token shows version $version"
grep -qE "^agora_token +$version " "$work/list.txt"
check $? "pecl list shows agora_token $version"
grep -qx "agora-token $version" "$work/script.txt" 2>/dev/null
check $? "pecl installs bin/agora-token as agora-token in PEAR's bin_dir"
if [ -f modules/agora_token.so ]; then
	php -n -d extension="$PWD/modules/agora_token.so" "$work/token.php" >"$work/token-built.txt" 2>&1
	cmp -s "$work/token-installed.txt" "$work/token-built.txt" && grep -q '^007' "$work/token-installed.txt"
	check $? "the installed module builds the same token as modules/agora_token.so"
fi

# The tests that the archive ships, run from the unpacked archive against the installed module:
# a test that needs a file the release leaves out fails here.
mkdir "$work/src" && tar -xzf "$tgz" -C "$work/src"
runner=$(find "$(php-config --prefix)/lib/php" -name run-tests.php -path '*build*' 2>/dev/null | head -n 1)
if [ -f "$work/agora_token.so" ] && [ -n "$runner" ]; then
	(cd "$work/src/agora_token-$version" && TEST_PHP_EXECUTABLE=$(command -v php) NO_INTERACTION=1 \
		php "$runner" -q -n -j2 -d extension="$work/agora_token.so" tests) >"$work/archive-tests.log" 2>&1
fi
shipped=$(sed -nE 's/^Tests passed +: +([0-9]+).*/\1/p' "$work/archive-tests.log" 2>/dev/null)
[ "${shipped:-0}" -gt 0 ] && grep -qE '^Tests failed +: +0 ' "$work/archive-tests.log"
check $? "the ${shipped:-0} tests in the archive pass against the installed module"
grep -E '^(FAIL|BORK)' "$work/archive-tests.log" 2>/dev/null | head -n 20

if [ -n "$out" ] && [ -f "$work/agora_token.so" ]; then
	mkdir -p "$out" && cp "$work/agora_token.so" "$out/"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
