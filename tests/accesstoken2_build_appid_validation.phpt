--TEST--
Issue case 3: app id with a leading zero or in upper case builds (case kept on the wire); trailing "\n", 31/33 characters or a "g" give "" and nothing else
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
/* Expected: output of the official AccessToken2 (HEAD) on the same input (no warning there either). */
$cert = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
function build_with($appId, $cert) {
    $t = new AccessToken2($appId, $cert, 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    $s = new ServiceRtc('room1', 0);
    $s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
    $t->addService($s);
    return $t->build();
}
$ids = [
    'lower' => 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    'leading zero' => '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    'upper' => 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
    'trailing \n' => "a1b2c3d4e5f60718293a4b5c6d7e8f90\n",
    '31 chars' => 'a1b2c3d4e5f60718293a4b5c6d7e8f9',
    '33 chars' => 'a1b2c3d4e5f60718293a4b5c6d7e8f900',
    'with g' => 'g1b2c3d4e5f60718293a4b5c6d7e8f90',
    'empty' => '',
    'int' => 12345,
];
foreach ($ids as $label => $id) {
    $tok = build_with($id, $cert);
    echo str_pad("app id $label", 26), ': ', var_export($tok, true), "\n";
    if ($tok !== '') {
        $p = new AccessToken2();
        $p->parse($tok);
        echo str_pad('', 26), '  parsed app id ', $p->appId, ', verify ', var_export($p->verifySignature($cert), true), "\n";
    }
}
foreach (['upper' => strtoupper($cert), 'trailing \n' => "$cert\n", '31 chars' => substr($cert, 1),
          'with g' => 'g' . substr($cert, 1), 'empty' => ''] as $label => $c) {
    echo str_pad("certificate $label", 26), ': ', var_export(build_with('a1b2c3d4e5f60718293a4b5c6d7e8f90', $c), true), "\n";
}
?>
--EXPECT--
app id lower              : '007eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU='
                            parsed app id a1b2c3d4e5f60718293a4b5c6d7e8f90, verify true
app id leading zero       : '007eJxTYFgSF7//sm4083WerJdBt1eJ3F9y6F74TOHz+cd+TTQWnHdJgcEg0TDJKNk4xSTVNM3MwNzQwsjSONEkyTTZLMU81SLNkuFjcGoEEwODX+IeBkYoBPFZGYry83MNGRkMANpaH/0='
                            parsed app id 0a1b2c3d4e5f60718293a4b5c6d7e8f9, verify true
app id upper              : '007eJxTYGhdkf7t9syGe+uKj5/b56jCUPR031unBpXr9scSTJaL37ZWYHA0dDJyNnYxcTV1MzMwN7QwsjR2NHEydTZzMXe1cLM0YPgYnBrBxMDgl7iHgREKQXxWhqL8/FxDRgYDAM3jHtY='
                            parsed app id A1B2C3D4E5F60718293A4B5C6D7E8F90, verify true
app id trailing \n        : ''
app id 31 chars           : ''
app id 33 chars           : ''
app id with g             : ''
app id empty              : ''
app id int                : ''
certificate upper         : '007eJxTYFitdv5CKYtcmYWnz7supfhvgdKsNob6XBtD9VYW/+fSuKTAkGiYZJRsnGKSappmZmBuaGFkaZxokmSabJZinmqRZmnA8DE4NYKJgcEvcQ8DIxSC+KwMRfn5uYaMDAYAdh0bmA=='
certificate trailing \n   : ''
certificate 31 chars      : ''
certificate with g        : ''
certificate empty         : ''
