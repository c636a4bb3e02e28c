--TEST--
Service::addPrivilege: keys normalised as PHP array keys, ksort order, repeated keys, and how pack() writes them
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official classes (HEAD) for the same script. */
function show(Service $s) {
    echo str_replace("\n", '', var_export($s->privileges, true)), "\n  ", bin2hex($s->pack()), "\n";
}
$s = new ServiceFpa();
var_dump($s->privileges);
foreach (['"1"' => "1", '"01"' => "01", '"abc"' => "abc", 'null' => null, 'true' => true, 'false' => false,
          '-1' => -1, '70000' => 70000, '4464' => 4464, '" 1"' => " 1", '"-5"' => "-5"] as $label => $k) {
    $one = new ServiceFpa();
    $one->addPrivilege($k, 600);
    echo "key $label: ";
    show($one);
}

$all = new ServiceRtc('c', 'u');
foreach ([3 => 30, "1" => 10, "01" => 11, "abc" => 12, -1 => 13, 70000 => 14, 4464 => 15, 2 => 16] as $k => $v) {
    $all->addPrivilege($k, $v);
}
$all->addPrivilege(null, 17);
$all->addPrivilege(true, 18);  // replaces key 1, keeps its position
echo "all: ";
show($all);

$r = new ServiceRtm('u');
$r->addPrivilege(1, 600);
$r->addPrivilege(1, 700);
$r->addPrivilege(1.0, 800);
echo "repeated: ";
show($r);

var_dump((new ServiceChat())->addPrivilege(1, 2));
try {
    (new ServiceChat())->addPrivilege([1], 600);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
NULL
key "1": array (  1 => 600,)
  04000100010058020000
key "01": array (  '01' => 600,)
  04000100010058020000
key "abc": array (  'abc' => 600,)
  04000100000058020000
key null: array (  '' => 600,)
  04000100000058020000
key true: array (  1 => 600,)
  04000100010058020000
key false: array (  0 => 600,)
  04000100000058020000
key -1: array (  -1 => 600,)
  04000100ffff58020000
key 70000: array (  70000 => 600,)
  04000100701158020000
key 4464: array (  4464 => 600,)
  04000100701158020000
key " 1": array (  ' 1' => 600,)
  04000100010058020000
key "-5": array (  -5 => 600,)
  04000100fbff58020000
all: array (  3 => 30,  1 => 18,  '01' => 11,  'abc' => 12,  -1 => 13,  70000 => 14,  4464 => 15,  2 => 16,  '' => 17,)
  01000900000011000000ffff0d00000001001200000001000b00000002001000000003001e00000070110f00000070110e00000000000c000000010063010075
repeated: array (  1 => 800,)
  02000100010020030000010075
NULL
TypeError: Illegal offset type
