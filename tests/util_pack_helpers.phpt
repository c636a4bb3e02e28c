--TEST--
Util::packUint16/packUint32/packInt16/packString/packMapUint32: bytes for every kind of PHP value
--EXTENSIONS--
agora_token
--INI--
precision=14
--FILE--
<?php
/*
 * Expected: output of the official Util (HEAD) for the same calls, with two
 * deliberate differences (SPEC 7 / product decisions):
 *  - packString(null) gives "0000" without the strlen() deprecation the
 *    official code emits (no deprecation from our code);
 *  - TypeErrors carry our own message, so only the class and the "<type> given"
 *    part (present in both) are checked.
 */
class Str { function __construct(public $s) {} function __toString(): string { return $this->s; } }

function show($label, callable $f) {
    try {
        $r = $f();
        echo $label, ': ', is_string($r) ? bin2hex($r) : var_export($r, true), "\n";
    } catch (TypeError $e) {
        preg_match('/(\w+) given/', $e->getMessage(), $m);
        echo $label, ': ', get_class($e), ' (', $m[0] ?? 'no "given" in message', ")\n";
    }
}

$ints = [
    '0' => 0, '600' => 600, '-1' => -1, '65535' => 65535, '65536' => 65536, '65537' => 65537,
    '70000' => 70000, '32768' => 32768, '-32768' => -32768, '2^32-1' => 4294967295,
    '2^32' => 4294967296, '2^32+5' => 4294967301, 'PHP_INT_MAX' => PHP_INT_MAX, 'PHP_INT_MIN' => PHP_INT_MIN,
    '600.9' => 600.9, '-1.5' => -1.5, '1.9' => 1.9, '4294967296.0' => 4294967296.0,
    '1e19' => 1e19, '1e20' => 1e20, '-1e19' => -1e19, 'INF' => INF, '-INF' => -INF, 'NAN' => NAN,
    '"600"' => "600", '" 600"' => " 600", '"600 "' => "600 ", '"12abc"' => "12abc", '"abc"' => "abc",
    '""' => "", '"0x1A"' => "0x1A", '"1e3"' => "1e3", '"4294967297"' => "4294967297",
    '"99999999999999999999"' => "99999999999999999999", '"-99999999999999999999"' => "-99999999999999999999",
    '"1.9"' => "1.9", 'null' => null, 'false' => false, 'true' => true, '[1]' => [1], '[]' => [],
];
foreach ($ints as $label => $v) {
    show("packUint16($label)", fn() => Util::packUint16($v));
    show("packUint32($label)", fn() => Util::packUint32($v));
    show("packInt16($label)", fn() => Util::packInt16($v));
}

$strs = [
    'int 2882341273' => 2882341273, 'int 0' => 0, 'int -5' => -5, 'float 2882341273.0' => 2882341273.0,
    'float 1.5' => 1.5, 'float 0.1+0.2' => 0.1 + 0.2, 'float 1e15' => 1e15, 'float 1e20' => 1e20,
    'float -0.0' => -0.0, 'float 123.0' => 123.0, 'INF' => INF, '-INF' => -INF, 'NAN' => NAN,
    'true' => true, 'false' => false, 'null' => null, '"héllo"' => "héllo", '""' => "",
    '"a\0b"' => "a\0b", 'Stringable' => new Str('abc'), 'array' => [1], 'stdClass' => new stdClass(),
];
foreach ($strs as $label => $v) {
    show("packString($label)", fn() => Util::packString($v));
}

$maps = [
    '[]' => [],
    '[3=>1, 1=>2]' => [3 => 1, 1 => 2],
    '[1=>"600", 2=>-1, 3=>2^32+600, 4=>null, 5=>1.9, 6=>"12abc"]' => [1 => "600", 2 => -1, 3 => 4294967896, 4 => null, 5 => 1.9, 6 => "12abc"],
    '["01"=>5, "abc"=>6, -1=>7, 70000=>8, ""=>9, 2=>10]' => ["01" => 5, "abc" => 6, -1 => 7, 70000 => 8, "" => 9, 2 => 10],
    '[4464=>1, 70000=>2] (collide after the cut)' => [70000 => 2, 4464 => 1],
    'null' => null,
    'string' => "abc",
];
foreach ($maps as $label => $v) {
    show("packMapUint32($label)", fn() => Util::packMapUint32($v));
}
?>
--EXPECT--
packUint16(0): 0000
packUint32(0): 00000000
packInt16(0): 0000
packUint16(600): 5802
packUint32(600): 58020000
packInt16(600): 5802
packUint16(-1): ffff
packUint32(-1): ffffffff
packInt16(-1): ffff
packUint16(65535): ffff
packUint32(65535): ffff0000
packInt16(65535): ffff
packUint16(65536): 0000
packUint32(65536): 00000100
packInt16(65536): 0000
packUint16(65537): 0100
packUint32(65537): 01000100
packInt16(65537): 0100
packUint16(70000): 7011
packUint32(70000): 70110100
packInt16(70000): 7011
packUint16(32768): 0080
packUint32(32768): 00800000
packInt16(32768): 0080
packUint16(-32768): 0080
packUint32(-32768): 0080ffff
packInt16(-32768): 0080
packUint16(2^32-1): ffff
packUint32(2^32-1): ffffffff
packInt16(2^32-1): ffff
packUint16(2^32): 0000
packUint32(2^32): 00000000
packInt16(2^32): 0000
packUint16(2^32+5): 0500
packUint32(2^32+5): 05000000
packInt16(2^32+5): 0500
packUint16(PHP_INT_MAX): ffff
packUint32(PHP_INT_MAX): ffffffff
packInt16(PHP_INT_MAX): ffff
packUint16(PHP_INT_MIN): 0000
packUint32(PHP_INT_MIN): 00000000
packInt16(PHP_INT_MIN): 0000
packUint16(600.9): 5802
packUint32(600.9): 58020000
packInt16(600.9): 5802
packUint16(-1.5): ffff
packUint32(-1.5): ffffffff
packInt16(-1.5): ffff
packUint16(1.9): 0100
packUint32(1.9): 01000000
packInt16(1.9): 0100
packUint16(4294967296.0): 0000
packUint32(4294967296.0): 00000000
packInt16(4294967296.0): 0000
packUint16(1e19): 0000
packUint32(1e19): 0000e889
packInt16(1e19): 0000
packUint16(1e20): 0000
packUint32(1e20): 00001063
packInt16(1e20): 0000
packUint16(-1e19): 0000
packUint32(-1e19): 00001876
packInt16(-1e19): 0000
packUint16(INF): 0000
packUint32(INF): 00000000
packInt16(INF): 0000
packUint16(-INF): 0000
packUint32(-INF): 00000000
packInt16(-INF): 0000
packUint16(NAN): 0000
packUint32(NAN): 00000000
packInt16(NAN): 0000
packUint16("600"): 5802
packUint32("600"): 58020000
packInt16("600"): 5802
packUint16(" 600"): 5802
packUint32(" 600"): 58020000
packInt16(" 600"): 5802
packUint16("600 "): 5802
packUint32("600 "): 58020000
packInt16("600 "): 5802
packUint16("12abc"): 0c00
packUint32("12abc"): 0c000000
packInt16("12abc"): 0c00
packUint16("abc"): 0000
packUint32("abc"): 00000000
packInt16("abc"): 0000
packUint16(""): 0000
packUint32(""): 00000000
packInt16(""): 0000
packUint16("0x1A"): 0000
packUint32("0x1A"): 00000000
packInt16("0x1A"): 0000
packUint16("1e3"): e803
packUint32("1e3"): e8030000
packInt16("1e3"): e803
packUint16("4294967297"): 0100
packUint32("4294967297"): 01000000
packInt16("4294967297"): 0100
packUint16("99999999999999999999"): ffff
packUint32("99999999999999999999"): ffffffff
packInt16("99999999999999999999"): ffff
packUint16("-99999999999999999999"): 0000
packUint32("-99999999999999999999"): 00000000
packInt16("-99999999999999999999"): 0000
packUint16("1.9"): 0100
packUint32("1.9"): 01000000
packInt16("1.9"): 0100
packUint16(null): 0000
packUint32(null): 00000000
packInt16(null): 0000
packUint16(false): 0000
packUint32(false): 00000000
packInt16(false): 0000
packUint16(true): 0100
packUint32(true): 01000000
packInt16(true): 0100
packUint16([1]): 0100
packUint32([1]): 01000000
packInt16([1]): 0100
packUint16([]): 0000
packUint32([]): 00000000
packInt16([]): 0000
packString(int 2882341273): 0a0032383832333431323733
packString(int 0): 010030
packString(int -5): 02002d35
packString(float 2882341273.0): 0a0032383832333431323733
packString(float 1.5): 0300312e35
packString(float 0.1+0.2): 0300302e33
packString(float 1e15): 0700312e30452b3135
packString(float 1e20): 0700312e30452b3230
packString(float -0.0): 02002d30
packString(float 123.0): 0300313233
packString(INF): 0300494e46
packString(-INF): 04002d494e46
packString(NAN): 03004e414e
packString(true): 010031
packString(false): 0000
packString(null): 0000
packString("héllo"): 060068c3a96c6c6f
packString(""): 0000
packString("a\0b"): 0300610062
packString(Stringable): 0300616263
packString(array): TypeError (array given)
packString(stdClass): TypeError (stdClass given)
packMapUint32([]): 0000
packMapUint32([3=>1, 1=>2]): 0200010002000000030001000000
packMapUint32([1=>"600", 2=>-1, 3=>2^32+600, 4=>null, 5=>1.9, 6=>"12abc"]): 06000100580200000200ffffffff03005802000004000000000005000100000006000c000000
packMapUint32(["01"=>5, "abc"=>6, -1=>7, 70000=>8, ""=>9, 2=>10]): 0600000009000000ffff0700000001000500000002000a000000701108000000000006000000
packMapUint32([4464=>1, 70000=>2] (collide after the cut)): 0200701101000000701102000000
packMapUint32(null): TypeError (null given)
packMapUint32(string): TypeError (string given)
