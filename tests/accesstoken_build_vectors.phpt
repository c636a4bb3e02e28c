--TEST--
AccessToken (006)::build(): the legacy_006 known answers of vectors.json (official test inputs)
--DESCRIPTION--
expectations: official (tools/official_expect.php runs this file with Agora's pure-PHP classes)
--EXTENSIONS--
agora_token
--FILE--
<?php
$vectors = json_decode(file_get_contents(__DIR__ . '/data/vectors.json'), true);
foreach ($vectors as $v) {
	if ($v['category'] !== 'legacy_006') {
		continue;
	}
	$in = $v['inputs'];
	$t = AccessToken::init($in['appId'], $in['appCertificate'], $in['channelName'], $in['uid']);
	$t->message->salt = $in['message_salt'];
	$t->message->ts = $in['message_ts'];
	foreach ($in['privileges'] as [$k, $val]) {
		$t->addPrivilege($k, $val);
	}
	$got = $t->build();
	echo $v['name'], ': ', $got === $v['expected'] ? 'ok' : "MISMATCH\n  want {$v['expected']}\n  got  $got", "\n";
	$u = AccessToken::initWithToken($got, $in['appCertificate'], $in['channelName'], $in['uid']);
	echo '  read back: ', json_encode([$u->appID, $u->message->salt, $u->message->ts, $u->message->privileges]), "\n";
}
?>
--EXPECT--
legacy006_build_uid_str2882341273: ok
  read back: ["970CA35de60c44645bbae8a215061b33",1,1111111,{"1":1446455471}]
legacy006_build_uid_str0: ok
  read back: ["970CA35de60c44645bbae8a215061b33",1,1111111,{"1":1446455471}]
legacy006_build_uid_int0: ok
  read back: ["970CA35de60c44645bbae8a215061b33",1,1111111,{"1":1446455471}]
