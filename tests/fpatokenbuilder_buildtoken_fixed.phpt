--TEST--
FpaTokenBuilder::buildToken(): expire fixed at 86400, login privilege 0
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('fpa', 1000, fn() => FpaTokenBuilder::buildToken($A, $C));
bl_run('invalid appId', 1001, fn() => FpaTokenBuilder::buildToken("", $C));
?>
--EXPECT--
fpa
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 86400, salt 7145936
  service 4: privileges [1=>0], fields []
  signature: valid
invalid appId
token: ""
