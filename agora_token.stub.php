<?php

/**
 * The PHP-visible API of agora_token.
 *
 * The token classes keep the shape of Agora's official pure-PHP classes on
 * purpose: untyped parameters with the same defaults, no return types, public
 * untyped properties, so that existing code, userland subclasses and
 * strict_types callers keep working unchanged.
 *
 * @generate-class-entries
 * @undocumentable
 */

/** A service of a token 007: its type and its privileges (privilege => expire seconds). */
class Service
{
    /** @var mixed */
    public $type;
    /** @var mixed */
    public $privileges;

    /** @param mixed $serviceType */
    public function __construct($serviceType) {}

    /**
     * @param mixed $privilege
     * @param mixed $expire
     * @return mixed
     */
    public function addPrivilege($privilege, $expire) {}

    /** @return mixed */
    public function getServiceType() {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

class ServiceRtc extends Service
{
    /** @var int */
    const SERVICE_TYPE = 1;
    /** @var int */
    const PRIVILEGE_JOIN_CHANNEL = 1;
    /** @var int */
    const PRIVILEGE_PUBLISH_AUDIO_STREAM = 2;
    /** @var int */
    const PRIVILEGE_PUBLISH_VIDEO_STREAM = 3;
    /** @var int */
    const PRIVILEGE_PUBLISH_DATA_STREAM = 4;

    /** @var mixed */
    public $channelName;
    /** @var mixed */
    public $uid;

    /**
     * @param mixed $channelName
     * @param mixed $uid
     */
    public function __construct($channelName = "", $uid = "") {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

class ServiceRtm extends Service
{
    /** @var int */
    const SERVICE_TYPE = 2;
    /** @var int */
    const PRIVILEGE_LOGIN = 1;

    /** @var mixed */
    public $userId;

    /** @param mixed $userId */
    public function __construct($userId = "") {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

class ServiceStreaming extends Service
{
    /** @var int */
    const SERVICE_TYPE = 3;
    /** @var int */
    const PRIVILEGE_PUBLISH_MIX_STREAM = 1;
    /** @var int */
    const PRIVILEGE_PUBLISH_RAW_STREAM = 2;

    /** @var mixed */
    public $channelName;
    /** @var mixed */
    public $account;

    /**
     * @param mixed $channelName
     * @param mixed $account
     */
    public function __construct($channelName = "", $account = "") {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

class ServiceFpa extends Service
{
    /** @var int */
    const SERVICE_TYPE = 4;
    /** @var int */
    const PRIVILEGE_LOGIN = 1;

    public function __construct() {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

class ServiceChat extends Service
{
    /** @var int */
    const SERVICE_TYPE = 5;
    /** @var int */
    const PRIVILEGE_USER = 1;
    /** @var int */
    const PRIVILEGE_APP = 2;

    /** @var mixed */
    public $userId;

    /** @param mixed $userId */
    public function __construct($userId = "") {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

class ServiceFCdn extends Service
{
    /** @var int */
    const SERVICE_TYPE = 6;
    /** @var int */
    const PRIVILEGE_PUBLISH = 1;
    /** @var int */
    const PRIVILEGE_PLAY = 2;

    /** @var mixed */
    public $channelName;
    /** @var mixed */
    public $account;

    /**
     * @param mixed $channelName
     * @param mixed $account
     */
    public function __construct($channelName = "", $account = "") {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

class ServiceApaas extends Service
{
    /** @var int */
    const SERVICE_TYPE = 7;
    /** @var int */
    const PRIVILEGE_ROOM_USER = 1;
    /** @var int */
    const PRIVILEGE_USER = 2;
    /** @var int */
    const PRIVILEGE_APP = 3;

    /** @var mixed */
    public $roomUuid;
    /** @var mixed */
    public $userUuid;
    /** @var mixed */
    public $role;

    /**
     * @param mixed $roomUuid
     * @param mixed $userUuid
     * @param mixed $role
     */
    public function __construct($roomUuid = "", $userUuid = "", $role = -1) {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

/** The name of type 7 before Agora renamed it ServiceApaas in 2024; kept for code written against it. */
class ServiceEducation extends ServiceApaas
{
}

class Rtm2Permissions
{
    /** @var int */
    const MESSAGE_CHANNELS = 0;
    /** @var int */
    const STREAM_CHANNELS = 1;
    /** @var int */
    const GROUP_CHANNELS = 2;
    /** @var int */
    const SERVER_GROUPS = 3;
    /** @var int */
    const USERS = 4;
    /** @var int */
    const READ = 0;
    /** @var int */
    const WRITE = 1;

    /** @var mixed */
    public $details = [];

    /**
     * @param mixed $resourceType
     * @param mixed $permissionType
     * @param mixed $resources
     * @return mixed
     */
    public function add($resourceType, $permissionType, $resources) {}
}

class ServiceRtm2 extends Service
{
    /** @var int */
    const SERVICE_TYPE = 8;
    /** @var int */
    const PRIVILEGE_LOGIN = 1;

    /** @var mixed */
    public $userId;
    /** @var mixed */
    public $permissions;

    /**
     * @param mixed $userId
     * @param mixed $permissions
     */
    public function __construct($userId = "", $permissions = null) {}

    /** @return mixed */
    public function pack() {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public function unpack(&$data) {}
}

/**
 * Thrown in strict mode (agora_token.strict=1) wherever the official code would
 * silently return "" or build a token that cannot work, and by parse() for a
 * malformed token. The message names the argument and the exact problem and
 * never contains a certificate or key.
 */
class AgoraTokenException extends InvalidArgumentException
{
}

class AccessToken2
{
    /** @var string */
    const VERSION = "007";
    /** @var int */
    const VERSION_LENGTH = 3;

    /** @var mixed */
    public $appCert;
    /** @var mixed */
    public $appId;
    /** @var mixed */
    public $expire;
    /** @var mixed */
    public $issueTs;
    /** @var mixed */
    public $salt;
    /** @var mixed */
    public $services = [];
    /** @var mixed */
    private $signature = "";
    /** @var mixed */
    private $signingInfo = "";
    /** @var mixed */
    private $parsed = false;

    /**
     * @param mixed $appId
     * @param mixed $appCert
     * @param mixed $expire
     */
    public function __construct($appId = "", #[\SensitiveParameter] $appCert = "", $expire = 900) {}

    /**
     * @param mixed $service
     * @return mixed
     */
    public function addService($service) {}

    /**
     * @param mixed $serviceType
     * @return mixed
     */
    public function getServices($serviceType) {}

    /** @return mixed */
    public function build() {}

    /**
     * @param mixed $appCertificate
     * @return mixed
     */
    public function getSign(#[\SensitiveParameter] $appCertificate = null) {}

    /** @return mixed */
    public static function getVersion() {}

    /**
     * @param mixed $str
     * @return mixed
     */
    public static function isUUid($str) {}

    /**
     * @param mixed $token
     * @return mixed
     */
    public function parse($token) {}

    /**
     * @param mixed $appCertificate
     * @return mixed
     */
    public function verifySignature(#[\SensitiveParameter] $appCertificate) {}
}

class Util
{
    /**
     * @param mixed $expected
     * @param mixed $actual
     * @return mixed
     */
    public static function assertEqual($expected, $actual) {}

    /**
     * @param mixed $x
     * @return mixed
     */
    public static function packUint16($x) {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public static function unpackUint16(&$data) {}

    /**
     * @param mixed $x
     * @return mixed
     */
    public static function packUint32($x) {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public static function unpackUint32(&$data) {}

    /**
     * @param mixed $x
     * @return mixed
     */
    public static function packInt16($x) {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public static function unpackInt16(&$data) {}

    /**
     * @param mixed $str
     * @return mixed
     */
    public static function packString($str) {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public static function unpackString(&$data) {}

    /**
     * @param mixed $arr
     * @return mixed
     */
    public static function packMapUint32($arr) {}

    /**
     * @param mixed $data
     * @return mixed
     */
    public static function unpackMapUint32(&$data) {}
}
