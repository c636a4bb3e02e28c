#!/usr/bin/env bash
# The main job on a real example: build the extension, then run the
# Laravel-style controller in examples/ and decode and verify its token.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/build.sh
php -n -d extension="$PWD/modules/agora_token.so" examples/run.php "$@"
