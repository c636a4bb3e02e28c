--TEST--
Util::unpackUint16/unpackUint32/unpackInt16/unpackString/unpackMapUint32: values, consumed bytes (by reference) and short input
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Expected: output of the official Util (HEAD) for the same calls, except that
 * with short input the official code emits PHP warnings ("unpack(): Type v:
 * not enough input ...", "Trying to access array offset on value of type
 * bool") and a substr() deprecation; agora_token returns the same values
 * without any warning or deprecation from its own code (product decision).
 */
function run($fn, $hex) {
    $data = hex2bin($hex);
    $r = Util::$fn($data);
    echo "$fn($hex) = ", var_export($r, true), ", left: '", bin2hex($data), "'\n";
}
foreach (['58020000', 'ffff', '0080', '3412abcd', '01', ''] as $h) {
    run('unpackUint16', $h);
}
foreach (['58020000', 'ffffffff', '00000080aa', '010203', ''] as $h) {
    run('unpackUint32', $h);
}
foreach (['ffff', '0080', 'ff7f00', '01', ''] as $h) {
    run('unpackInt16', $h);
}
foreach (['0500726f6f6d31', '0500726f6f6d31ffee', '0000aa', '0a00616263', '05', ''] as $h) {
    run('unpackString', $h);
}
foreach (['0200010058020000030001000000ee', '0000', '0100ffff01000000', '020001005802000001005902000000',
          '0100010058', '01', ''] as $h) {
    run('unpackMapUint32', $h);
}

// The parameter is by reference: a non-string variable is replaced by the rest.
$n = 600;
var_dump(Util::unpackUint16($n), $n);
?>
--EXPECT--
unpackUint16(58020000) = 600, left: '0000'
unpackUint16(ffff) = 65535, left: ''
unpackUint16(0080) = 32768, left: ''
unpackUint16(3412abcd) = 4660, left: 'abcd'
unpackUint16(01) = NULL, left: ''
unpackUint16() = NULL, left: ''
unpackUint32(58020000) = 600, left: ''
unpackUint32(ffffffff) = 4294967295, left: ''
unpackUint32(00000080aa) = 2147483648, left: 'aa'
unpackUint32(010203) = NULL, left: ''
unpackUint32() = NULL, left: ''
unpackInt16(ffff) = -1, left: ''
unpackInt16(0080) = -32768, left: ''
unpackInt16(ff7f00) = 32767, left: '00'
unpackInt16(01) = NULL, left: ''
unpackInt16() = NULL, left: ''
unpackString(0500726f6f6d31) = 'room1', left: ''
unpackString(0500726f6f6d31ffee) = 'room1', left: 'ffee'
unpackString(0000aa) = '', left: 'aa'
unpackString(0a00616263) = 'abc', left: ''
unpackString(05) = '', left: ''
unpackString() = '', left: ''
unpackMapUint32(0200010058020000030001000000ee) = array (
  1 => 600,
  3 => 1,
), left: 'ee'
unpackMapUint32(0000) = array (
), left: ''
unpackMapUint32(0100ffff01000000) = array (
  65535 => 1,
), left: ''
unpackMapUint32(020001005802000001005902000000) = array (
  1 => 601,
), left: '00'
unpackMapUint32(0100010058) = array (
  1 => NULL,
), left: ''
unpackMapUint32(01) = array (
), left: ''
unpackMapUint32() = array (
), left: ''
int(12342)
string(1) "0"
