--TEST--
Services decoded from the official builders' output rebuild the official deterministic tokens; one salt draw per construction
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/vectors_lib.inc';

const APP_ID = '970CA35de60c44645bbae8a215061b33';
const CERT = '5CFd2fd1755d40ecb72977518be15d3b';

foreach (vec_load() as $v) {
	if ($v['category'] !== 'builder_structure') {
		continue;
	}
	$exp = $v['expected'];
	$t = new AccessToken2(APP_ID, CERT, $exp['expire']);
	$t->issueTs = 1111111;
	$t->salt = 1;
	foreach ($exp['services'] as $s) {
		$fields = array_diff_key($s, ['type' => 0, 'class' => 0, 'privileges' => 0, 'permissions' => 0]);
		$svc = new $s['class']();
		foreach ($fields as $f => $value) {
			$svc->$f = $value;
		}
		foreach ($s['privileges'] as [$k, $val]) {
			$svc->addPrivilege($k, $val);
		}
		foreach ($s['permissions'] ?? [] as [$rt, $pt, $resources]) {
			$svc->permissions->add($rt, $pt, $resources);
		}
		$t->addService($svc);
	}
	vec_report($v['name'] . ' equivalent', $exp['equivalent_token_issueTs_1111111_salt_1'], $t->build());

	mt_srand($v['inputs']['mt_srand_before_call']);
	$salted = new AccessToken2(APP_ID, CERT, 600);
	vec_report($v['name'] . ' salt', $exp['salt_after_mt_srand_42'], $salted->salt);
}
?>
--EXPECT--
builder_RtcTokenBuilder2_buildTokenWithUid_9d8d33 equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithUid_9d8d33 salt: ok
builder_RtcTokenBuilder2_buildTokenWithUid_43ec5c equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithUid_43ec5c salt: ok
builder_RtcTokenBuilder2_buildTokenWithUid_2d893c equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithUid_2d893c salt: ok
builder_RtcTokenBuilder2_buildTokenWithUserAccount_45d3cc equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithUserAccount_45d3cc salt: ok
builder_RtcTokenBuilder2_buildTokenWithUserAccount_10eb31 equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithUserAccount_10eb31 salt: ok
builder_RtcTokenBuilder2_buildTokenWithUidAndPrivilege_c2228f equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithUidAndPrivilege_c2228f salt: ok
builder_RtcTokenBuilder2_buildTokenWithUserAccountAndPrivilege_cd0914 equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithUserAccountAndPrivilege_cd0914 salt: ok
builder_RtcTokenBuilder2_buildTokenWithRtm_c02cfb equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithRtm_c02cfb salt: ok
builder_RtcTokenBuilder2_buildTokenWithRtm_db42c3 equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithRtm_db42c3 salt: ok
builder_RtcTokenBuilder2_buildTokenWithRtm2_e19f0f equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithRtm2_e19f0f salt: ok
builder_RtcTokenBuilder2_buildTokenWithRtm2_8b3a36 equivalent: ok
builder_RtcTokenBuilder2_buildTokenWithRtm2_8b3a36 salt: ok
builder_RtmTokenBuilder2_buildToken_879eda equivalent: ok
builder_RtmTokenBuilder2_buildToken_879eda salt: ok
builder_RtmTokenBuilder2_buildTokenWithPermissions_7ddabd equivalent: ok
builder_RtmTokenBuilder2_buildTokenWithPermissions_7ddabd salt: ok
builder_ChatTokenBuilder2_buildUserToken_2173af equivalent: ok
builder_ChatTokenBuilder2_buildUserToken_2173af salt: ok
builder_ChatTokenBuilder2_buildAppToken_6dc7c4 equivalent: ok
builder_ChatTokenBuilder2_buildAppToken_6dc7c4 salt: ok
builder_FpaTokenBuilder_buildToken_4533fb equivalent: ok
builder_FpaTokenBuilder_buildToken_4533fb salt: ok
builder_EducationTokenBuilder_buildRoomUserToken_e26cea equivalent: ok
builder_EducationTokenBuilder_buildRoomUserToken_e26cea salt: ok
builder_EducationTokenBuilder_buildUserToken_2173af equivalent: ok
builder_EducationTokenBuilder_buildUserToken_2173af salt: ok
builder_EducationTokenBuilder_buildAppToken_6dc7c4 equivalent: ok
builder_EducationTokenBuilder_buildAppToken_6dc7c4 salt: ok
builder_ApaasTokenBuilder_buildRoomUserToken_e26cea equivalent: ok
builder_ApaasTokenBuilder_buildRoomUserToken_e26cea salt: ok
builder_ApaasTokenBuilder_buildUserToken_2173af equivalent: ok
builder_ApaasTokenBuilder_buildUserToken_2173af salt: ok
builder_ApaasTokenBuilder_buildAppToken_6dc7c4 equivalent: ok
builder_ApaasTokenBuilder_buildAppToken_6dc7c4 salt: ok
