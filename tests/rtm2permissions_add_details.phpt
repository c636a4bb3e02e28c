--TEST--
Rtm2Permissions::add and ServiceRtm2::pack: array_values() of the resources, replacement, numeric ordering of resource and permission types
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official classes (HEAD) for the same script. */
$p = new Rtm2Permissions();
var_dump($p->details);
var_dump($p->add(Rtm2Permissions::USERS, Rtm2Permissions::WRITE, ['b' => 'user-b', 'a' => 'user-a']));
$p->add(Rtm2Permissions::USERS, Rtm2Permissions::READ, [5 => 'r']);
$p->add(Rtm2Permissions::MESSAGE_CHANNELS, Rtm2Permissions::READ, ['m1', 'm2']);
$p->add(Rtm2Permissions::MESSAGE_CHANNELS, Rtm2Permissions::READ, ['m3']);   // replaces
$p->add(Rtm2Permissions::GROUP_CHANNELS, Rtm2Permissions::WRITE, []);
$p->add('3', '1', ['sg']);
echo str_replace("\n", ' ', var_export($p->details, true)), "\n";
$s = new ServiceRtm2('user-x', $p);
$s->addPrivilege(ServiceRtm2::PRIVILEGE_LOGIN, 600);
echo bin2hex($s->pack()), "\n";
var_dump($s->permissions === $p);
$d = new ServiceRtm2();
var_dump(get_class($d->permissions), $d->permissions->details, $d->userId);
$d->addPrivilege(1, 1);
echo bin2hex($d->pack()), "\n";
$e = new ServiceRtm2('u', null);
var_dump($e->permissions instanceof Rtm2Permissions);
try {
    $p->add(1, 1, 'not-an-array');
} catch (TypeError $ex) {
    preg_match('/(\w+) given/', $ex->getMessage(), $m);
    echo get_class($ex), ' (', $m[0] ?? '?', ")\n";
}
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
$t->addService($s);
$tok = $t->build();
echo $tok, "\n";
$q = new AccessToken2();
var_dump($q->parse($tok));
echo str_replace("\n", ' ', var_export($q->services[0]->permissions->details, true)), "\n";
?>
--EXPECT--
array(0) {
}
NULL
array (   4 =>    array (     1 =>      array (       0 => 'user-b',       1 => 'user-a',     ),     0 =>      array (       0 => 'r',     ),   ),   0 =>    array (     0 =>      array (       0 => 'm3',     ),   ),   2 =>    array (     1 =>      array (     ),   ),   3 =>    array (     1 =>      array (       0 => 'sg',     ),   ), )
080001000100580200000600757365722d780400000001000000010002006d3302000100010000000300010001000100020073670400020000000100010072010002000600757365722d620600757365722d61
bool(true)
string(15) "Rtm2Permissions"
array(0) {
}
string(0) ""
0800010001000100000000000000
bool(true)
TypeError (string given)
007eJxTYNC+672vccXKtqNv5vYuvvQ20yD2mG0gywvuokVdtZ8XqXoqMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwMjAAcSMDCA+G0NpcWqRbgUrAwNQBISZGHKNQSwmsBoGBmYwDRIvTmcBkgxgXhFIAKo5CUonAgDcbCb7
bool(true)
array (   0 =>    array (     0 =>      array (       0 => 'm3',     ),   ),   2 =>    array (     1 =>      array (     ),   ),   3 =>    array (     1 =>      array (       0 => 'sg',     ),   ),   4 =>    array (     0 =>      array (       0 => 'r',     ),     1 =>      array (       0 => 'user-b',       1 => 'user-a',     ),   ), )
