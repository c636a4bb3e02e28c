--TEST--
Namespace fallback: ini_set() at run time switches it; constants and static calls go through it too
--EXTENSIONS--
agora_token
--FILE--
<?php
namespace App\Toggle;

/* Product behaviour (README: the setting can be changed with ini_set()). */
ini_set('agora_token.namespace_fallback', '0');
try {
    var_dump(ServiceRtc::PRIVILEGE_JOIN_CHANNEL);
} catch (\Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    var_dump(AccessToken2::getVersion());
} catch (\Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
ini_set('agora_token.namespace_fallback', '1');
var_dump(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, AccessToken2::getVersion(), AccessToken2::isUUid('a1b2c3d4e5f60718293a4b5c6d7e8f90'));
?>
--EXPECT--
Error: Class "App\Toggle\ServiceRtc" not found
Error: Class "App\Toggle\AccessToken2" not found
int(1)
string(3) "007"
bool(true)
