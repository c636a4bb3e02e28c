--TEST--
AccessToken (006)::initWithToken() and extract() read back appId and message; addPrivilege() chains
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


mt_srand(1800);
$t = AccessToken::init($A, $C, "room1", 2882341273);
var_dump($t->addPrivilege(AccessToken::Privileges["kJoinChannel"], 1700003600) === $t);
$t->addPrivilege(AccessToken::Privileges["kPublishVideoStream"], 5)->addPrivilege("2", 6)->addPrivilege(1, 7);
$t->message->ts = 1111111;
$token = $t->build();
echo $token, "\n";
$u = AccessToken::initWithToken($token, $C, "room1", 2882341273);
var_dump($u->appID, $u->appCertificate === $C, $u->channelName, $u->uid, $u->message);
var_dump($u->build() === $token);
$v = new AccessToken();
var_dump($v->extract($token, $C, "other", 0), $v->uid, $v->channelName, $v->message->privileges);
echo 'next mt_rand: ', mt_rand(), "\n";
?>
--EXPECT--
bool(true)
006a1b2c3d4e5f60718293a4b5c6d7e8f90IAAuC8r/50TzMFdKqwjHyvpY69i/i6vQSeYq0/WI1HjKLyo6c+RXoFHlHACPlAAAR/QQAAMAAQAHAAAAAwAFAAAAAgAGAAAA
string(32) "a1b2c3d4e5f60718293a4b5c6d7e8f90"
bool(true)
string(5) "room1"
string(10) "2882341273"
object(Message)#5 (3) {
  ["salt"]=>
  int(38031)
  ["ts"]=>
  int(1111111)
  ["privileges"]=>
  array(3) {
    [1]=>
    int(7)
    [3]=>
    int(5)
    [2]=>
    int(6)
  }
}
bool(true)
bool(true)
string(0) ""
string(5) "other"
array(3) {
  [1]=>
  int(7)
  [3]=>
  int(5)
  [2]=>
  int(6)
}
next mt_rand: 47993691
