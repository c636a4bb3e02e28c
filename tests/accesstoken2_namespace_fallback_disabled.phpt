--TEST--
Namespace fallback off (agora_token.namespace_fallback=0): App\Http\Controllers\Api\AccessToken2 stays a fatal "Class not found"
--EXTENSIONS--
agora_token
--INI--
agora_token.namespace_fallback=0
--FILE--
<?php
namespace App\Http\Controllers\Api;

/* Product behaviour (SPEC 7.1: "an INI setting turns it off"); the global names still work. */
var_dump(ini_get('agora_token.namespace_fallback'));
var_dump(get_class(new \AccessToken2()));
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
echo "not reached\n";
?>
--EXPECTF--
string(1) "0"
string(12) "AccessToken2"

Fatal error: Uncaught Error: Class "App\Http\Controllers\Api\AccessToken2" not found in %s:%d
Stack trace:
#0 {main}
  thrown in %s on line %d
