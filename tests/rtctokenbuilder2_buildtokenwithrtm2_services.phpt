--TEST--
RtcTokenBuilder2::buildTokenWithRtm2(): RTC privileges by role, RTM with its own user and expire
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('publisher', 500, fn() => RtcTokenBuilder2::buildTokenWithRtm2($A, $C, "room1", "alice", 1, 3600, 10, 20, 30, 40, "rtm-alice", 1800));
bl_run('subscriber', 501, fn() => RtcTokenBuilder2::buildTokenWithRtm2($A, $C, "room1", 2882341273, 2, 3600, 10, 20, 30, 40, 2882341273, 1800));
bl_run('role "1"', 502, fn() => RtcTokenBuilder2::buildTokenWithRtm2($A, $C, "room1", "a", "1", 3600, 1, 2, 3, 4, "b", 5));
?>
--EXPECT--
publisher
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 79330936
  service 1: privileges [1=>10, 2=>20, 3=>30, 4=>40], fields ["room1","alice"]
  service 2: privileges [1=>1800], fields ["rtm-alice"]
  signature: valid
subscriber
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 91313248
  service 1: privileges [1=>10], fields ["room1","2882341273"]
  service 2: privileges [1=>1800], fields ["2882341273"]
  signature: valid
role "1"
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 82446999
  service 1: privileges [1=>1, 2=>2, 3=>3, 4=>4], fields ["room1","a"]
  service 2: privileges [1=>5], fields ["b"]
  signature: valid
