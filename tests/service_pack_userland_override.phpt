--TEST--
Userland subclasses: build() calls pack() and getServiceType() as methods, so overrides change the bytes and the order
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official classes (HEAD) for the same script. */
function tok(array $services, $class = 'AccessToken2') {
    $t = new $class('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    foreach ($services as $s) {
        $t->addService($s);
    }
    return $t->build();
}
function content($token) {
    return bin2hex(substr(zlib_decode(base64_decode(substr($token, 3))), 80));
}
function rtc($ch = 'room1') {
    $s = new ServiceRtc($ch, 1);
    $s->addPrivilege(1, 600);
    return $s;
}

class TaggedRtc extends ServiceRtc
{
    public function pack()
    {
        return parent::pack() . 'XY';
    }
}
class UnknownService extends Service   // as in the official AccessToken2Test
{
    public function __construct()
    {
        parent::__construct(99);
    }
    public function pack()
    {
        return parent::pack() . Util::packString('extra');
    }
}
class FirstRtm extends ServiceRtm
{
    public function getServiceType()
    {
        return 0;   // sorted first, still packs type 2
    }
}
class RawPack extends Service
{
    public function pack()
    {
        return "\x09\x00\x00\x00";   // ignores type and privileges entirely
    }
}

$plain = rtc();
$tagged = new TaggedRtc('room1', 1);
$tagged->addPrivilege(1, 600);
echo "plain  ", content(tok([$plain])), "\n";
echo "tagged ", content(tok([$tagged])), "\n";
echo tok([$tagged]), "\n";

$u = new UnknownService();
$u->addPrivilege(1, 600);
echo "unknown ", content(tok([$u, rtc()])), "\n";

$rtm = new FirstRtm('user');
$rtm->addPrivilege(1, 600);
echo "rtm typed 0 ", content(tok([rtc(), $rtm])), "\n";
$plainRtm = new ServiceRtm('user');
$plainRtm->addPrivilege(1, 600);
echo "rtm plain   ", content(tok([rtc(), $plainRtm])), "\n";

echo "raw ", content(tok([new RawPack(5), rtc()])), "\n";

// a service whose type property is changed: pack() writes the property, sorting uses getServiceType()
$odd = rtc('odd');
$odd->type = 300;
echo "type 300 ", content(tok([$odd, $plainRtm])), "\n";

// base class used directly
$base = new Service(3);
$base->addPrivilege(2, 5);
echo "base ", content(tok([$base])), "\n";
echo "base pack ", bin2hex($base->pack()), ", type ", var_export($base->getServiceType(), true), "\n";

// overriding getSign changes the key build() signs with
class FixedKeyToken extends AccessToken2
{
    public function getSign($appCertificate = null)
    {
        return str_repeat("\x01", 32);
    }
}
$a = tok([rtc()]);
$b = tok([rtc()], 'FixedKeyToken');
echo $a, "\n", $b, "\n";
var_dump(substr(content($a), 0) === substr(content($b), 0));
$p = new FixedKeyToken();
var_dump($p->parse($b), $p->verifySignature('f0e1d2c3b4a5968778695a4b3c2d1e0f'));
$p = new AccessToken2();
var_dump($p->parse($b), $p->verifySignature('f0e1d2c3b4a5968778695a4b3c2d1e0f'));
?>
--EXPECT--
plain  0100010001000100580200000500726f6f6d31010031
tagged 0100010001000100580200000500726f6f6d310100315859
007eJxTYFhVKhX+W9Ge8+Wbs4rNKZNPHjq+QNRX58In5d7su0fdP11VYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPgYnBrBxMDgl7iHgREKQXxWhqL8/FxDRgbDiEgAJjYg5Q==
unknown 0200010001000100580200000500726f6f6d310100316300010001005802000005006578747261
rtm typed 0 020002000100010058020000040075736572010001000100580200000500726f6f6d31010031
rtm plain   0200010001000100580200000500726f6f6d3101003102000100010058020000040075736572
raw 0200010001000100580200000500726f6f6d3101003109000000
type 300 0200020001000100580200000400757365722c01010001005802000003006f6464010031
base 010003000100020005000000
base pack 03000100020005000000, type 3
007eJxTYFj7Ya6LxToZV+924ck9mz+dmciSvebrMuk1i9QPdZ8RSnFTYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPgYnBrBxMDgl7iHgREKQXxWhqL8/FxDRgZDAIniHtw=
007eJxTYMi4r3dIKkmC/ZaFT3T30ZKJ6zLKLgW4fXC2SMzwOXcp+7YCQ6JhklGycYpJqmmamYG5oYWRpXGiSZJpslmKeapFmqUBw8fg1AgmBga/xD0MjFAI4rMyFOXn5xoyMhgCADzwHjA=
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
