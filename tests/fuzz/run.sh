#!/usr/bin/env bash
# Builds the engine's libFuzzer targets with clang (ASan + UBSan) and runs each
# one for a while on a copy of its committed seed corpus.
#
#   tests/fuzz/run.sh [SECONDS]     default 60 per target; prints "N passed, M failed"
#   tests/fuzz/run.sh --build       build only, into tests/fuzz/bin/
#
# A target that crashes, leaks or times out is a failure; its crashing input is
# left in tests/fuzz/bin/artifacts/ to turn into a regression test.
# Environment: CLANG (default clang, then clang-14).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

seconds=60
build_only=0
case "${1:-}" in
--build) build_only=1 ;;
'') ;;
*) seconds=$1 ;;
esac

# clang and its fuzzer runtime, from Debian's packages when they are missing.
if [ -z "${CLANG:-}" ]; then
	AGORA_TOKEN_NO_NODE=1 bash "$root/tools/deps.sh" clang-14 libclang-rt-14-dev >/dev/null 2>&1
fi
cc=${CLANG:-}
if [ -z "$cc" ]; then
	cc=$(command -v clang || command -v clang-14 || true)
fi
if [ -z "$cc" ]; then
	echo "clang is not installed"
	echo "0 passed, 1 failed"
	exit 1
fi

targets="parse007 parse006 roundtrip"
bin=$here/bin
mkdir -p "$bin/artifacts"
deps=$(pkg-config --cflags --libs libcrypto zlib 2>/dev/null || echo "-lcrypto -lz")
passed=0
failed=0
for t in $targets; do
	# shellcheck disable=SC2086 # pkg-config output is a list of words
	if ! "$cc" -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=undefined -I"$root/src" -o "$bin/fuzz_$t" "$here/fuzz_$t.c" \
		"$root"/src/*.c $deps; then
		echo "fuzz_$t: compilation failed"
		failed=$((failed + 1))
	fi
done
if [ "$build_only" = 1 ]; then
	[ "$failed" = 0 ]
	exit
fi

for t in $targets; do
	[ -x "$bin/fuzz_$t" ] || continue
	# libFuzzer adds what it finds to the first corpus directory: work on a copy.
	work=$bin/corpus_$t
	rm -rf "$work"
	mkdir -p "$work"
	cp "$here/corpus/$t"/* "$work/" 2>/dev/null
	log=$bin/fuzz_$t.log
	if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		"$bin/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$bin/artifacts/$t-" \
		"$work" >"$log" 2>&1; then
		passed=$((passed + 1))
		echo "fuzz_$t: $(grep -E '^stat::number_of_executed_units' "$log" | tail -n 1 | awk '{print $2}') executions," \
			"cov $(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | awk '{print $2}'), no crash"
	else
		failed=$((failed + 1))
		echo "fuzz_$t: FAILED"
		grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$log" | head -n 20
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
