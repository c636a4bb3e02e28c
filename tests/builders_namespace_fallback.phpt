--TEST--
Builders and 006 classes resolve from a namespace, like the other classes of the extension
--EXTENSIONS--
agora_token
--FILE--
<?php
namespace App\Http\Controllers\Api;

$a = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
foreach ([
	fn() => RtcTokenBuilder2::buildTokenWithUid($a, $a, 'c', 1, RtcTokenBuilder2::ROLE_PUBLISHER, 600),
	fn() => RtmTokenBuilder2::buildToken($a, $a, 'u', 600),
	fn() => ChatTokenBuilder2::buildAppToken($a, $a, 600),
	fn() => FpaTokenBuilder::buildToken($a, $a),
	fn() => ApaasTokenBuilder::buildAppToken($a, $a, 600),
	fn() => EducationTokenBuilder::buildAppToken($a, $a, 600),
	fn() => RtcTokenBuilder::buildTokenWithUid($a, $a, 'c', 1, RtcTokenBuilder::RolePublisher, 600),
	fn() => RtmTokenBuilder::buildToken($a, $a, 'u', RtmTokenBuilder::RoleRtmUser, 600),
	fn() => \AccessToken::init($a, $a, 'c', 1)->build(),
	fn() => (new \Message())->ts > 0 ? '006 Message' : '',
] as $build) {
	echo substr($build(), 0, 3), "\n";
}
var_dump(get_class(new \AccessToken()), \AccessToken::Privileges['kRtmLogin']);

/* Generic names stay "not found": a forgotten `use` must not turn into one of Agora's classes. */
foreach (['Message', 'AccessToken', 'Service', 'Util'] as $generic) {
	try {
		$class = __NAMESPACE__ . '\\' . $generic;
		new $class(1);
		echo "$generic resolved\n";
	} catch (\Error $e) {
		echo $e->getMessage(), "\n";
	}
}
try {
	Util::packUint16(1);
} catch (\Error $e) {
	echo $e->getMessage(), "\n";
}
?>
--EXPECT--
007
007
007
007
007
007
006
006
006
006
string(11) "AccessToken"
int(1000)
Class "App\Http\Controllers\Api\Message" not found
Class "App\Http\Controllers\Api\AccessToken" not found
Class "App\Http\Controllers\Api\Service" not found
Class "App\Http\Controllers\Api\Util" not found
Class "App\Http\Controllers\Api\Util" not found
