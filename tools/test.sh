#!/usr/bin/env bash
# Runs every test of agora_token: the engine's C tests, the stub/arginfo check,
# the PHPT suite (vectors, differential corpora, classes), the cross-check of
# our tokens with the official npm package, and the example. Ends with the line
# "N passed, M failed" and exits non-zero on any failure.
#
# Options add the memory, thread and fuzz checks (tools/phpt-variants.sh,
# tests/fuzz/run.sh), each counted in the last line:
#   --valgrind  --asan  --zts  --fuzz[=SECONDS per target, default 60]
#   --all       all four (what CI runs)
set -uo pipefail
cd "$(dirname "$0")/.."

variants=()
fuzz_seconds=""
for arg in "$@"; do
	case $arg in
	--valgrind | --asan | --zts) variants+=("${arg#--}") ;;
	--fuzz) fuzz_seconds=60 ;;
	--fuzz=*) fuzz_seconds=${arg#--fuzz=} ;;
	--all) variants=(valgrind asan zts); fuzz_seconds=60 ;;
	*) echo "test.sh: unknown option $arg" >&2; echo "0 passed, 1 failed"; exit 2 ;;
	esac
done

passed=0
failed=0

# Adds the counts of a suite's closing "N passed, M failed" line; a suite that
# printed no such line, or exited non-zero with no failure counted, is one failure.
count() {
	local name=$1 rc=$2 log=$3 line p f
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	if [ -z "$line" ]; then
		echo "!! $name: no result line (exit $rc)"
		tail -n 20 "$log"
		failed=$((failed + 1))
		return
	fi
	p=${line%% passed*}
	f=${line#*, }
	f=${f%% failed*}
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		f=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	echo "== $name: $line"
	if [ "$f" != 0 ]; then
		grep -vE '^(PASS|SKIP) ' "$log" | tail -n 60
	fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! bash tools/build.sh >"$tmp/build.log" 2>&1; then
	cat "$tmp/build.log"
	echo "0 passed, 1 failed"
	exit 1
fi

bash tests/c/run.sh >"$tmp/c.log" 2>&1
count "engine C tests" $? "$tmp/c.log"

# Our deflate encoder against the linked zlib, byte for byte, on 200,000 random payloads.
sh tests/c/deflate_identity.sh --count="${AGORA_TOKEN_DEFLATE_COUNT:-200000}" >"$tmp/deflate.log" 2>&1
count "deflate encoder identical to zlib" $? "$tmp/deflate.log"

# The committed arginfo header must come from the committed stub: gen_stub.php
# records the SHA-1 of the stub it read.
stub_hash=$(sha1sum agora_token.stub.php | cut -d' ' -f1)
if grep -q "Stub hash: $stub_hash" agora_token_arginfo.h; then
	echo "1 passed, 0 failed" >"$tmp/stub.log"
else
	echo "agora_token_arginfo.h is stale: run tools/gen_arginfo.sh" >"$tmp/stub.log"
	echo "0 passed, 1 failed" >>"$tmp/stub.log"
fi
count "arginfo matches stub" 0 "$tmp/stub.log"

# PHPT suite. -n keeps the machine's php.ini out of the tests.
TEST_PHP_EXECUTABLE=$(command -v php) NO_INTERACTION=1 php run-tests.php -q -n -j2 \
	-d extension_dir="$PWD/modules" -d extension=agora_token --show-diff tests >"$tmp/phpt.log" 2>&1
rc=$?
p=$(sed -nE 's/^Tests passed +: +([0-9]+).*/\1/p' "$tmp/phpt.log")
f=$(sed -nE 's/^Tests failed +: +([0-9]+).*/\1/p' "$tmp/phpt.log")
echo "${p:-0} passed, ${f:-1} failed" >>"$tmp/phpt.log"
count "PHPT suite" $rc "$tmp/phpt.log"

if [ "${AGORA_TOKEN_NO_NODE:-0}" != 1 ]; then
	if (cd tests/node && npm ci --silent --no-audit --no-fund) >"$tmp/npm.log" 2>&1; then
		php -n -d extension="$PWD/modules/agora_token.so" tests/node_verify.php >"$tmp/node.log" 2>&1
		count "tokens verified by the npm package agora-token" $? "$tmp/node.log"
	else
		cat "$tmp/npm.log"
		echo "0 passed, 1 failed" >"$tmp/node.log"
		count "npm install of agora-token" 1 "$tmp/node.log"
	fi
fi

if php -n -d extension="$PWD/modules/agora_token.so" examples/run.php >"$tmp/example.log" 2>&1; then
	echo "1 passed, 0 failed" >>"$tmp/example.log"
	count "examples/run.php" 0 "$tmp/example.log"
else
	cat "$tmp/example.log"
	echo "0 passed, 1 failed" >>"$tmp/example.log"
	count "examples/run.php" 1 "$tmp/example.log"
fi

# The release: package.xml against the tracked files, pecl package, offline pecl install.
bash tests/package/run.sh "$tmp/installed" >"$tmp/package.log" 2>&1
count "PECL package and install" $? "$tmp/package.log"

# The example controller in a real Laravel application behind nginx and PHP-FPM, with the
# module that pecl installed above (tests/laravel/run.sh). It needs Composer and npm.
if [ "${AGORA_TOKEN_NO_LARAVEL:-0}" != 1 ] && [ "${AGORA_TOKEN_NO_NODE:-0}" != 1 ]; then
	so=$tmp/installed/agora_token.so
	[ -f "$so" ] || so=modules/agora_token.so
	bash tests/laravel/run.sh "$so" >"$tmp/laravel.log" 2>&1
	count "Laravel endpoint behind nginx and PHP-FPM" $? "$tmp/laravel.log"
fi

# One after the other: run-tests writes its files beside the tests.
for v in "${variants[@]}"; do
	start=$SECONDS
	bash tools/phpt-variants.sh "$v" >"$tmp/$v.log" 2>&1
	count "PHPT suite under $v ($((SECONDS - start)) s)" $? "$tmp/$v.log"
done
if [ -n "$fuzz_seconds" ]; then
	start=$SECONDS
	bash tests/fuzz/run.sh "$fuzz_seconds" >"$tmp/fuzz.log" 2>&1
	rc=$?
	grep -E '^fuzz_' "$tmp/fuzz.log"
	count "fuzzing, $fuzz_seconds s per target ($((SECONDS - start)) s)" $rc "$tmp/fuzz.log"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
