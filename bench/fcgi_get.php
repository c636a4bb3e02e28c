<?php
/*
 * A minimal FastCGI client for tools/soak.sh: sends REQUESTS GET requests for
 * SCRIPT to HOST:PORT (loopback only), one connection each, and prints each
 * response body line. Usage: php bench/fcgi_get.php 127.0.0.1 PORT SCRIPT QUERY REQUESTS
 */
[, $host, $port, $script, $query, $requests] = $argv + [null, null, null, null, '', 1];
if (!in_array($host, ['127.0.0.1', '::1', 'localhost'], true)) {
	fwrite(STDERR, "fcgi_get.php talks to loopback only\n");
	exit(2);
}

function fcgi_record(int $type, int $id, string $content): string
{
	return pack('CCnnCx', 1, $type, $id, strlen($content), 0) . $content;
}

function fcgi_pair(string $k, string $v): string
{
	$len = fn ($s) => strlen($s) < 128 ? chr(strlen($s)) : pack('N', strlen($s) | 0x80000000);
	return $len($k) . $len($v) . $k . $v;
}

$params = [
	'GATEWAY_INTERFACE' => 'CGI/1.1', 'REQUEST_METHOD' => 'GET', 'SCRIPT_FILENAME' => $script,
	'SCRIPT_NAME' => '/' . basename($script), 'QUERY_STRING' => $query, 'SERVER_PROTOCOL' => 'HTTP/1.1',
	'REMOTE_ADDR' => '127.0.0.1', 'SERVER_NAME' => 'localhost', 'SERVER_PORT' => '80',
];
$p = '';
foreach ($params as $k => $v) {
	$p .= fcgi_pair($k, $v);
}
$request = fcgi_record(1, 1, pack('nCx5', 1, 0)) . fcgi_record(4, 1, $p) . fcgi_record(4, 1, '') . fcgi_record(5, 1, '');

$errors = 0;
for ($r = 0; $r < (int)$requests; $r++) {
	$s = @stream_socket_client("tcp://$host:$port", $errno, $errstr, 10);
	if (!$s) {
		$errors++;
		continue;
	}
	stream_set_timeout($s, 60);
	fwrite($s, $request);
	$out = '';
	while (!feof($s)) {
		$h = fread($s, 8);
		if (strlen($h) < 8) {
			break;
		}
		$rec = unpack('Cversion/Ctype/nid/nlen/Cpad', $h);
		$body = $rec['len'] ? stream_get_contents($s, $rec['len']) : '';
		if ($rec['pad']) {
			fread($s, $rec['pad']);
		}
		if ($rec['type'] === 6) {
			$out .= $body;
		} elseif ($rec['type'] === 3) {
			break;
		}
	}
	fclose($s);
	$body = substr($out, (int)strpos($out, "\r\n\r\n") + 4);
	echo trim($body), "\n";
}
exit($errors ? 1 : 0);
