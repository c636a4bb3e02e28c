#!/usr/bin/env bash
# Builds a debug, thread-safe (ZTS) PHP 8.2 from Debian's own source package,
# with only what the PHPT suite needs, and installs it under ci-build/php-zts/.
# Prints the path of its php-config on the last line. Nothing is cached: an
# existing prefix is reused only when it is complete (for repeated local runs).
#
#   tools/php-zts.sh            build (about 10 minutes with 2 cores)
#
# Needs root or sudo for apt-get: it adds a deb-src entry beside Debian's own
# sources and fetches the source with `apt-get source php8.2`: the upstream
# release Debian packages, without Debian's patches (see below).
set -euo pipefail
cd "$(dirname "$0")/.."

root=$PWD/ci-build/php-zts
prefix=$root/prefix
jobs=$(nproc 2>/dev/null || echo 2)

if [ -x "$prefix/bin/php-config" ] && "$prefix/bin/php" -r 'exit(PHP_ZTS && PHP_DEBUG ? 0 : 1);'; then
	echo "$prefix/bin/php-config"
	exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
	sudo="sudo"
fi

# A deb-src twin of every deb entry of the machine's deb822 sources, so that
# `apt-get source` uses the same archives as the installed packages.
src_list=/etc/apt/sources.list.d/agora-token-php-src.sources
if ! apt-get source --print-uris -qq php8.2 >/dev/null 2>&1; then
	sed -n 's/^Types: *deb$/Types: deb-src/p; /^Types:/!p' /etc/apt/sources.list.d/debian.sources \
		| $sudo tee "$src_list" >/dev/null
	$sudo apt-get update -qq
fi
need=()
for p in dpkg-dev build-essential pkg-config zlib1g-dev bison re2c autoconf; do
	dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

rm -rf "$root"
mkdir -p "$root"
cd "$root"
# Newest version first; a mirror may serve the source of only some of the
# versions it lists (this machine's serves none from the security archive).
fetched=0
for v in $(apt-cache showsrc php8.2 | sed -n 's/^Version: //p' | sort -rV | uniq); do
	if apt-get source -qq --download-only "php8.2=$v" >source.log 2>&1; then
		fetched=1
		echo "PHP source: php8.2 $v" >&2
		break
	fi
done
if [ "$fetched" != 1 ]; then
	cat source.log >&2
	exit 1
fi
# Debian's patches are left out: besides fixes they rewire phpize and
# php-config for Debian's own directory layout, which a prefix install lacks.
dpkg-source -q --skip-patches -x php8.2_*.dsc src >source.log 2>&1 || { cat source.log >&2; exit 1; }
cd src

# Only the extensions the suite uses: zlib, and what --disable-all keeps
# (standard, spl, date, random, hash, json, pcre, reflection).
./configure -q --prefix="$prefix" --enable-debug --enable-zts --disable-all --disable-cgi \
	--disable-phpdbg --enable-cli --with-zlib --without-pear >"$root/configure.log" 2>&1 \
	|| { tail -n 40 "$root/configure.log" >&2; exit 1; }
make -s -j"$jobs" >"$root/make.log" 2>&1 || { tail -n 40 "$root/make.log" >&2; exit 1; }
make -s install >>"$root/make.log" 2>&1 || { tail -n 40 "$root/make.log" >&2; exit 1; }
"$prefix/bin/php" -r 'exit(PHP_ZTS && PHP_DEBUG ? 0 : 1);'
echo "$prefix/bin/php-config"
