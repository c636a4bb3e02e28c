--TEST--
AccessToken2::parse() reads a token wrapped in lines (as MIME-style encoders wrap base64), but not one with a space or tab inside
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * The official parse() (non-strict base64_decode) accepts all five and verifies
 * them. Line breaks are what a correct decoder skips too; a space or a tab
 * inside is not base64, and is also what a "+" becomes after URL decoding, so
 * the hardened parse refuses it (SPEC section 7.5).
 */
$token = '007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDCaiTj';
$cert = '5CFd2fd1755d40ecb72977518be15d3b';
$body = substr($token, 3);
$cases = [
	'wrapped at 76, CRLF' => '007' . chunk_split($body, 76, "\r\n"),
	'wrapped at 64, LF' => '007' . chunk_split($body, 64, "\n"),
	'one LF in the middle' => '007' . substr($body, 0, 41) . "\n" . substr($body, 41),
	'a space in the middle' => '007' . substr($body, 0, 40) . ' ' . substr($body, 40),
	'a tab in the middle' => '007' . substr($body, 0, 40) . "\t" . substr($body, 40),
];
foreach ($cases as $name => $t) {
	$p = new AccessToken2();
	$ok = $p->parse($t);
	printf("%-22s parse %s, verify %s, services %d\n", $name, var_export($ok, true),
		var_export($p->verifySignature($cert), true), count($p->services));
}
?>
--EXPECT--
wrapped at 76, CRLF    parse true, verify true, services 1
wrapped at 64, LF      parse true, verify true, services 1
one LF in the middle   parse true, verify true, services 1
a space in the middle  parse false, verify false, services 0
a tab in the middle    parse false, verify false, services 0
