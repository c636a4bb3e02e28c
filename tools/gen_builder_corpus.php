<?php
/*
 * Generates tests/data/builders_2026.json: random calls of every builder method,
 * answered by Agora's official pure-PHP classes, for the byte-identity replay in
 * tests/builders_corpus_replay.phpt.
 *
 *   php -n tools/gen_builder_corpus.php --src=PATH [--per-family=1000] [--seed=2026] [--out=FILE]
 *
 * PATH is the official DynamicKey/AgoraDynamicKey/php/src folder (kept outside
 * this repository). Run it without the agora_token extension. The arguments
 * come from a seeded Xoshiro256** generator, so the same seed gives the same
 * calls. Before each call mt_srand(<the call's seed>) fixes the salt; the token
 * is recorded decoded, with its issue timestamp and signature zeroed (both
 * depend on the clock), next to its salt. Calls on which the official code
 * throws (the 006 builders given a non-string channel, for instance) are left
 * out: they are covered by tests of their own.
 */

if (extension_loaded('agora_token')) {
	fwrite(STDERR, "run this without the agora_token extension (php -n)\n");
	exit(2);
}

$opt = ['src' => null, 'per-family' => 1000, 'seed' => 2026, 'out' => __DIR__ . '/../tests/data/builders_2026.json'];
foreach (array_slice($argv, 1) as $arg) {
	if (!preg_match('/^--([a-z-]+)=(.*)$/', $arg, $m) || !array_key_exists($m[1], $opt)) {
		fwrite(STDERR, "usage: php -n tools/gen_builder_corpus.php --src=PATH [--per-family=N] [--seed=N] [--out=FILE]\n");
		exit(2);
	}
	$opt[$m[1]] = $m[2];
}
if ($opt['src'] === null || !is_file($opt['src'] . '/AccessToken2.php')) {
	fwrite(STDERR, "--src must name the official php/src folder\n");
	exit(2);
}
if (!extension_loaded('ctype')) {
	dl('ctype.so');
}
foreach (['AccessToken2', 'RtcTokenBuilder2', 'RtmTokenBuilder2', 'ChatTokenBuilder2', 'FpaTokenBuilder',
	'EducationTokenBuilder', 'ApaasTokenBuilder', 'AccessToken', 'RtcTokenBuilder', 'RtmTokenBuilder'] as $f) {
	require_once $opt['src'] . "/$f.php";
}
require __DIR__ . '/../tests/builders_lib.inc';
require __DIR__ . '/../tests/builders_corpus.inc';

/* Deprecations (null given to strlen()) are the official code's, and not part of the token. */
error_reporting(E_ALL & ~E_DEPRECATED);

$rnd = new Random\Randomizer(new Random\Engine\Xoshiro256StarStar((int)$opt['seed']));

function pick(array $a)
{
	global $rnd;
	return $a[$rnd->getInt(0, count($a) - 1)];
}

function chance(int $percent): bool
{
	global $rnd;
	return $rnd->getInt(1, 100) <= $percent;
}

function text(int $min, int $max): string
{
	global $rnd;
	static $alphabet = null;
	$alphabet ??= array_merge(str_split('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
		str_split("!#$%&()+-:;<=.>?@[]^_{|}~ ,'\"\\/"), ['é', 'ü', '中', '😀']);
	$s = '';
	for ($n = $rnd->getInt($min, $max); $n > 0; $n--) {
		$s .= chance(80) ? $alphabet[$rnd->getInt(0, 61)] : pick($alphabet);
	}
	return $s;
}

function hex32(): string
{
	global $rnd;
	$h = bin2hex($rnd->getBytes(16));
	return chance(10) ? strtoupper($h) : $h;
}

/* appId or certificate of a 007 builder: mostly valid, sometimes not (the token is then ""). */
function id007()
{
	if (chance(93)) {
		return hex32();
	}
	return pick(['', 'abc', substr(hex32(), 1), hex32() . 'a', 'z' . substr(hex32(), 1), 12345, null,
		'a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90']);
}

/* appId of a 006 builder: any 32-character string (the token carries 32 characters, unchecked). */
function id006(): string
{
	global $rnd;
	$ascii = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!';
	$s = '';
	if (chance(85)) {
		return hex32();
	}
	for ($i = 0; $i < 32; $i++) {
		$s .= $ascii[$rnd->getInt(0, strlen($ascii) - 1)];
	}
	return $s;
}

function cert006(): string
{
	return chance(85) ? hex32() : text(1, 40);
}

function channel007()
{
	return pick([fn() => text(0, 64), fn() => text(1, 12), fn() => (string)random_u32(),
		fn() => random_u32(), fn() => ''])();
}

function random_u32(): int
{
	global $rnd;
	return $rnd->getInt(0, 0xFFFFFFFF);
}

function uid()
{
	global $rnd;
	return pick([
		fn() => random_u32(), fn() => random_u32(), fn() => 0, fn() => (string)random_u32(), fn() => '0', fn() => '',
		fn() => text(1, 40), fn() => $rnd->getInt(-1000, -1), fn() => 1.5, fn() => 123.0, fn() => true,
		fn() => false, fn() => null, fn() => ' 42', fn() => PHP_INT_MAX,
	])();
}

function role()
{
	return pick([1, 1, 2, 2, '1', '2', 0, 101, 3, 1.0, true, false, null, 'x', ' 1', '1.0', -1]);
}

function duration()
{
	global $rnd;
	return pick([
		fn() => $rnd->getInt(0, 86400), fn() => $rnd->getInt(0, 86400), fn() => 0, fn() => 3600,
		fn() => random_u32(), fn() => $rnd->getInt(1700000000, 1800000000), fn() => $rnd->getInt(-100, -1),
		fn() => (string)$rnd->getInt(0, 86400), fn() => '12abc', fn() => 600.9, fn() => 4294967296 + 600,
		fn() => null, fn() => '99999999999999999999',
	])();
}

function apaas_role()
{
	global $rnd;
	return pick([fn() => $rnd->getInt(-1, 3), fn() => -1, fn() => 70000, fn() => -32768, fn() => '2',
		fn() => $rnd->getInt(-100000, 100000)])();
}

function permissions(): ?array
{
	global $rnd;
	if (chance(20)) {
		return null;
	}
	$adds = [];
	for ($n = $rnd->getInt(0, 5); $n > 0; $n--) {
		$res = [];
		for ($k = $rnd->getInt(0, 3); $k > 0; $k--) {
			$res[] = text(1, 20);
		}
		$adds[] = [$rnd->getInt(0, 4), $rnd->getInt(0, 1), $res];
	}
	return ['Rtm2Permissions' => $adds];
}

/* Arguments of one call, in JSON form (bc_args() turns them into PHP arguments). */
function arguments(string $class, string $method): array
{
	$is006 = in_array($class, ['RtcTokenBuilder', 'RtmTokenBuilder'], true);
	$a = $is006 ? [id006(), cert006()] : [id007(), id007()];
	switch ("$class::$method") {
		case 'RtcTokenBuilder2::buildTokenWithUid':
		case 'RtcTokenBuilder2::buildTokenWithUserAccount':
		case 'RtcTokenBuilder2::buildTokenWithRtm':
			array_push($a, channel007(), uid(), role(), duration());
			if (chance(70)) {
				$a[] = duration();
			}
			break;
		case 'RtcTokenBuilder2::buildTokenWithUidAndPrivilege':
		case 'RtcTokenBuilder2::buildTokenWithUserAccountAndPrivilege':
			array_push($a, channel007(), uid(), duration(), duration(), duration(), duration(), duration());
			break;
		case 'RtcTokenBuilder2::buildTokenWithRtm2':
			array_push($a, channel007(), uid(), role(), duration(), duration(), duration(), duration(), duration(),
				uid(), duration());
			break;
		case 'RtmTokenBuilder2::buildToken':
		case 'ChatTokenBuilder2::buildUserToken':
			array_push($a, uid(), duration());
			break;
		case 'RtmTokenBuilder2::buildTokenWithPermissions':
			array_push($a, uid(), permissions(), duration());
			break;
		case 'ChatTokenBuilder2::buildAppToken':
		case 'ApaasTokenBuilder::buildAppToken':
		case 'EducationTokenBuilder::buildAppToken':
			$a[] = duration();
			break;
		case 'FpaTokenBuilder::buildToken':
			break;
		case 'ApaasTokenBuilder::buildRoomUserToken':
		case 'EducationTokenBuilder::buildRoomUserToken':
			array_push($a, channel007(), uid(), apaas_role(), duration());
			break;
		case 'ApaasTokenBuilder::buildUserToken':
		case 'EducationTokenBuilder::buildUserToken':
			array_push($a, uid(), duration());
			break;
		case 'RtcTokenBuilder::buildTokenWithUid':
		case 'RtcTokenBuilder::buildTokenWithUserAccount':
			array_push($a, text(1, 64), uid(), role(), duration());
			break;
		case 'RtmTokenBuilder::buildToken':
			array_push($a, text(1, 64), role(), duration());
			break;
		default:
			throw new LogicException("no arguments for $class::$method");
	}
	if (chance(3)) {
		$a[] = 'extra argument';
	}
	return $a;
}

$families = [];
foreach (BC_FAMILIES as $class => $methods) {
	$calls = [];
	$skipped = 0;
	while (count($calls) < (int)$opt['per-family']) {
		$method = pick($methods);
		$args = arguments($class, $method);
		$seed = random_u32() & 0x7FFFFFFF;
		try {
			[$token] = bl_call($seed, fn() => $class::$method(...bc_args($args)));
		} catch (Throwable $e) {
			$skipped++;
			continue;
		}
		$calls[] = ['m' => $method, 'a' => $args, 'seed' => $seed] + bc_expect($class, $token);
	}
	$families[$class] = $calls;
	fprintf(STDERR, "%s: %d calls (%d thrown by the official code, left out)\n", $class, count($calls), $skipped);
}

$json = json_encode([
	'about' => 'Random builder calls answered by the official pure-PHP code (AgoraIO/Tools, '
		. 'DynamicKey/AgoraDynamicKey/php/src, 2026). Each call: method m, arguments a, mt_srand seed; '
		. 'salt and t = base64 of the decoded token with its issue timestamp and signature zeroed '
		. '(007: the inflated content; 006: appId and body), or "" for an empty token. '
		. 'Regenerate: php -n tools/gen_builder_corpus.php --src=PATH',
	'generator_seed' => (int)$opt['seed'],
	'families' => $families,
], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
file_put_contents($opt['out'], preg_replace('/(\{"m":)/', "\n$1", $json) . "\n");
fprintf(STDERR, "wrote %s (%d bytes)\n", $opt['out'], strlen($json));
