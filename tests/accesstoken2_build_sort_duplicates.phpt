--TEST--
AccessToken2::build packs services sorted by type, stably, keeping duplicates; $services itself is not reordered
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official classes (HEAD) for the same script. */
$tags = new WeakMap();   // only used to show the order
function svc($cls, $tag, ...$args) {
    global $tags;
    $s = new $cls(...$args);
    $s->addPrivilege(1, 600);
    $tags[$s] = $tag;
    return $s;
}
function content_types($token) {
    $c = substr(zlib_decode(base64_decode(substr($token, 3))), 80);
    return bin2hex($c);
}
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
$list = [
    svc('ServiceChat', 'chat-1', 'c1'),
    svc('ServiceRtc', 'rtc-a', 'a', 1),
    svc('ServiceRtm', 'rtm-1', 'm1'),
    svc('ServiceRtc', 'rtc-b', 'b', 2),
    svc('ServiceFpa', 'fpa'),
    svc('ServiceRtm', 'rtm-2', 'm2'),
    svc('ServiceRtc', 'rtc-c', 'c', 3),
    svc('ServiceApaas', 'apaas', 'r', 'u'),
];
foreach ($list as $s) {
    $t->addService($s);
}
$token = $t->build();
echo $token, "\n", content_types($token), "\n";
echo "services after build: ", implode(' ', array_map(fn($s) => $tags[$s], $t->services)), "\n";
$p = new AccessToken2();
var_dump($p->parse($token));
echo "parsed: ", implode(' ', array_map(fn($s) => get_class($s) . '(' . ($s->channelName ?? $s->userId ?? $s->userUuid ?? '') . ')', $p->services)), "\n";
echo "rtc: ", implode(' ', array_map(fn($s) => $s->channelName, $p->getServices(1))), "\n";

// two RTC services for two channels are both kept
$t2 = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t2->issueTs = 1700000000;
$t2->salt = 12345678;
$t2->addService(svc('ServiceRtc', 'x', 'channel-one', 'u1'));
$t2->addService(svc('ServiceRtc', 'y', 'channel-two', 'u2'));
echo $t2->build(), "\n";
// adding the same object twice keeps both entries
$same = svc('ServiceRtm', 'same', 'u');
$t2->services = [$same, $same];
echo $t2->build(), "\n";
?>
--EXPECT--
007eJxTYCh//SDhfdpKkzcpRfatTFnOnyuiIu7Jd5j/+3bzYvO3WBYFhkTDJKNk4xSTVNM0MwNzQwsjS+NEkyTTZLMU81SLNEsDho/BqRFMDAx+iXsYOBgYwRDEZ2RIZGQwROYnMTIYIfOTGRmMmeB8JoZcQxSeEQucx4oknmzIjmRGESND6f//APvNJ0w=
08000100010001005802000001006101003101000100010058020000010062010032010001000100580200000100630100330200010001005802000002006d310200010001005802000002006d3204000100010058020000050001000100580200000200633107000100010058020000010072010075ffff
services after build: chat-1 rtc-a rtm-1 rtc-b fpa rtm-2 rtc-c apaas
bool(true)
parsed: ServiceRtc(a) ServiceRtc(b) ServiceRtc(c) ServiceRtm(m1) ServiceRtm(m2) ServiceFpa() ServiceChat(c1) ServiceApaas(u)
rtc: a b c
007eJxTYBD5U39sre2bojLtSvaERb/kq/lrzbedXeMb0mH3Nyj0s6ICQ6JhklGycYpJqmmamYG5oYWRpXGiSZJpslmKeapFmqUBw8fg1AgmBga/xD0MTAyMYAjiczMkZyTm5aXm6ObnpTIxlBpikyopzwdKGQEA+ycmow==
007eJxTYFB4uZHBWW6TgZRqsMRG3SUrVq3/xvXt29rtni5XFU5MWhukwJBomGSUbJxikmqaZmZgbmhhZGmcaJJkmmyWYp5qkWZpwPAxODWCiYHBL3EPAxMQMgIhiM/IUIrCAQDi8R1y
