--TEST--
#[\SensitiveParameter] on the certificate parameters: present in Reflection, and stack traces show SensitiveParameterValue instead of the certificate
--EXTENSIONS--
agora_token
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=40
--FILE--
<?php
/*
 * Product decision (SPEC 7.7): the official code has no attributes; agora_token
 * marks every certificate parameter ($appCertificate, and $appCert of the
 * AccessToken2 constructor) with #[\SensitiveParameter]. The list of
 * parameters expected below is every parameter named $appCert/$appCertificate
 * in the official versions of these classes (computed from the official
 * sources); no other parameter carries the attribute. That
 * verifySignature() calls $this->getSign($cert) (so a userland override runs)
 * is official behaviour.
 */
$secret = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

echo "-- parameters carrying #[\\SensitiveParameter]\n";
foreach (['Service', 'ServiceRtc', 'ServiceRtm', 'ServiceStreaming', 'ServiceFpa', 'ServiceChat', 'ServiceFCdn',
          'ServiceApaas', 'ServiceEducation', 'Rtm2Permissions', 'ServiceRtm2', 'AccessToken2', 'Util'] as $cls) {
    foreach ((new ReflectionClass($cls))->getMethods() as $m) {
        if ($m->getDeclaringClass()->getName() !== $cls) {
            continue;
        }
        foreach ($m->getParameters() as $p) {
            $attrs = array_map(fn($a) => $a->getName(), $p->getAttributes());
            $isCert = preg_match('/^appCert/i', $p->getName());
            if ($attrs || $isCert) {
                echo "$cls::{$m->getName()} \${$p->getName()}: ", $attrs ? implode(',', $attrs) : 'NO ATTRIBUTE', "\n";
            }
        }
    }
}

$attr = (new ReflectionMethod('AccessToken2', '__construct'))->getParameters()[1]->getAttributes()[0];
var_dump($attr->getName(), $attr->getArguments(), $attr->newInstance() instanceof SensitiveParameter);

echo "-- a userland getSign() override called by verifySignature(\$cert)\n";
class TracingToken extends AccessToken2
{
    public function getSign($appCertificate = null)
    {
        foreach (debug_backtrace() as $i => $f) {
            if (($f['function'] ?? '') === 'verifySignature') {
                $a = $f['args'][0];
                echo "debug_backtrace frame $i verifySignature arg: ",
                    is_object($a) ? get_class($a) : var_export($a, true), "\n";
            }
        }
        throw new RuntimeException('stop');
    }
}
$b = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', $secret, 600);
$b->issueTs = 1700000000;
$b->salt = 12345678;
$s = new ServiceRtc('room1', 1);
$s->addPrivilege(1, 600);
$b->addService($s);
$t = new TracingToken();
var_dump($t->parse($b->build()));
try {
    $t->verifySignature($secret);
} catch (RuntimeException $e) {
    $trace = $e->getTraceAsString();
    // frame #0 is the userland override (no attribute there); frame #1 is ours.
    echo preg_replace('/^#0 .*$/m', '#0 (userland override)', $trace), "\n";
    echo "secret in frame #1 or later: ", var_export(str_contains(substr($trace, strpos($trace, '#1')), substr($secret, 0, 10)), true), "\n";
}

echo "-- an exception raised while our method converts the certificate\n";
class ThrowingCert
{
    public function __toString(): string
    {
        throw new LogicException('no string');
    }
}
foreach (['getSign'] as $method) {
    try {
        $t = new AccessToken2();
        if ($method === 'verifySignature') {
            $t->parse($b->build());
        }
        $t->$method(new ThrowingCert());
        echo "$method: no exception\n";
    } catch (LogicException $e) {
        foreach ($e->getTrace() as $f) {
            if (($f['class'] ?? '') === 'AccessToken2') {
                echo "$method frame: {$f['function']}(", implode(', ', array_map(fn($a) => get_debug_type($a), $f['args'])), ")\n";
            }
        }
    }
}
?>
--EXPECTF--
-- parameters carrying #[\SensitiveParameter]
AccessToken2::__construct $appCert: SensitiveParameter
AccessToken2::getSign $appCertificate: SensitiveParameter
AccessToken2::verifySignature $appCertificate: SensitiveParameter
string(18) "SensitiveParameter"
array(0) {
}
bool(true)
-- a userland getSign() override called by verifySignature($cert)
bool(true)
debug_backtrace frame 1 verifySignature arg: SensitiveParameterValue
#0 (userland override)
#1 %s(%d): AccessToken2->verifySignature(Object(SensitiveParameterValue))
#2 {main}
secret in frame #1 or later: false
-- an exception raised while our method converts the certificate
getSign frame: getSign(SensitiveParameterValue)
