--TEST--
AccessToken2::parse(): a token that inflates to 256 MiB is rejected after the first MiB; resident memory stays small
--EXTENSIONS--
agora_token
--SKIPIF--
<?php
if (!is_readable('/proc/self/status')) die('skip needs /proc/self/status (Linux)');
?>
--INI--
memory_limit=128M
agora_token.strict=0
--FILE--
<?php
/* Peak resident set size of this process so far, in KiB. */
function peak_rss_kib(): int
{
	preg_match('/^VmHWM:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
	return (int)$m[1];
}

/* A zlib stream of 256 MiB of zeros, made 1 MiB at a time so that it never exists inflated. */
function bomb(int $encoding): string
{
	$z = deflate_init($encoding, ['level' => 9]);
	$chunk = str_repeat("\0", 1 << 20);
	$out = '';
	for ($i = 0; $i < 256; $i++) {
		$out .= deflate_add($z, $chunk, ZLIB_NO_FLUSH);
	}
	return $out . deflate_add($z, '', ZLIB_FINISH);
}

foreach (['zlib' => ZLIB_ENCODING_DEFLATE, 'gzip' => ZLIB_ENCODING_GZIP, 'raw deflate' => ZLIB_ENCODING_RAW] as $name => $enc) {
	$token = '007' . base64_encode(bomb($enc));
	$t = new AccessToken2();
	$before = peak_rss_kib();
	$r = $t->parse($token);
	$grew = peak_rss_kib() - $before;
	echo "$name: token of ", round(strlen($token) / 1024), " KiB, parse ", var_export($r, true),
		", peak RSS grew by less than 16 MiB: ", $grew < 16 * 1024 ? 'yes' : "NO ($grew KiB)", "\n";
	ini_set('agora_token.strict', '1');
	try {
		$t->parse($token);
	} catch (AgoraTokenException $e) {
		echo '  strict: ', $e->getMessage(), "\n";
	}
	ini_set('agora_token.strict', '0');
}
?>
--EXPECT--
zlib: token of 340 KiB, parse false, peak RSS grew by less than 16 MiB: yes
  strict: AccessToken2::parse(): the content inflates to more than 1048576 bytes
gzip: token of 340 KiB, parse false, peak RSS grew by less than 16 MiB: yes
  strict: AccessToken2::parse(): the content inflates to more than 1048576 bytes
raw deflate: token of 340 KiB, parse false, peak RSS grew by less than 16 MiB: yes
  strict: AccessToken2::parse(): the content inflates to more than 1048576 bytes
