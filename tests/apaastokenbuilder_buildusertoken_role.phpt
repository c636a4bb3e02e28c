--TEST--
ApaasTokenBuilder::buildUserToken(): empty room, the default role -1 packed as ff ff
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


// Bug report 5: role -1.
$t = bl_run('user', 1200, fn() => ApaasTokenBuilder::buildUserToken($A, $C, "user1", 3600));
echo 'last two bytes: ', bin2hex(substr(bl_decode007($t)['content'], -2)), "\n";
?>
--EXPECT--
user
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 13572716
  service 7: privileges [2=>3600], fields ["","user1",-1]
  signature: valid
last two bytes: ffff
