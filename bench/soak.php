<?php
/*
 * Soak test body: builds and parses tokens in a loop, sampling resident memory.
 *   php -d extension=agora_token bench/soak.php CLI ITERATIONS     the whole loop in this process
 * Under PHP-FPM (tools/soak.sh) the same file serves each request with
 * ?n=ITERATIONS and answers with this worker's pid and resident set size.
 */
function soak_rss_kib(): int
{
	preg_match('/^VmRSS:\s+(\d+) kB/m', (string)file_get_contents('/proc/self/status'), $m);
	return (int)($m[1] ?? 0);
}

/* One round: a 007 token with three services built, parsed and verified; a 006 token built and read back. */
function soak_round(int $i): bool
{
	static $appId = '970CA35de60c44645bbae8a215061b33', $cert = '5CFd2fd1755d40ecb72977518be15d3b';

	$t = new AccessToken2($appId, $cert, 600);
	$rtc = new ServiceRtc("channel-$i", $i);
	$rtc->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
	$rtc->addPrivilege(ServiceRtc::PRIVILEGE_PUBLISH_AUDIO_STREAM, 600);
	$t->addService($rtc);
	$rtm = new ServiceRtm("user-$i");
	$rtm->addPrivilege(ServiceRtm::PRIVILEGE_LOGIN, 600);
	$t->addService($rtm);
	$chat = new ServiceChat("user-$i");
	$chat->addPrivilege(ServiceChat::PRIVILEGE_USER, 600);
	$t->addService($chat);
	$token = $t->build();

	$p = new AccessToken2();
	$ok = $p->parse($token) && $p->verifySignature($cert) && count($p->services) === 3;
	/* Every 16th round also a hostile token and the 006 path. */
	if (($i & 15) === 0) {
		$ok = $ok && !$p->parse(substr($token, 0, 50)) && !$p->parse("007" . base64_encode(str_repeat("x", 64)));
		$old = RtcTokenBuilder::buildTokenWithUid($appId, $cert, "channel-$i", $i, 1, 1700000000);
		$ok = $ok && AccessToken::initWithToken($old, $cert, "channel-$i", $i) !== null;
	}
	return $ok;
}

if (PHP_SAPI === 'cli' && ($argv[1] ?? '') === 'CLI') {
	$n = (int)($argv[2] ?? 10000000);
	$samples = 20;
	$start = microtime(true);
	printf("%12s %10s %10s\n", 'iterations', 'rss_kib', 'seconds');
	printf("%12d %10d %10.1f\n", 0, soak_rss_kib(), 0);
	$failed = 0;
	for ($i = 1; $i <= $n; $i++) {
		if (!soak_round($i)) {
			$failed++;
		}
		if ($i % intdiv($n, $samples) === 0) {
			printf("%12d %10d %10.1f\n", $i, soak_rss_kib(), microtime(true) - $start);
		}
	}
	echo "failed rounds: $failed\n";
	exit($failed ? 1 : 0);
}

/* FPM: one request. */
$n = max(1, min(10000, (int)($_GET['n'] ?? 100)));
$failed = 0;
for ($i = 0; $i < $n; $i++) {
	$failed += soak_round(random_int(0, 1 << 30)) ? 0 : 1;
}
header('Content-Type: text/plain');
echo getmypid(), ' ', soak_rss_kib(), ' ', $failed, "\n";
