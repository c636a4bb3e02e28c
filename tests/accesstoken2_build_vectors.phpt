--TEST--
AccessToken2::build() reproduces every official build vector byte for byte, and parse() reads each back
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/vectors_lib.inc';

foreach (vec_load() as $v) {
	if (!in_array($v['category'], ['official_build', 'version_difference'], true)) {
		continue;
	}
	$token = vec_build($v['inputs']);
	vec_report($v['name'] . ' build', $v['expected'], $token);
	if (isset($v['expected_parse'])) {
		$t = new AccessToken2();
		$ret = $t->parse($token);
		vec_compare_parse($v['name'] . ' parse', $t, $ret, $v['expected_parse'], $v['inputs']['appCertificate']);
		vec_report($v['name'] . ' content', $v['expected_parse']['payload_hex'], $token === '' ? '' : vec_payload_hex($token));
	}
}
?>
--EXPECT--
build_rtc_uid_int build: ok
build_rtc_uid_int parse: ok
build_rtc_uid_int content: ok
build_rtc_uid_empty_string build: ok
build_rtc_uid_empty_string parse: ok
build_rtc_uid_empty_string content: ok
build_rtc_uid_string build: ok
build_rtc_uid_string parse: ok
build_rtc_uid_string content: ok
build_chat_user build: ok
build_chat_user parse: ok
build_chat_user content: ok
build_chat_app build: ok
build_chat_app parse: ok
build_chat_app content: ok
build_multi_rtc_rtm_chat build: ok
build_multi_rtc_rtm_chat parse: ok
build_multi_rtc_rtm_chat content: ok
build_streaming_fcdn_uid_conversion build: ok
build_streaming_fcdn_uid_conversion parse: ok
build_streaming_fcdn_uid_conversion content: ok
build_streaming_fcdn_rtm2_extended build: ok
build_streaming_fcdn_rtm2_extended parse: ok
build_streaming_fcdn_rtm2_extended content: ok
build_rtm_account_numeric_string build: ok
build_rtm_account_numeric_string parse: ok
build_rtm_account_numeric_string content: ok
build_rtm_test_user build: ok
build_rtm_test_user parse: ok
build_rtm_test_user content: ok
build_apaas_room_user build: ok
build_apaas_room_user parse: ok
build_apaas_room_user content: ok
build_apaas_user build: ok
build_apaas_user parse: ok
build_apaas_user content: ok
build_apaas_app build: ok
build_apaas_app parse: ok
build_apaas_app content: ok
build_multi_rtc_rtm_fpa_chat build: ok
build_multi_rtc_rtm_fpa_chat parse: ok
build_multi_rtc_rtm_fpa_chat content: ok
build_multi_rtc_rtm build: ok
build_multi_rtc_rtm parse: ok
build_multi_rtc_rtm content: ok
build_multi_rtc_rtm_fpa_chat_apaas build: ok
build_multi_rtc_rtm_fpa_chat_apaas parse: ok
build_multi_rtc_rtm_fpa_chat_apaas content: ok
build_multi_rtc_rtm_chat_apaas build: ok
build_multi_rtc_rtm_chat_apaas parse: ok
build_multi_rtc_rtm_chat_apaas content: ok
versiondiff_order_rtm_then_rtc build: ok
versiondiff_order_rtc_then_rtm build: ok
versiondiff_duplicate_rtc build: ok
versiondiff_duplicate_rtc_only_second build: ok
versiondiff_rtm_rtc_rtc_repeated_php_test build: ok
versiondiff_zero_services build: ok
versiondiff_rtc_uid_int_0 build: ok
versiondiff_privileges_added_out_of_order build: ok
versiondiff_apaas_room_user_insertion_order build: ok
versiondiff_apaas_role_0 build: ok
