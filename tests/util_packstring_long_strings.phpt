--TEST--
Util::packString and build() with strings of 65535, 65536, 65537 and 70000 bytes: the u16 length wraps, every byte is written, the token parses and verifies
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official classes (HEAD) for the same script. */
$cert = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
foreach ([65535, 65536, 65537, 70000] as $n) {
    $str = str_repeat('c', $n - 1) . 'Z';
    $p = Util::packString($str);
    echo "$n: packString length ", strlen($p), ', prefix ', bin2hex(substr($p, 0, 2)),
        ', last byte ', substr($p, -1), ', md5 ', md5($p), "\n";

    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', $cert, 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    $s = new ServiceRtc($str, 'uid-1');
    $s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
    $t->addService($s);
    $token = $t->build();
    $content = zlib_decode(base64_decode(substr($token, 3)));
    echo "   token length ", strlen($token), ', sha1 ', sha1($token), ', content ', strlen($content), " bytes\n";

    $q = new AccessToken2();
    $ok = $q->parse($token);
    $svc = $q->services[0] ?? null;
    echo "   parse ", var_export($ok, true), ', verify ', var_export($q->verifySignature($cert), true),
        ', services ', count($q->services),
        $svc ? ', channel ' . strlen($svc->channelName) . ' bytes, uid ' . strlen($svc->uid) . ' bytes' : '', "\n";
}
$data = Util::packString(str_repeat('x', 65536)) . 'tail';
var_dump(Util::unpackString($data), strlen($data));
?>
--EXPECT--
65535: packString length 65537, prefix ffff, last byte Z, md5 9b4bce62c9748b01bce7425b1ce8171c
   token length 279, sha1 8a6d66823eb1263e075bbb920216cae2565202bc, content 65636 bytes
   parse true, verify true, services 1, channel 65535 bytes, uid 5 bytes
65536: packString length 65538, prefix 0000, last byte Z, md5 f615c76e1ee51ea3ff24557480ccf405
   token length 287, sha1 623c94db2e835f9cb863a017c601994b22aaf943, content 65637 bytes
   parse true, verify true, services 1, channel 0 bytes, uid 25443 bytes
65537: packString length 65539, prefix 0100, last byte Z, md5 d8d9988810d82a5e8b62353aecdde9cd
   token length 283, sha1 6404bea5633c2058ffd163d8064e4c3072e01fbd, content 65638 bytes
   parse true, verify true, services 1, channel 1 bytes, uid 25443 bytes
70000: packString length 70002, prefix 7011, last byte Z, md5 09219335c053db33bb74aaa0d980a1c6
   token length 291, sha1 000f5d33e4dc86f310c65a9cfe45eb1d5eafef9a, content 70101 bytes
   parse true, verify true, services 1, channel 4464 bytes, uid 25443 bytes
string(0) ""
int(65540)
