--TEST--
RtcTokenBuilder2::buildTokenWithUserAccount(): loose role comparison and absolute timestamps packed as given
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


foreach ([1, "1", 1.0, true, 2, "2", 3, 0, null, "publisher"] as $i => $role) {
	bl_run('role ' . var_export($role, true), 100 + $i, fn() => RtcTokenBuilder2::buildTokenWithUserAccount($A, $C, "room1", "alice", $role, 3600, 60));
}
// Bug report 2: an absolute timestamp is packed as given (007 values are durations, so it is the caller's mistake, kept).
bl_run('absolute timestamp', 120, fn() => RtcTokenBuilder2::buildTokenWithUserAccount($A, $C, "room1", "alice", 1, 1700003600, 1700003600));
bl_run('numeric strings and floats', 121, fn() => RtcTokenBuilder2::buildTokenWithUserAccount($A, $C, 12345, 1.5, 1, "600", 600.9));
bl_run('wrapping values', 122, fn() => RtcTokenBuilder2::buildTokenWithUserAccount($A, $C, "ch", -1, 1, -1, 4294967296 + 600));
?>
--EXPECT--
role 1
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 33906464
  service 1: privileges [1=>60, 2=>60, 3=>60, 4=>60], fields ["room1","alice"]
  signature: valid
role '1'
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 17915254
  service 1: privileges [1=>60, 2=>60, 3=>60, 4=>60], fields ["room1","alice"]
  signature: valid
role 1.0
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 67022874
  service 1: privileges [1=>60, 2=>60, 3=>60, 4=>60], fields ["room1","alice"]
  signature: valid
role true
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 55903514
  service 1: privileges [1=>60, 2=>60, 3=>60, 4=>60], fields ["room1","alice"]
  signature: valid
role 2
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 35314252
  service 1: privileges [1=>60], fields ["room1","alice"]
  signature: valid
role '2'
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 59660228
  service 1: privileges [1=>60], fields ["room1","alice"]
  signature: valid
role 3
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 36785519
  service 1: privileges [1=>60], fields ["room1","alice"]
  signature: valid
role 0
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 98812485
  service 1: privileges [1=>60], fields ["room1","alice"]
  signature: valid
role NULL
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 3352174
  service 1: privileges [1=>60], fields ["room1","alice"]
  signature: valid
role 'publisher'
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 26202913
  service 1: privileges [1=>60], fields ["room1","alice"]
  signature: valid
absolute timestamp
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 1700003600, salt 11796933
  service 1: privileges [1=>1700003600, 2=>1700003600, 3=>1700003600, 4=>1700003600], fields ["room1","alice"]
  signature: valid
numeric strings and floats
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 600, salt 78162247
  service 1: privileges [1=>600, 2=>600, 3=>600, 4=>600], fields ["12345","1.5"]
  signature: valid
wrapping values
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 4294967295, salt 74274806
  service 1: privileges [1=>600, 2=>600, 3=>600, 4=>600], fields ["ch","-1"]
  signature: valid
