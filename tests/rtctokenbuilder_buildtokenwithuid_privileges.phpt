--TEST--
RtcTokenBuilder (006)::buildTokenWithUid(): privileges 1, 3, 2, 4 unsorted, absolute timestamps, uid 0
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('publisher', 1500, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", 2882341273, RtcTokenBuilder::RolePublisher, 1700003600), "room1", "2882341273");
bl_run('subscriber', 1501, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", 2882341273, RtcTokenBuilder::RoleSubscriber, 1700003600), "room1", "2882341273");
// Bug report 2: an absolute timestamp of 100000 is packed as given.
bl_run('expire 100000', 1502, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", 2882341273, 1, 100000), "room1", "2882341273");
// Bug report 7: int 0 means "no uid", the same as "", unlike "0" (and unlike 007).
bl_run('uid int 0', 1503, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", 0, 1, 100000), "room1", "");
bl_run('uid "0"', 1503, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", "0", 1, 100000), "room1", "0");
[$x, $y] = bl_same_second(1504, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", 0, 1, 100000), fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", "", 1, 100000));
echo 'uid 0 and "": ', $x === $y ? 'identical' : 'DIFFERENT', "\n";
[$x, $y] = bl_same_second(1504, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", 0, 1, 100000), fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", "0", 1, 100000));
echo 'uid 0 and "0": ', $x === $y ? 'identical' : 'DIFFERENT', "\n";
// Bug report 3: int and string uid.
[$x, $y] = bl_same_second(1505, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", 2882341273, 1, 100000), fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", "2882341273", 1, 100000));
echo 'int and string uid: ', $x === $y ? 'identical' : 'DIFFERENT', "\n";
bl_call(1506, fn() => RtcTokenBuilder::buildTokenWithUid($A, $C, "room1", 1, 1, 1));
echo 'next mt_rand after a build (two Message draws): ', mt_rand(), "\n";
?>
--EXPECT--
publisher
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) e551a057, salt 44611, ts at the call + 86400
  privileges in packed order [1=>1700003600, 3=>1700003600, 2=>1700003600, 4=>1700003600]
  crc32 fields match channel "room1" and uid "2882341273": yes
  signature: valid
subscriber
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) e551a057, salt 72861, ts at the call + 86400
  privileges in packed order [1=>1700003600]
  crc32 fields match channel "room1" and uid "2882341273": yes
  signature: valid
expire 100000
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) e551a057, salt 26443, ts at the call + 86400
  privileges in packed order [1=>100000, 3=>100000, 2=>100000, 4=>100000]
  crc32 fields match channel "room1" and uid "2882341273": yes
  signature: valid
uid int 0
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) 00000000, salt 29787, ts at the call + 86400
  privileges in packed order [1=>100000, 3=>100000, 2=>100000, 4=>100000]
  crc32 fields match channel "room1" and uid "": yes
  signature: valid
uid "0"
token 006: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, crc32(channel) e4733a2a, crc32(uid) f4dbdf21, salt 29787, ts at the call + 86400
  privileges in packed order [1=>100000, 3=>100000, 2=>100000, 4=>100000]
  crc32 fields match channel "room1" and uid "0": yes
  signature: valid
uid 0 and "": identical
uid 0 and "0": DIFFERENT
int and string uid: identical
next mt_rand after a build (two Message draws): 402529903
