#!/bin/sh
# Builds bench/engine.c against the engine (src/*.c) with -O2 and runs it; arguments go to the binary.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/.." && pwd)
cc=${CC:-cc}
flags=$(pkg-config --cflags --libs libcrypto zlib 2>/dev/null || echo "-lcrypto -lz")
bin=$(mktemp "${TMPDIR:-/tmp}/agt-engine-bench.XXXXXX")
trap 'rm -f "$bin"' EXIT HUP INT TERM
# shellcheck disable=SC2086
"$cc" -std=gnu99 -O2 -I"$root/src" -o "$bin" "$here/engine.c" "$root"/src/*.c $flags
"$bin" "$@"
