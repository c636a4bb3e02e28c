--TEST--
Issue case 5: build() with no service gives "" (also after $services = []), without a warning
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
/* Expected: output of the official AccessToken2 (HEAD) on the same input. */
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
var_dump($t->build());
$s = new ServiceRtc('room1', 0);
$s->addPrivilege(1, 600);
$t->addService($s);
var_dump(strlen($t->build()) > 0);
$t->services = [];
var_dump($t->build());
var_dump((new AccessToken2())->build());
var_dump((new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f'))->build());
?>
--EXPECT--
string(0) ""
bool(true)
string(0) ""
string(0) ""
string(0) ""
