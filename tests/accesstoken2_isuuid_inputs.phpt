--TEST--
AccessToken2::isUUid and getVersion: 32 hex digits of either case; anything else false; case-insensitive method names
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Expected: output of the official AccessToken2 (HEAD), except that
 * isUUid(null) is false without the strlen() deprecation (no deprecation from
 * our code) and the TypeError message is ours (only class and "<type> given"
 * are checked).
 */
$cases = [
    'lower' => 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    'upper' => 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
    'mixed' => '970CA35de60c44645bbae8a215061b33',
    'leading zero' => '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    '31 chars' => 'a1b2c3d4e5f60718293a4b5c6d7e8f9',
    '33 chars' => 'a1b2c3d4e5f60718293a4b5c6d7e8f900',
    'with g' => 'g1b2c3d4e5f60718293a4b5c6d7e8f90',
    'with z' => 'a1b2c3d4e5f60718293a4b5c6d7e8f9z',
    'trailing newline' => "a1b2c3d4e5f60718293a4b5c6d7e8f9\n",
    '32 + newline' => "a1b2c3d4e5f60718293a4b5c6d7e8f90\n",
    'space' => 'a1b2c3d4e5f60718293a4b5c6d7e8f9 ',
    'NUL' => "a1b2c3d4e5f60718293a4b5c6d7e8f9\0",
    'dashes (36)' => 'a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90',
    'empty' => '',
    'int' => 12345678901234567890123456789012,
    'int 32 digits as float' => 1.2345678901234567e31,
    'null' => null,
    'true' => true,
    'Stringable' => new class { function __toString(): string { return 'ABCDEFabcdef01234567890123456789'; } },
];
foreach ($cases as $label => $v) {
    echo str_pad($label, 24), ': ', var_export(AccessToken2::isUUid($v), true), "\n";
}
foreach ([['a1b2c3d4e5f60718293a4b5c6d7e8f90'], new stdClass()] as $bad) {
    try {
        var_dump(AccessToken2::isUUid($bad));
    } catch (TypeError $e) {
        preg_match('/(\w+) given/', $e->getMessage(), $m);
        echo get_class($e), ' (', $m[0] ?? '?', ")\n";
    }
}
// verifySignature() checks the certificate with isUUid(): a Stringable is converted (its exception propagates)
class ThrowingCert { function __toString(): string { throw new LogicException('converted'); } }
$parsed = new AccessToken2();
$parsed->parse('007eJxTYDicvn5eZk3SNa0F31cuVd5x4POKi99OKjh6Zyy+fosryeyEAkOiYZJRsnGKSappmpmBuaGFkaVxokmSabJZinmqRZqlAcPH4NQIJgYGv8Q9DIxQCOKzMhTl5+cacjEYWVgYGZsYGpkbAwCIyyMR');
try {
    var_dump($parsed->verifySignature(new ThrowingCert()));
} catch (LogicException $e) {
    echo "LogicException: ", $e->getMessage(), "\n";
}
var_dump(AccessToken2::isuuid('a1b2c3d4e5f60718293a4b5c6d7e8f90'), AccessToken2::ISUUID('x'));
var_dump((new AccessToken2())->isUUid('a1b2c3d4e5f60718293a4b5c6d7e8f90'));
var_dump(AccessToken2::getVersion(), AccessToken2::GETVERSION(), (new AccessToken2())->getVersion());
var_dump(AccessToken2::VERSION, AccessToken2::VERSION_LENGTH);
// A debug PHP makes an extra argument to an internal method fatal: there the call goes without it.
var_dump(AccessToken2::isUUid('a1b2c3d4e5f60718293a4b5c6d7e8f90', ...(PHP_DEBUG ? [] : ['extra arg ignored'])));
?>
--EXPECT--
lower                   : true
upper                   : true
mixed                   : true
leading zero            : true
31 chars                : false
33 chars                : false
with g                  : false
with z                  : false
trailing newline        : false
32 + newline            : false
space                   : false
NUL                     : false
dashes (36)             : false
empty                   : false
int                     : false
int 32 digits as float  : false
null                    : false
true                    : false
Stringable              : false
TypeError (array given)
TypeError (stdClass given)
LogicException: converted
bool(true)
bool(false)
bool(true)
string(3) "007"
string(3) "007"
string(3) "007"
string(3) "007"
int(3)
bool(true)
