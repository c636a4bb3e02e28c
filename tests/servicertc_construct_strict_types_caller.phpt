--TEST--
A declare(strict_types=1) caller gets the same coercions as a non-strict one (no TypeError for int uids, numeric strings, floats)
--EXTENSIONS--
agora_token
--FILE--
<?php
declare(strict_types=1);
/*
 * Expected: output of the official classes (HEAD) called from this strict
 * file (Util.php has no strict_types declaration, so the official code
 * coerces with the non-strict rules).
 */
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', '600');
$t->issueTs = 1700000000.0;
$t->salt = '12345678';
$rtc = new ServiceRtc(12345, 2882341273);
$rtc->addPrivilege('1', '600');
$rtc->addPrivilege(ServiceRtc::PRIVILEGE_PUBLISH_AUDIO_STREAM, 600.0);
$t->addService($rtc);
$rtm = new ServiceRtm(42);
$rtm->addPrivilege(true, 600);
$t->addService($rtm);
$apaas = new ServiceApaas(1, 2, '1');
$apaas->addPrivilege(1, 600);
$t->addService($apaas);
$token = $t->build();
echo $token, "\n";
echo bin2hex(Util::packString(123)), ' ', bin2hex(Util::packString(1.5)), ' ', bin2hex(Util::packString(true)), "\n";
echo bin2hex(Util::packUint32('600')), ' ', bin2hex(Util::packUint16(1.5)), ' ', bin2hex(Util::packInt16('-1')), "\n";
echo bin2hex(Util::packMapUint32(['1' => '600'])), "\n";
var_dump(AccessToken2::isUUid(12345678901234567890123456789012));
echo bin2hex($t->getSign(12345)), "\n";
$p = new AccessToken2();
var_dump($p->parse($token), $p->verifySignature('f0e1d2c3b4a5968778695a4b3c2d1e0f'));
$str = (string)123;
var_dump(Util::unpackUint16($str));
?>
--EXPECT--
007eJxTYJjxt+2cRNKZ6zW3j/k2Jz/fOstWU+D8Dvnwkwa7WZwm+4koMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwMzAyMAExCA+E5hkZTA0MjYx5WIwsrAAMgyNzI1BCmBKTIzY4TxGBkNGBiNGBgCQ6yHD
0300313233 0300312e35 010031
58020000 0100 ffff
0100010058020000
bool(false)
a4b3c53890497b49be60ca32e3bb86a2c1dbab4f1714225c9254c7282cc3f21d
bool(true)
bool(true)
int(12849)
