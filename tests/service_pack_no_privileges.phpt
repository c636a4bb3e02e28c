--TEST--
Service::pack and AccessToken2::build with a service that has no privileges: TypeError (privileges is null); privileges = [] packs a count of 0
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Expected: official behaviour (HEAD): ksort(null) throws a TypeError. Our
 * TypeError carries its own, clearer message (product decision), so only the
 * class and the "null given" part are checked.
 */
function err(callable $f) {
    try {
        $r = $f();
        return is_string($r) ? ($r === '' ? "''" : $r) : var_export($r, true);
    } catch (TypeError $e) {
        preg_match('/(\w+) given/', $e->getMessage(), $m);
        return get_class($e) . ' (' . ($m[0] ?? '?') . ')';
    }
}
foreach (['ServiceRtc', 'ServiceRtm', 'ServiceFpa', 'ServiceChat', 'ServiceStreaming', 'ServiceFCdn',
          'ServiceApaas', 'ServiceRtm2'] as $cls) {
    $s = new $cls();
    echo "$cls pack(): ", err(fn() => bin2hex($s->pack())), "\n";
    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    $t->addService($s);
    echo "$cls build(): ", err(fn() => $t->build()), "\n";
}
echo "Service(1) pack(): ", err(fn() => (new Service(1))->pack()), "\n";
$s = new ServiceRtc('room1', 1);
$s->privileges = [];
echo "privileges = []: ", bin2hex($s->pack()), "\n";
$s->privileges = 'abc';
echo "privileges = 'abc': ", err(fn() => $s->pack()), "\n";

// a token where only the second service lacks privileges
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
$ok = new ServiceRtc('room1', 1);
$ok->addPrivilege(1, 600);
$t->addService($ok);
$t->addService(new ServiceRtm('u'));
echo "second without privileges: ", err(fn() => $t->build()), "\n";
// with an invalid app id the check never runs
$t->appId = 'nope';
echo "invalid app id: ", err(fn() => $t->build()), "\n";
?>
--EXPECT--
ServiceRtc pack(): TypeError (null given)
ServiceRtc build(): TypeError (null given)
ServiceRtm pack(): TypeError (null given)
ServiceRtm build(): TypeError (null given)
ServiceFpa pack(): TypeError (null given)
ServiceFpa build(): TypeError (null given)
ServiceChat pack(): TypeError (null given)
ServiceChat build(): TypeError (null given)
ServiceStreaming pack(): TypeError (null given)
ServiceStreaming build(): TypeError (null given)
ServiceFCdn pack(): TypeError (null given)
ServiceFCdn build(): TypeError (null given)
ServiceApaas pack(): TypeError (null given)
ServiceApaas build(): TypeError (null given)
ServiceRtm2 pack(): TypeError (null given)
ServiceRtm2 build(): TypeError (null given)
Service(1) pack(): TypeError (null given)
privileges = []: 010000000500726f6f6d31010031
privileges = 'abc': TypeError (string given)
second without privileges: TypeError (null given)
invalid app id: ''
