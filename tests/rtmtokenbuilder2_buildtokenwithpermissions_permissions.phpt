--TEST--
RtmTokenBuilder2::buildTokenWithPermissions(): RTM2 service with its permissions, or none for null
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


$p = new Rtm2Permissions();
$p->add(Rtm2Permissions::USERS, Rtm2Permissions::READ, ["user-a"]);
$p->add(Rtm2Permissions::MESSAGE_CHANNELS, Rtm2Permissions::WRITE, ["ch-b", "ch-a"]);
$p->add(Rtm2Permissions::MESSAGE_CHANNELS, Rtm2Permissions::READ, ["ch-*"]);
bl_run('permissions', 700, fn() => RtmTokenBuilder2::buildTokenWithPermissions($A, $C, "alice", $p, 3600));
bl_run('null permissions', 701, fn() => RtmTokenBuilder2::buildTokenWithPermissions($A, $C, "alice", null, 3600));
?>
--EXPECT--
permissions
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 72361534
  service 8: privileges [1=>3600], fields ["alice"], permissions [[0,0,["ch-*"]],[0,1,["ch-b","ch-a"]],[4,0,["user-a"]]]
  signature: valid
null permissions
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 16015596
  service 8: privileges [1=>3600], fields ["alice"], permissions []
  signature: valid
