--TEST--
agora_token.compat reproduces the 2022, 2023-2025 and 2026 official code: build order, duplicates, empty tokens, parse state
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
require __DIR__ . '/vectors_lib.inc';

$versions = ['2022' => 'php_2022-12_4370c96', '2023' => 'php_2025-05_b3269b1', '2026' => 'php_2026-07_HEAD'];

foreach ($versions as $mode => $key) {
	ini_set('agora_token.compat', $mode);
	foreach (vec_load() as $v) {
		if ($v['category'] === 'version_difference') {
			vec_report("$mode {$v['name']}", $v['expected_by_version'][$key], vec_build($v['inputs']));
		}
	}
}

/*
 * Parse edge cases in the 2022 and 2023 modes. The official result stands where
 * it came without warnings from a well-formed token; a malformed token (one the
 * old code "parsed" with warnings, or a prefix other than exactly "007") gives
 * false and leaves the object as it was, since the old parse() reset nothing.
 * An unknown service type is well formed: false, with what came before kept.
 */
foreach (['2022', '2023'] as $mode) {
	ini_set('agora_token.compat', $mode);
	foreach (vec_load() as $v) {
		if ($v['category'] !== 'edge') {
			continue;
		}
		$exp = $v['expected_by_version'][$versions[$mode]];
		$t = new AccessToken2();
		$before = [$t->issueTs, $t->salt];
		$ret = $t->parse($v['inputs']['token']);
		$malformed = ($exp['return'] && $exp['warnings'] !== []) || strncmp($v['inputs']['token'], '007', 3) !== 0;
		if ($malformed) {
			$exp = ['return' => false, 'appId' => '', 'issueTs' => $before[0], 'expire' => 900, 'salt' => $before[1],
				'service_types' => [], 'services_keys' => []];
		}
		foreach (['issueTs' => 0, 'salt' => 1] as $f => $i) {
			if ($exp[$f] === 'unchanged constructor default') {
				$exp[$f] = $before[$i];
			}
		}
		$got = [
			'return' => $ret,
			'appId' => $t->appId,
			'issueTs' => $t->issueTs,
			'expire' => $t->expire,
			'salt' => $t->salt,
			'service_types' => array_values(array_map(fn($s) => $s->type, $t->services)),
			'services_keys' => array_keys($t->services),
		];
		vec_report("$mode {$v['name']}", array_intersect_key($exp, $got), $got);
	}
}
?>
--EXPECT--
2022 versiondiff_order_rtm_then_rtc: ok
2022 versiondiff_order_rtc_then_rtm: ok
2022 versiondiff_duplicate_rtc: ok
2022 versiondiff_duplicate_rtc_only_second: ok
2022 versiondiff_rtm_rtc_rtc_repeated_php_test: ok
2022 versiondiff_zero_services: ok
2022 versiondiff_rtc_uid_int_0: ok
2022 versiondiff_privileges_added_out_of_order: ok
2022 versiondiff_apaas_room_user_insertion_order: ok
2022 versiondiff_apaas_role_0: ok
2023 versiondiff_order_rtm_then_rtc: ok
2023 versiondiff_order_rtc_then_rtm: ok
2023 versiondiff_duplicate_rtc: ok
2023 versiondiff_duplicate_rtc_only_second: ok
2023 versiondiff_rtm_rtc_rtc_repeated_php_test: ok
2023 versiondiff_zero_services: ok
2023 versiondiff_rtc_uid_int_0: ok
2023 versiondiff_privileges_added_out_of_order: ok
2023 versiondiff_apaas_room_user_insertion_order: ok
2023 versiondiff_apaas_role_0: ok
2026 versiondiff_order_rtm_then_rtc: ok
2026 versiondiff_order_rtc_then_rtm: ok
2026 versiondiff_duplicate_rtc: ok
2026 versiondiff_duplicate_rtc_only_second: ok
2026 versiondiff_rtm_rtc_rtc_repeated_php_test: ok
2026 versiondiff_zero_services: ok
2026 versiondiff_rtc_uid_int_0: ok
2026 versiondiff_privileges_added_out_of_order: ok
2026 versiondiff_apaas_room_user_insertion_order: ok
2026 versiondiff_apaas_role_0: ok
2022 edge_parse_empty_string: ok
2022 edge_parse_prefix_only_007: ok
2022 edge_parse_wrong_version_006: ok
2022 edge_parse_no_prefix_garbage: ok
2022 edge_parse_non_base64: ok
2022 edge_parse_base64_not_zlib: ok
2022 edge_parse_invalid_007invalid: ok
2022 edge_parse_kotlin_truncated_token: ok
2022 edge_parse_truncated_70_chars: ok
2022 edge_parse_zlib_of_truncated_payload_40B: ok
2022 edge_parse_zlib_of_truncated_payload_100B: ok
2022 edge_parse_trailing_garbage_after_zlib_stream: ok
2022 edge_parse_raw_deflate_body: ok
2022 edge_parse_gzip_body: ok
2022 edge_parse_plus_replaced_by_space: ok
2022 edge_parse_urlsafe_base64: ok
2022 edge_parse_trailing_newline: ok
2022 edge_parse_missing_padding: ok
2022 edge_parse_numeric_prefix_7.0: ok
2022 edge_parse_numeric_prefix_space07: ok
2022 edge_parse_rtc_then_unknown_999: ok
2022 edge_parse_unknown_0_then_rtc: ok
2023 edge_parse_empty_string: ok
2023 edge_parse_prefix_only_007: ok
2023 edge_parse_wrong_version_006: ok
2023 edge_parse_no_prefix_garbage: ok
2023 edge_parse_non_base64: ok
2023 edge_parse_base64_not_zlib: ok
2023 edge_parse_invalid_007invalid: ok
2023 edge_parse_kotlin_truncated_token: ok
2023 edge_parse_truncated_70_chars: ok
2023 edge_parse_zlib_of_truncated_payload_40B: ok
2023 edge_parse_zlib_of_truncated_payload_100B: ok
2023 edge_parse_trailing_garbage_after_zlib_stream: ok
2023 edge_parse_raw_deflate_body: ok
2023 edge_parse_gzip_body: ok
2023 edge_parse_plus_replaced_by_space: ok
2023 edge_parse_urlsafe_base64: ok
2023 edge_parse_trailing_newline: ok
2023 edge_parse_missing_padding: ok
2023 edge_parse_numeric_prefix_7.0: ok
2023 edge_parse_numeric_prefix_space07: ok
2023 edge_parse_rtc_then_unknown_999: ok
2023 edge_parse_unknown_0_then_rtc: ok
