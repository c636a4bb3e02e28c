--TEST--
AccessToken2::build() and verifySignature() wipe the signing key they own, never a string a getSign() override still holds, nor an interned literal
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Regression: build() zeroed the key string in place after use. When a
 * userland getSign() returned a string kept in a property, or a literal (an
 * interned string shared by the whole script), or true (PHP's shared "1"),
 * that zeroed the application's own string.
 */
const APP_ID = '970CA35de60c44645bbae8a215061b33';
const CERT = '5CFd2fd1755d40ecb72977518be15d3b';

class CachedKey extends AccessToken2
{
	public $key;

	public function getSign($appCertificate = null)
	{
		return $this->key ??= parent::getSign($appCertificate);
	}
}

class LiteralKey extends AccessToken2
{
	public function getSign($appCertificate = null)
	{
		return 'literal-key-literal-key-literal!';
	}
}

class TrueKey extends AccessToken2
{
	public function getSign($appCertificate = null)
	{
		return true;
	}
}

function with_rtc(AccessToken2 $t): AccessToken2
{
	$s = new ServiceRtc('room', 42);
	$s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
	$t->addService($s);
	return $t;
}

$t = with_rtc(new CachedKey(APP_ID, CERT, 600));
$t->issueTs = 1111111;
$t->salt = 1;
$t->key = (function () use ($t) { $x = new AccessToken2(APP_ID, CERT, 600); $x->issueTs = 1111111; $x->salt = 1; return $x->getSign(); })();
$expected = bin2hex($t->key);
$token = $t->build();
echo 'cached key after build: ', bin2hex($t->key) === $expected ? 'unchanged' : 'CHANGED', "\n";
$p = new CachedKey();
$p->parse($token);
$p->key = $t->key;
var_dump($p->verifySignature(CERT));
echo 'cached key after verifySignature: ', bin2hex($p->key) === $expected ? 'unchanged' : 'CHANGED', "\n";

with_rtc(new LiteralKey(APP_ID, CERT, 600))->build();
var_dump('literal-key-literal-key-literal!');

with_rtc(new TrueKey(APP_ID, CERT, 600))->build();
var_dump((string)1, "1");
?>
--EXPECT--
cached key after build: unchanged
bool(true)
cached key after verifySignature: unchanged
string(32) "literal-key-literal-key-literal!"
string(1) "1"
string(1) "1"
