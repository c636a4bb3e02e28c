--TEST--
Extra trailing arguments are ignored as a userland method ignores them; missing required ones raise ArgumentCountError
--EXTENSIONS--
agora_token
--SKIPIF--
<?php
// A debug PHP makes extra arguments to an internal method a fatal "Arginfo / zpp mismatch".
if (PHP_DEBUG) die('skip release PHP only: a debug PHP does not let internal methods take extra arguments');
?>
--FILE--
<?php
/*
 * Expected: the official classes (HEAD) accept extra arguments (SPEC 7.4).
 * Too few arguments: both raise ArgumentCountError; only the class is checked
 * (the official message names the userland file).
 */
$s = new ServiceRtc('room1', 1, 'extra', 'more');
var_dump($s->addPrivilege(1, 600, 'extra'));
echo bin2hex($s->pack('extra')), "\n";
var_dump($s->getServiceType('extra'));
echo bin2hex(Util::packUint16(1, 2)), ' ', bin2hex(Util::packString('ab', 'cd')), "\n";
var_dump(AccessToken2::getVersion('x'), AccessToken2::isUUid('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'x'));
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600, 'extra');
$t->issueTs = 1700000000;
$t->salt = 12345678;
$t->addService($s, 'extra');
echo $t->build('extra'), "\n";
$p = new Rtm2Permissions();
$p->add(0, 0, ['a'], 'extra');
echo count($p->details), "\n";
foreach ([fn() => new Service(), fn() => $s->addPrivilege(1), fn() => Util::packUint16(),
          fn() => (new AccessToken2())->parse(), fn() => (new AccessToken2())->verifySignature(),
          fn() => (new AccessToken2())->getServices(), fn() => (new AccessToken2())->addService(),
          fn() => $p->add(1, 2), fn() => AccessToken2::isUUid()] as $i => $f) {
    try {
        $f();
        echo "$i: no error\n";
    } catch (ArgumentCountError $e) {
        echo "$i: ", get_class($e), "\n";
    }
}
?>
--EXPECT--
NULL
010001000100580200000500726f6f6d31010031
int(1)
0100 02006162
string(3) "007"
bool(true)
007eJxTYFj7Ya6LxToZV+924ck9mz+dmciSvebrMuk1i9QPdZ8RSnFTYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPgYnBrBxMDgl7iHgREKQXxWhqL8/FxDRgZDAIniHtw=
1
0: ArgumentCountError
1: ArgumentCountError
2: ArgumentCountError
3: ArgumentCountError
4: ArgumentCountError
5: ArgumentCountError
6: ArgumentCountError
7: ArgumentCountError
8: ArgumentCountError
