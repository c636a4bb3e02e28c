--TEST--
AccessToken2::__construct: defaults, issueTs = time(), and exactly one rand(1, 99999999) draw per object (parser objects too)
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official AccessToken2 (HEAD) for the same script. */
mt_srand(42);
$salts = [];
for ($i = 0; $i < 3; $i++) {
    $salts[] = (new AccessToken2())->salt;
}
echo implode(' ', $salts), "\n";
mt_srand(42);
$a = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f');
$b = new AccessToken2();
$b->parse('007garbage');
echo $a->salt, ' ', mt_rand(1, 99999999), "\n";
mt_srand(42, MT_RAND_PHP);
echo (new AccessToken2())->salt, "\n";
mt_srand(1234);
echo (new AccessToken2())->salt, ' ', rand(1, 99999999), "\n";

$before = time();
$t = new AccessToken2();
$after = time();
var_dump(is_int($t->issueTs) && $t->issueTs >= $before && $t->issueTs <= $after);
var_dump(is_int($t->salt) && $t->salt >= 1 && $t->salt <= 99999999);
var_dump($t->appId, $t->appCert, $t->expire, $t->services);
$u = new AccessToken2(null, 5, '600');
var_dump($u->appId, $u->appCert, $u->expire);
?>
--EXPECT--
8637559 21126102 83286917
8637559 83286917
63071004
22569784 37449193
bool(true)
bool(true)
string(0) ""
string(0) ""
int(900)
array(0) {
}
NULL
int(5)
string(3) "600"
