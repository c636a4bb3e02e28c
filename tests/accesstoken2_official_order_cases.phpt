--TEST--
AccessToken2 as the official code on four cases a differential run found: ArrayAccess $services, foreach after getSign(), stable usort(), callback order
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2026
agora_token.strict=0
--FILE--
<?php
/*
 * Each expected line is what the official pure-PHP AccessToken2 (2026) prints
 * for this same script; before the fix the extension differed on all five.
 */
const ID = "970CA35de60c44645bbae8a215061b33";
const CERT = "5CFd2fd1755d40ecb72977518be15d3b";
set_error_handler(function ($no, $msg) {
	echo "  warning: $msg\n";
	return true;
});
function fixed(AccessToken2 $t): AccessToken2
{
	$t->issueTs = 1700000000;
	$t->salt = 1;
	return $t;
}
function rtm(string $user): ServiceRtm
{
	$s = new ServiceRtm($user);
	$s->addPrivilege(1, 600);
	return $s;
}
function run(string $label, callable $f): void
{
	try {
		$r = $f();
		echo "$label: $r\n";
	} catch (Throwable $e) {
		echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
	}
}

// `$this->services[] = $service` goes through ArrayAccess when $services is an ArrayObject.
run("addService() onto an ArrayObject", function () {
	$t = fixed(new AccessToken2(ID, CERT, 600));
	$t->services = new ArrayObject();
	$t->addService(rtm("u"));
	return get_class($t->services) . " of " . count($t->services) . ", " . $t->build();
});

// After getSign() the official build() walks $services with foreach: null warns and packs none.
class NullsServices extends AccessToken2
{
	function getSign($c = null)
	{
		$this->services = null;
		return parent::getSign($c);
	}
}
run("getSign() sets \$services to null", function () {
	$t = fixed(new NullsServices(ID, CERT, 600));
	$t->addService(rtm("u"));
	return $t->build();
});
class WrapsServices extends AccessToken2
{
	function getSign($c = null)
	{
		$this->services = new ArrayObject($this->services);
		return parent::getSign($c);
	}
}
run("getSign() wraps \$services in an ArrayObject", function () {
	$t = fixed(new WrapsServices(ID, CERT, 600));
	$t->addService(rtm("u"));
	return $t->build();
});

// usort() is stable: keys whose difference is 0 (1 and " 1") keep their order.
run("two services of one type under keys 1 and \" 1\"", function () {
	$t = fixed(new AccessToken2(ID, CERT, 600));
	$c = new ServiceChat("c");
	$c->addPrivilege(1, 600);
	$t->services = [9 => $c, 1 => rtm("a"), " 1" => rtm("b")];
	$token = $t->build();
	return preg_replace('/[^abc]/', '', substr(zlib_decode(base64_decode(substr($token, 3))), 82)) . ", $token";
});

// The callback runs pair by pair as usort() calls it: the first pair it compares throws first.
run("a string among the services, after two with string keys", function () {
	$t = fixed(new AccessToken2(ID, CERT, 600));
	$t->services = ["k" => rtm("a"), "j" => rtm("b"), "str"];
	return $t->build();
});
?>
--EXPECT--
addService() onto an ArrayObject: ArrayObject of 1, 007eJxTYIi5F2W86M1rTYOEG02BzpFF57mLkyacSvJqeTfJ7djBvcsUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yNGT4Gp0YwMTAwMoAwExAzMkD4pQCrhBv0
  warning: foreach() argument must be of type array|object, null given
getSign() sets $services to null: 007eJxTYDhQ59j3jz21/pTBCX3RkhrzdOt/fUIhL2tZ97Rv/61RdV+BwdLcwNnR2DQl1cwg2cTEzMQ0KSkx1SLRyNDUwMwwydiY4WNwagQTAwMjAwgAAAkiGhw=
getSign() wraps $services in an ArrayObject: 007eJxTYIi5F2W86M1rTYOEG02BzpFF57mLkyacSvJqeTfJ7djBvcsUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yNGT4Gp0YwMTAwMoAwExAzMkD4pQCrhBv0
two services of one type under keys 1 and " 1": abc, 007eJxTYOBlyr85i4Nn3dM5HjMY1l7albaZ5entL0psn1lnxSjHbUhSYLA0N3B2NDZNSTUzSDYxMTMxTUpKTLVINDI0NTAzTDI2ZvgYnBrBxMDAyMDAwMzABKQZGSD8RGROEisSJxkA2E8blA==
a string among the services, after two with string keys: TypeError: Unsupported operand types: string - string
