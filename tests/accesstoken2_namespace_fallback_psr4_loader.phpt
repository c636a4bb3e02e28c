--TEST--
Namespace fallback with a userland PSR-4 autoloader (spl_autoload_register): application classes win, ours fill in only what the loader cannot find
--EXTENSIONS--
agora_token
--FILE--
<?php
namespace {
    /*
     * Product behaviour (SPEC 7.1). The same PSR-4 rule Composer applies
     * (App\ => fixtures/psr4/), written by hand so this test runs without the
     * composer command (see accesstoken2_namespace_fallback_composer.phpt).
     * The fixture files end in .inc because the repository ignores
     * the .php files under tests/ (run-tests generates them).
     */
    $log = [];
    spl_autoload_register(function ($class) use (&$log) {
        $log[] = $class;
        if (strncmp($class, 'App\\', 4) === 0) {
            $file = __DIR__ . '/fixtures/psr4/' . str_replace('\\', '/', substr($class, 4)) . '.inc';
            if (is_file($file)) {
                require $file;
            }
        }
    });
}

namespace App\Http\Controllers\Api {
    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    $s = new ServiceRtc('room1', 0);
    $s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
    $t->addService($s);
    echo get_class($t), ' ', get_class($s), ' ', $t->build(), "\n";
    echo Util::packUint16(600), "\n";          // the application's class
    echo bin2hex(\Util::packUint16(600)), "\n"; // ours, fully qualified
}

namespace App\Models {
    $m = new Service();
    echo get_class($m), ' ', $m->origin, "\n";
    echo get_class(new ServiceChat('u')), "\n";
}

namespace {
    // the autoloader was asked first for every namespaced name, once each
    echo implode("\n", $log), "\n";
}
?>
--EXPECT--
AccessToken2 ServiceRtc 007eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU=
application Util(600)
5802
App\Models\Service application
ServiceChat
App\Http\Controllers\Api\AccessToken2
App\Http\Controllers\Api\ServiceRtc
App\Http\Controllers\Api\Util
App\Models\Service
App\Models\ServiceChat
