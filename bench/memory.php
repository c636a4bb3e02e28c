<?php
/*
 * Resident memory while building many tokens in one process:
 *   php -n -d extension=$PWD/modules/agora_token.so bench/memory.php [--n=10000000]
 * Prints VmRSS and VmHWM (from /proc/self/status) and the Zend heap every 10% of the run.
 */
$n = 10000000;
foreach ($argv as $a) {
	if (strncmp($a, '--n=', 4) === 0) {
		$n = (int)substr($a, 4);
	}
}

function status(string $field): string
{
	$s = (string)@file_get_contents('/proc/self/status');
	return preg_match("/^$field:\s+(\d+ kB)/m", $s, $m) ? $m[1] : '?';
}

$hex = '0123456789abcdef';
$inputs = [];
mt_srand(7);
for ($i = 0; $i < 1000; $i++) {
	$appId = $cert = '';
	for ($k = 0; $k < 32; $k++) {
		$appId .= $hex[mt_rand(0, 15)];
		$cert .= $hex[mt_rand(0, 15)];
	}
	$inputs[] = [$appId, $cert, 'channel-' . mt_rand(), (string)mt_rand(0, 4294967295)];
}
printf("%12s %12s %12s %14s\n", 'tokens', 'VmRSS', 'VmHWM', 'Zend heap');
printf("%12d %12s %12s %14d\n", 0, status('VmRSS'), status('VmHWM'), memory_get_usage());
$step = max(1, intdiv($n, 10));
$len = 0;
for ($i = 1; $i <= $n; $i++) {
	$x = $inputs[$i % 1000];
	$t = new AccessToken2($x[0], $x[1], 3600);
	$s = new ServiceRtc($x[2], $x[3]);
	$s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 3600);
	$s->addPrivilege(ServiceRtc::PRIVILEGE_PUBLISH_AUDIO_STREAM, 3600);
	$s->addPrivilege(ServiceRtc::PRIVILEGE_PUBLISH_VIDEO_STREAM, 3600);
	$s->addPrivilege(ServiceRtc::PRIVILEGE_PUBLISH_DATA_STREAM, 3600);
	$t->addService($s);
	$len += strlen($t->build());
	if ($i % $step === 0) {
		printf("%12d %12s %12s %14d\n", $i, status('VmRSS'), status('VmHWM'), memory_get_usage());
	}
}
printf("mean token length %.1f; peak Zend heap %d bytes\n", $len / $n, memory_get_peak_usage());
