#!/usr/bin/env bash
# Builds modules/agora_token.so in the source tree (phpize, configure, make).
# Extra arguments go to configure, e.g. CFLAGS=... or --with-php-config=...
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/deps.sh
if [ ! -f Makefile ] || [ config.m4 -nt Makefile ] || [ $# -gt 0 ]; then
	phpize >/dev/null
	./configure -q "$@" >/dev/null
fi
make -s -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
test -f modules/agora_token.so
