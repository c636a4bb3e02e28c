--TEST--
AccessToken2::verifySignature: the SPEC 5 table (parse state, certificate case, public issueTs/salt, raw signed bytes)
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Expected: output of the official AccessToken2 (HEAD), except that
 * verifySignature(null) is false without the strlen() deprecation (no
 * deprecation from our code).
 */
$appId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
$cert = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
$b = new AccessToken2($appId, $cert, 600);
$b->issueTs = 1700000000;
$b->salt = 12345678;
$s = new ServiceRtc('room1', 2882341273);
$s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
$b->addService($s);
$token = $b->build();
echo $token, "\n";

function fresh($token) {
    $t = new AccessToken2();
    $t->parse($token);
    return $t;
}
function row($label, $v) {
    echo str_pad($label, 42), ': ', var_export($v, true), "\n";
}

row('before any parse', (new AccessToken2($appId, $cert))->verifySignature($cert));
row('object that was only built', $b->verifySignature($cert));
row('correct certificate', fresh($token)->verifySignature($cert));
row('wrong certificate (32 hex)', fresh($token)->verifySignature('00000000000000000000000000000000'));
row('"invalid"', fresh($token)->verifySignature('invalid'));
row('null certificate', fresh($token)->verifySignature(null));
row('certificate in upper case', fresh($token)->verifySignature(strtoupper($cert)));
row('certificate + "\n"', fresh($token)->verifySignature($cert . "\n"));
$t = fresh($token); $t->salt = 2;
row('after $t->salt = 2', $t->verifySignature($cert));
$t = fresh($token); $t->issueTs = 1700000001;
row('after $t->issueTs + 1', $t->verifySignature($cert));
$t = fresh($token); $t->issueTs = '1700000000';
row('after $t->issueTs = "1700000000"', $t->verifySignature($cert));
$t = fresh($token); $t->salt = 12345678 + 4294967296;
row('after $t->salt += 2^32', $t->verifySignature($cert));
$t = fresh($token); $t->services = [];
row('after $t->services = []', $t->verifySignature($cert));
$t = fresh($token); $t->expire = 1;
row('after $t->expire = 1', $t->verifySignature($cert));
$t = fresh($token); $t->appId = 'ffffffffffffffffffffffffffffffff';
row('after $t->appId = another valid id', $t->verifySignature($cert));
$t = fresh($token); $t->appId = 'not-an-app-id';
row('after $t->appId = invalid id', $t->verifySignature($cert));
$t = fresh($token); $t->appCert = 'ffffffffffffffffffffffffffffffff';
row('after $t->appCert changed (ignored)', $t->verifySignature($cert));
$t = fresh($token); $t->parse('006abc');
row('after a second parse that failed', $t->verifySignature($cert));
$t = fresh($token);
row('verify twice (1)', $t->verifySignature($cert));
row('verify twice (2)', $t->verifySignature($cert));
row('method name in lower case', fresh($token)->verifysignature($cert));
?>
--EXPECT--
007eJxTYDicvn5eZk3SNa0F31cuVd5x4POKi99OKjh6Zyy+fosryeyEAkOiYZJRsnGKSappmpmBuaGFkaVxokmSabJZinmqRZqlAcPH4NQIJgYGv8Q9DIxQCOKzMhTl5+cacjEYWVgYGZsYGpkbAwCIyyMR
before any parse                          : false
object that was only built                : false
correct certificate                       : true
wrong certificate (32 hex)                : false
"invalid"                                 : false
null certificate                          : false
certificate in upper case                 : false
certificate + "\n"                        : false
after $t->salt = 2                        : false
after $t->issueTs + 1                     : false
after $t->issueTs = "1700000000"          : true
after $t->salt += 2^32                    : true
after $t->services = []                   : true
after $t->expire = 1                      : true
after $t->appId = another valid id        : true
after $t->appId = invalid id              : false
after $t->appCert changed (ignored)       : true
after a second parse that failed          : false
verify twice (1)                          : true
verify twice (2)                          : true
method name in lower case                 : true
