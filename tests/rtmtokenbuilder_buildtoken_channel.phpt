--TEST--
RtmTokenBuilder (006)::buildToken(): the user account in the channel field, uid empty, privilege 1000
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


// Bug report 6.
bl_run('user1', 1700, fn() => RtmTokenBuilder::buildToken($A, $C, "user1", RtmTokenBuilder::RoleRtmUser, 0), "user1", "");
bl_run('role is ignored', 1701, fn() => RtmTokenBuilder::buildToken($A, $C, "user1", 99, 1700003600), "user1", "");
?>
--EXPECT--
user1
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) 8c518555, crc32(uid) 00000000, salt 8253, ts at the call + 86400
  privileges in packed order [1000=>0]
  crc32 fields match channel "user1" and uid "": yes
  signature: valid
role is ignored
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) 8c518555, crc32(uid) 00000000, salt 45213, ts at the call + 86400
  privileges in packed order [1000=>1700003600]
  crc32 fields match channel "user1" and uid "": yes
  signature: valid
