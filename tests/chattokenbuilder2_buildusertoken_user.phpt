--TEST--
ChatTokenBuilder2::buildUserToken(): chat privilege 1 (user) and the user id
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


// Bug report 4, user token.
bl_run('user', 800, fn() => ChatTokenBuilder2::buildUserToken($A, $C, "user1", 3600));
bl_run('int user id', 801, fn() => ChatTokenBuilder2::buildUserToken($A, $C, 2882341273, 600));
?>
--EXPECT--
user
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 49519187
  service 5: privileges [1=>3600], fields ["user1"]
  signature: valid
int user id
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 600, salt 83109416
  service 5: privileges [1=>600], fields ["2882341273"]
  signature: valid
