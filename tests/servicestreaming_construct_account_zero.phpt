--TEST--
ServiceStreaming and ServiceFCdn: the constructor stores $account === 0 ? "" : (string)$account (int 0 becomes "", "0" stays "0")
--EXTENSIONS--
agora_token
--INI--
precision=14
--FILE--
<?php
/* Expected: output of the official classes (HEAD) for the same script. */
class Acc { function __toString(): string { return 'acc'; } }
$values = ['int 0' => 0, '"0"' => '0', 'float 0.0' => 0.0, 'false' => false, 'null' => null, 'true' => true,
    'int 5' => 5, 'int -1' => -1, 'float -0.0' => -0.0, 'float 0.1+0.2' => 0.1 + 0.2, '""' => '',
    '"stream-account"' => 'stream-account', 'Stringable' => new Acc()];
foreach (['ServiceStreaming', 'ServiceFCdn'] as $cls) {
    foreach ($values as $label => $v) {
        $s = new $cls('ch', $v);
        $s->addPrivilege(1, 600);
        echo "$cls account $label: ", var_export($s->account, true), ' ', bin2hex($s->pack()), "\n";
    }
    // the channel name is stored as given (no cast)
    $s = new $cls(0, 0);
    var_dump($s->channelName, $s->account);
    // the cast happens in the constructor only: a property set later is packed as it is
    $s->account = 0;
    $s->addPrivilege(2, 600);
    echo bin2hex($s->pack()), "\n";
}
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
foreach ([new ServiceStreaming('ch', 0), new ServiceStreaming('ch', '0'), new ServiceFCdn('ch', 0), new ServiceFCdn('ch', '0')] as $s) {
    $s->addPrivilege(1, 600);
    $t->addService($s);
}
echo $t->build(), "\n";
?>
--EXPECT--
ServiceStreaming account int 0: '' 03000100010058020000020063680000
ServiceStreaming account "0": '0' 0300010001005802000002006368010030
ServiceStreaming account float 0.0: '0' 0300010001005802000002006368010030
ServiceStreaming account false: '' 03000100010058020000020063680000
ServiceStreaming account null: '' 03000100010058020000020063680000
ServiceStreaming account true: '1' 0300010001005802000002006368010031
ServiceStreaming account int 5: '5' 0300010001005802000002006368010035
ServiceStreaming account int -1: '-1' 030001000100580200000200636802002d31
ServiceStreaming account float -0.0: '-0' 030001000100580200000200636802002d30
ServiceStreaming account float 0.1+0.2: '0.3' 03000100010058020000020063680300302e33
ServiceStreaming account "": '' 03000100010058020000020063680000
ServiceStreaming account "stream-account": 'stream-account' 03000100010058020000020063680e0073747265616d2d6163636f756e74
ServiceStreaming account Stringable: 'acc' 03000100010058020000020063680300616363
int(0)
string(0) ""
03000100020058020000010030010030
ServiceFCdn account int 0: '' 06000100010058020000020063680000
ServiceFCdn account "0": '0' 0600010001005802000002006368010030
ServiceFCdn account float 0.0: '0' 0600010001005802000002006368010030
ServiceFCdn account false: '' 06000100010058020000020063680000
ServiceFCdn account null: '' 06000100010058020000020063680000
ServiceFCdn account true: '1' 0600010001005802000002006368010031
ServiceFCdn account int 5: '5' 0600010001005802000002006368010035
ServiceFCdn account int -1: '-1' 060001000100580200000200636802002d31
ServiceFCdn account float -0.0: '-0' 060001000100580200000200636802002d30
ServiceFCdn account float 0.1+0.2: '0.3' 06000100010058020000020063680300302e33
ServiceFCdn account "": '' 06000100010058020000020063680000
ServiceFCdn account "stream-account": 'stream-account' 06000100010058020000020063680e0073747265616d2d6163636f756e74
ServiceFCdn account Stringable: 'acc' 06000100010058020000020063680300616363
int(0)
string(0) ""
06000100020058020000010030010030
007eJxTYJi05Fi548wvF/rMpUyypXSkRHriMzZsFYiLOHG86HLh+ukKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwsDAwMzACIYjPxJCcwYDGZ2QwYENTwIauAAC0XCCb
