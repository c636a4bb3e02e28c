--TEST--
ChatTokenBuilder2::buildAppToken(): chat privilege 2 (app) and an empty user id
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


// Bug report 4, app token.
bl_run('app', 900, fn() => ChatTokenBuilder2::buildAppToken($A, $C, 3600));
// A debug PHP makes extra arguments to an internal method fatal: there the call goes without them.
bl_run('extra arguments', 901, fn() => ChatTokenBuilder2::buildAppToken($A, $C, 3600, ...(PHP_DEBUG ? [] : ["ignored"])));
?>
--EXPECT--
app
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 60586409
  service 5: privileges [2=>3600], fields [""]
  signature: valid
extra arguments
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 83574362
  service 5: privileges [2=>3600], fields [""]
  signature: valid
