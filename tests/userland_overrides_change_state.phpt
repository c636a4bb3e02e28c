--TEST--
Userland overrides that change the object while a native method runs: no read of freed memory, PHP's order
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2026
agora_token.strict=0
--FILE--
<?php
/*
 * Each override below replaces or drops what the calling method was working
 * on. Before the fix these read freed memory or crashed; the run under
 * valgrind and ASan in CI checks that nothing does now.
 */
const ID = "970CA35de60c44645bbae8a215061b33";
const CERT = "5CFd2fd1755d40ecb72977518be15d3b";

function check(string $label, callable $f): void
{
	try {
		$r = $f();
		echo "$label: $r\n";
	} catch (Throwable $e) {
		echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
	}
}

function describe(string $token): string
{
	$t = new AccessToken2();
	if (!$t->parse($token)) {
		return "does not parse";
	}
	return "appId " . json_encode($t->appId) . ", services " . count($t->services)
		. ", verifies " . var_export($t->verifySignature(CERT), true);
}

// getServices(): getServiceType() empties $services while getServices() walks it.
class EmptiesServices extends ServiceRtc
{
	function getServiceType()
	{
		global $t;
		$t->services = [];
		$junk = [];
		for ($i = 0; $i < 50; $i++) {
			$junk[] = str_repeat("\x08", 290);
		}
		return 1;
	}
}
$t = new AccessToken2(ID, CERT);
for ($i = 0; $i < 8; $i++) {
	$t->services[] = new EmptiesServices("ch", "1");
}
check("getServices() over the array it started with", fn () => count($t->getServices(1)));

// build() reads $appId and $services after getSign(), as the official build() does.
class SignChangesAppId extends AccessToken2
{
	public $newAppId;
	function getSign($c = null)
	{
		$this->appId = $this->newAppId;
		return parent::getSign($c);
	}
}
function with_rtc(AccessToken2 $t): AccessToken2
{
	$s = new ServiceRtc("ch", "1");
	$s->addPrivilege(1, 0);
	$t->addService($s);
	return $t;
}
$t = with_rtc(new SignChangesAppId(ID, CERT));
$t->newAppId = 0x4141414141;
check("getSign() sets an int app id", fn () => describe($t->build()));
// The next build() starts from that int app id, which fails the check before getSign().
check("again with that app id", fn () => var_export($t->build(), true));
$t = with_rtc(new SignChangesAppId(ID, CERT));
$t->newAppId = "x";
check("getSign() sets app id \"x\"", fn () => describe($t->build()));

class SignChangesServices extends AccessToken2
{
	public $what;
	function getSign($c = null)
	{
		if ($this->what === 'unset') {
			unset($this->services);
		} else {
			$this->services = $this->what;
		}
		return parent::getSign($c);
	}
}
$t = with_rtc(new SignChangesServices(ID, CERT));
$t->what = "not an array";
// The 2026 build() walks it with foreach, which warns and packs no service.
set_error_handler(function ($no, $msg) {
	echo "  warning: $msg\n";
	return true;
});
check("getSign() sets \$services to a string", fn () => describe($t->build()));
restore_error_handler();
$t = with_rtc(new SignChangesServices(ID, CERT));
$t->what = 'unset';
ini_set('agora_token.compat', '2023');
check("getSign() unsets \$services (2023)", fn () => $t->build());
ini_set('agora_token.compat', '2026');

class SignChangesCompat extends AccessToken2
{
	function getSign($c = null)
	{
		ini_set('agora_token.compat', '2023');
		return parent::getSign($c);
	}
}
$t = new SignChangesCompat(ID, CERT);
$s = new ServiceRtc("ch", "1");
$s->addPrivilege(1, 0);
$t->services = new ArrayObject([$s]);
check("getSign() switches to 2023 while \$services is an ArrayObject", fn () => describe($t->build()));
ini_set('agora_token.compat', '2026');

// verifySignature() reads signingInfo after getSign(), as the official one does.
class SignChangesInfo extends AccessToken2
{
	function getSign($c = null)
	{
		(new ReflectionProperty(AccessToken2::class, 'signingInfo'))->setValue($this, 0x41414141);
		return parent::getSign($c);
	}
}
$token = RtcTokenBuilder2::buildTokenWithUid(ID, CERT, "ch", 1, 1, 600, 600);
$t = new SignChangesInfo();
check("parse()", fn () => var_export($t->parse($token), true));
check("getSign() replaces signingInfo", fn () => var_export($t->verifySignature(CERT), true));

// A service held in $services only through a reference drops it in its own pack().
class DropsItself extends ServiceRtc
{
	public $pad = "PAD";
	function pack()
	{
		$GLOBALS['x'] = null;
		$junk = [];
		for ($i = 0; $i < 20; $i++) {
			$junk[] = new ServiceRtm("zz");
		}
		return parent::pack() . $this->pad;
	}
}
$t = new AccessToken2(ID, CERT);
$x = new DropsItself("ch", "u");
$x->addPrivilege(1, 0);
$y = new ServiceRtm("u");
$y->addPrivilege(1, 0);
$a = [&$x, $y];
$t->services = $a;
unset($a);
check("pack() drops the last other reference to its service", function () use ($t) {
	$tok = $t->build();
	$c = zlib_decode(base64_decode(substr($tok, 3)));
	return (str_contains($c, "uPAD") ? "its own pack() output is in the token, " : "PAD missing, ") . describe($tok);
});
var_dump($x);

// addPrivilege() on a string $privileges: the value's __toString() replaces it.
class ReplacesPrivileges
{
	function __toString(): string
	{
		global $s;
		$s->privileges = str_repeat("Z", 8);
		return "x";
	}
}
$s = new ServiceRtc("ch", "1");
$s->privileges = str_repeat("a", 8);
check("__toString() replaces the string being written", function () use ($s) {
	$s->addPrivilege(0, new ReplacesPrivileges());
	return var_export($s->privileges, true);
});
?>
--EXPECT--
getServices() over the array it started with: 8
getSign() sets an int app id: appId "280267669825", services 1, verifies false
again with that app id: ''
getSign() sets app id "x": appId "x", services 1, verifies false
  warning: foreach() argument must be of type array|object, string given
getSign() sets $services to a string: appId "970CA35de60c44645bbae8a215061b33", services 0, verifies true
getSign() unsets $services (2023): TypeError: AccessToken2::$services must be of type array, null given
getSign() switches to 2023 while $services is an ArrayObject: appId "970CA35de60c44645bbae8a215061b33", services 1, verifies true
parse(): true
getSign() replaces signingInfo: false
pack() drops the last other reference to its service: its own pack() output is in the token, appId "970CA35de60c44645bbae8a215061b33", services 1, verifies true
NULL
__toString() replaces the string being written: 'xZZZZZZZ'
