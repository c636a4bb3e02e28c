<?php

/*
 * Runs examples/TokenController.php without Laravel, then decodes and checks the token it
 * returned.
 *
 *   php -d extension=modules/agora_token.so examples/run.php [channel] [uid]
 *
 * Credentials come from AGORA_APP_ID and AGORA_APP_CERTIFICATE; when those are not set a
 * demo pair is used (it is not a real Agora project). Exit status: 0 when the token is not
 * empty and its signature verifies, 1 otherwise, 2 when the extension is not loaded.
 */

const DEMO_APP_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const DEMO_APP_CERTIFICATE = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

if (!class_exists('AccessToken2')) {
	fwrite(STDERR, "AccessToken2 is not available: load the extension, for example\n"
		. "  php -d extension=modules/agora_token.so examples/run.php\n");
	exit(2);
}

require __DIR__ . '/bootstrap.php';
require __DIR__ . '/TokenController.php';

foreach (['AGORA_APP_ID' => DEMO_APP_ID, 'AGORA_APP_CERTIFICATE' => DEMO_APP_CERTIFICATE] as $name => $demo) {
	if (getenv($name) === false || getenv($name) === '') {
		putenv("$name=$demo");
		echo "$name not set, using the demo value\n";
	}
}
$certificate = getenv('AGORA_APP_CERTIFICATE');

$params = ['channelName' => $argv[1] ?? 'room1'];
if (isset($argv[2])) {
	$params['uid'] = $argv[2];
}

$controller = new App\Http\Controllers\Api\TokenController();
$response = $controller->generateToken(new Illuminate\Http\Request($params));

echo "\nresponse: ", $response->getContent(), "\n";

$token = $response->getData(true)['data'] ?? '';
if (!is_string($token) || $token === '') {
	echo "\nno token: build() returned an empty string (check the app id and certificate:\n"
		. "each must be 32 hexadecimal characters)\n";
	exit(1);
}

$parsed = new \AccessToken2();
if (!$parsed->parse($token)) {
	echo "\nthe token does not parse\n";
	exit(1);
}

function utc(int $seconds): string
{
	return gmdate('Y-m-d H:i:s', $seconds) . ' UTC';
}

/* Privilege names come from the service class's PRIVILEGE_* constants. */
function privilegeNames(object $service): array
{
	$names = [];
	foreach ((new ReflectionClass($service))->getConstants() as $name => $value) {
		if (str_starts_with($name, 'PRIVILEGE_') && !isset($names[$value])) {
			$names[$value] = substr($name, strlen('PRIVILEGE_'));
		}
	}
	return $names;
}

function show($value): string
{
	if (is_string($value)) {
		return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
	}
	if (is_object($value) && property_exists($value, 'details')) {
		$value = $value->details;
	}
	return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
}

$issueTs = (int)$parsed->issueTs;
$expire = (int)$parsed->expire;

echo "\ndecoded token\n";
printf("  app id     %s\n", $parsed->appId);
printf("  issued     %s  (issueTs %d)\n", utc($issueTs), $issueTs);
printf("  expires    %s  (expire %d s after issue)\n", utc($issueTs + $expire), $expire);
printf("  salt       %d\n", $parsed->salt);
printf("  services   %d\n", count($parsed->services));

foreach ($parsed->services as $service) {
	printf("  - %s (type %d)\n", get_class($service), $service->getServiceType());
	foreach (get_object_vars($service) as $field => $value) {
		if ($field === 'type' || $field === 'privileges') {
			continue;
		}
		printf("      %-12s %s\n", $field, show($value));
	}
	$names = privilegeNames($service);
	foreach ($service->privileges ?? [] as $privilege => $seconds) {
		printf("      privilege %d %-22s %6d s -> %s\n", $privilege,
			$names[$privilege] ?? '(unknown)', $seconds, utc($issueTs + $seconds));
	}
}

$valid = $parsed->verifySignature($certificate);
echo "\nsignature: ", $valid ? 'valid' : 'INVALID', "\n";

/* A second opinion from the npm package agora-token, when tests/node has been installed. */
$nodeOk = null;
$verifier = dirname(__DIR__) . '/tests/node/verify.js';
if (is_dir(dirname(__DIR__) . '/tests/node/node_modules/agora-token')) {
	$proc = proc_open(['node', $verifier], [['pipe', 'r'], ['pipe', 'w'], ['pipe', 'w']], $pipes);
	if (is_resource($proc)) {
		fwrite($pipes[0], json_encode(['token' => $token, 'cert' => $certificate]) . "\n");
		fclose($pipes[0]);
		$line = stream_get_contents($pipes[1]);
		$errors = stream_get_contents($pipes[2]);
		fclose($pipes[1]);
		fclose($pipes[2]);
		proc_close($proc);
		$answer = json_decode((string)$line, true);
		if (is_array($answer)) {
			$nodeOk = ($answer['ok'] ?? false) === true;
			echo 'node agora-token: ', $nodeOk ? 'valid' : 'INVALID',
				isset($answer['error']) ? ' (' . $answer['error'] . ')' : '', "\n";
		} else {
			echo "node agora-token: no answer ", trim($errors), "\n";
		}
	}
} else {
	echo "node agora-token: skipped (run `npm install` in tests/node to enable)\n";
}

exit($valid && $nodeOk !== false ? 0 : 1);
