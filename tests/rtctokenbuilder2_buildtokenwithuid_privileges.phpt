--TEST--
RtcTokenBuilder2::buildTokenWithUid(): publisher and subscriber privileges, the default privilege expire, int and string uids
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


// Bug report 1: six arguments leave $privilegeExpire at its default, 0, for every privilege.
bl_run('6 args, publisher', 42, fn() => RtcTokenBuilder2::buildTokenWithUid($A, $C, "room1", 2882341273, 1, 3600));
bl_run('7 args, publisher', 42, fn() => RtcTokenBuilder2::buildTokenWithUid($A, $C, "room1", 2882341273, 1, 3600, 600));
bl_run('subscriber', 43, fn() => RtcTokenBuilder2::buildTokenWithUid($A, $C, "room1", 2882341273, RtcTokenBuilder2::ROLE_SUBSCRIBER, 3600, 600));
bl_run('uid int 0 packs as "0"', 44, fn() => RtcTokenBuilder2::buildTokenWithUid($A, $C, "room1", 0, 1, 3600));
// A debug PHP makes extra arguments to an internal method fatal: there the call goes without them.
bl_run('extra arguments are ignored', 45, fn() => RtcTokenBuilder2::buildTokenWithUid($A, $C, "room1", 7, 1, 3600, 600, ...(PHP_DEBUG ? [] : ["extra", 99])));
bl_run('invalid appId gives ""', 46, fn() => RtcTokenBuilder2::buildTokenWithUid("not-an-app-id", $C, "room1", 7, 1, 3600));

// Bug report 3: an int uid and the same uid as a string give the same token.
[$x, $y] = bl_same_second(47,
	fn() => RtcTokenBuilder2::buildTokenWithUid($A, $C, "room1", 2882341273, 1, 3600),
	fn() => RtcTokenBuilder2::buildTokenWithUid($A, $C, "room1", "2882341273", 1, 3600));
echo 'int and string uid: ', $x === $y ? 'identical' : 'DIFFERENT', "\n";
bl_call(42, fn() => RtcTokenBuilder2::buildTokenWithUid($A, $C, "r", 1, 1, 1));
echo 'next mt_rand after a build (one AccessToken2 draw): ', mt_rand(), "\n";
?>
--EXPECT--
6 args, publisher
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 8637559
  service 1: privileges [1=>0, 2=>0, 3=>0, 4=>0], fields ["room1","2882341273"]
  signature: valid
7 args, publisher
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 8637559
  service 1: privileges [1=>600, 2=>600, 3=>600, 4=>600], fields ["room1","2882341273"]
  signature: valid
subscriber
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 94155593
  service 1: privileges [1=>600], fields ["room1","2882341273"]
  signature: valid
uid int 0 packs as "0"
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 85619768
  service 1: privileges [1=>0, 2=>0, 3=>0, 4=>0], fields ["room1","0"]
  signature: valid
extra arguments are ignored
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 7974060
  service 1: privileges [1=>600, 2=>600, 3=>600, 4=>600], fields ["room1","7"]
  signature: valid
invalid appId gives ""
token: ""
int and string uid: identical
next mt_rand after a build (one AccessToken2 draw): 1710563033
