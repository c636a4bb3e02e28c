#!/usr/bin/env bash
# Regenerates agora_token_arginfo.h from agora_token.stub.php with PHP's own
# gen_stub.php. gen_stub wants nikic/php-parser 4.15.1 beside it; it is fetched
# with Composer into .cache/ (ignored by git) instead of from the web.
set -euo pipefail
cd "$(dirname "$0")/.."

gen=$(php-config --extension-dir >/dev/null && dirname "$(php-config --php-binary)" >/dev/null; \
	find "$(php-config --prefix)/lib/php" -name gen_stub.php -path '*build*' 2>/dev/null | head -n 1)
[ -n "$gen" ] || { echo "gen_stub.php not found: install php8.2-dev" >&2; exit 1; }

work=.cache/gen_stub
if [ ! -d "$work/PHP-Parser-4.15.1" ]; then
	mkdir -p "$work/composer"
	(cd "$work/composer" && composer require -q --no-interaction nikic/php-parser:4.15.1)
	cp -r "$work/composer/vendor/nikic/php-parser" "$work/PHP-Parser-4.15.1"
fi
cp "$gen" "$work/gen_stub.php"
php "$work/gen_stub.php" -f agora_token.stub.php
