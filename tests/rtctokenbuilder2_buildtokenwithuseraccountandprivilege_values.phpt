--TEST--
RtcTokenBuilder2::buildTokenWithUserAccountAndPrivilege(): each privilege takes its own value
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('account', 300, fn() => RtcTokenBuilder2::buildTokenWithUserAccountAndPrivilege($A, $C, "room1", "alice", 3600, 10, 20, 30, 40));
bl_run('utf-8 account and channel', 301, fn() => RtcTokenBuilder2::buildTokenWithUserAccountAndPrivilege($A, $C, "salle-é", "héllo", 86400, 1, 2, 3, 4));
bl_run('upper-case appId is kept', 302, fn() => RtcTokenBuilder2::buildTokenWithUserAccountAndPrivilege(strtoupper($A), $C, "room1", "alice", 3600, 1, 2, 3, 4));
?>
--EXPECT--
account
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 37556709
  service 1: privileges [1=>10, 2=>20, 3=>30, 4=>40], fields ["room1","alice"]
  signature: valid
utf-8 account and channel
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 86400, salt 48606596
  service 1: privileges [1=>1, 2=>2, 3=>3, 4=>4], fields ["salle-é","héllo"]
  signature: valid
upper-case appId is kept
token 007: appId A1B2C3D4E5F60718293A4B5C6D7E8F90, issueTs at the call, expire 3600, salt 32807034
  service 1: privileges [1=>1, 2=>2, 3=>3, 4=>4], fields ["room1","alice"]
  signature: valid
