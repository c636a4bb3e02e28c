<?php

/*
 * Cross-check with another implementation: builds about 200 varied 007 tokens with the
 * extension's classes, hands them to the npm package agora-token (tests/node/verify.js),
 * and checks that every one parses and verifies there and that the parsed fields are the
 * ones that were built. Two deliberately corrupted tokens must be rejected.
 *
 *   (cd tests/node && npm install)
 *   php -d extension=modules/agora_token.so tests/node_verify.php
 *
 * Environment:
 *   AGORA_TEST_SEED     seed for the generator (printed on every run; default: random)
 *   AGORA_TEST_COUNT    number of valid tokens (default 200)
 *   AGORA_OFFICIAL_SRC  optional, for development only: a directory holding the official
 *                       AccessToken2.php, used instead of the extension
 *   NODE                the node binary (default: node)
 *
 * The last line is always "N passed, M failed"; the exit status is 1 when anything failed.
 */

function finish(int $passed, int $failed): never
{
	echo "$passed passed, $failed failed\n";
	exit($failed === 0 && $passed > 0 ? 0 : 1);
}

function setup_error(string $message): never
{
	fwrite(STDERR, $message . "\n");
	finish(0, 1);
}

$official = getenv('AGORA_OFFICIAL_SRC');
if ($official !== false && $official !== '') {
	if (extension_loaded('agora_token')) {
		setup_error('AGORA_OFFICIAL_SRC is set but the extension is loaded; the class names would clash');
	}
	require_once rtrim($official, '/') . '/AccessToken2.php';
	echo "classes: official PHP code from AGORA_OFFICIAL_SRC\n";
} elseif (extension_loaded('agora_token')) {
	echo 'classes: agora_token ', phpversion('agora_token'), "\n";
} else {
	setup_error('the agora_token extension is not loaded; run: php -d extension=modules/agora_token.so ' . $argv[0]);
}

$verifier = __DIR__ . '/node/verify.js';
if (!is_dir(__DIR__ . '/node/node_modules/agora-token')) {
	setup_error('tests/node/node_modules is missing; run `npm install` in tests/node first');
}
$node = getenv('NODE') ?: 'node';

/* In compat modes 2022/2023 services are keyed by type, which changes what a token holds. */
$compat = (string)(ini_get('agora_token.compat') ?: '2026');

$seed = getenv('AGORA_TEST_SEED');
$seed = ($seed !== false && $seed !== '') ? (int)$seed : random_int(1, PHP_INT_MAX >> 1);
$count = (int)(getenv('AGORA_TEST_COUNT') ?: 200);
echo "seed: $seed (set AGORA_TEST_SEED to repeat), compat: $compat\n";

/* The generator has its own engine so the mt_rand draws of AccessToken2 do not shift it. */
$rng = new Random\Randomizer(new Random\Engine\Mt19937($seed));

function pick(array $choices)
{
	global $rng;
	return $choices[$rng->getInt(0, count($choices) - 1)];
}

function chance(int $percent): bool
{
	global $rng;
	return $rng->getInt(1, 100) <= $percent;
}

function hex32(): string
{
	global $rng;
	$hex = bin2hex($rng->getBytes(16));
	return chance(30) ? strtoupper($hex) : (chance(30) ? ucfirst($hex) : $hex);
}

function u32(): int
{
	global $rng;
	return $rng->getInt(0, 0xFFFFFFFF);
}

function some_string(): string
{
	global $rng;
	return pick([
		fn() => '',
		fn() => 'room' . $rng->getInt(0, 999999),
		fn() => bin2hex($rng->getBytes(16)),
		fn() => 'Канал ' . $rng->getInt(1, 99) . ' 频道 🎧',
		fn() => "with \"quotes\", \\slashes/ and\ttabs",
		fn() => str_repeat('x', $rng->getInt(200, 700)),
		fn() => "\xff\xfe raw bytes \x00\x01",
		fn() => (string)$rng->getInt(1, 4294967295),
	])();
}

/* What verify.js prints for a string: text when it is valid UTF-8, {hex} otherwise. */
function as_seen(string $s)
{
	return preg_match('//u', $s) ? $s : ['hex' => bin2hex($s)];
}

function privileges_for(string $class): array
{
	$values = [];
	foreach ((new ReflectionClass($class))->getConstants() as $name => $value) {
		if (str_starts_with($name, 'PRIVILEGE_')) {
			$values[] = $value;
		}
	}
	return array_values(array_unique($values));
}

function privilege_seconds(): int
{
	return pick([0, 1, 600, 3600, 86400, 4294967295, u32()]);
}

/* Returns [service object, fields verify.js should report for it]. */
function make_service(): array
{
	global $rng;
	$kind = pick(['rtc', 'rtc', 'rtc', 'rtm', 'streaming', 'fpa', 'chat', 'fcdn', 'apaas', 'rtm2']);
	switch ($kind) {
	case 'rtc':
		$channel = some_string();
		$uid = pick([0, $rng->getInt(1, 4294967295), '', 'user-' . $rng->getInt(1, 999), (string)$rng->getInt(1, 99999)]);
		$svc = new ServiceRtc($channel, $uid);
		$fields = ['channelName' => as_seen($channel), 'uid' => (string)$uid];
		break;
	case 'rtm':
		$user = some_string();
		$svc = new ServiceRtm($user);
		$fields = ['userId' => as_seen($user)];
		break;
	case 'streaming':
	case 'fcdn':
		$channel = some_string();
		$account = pick([0, $rng->getInt(1, 4294967295), 'acct-' . $rng->getInt(1, 999), '']);
		$svc = $kind === 'fcdn' ? new ServiceFCdn($channel, $account) : new ServiceStreaming($channel, $account);
		/* Streaming and FCDN store integer 0 as "" (RTC keeps "0"). */
		$fields = ['channelName' => as_seen($channel), 'account' => $account === 0 ? '' : (string)$account];
		break;
	case 'fpa':
		$svc = new ServiceFpa();
		$fields = [];
		break;
	case 'chat':
		$user = some_string();
		$svc = new ServiceChat($user);
		$fields = ['userId' => as_seen($user)];
		break;
	case 'apaas':
		$room = some_string();
		$user = some_string();
		$role = pick([-1, 0, 1, 2, 3, 32767, -32768]);
		$svc = new ServiceApaas($room, $user, $role);
		$fields = ['roomUuid' => as_seen($room), 'userUuid' => as_seen($user), 'role' => $role];
		break;
	case 'rtm2':
		$user = some_string();
		$perms = null;
		$expected = new stdClass();
		if (chance(80)) {
			$perms = new Rtm2Permissions();
			$table = [];
			for ($i = $rng->getInt(1, 4); $i > 0; $i--) {
				$resourceType = $rng->getInt(0, 4);
				$permissionType = $rng->getInt(0, 1);
				$resources = [];
				for ($j = $rng->getInt(0, 3); $j > 0; $j--) {
					$resources[] = 'res-' . $rng->getInt(1, 9999);
				}
				$perms->add($resourceType, $permissionType, $resources);
				$table[$resourceType][$permissionType] = $resources;
			}
			foreach ($table as $resourceType => $byPermission) {
				$expected->{$resourceType} = (object)$byPermission;
			}
		}
		$svc = new ServiceRtm2($user, $perms);
		$fields = ['userId' => as_seen($user), 'permissions' => $expected];
		break;
	}

	$privileges = [];
	$all = privileges_for(get_class($svc));
	$rng->shuffleArray($all);
	foreach (array_slice($all, 0, $rng->getInt(1, count($all))) as $privilege) {
		$seconds = privilege_seconds();
		$svc->addPrivilege($privilege, $seconds);
		$privileges[$privilege] = $seconds;
	}
	ksort($privileges);

	return [$svc, ['type' => $svc->getServiceType(), 'privileges' => (object)$privileges] + $fields];
}

/* The order (and, in compat 2022/2023, the de-duplication) that build() applies. */
function packed_order(array $entries, string $compat): array
{
	if ($compat === '2022' || $compat === '2023') {
		$byType = [];
		foreach ($entries as $entry) {
			$byType[$entry[1]['type']] = $entry;
		}
		if ($compat === '2023') {
			ksort($byType);
		}
		return array_values($byType);
	}
	$indexed = [];
	foreach ($entries as $i => $entry) {
		$indexed[] = [$entry[1]['type'], $i, $entry];
	}
	usort($indexed, fn($a, $b) => [$a[0], $a[1]] <=> [$b[0], $b[1]]);
	return array_column($indexed, 2);
}

$cases = [];
for ($n = 0; $n < $count; $n++) {
	$appId = hex32();
	$cert = hex32();
	$expire = pick([0, 1, 600, 3600, 86400, 2147483647, 4294967295, u32()]);

	$before = time();
	$token = new AccessToken2($appId, $cert, $expire);
	$after = time();
	$fixed = chance(50);
	if ($fixed) {
		$token->issueTs = pick([0, 1, 1111111, 1700000000, 4294967295, u32()]);
		$token->salt = pick([1, 99999999, 4294967295, u32()]);
	}

	$entries = [];
	for ($k = pick([1, 1, 1, 2, 2, 3, 4, 6]); $k > 0; $k--) {
		$entries[] = make_service();
	}
	foreach ($entries as $entry) {
		$token->addService($entry[0]);
	}
	$built = $token->build();

	$problems = [];
	if (!is_string($built) || !str_starts_with($built, '007')) {
		$problems[] = 'build() did not return a 007 token';
	}
	if (!$fixed && ($token->issueTs < $before || $token->issueTs > $after || $token->salt < 1 || $token->salt > 99999999)) {
		$problems[] = 'constructor issueTs/salt out of range';
	}

	$cases[] = [
		'id' => "token-$n",
		'token' => $built,
		'cert' => $cert,
		'expect' => [
			'appId' => $appId,
			'issueTs' => (int)$token->issueTs,
			'expire' => $expire,
			'salt' => (int)$token->salt,
			'services' => array_column(packed_order($entries, $compat), 1),
		],
		'mustPass' => true,
		'problems' => $problems,
	];
}

/* Corrupted on purpose: the right token checked with another certificate ... */
$victim = $cases[0];
$wrongCert = $victim['cert'];
$wrongCert[5] = $wrongCert[5] === 'a' ? 'b' : 'a';
$cases[] = ['id' => 'corrupt-wrong-cert', 'token' => $victim['token'], 'cert' => $wrongCert, 'mustPass' => false];

/* ... and one content byte flipped, then compressed again, so only the signature can catch it. */
$victim = $cases[1];
$content = zlib_decode(base64_decode(substr($victim['token'], 3)));
$at = 72; /* the expire field: the token still parses, with a different expiry */
$content[$at] = chr(ord($content[$at]) ^ 0x01);
$cases[] = [
	'id' => 'corrupt-flipped-byte',
	'token' => '007' . base64_encode(zlib_encode($content, ZLIB_ENCODING_DEFLATE)),
	'cert' => $victim['cert'],
	'mustPass' => false,
];

$input = tempnam(sys_get_temp_dir(), 'agt');
$lines = '';
foreach ($cases as $case) {
	$line = ['id' => $case['id'], 'token' => $case['token'], 'cert' => $case['cert']];
	if (isset($case['expect'])) {
		$line['expect'] = $case['expect'];
	}
	$lines .= json_encode($line, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR) . "\n";
}
file_put_contents($input, $lines);

/* stdin from a file: no pipe deadlock however long the output gets */
$proc = proc_open([$node, $verifier], [['file', $input, 'r'], ['pipe', 'w'], ['pipe', 'w']], $pipes);
if (!is_resource($proc)) {
	unlink($input);
	setup_error("cannot start $node");
}
$output = stream_get_contents($pipes[1]);
$errors = stream_get_contents($pipes[2]);
fclose($pipes[1]);
fclose($pipes[2]);
$status = proc_close($proc);
unlink($input);
if ($status !== 0) {
	setup_error("verify.js exited with status $status: " . trim($errors));
}

$answers = [];
foreach (explode("\n", trim($output)) as $line) {
	$answer = json_decode($line, true);
	if (is_array($answer) && isset($answer['id'])) {
		$answers[$answer['id']] = $answer;
	}
}

$passed = 0;
$failed = 0;
foreach ($cases as $case) {
	$answer = $answers[$case['id']] ?? null;
	$why = $case['problems'] ?? [];
	if ($answer === null) {
		$why[] = 'no answer from verify.js';
	} elseif ($case['mustPass']) {
		if ($answer['ok'] !== true) {
			$why[] = 'rejected: ' . json_encode(array_intersect_key($answer,
				array_flip(['parsed', 'signature', 'contentMatch', 'error', 'rebuildError', 'mismatches'])),
				JSON_UNESCAPED_SLASHES);
		}
	} elseif ($answer['ok'] !== false || $answer['signature'] === true) {
		$why[] = 'a corrupted token was accepted';
	}

	if ($why) {
		$failed++;
		echo "FAIL {$case['id']}: ", implode('; ', $why), "\n";
		if ($case['mustPass']) {
			echo "     token {$case['token']}\n";
		}
	} else {
		$passed++;
	}
}

finish($passed, $failed);
