#!/usr/bin/env bash
# Soak test (not part of CI): millions of builds and parses in one process,
# then PHP-FPM serving the same work on 127.0.0.1, with resident memory sampled.
#
#   tools/soak.sh [CLI_ROUNDS] [FPM_REQUESTS] [ROUNDS_PER_REQUEST]
#                 defaults 10000000, 20000, 100; CLI_ROUNDS 0 skips the CLI run
#
# A round builds a 007 token with three services, parses and verifies it; every
# 16th round also rejects two hostile tokens and builds and reads a 006 token.
# FPM runs two workers that are never recycled (pm.max_requests = 0), so a
# leak shows as growth from a worker's first request to its last.
set -euo pipefail
cd "$(dirname "$0")/.."

cli_rounds=${1:-10000000}
fpm_requests=${2:-20000}
per_request=${3:-100}
ext=$PWD/modules/agora_token.so

bash tools/build.sh
bash tools/deps.sh php8.2-fpm >/dev/null
fpm=$(command -v php-fpm8.2 || command -v php-fpm)

if [ "$cli_rounds" -gt 0 ]; then
	echo "== one CLI process, $cli_rounds rounds"
	php -n -d extension="$ext" bench/soak.php CLI "$cli_rounds"
fi

echo "== PHP-FPM, $fpm_requests requests of $per_request rounds, 2 workers"
tmp=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
cat >"$tmp/fpm.conf" <<CONF
[global]
pid = $tmp/fpm.pid
error_log = $tmp/fpm.log
daemonize = no

[soak]
listen = 127.0.0.1:$port
listen.allowed_clients = 127.0.0.1
pm = static
pm.max_children = 2
pm.max_requests = 0
php_admin_value[memory_limit] = 256M
CONF
"$fpm" -n -d extension="$ext" -y "$tmp/fpm.conf" -R -F &
fpm_pid=$!
trap 'kill "$fpm_pid" 2>/dev/null; wait "$fpm_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do
	if php -r "exit(@fsockopen('127.0.0.1', $port) ? 0 : 1);"; then
		break
	fi
	sleep 0.2
done

start=$SECONDS
php -n bench/fcgi_get.php 127.0.0.1 "$port" "$PWD/bench/soak.php" "n=$per_request" "$fpm_requests" >"$tmp/responses"
echo "$(wc -l <"$tmp/responses") responses in $((SECONDS - start)) s"
# Each response is "pid rss_kib failed_rounds": each worker's RSS after its
# first request, then after every tenth of all requests, and after its last.
awk -v step=$((fpm_requests / 10)) '
	NF == 3 {
		if (!($1 in first)) { first[$1] = $2; order[++n] = $1 }
		last[$1] = $2; count[$1]++; failed += $3; seen++
		if (step > 0 && seen % step == 0) { trace[$1] = trace[$1] " " $2 }
	}
	NF != 3 { bad++ }
	END {
		printf "%8s %10s %14s %14s  %s\n", "worker", "requests", "first_rss_kib", "last_rss_kib", "samples"
		for (i = 1; i <= n; i++) {
			p = order[i]; printf "%8s %10d %14d %14d %s\n", p, count[p], first[p], last[p], trace[p]
		}
		printf "failed rounds: %d, malformed responses: %d\n", failed, bad
		exit (failed || bad) ? 1 : 0
	}' "$tmp/responses"
