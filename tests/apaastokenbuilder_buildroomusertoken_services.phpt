--TEST--
ApaasTokenBuilder::buildRoomUserToken(): APaaS, RTM and Chat with the md5 of the user, sorted by type
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


// Bug report 5: added as APaaS, RTM, Chat; packed as 2, 5, 7.
bl_run('room user', 1100, fn() => ApaasTokenBuilder::buildRoomUserToken($A, $C, "room1", "user1", 1, 3600));
echo 'md5 of "user1": ', md5("user1"), "\n";
bl_run('int user uuid', 1101, fn() => ApaasTokenBuilder::buildRoomUserToken($A, $C, "room1", 2882341273, 2, 600));
bl_run('role 70000', 1102, fn() => ApaasTokenBuilder::buildRoomUserToken($A, $C, "r", "u", 70000, 1));
?>
--EXPECT--
room user
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 40638094
  service 2: privileges [1=>3600], fields ["user1"]
  service 5: privileges [1=>3600], fields ["24c9e15e52afc47c225b757e7bee1f9d"]
  service 7: privileges [1=>3600], fields ["room1","user1",1]
  signature: valid
md5 of "user1": 24c9e15e52afc47c225b757e7bee1f9d
int user uuid
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 600, salt 69496962
  service 2: privileges [1=>600], fields ["2882341273"]
  service 5: privileges [1=>600], fields ["6063383428a36fba3fb6030becf8094e"]
  service 7: privileges [1=>600], fields ["room1","2882341273",2]
  signature: valid
role 70000
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 1, salt 10778939
  service 2: privileges [1=>1], fields ["u"]
  service 5: privileges [1=>1], fields ["7b774effe4a349c6dd82ad4f4f21d34c"]
  service 7: privileges [1=>1], fields ["r","u",4464]
  signature: valid
