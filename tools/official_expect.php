<?php
/*
 * Produces the --EXPECT-- section of builder and legacy-token tests by running
 * their --FILE-- section with Agora's official pure-PHP classes instead of the
 * extension, so that expectations never come from our own output.
 *
 *   php -n tools/official_expect.php --src=PATH [--write] tests/NAME.phpt ...
 *
 * PATH is the official DynamicKey/AgoraDynamicKey/php/src folder (kept outside
 * this repository). Only tests whose --DESCRIPTION-- says "expectations: official"
 * are handled. Without --write it compares and exits 1 on any difference; with
 * --write it replaces the --EXPECT-- section. Run it without the extension loaded.
 */

if (extension_loaded('agora_token')) {
	fwrite(STDERR, "run this without the agora_token extension (php -n)\n");
	exit(2);
}

$src = null;
$write = false;
$files = [];
foreach (array_slice($argv, 1) as $arg) {
	if (str_starts_with($arg, '--src=')) {
		$src = rtrim(substr($arg, 6), '/');
	} elseif ($arg === '--write') {
		$write = true;
	} else {
		$files[] = $arg;
	}
}
if ($src === null || !is_file("$src/AccessToken2.php") || !$files) {
	fwrite(STDERR, "usage: php -n tools/official_expect.php --src=PATH [--write] tests/NAME.phpt ...\n");
	exit(2);
}

/* The official classes, loaded before the test body. ctype_xdigit() is needed by isUUid(). */
$prelude = tempnam(sys_get_temp_dir(), 'agt-official-');
$requires = '';
foreach (['AccessToken2', 'RtcTokenBuilder2', 'RtmTokenBuilder2', 'ChatTokenBuilder2', 'FpaTokenBuilder',
	'EducationTokenBuilder', 'ApaasTokenBuilder', 'AccessToken', 'RtcTokenBuilder', 'RtmTokenBuilder'] as $f) {
	$requires .= 'require_once ' . var_export("$src/$f.php", true) . ";\n";
}
file_put_contents($prelude, "<?php\nif (!extension_loaded('ctype')) { dl('ctype.so'); }\n$requires");

$status = 0;
foreach ($files as $file) {
	$text = file_get_contents($file);
	if (!preg_match('/^--DESCRIPTION--\n.*expectations: official/ms', $text)) {
		fwrite(STDERR, "$file: skipped (its expectations are not the official code's)\n");
		continue;
	}
	if (!preg_match('/^--FILE--\n(.*?)^--EXPECT--\n(.*)\z/ms', $text, $m)) {
		fwrite(STDERR, "$file: no --FILE-- followed by --EXPECT--\n");
		$status = 1;
		continue;
	}
	/* Beside the test, so that __DIR__ finds the helpers. */
	$body = dirname($file) . '/.official-' . getmypid() . '-' . basename($file, '.phpt') . '.php';
	file_put_contents($body, $m[1]);
	$cmd = sprintf('%s -n -d error_reporting=%d -d display_errors=1 -d auto_prepend_file=%s %s 2>&1',
		escapeshellarg(PHP_BINARY), E_ALL & ~E_DEPRECATED, escapeshellarg($prelude), escapeshellarg($body));
	$out = shell_exec($cmd);
	unlink($body);
	$out = rtrim((string)$out, "\n") . "\n";
	if ($write) {
		file_put_contents($file, substr($text, 0, strlen($text) - strlen($m[2])) . $out);
		echo "$file: written\n";
	} elseif ($out === rtrim($m[2], "\n") . "\n") {
		echo "$file: matches the official code\n";
	} else {
		echo "$file: DIFFERS from the official code\n";
		$status = 1;
	}
}
unlink($prelude);
exit($status);
