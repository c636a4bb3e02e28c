#!/usr/bin/env bash
# Installs what building and testing agora_token needs, on Debian or Ubuntu:
# PHP's headers and phpize, OpenSSL's and zlib's headers, pkg-config, and Node.js
# for the cross-check with the official npm package. Does nothing when all is there.
set -euo pipefail

need=()
command -v phpize >/dev/null 2>&1 || need+=(php8.2-dev)
command -v php-config >/dev/null 2>&1 || need+=(php8.2-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists libcrypto 2>/dev/null || need+=(libssl-dev)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
command -v make >/dev/null 2>&1 || need+=(make)
command -v cc >/dev/null 2>&1 || need+=(gcc)
command -v autoconf >/dev/null 2>&1 || need+=(autoconf)
if [ "${AGORA_TOKEN_NO_NODE:-0}" != 1 ]; then
	command -v node >/dev/null 2>&1 || need+=(nodejs)
	command -v npm >/dev/null 2>&1 || need+=(npm)
fi
for extra in "$@"; do
	dpkg -s "$extra" >/dev/null 2>&1 || need+=("$extra")
done

if [ ${#need[@]} -eq 0 ]; then
	exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
	sudo="sudo"
fi
echo "Installing: ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
