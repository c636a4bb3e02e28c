<?php

/*
 * Checks the tokens that the Laravel endpoint returned (tests/laravel/run.sh collects them).
 *
 *   php -d extension=agora_token check.php RESPONSES.jsonl
 *
 * Each input line: {"channel": ..., "uid": ... or absent, "status": HTTP status, "body": ...,
 * "before": time() before the request, "after": time() after it}. Credentials come from
 * AGORA_APP_ID and AGORA_APP_CERTIFICATE. For every response two checks: the extension's parse()
 * and verifySignature() with the expected fields, and the official npm package agora-token
 * (tests/node/verify.js: parse, verify, rebuild) with the same expectations.
 * Prints "ok - ..." or "not ok - ..." per check and ends with "N passed, M failed".
 */

$appId = getenv('AGORA_APP_ID');
$cert = getenv('AGORA_APP_CERTIFICATE');
$lines = file($argv[1] ?? '', FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
if (!extension_loaded('agora_token') || !$appId || !$cert || !$lines) {
	fwrite(STDERR, "usage: AGORA_APP_ID=.. AGORA_APP_CERTIFICATE=.. php -d extension=agora_token check.php RESPONSES.jsonl\n");
	echo "0 passed, 1 failed\n";
	exit(1);
}

$passed = 0;
$failed = 0;

function report(bool $ok, string $what, array $why = []): void
{
	global $passed, $failed;
	$ok ? $passed++ : $failed++;
	echo $ok ? 'ok' : 'not ok', " - $what\n";
	foreach ($ok ? [] : $why as $line) {
		echo "    $line\n";
	}
}

$node = [];
foreach ($lines as $i => $line) {
	$case = json_decode($line, true);
	$uid = array_key_exists('uid', $case) ? (string)$case['uid'] : '0'; /* the controller's default is int 0 */
	$label = sprintf('channel %s, uid %s', json_encode($case['channel'], JSON_UNESCAPED_UNICODE),
		array_key_exists('uid', $case) ? json_encode($case['uid']) : '(none)');
	$json = json_decode($case['body'], true);
	$token = is_array($json) ? ($json['data'] ?? null) : null;

	$why = [];
	if ($case['status'] !== 200 || !is_array($json) || ($json['code'] ?? null) !== 0 || ($json['msg'] ?? null) !== 'success') {
		$why[] = "HTTP {$case['status']}: " . substr($case['body'], 0, 300);
	}
	$parsed = new AccessToken2();
	if (!is_string($token) || !$parsed->parse($token)) {
		$why[] = 'the token does not parse: ' . json_encode($token);
	} else {
		$service = $parsed->services[0] ?? null;
		$expected = [
			'appId' => $appId,
			'expire' => 3600,
			'service count' => 1,
			'service class' => 'ServiceRtc',
			'channelName' => $case['channel'],
			'uid' => $uid,
			'privileges' => [ServiceRtc::PRIVILEGE_JOIN_CHANNEL => 3600],
		];
		$actual = [
			'appId' => $parsed->appId,
			'expire' => $parsed->expire,
			'service count' => count($parsed->services),
			'service class' => $service ? get_class($service) : null,
			'channelName' => $service->channelName ?? null,
			'uid' => $service->uid ?? null,
			'privileges' => $service->privileges ?? null,
		];
		foreach ($expected as $field => $value) {
			if ($actual[$field] !== $value) {
				$why[] = "$field: expected " . json_encode($value) . ', got ' . json_encode($actual[$field]);
			}
		}
		if ($parsed->issueTs < $case['before'] || $parsed->issueTs > $case['after']) {
			$why[] = "issueTs {$parsed->issueTs} is outside the request ({$case['before']} to {$case['after']})";
		}
		if ($parsed->verifySignature($cert) !== true) {
			$why[] = 'verifySignature() with the certificate is not true';
		}
		if ($parsed->verifySignature(strrev($cert)) !== false) {
			$why[] = 'verifySignature() with another certificate is not false';
		}
	}
	report(!$why, "$label: parse() and verifySignature()", $why);

	$node[] = [
		'id' => "r$i",
		'label' => $label,
		'token' => is_string($token) ? $token : '',
		'cert' => $cert,
		'expect' => [
			'appId' => $appId,
			'expire' => 3600,
			'services' => [[
				'type' => 1,
				'channelName' => $case['channel'],
				/* agora-token reads uid "0" back as "0"; only its builder maps 0 to "" */
				'uid' => $uid,
				'privileges' => ['1' => 3600],
			]],
		],
	];
}

/* The official npm package's view of the same tokens. */
$verifier = __DIR__ . '/../node/verify.js';
$input = tempnam(sys_get_temp_dir(), 'agt');
file_put_contents($input, implode("\n", array_map(fn($n) => json_encode(array_diff_key($n, ['label' => 1]),
	JSON_UNESCAPED_SLASHES), $node)) . "\n");
$proc = proc_open([getenv('NODE') ?: 'node', $verifier], [['file', $input, 'r'], ['pipe', 'w'], ['pipe', 'w']], $pipes);
$answers = [];
if (is_resource($proc)) {
	foreach (explode("\n", trim(stream_get_contents($pipes[1]))) as $out) {
		$answer = json_decode($out, true);
		if (isset($answer['id'])) {
			$answers[$answer['id']] = $answer;
		}
	}
	$errors = stream_get_contents($pipes[2]);
	proc_close($proc);
}
unlink($input);
foreach ($node as $n) {
	$answer = $answers[$n['id']] ?? null;
	$why = $answer === null ? ['no answer from verify.js' . (isset($errors) ? ': ' . trim($errors) : '')] : [json_encode(
		array_intersect_key($answer, array_flip(['parsed', 'signature', 'contentMatch', 'error', 'mismatches'])),
		JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)];
	report(($answer['ok'] ?? false) === true, "{$n['label']}: npm agora-token parses, verifies and rebuilds it", $why);
}

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
