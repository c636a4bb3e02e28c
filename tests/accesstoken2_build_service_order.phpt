--TEST--
Issue case 4: RTM added before RTC packs RTC first (same token as RTC then RTM); two ServiceRtc for two channels are both kept
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official AccessToken2 (HEAD) on the same input. */
function make(array $services) {
    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    foreach ($services as $s) {
        $t->addService($s);
    }
    return $t->build();
}
function rtc($ch) { $s = new ServiceRtc($ch, 0); $s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600); return $s; }
function rtm() { $s = new ServiceRtm('user-1'); $s->addPrivilege(ServiceRtm::PRIVILEGE_LOGIN, 600); return $s; }

$rtmFirst = make([rtm(), rtc('room1')]);
$rtcFirst = make([rtc('room1'), rtm()]);
echo "rtm, rtc: $rtmFirst\n";
echo "rtc, rtm: $rtcFirst\n";
var_dump($rtmFirst === $rtcFirst);
$p = new AccessToken2();
$p->parse($rtmFirst);
echo implode(',', array_map(fn($s) => $s->getServiceType(), $p->services)), "\n";

$two = make([rtc('room1'), rtc('room2')]);
echo "two rtc: $two\n";
$p->parse($two);
echo implode(',', array_map(fn($s) => $s->channelName, $p->services)), "\n";
var_dump($p->verifySignature('f0e1d2c3b4a5968778695a4b3c2d1e0f'));
?>
--EXPECT--
rtm, rtc: 007eJxTYFgm3uW1mf3CncW/5MW/TzR/cneq/dqnDLxzukSc+EVjLtxUYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPgYnBrBxMDgl7iHgYmBEQxBfFaGovz8XENGBgMmuBgbQ2lxapGuIQCU1SDZ
rtc, rtm: 007eJxTYFgm3uW1mf3CncW/5MW/TzR/cneq/dqnDLxzukSc+EVjLtxUYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPgYnBrBxMDgl7iHgYmBEQxBfFaGovz8XENGBgMmuBgbQ2lxapGuIQCU1SDZ
bool(true)
1,2
two rtc: 007eJxTYDh5Oa4y8eNzHuc7bD+PpmZb/JvgWeh/6X2WwL3uM3UsiScUGBINk4ySjVNMUk3TzAzMDS2MLI0TTZJMk81SzFMt0iwNGD4Gp0YwMTD4Je5hYGJgBEMQn5WhKD8/15CRwQBdzAgoBgCfjyLN
room1,room2
bool(true)
