--TEST--
AccessToken2::getServices: services of one type in list order, compared with loose ==, on built and parsed tokens
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official AccessToken2 (HEAD) for the same script. */
function describe(array $list) {
    $out = [];
    foreach ($list as $i => $s) {
        $out[] = "$i:" . get_class($s) . '(' . ($s->channelName ?? $s->userId ?? '') . ')';
    }
    return '[' . implode(' ', $out) . ']';
}
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
$rtm = new ServiceRtm('user-a');   $rtm->addPrivilege(ServiceRtm::PRIVILEGE_LOGIN, 600);
$rtc1 = new ServiceRtc('room1', 7); $rtc1->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
$chat = new ServiceChat('user-b'); $chat->addPrivilege(ServiceChat::PRIVILEGE_USER, 600);
$rtc2 = new ServiceRtc('room2', 8); $rtc2->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
foreach ([$rtm, $rtc1, $chat, $rtc2] as $s) {
    $t->addService($s);
}
foreach ([1, '1', 1.0, ' 1', '1abc', 2, 5, 9, 0, null, true, false, 'abc'] as $type) {
    echo str_pad(var_export($type, true), 7), ' => ', describe($t->getServices($type)), "\n";
}
var_dump($t->getServices(1)[0] === $rtc1);
$token = $t->build();
echo $token, "\n";
$p = new AccessToken2();
var_dump($p->parse($token));
foreach ([1, '2', 5, 3] as $type) {
    echo var_export($type, true), ' => ', describe($p->getServices($type)), "\n";
}
var_dump((new AccessToken2())->getServices(1));
?>
--EXPECT--
1       => [0:ServiceRtc(room1) 1:ServiceRtc(room2)]
'1'     => [0:ServiceRtc(room1) 1:ServiceRtc(room2)]
1.0     => [0:ServiceRtc(room1) 1:ServiceRtc(room2)]
' 1'    => [0:ServiceRtc(room1) 1:ServiceRtc(room2)]
'1abc'  => []
2       => [0:ServiceRtm(user-a)]
5       => [0:ServiceChat(user-b)]
9       => []
0       => []
NULL    => []
true    => [0:ServiceRtm(user-a) 1:ServiceRtc(room1) 2:ServiceChat(user-b) 3:ServiceRtc(room2)]
false   => []
'abc'   => []
bool(true)
007eJxTYGh9fO6FyA+Z3v8f/54W3SZxMHjPg/rAfUrOHVM5rq6dVH1LgSHRMMko2TjFJNU0zczA3NDCyNI40STJNNksxTzVIs3SgOFjcGoEEwODX+IeBhYGRjAE8VkZivLzcw0ZGczRxYwYGSyY4GJsDKXFqUW6iazoIkkAj1Apjg==
bool(true)
1 => [0:ServiceRtc(room1) 1:ServiceRtc(room2)]
'2' => [0:ServiceRtm(user-a)]
5 => [0:ServiceChat(user-b)]
3 => []
array(0) {
}
