--TEST--
Array writes release the old value last, typed references are honoured, a __get() answer is released
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2026
agora_token.strict=0
--FILE--
<?php
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

// The replaced value's destructor runs after the new value is stored, as in `$a[$k] = $v`,
// and may drop the very array that was written to.
class DropsPrivileges
{
	function __destruct()
	{
		global $s;
		$s->privileges = null;
		$junk = [];
		for ($i = 0; $i < 30; $i++) {
			$junk[] = str_repeat("q", 50);
		}
	}
}
$s = new ServiceRtc("c", "u");
$s->privileges = [1 => new DropsPrivileges(), 2 => 3];
check("addPrivilege() over a value whose destructor drops \$privileges", function () use ($s) {
	$s->addPrivilege(1, 5);
	return var_export($s->privileges, true);
});

class DropsServices
{
	function __destruct()
	{
		global $t;
		$t->services = null;
		$junk = [];
		for ($i = 0; $i < 30; $i++) {
			$junk[] = str_repeat("q", 50);
		}
	}
}
ini_set('agora_token.compat', '2022');
$t = new AccessToken2();
$t->services = [1 => new DropsServices(), 5 => 1];
check("2022 addService() over it", function () use ($t) {
	$t->addService(new ServiceRtc("c", "u"));
	return var_export($t->services, true);
});
ini_set('agora_token.compat', '2023');
$token = RtcTokenBuilder2::buildTokenWithUid(ID, CERT, "c", 1, 1, 600, 600);
$t = new AccessToken2();
$t->services = [1 => new DropsServices(), 5 => 1];
check("2023 parse() over it", function () use ($t, $token) {
	return var_export($t->parse($token), true) . ", services " . var_export($t->services, true);
});
ini_set('agora_token.compat', '2026');

// An element that is a reference is written through, as `$a[$k] = $v` does.
$s = new ServiceRtc("c", "u");
$kept = 7;
$s->privileges = [1 => &$kept];
$s->addPrivilege(1, 9);
check("addPrivilege() on a reference element", fn () => "\$kept = $kept");

// A property bound by reference to a typed property: the type is checked, as PHP does.
class Typed
{
	public ?int $v = null;
	public false|int $w = false;
	public ?Closure $c = null;
}
$o = new Typed();
$s = new ServiceRtc("c", "u");
$s->privileges = &$o->v;
check("addPrivilege() into a ?int", function () use ($s) {
	$s->addPrivilege(1, 5);
	return "no error";
});
var_dump($o->v);
$t = new AccessToken2();
$t->services = &$o->w;
check("addService() into a false|int", function () use ($t) {
	$t->addService(new ServiceRtc("c", "u"));
	return "no error";
});
var_dump($o->w);
$p = new Rtm2Permissions();
$p->details = &$o->c;
check("Rtm2Permissions::add() into a ?Closure", function () use ($p) {
	$p->add(0, 0, ["x"]);
	return "no error";
});
var_dump($o->c);

// Rtm2Permissions::$details answered by __get(): the answer is released after packing.
class MagicDetails extends Rtm2Permissions
{
	function __get($n)
	{
		return [0 => [0 => [str_repeat("x", 100)]]];
	}
}
$m = new MagicDetails();
unset($m->details);
$s = new ServiceRtm2("u", $m);
$s->addPrivilege(1, 0);
$first = $s->pack();
$before = memory_get_usage();
for ($i = 0; $i < 20000; $i++) {
	$s->pack();
}
$grown = memory_get_usage() - $before;
echo "pack() with __get() details: ", bin2hex($first) === bin2hex($s->pack()) ? "same bytes" : "differs",
	", memory grew ", $grown < 100000 ? "under 100 kB" : "by $grown bytes", "\n";
?>
--EXPECT--
addPrivilege() over a value whose destructor drops $privileges: NULL
2022 addService() over it: NULL
2023 parse() over it: true, services NULL
addPrivilege() on a reference element: $kept = 9
addPrivilege() into a ?int: TypeError: Cannot auto-initialize an array inside a reference held by property Typed::$v of type ?int
NULL
addService() into a false|int: TypeError: Cannot auto-initialize an array inside a reference held by property Typed::$w of type int|false
bool(false)
Rtm2Permissions::add() into a ?Closure: TypeError: Cannot auto-initialize an array inside a reference held by property Typed::$c of type ?Closure
NULL
pack() with __get() details: same bytes, memory grew under 100 kB
