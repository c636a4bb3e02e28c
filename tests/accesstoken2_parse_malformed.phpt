--TEST--
AccessToken2::parse hardened (SPEC 7.5): malformed tokens give false, quietly, in the reset state; well-formed variants parse as in the official code
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
/*
 * Expected: the official AccessToken2 (HEAD) results, except for the rows that
 * SPEC 7.5 changes on purpose: where the official code returns true with
 * warnings (or accepts the loose prefixes "7.0", " 07" and the int 7, or
 * reads past the end of a bare Service(3)), agora_token returns false with no
 * warning or notice and leaves the reset state; parse(null) is false without
 * the substr() deprecation; an array still throws a TypeError (only its class
 * is checked).
 */
set_error_handler(function ($no, $msg) {
    echo "  [PHP message: $msg]\n";
    return true;
});
$cert = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
function svc($cls, ...$args) {
    $s = new $cls(...$args);
    $s->addPrivilege(1, 600);
    return $s;
}
class TypedService extends Service
{
    public function __construct($type)
    {
        parent::__construct($type);
    }
}
function make(array $services) {
    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    foreach ($services as $s) {
        $t->addService($s);
    }
    return $t->build();
}
$valid = make([svc('ServiceRtc', 'room1', 0)]);
$content = zlib_decode(base64_decode(substr($valid, 3)));
$body = substr($valid, 3);
$rtcThenBare3 = make([svc('ServiceRtc', 'room1', 0), svc('TypedService', 3)]);
$rtcThen999 = make([svc('ServiceRtc', 'room1', 0), svc('TypedService', 999)]);
$zeroThenRtc = make([svc('TypedService', 0), svc('ServiceRtc', 'room1', 0)]);

$cases = [
    'empty string' => '',
    '006 + valid body' => '006' . $body,
    'garbage-no-prefix' => 'garbage-no-prefix',
    '"007"' => '007',
    '007!!!not base64!!!' => '007!!!not base64!!!',
    '007 + base64("hello world")' => '007' . base64_encode('hello world'),
    '007invalid' => '007invalid',
    'cut to 70 characters' => substr($valid, 0, 70),
    'Kotlin truncated token' => '007eJxTYLC/xv0i87343FLb46KrG9gPxT+Vj8pojqvt',
    'minus the last 4 characters' => substr($valid, 0, -4),
    'zlib of the content cut to 40 bytes' => '007' . base64_encode(zlib_encode(substr($content, 0, 40), ZLIB_ENCODING_DEFLATE)),
    'zlib of the content cut to 100 bytes' => '007' . base64_encode(zlib_encode(substr($content, 0, 100), ZLIB_ENCODING_DEFLATE)),
    'zlib of the content minus its last byte' => '007' . base64_encode(zlib_encode(substr($content, 0, -1), ZLIB_ENCODING_DEFLATE)),
    '"+" changed to space' => str_replace('+', ' ', $valid),
    'URL-safe alphabet' => strtr($valid, '+/', '-_'),
    '"7.0" prefix' => '7.0' . $body,
    '" 07" prefix' => ' 07' . $body,
    'int 7' => 7,
    'null' => null,
    'RTC then a bare Service(3)' => $rtcThenBare3,
    '--- accepted ---' => $valid,
    'valid + "\n"' => "$valid\n",
    'valid + " \t"' => "$valid \t",
    'without "=" padding' => rtrim($valid, '='),
    'zlib stream + trailing bytes' => '007' . base64_encode(zlib_encode($content, ZLIB_ENCODING_DEFLATE) . "trailing\x00garbage"),
    'raw deflate body' => '007' . base64_encode(gzdeflate($content)),
    'gzip body' => '007' . base64_encode(gzencode($content)),
    'zlib level 9 body' => '007' . base64_encode(gzcompress($content, 9)),
    'RTC then unknown type 999' => $rtcThen999,
    'unknown type 0 then RTC' => $zeroThenRtc,
];
foreach ($cases as $label => $input) {
    $t = new AccessToken2('', $cert);
    $t->appId = 'stale'; $t->issueTs = 1; $t->expire = 1; $t->salt = 1; $t->services = ['stale'];
    echo "$label:\n";
    $ret = $t->parse($input);
    printf("  => %s verify=%s appId=%s issueTs=%s expire=%s salt=%s types=[%s] appCert kept=%s\n",
        var_export($ret, true), var_export($t->verifySignature($cert), true), var_export($t->appId, true),
        var_export($t->issueTs, true), var_export($t->expire, true), var_export($t->salt, true),
        implode(',', array_map(fn($s) => is_object($s) ? $s->getServiceType() : '?', $t->services)),
        var_export($t->appCert === $cert, true));
}

echo "array:\n";
try {
    (new AccessToken2())->parse([$valid]);
} catch (TypeError $e) {
    echo "  => ", get_class($e), "\n";
}

echo "valid, then 006x / 007garbage on the same object:\n";
foreach (['006x', '007garbage'] as $second) {
    $t = new AccessToken2();
    $first = $t->parse($valid);
    $ret = $t->parse($second);
    printf("  %s: first=%s second=%s verify=%s appId=%s services=%d\n", $second, var_export($first, true),
        var_export($ret, true), var_export($t->verifySignature($cert), true), var_export($t->appId, true), count($t->services));
}
?>
--EXPECT--
empty string:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
006 + valid body:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
garbage-no-prefix:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
"007":
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
007!!!not base64!!!:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
007 + base64("hello world"):
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
007invalid:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
cut to 70 characters:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
Kotlin truncated token:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
minus the last 4 characters:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
zlib of the content cut to 40 bytes:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
zlib of the content cut to 100 bytes:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
zlib of the content minus its last byte:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
"+" changed to space:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
URL-safe alphabet:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
"7.0" prefix:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
" 07" prefix:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
int 7:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
null:
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
RTC then a bare Service(3):
  => false verify=false appId='' issueTs=0 expire=0 salt=0 types=[] appCert kept=true
--- accepted ---:
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
valid + "\n":
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
valid + " \t":
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
without "=" padding:
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
zlib stream + trailing bytes:
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
raw deflate body:
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
gzip body:
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
zlib level 9 body:
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
RTC then unknown type 999:
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[1] appCert kept=true
unknown type 0 then RTC:
  => true verify=true appId='a1b2c3d4e5f60718293a4b5c6d7e8f90' issueTs=1700000000 expire=600 salt=12345678 types=[] appCert kept=true
array:
  => TypeError
valid, then 006x / 007garbage on the same object:
  006x: first=true second=false verify=false appId='' services=0
  007garbage: first=true second=false verify=false appId='' services=0
