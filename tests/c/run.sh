#!/bin/sh
# Builds and runs the engine's C unit tests (src/*.c + tests/c/test_engine.c).
#
#   tests/c/run.sh              compile, run, print "N passed, M failed" last
#   tests/c/run.sh --valgrind   the same under valgrind (memcheck, full leak check);
#                               valgrind errors count as one more failure
#
# Environment: CC (default cc). Exit status 0 only when every check passed.
set -u

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd) || exit 1
root=$(CDPATH= cd -- "$here/../.." && pwd) || exit 1

use_valgrind=0
for arg in "$@"; do
	case $arg in
	--valgrind) use_valgrind=1 ;;
	-h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "run.sh: unknown option $arg" >&2; echo "0 passed, 1 failed"; exit 2 ;;
	esac
done

cc=${CC:-cc}
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcrypto zlib 2>/dev/null; then
	dep_cflags=$(pkg-config --cflags libcrypto zlib)
	dep_libs=$(pkg-config --libs libcrypto zlib)
else
	dep_cflags=
	dep_libs="-lcrypto -lz"
fi

bin="$here/test_engine.bin"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/agt-ctest.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# shellcheck disable=SC2086 # the pkg-config output is a list of words
if ! "$cc" -std=c99 -Wall -Wextra -Werror -O1 -g $dep_cflags -I"$root/src" -I"$here" \
	-o "$bin" "$here/test_engine.c" "$root"/src/*.c $dep_libs; then
	echo "compilation failed"
	echo "0 passed, 1 failed"
	exit 1
fi

if [ "$use_valgrind" = 1 ]; then
	if ! command -v valgrind >/dev/null 2>&1; then
		echo "valgrind is not installed"
		echo "0 passed, 1 failed"
		exit 1
	fi
	valgrind --error-exitcode=1 --leak-check=full --log-file="$tmp/valgrind.log" "$bin" >"$tmp/out" 2>&1
	status=$?
else
	"$bin" >"$tmp/out" 2>&1
	status=$?
fi

# Everything but the binary's own summary line, which is reprinted below.
summary=$(tail -n 1 "$tmp/out")
if printf '%s\n' "$summary" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
	sed '$d' "$tmp/out"
	passed=${summary%% passed*}
	failed=${summary#*passed, }
	failed=${failed%% failed}
else
	# The binary died before its summary: keep its output, count what it got through.
	cat "$tmp/out"
	echo "test binary stopped early (exit status $status)"
	last=$(grep -E '^-- .* done: [0-9]+ passed, [0-9]+ failed so far$' "$tmp/out" | tail -n 1)
	if [ -n "$last" ]; then
		passed=$(printf '%s\n' "$last" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\1/')
		failed=$(printf '%s\n' "$last" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\2/')
	else
		passed=0
		failed=0
	fi
	failed=$((failed + 1))
fi

if [ "$use_valgrind" = 1 ]; then
	errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9][0-9]*\) errors.*/\1/p' "$tmp/valgrind.log" | tail -n 1)
	if [ "${errors:-x}" = 0 ]; then
		echo "valgrind: clean ($(grep -E 'in use at exit|All heap blocks' "$tmp/valgrind.log" | sed 's/^==[0-9]*== *//' | head -n 1))"
	else
		cat "$tmp/valgrind.log"
		echo "valgrind: ${errors:-unknown number of} errors"
		failed=$((failed + 1))
	fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
