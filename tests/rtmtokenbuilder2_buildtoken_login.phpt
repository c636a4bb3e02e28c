--TEST--
RtmTokenBuilder2::buildToken(): RTM login privilege = expire
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('user', 600, fn() => RtmTokenBuilder2::buildToken($A, $C, "alice", 3600));
bl_run('int user 0', 601, fn() => RtmTokenBuilder2::buildToken($A, $C, 0, 3600));
bl_run('invalid certificate', 602, fn() => RtmTokenBuilder2::buildToken($A, "short", "alice", 3600));
?>
--EXPECT--
user
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 39016390
  service 2: privileges [1=>3600], fields ["alice"]
  signature: valid
int user 0
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 95312815
  service 2: privileges [1=>3600], fields ["0"]
  signature: valid
invalid certificate
token: ""
