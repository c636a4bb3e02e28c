--TEST--
EducationTokenBuilder: the three methods give ApaasTokenBuilder's tokens
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


bl_run('room user', 1400, fn() => EducationTokenBuilder::buildRoomUserToken($A, $C, "room1", "user1", 1, 3600));
bl_run('user', 1401, fn() => EducationTokenBuilder::buildUserToken($A, $C, "user1", 3600));
bl_run('app', 1402, fn() => EducationTokenBuilder::buildAppToken($A, $C, 3600));
foreach (['buildRoomUserToken' => ["room1", "user1", 1, 3600], 'buildUserToken' => ["user1", 3600], 'buildAppToken' => [3600]] as $m => $args) {
	[$x, $y] = bl_same_second(1403, fn() => EducationTokenBuilder::$m($A, $C, ...$args), fn() => ApaasTokenBuilder::$m($A, $C, ...$args));
	echo "$m: ", $x === $y ? 'identical' : 'DIFFERENT', "\n";
}
?>
--EXPECT--
room user
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 31461201
  service 2: privileges [1=>3600], fields ["user1"]
  service 5: privileges [1=>3600], fields ["24c9e15e52afc47c225b757e7bee1f9d"]
  service 7: privileges [1=>3600], fields ["room1","user1",1]
  signature: valid
user
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 37960041
  service 7: privileges [2=>3600], fields ["","user1",-1]
  signature: valid
app
token 007: appId a1b2c3d4e5f60718293a4b5c6d7e8f90, issueTs at the call, expire 3600, salt 2410315
  service 7: privileges [3=>3600], fields ["","",-1]
  signature: valid
buildRoomUserToken: identical
buildUserToken: identical
buildAppToken: identical
