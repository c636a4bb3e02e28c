--TEST--
Namespace fallback: a name whose last segment is not one of ours (App\Foo\Bar) still fails with "Class not found"
--EXTENSIONS--
agora_token
--FILE--
<?php
namespace App\Foo;

/* Product behaviour: only the official class names are resolved (SPEC 7.1). */
foreach (['App\Foo\Bar', 'App\Foo\AccessToken3', 'App\Foo\AccessTokens', 'App\Foo\Services', 'App\Foo\RtcService'] as $name) {
    try {
        new $name();
    } catch (\Error $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(class_exists('App\Foo\AccessToken2'));   // a probe from an internal function does not resolve
new Bar();
?>
--EXPECTF--
Class "App\Foo\Bar" not found
Class "App\Foo\AccessToken3" not found
Class "App\Foo\AccessTokens" not found
Class "App\Foo\Services" not found
Class "App\Foo\RtcService" not found
bool(false)

Fatal error: Uncaught Error: Class "App\Foo\Bar" not found in %s:%d
Stack trace:
#0 {main}
  thrown in %s on line %d
