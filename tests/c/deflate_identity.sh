#!/bin/sh
# Proves src/deflate6.c byte-identical to the linked zlib (see deflate_identity.c).
#
#   tests/c/deflate_identity.sh [--count=N] [--seed=S]
#
# Runs N random payloads (default 200,000) with the shipped limit of 4096 bytes,
# then N/10 with the encoder built for 16384 bytes, which reaches deeper Huffman
# trees. Prints "N passed, M failed" last.
set -u
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd) || exit 1
root=$(CDPATH= cd -- "$here/../.." && pwd) || exit 1
count=200000
seed=1
for arg in "$@"; do
	case $arg in
	--count=*) count=${arg#--count=} ;;
	--seed=*) seed=${arg#--seed=} ;;
	*) echo "deflate_identity.sh: unknown option $arg" >&2; echo "0 passed, 1 failed"; exit 2 ;;
	esac
done
cc=${CC:-cc}
flags=$(pkg-config --cflags --libs libcrypto zlib 2>/dev/null || echo "-lcrypto -lz")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/agt-deflate.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
passed=0
failed=0
for max in 4096 16384; do
	n=$count
	[ "$max" = 4096 ] || n=$((count / 10))
	# shellcheck disable=SC2086
	if ! "$cc" -std=c99 -Wall -Wextra -Werror -O2 -DAGT_DEFLATE6_MAX=$max -I"$root/src" -o "$tmp/t$max" \
		"$here/deflate_identity.c" "$root"/src/*.c $flags; then
		echo "compilation failed"
		failed=$((failed + 1))
		continue
	fi
	echo "-- limit $max bytes, $n payloads, seed $seed"
	"$tmp/t$max" --count="$n" --seed="$seed" --max="$max" >"$tmp/out" 2>&1
	status=$?
	sed '$d' "$tmp/out"
	line=$(tail -n 1 "$tmp/out")
	case $line in
	*" passed, "*" failed")
		passed=$((passed + ${line%% passed*}))
		f=${line#*passed, }
		failed=$((failed + ${f%% failed}))
		;;
	*)
		echo "$line"
		failed=$((failed + 1))
		;;
	esac
	[ "$status" = 0 ] || [ "$failed" != 0 ] || failed=1
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
