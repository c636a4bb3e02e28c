--TEST--
README: every line of the Builders example runs and gives a token that parses
--EXTENSIONS--
agora_token
--FILE--
<?php
$readme = file_get_contents(__DIR__ . '/../README.md');
$section = substr($readme, strpos($readme, "\n## Builders\n"));
preg_match('/```php\n(.*?)```/s', $section, $m);
$lines = array_filter(explode("\n", $m[1]));

$appId = '970CA35de60c44645bbae8a215061b33';
$appCertificate = '5CFd2fd1755d40ecb72977518be15d3b';
$methods = [];
foreach ($lines as $line) {
	$token = eval("return $line");
	preg_match('/^(\w+)::(\w+)\(/', $line, $call);
	$methods[] = "$call[1]::$call[2]";
	$ok = is_string($token) && match (substr($token, 0, 3)) {
		'007' => (new AccessToken2())->parse($token),
		'006' => AccessToken::initWithToken($token, $appCertificate, 'room1', str_contains($line, '"alice"') ? 'alice' : 2882341273) !== null,
		default => false,
	};
	if (!$ok) {
		echo "FAIL: $line\n";
	}
}
echo count($lines), " lines\n";

/* Every public static builder method appears in the example. */
foreach (['RtcTokenBuilder2', 'RtmTokenBuilder2', 'ChatTokenBuilder2', 'FpaTokenBuilder', 'ApaasTokenBuilder',
	'EducationTokenBuilder', 'RtcTokenBuilder', 'RtmTokenBuilder'] as $class) {
	foreach ((new ReflectionClass($class))->getMethods(ReflectionMethod::IS_STATIC) as $method) {
		if (!in_array("$class::{$method->name}", $methods, true)) {
			echo "missing: $class::{$method->name}\n";
		}
	}
}
?>
--EXPECT--
21 lines
