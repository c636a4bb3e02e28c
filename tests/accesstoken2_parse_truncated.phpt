--TEST--
Issue case 7: parse() of "007@@@@", of a 006 token, and of a valid token cut at every length that loses compressed data returns false quietly; without "=" padding or with a trailing newline it still parses and verifies
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
/*
 * Deliberate difference (SPEC 7.5, hardened parse): the official AccessToken2
 * returns TRUE for "007@@@@" and for every cut token below, with a series of
 * zlib_decode()/unpack() warnings and half-filled fields; agora_token returns
 * false, emits nothing, and leaves the reset state (appId "", issueTs 0,
 * expire 0, salt 0, services [], appCert kept), so verifySignature() is false.
 * The accepted variants (no padding, trailing newline) give the official
 * result: same fields, verifySignature() true.
 * The two tokens are literals computed with the official code
 * (ServiceRtc("room1", 0) and ServiceRtc("room1", ""), JOIN 600, issueTs
 * 1700000000, salt 12345678, expire 600).
 */
set_error_handler(function ($no, $msg) {
    echo "  [PHP message: $msg]\n";
    return true;
});
$cert = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
$tokens = [
    'one pad' => '007eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU=',
    'two pads' => '007eJxTYPjkf95iU4mm94rZ9QcNXL5XfPlxe4OQw80qVsnNdUtu+kYoMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hAwMAvGcfmQ==',
];
function state(AccessToken2 $t) {
    return sprintf('appId=%s issueTs=%s expire=%s salt=%s services=%d appCert=%s',
        var_export($t->appId, true), var_export($t->issueTs, true), var_export($t->expire, true),
        var_export($t->salt, true), count($t->services), var_export($t->appCert, true));
}
function reset_state_ok(AccessToken2 $t) {
    return $t->appId === '' && $t->issueTs === 0 && $t->expire === 0 && $t->salt === 0 && $t->services === [];
}

$t = new AccessToken2('', $cert);
foreach (['007@@@@', '006' . substr($tokens['one pad'], 3)] as $bad) {
    echo var_export($bad, true), ': ', var_export($t->parse($bad), true), ', verify ',
        var_export($t->verifySignature($cert), true), "\n  ", state($t), "\n";
}

foreach ($tokens as $name => $token) {
    $full = base64_decode(substr($token, 3));
    $lossy = 0;
    $lossless = [];
    $unexpected = [];
    for ($len = 3; $len < strlen($token); $len++) {
        $cut = substr($token, 0, $len);
        $p = new AccessToken2('', $cert);
        $p->issueTs = 1; $p->salt = 1; $p->expire = 1; $p->appId = 'x'; $p->services = [1];
        $ret = $p->parse($cut);
        $verify = $p->verifySignature($cert);
        if (base64_decode(substr($cut, 3)) === $full) {
            // only "=" padding was cut: see accesstoken2_parse_partial_padding.phpt
            $lossless[] = $len;
            continue;
        }
        $lossy++;
        if ($ret !== false || $verify !== false || !reset_state_ok($p) || $p->appCert !== $cert) {
            $unexpected[] = "$len:" . var_export($ret, true) . ' ' . state($p);
        }
    }
    echo "$name: ", strlen($token), " chars, $lossy lossy cuts, not rejected quietly: ",
        $unexpected ? implode('; ', $unexpected) : 'none', "; cuts of padding only: ", implode(' ', $lossless), "\n";

    foreach (['without padding' => rtrim($token, '='), 'trailing newline' => "$token\n",
              'trailing CRLF' => "$token\r\n", 'both' => rtrim($token, '=') . "\n"] as $label => $variant) {
        $p = new AccessToken2();
        echo "  $label: ", var_export($p->parse($variant), true), ', verify ',
            var_export($p->verifySignature($cert), true), ', uid ', var_export($p->services[0]->uid ?? null, true),
            ', ', state($p), "\n";
    }
}
?>
--EXPECT--
'007@@@@': false, verify false
  appId='' issueTs=0 expire=0 salt=0 services=0 appCert='f0e1d2c3b4a5968778695a4b3c2d1e0f'
'006eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU=': false, verify false
  appId='' issueTs=0 expire=0 salt=0 services=0 appCert='f0e1d2c3b4a5968778695a4b3c2d1e0f'
one pad: 143 chars, 139 lossy cuts, not rejected quietly: none; cuts of padding only: 142
  without padding: true, verify true, uid '0', appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 services=1 appCert=''
  trailing newline: true, verify true, uid '0', appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 services=1 appCert=''
  trailing CRLF: true, verify true, uid '0', appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 services=1 appCert=''
  both: true, verify true, uid '0', appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 services=1 appCert=''
two pads: 143 chars, 138 lossy cuts, not rejected quietly: none; cuts of padding only: 141 142
  without padding: true, verify true, uid '', appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 services=1 appCert=''
  trailing newline: true, verify true, uid '', appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 services=1 appCert=''
  trailing CRLF: true, verify true, uid '', appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 services=1 appCert=''
  both: true, verify true, uid '', appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 services=1 appCert=''
