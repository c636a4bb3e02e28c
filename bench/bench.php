<?php
/*
 * Side-by-side benchmark: the agora_token extension against Agora's official
 * pure-PHP classes, in the same process, on the same varied inputs.
 *
 *   php -d extension=modules/agora_token.so bench/bench.php --official=PATH/php/src
 *
 * PATH/php/src is the DynamicKey/AgoraDynamicKey/php/src folder of a checkout of
 * Agora's Tools repository; it is read at run time and never copied anywhere.
 *
 * Options:
 *   --official=DIR   the official src folder (required)
 *   --rounds=N       interleaved rounds per workload (default 15)
 *   --n=N            tokens per round and implementation (default 20000)
 *   --inputs=N       distinct precomputed inputs (default 2000, at least 1000)
 *   --modes          run this script again under each opcache/JIT setting (see MODES) and print all
 *   --engine         also run the C engine benchmark (bench/engine.sh; needs a C compiler)
 *   --json           print the results as JSON instead of a table
 *
 * Times are CPU time (getrusage) per token; each round runs every workload with
 * both implementations, alternating which goes first.
 */

/* With --modes each setting runs in its own process, started with -n (no php.ini, so that an
 * agora_token installed system-wide cannot shadow the one under test) and these flags. */
const MODES = [
	'opcache off' => ['-d', 'opcache.enable_cli=0'],
	'opcache on, JIT off' => ['-d', 'zend_extension=opcache', '-d', 'opcache.enable_cli=1', '-d', 'opcache.jit=off',
		'-d', 'opcache.jit_buffer_size=0'],
	'opcache + JIT tracing' => ['-d', 'zend_extension=opcache', '-d', 'opcache.enable_cli=1', '-d',
		'opcache.jit=tracing', '-d', 'opcache.jit_buffer_size=64M'],
];

function opt(array $argv, string $name, ?string $default = null): ?string
{
	foreach ($argv as $a) {
		if ($a === "--$name") {
			return '1';
		}
		if (strncmp($a, "--$name=", strlen($name) + 3) === 0) {
			return substr($a, strlen($name) + 3);
		}
	}
	return $default;
}

function fail(string $msg): never
{
	fwrite(STDERR, "bench.php: $msg\n");
	exit(2);
}

/*
 * Loads the official classes under the namespace AgoraOfficial, so that they
 * live next to the extension's global classes. The text is changed in memory
 * only: the namespace line, no require_once, and parse()'s class-name strings
 * qualified (a string names a global class even inside a namespace).
 */
function load_official(string $dir): void
{
	$code = '';
	foreach (['Util.php', 'AccessToken2.php', 'RtcTokenBuilder2.php'] as $f) {
		$text = @file_get_contents("$dir/$f");
		if ($text === false) {
			fail("cannot read $dir/$f: give --official=<checkout>/DynamicKey/AgoraDynamicKey/php/src");
		}
		$text = preg_replace('/^<\?php/', '', $text);
		$text = preg_replace('/^\s*require_once\b.*$/m', '', $text);
		$text = preg_replace('/=>\s*"(Service\w*)"/', '=> __NAMESPACE__ . "\\\\\\\\$1"', $text);
		$code .= $text . "\n";
	}
	$tmp = tempnam(sys_get_temp_dir(), 'agora-official-');
	file_put_contents($tmp, "<?php\nnamespace AgoraOfficial;\n" . $code);
	try {
		require $tmp;
	} finally {
		unlink($tmp);
	}
}

/*
 * The workloads, written once and compiled for each implementation: NS is ""
 * for the extension's classes and "AgoraOfficial\" for the official ones.
 */
const WORKLOADS = <<<'PHP'
namespace AgoraBench\IMPL;

function rtc(array $in, int $n): void
{
	$k = count($in);
	for ($i = 0; $i < $n; $i++) {
		$x = $in[$i % $k];
		$t = new \NSAccessToken2($x[0], $x[1], $x[4]);
		$s = new \NSServiceRtc($x[2], $x[3]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_JOIN_CHANNEL, $x[4]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_PUBLISH_AUDIO_STREAM, $x[4]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_PUBLISH_VIDEO_STREAM, $x[4]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_PUBLISH_DATA_STREAM, $x[4]);
		$t->addService($s);
		$t->build();
	}
}

function multi(array $in, int $n): void
{
	$k = count($in);
	for ($i = 0; $i < $n; $i++) {
		$x = $in[$i % $k];
		$t = new \NSAccessToken2($x[0], $x[1], $x[4]);
		$s = new \NSServiceRtc($x[2], $x[3]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_JOIN_CHANNEL, $x[4]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_PUBLISH_AUDIO_STREAM, $x[4]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_PUBLISH_VIDEO_STREAM, $x[4]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_PUBLISH_DATA_STREAM, $x[4]);
		$t->addService($s);
		$r = new \NSServiceRtm($x[5]);
		$r->addPrivilege(\NSServiceRtm::PRIVILEGE_LOGIN, $x[4]);
		$t->addService($r);
		$c = new \NSServiceChat($x[5]);
		$c->addPrivilege(\NSServiceChat::PRIVILEGE_USER, $x[4]);
		$t->addService($c);
		$t->build();
	}
}

function builder(array $in, int $n): void
{
	$k = count($in);
	for ($i = 0; $i < $n; $i++) {
		$x = $in[$i % $k];
		\NSRtcTokenBuilder2::buildTokenWithUid($x[0], $x[1], $x[2], $x[6], \NSRtcTokenBuilder2::ROLE_PUBLISHER, $x[4], $x[4]);
	}
}

function parse_verify(array $in, int $n): void
{
	$k = count($in);
	for ($i = 0; $i < $n; $i++) {
		$x = $in[$i % $k];
		$t = new \NSAccessToken2();
		$t->parse($x[7]);
		$t->verifySignature($x[1]);
	}
}

/* The same tokens with a fixed issue time and salt, for the identity check. */
function tokens(array $in): array
{
	$out = [];
	foreach ($in as $x) {
		$t = new \NSAccessToken2($x[0], $x[1], $x[4]);
		$t->issueTs = $x[8];
		$t->salt = $x[9];
		$s = new \NSServiceRtc($x[2], $x[3]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_JOIN_CHANNEL, $x[4]);
		$s->addPrivilege(\NSServiceRtc::PRIVILEGE_PUBLISH_AUDIO_STREAM, $x[4]);
		$t->addService($s);
		$one = $t->build();
		$r = new \NSServiceRtm($x[5]);
		$r->addPrivilege(\NSServiceRtm::PRIVILEGE_LOGIN, $x[4]);
		$t->addService($r);
		$c = new \NSServiceChat($x[5]);
		$c->addPrivilege(\NSServiceChat::PRIVILEGE_USER, $x[4]);
		$t->addService($c);
		$p = new \NSAccessToken2();
		$ok = $p->parse($x[7]) && $p->verifySignature($x[1]);
		$out[] = [$one, $t->build(), $ok, $p->issueTs, $p->salt, count($p->services)];
	}
	return $out;
}
PHP;

function compile_workloads(string $impl, string $ns): void
{
	eval(str_replace(['IMPL', '\\NS'], [$impl, '\\' . $ns], WORKLOADS));
}

function random_string(string $alphabet, int $len): string
{
	$s = '';
	for ($i = 0; $i < $len; $i++) {
		$s .= $alphabet[mt_rand(0, strlen($alphabet) - 1)];
	}
	return $s;
}

/*
 * Varied inputs: deflate's cost depends on the data (a constant input lets the
 * branch predictor learn zlib's tree code and under-reports it by ~40%).
 * [appId, cert, channel, uid string, expire, rtm/chat user, uid int, token, issueTs, salt]
 */
function make_inputs(int $count): array
{
	$hex = '0123456789abcdef';
	$chan = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()+-:;<=.>?@[]^_{|}~, ';
	$in = [];
	mt_srand(20261204);
	for ($i = 0; $i < $count; $i++) {
		$appId = random_string($hex, 32);
		$cert = random_string($hex, 32);
		$channel = random_string($chan, mt_rand(1, 64));
		switch (mt_rand(0, 3)) {
		case 0: $uid = ''; break;
		case 1: $uid = (string)mt_rand(1, 4294967295); break;
		case 2: $uid = random_string($chan, mt_rand(1, 32)); break;
		default: $uid = random_string($chan, 255); break;
		}
		$expire = mt_rand(60, 86400 * 2);
		$user = random_string($chan, mt_rand(1, 64));
		$in[] = [$appId, $cert, $channel, $uid, $expire, $user, mt_rand(0, 4294967295), '', mt_rand(1e9, 2e9),
			mt_rand(1, 99999999)];
	}
	return $in;
}

/*
 * CPU time of this process (user + system), in nanoseconds. On a shared machine
 * wall time also counts the time other processes had the core; CPU time does not.
 */
function cpu_ns(): int
{
	$u = getrusage();
	return ($u['ru_utime.tv_sec'] + $u['ru_stime.tv_sec']) * 1000000000
		+ ($u['ru_utime.tv_usec'] + $u['ru_stime.tv_usec']) * 1000;
}

function median(array $v): float
{
	sort($v);
	$n = count($v);
	return $n % 2 ? $v[intdiv($n, 2)] : ($v[$n / 2 - 1] + $v[$n / 2]) / 2;
}

function machine(): string
{
	$cpu = 'unknown CPU';
	$info = @file_get_contents('/proc/cpuinfo');
	if ($info !== false && preg_match('/^model name\s*:\s*(.+)$/m', $info, $m)) {
		$cpu = trim($m[1]);
	}
	$nproc = trim((string)@shell_exec('nproc 2>/dev/null')) ?: '?';
	return "nproc $nproc, $cpu, PHP " . PHP_VERSION . ', zlib ' . ZLIB_VERSION;
}

function mode_name(): string
{
	$status = function_exists('opcache_get_status') ? @opcache_get_status(false) : false;
	if (!$status || empty($status['opcache_enabled'])) {
		return 'opcache off';
	}
	if (!empty($status['jit']['enabled']) && !empty($status['jit']['on'])) {
		return 'opcache + JIT ' . ini_get('opcache.jit');
	}
	return 'opcache on, JIT off';
}

function run_modes(array $argv): void
{
	$args = array_values(array_filter(array_slice($argv, 1), fn($a) => $a !== '--modes'));
	$so = getenv('AGORA_BENCH_EXTENSION') ?: extension_path();
	/* The official isUUid() needs ctype, a shared module on Debian. */
	$base = [PHP_BINARY, '-n'];
	if (trim((string)shell_exec(escapeshellarg(PHP_BINARY) . ' -n -r "echo (int)extension_loaded(\'ctype\');"')) !== '1') {
		array_push($base, '-d', 'extension=ctype');
	}
	foreach (MODES as $name => $flags) {
		$cmd = array_merge($base, $flags, ['-d', "extension=$so", $_SERVER['argv'][0]], $args);
		$line = implode(' ', array_map('escapeshellarg', $cmd));
		echo "### $name: $line\n";
		passthru($line, $rc);
		if ($rc !== 0) {
			exit($rc);
		}
		echo "\n";
	}
}

/* The path of the loaded agora_token shared object, from /proc/self/maps. */
function extension_path(): string
{
	$maps = @file_get_contents('/proc/self/maps');
	if ($maps !== false && preg_match('~\s(/\S*agora_token\.so)$~m', $maps, $m)) {
		return $m[1];
	}
	fail('cannot find the loaded agora_token.so; set AGORA_BENCH_EXTENSION=/path/to/agora_token.so');
}

function main(array $argv): void
{
	if (!extension_loaded('agora_token')) {
		fail('load the extension: php -n -d extension=ctype -d extension=$PWD/modules/agora_token.so bench/bench.php --official=...');
	}
	if (!extension_loaded('ctype')) {
		fail('the official isUUid() needs ctype: add -d extension=ctype');
	}
	if (opt($argv, 'modes') !== null) {
		run_modes($argv);
		return;
	}
	$official = opt($argv, 'official');
	if ($official === null) {
		fail('--official=<checkout>/DynamicKey/AgoraDynamicKey/php/src is required');
	}
	$rounds = max(3, (int)opt($argv, 'rounds', '15'));
	$n = max(100, (int)opt($argv, 'n', '20000'));
	$ninputs = max(1000, (int)opt($argv, 'inputs', '2000'));

	load_official($official);
	compile_workloads('Ext', '');
	compile_workloads('Official', 'AgoraOfficial\\');

	$in = make_inputs($ninputs);
	foreach ($in as $i => $x) {
		$t = new \AccessToken2($x[0], $x[1], $x[4]);
		$s = new \ServiceRtc($x[2], $x[3]);
		$s->addPrivilege(\ServiceRtc::PRIVILEGE_JOIN_CHANNEL, $x[4]);
		$t->addService($s);
		$in[$i][7] = $t->build();
	}

	/* Bytes first: a benchmark of two implementations that disagree measures nothing. */
	$a = \AgoraBench\Ext\tokens($in);
	$b = \AgoraBench\Official\tokens($in);
	$builderDiff = 0;
	foreach ($in as $i => $x) {
		$ta = \RtcTokenBuilder2::buildTokenWithUid($x[0], $x[1], $x[2], $x[6], 1, $x[4], $x[4]);
		$tb = \AgoraOfficial\RtcTokenBuilder2::buildTokenWithUid($x[0], $x[1], $x[2], $x[6], 1, $x[4], $x[4]);
		/* Issue time and salt differ between the two calls; compare what the parser sees apart from them. */
		$pa = new \AccessToken2();
		$pb = new \AccessToken2();
		if (!$pa->parse($ta) || !$pb->parse($tb) || !$pa->verifySignature($x[1]) || !$pb->verifySignature($x[1])
			|| serialize($pa->services) !== serialize($pb->services)) {
			$builderDiff++;
		}
	}
	$diff = 0;
	foreach ($a as $i => $row) {
		if ($row !== $b[$i] || $row[0] === '' || !$row[2]) {
			$diff++;
		}
	}
	$checked = count($a) * 2;
	if ($diff !== 0 || $builderDiff !== 0) {
		fail("identity check failed: $diff of " . count($a) . " input rows differ, $builderDiff builder tokens disagree");
	}

	$work = ['rtc' => 'RTC token, 4 privileges', 'multi' => 'RTC+RTM+Chat token', 'builder' =>
		'RtcTokenBuilder2::buildTokenWithUid', 'parse_verify' => 'parse() + verifySignature()'];
	/* Warm-up: caches, JIT traces, the extension's per-thread state. */
	foreach (array_keys($work) as $w) {
		("AgoraBench\\Ext\\$w")($in, 2000);
		("AgoraBench\\Official\\$w")($in, 2000);
	}
	$times = [];
	for ($r = 0; $r < $rounds; $r++) {
		foreach (array_keys($work) as $w) {
			/* Alternate which implementation goes first, so neither always runs on a warmer core. */
			$order = $r % 2 ? ['Official', 'Ext'] : ['Ext', 'Official'];
			foreach ($order as $impl) {
				$f = "AgoraBench\\$impl\\$w";
				$t0 = cpu_ns();
				$f($in, $n);
				$times[$w][$impl][] = (cpu_ns() - $t0) / $n / 1000;
			}
		}
	}

	$res = ['machine' => machine(), 'extension' => extension_path(), 'mode' => mode_name(), 'rounds' => $rounds, 'n' => $n, 'inputs' => $ninputs,
		'identical' => $checked, 'workloads' => []];
	foreach ($work as $w => $label) {
		$ratios = [];
		foreach ($times[$w]['Ext'] as $r => $e) {
			$ratios[] = $times[$w]['Official'][$r] / $e;
		}
		$res['workloads'][$w] = [
			'label' => $label,
			'official' => median($times[$w]['Official']),
			'official_range' => [min($times[$w]['Official']), max($times[$w]['Official'])],
			'ext' => median($times[$w]['Ext']),
			'ext_range' => [min($times[$w]['Ext']), max($times[$w]['Ext'])],
			'ratio' => median($ratios),
			'ratio_range' => [min($ratios), max($ratios)],
		];
	}
	if (opt($argv, 'engine') !== null) {
		$engine = shell_exec('sh ' . escapeshellarg(__DIR__ . '/engine.sh') . ' --json 2>&1');
		$res['engine'] = json_decode((string)$engine, true) ?? ['error' => trim((string)$engine)];
	}

	if (opt($argv, 'json') !== null) {
		echo json_encode($res, JSON_PRETTY_PRINT), "\n";
		return;
	}
	printf("%s; %s; %d rounds x %d tokens per implementation, %d inputs\n", $res['machine'], $res['mode'], $rounds,
		$n, $ninputs);
	printf("extension under test: %s\n", $res['extension']);
	printf("identity: %d tokens byte-identical (fixed issueTs/salt), %d builder tokens equivalent\n", $checked,
		count($in));
	printf("%-38s %22s %22s %20s\n", 'workload (median us per token [min-max])', 'official PHP', 'extension',
		'ratio PHP/ext');
	foreach ($res['workloads'] as $w) {
		printf("%-38s %7.3f [%5.2f-%5.2f] %7.3f [%5.2f-%5.2f] %6.2f [%5.2f-%5.2f]\n", $w['label'], $w['official'],
			$w['official_range'][0], $w['official_range'][1], $w['ext'], $w['ext_range'][0], $w['ext_range'][1],
			$w['ratio'], $w['ratio_range'][0], $w['ratio_range'][1]);
	}
	if (isset($res['engine'])) {
		if (isset($res['engine']['error'])) {
			echo "C engine: ", $res['engine']['error'], "\n";
		} else {
			foreach ($res['engine']['workloads'] as $name => $e) {
				printf("C engine alone, %-21s %7.3f [%5.2f-%5.2f] us per token\n", $name, $e['median'], $e['min'],
					$e['max']);
			}
		}
	}
}

main($argv);
