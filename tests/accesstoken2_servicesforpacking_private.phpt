--TEST--
AccessToken2 has the official private method servicesForPacking() (SPEC 2.1), not callable from outside
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: what Reflection reports for the official AccessToken2 (HEAD). */
$c = new ReflectionClass('AccessToken2');
var_dump($c->hasMethod('servicesForPacking'));
if ($c->hasMethod('servicesForPacking')) {
    $m = $c->getMethod('servicesForPacking');
    var_dump($m->isPrivate(), $m->isStatic(), $m->getNumberOfParameters(), $m->hasReturnType());
}
try {
    (new AccessToken2())->servicesForPacking();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
int(0)
bool(false)
Error: Call to private method AccessToken2::servicesForPacking() from global scope
