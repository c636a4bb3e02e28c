--TEST--
RtcTokenBuilder (006)::buildTokenWithUserAccount(): roles 0, 1 and 101 publish, loose ==
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


foreach ([0, 1, 101, 2, "1", "101", null, 1.0, "x"] as $i => $role) {
	bl_run('role ' . var_export($role, true), 1600 + $i, fn() => RtcTokenBuilder::buildTokenWithUserAccount($A, $C, "room1", "alice", $role, 1700003600), "room1", "alice");
}
// 006 checks only that appId and certificate are non-empty strings.
$appId = str_repeat("z", 32);
[$token, $before, $after] = bl_call(1620, fn() => RtcTokenBuilder::buildTokenWithUserAccount($appId, "secret", "room1", -5, 1, 2));
echo 'non-hex appId and short certificate: ', substr($token, 0, 35), "\n";
bl_show006($token, $before, $after, "room1", "-5", "secret");
?>
--EXPECT--
role 0
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 77265, ts at the call + 86400
  privileges in packed order [1=>1700003600, 3=>1700003600, 2=>1700003600, 4=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
role 1
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 2614, ts at the call + 86400
  privileges in packed order [1=>1700003600, 3=>1700003600, 2=>1700003600, 4=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
role 101
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 68111, ts at the call + 86400
  privileges in packed order [1=>1700003600, 3=>1700003600, 2=>1700003600, 4=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
role 2
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 42443, ts at the call + 86400
  privileges in packed order [1=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
role '1'
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 39967, ts at the call + 86400
  privileges in packed order [1=>1700003600, 3=>1700003600, 2=>1700003600, 4=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
role '101'
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 58490, ts at the call + 86400
  privileges in packed order [1=>1700003600, 3=>1700003600, 2=>1700003600, 4=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
role NULL
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 63496, ts at the call + 86400
  privileges in packed order [1=>1700003600, 3=>1700003600, 2=>1700003600, 4=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
role 1.0
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 2093, ts at the call + 86400
  privileges in packed order [1=>1700003600, 3=>1700003600, 2=>1700003600, 4=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
role 'x'
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 278ebc47, salt 45446, ts at the call + 86400
  privileges in packed order [1=>1700003600]
  crc32 fields match channel "room1" and uid "alice": yes
  signature: valid
non-hex appId and short certificate: 006zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz
token 006: appId zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz, crc32(channel) e4733a2a, crc32(uid) 37408c33, salt 41010, ts at the call + 86400
  privileges in packed order [1=>2, 3=>2, 2=>2, 4=>2]
  crc32 fields match channel "room1" and uid "-5": yes
  signature: valid
