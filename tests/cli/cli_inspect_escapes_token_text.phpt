--TEST--
agora-token inspect and verify: text from a token reaches the terminal escaped, never as control codes
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/cli.inc';

/* A 007 token whose app id carries terminal escape sequences (a window title, clear
 * screen, red text), packed by hand and signed with the certificate. */
$appId = "\e]0;pwned\x07\e[2J\e[31mFAKE-APP-ID";
$data = Util::packString($appId) . Util::packUint32(1700000000) . Util::packUint32(3600) . Util::packUint32(1)
	. Util::packUint16(0);
$k = hash_hmac('sha256', CLI_CERT, Util::packUint32(1700000000), true);
$k = hash_hmac('sha256', $k, Util::packUint32(1), true);
$token = '007' . base64_encode(zlib_encode(Util::packString(hash_hmac('sha256', $data, $k, true)) . $data,
	ZLIB_ENCODING_DEFLATE));

$out = cli(['inspect', '--at', '1700000000', $token]);
echo preg_match('/[\x00-\x08\x0b-\x1f\x7f]/', $out) ? "control characters in the output\n" : "no control characters\n";
echo implode("\n", array_slice(explode("\n", $out), 0, 3)), "\n";

$out = cli(['verify', '--at', '1700000000', $token], ['AGORA_APP_CERTIFICATE' => CLI_CERT, 'AGORA_APP_ID' => CLI_APP_ID]);
echo preg_match('/[\x00-\x08\x0b-\x1f\x7f]/', $out) ? "control characters in the output\n" : "no control characters\n";
echo $out, "\n";
?>
--EXPECT--
no control characters
0
token 007
  app id    "\u001b]0;pwned\u0007\u001b[2J\u001b[31mFAKE-APP-ID"
no control characters
1
invalid: the signature does not match this certificate
