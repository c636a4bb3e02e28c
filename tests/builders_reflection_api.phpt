--TEST--
Builders and 006 classes: the official constants, properties, methods, parameters and defaults
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
$classes = ['RtcTokenBuilder2', 'RtmTokenBuilder2', 'ChatTokenBuilder2', 'FpaTokenBuilder', 'ApaasTokenBuilder',
	'EducationTokenBuilder', 'Message', 'AccessToken', 'RtcTokenBuilder', 'RtmTokenBuilder'];
foreach ($classes as $name) {
	$c = new ReflectionClass($name);
	echo "class $name", $c->getParentClass() ? ' extends ' . $c->getParentClass()->name : '', "\n";
	foreach ($c->getReflectionConstants() as $k) {
		echo '  const ', $k->name, ' = ', json_encode($k->getValue()), "\n";
	}
	foreach ($c->getProperties() as $p) {
		echo '  ', $p->isPublic() ? 'public' : 'non-public', $p->isStatic() ? ' static' : '', ' $', $p->name,
			$p->hasType() ? ' typed' : '', ' = ', json_encode($p->getDefaultValue()), "\n";
	}
	foreach ($c->getMethods() as $m) {
		$params = [];
		foreach ($m->getParameters() as $p) {
			$params[] = ($p->hasType() ? 'typed ' : '') . ($p->isPassedByReference() ? '&' : '') . '$' . $p->name
				. ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
		}
		echo '  ', $m->isPublic() ? 'public' : 'non-public', $m->isStatic() ? ' static' : '', ' ', $m->name, '(',
			implode(', ', $params), ')', $m->hasReturnType() ? ' typed' : '', "\n";
	}
}
?>
--EXPECT--
class RtcTokenBuilder2
  const ROLE_PUBLISHER = 1
  const ROLE_SUBSCRIBER = 2
  public static buildTokenWithUid($appId, $appCertificate, $channelName, $uid, $role, $tokenExpire, $privilegeExpire = 0)
  public static buildTokenWithUserAccount($appId, $appCertificate, $channelName, $account, $role, $tokenExpire, $privilegeExpire = 0)
  public static buildTokenWithUidAndPrivilege($appId, $appCertificate, $channelName, $uid, $tokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire)
  public static buildTokenWithUserAccountAndPrivilege($appId, $appCertificate, $channelName, $account, $tokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire)
  public static buildTokenWithRtm($appId, $appCertificate, $channelName, $account, $role, $tokenExpire, $privilegeExpire = 0)
  public static buildTokenWithRtm2($appId, $appCertificate, $channelName, $rtcAccount, $rtcRole, $rtcTokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire, $rtmUserId, $rtmTokenExpire)
class RtmTokenBuilder2
  public static buildToken($appId, $appCertificate, $userId, $expire)
  public static buildTokenWithPermissions($appId, $appCertificate, $userId, $permissions, $expire)
class ChatTokenBuilder2
  public static buildUserToken($appId, $appCertificate, $userId, $expire)
  public static buildAppToken($appId, $appCertificate, $expire)
class FpaTokenBuilder
  public static buildToken($appId, $appCertificate)
class ApaasTokenBuilder
  public static buildRoomUserToken($appId, $appCertificate, $roomUuid, $userUuid, $role, $expire)
  public static buildUserToken($appId, $appCertificate, $userUuid, $expire)
  public static buildAppToken($appId, $appCertificate, $expire)
class EducationTokenBuilder
  public static buildRoomUserToken($appId, $appCertificate, $roomUuid, $userUuid, $role, $expire)
  public static buildUserToken($appId, $appCertificate, $userUuid, $expire)
  public static buildAppToken($appId, $appCertificate, $expire)
class Message
  public $salt = null
  public $ts = null
  public $privileges = null
  public __construct()
  public packContent()
  public unpackContent($msg)
class AccessToken
  const Privileges = {"kJoinChannel":1,"kPublishAudioStream":2,"kPublishVideoStream":3,"kPublishDataStream":4,"kRtmLogin":1000}
  public $appID = null
  public $appCertificate = null
  public $channelName = null
  public $uid = null
  public $message = null
  public __construct()
  public setUid($uid)
  public is_nonempty_string($name, $str)
  public static init($appID, $appCertificate, $channelName, $uid)
  public static initWithToken($token, $appCertificate, $channel, $uid)
  public addPrivilege($key, $expireTimestamp)
  public extract($token, $appCertificate, $channelName, $uid)
  public build()
class RtcTokenBuilder
  const RoleAttendee = 0
  const RolePublisher = 1
  const RoleSubscriber = 2
  const RoleAdmin = 101
  public static buildTokenWithUid($appID, $appCertificate, $channelName, $uid, $role, $privilegeExpireTs)
  public static buildTokenWithUserAccount($appID, $appCertificate, $channelName, $userAccount, $role, $privilegeExpireTs)
class RtmTokenBuilder
  const RoleRtmUser = 1
  public static buildToken($appID, $appCertificate, $userAccount, $role, $privilegeExpireTs)
