--TEST--
Namespace fallback with Composer's autoloader: the application's own App\Models\Service and App\Http\Controllers\Api\Util win over ours
--EXTENSIONS--
agora_token
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
exec('composer --version 2>/dev/null', $out, $rc);
if ($rc !== 0) die('skip the composer command is not available');
?>
--FILE--
<?php
/*
 * Product behaviour (SPEC 7.1: "The application's own classes always win").
 * A throw-away Composer project is written to a temporary directory, with a
 * PSR-4 mapping App\ => src/, and `composer dump-autoload` generates
 * vendor/autoload.php; nothing is downloaded.
 */
$dir = sys_get_temp_dir() . '/agora_token_composer_' . md5(__DIR__);
@mkdir("$dir/src/Models", 0777, true);
@mkdir("$dir/src/Http/Controllers/Api", 0777, true);
file_put_contents("$dir/composer.json", json_encode(['autoload' => ['psr-4' => ['App\\' => 'src/']]]));
file_put_contents("$dir/src/Models/Service.php", <<<'PHP'
<?php
namespace App\Models;

class Service
{
    public function who()
    {
        return 'the application model ' . static::class;
    }
}
PHP);
file_put_contents("$dir/src/Http/Controllers/Api/Util.php", <<<'PHP'
<?php
namespace App\Http\Controllers\Api;

class Util
{
    public static function packUint16($x)
    {
        return 'application Util::packUint16(' . $x . ')';
    }
}
PHP);
file_put_contents("$dir/src/Http/Controllers/Api/TokenController.php", <<<'PHP'
<?php
namespace App\Http\Controllers\Api;

class TokenController
{
    public function token()
    {
        $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
        $t->issueTs = 1700000000;
        $t->salt = 12345678;
        $s = new ServiceRtc('room1', 0);
        $s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
        $t->addService($s);
        return [get_class($t), get_class($s), $t->build(), Util::packUint16(600)];
    }
}
PHP);
file_put_contents("$dir/src/Models/Room.php", <<<'PHP'
<?php
namespace App\Models;

class Room
{
    public function objects()
    {
        // Service is the application's App\Models\Service; ServiceRtm is not in src/, so ours
        return [get_class(new Service()), (new Service())->who(), get_class(new ServiceRtm('u'))];
    }
}
PHP);

$env = ['COMPOSER_HOME' => "$dir/.composer-home", 'COMPOSER_ALLOW_SUPERUSER' => '1', 'COMPOSER_NO_INTERACTION' => '1',
        'COMPOSER_DISABLE_NETWORK' => '1', 'PATH' => getenv('PATH'), 'HOME' => $dir];
$proc = proc_open(['composer', 'dump-autoload', '-q', '--no-interaction'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $dir, $env);
$stdout = stream_get_contents($pipes[1]);
$stderr = stream_get_contents($pipes[2]);
$rc = proc_close($proc);
echo "composer dump-autoload exit code: $rc", $rc ? "\n$stdout$stderr" : '', "\n";
var_dump(is_file("$dir/vendor/autoload.php"));

require "$dir/vendor/autoload.php";
print_r((new App\Http\Controllers\Api\TokenController())->token());
print_r((new App\Models\Room())->objects());
var_dump(get_class(new \Service(1)));
var_dump(class_exists('App\Models\Service'), class_exists('App\Models\AccessToken2'));
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir() . '/agora_token_composer_' . md5(__DIR__);
if (is_dir($dir)) {
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS),
        RecursiveIteratorIterator::CHILD_FIRST);
    foreach ($it as $f) {
        $f->isDir() ? rmdir($f->getPathname()) : unlink($f->getPathname());
    }
    rmdir($dir);
}
?>
--EXPECT--
composer dump-autoload exit code: 0
bool(true)
Array
(
    [0] => AccessToken2
    [1] => ServiceRtc
    [2] => 007eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU=
    [3] => application Util::packUint16(600)
)
Array
(
    [0] => App\Models\Service
    [1] => the application model App\Models\Service
    [2] => ServiceRtm
)
string(7) "Service"
bool(true)
bool(false)
