--TEST--
Service subclasses: ids, channel names, accounts and RTM2 resources of every PHP type pack as the official code packs them
--EXTENSIONS--
agora_token
--INI--
precision=14
--FILE--
<?php
/*
 * Expected: output of the official classes (HEAD), except that null packs as
 * "" without the strlen() deprecation (no deprecation from our code).
 */
class Sid { function __toString(): string { return 'sid'; } }
$values = ['int 0' => 0, '"0"' => '0', '""' => '', 'null' => null, 'true' => true, 'false' => false,
    'int -1' => -1, 'float 0.1+0.2' => 0.1 + 0.2, 'float 1e20' => 1e20, 'float -0.0' => -0.0,
    'INF' => INF, 'NAN' => NAN, 'float 0.0' => 0.0, 'Stringable' => new Sid()];

function line($label, Service $s) {
    $s->addPrivilege(1, 600);
    echo str_pad($label, 30), bin2hex($s->pack()), "\n";
}
foreach ($values as $label => $v) {
    line("Rtm($label)", new ServiceRtm($v));
    line("Chat($label)", new ServiceChat($v));
    line("Apaas($label, $label, 1)", new ServiceApaas($v, $v, 1));
    line("Streaming($label, $label)", new ServiceStreaming($v, $v));
    line("FCdn($label, $label)", new ServiceFCdn($v, $v));
    line("Rtc($label, 5)", new ServiceRtc($v, 5));
    $p = new Rtm2Permissions();
    $p->add(Rtm2Permissions::USERS, Rtm2Permissions::WRITE, [$v, 'x']);
    line("Rtm2($label) res $label", new ServiceRtm2($v, $p));
}

// one token with all of them, built with fixed issueTs/salt
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
foreach ([new ServiceRtm(0), new ServiceChat(1.5), new ServiceApaas(0, -1, '3'),
          new ServiceStreaming('ch', 0), new ServiceFCdn(0, '0'), new ServiceRtc(0.5, true),
          new ServiceRtm2(false, null), new ServiceFpa()] as $s) {
    $s->addPrivilege(1, 600);
    $t->addService($s);
}
echo $t->build(), "\n";
?>
--EXPECT--
Rtm(int 0)                    02000100010058020000010030
Chat(int 0)                   05000100010058020000010030
Apaas(int 0, int 0, 1)        070001000100580200000100300100300100
Streaming(int 0, int 0)       030001000100580200000100300000
FCdn(int 0, int 0)            060001000100580200000100300000
Rtc(int 0, 5)                 01000100010058020000010030010035
Rtm2(int 0) res int 0         0800010001005802000001003001000400010001000200010030010078
Rtm("0")                      02000100010058020000010030
Chat("0")                     05000100010058020000010030
Apaas("0", "0", 1)            070001000100580200000100300100300100
Streaming("0", "0")           03000100010058020000010030010030
FCdn("0", "0")                06000100010058020000010030010030
Rtc("0", 5)                   01000100010058020000010030010035
Rtm2("0") res "0"             0800010001005802000001003001000400010001000200010030010078
Rtm("")                       020001000100580200000000
Chat("")                      050001000100580200000000
Apaas("", "", 1)              07000100010058020000000000000100
Streaming("", "")             0300010001005802000000000000
FCdn("", "")                  0600010001005802000000000000
Rtc("", 5)                    010001000100580200000000010035
Rtm2("") res ""               080001000100580200000000010004000100010002000000010078
Rtm(null)                     020001000100580200000000
Chat(null)                    050001000100580200000000
Apaas(null, null, 1)          07000100010058020000000000000100
Streaming(null, null)         0300010001005802000000000000
FCdn(null, null)              0600010001005802000000000000
Rtc(null, 5)                  010001000100580200000000010035
Rtm2(null) res null           080001000100580200000000010004000100010002000000010078
Rtm(true)                     02000100010058020000010031
Chat(true)                    05000100010058020000010031
Apaas(true, true, 1)          070001000100580200000100310100310100
Streaming(true, true)         03000100010058020000010031010031
FCdn(true, true)              06000100010058020000010031010031
Rtc(true, 5)                  01000100010058020000010031010035
Rtm2(true) res true           0800010001005802000001003101000400010001000200010031010078
Rtm(false)                    020001000100580200000000
Chat(false)                   050001000100580200000000
Apaas(false, false, 1)        07000100010058020000000000000100
Streaming(false, false)       0300010001005802000000000000
FCdn(false, false)            0600010001005802000000000000
Rtc(false, 5)                 010001000100580200000000010035
Rtm2(false) res false         080001000100580200000000010004000100010002000000010078
Rtm(int -1)                   0200010001005802000002002d31
Chat(int -1)                  0500010001005802000002002d31
Apaas(int -1, int -1, 1)      0700010001005802000002002d3102002d310100
Streaming(int -1, int -1)     0300010001005802000002002d3102002d31
FCdn(int -1, int -1)          0600010001005802000002002d3102002d31
Rtc(int -1, 5)                0100010001005802000002002d31010035
Rtm2(int -1) res int -1       0800010001005802000002002d310100040001000100020002002d31010078
Rtm(float 0.1+0.2)            020001000100580200000300302e33
Chat(float 0.1+0.2)           050001000100580200000300302e33
Apaas(float 0.1+0.2, float 0.1+0.2, 1)070001000100580200000300302e330300302e330100
Streaming(float 0.1+0.2, float 0.1+0.2)030001000100580200000300302e330300302e33
FCdn(float 0.1+0.2, float 0.1+0.2)060001000100580200000300302e330300302e33
Rtc(float 0.1+0.2, 5)         010001000100580200000300302e33010035
Rtm2(float 0.1+0.2) res float 0.1+0.2080001000100580200000300302e33010004000100010002000300302e33010078
Rtm(float 1e20)               020001000100580200000700312e30452b3230
Chat(float 1e20)              050001000100580200000700312e30452b3230
Apaas(float 1e20, float 1e20, 1)070001000100580200000700312e30452b32300700312e30452b32300100
Streaming(float 1e20, float 1e20)030001000100580200000700312e30452b32300700312e30452b3230
FCdn(float 1e20, float 1e20)  060001000100580200000700312e30452b32300700312e30452b3230
Rtc(float 1e20, 5)            010001000100580200000700312e30452b3230010035
Rtm2(float 1e20) res float 1e20080001000100580200000700312e30452b3230010004000100010002000700312e30452b3230010078
Rtm(float -0.0)               0200010001005802000002002d30
Chat(float -0.0)              0500010001005802000002002d30
Apaas(float -0.0, float -0.0, 1)0700010001005802000002002d3002002d300100
Streaming(float -0.0, float -0.0)0300010001005802000002002d3002002d30
FCdn(float -0.0, float -0.0)  0600010001005802000002002d3002002d30
Rtc(float -0.0, 5)            0100010001005802000002002d30010035
Rtm2(float -0.0) res float -0.00800010001005802000002002d300100040001000100020002002d30010078
Rtm(INF)                      020001000100580200000300494e46
Chat(INF)                     050001000100580200000300494e46
Apaas(INF, INF, 1)            070001000100580200000300494e460300494e460100
Streaming(INF, INF)           030001000100580200000300494e460300494e46
FCdn(INF, INF)                060001000100580200000300494e460300494e46
Rtc(INF, 5)                   010001000100580200000300494e46010035
Rtm2(INF) res INF             080001000100580200000300494e46010004000100010002000300494e46010078
Rtm(NAN)                      0200010001005802000003004e414e
Chat(NAN)                     0500010001005802000003004e414e
Apaas(NAN, NAN, 1)            0700010001005802000003004e414e03004e414e0100
Streaming(NAN, NAN)           0300010001005802000003004e414e03004e414e
FCdn(NAN, NAN)                0600010001005802000003004e414e03004e414e
Rtc(NAN, 5)                   0100010001005802000003004e414e010035
Rtm2(NAN) res NAN             0800010001005802000003004e414e0100040001000100020003004e414e010078
Rtm(float 0.0)                02000100010058020000010030
Chat(float 0.0)               05000100010058020000010030
Apaas(float 0.0, float 0.0, 1)070001000100580200000100300100300100
Streaming(float 0.0, float 0.0)03000100010058020000010030010030
FCdn(float 0.0, float 0.0)    06000100010058020000010030010030
Rtc(float 0.0, 5)             01000100010058020000010030010035
Rtm2(float 0.0) res float 0.0 0800010001005802000001003001000400010001000200010030010078
Rtm(Stringable)               020001000100580200000300736964
Chat(Stringable)              050001000100580200000300736964
Apaas(Stringable, Stringable, 1)07000100010058020000030073696403007369640100
Streaming(Stringable, Stringable)0300010001005802000003007369640300736964
FCdn(Stringable, Stringable)  0600010001005802000003007369640300736964
Rtc(Stringable, 5)            010001000100580200000300736964010035
Rtm2(Stringable) res Stringable080001000100580200000300736964010004000100010002000300736964010078
007eJxTYNjuK/3pkEOzvNVt88l5Ud+j2RSrVpt8idm7quLo6it2dx0UGBINk4ySjVNMUk3TzAzMDS2MLI0TTZJMk81SzFMt0iwNGD4Gp0YwMTD4Je5h4GBgBEMQn5nBQM+UkcGQCS7CyGDADOcwMSRnMDCwwPmsSBoN9UzZkHUBETsyn4lB15AZahlICAQAQDEizg==
