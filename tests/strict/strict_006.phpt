--TEST--
Strict mode: the legacy 006 classes and builders throw AgoraTokenException where they would quietly return null, false or ""
--EXTENSIONS--
agora_token
--INI--
agora_token.strict=1
--FILE--
<?php
const APP_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const CERT = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

$cases = [
	'empty app id' => fn() => RtcTokenBuilder::buildTokenWithUid('', CERT, 'room1', 1, RtcTokenBuilder::RolePublisher, 100),
	'null certificate' => fn() => AccessToken::init(APP_ID, null, 'room1', 1),
	'empty channel' => fn() => RtcTokenBuilder::buildTokenWithUserAccount(APP_ID, CERT, '', 'user', 1, 100),
	'int channel' => fn() => AccessToken::init(APP_ID, CERT, 12345, 1),
	'RTM user id ""' => fn() => RtmTokenBuilder::buildToken(APP_ID, CERT, '', RtmTokenBuilder::RoleRtmUser, 100),
	'a 007 token given to initWithToken' =>
		fn() => AccessToken::initWithToken('007eJxTYBBbsMMnKq7p9Hf', CERT, 'room1', '1'),
	'a 006 token that is not base64' =>
		fn() => AccessToken::initWithToken('006' . APP_ID . '@@@@', CERT, 'room1', '1'),
	'app id "abc"' => fn() => AccessToken::init('abc', CERT, 'room1', 5)->build(),
	'certificate "zzz"' => fn() => AccessToken::init(APP_ID, 'zzz', 'room1', 5)->build(),
	'privilege key 70000' => fn() => AccessToken::init(APP_ID, CERT, 'room1', 5)->addPrivilege(70000, 5)->build(),
	'privilege expiry -1' => fn() => RtcTokenBuilder::buildTokenWithUid(APP_ID, CERT, 'room1', 5, 1, -1),
	'message salt 2^40' => function () {
		$t = AccessToken::init(APP_ID, CERT, 'room1', 5);
		$t->message->salt = 2 ** 40;
		return $t->build();
	},
	'is_nonempty_string() still answers' => fn() => (new AccessToken())->is_nonempty_string('x', ''),
];
foreach ($cases as $name => $case) {
	try {
		$result = $case();
		echo $name, ': ', var_export($result, true), "\n";
	} catch (AgoraTokenException $e) {
		echo $name, ': ', $e->getMessage(), "\n";
		if (str_contains($e->getMessage(), CERT)) {
			echo "  the message contains the certificate\n";
		}
	}
}
?>
--EXPECT--
empty app id: AccessToken (006): appID: must be a non-empty string
null certificate: AccessToken (006): appCertificate: must be a non-empty string
empty channel: AccessToken (006): channelName: must be a non-empty string
int channel: AccessToken (006): channelName: must be a non-empty string
RTM user id "": AccessToken (006): channelName: must be a non-empty string
a 007 token given to initWithToken: AccessToken (006): token: does not start with 006
a 006 token that is not base64: AccessToken (006): token: not valid base64
app id "abc": AccessToken::build(): $appID must be 32 hexadecimal digits, got 3
certificate "zzz": AccessToken::build(): $appCertificate must be 32 hexadecimal digits; character 1 of 3 is not one
privilege key 70000: Message::$privileges key is 70000, which does not fit its field (0 to 65535)
privilege expiry -1: Message::$privileges[1] is -1, which does not fit its field (0 to 4294967295)
message salt 2^40: Message::$salt is 1099511627776, which does not fit its field (0 to 4294967295)
is_nonempty_string() still answers: false
