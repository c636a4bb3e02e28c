--TEST--
RtcTokenBuilder2::buildTokenWithRtm(): an RTC and an RTM service, RTM login = token expire
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('publisher', 400, fn() => RtcTokenBuilder2::buildTokenWithRtm($A, $C, "room1", "alice", 1, 3600, 600));
bl_run('subscriber, default privilege expire', 401, fn() => RtcTokenBuilder2::buildTokenWithRtm($A, $C, "room1", 2882341273, 2, 7200));
?>
--EXPECT--
publisher
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 72168825
  service 1: privileges [1=>600, 2=>600, 3=>600, 4=>600], fields ["room1","alice"]
  service 2: privileges [1=>3600], fields ["alice"]
  signature: valid
subscriber, default privilege expire
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 7200, salt 31899916
  service 1: privileges [1=>0], fields ["room1","2882341273"]
  service 2: privileges [1=>7200], fields ["2882341273"]
  signature: valid
