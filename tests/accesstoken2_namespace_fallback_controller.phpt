--TEST--
Namespace fallback: a controller in namespace App\Http\Controllers\Api with no use lines builds and parses tokens with our classes
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
namespace App\Http\Controllers\Api;

/*
 * Product behaviour (SPEC 7.1): App\Http\Controllers\Api\AccessToken2 and the
 * other names are not declared anywhere, so after the autoloaders fail the
 * extension resolves them to its global classes and registers an alias under
 * the namespaced name. The token expected below was computed with the
 * official classes called from the global namespace with the same input.
 */
var_dump(class_exists('App\Http\Controllers\Api\AccessToken2'));   // a probe, before any use: false

$token = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$token->issueTs = 1700000000;
$token->salt = 12345678;
$rtc = new ServiceRtc('room1', 0);
$rtc->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
$rtc->addPrivilege(ServiceRtc::PRIVILEGE_PUBLISH_AUDIO_STREAM, 600);
$token->addService($rtc);
$built = $token->build();
echo $built, "\n";
var_dump(AccessToken2::getVersion(), AccessToken2::VERSION, ServiceRtc::PRIVILEGE_PUBLISH_DATA_STREAM);
var_dump(get_class($token), get_class($rtc), $token instanceof \AccessToken2, $rtc instanceof \Service);
echo bin2hex(\Util::packUint16(600)), "\n";
$parser = new AccessToken2();
var_dump($parser->parse($built), $parser->verifySignature('f0e1d2c3b4a5968778695a4b3c2d1e0f'));

// after the first use the alias exists, so type declarations and probes in this namespace see our class
function takes_token(AccessToken2 $t): string
{
    return get_class($t);
}
var_dump(takes_token($token), takes_token(new \AccessToken2()));
var_dump(class_exists('App\Http\Controllers\Api\AccessToken2'), $token instanceof AccessToken2);

// a userland subclass declared in the namespace extends ours
class MyRtc extends ServiceRtc
{
}
$mine = new MyRtc('room1', 0);
var_dump(get_parent_class($mine), MyRtc::SERVICE_TYPE);

// the other names, once each
foreach ([new ServiceRtm('u'), new ServiceStreaming(), new ServiceFpa(), new ServiceChat(), new ServiceFCdn(),
          new ServiceApaas(), new ServiceEducation(), new ServiceRtm2(), new Rtm2Permissions(), new \Service(9)] as $o) {
    echo get_class($o), ' ';
}
echo "\n";
var_dump(Rtm2Permissions::WRITE, ServiceEducation::SERVICE_TYPE);

// a class name in another namespace, fully qualified, and in lower case
$x = new \Some\Other\Vendor\accesstoken2();
var_dump(get_class($x));
?>
--EXPECT--
bool(false)
007eJxTYPjM8sKevVXjCAvzf6lTc3yarTqemZippCWx7bGZnyxoE63AkGiYZJRsnGKSappmZmBuaGFkaZxokmSabJZinmqRZmnA8DE4NYKJgcEvcQ8DIxAyATGIzwQmWRmK8vNzDRkZDAAWzhvj
string(3) "007"
string(3) "007"
int(4)
string(12) "AccessToken2"
string(10) "ServiceRtc"
bool(true)
bool(true)
5802
bool(true)
bool(true)
string(12) "AccessToken2"
string(12) "AccessToken2"
bool(true)
bool(true)
string(10) "ServiceRtc"
int(1)
ServiceRtm ServiceStreaming ServiceFpa ServiceChat ServiceFCdn ServiceApaas ServiceEducation ServiceRtm2 Rtm2Permissions Service 
int(1)
int(7)
string(12) "AccessToken2"
