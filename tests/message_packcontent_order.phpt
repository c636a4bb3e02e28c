--TEST--
Message (006): defaults, packContent() bytes in insertion order, unpackContent()
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/builders_lib.inc';
$A = BL_APP_ID;
$C = BL_CERT;


mt_srand(1900);
$before = time();
$m = new Message();
echo 'salt ', $m->salt, ', ts ', bl_when($m->ts, $before, time(), 86400), ', privileges ', json_encode($m->privileges), "\n";
$m->salt = 1;
$m->ts = 1111111;
$m->privileges[4] = 40;
$m->privileges[1] = 10;
$m->privileges["3"] = 30;
$m->privileges[1] = 11;
$m->privileges[70001] = -1;
$bytes = $m->packContent();
echo json_encode($bytes), "\n";
$n = new Message();
var_dump($n->unpackContent(implode(array_map("chr", $bytes))));
var_dump($n);
echo 'next mt_rand: ', mt_rand(), "\n";
?>
--EXPECT--
salt 71730, ts at the call + 86400, privileges []
[1,0,0,0,71,244,16,0,4,0,4,0,40,0,0,0,1,0,11,0,0,0,3,0,30,0,0,0,113,17,255,255,255,255]
NULL
object(Message)#2 (3) {
  ["salt"]=>
  int(1)
  ["ts"]=>
  int(1111111)
  ["privileges"]=>
  array(4) {
    [4]=>
    int(40)
    [1]=>
    int(11)
    [3]=>
    int(30)
    [4465]=>
    int(4294967295)
  }
}
next mt_rand: 1533895838
