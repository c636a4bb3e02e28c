--TEST--
AccessToken2: var_dump, (array) cast and serialize show the public properties and the private signature, signingInfo and parsed
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official AccessToken2 (HEAD) for the same script. */
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
var_dump($t);
var_dump(array_map(fn($k) => str_replace("\0", '\0', $k), array_keys((array)$t)));
echo str_replace("\0", '\0', serialize($t)), "\n";

$s = new ServiceRtc('room1', 42);
$s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
$t->addService($s);
$token = $t->build();
echo $token, "\n";

// After a successful parse the private fields hold the signature and the signed bytes.
$p = new AccessToken2();
var_dump($p->parse($token));
foreach ((array)$p as $k => $v) {
    $k = str_replace("\0", '\0', $k);
    if (is_string($v) && ($k === '\0AccessToken2\0signature' || $k === '\0AccessToken2\0signingInfo')) {
        echo "$k => hex ", bin2hex($v), "\n";
    } elseif (is_scalar($v) || $v === null) {
        echo "$k => ", var_export($v, true), "\n";
    } else {
        echo "$k => ", gettype($v), "(", count($v), ")\n";
    }
}
print_r($p->services);
?>
--EXPECT--
object(AccessToken2)#1 (9) {
  ["appCert"]=>
  string(32) "f0e1d2c3b4a5968778695a4b3c2d1e0f"
  ["appId"]=>
  string(32) "a1b2c3d4e5f60718293a4b5c6d7e8f90"
  ["expire"]=>
  int(600)
  ["issueTs"]=>
  int(1700000000)
  ["salt"]=>
  int(12345678)
  ["services"]=>
  array(0) {
  }
  ["signature":"AccessToken2":private]=>
  string(0) ""
  ["signingInfo":"AccessToken2":private]=>
  string(0) ""
  ["parsed":"AccessToken2":private]=>
  bool(false)
}
array(9) {
  [0]=>
  string(7) "appCert"
  [1]=>
  string(5) "appId"
  [2]=>
  string(6) "expire"
  [3]=>
  string(7) "issueTs"
  [4]=>
  string(4) "salt"
  [5]=>
  string(8) "services"
  [6]=>
  string(25) "\0AccessToken2\0signature"
  [7]=>
  string(27) "\0AccessToken2\0signingInfo"
  [8]=>
  string(22) "\0AccessToken2\0parsed"
}
O:12:"AccessToken2":9:{s:7:"appCert";s:32:"f0e1d2c3b4a5968778695a4b3c2d1e0f";s:5:"appId";s:32:"a1b2c3d4e5f60718293a4b5c6d7e8f90";s:6:"expire";i:600;s:7:"issueTs";i:1700000000;s:4:"salt";i:12345678;s:8:"services";a:0:{}s:23:"\0AccessToken2\0signature";s:0:"";s:25:"\0AccessToken2\0signingInfo";s:0:"";s:20:"\0AccessToken2\0parsed";b:0;}
007eJxTYLBzqPCLyHy5OTtDIjH97b2024wsU+QD17+V/3mxKvPpCikFhkTDJKNk4xSTVNM0MwNzQwsjS+NEkyTTZLMU81SLNEsDho/BqRFMDAx+iXsYGKEQxGdlKMrPzzVkYjAxAgBxbx6k
bool(true)
appCert => ''
appId => 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
expire => 600
issueTs => 1700000000
salt => 12345678
services => array(1)
\0AccessToken2\0signature => hex 3e40784e5869e9b36b68186167edde66db0104941f51afed1ff9d17a69e5a81a
\0AccessToken2\0signingInfo => hex 2000613162326333643465356636303731383239336134623563366437653866393000f15365580200004e61bc000100010001000100580200000500726f6f6d3102003432
\0AccessToken2\0parsed => true
Array
(
    [0] => ServiceRtc Object
        (
            [type] => 1
            [privileges] => Array
                (
                    [1] => 600
                )

            [channelName] => room1
            [uid] => 42
        )

)
