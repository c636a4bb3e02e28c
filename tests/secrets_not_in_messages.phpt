--TEST--
Secrets: no message, exception, trace or phpinfo line contains the certificate or a key derived from it, on every error path
--EXTENSIONS--
agora_token
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
error_reporting=-1
--FILE--
<?php
/*
 * Each error path of the classes and builders runs with a recognisable
 * certificate (valid, and spoiled in the ways the checks look for), quietly
 * and in strict mode. Every message, exception string and trace, every PHP
 * warning, and phpinfo() are searched for the certificate, its halves, and the
 * signing key in binary, hex and base64.
 */
const APP_ID = '970CA35de60c44645bbae8a215061b33';
const CERT = 'c0ffee00c0ffee00c0ffee11c0ffee22';

$t = new AccessToken2(APP_ID, CERT, 600);
$t->issueTs = 1111111;
$t->salt = 1;
$key = $t->getSign(CERT);
$needles = [CERT, strtoupper(CERT), substr(CERT, 0, 16), substr(CERT, 16), $key, bin2hex($key), base64_encode($key)];

$texts = [];
set_error_handler(function ($no, $msg) use (&$texts) {
	$texts[] = $msg;
	return true;
});

function svc($priv = true)
{
	$s = new ServiceRtc('room', 42);
	if ($priv) {
		$s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
	}
	return $s;
}

function token($cert, array $services, array $set = [])
{
	$t = new AccessToken2(APP_ID, $cert, 600);
	foreach ($services as $s) {
		$t->addService($s);
	}
	foreach ($set as $k => $v) {
		$t->$k = $v;
	}
	return $t;
}

$valid = token(CERT, [svc()])->build();
$certs = [CERT, CERT . "\n", substr(CERT, 0, 31), CERT . 'f', 'g' . substr(CERT, 1), ' ' . CERT, [CERT], new ArrayObject([CERT]), null];
$long = str_repeat('x', 70000);

$calls = [];
foreach ($certs as $i => $cert) {
	$calls["build, certificate #$i"] = fn () => token($cert, [svc()])->build();
	$calls["build, bad app id, certificate #$i"] = fn () => (function () use ($cert) {
		$t = token($cert, [svc()]);
		$t->appId = 'not-an-app-id';
		return $t->build();
	})();
	$calls["getSign, certificate #$i"] = fn () => (new AccessToken2(APP_ID, CERT))->getSign($cert);
	$calls["verifySignature, certificate #$i"] = fn () => (function () use ($cert, $valid) {
		$t = new AccessToken2();
		$t->parse($valid);
		return $t->verifySignature($cert);
	})();
	$calls["RtcTokenBuilder2, certificate #$i"] = fn () => RtcTokenBuilder2::buildTokenWithUid(APP_ID, $cert, 'c', 1, 1, 600);
	$calls["RtmTokenBuilder2, certificate #$i"] = fn () => RtmTokenBuilder2::buildToken(APP_ID, $cert, 'u', 600);
	$calls["ChatTokenBuilder2, certificate #$i"] = fn () => ChatTokenBuilder2::buildAppToken(APP_ID, $cert, 600);
	$calls["FpaTokenBuilder, certificate #$i"] = fn () => FpaTokenBuilder::buildToken(APP_ID, $cert);
	$calls["ApaasTokenBuilder, certificate #$i"] = fn () => ApaasTokenBuilder::buildRoomUserToken(APP_ID, $cert, 'r', 'u', 1, 600);
	$calls["EducationTokenBuilder, certificate #$i"] = fn () => EducationTokenBuilder::buildUserToken(APP_ID, $cert, 'u', 600);
	$calls["AccessToken::init, certificate #$i"] = fn () => AccessToken::init(APP_ID, $cert, 'c', 1);
	$calls["AccessToken::initWithToken, certificate #$i"] = fn () => AccessToken::initWithToken('006garbage', $cert, 'c', 1);
	$calls["AccessToken::extract, certificate #$i"] = fn () => (new AccessToken())->extract('006garbage', $cert, 'c', 1);
	$calls["AccessToken::build, certificate #$i"] = fn () => (function () use ($cert) {
		$t = AccessToken::init(APP_ID, CERT, 'c', 1);
		$t->appCertificate = $cert;
		return $t->build();
	})();
	$calls["RtcTokenBuilder (006), certificate #$i"] = fn () => RtcTokenBuilder::buildTokenWithUid(APP_ID, $cert, 'c', 1, 1, 600);
	$calls["RtmTokenBuilder (006), certificate #$i"] = fn () => RtmTokenBuilder::buildToken(APP_ID, $cert, 'u', 1, 600);
}
$calls['no service'] = fn () => token(CERT, [])->build();
$calls['service without privilege'] = fn () => token(CERT, [svc(false)])->build();
$calls['string of 70000 bytes'] = fn () => token(CERT, [new ServiceRtc($long, 1)])->build();
$calls['expire -1'] = fn () => token(CERT, [svc()], ['expire' => -1])->build();
$calls['salt 2^32'] = fn () => token(CERT, [svc()], ['salt' => 1 << 32])->build();
$calls['services not an array'] = fn () => token(CERT, [], ['services' => 'x'])->build();
$calls['a service that is not an object'] = fn () => token(CERT, [], ['services' => [1]])->build();
$calls['RTC uid array'] = fn () => token(CERT, [new ServiceRtc('c', [1])])->build();
foreach (['', '007', '007garbage', substr($valid, 0, 60), '006' . substr($valid, 3), $valid . '!'] as $i => $bad) {
	$calls["parse #$i"] = fn () => (new AccessToken2(APP_ID, CERT))->parse($bad);
}
$calls['parse array'] = fn () => (new AccessToken2(APP_ID, CERT))->parse(['not a token']);
$calls['Message::unpackContent short'] = fn () => (new Message())->unpackContent('abc');

$ran = 0;
foreach ([0, 1] as $strict) {
	ini_set('agora_token.strict', (string)$strict);
	foreach ($calls as $name => $call) {
		try {
			$call();
		} catch (Throwable $e) {
			$texts[] = $e->getMessage();
			$texts[] = (string)$e;
			$texts[] = print_r($e->getTrace(), true);
		}
		$ran++;
	}
}
ini_set('agora_token.strict', '0');
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();

$found = [];
foreach ($texts as $text) {
	foreach ($needles as $n => $needle) {
		if (stripos($text, $needle) !== false) {
			$found[] = "needle $n in: " . substr($text, 0, 200);
		}
	}
}
$exceptions = count(array_filter($texts, fn ($t) => !str_contains($t, "\n")));
echo "calls: $ran\n";
echo "messages checked: ", $exceptions >= 100 ? 'at least 100' : "only $exceptions", "\n";
echo "secret found: ", count($found), "\n", implode("\n", array_slice($found, 0, 5)), $found ? "\n" : '';
echo "phpinfo has an agora_token section: ", str_contains($info, 'agora_token') ? 'yes' : 'no', "\n";
echo "phpinfo shows a secret: ", count(array_filter($needles, fn ($n) => stripos($info, $n) !== false)), "\n";
?>
--EXPECT--
calls: 320
messages checked: at least 100
secret found: 0
phpinfo has an agora_token section: yes
phpinfo shows a secret: 0
