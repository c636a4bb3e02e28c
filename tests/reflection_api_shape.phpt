--TEST--
Reflection: every class has the official constants, properties (visibility, defaults) and method signatures (untyped, same defaults, by-reference params, no return types)
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * Expected output: produced by running this same dump over Agora's official
 * pure-PHP classes (AccessToken2.php + Util.php at HEAD). Methods and
 * properties are listed sorted by name so that the order in which an engine
 * reports them does not matter. The #[\SensitiveParameter] attributes that
 * agora_token adds are deliberately not dumped here (see
 * accesstoken2_getsign_sensitive_parameter.phpt).
 */
function show($v) {
    return str_replace("\n", '', var_export($v, true));
}

function dump_class(string $name): void {
    $c = new ReflectionClass($name);
    $parent = $c->getParentClass();
    echo "class $name", $parent ? " extends " . $parent->getName() : "",
        $c->isFinal() ? " final" : "", $c->isAbstract() ? " abstract" : "",
        $c->isInterface() ? " interface" : "", "\n";
    echo "  interfaces: ", implode(',', $c->getInterfaceNames()), "\n";
    $consts = $c->getReflectionConstants();
    usort($consts, fn($a, $b) => strcmp($a->getName(), $b->getName()));
    foreach ($consts as $k) {
        $vis = $k->isPublic() ? 'public' : ($k->isProtected() ? 'protected' : 'private');
        echo "  const $vis {$k->getName()} = ", show($k->getValue()),
            " (declared in {$k->getDeclaringClass()->getName()})\n";
    }
    $props = $c->getProperties();
    usort($props, fn($a, $b) => strcmp($a->getName(), $b->getName()));
    foreach ($props as $p) {
        $vis = $p->isPublic() ? 'public' : ($p->isProtected() ? 'protected' : 'private');
        echo "  prop $vis", $p->isStatic() ? ' static' : '', $p->isReadOnly() ? ' readonly' : '',
            " \${$p->getName()}",
            $p->hasType() ? " type=" . $p->getType() : " untyped",
            $p->hasDefaultValue() ? " default=" . show($p->getDefaultValue()) : " no-default",
            " (declared in {$p->getDeclaringClass()->getName()})\n";
    }
    $methods = $c->getMethods();
    usort($methods, fn($a, $b) => strcmp(strtolower($a->getName()), strtolower($b->getName())));
    foreach ($methods as $m) {
        if ($m->isPrivate()) {
            continue; // checked in accesstoken2_servicesforpacking_private.phpt
        }
        $vis = $m->isPublic() ? 'public' : ($m->isProtected() ? 'protected' : 'private');
        $params = [];
        foreach ($m->getParameters() as $p) {
            $s = ($p->hasType() ? $p->getType() . ' ' : '') . ($p->isPassedByReference() ? '&' : '')
                . ($p->isVariadic() ? '...' : '') . '$' . $p->getName();
            if ($p->isDefaultValueAvailable()) {
                $s .= ' = ' . show($p->getDefaultValue());
            } elseif ($p->isOptional()) {
                $s .= ' (optional)';
            }
            $params[] = $s;
        }
        echo "  method $vis", $m->isStatic() ? ' static' : '', $m->isFinal() ? ' final' : '',
            $m->isAbstract() ? ' abstract' : '', $m->returnsReference() ? ' &' : '',
            " {$m->getName()}(", implode(', ', $params), ")",
            $m->hasReturnType() ? ': ' . $m->getReturnType() : '',
            $m->hasTentativeReturnType() ? ' tentative: ' . $m->getTentativeReturnType() : '',
            " required={$m->getNumberOfRequiredParameters()}",
            " (declared in {$m->getDeclaringClass()->getName()})\n";
    }
}

foreach (['Service', 'ServiceRtc', 'ServiceRtm', 'ServiceStreaming', 'ServiceFpa', 'ServiceChat',
          'ServiceFCdn', 'ServiceApaas', 'Rtm2Permissions', 'ServiceRtm2', 'AccessToken2', 'Util'] as $cls) {
    dump_class($cls);
}
?>
--EXPECT--
class Service
  interfaces: 
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $type untyped default=NULL (declared in Service)
  method public __construct($serviceType) required=1 (declared in Service)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in Service)
  method public unpack(&$data) required=1 (declared in Service)
class ServiceRtc extends Service
  interfaces: 
  const public PRIVILEGE_JOIN_CHANNEL = 1 (declared in ServiceRtc)
  const public PRIVILEGE_PUBLISH_AUDIO_STREAM = 2 (declared in ServiceRtc)
  const public PRIVILEGE_PUBLISH_DATA_STREAM = 4 (declared in ServiceRtc)
  const public PRIVILEGE_PUBLISH_VIDEO_STREAM = 3 (declared in ServiceRtc)
  const public SERVICE_TYPE = 1 (declared in ServiceRtc)
  prop public $channelName untyped default=NULL (declared in ServiceRtc)
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $type untyped default=NULL (declared in Service)
  prop public $uid untyped default=NULL (declared in ServiceRtc)
  method public __construct($channelName = '', $uid = '') required=0 (declared in ServiceRtc)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in ServiceRtc)
  method public unpack(&$data) required=1 (declared in ServiceRtc)
class ServiceRtm extends Service
  interfaces: 
  const public PRIVILEGE_LOGIN = 1 (declared in ServiceRtm)
  const public SERVICE_TYPE = 2 (declared in ServiceRtm)
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $type untyped default=NULL (declared in Service)
  prop public $userId untyped default=NULL (declared in ServiceRtm)
  method public __construct($userId = '') required=0 (declared in ServiceRtm)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in ServiceRtm)
  method public unpack(&$data) required=1 (declared in ServiceRtm)
class ServiceStreaming extends Service
  interfaces: 
  const public PRIVILEGE_PUBLISH_MIX_STREAM = 1 (declared in ServiceStreaming)
  const public PRIVILEGE_PUBLISH_RAW_STREAM = 2 (declared in ServiceStreaming)
  const public SERVICE_TYPE = 3 (declared in ServiceStreaming)
  prop public $account untyped default=NULL (declared in ServiceStreaming)
  prop public $channelName untyped default=NULL (declared in ServiceStreaming)
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $type untyped default=NULL (declared in Service)
  method public __construct($channelName = '', $account = '') required=0 (declared in ServiceStreaming)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in ServiceStreaming)
  method public unpack(&$data) required=1 (declared in ServiceStreaming)
class ServiceFpa extends Service
  interfaces: 
  const public PRIVILEGE_LOGIN = 1 (declared in ServiceFpa)
  const public SERVICE_TYPE = 4 (declared in ServiceFpa)
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $type untyped default=NULL (declared in Service)
  method public __construct() required=0 (declared in ServiceFpa)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in ServiceFpa)
  method public unpack(&$data) required=1 (declared in ServiceFpa)
class ServiceChat extends Service
  interfaces: 
  const public PRIVILEGE_APP = 2 (declared in ServiceChat)
  const public PRIVILEGE_USER = 1 (declared in ServiceChat)
  const public SERVICE_TYPE = 5 (declared in ServiceChat)
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $type untyped default=NULL (declared in Service)
  prop public $userId untyped default=NULL (declared in ServiceChat)
  method public __construct($userId = '') required=0 (declared in ServiceChat)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in ServiceChat)
  method public unpack(&$data) required=1 (declared in ServiceChat)
class ServiceFCdn extends Service
  interfaces: 
  const public PRIVILEGE_PLAY = 2 (declared in ServiceFCdn)
  const public PRIVILEGE_PUBLISH = 1 (declared in ServiceFCdn)
  const public SERVICE_TYPE = 6 (declared in ServiceFCdn)
  prop public $account untyped default=NULL (declared in ServiceFCdn)
  prop public $channelName untyped default=NULL (declared in ServiceFCdn)
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $type untyped default=NULL (declared in Service)
  method public __construct($channelName = '', $account = '') required=0 (declared in ServiceFCdn)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in ServiceFCdn)
  method public unpack(&$data) required=1 (declared in ServiceFCdn)
class ServiceApaas extends Service
  interfaces: 
  const public PRIVILEGE_APP = 3 (declared in ServiceApaas)
  const public PRIVILEGE_ROOM_USER = 1 (declared in ServiceApaas)
  const public PRIVILEGE_USER = 2 (declared in ServiceApaas)
  const public SERVICE_TYPE = 7 (declared in ServiceApaas)
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $role untyped default=NULL (declared in ServiceApaas)
  prop public $roomUuid untyped default=NULL (declared in ServiceApaas)
  prop public $type untyped default=NULL (declared in Service)
  prop public $userUuid untyped default=NULL (declared in ServiceApaas)
  method public __construct($roomUuid = '', $userUuid = '', $role = -1) required=0 (declared in ServiceApaas)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in ServiceApaas)
  method public unpack(&$data) required=1 (declared in ServiceApaas)
class Rtm2Permissions
  interfaces: 
  const public GROUP_CHANNELS = 2 (declared in Rtm2Permissions)
  const public MESSAGE_CHANNELS = 0 (declared in Rtm2Permissions)
  const public READ = 0 (declared in Rtm2Permissions)
  const public SERVER_GROUPS = 3 (declared in Rtm2Permissions)
  const public STREAM_CHANNELS = 1 (declared in Rtm2Permissions)
  const public USERS = 4 (declared in Rtm2Permissions)
  const public WRITE = 1 (declared in Rtm2Permissions)
  prop public $details untyped default=array () (declared in Rtm2Permissions)
  method public add($resourceType, $permissionType, $resources) required=3 (declared in Rtm2Permissions)
class ServiceRtm2 extends Service
  interfaces: 
  const public PRIVILEGE_LOGIN = 1 (declared in ServiceRtm2)
  const public SERVICE_TYPE = 8 (declared in ServiceRtm2)
  prop public $permissions untyped default=NULL (declared in ServiceRtm2)
  prop public $privileges untyped default=NULL (declared in Service)
  prop public $type untyped default=NULL (declared in Service)
  prop public $userId untyped default=NULL (declared in ServiceRtm2)
  method public __construct($userId = '', $permissions = NULL) required=0 (declared in ServiceRtm2)
  method public addPrivilege($privilege, $expire) required=2 (declared in Service)
  method public getServiceType() required=0 (declared in Service)
  method public pack() required=0 (declared in ServiceRtm2)
  method public unpack(&$data) required=1 (declared in ServiceRtm2)
class AccessToken2
  interfaces: 
  const public VERSION = '007' (declared in AccessToken2)
  const public VERSION_LENGTH = 3 (declared in AccessToken2)
  prop public $appCert untyped default=NULL (declared in AccessToken2)
  prop public $appId untyped default=NULL (declared in AccessToken2)
  prop public $expire untyped default=NULL (declared in AccessToken2)
  prop public $issueTs untyped default=NULL (declared in AccessToken2)
  prop private $parsed untyped default=false (declared in AccessToken2)
  prop public $salt untyped default=NULL (declared in AccessToken2)
  prop public $services untyped default=array () (declared in AccessToken2)
  prop private $signature untyped default='' (declared in AccessToken2)
  prop private $signingInfo untyped default='' (declared in AccessToken2)
  method public __construct($appId = '', $appCert = '', $expire = 900) required=0 (declared in AccessToken2)
  method public addService($service) required=1 (declared in AccessToken2)
  method public build() required=0 (declared in AccessToken2)
  method public getServices($serviceType) required=1 (declared in AccessToken2)
  method public getSign($appCertificate = NULL) required=0 (declared in AccessToken2)
  method public static getVersion() required=0 (declared in AccessToken2)
  method public static isUUid($str) required=1 (declared in AccessToken2)
  method public parse($token) required=1 (declared in AccessToken2)
  method public verifySignature($appCertificate) required=1 (declared in AccessToken2)
class Util
  interfaces: 
  method public static assertEqual($expected, $actual) required=2 (declared in Util)
  method public static packInt16($x) required=1 (declared in Util)
  method public static packMapUint32($arr) required=1 (declared in Util)
  method public static packString($str) required=1 (declared in Util)
  method public static packUint16($x) required=1 (declared in Util)
  method public static packUint32($x) required=1 (declared in Util)
  method public static unpackInt16(&$data) required=1 (declared in Util)
  method public static unpackMapUint32(&$data) required=1 (declared in Util)
  method public static unpackString(&$data) required=1 (declared in Util)
  method public static unpackUint16(&$data) required=1 (declared in Util)
  method public static unpackUint32(&$data) required=1 (declared in Util)
