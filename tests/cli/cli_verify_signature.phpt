--TEST--
agora-token verify: certificate from the environment or standard input, exit status and reason
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/cli.inc';

$token = token007(3600, [[new ServiceRtc('room1', 42), [ServiceRtc::PRIVILEGE_JOIN_CHANNEL => 1800]]]);
$env = ['AGORA_APP_CERTIFICATE' => CLI_CERT];
show('valid', ['verify', '--at', '1700000000', $token], $env);
show('certificate on standard input', ['verify', '--at', '1700000000', $token], [], CLI_CERT . "\n");
show('environment wins over standard input', ['verify', '--at', '1700000000', $token], $env, "0123456789abcdef0123456789abcdef\n");
show('another certificate', ['verify', '--at', '1700000000', $token], ['AGORA_APP_CERTIFICATE' => strrev(CLI_CERT)]);
show('no certificate', ['verify', $token]);
show('the privilege has expired', ['verify', '--at', '1700001801', $token], $env);
show('the token has expired', ['verify', '--at', '2023-11-14 23:13:21', $token], $env);
show('app id matches AGORA_APP_ID', ['verify', '--at', '1700000000', $token], $env + ['AGORA_APP_ID' => strtolower(CLI_APP_ID)]);
show('another app id', ['verify', '--at', '1700000000', $token], $env + ['AGORA_APP_ID' => '0123456789abcdef0123456789abcdef']);
show('malformed', ['verify', '007' . substr($token, 3, 40)], $env);
show('a byte changed', ['verify', '--at', '1700000000', '007' . base64_encode(zlib_encode(
	substr_replace(zlib_decode(base64_decode(substr($token, 3))), 'X', -1, 1), ZLIB_ENCODING_DEFLATE))], $env);

/* 007 with --channel and --uid: an RTC service must be for them (uid "" is any user). */
show('007 its channel and uid', ['verify', '--at', '1700000000', '--channel', 'room1', '--uid', '42', $token], $env);
show('007 another channel', ['verify', '--at', '1700000000', '--channel', 'room2', '--uid', '42', $token], $env);
show('007 another uid', ['verify', '--at', '1700000000', '--uid', '43', $token], $env);
$any = token007(3600, [[new ServiceRtc('room1', ''), [ServiceRtc::PRIVILEGE_JOIN_CHANNEL => 1800]]]);
show('007 uid "" is any user', ['verify', '--at', '1700000000', '--channel', 'room1', '--uid', '43', $any], $env);

/* 006: signed over channel and uid, so those must be given. */
$t = AccessToken::init(CLI_APP_ID, CLI_CERT, 'room1', 0);
$t->addPrivilege(AccessToken::Privileges['kJoinChannel'], 1700003600);
$t->message->ts = 1700086400;
$legacy = $t->build();
show('006 without channel and uid', ['verify', $legacy], $env);
show('006 valid (int uid 0)', ['verify', '--at', '1700000000', '--channel', 'room1', '--uid', '0', $legacy], $env);
show('006 another channel', ['verify', '--at', '1700000000', '--channel', 'room2', '--uid', '0', $legacy], $env);
show('006 privilege expired', ['verify', '--at', '1700003601', '--channel', 'room1', '--uid', '0', $legacy], $env);

/* The certificate is never echoed back. */
$all = '';
foreach ([[], ['--at', '1']] as $extra) {
	$all .= cli(array_merge(['verify'], $extra, [$token]), [], CLI_CERT . "\n");
	$all .= cli(array_merge(['verify'], $extra, [$token]), ['AGORA_APP_CERTIFICATE' => CLI_CERT]);
}
var_dump(stripos($all, CLI_CERT));
?>
--EXPECT--
== valid
0
valid: signature matches, expires 2023-11-14 23:13:20 UTC
== certificate on standard input
0
valid: signature matches, expires 2023-11-14 23:13:20 UTC
== environment wins over standard input
0
valid: signature matches, expires 2023-11-14 23:13:20 UTC
== another certificate
1
invalid: the signature does not match this certificate
== no certificate
2
stderr: agora-token: no certificate: set AGORA_APP_CERTIFICATE or give it on standard input
(agora-token --help for usage)
== the privilege has expired
1
invalid: the signature is valid, but RTC privilege JOIN_CHANNEL expired at 2023-11-14 22:43:20 UTC
== the token has expired
1
invalid: the signature is valid, but the token expired at 2023-11-14 23:13:20 UTC
== app id matches AGORA_APP_ID
0
valid: signature matches, expires 2023-11-14 23:13:20 UTC
== another app id
1
invalid: the token is for app id 970CA35de60c44645bbae8a215061b33, not AGORA_APP_ID 0123456789abcdef0123456789abcdef
== malformed
1
invalid: the decoded body is not a complete zlib, gzip or raw deflate stream
== a byte changed
1
invalid: the signature does not match this certificate
== 007 its channel and uid
0
valid: signature matches, expires 2023-11-14 23:13:20 UTC
== 007 another channel
1
invalid: the signature is valid, but no RTC service of the token is for channel "room2" and uid "42"
== 007 another uid
1
invalid: the signature is valid, but no RTC service of the token is for uid "43"
== 007 uid "" is any user
0
valid: signature matches, expires 2023-11-14 23:13:20 UTC
== 006 without channel and uid
2
stderr: agora-token: a 006 token is signed over its channel and uid: give --channel and --uid
(agora-token --help for usage)
== 006 valid (int uid 0)
0
valid: signature matches, expires 2023-11-15 22:13:20 UTC
== 006 another channel
1
invalid: the signature does not match this certificate, channel and uid
== 006 privilege expired
1
invalid: the signature is valid, but privilege kJoinChannel expired at 2023-11-14 23:13:20 UTC
bool(false)
