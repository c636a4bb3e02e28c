--TEST--
AccessToken2 subclass: parse() hands every parsed service to the overridden addService(), in token order
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official classes (HEAD) for the same script. */
class LoggingToken extends AccessToken2
{
    public $log = [];
    public function addService($service)
    {
        $this->log[] = get_class($service) . ':' . $service->getServiceType() . ':' . count($this->services);
        if ($service instanceof ServiceChat) {
            return;   // dropped on purpose
        }
        parent::addService($service);
    }
}
$t = new LoggingToken('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
$chat = new ServiceChat('u');  $chat->addPrivilege(1, 600);
$rtc = new ServiceRtc('room1', 3); $rtc->addPrivilege(1, 600);
$rtm = new ServiceRtm('u');    $rtm->addPrivilege(1, 600);
$t->addService($chat);
$t->addService($rtc);
$t->addService($rtm);
echo implode(' ', $t->log), "\n";
$token = $t->build();
echo $token, "\n";

$p = new LoggingToken();
var_dump($p->parse($token));
echo implode(' ', $p->log), "\n";
echo count($p->services), ' ', implode(',', array_map('get_class', $p->services)), "\n";
var_dump($p->verifySignature('f0e1d2c3b4a5968778695a4b3c2d1e0f'));

// The full token (the Chat service was never added when building).
$full = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$full->issueTs = 1700000000;
$full->salt = 12345678;
foreach ([$chat, $rtc, $rtm] as $s) {
    $full->addService($s);
}
$q = new LoggingToken();
var_dump($q->parse($full->build()));
echo implode(' ', $q->log), "\n";
echo implode(',', array_map('get_class', $q->services)), "\n";
?>
--EXPECT--
ServiceChat:5:0 ServiceRtc:1:0 ServiceRtm:2:1
007eJxTYNDeqKW6p4j3pbOeSdi5PQsiFB0/yMm2sRldFLaaYBUsoaTAkGiYZJRsnGKSappmZmBuaGFkaZxokmSabJZinmqRZmnA8DE4NYKJgcEvcQ8DEwMjGIL4rAxF+fm5howMxkxwMUaGUgCAtRtZ
bool(true)
ServiceRtc:1:0 ServiceRtm:2:1
2 ServiceRtc,ServiceRtm
bool(true)
bool(true)
ServiceRtc:1:0 ServiceRtm:2:1 ServiceChat:5:2
ServiceRtc,ServiceRtm
