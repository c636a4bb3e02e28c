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

    /** @return mixed */
    private function servicesForPacking() {}
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

/* ------------------------------------------------------------------ builders (token 007) */

class RtcTokenBuilder2
{
    /** @var int */
    const ROLE_PUBLISHER = 1;
    /** @var int */
    const ROLE_SUBSCRIBER = 2;

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $uid
     * @param mixed $role
     * @param mixed $tokenExpire
     * @param mixed $privilegeExpire
     * @return mixed
     */
    public static function buildTokenWithUid($appId, #[\SensitiveParameter] $appCertificate, $channelName, $uid, $role, $tokenExpire, $privilegeExpire = 0) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $account
     * @param mixed $role
     * @param mixed $tokenExpire
     * @param mixed $privilegeExpire
     * @return mixed
     */
    public static function buildTokenWithUserAccount($appId, #[\SensitiveParameter] $appCertificate, $channelName, $account, $role, $tokenExpire, $privilegeExpire = 0) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $uid
     * @param mixed $tokenExpire
     * @param mixed $joinChannelPrivilegeExpire
     * @param mixed $pubAudioPrivilegeExpire
     * @param mixed $pubVideoPrivilegeExpire
     * @param mixed $pubDataStreamPrivilegeExpire
     * @return mixed
     */
    public static function buildTokenWithUidAndPrivilege($appId, #[\SensitiveParameter] $appCertificate, $channelName, $uid, $tokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $account
     * @param mixed $tokenExpire
     * @param mixed $joinChannelPrivilegeExpire
     * @param mixed $pubAudioPrivilegeExpire
     * @param mixed $pubVideoPrivilegeExpire
     * @param mixed $pubDataStreamPrivilegeExpire
     * @return mixed
     */
    public static function buildTokenWithUserAccountAndPrivilege($appId, #[\SensitiveParameter] $appCertificate, $channelName, $account, $tokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $account
     * @param mixed $role
     * @param mixed $tokenExpire
     * @param mixed $privilegeExpire
     * @return mixed
     */
    public static function buildTokenWithRtm($appId, #[\SensitiveParameter] $appCertificate, $channelName, $account, $role, $tokenExpire, $privilegeExpire = 0) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $rtcAccount
     * @param mixed $rtcRole
     * @param mixed $rtcTokenExpire
     * @param mixed $joinChannelPrivilegeExpire
     * @param mixed $pubAudioPrivilegeExpire
     * @param mixed $pubVideoPrivilegeExpire
     * @param mixed $pubDataStreamPrivilegeExpire
     * @param mixed $rtmUserId
     * @param mixed $rtmTokenExpire
     * @return mixed
     */
    public static function buildTokenWithRtm2($appId, #[\SensitiveParameter] $appCertificate, $channelName, $rtcAccount, $rtcRole, $rtcTokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire, $rtmUserId, $rtmTokenExpire) {}
}

class RtmTokenBuilder2
{
    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $userId
     * @param mixed $expire
     * @return mixed
     */
    public static function buildToken($appId, #[\SensitiveParameter] $appCertificate, $userId, $expire) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $userId
     * @param mixed $permissions
     * @param mixed $expire
     * @return mixed
     */
    public static function buildTokenWithPermissions($appId, #[\SensitiveParameter] $appCertificate, $userId, $permissions, $expire) {}
}

class ChatTokenBuilder2
{
    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $userId
     * @param mixed $expire
     * @return mixed
     */
    public static function buildUserToken($appId, #[\SensitiveParameter] $appCertificate, $userId, $expire) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $expire
     * @return mixed
     */
    public static function buildAppToken($appId, #[\SensitiveParameter] $appCertificate, $expire) {}
}

class FpaTokenBuilder
{
    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @return mixed
     */
    public static function buildToken($appId, #[\SensitiveParameter] $appCertificate) {}
}

class ApaasTokenBuilder
{
    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $roomUuid
     * @param mixed $userUuid
     * @param mixed $role
     * @param mixed $expire
     * @return mixed
     */
    public static function buildRoomUserToken($appId, #[\SensitiveParameter] $appCertificate, $roomUuid, $userUuid, $role, $expire) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $userUuid
     * @param mixed $expire
     * @return mixed
     */
    public static function buildUserToken($appId, #[\SensitiveParameter] $appCertificate, $userUuid, $expire) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $expire
     * @return mixed
     */
    public static function buildAppToken($appId, #[\SensitiveParameter] $appCertificate, $expire) {}
}

/** The pre-2024 name of the APaaS builder; the official class has the same code. */
class EducationTokenBuilder
{
    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $roomUuid
     * @param mixed $userUuid
     * @param mixed $role
     * @param mixed $expire
     * @return mixed
     */
    public static function buildRoomUserToken($appId, #[\SensitiveParameter] $appCertificate, $roomUuid, $userUuid, $role, $expire) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $userUuid
     * @param mixed $expire
     * @return mixed
     */
    public static function buildUserToken($appId, #[\SensitiveParameter] $appCertificate, $userUuid, $expire) {}

    /**
     * @param mixed $appId
     * @param mixed $appCertificate
     * @param mixed $expire
     * @return mixed
     */
    public static function buildAppToken($appId, #[\SensitiveParameter] $appCertificate, $expire) {}
}

/* ------------------------------------------------------------------ legacy token 006 */

/** The signed part of a token 006: salt, timestamp and privileges (privilege => absolute expiry time). */
class Message
{
    /** @var mixed */
    public $salt;
    /** @var mixed */
    public $ts;
    /** @var mixed */
    public $privileges;

    public function __construct() {}

    /** @return mixed */
    public function packContent() {}

    /**
     * @param mixed $msg
     * @return mixed
     */
    public function unpackContent($msg) {}
}

class AccessToken
{
    /* const Privileges (an array) is declared in at_token006.c: gen_stub of PHP 8.2 cannot write array constants. */

    /** @var mixed */
    public $appID;
    /** @var mixed */
    public $appCertificate;
    /** @var mixed */
    public $channelName;
    /** @var mixed */
    public $uid;
    /** @var mixed */
    public $message;

    public function __construct() {}

    /**
     * @param mixed $uid
     * @return mixed
     */
    public function setUid($uid) {}

    /**
     * @param mixed $name
     * @param mixed $str
     * @return mixed
     */
    public function is_nonempty_string($name, $str) {}

    /**
     * @param mixed $appID
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $uid
     * @return mixed
     */
    public static function init($appID, #[\SensitiveParameter] $appCertificate, $channelName, $uid) {}

    /**
     * @param mixed $token
     * @param mixed $appCertificate
     * @param mixed $channel
     * @param mixed $uid
     * @return mixed
     */
    public static function initWithToken($token, #[\SensitiveParameter] $appCertificate, $channel, $uid) {}

    /**
     * @param mixed $key
     * @param mixed $expireTimestamp
     * @return mixed
     */
    public function addPrivilege($key, $expireTimestamp) {}

    /**
     * @param mixed $token
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $uid
     * @return mixed
     */
    public function extract($token, #[\SensitiveParameter] $appCertificate, $channelName, $uid) {}

    /** @return mixed */
    public function build() {}
}

class RtcTokenBuilder
{
    /** @var int */
    const RoleAttendee = 0;
    /** @var int */
    const RolePublisher = 1;
    /** @var int */
    const RoleSubscriber = 2;
    /** @var int */
    const RoleAdmin = 101;

    /**
     * @param mixed $appID
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $uid
     * @param mixed $role
     * @param mixed $privilegeExpireTs
     * @return mixed
     */
    public static function buildTokenWithUid($appID, #[\SensitiveParameter] $appCertificate, $channelName, $uid, $role, $privilegeExpireTs) {}

    /**
     * @param mixed $appID
     * @param mixed $appCertificate
     * @param mixed $channelName
     * @param mixed $userAccount
     * @param mixed $role
     * @param mixed $privilegeExpireTs
     * @return mixed
     */
    public static function buildTokenWithUserAccount($appID, #[\SensitiveParameter] $appCertificate, $channelName, $userAccount, $role, $privilegeExpireTs) {}
}

class RtmTokenBuilder
{
    /** @var int */
    const RoleRtmUser = 1;

    /**
     * @param mixed $appID
     * @param mixed $appCertificate
     * @param mixed $userAccount
     * @param mixed $role
     * @param mixed $privilegeExpireTs
     * @return mixed
     */
    public static function buildToken($appID, #[\SensitiveParameter] $appCertificate, $userAccount, $role, $privilegeExpireTs) {}
}
