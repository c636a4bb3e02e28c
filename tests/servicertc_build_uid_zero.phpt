--TEST--
Issue cases 1 and 6: ServiceRtc("room1", 0) and ("room1", "0") pack uid "0"; ("room1", "") and ("room1", null) pack uid "" with no warning
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
/*
 * Expected tokens: computed with the official AccessToken2 (HEAD) on the same
 * input. For null the official code also emits "Deprecated: strlen(): Passing
 * null to parameter #1"; agora_token gives the same bytes without it (product
 * decision: no deprecation from our code).
 */
function rtc_token($uid) {
    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    $s = new ServiceRtc('room1', $uid);
    $s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
    $t->addService($s);
    return $t->build();
}
$int0 = rtc_token(0);
$str0 = rtc_token('0');
$empty = rtc_token('');
$null = rtc_token(null);
echo "int 0: $int0\n";
echo "\"0\":   $str0\n";
echo "\"\":    $empty\n";
echo "null:  $null\n";
var_dump($int0 === $str0, $empty === $null, $int0 === $empty);
foreach ([$int0, $empty, $null] as $tok) {
    $p = new AccessToken2();
    $p->parse($tok);
    var_dump($p->services[0]->uid);
}
?>
--EXPECT--
int 0: 007eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU=
"0":   007eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU=
"":    007eJxTYPjkf95iU4mm94rZ9QcNXL5XfPlxe4OQw80qVsnNdUtu+kYoMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hAwMAvGcfmQ==
null:  007eJxTYPjkf95iU4mm94rZ9QcNXL5XfPlxe4OQw80qVsnNdUtu+kYoMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hAwMAvGcfmQ==
bool(true)
bool(true)
bool(false)
string(1) "0"
string(0) ""
string(0) ""
