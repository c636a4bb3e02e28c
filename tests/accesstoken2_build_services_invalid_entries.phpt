--TEST--
AccessToken2::build with $services that are not a list of services: the errors the official code raises
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Expected: the official AccessToken2 (HEAD). Errors that PHP itself raises
 * in the official code ("Call to a member function ... on ...", "Call to
 * undefined method ...") are compared in full; for the count() TypeError of a
 * non-array $services only the class and the "<type> given" part are checked
 * (our message may be clearer).
 */
function attempt($label, $services) {
    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    $t->services = $services;
    try {
        $r = $t->build();
        echo "$label: ", var_export($r, true), "\n";
    } catch (TypeError $e) {
        preg_match('/(\w+) given/', $e->getMessage(), $m);
        echo "$label: ", get_class($e), ' (', $m[0] ?? '?', ")\n";
    } catch (Error $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$rtc = new ServiceRtc('room1', 1);
$rtc->addPrivilege(1, 600);
attempt('one string', ['x']);
attempt('string and service', ['x', $rtc]);
attempt('null entry alone', [null]);
attempt('stdClass alone', [new stdClass()]);
attempt('stdClass and service', [new stdClass(), $rtc]);
attempt('services = "abc"', 'abc');
attempt('services = null', null);
attempt('services = 5', 5);
?>
--EXPECT--
one string: Error: Call to a member function pack() on string
string and service: Error: Call to a member function getServiceType() on string
null entry alone: Error: Call to a member function pack() on null
stdClass alone: Error: Call to undefined method stdClass::pack()
stdClass and service: Error: Call to undefined method stdClass::getServiceType()
services = "abc": TypeError (string given)
services = null: TypeError (null given)
services = 5: TypeError (int given)
