--TEST--
ApaasTokenBuilder::buildAppToken(): APaaS app privilege 3, empty room and user, role -1
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('app', 1300, fn() => ApaasTokenBuilder::buildAppToken($A, $C, 3600));
?>
--EXPECT--
app
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 76142536
  service 7: privileges [3=>3600], fields ["","",-1]
  signature: valid
