--TEST--
Error handlers, destructors and overrides that drop what a native method is reading: no freed memory is read
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2026
agora_token.strict=0
error_reporting=-1
--FILE--
<?php
/*
 * A conversion's warning or deprecation runs the error handler, and replacing
 * a value runs its destructor: both can drop the array or object a native
 * method is walking. Before the fix each case read freed memory (seen under
 * valgrind and ASan, which CI runs this suite under) or lost a service.
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
	restore_error_handler();
}

class NotANumber {}

check("006 build(), the handler drops the message", function () {
	$t = AccessToken::init(ID, CERT, "ch", 1);
	$t->message->salt = 1;
	$t->message->ts = 2;
	$t->message->privileges = [1 => new NotANumber(), 2 => 5, 3 => 6];
	set_error_handler(function ($no, $msg) use ($t) {
		$t->message = null;
		return true;
	});
	$token = $t->build();
	$m = new Message();
	$m->salt = 1;
	$m->ts = 2;
	$m->privileges = [1 => 1, 2 => 5, 3 => 6];
	$same = AccessToken::init(ID, CERT, "ch", 1);
	$same->message = $m;
	return $token === $same->build() ? "the object packs as 1, as PHP converts it" : "differs";
});

check("Service::pack(), the handler drops \$privileges", function () {
	$s = new ServiceRtc("ch", "1");
	$s->privileges = [1 => new NotANumber(), 2 => 5, 3 => 6];
	set_error_handler(function ($no, $msg) use ($s) {
		$s->privileges = null;
		return true;
	});
	return bin2hex($s->pack());
});

check("006 addPrivilege() with a float key, the handler drops the message", function () {
	$t = AccessToken::init(ID, CERT, "ch", 1);
	set_error_handler(function ($no, $msg) use ($t) {
		echo "  (handler: $msg)\n";
		$t->message = null;
		return true;
	});
	$t->addPrivilege(1.5, 100);
	return "no error";
});

class DropsMessage
{
	function __destruct()
	{
		$GLOBALS['t']->message = null;
	}
}
check("006 addPrivilege() over a value whose destructor drops the message", function () {
	$GLOBALS['t'] = $t = AccessToken::init(ID, CERT, "ch", 1);
	$t->message->privileges[""] = new DropsMessage();
	$t->addPrivilege(null, 100);
	return var_export($t->message, true);
});

class DropsList
{
	function __toString(): string
	{
		$GLOBALS['res'] = null;
		$junk = [];
		for ($i = 0; $i < 20; $i++) {
			$junk[] = str_repeat("r", 40);
		}
		return "x";
	}
}
check("ServiceRtm2::pack(), a resource's __toString() drops the list it is in", function () {
	$GLOBALS['res'] = [new DropsList(), "a", "b", "c"];
	$p = new Rtm2Permissions();
	$p->details = [0 => [0 => &$GLOBALS['res']]];
	$s = new ServiceRtm2("u", $p);
	$s->addPrivilege(1, 10);
	return bin2hex($s->pack());
});

class DropsItselfMessage extends Message
{
	function packContent()
	{
		$GLOBALS['t']->message = null;
		$junk = [];
		for ($i = 0; $i < 20; $i++) {
			$junk[] = new Message();
		}
		return array_map('ord', str_split("abc" . $this->salt));
	}
}
check("006 build(), packContent() drops its own message", function () {
	$GLOBALS['t'] = $t = AccessToken::init(ID, CERT, "ch", 1);
	$m = new DropsItselfMessage();
	$m->salt = 42;
	$t->message = $m;
	unset($m);
	$token = $t->build();
	return strlen($token) > 3 ? "built" : "empty";
});

class TakesTheNextKey extends ServiceRtm
{
	function __destruct()
	{
		$GLOBALS['p']->services = [PHP_INT_MAX => 'x'];
	}
}
check("parse() into an array whose next key is taken", function () {
	$token = RtcTokenBuilder2::buildTokenWithUid(ID, CERT, "ch", 5, 1, 600, 600);
	$GLOBALS['p'] = $p = new AccessToken2();
	$p->services = [new TakesTheNextKey("u")];
	return var_export($p->parse($token), true);
});
echo "services after it: ", json_encode(array_keys($GLOBALS['p']->services)), "\n";
?>
--EXPECT--
006 build(), the handler drops the message: the object packs as 1, as PHP converts it
Service::pack(), the handler drops $privileges: 0100030001000100000002000500000003000600000002006368010031
  (handler: Implicit conversion from float 1.5 to int loses precision)
006 addPrivilege() with a float key, the handler drops the message: Error: AccessToken::$message must be a Message to add a privilege to it, null given
006 addPrivilege() over a value whose destructor drops the message: NULL
ServiceRtm2::pack(), a resource's __toString() drops the list it is in: 0800010001000a00000001007501000000010000000400010078010061010062010063
006 build(), packContent() drops its own message: built
parse() into an array whose next key is taken: Error: Cannot add element to the array as the next element is already occupied
services after it: [9223372036854775807]
