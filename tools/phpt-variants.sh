#!/usr/bin/env bash
# Runs the whole PHPT suite one of three more ways; each finding fails the run.
#
#   tools/phpt-variants.sh valgrind   memcheck, PHP's allocator off, full leak check:
#                                     a definite or indirect leak, an invalid read or
#                                     write, or a use of uninitialised memory fails
#   tools/phpt-variants.sh asan       the extension built with AddressSanitizer and
#                                     UndefinedBehaviorSanitizer (ci-build/ext-asan),
#                                     PHP run with the runtimes preloaded, halt on error
#   tools/phpt-variants.sh zts        a debug, thread-safe PHP 8.2 built from Debian's
#                                     source package (tools/php-zts.sh) and the
#                                     extension built against it (ci-build/ext-zts)
#
# The last line is "N passed, M failed": tests passed, and tests failed plus
# findings reported outside a failing test (an ASan log of a passing test).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mode=${1:-}
jobs=$(nproc 2>/dev/null || echo 2)

fail() {
	echo "$*"
	echo "0 passed, 1 failed"
	exit 1
}

# A private copy of the sources, so that a second build leaves modules/ alone.
copy_sources() {
	local dest=$1

	rm -rf "$dest"
	mkdir -p "$dest/src"
	cp "$root"/config.m4 "$root"/*.c "$root"/*.h "$dest/"
	cp "$root"/src/*.c "$root"/src/*.h "$dest/src/"
}

# run_suite PHP EXTDIR LOG [run-tests options...]: prints the suite's result line.
run_suite() {
	local php=$1 extdir=$2 log=$3 p f rc
	shift 3

	# Sanitizers and valgrind make the corpus replays several times slower.
	TEST_TIMEOUT=900 TEST_PHP_EXECUTABLE=$php NO_INTERACTION=1 php "$root/run-tests.php" -q -n -j"$jobs" "$@" \
		-d extension_dir="$extdir" -d extension=agora_token --show-diff "$root/tests" >"$log" 2>&1
	rc=$?
	p=$(sed -nE 's/^Tests passed +: +([0-9]+).*/\1/p' "$log")
	f=$(sed -nE 's/^Tests failed +: +([0-9]+).*/\1/p' "$log")
	l=$(sed -nE 's/^Tests leaked +: +([0-9]+).*/\1/p' "$log")
	grep -E '^(FAIL|LEAK|BORK|SKIP) ' "$log" | head -n 40
	if [ -z "$p" ] || [ "$p" = 0 ]; then
		tail -n 40 "$log"
		echo "0 passed, 1 failed"
		return 1
	fi
	f=$((${f:-0} + ${l:-0}))
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
		f=1
	fi
	echo "$p passed, $f failed"
	[ "$f" = 0 ]
}

case $mode in
valgrind)
	bash tools/deps.sh valgrind >/dev/null 2>&1 || fail "cannot install valgrind"
	[ -f run-tests.php ] && [ -f modules/agora_token.so ] || fail "build the extension first (tools/build.sh)"
	log=$(mktemp)
	# run-tests' -m sets USE_ZEND_ALLOC=0 and ZEND_DONT_UNLOAD_MODULES=1 and
	# counts a test as leaked when valgrind wrote anything to its log; with -q
	# valgrind writes only errors, and these options make definite and
	# indirect leaks errors. Reachable blocks (PHP's own, freed by the kernel)
	# and "possible" ones are not reported. No suppression file is needed:
	# Debian's PHP 8.2 is clean under these options. PCRE's JIT is off: its
	# generated code reads 16 bytes at a time past the end of subject strings,
	# which memcheck reports (and cannot name) though the reads are harmless.
	AGORA_TOKEN_CORPUS_STRIDE=8 VALGRIND_OPTS="--leak-check=full --show-leak-kinds=definite,indirect \
--errors-for-leak-kinds=definite,indirect --undef-value-errors=yes --num-callers=40" \
		run_suite "$(command -v php)" "$root/modules" "$log" -m -d pcre.jit=0
	rc=$?
	for mem in tests/*.mem tests/*/*.mem; do
		[ -f "$mem" ] || continue
		echo "== $mem"
		head -n 60 "$mem"
	done
	rm -f "$log"
	exit $rc
	;;
asan)
	bash tools/deps.sh >/dev/null || fail "cannot install the build dependencies"
	dir=$root/ci-build/ext-asan
	copy_sources "$dir"
	flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
	(cd "$dir" && phpize >/dev/null 2>&1 && ./configure -q CFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined" \
		>/dev/null 2>&1 && make -s -j"$jobs" >build.log 2>&1) || { tail -n 30 "$dir/build.log"; fail "ASan build failed"; }
	asan=$(gcc -print-file-name=libasan.so)
	ubsan=$(gcc -print-file-name=libubsan.so)
	[ -f "$asan" ] && [ -f "$ubsan" ] || fail "the ASan/UBSan runtimes of gcc are missing"
	cc -shared -fPIC -O1 -o "$dir/asan_dlopen.so" tools/asan_dlopen.c -ldl || fail "cannot build tools/asan_dlopen.c"
	mkdir -p "$dir/logs"
	rm -f "$dir"/logs/*
	# PHP is not built with ASan: the runtimes are preloaded behind
	# asan_dlopen.so (see there), PHP's allocator is off so that every emalloc
	# is a malloc ASan can watch, and reports go to files as well as failing
	# the test that caused them.
	cat >"$dir/php" <<WRAP
#!/bin/sh
echo "\$\$ \$*" >>"$dir/logs/commands"
LD_PRELOAD="$dir/asan_dlopen.so $asan $ubsan" USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 \\
ASAN_OPTIONS="verify_asan_link_order=0:fast_unwind_on_malloc=0:halt_on_error=1:detect_leaks=1:log_path=$dir/logs/asan:exitcode=99" \\
UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$dir/logs/ubsan" \\
exec "$(command -v php)" "\$@"
WRAP
	chmod +x "$dir/php"
	log=$(mktemp)
	out=$(run_suite "$dir/php" "$dir/modules" "$log")
	rc=$?
	sed '$d' <<<"$out"
	result=$(tail -n 1 <<<"$out")
	# A report counts when its process is a PHP that run-tests started through
	# the wrapper. Programs those start with the inherited LD_PRELOAD (a
	# SKIPIF's `composer --version`) do not load the extension: shown, not counted.
	findings=0
	for f in "$dir"/logs/*san.*; do
		[ -f "$f" ] || continue
		if ! grep -qE "^${f##*.} " "$dir/logs/commands"; then
			echo "== not counted: report of a process run-tests did not start ($(grep -m1 SUMMARY "$f"))"
			continue
		fi
		grep -E "^${f##*.} " "$dir/logs/commands" | head -n 1
		findings=$((findings + 1))
		echo "== sanitizer report $f"
		head -n 60 "$f"
	done
	rm -f "$log"
	p=${result%% passed*}
	f=${result#*, }
	f=${f%% failed*}
	echo "$p passed, $((f + findings)) failed"
	[ "$findings" = 0 ] && exit $rc
	exit 1
	;;
zts)
	config=$(bash tools/php-zts.sh | tail -n 1) || fail "building the ZTS debug PHP failed"
	prefix=$(dirname "$(dirname "$config")")
	dir=$root/ci-build/ext-zts
	copy_sources "$dir"
	(cd "$dir" && "$prefix/bin/phpize" >/dev/null 2>&1 && ./configure -q --with-php-config="$config" >/dev/null 2>&1 \
		&& make -s -j"$jobs" >build.log 2>&1) || { tail -n 30 "$dir/build.log"; fail "the build against ZTS PHP failed"; }
	"$prefix/bin/php" -n -d extension="$dir/modules/agora_token.so" -r \
		'exit(PHP_ZTS && PHP_DEBUG && extension_loaded("agora_token") ? 0 : 1);' || fail "not a ZTS debug PHP with agora_token"
	log=$(mktemp)
	run_suite "$prefix/bin/php" "$dir/modules" "$log"
	rc=$?
	rm -f "$log"
	exit $rc
	;;
*)
	sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac
