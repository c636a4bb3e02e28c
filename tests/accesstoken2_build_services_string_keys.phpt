--TEST--
AccessToken2::build with $services given string keys and two services of one type: the official stable sort subtracts the keys and throws a TypeError
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Expected: what the official AccessToken2 (HEAD) does. Its stable sort
 * breaks ties between services of the same type with "$left index - $right
 * index", which for a string key and an int key throws
 * "TypeError: Unsupported operand types: string - int". Different types (no
 * tie) build normally. Only the exception class is checked (message wording
 * may be ours).
 */
function svc($cls, ...$args) {
    $s = new $cls(...$args);
    $s->addPrivilege(1, 600);
    return $s;
}
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
$rtc = svc('ServiceRtc', 'room1', 1);
$rtm = svc('ServiceRtm', 'u');
$t->services = ['x' => $rtc, 'y' => $rtm];
echo "distinct types: ", $t->build(), "\n";
$t->services = ['x' => $rtc, 'y' => $rtm, 0 => $rtc];
try {
    echo "tie with a string key: ", $t->build(), "\n";
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
$t->services = [5 => $rtc, 2 => $rtm, 9 => $rtc];
echo "int keys: ", $t->build(), "\n";
?>
--EXPECT--
distinct types: 007eJxTYPjN8HGjnvq3eWIR/a8rf07+lXZTd+K5BNXpa15O0O3brNSiwJBomGSUbJxikmqaZmZgbmhhZGmcaJJkmmyWYp5qkWZpwPAxODWCiYHBL3EPAxMDIxiC+KwMRfn5uYaMDIZMcDFGhlIAwoAhWA==
tie with a string key: TypeError
int keys: 007eJxTYGiz/LL/VfSW5c4dKSGbZEoWygve6fnQcFAg/mPE4plnqvcrMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwMzACIYgPitDUX5+riEjgyE2MSa4GCNDKQBPlyOJ
