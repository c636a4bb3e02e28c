--TEST--
RtcTokenBuilder2::buildTokenWithUidAndPrivilege(): each privilege takes its own value, no role
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('four values', 200, fn() => RtcTokenBuilder2::buildTokenWithUidAndPrivilege($A, $C, "room1", 2882341273, 3600, 100, 200, 300, 400));
bl_run('uid 0', 201, fn() => RtcTokenBuilder2::buildTokenWithUidAndPrivilege($A, $C, "room1", 0, 3600, 0, 0, 0, 0));
bl_run('string values', 202, fn() => RtcTokenBuilder2::buildTokenWithUidAndPrivilege($A, $C, "room1", "42", "3600", "1", "2", "3", "4abc"));
?>
--EXPECT--
four values
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 70049603
  service 1: privileges [1=>100, 2=>200, 3=>300, 4=>400], fields ["room1","2882341273"]
  signature: valid
uid 0
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 89216517
  service 1: privileges [1=>0, 2=>0, 3=>0, 4=>0], fields ["room1","0"]
  signature: valid
string values
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 62958237
  service 1: privileges [1=>1, 2=>2, 3=>3, 4=>4], fields ["room1","42"]
  signature: valid
