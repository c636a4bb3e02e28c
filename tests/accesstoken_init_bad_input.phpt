--TEST--
AccessToken (006): bad input gives null, false or "" quietly, where the official code echoes and then fails on a null
--DESCRIPTION--
A deliberate difference from the official AccessToken.php (see docs/builders.md):
it echoes "<name> check failed, should be a non-empty string" or "invalid version"
into the page and returns null, on which its builders die with an Error. Here
init() and initWithToken() return null, extract() false, unpackContent() false
and the builders "", with no output. Salt draws stay as in the official code.
--EXTENSIONS--
agora_token
--FILE--
<?php
const A = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const C = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

/* The mt_rand value that follows $draws draws of rand(0, 100000) after mt_srand(5). */
function after_draws(int $draws): int
{
	mt_srand(5);
	for ($i = 0; $i < $draws; $i++) {
		mt_rand(0, 100000);
	}
	return mt_rand();
}

ob_start();
foreach ([[null, C, 'ch'], ['', C, 'ch'], [123, C, 'ch'], [A, '', 'ch'], [A, C, ''], [A, C, 42]] as $i => [$a, $c, $ch]) {
	mt_srand(5);
	$t = AccessToken::init($a, $c, $ch, 1);
	echo "init #$i: ", var_export($t, true), ', one salt draw: ', var_export(mt_rand() === after_draws(1), true), "\n";
}
mt_srand(5);
AccessToken::init(A, C, 'ch', 1);
echo 'valid init, two salt draws: ', var_export(mt_rand() === after_draws(2), true), "\n";

var_dump(RtcTokenBuilder::buildTokenWithUid(A, C, 123, 1, 1, 100000));
var_dump(RtcTokenBuilder::buildTokenWithUserAccount(A, null, 'ch', 'u', 1, 100000));
var_dump(RtmTokenBuilder::buildToken(A, C, 42, 1, 0));
var_dump(RtmTokenBuilder::buildToken(A, C, '', 1, 0));

$good = RtcTokenBuilder::buildTokenWithUid(A, C, 'room1', 7, 1, 100000);
$bad = [
	'007 prefix' => '007' . substr($good, 3),
	'prefix only' => '006',
	'short appId' => substr($good, 0, 20),
	'not base64' => substr($good, 0, 35) . '!!!!',
	'truncated body' => substr($good, 0, 60),
	'body minus 4' => substr($good, 0, -4),
	'empty body' => substr($good, 0, 35),
	'int' => 6,
];
foreach ($bad as $what => $token) {
	$t = AccessToken::init(A, C, 'room1', 7);
	$t->message->salt = 1234;
	$r = $t->extract($token, C, 'room1', 7);
	echo "extract($what): ", var_export($r, true), ', message kept: ', var_export($t->message->salt === 1234, true), "\n";
	echo "initWithToken($what): ", var_export(AccessToken::initWithToken($token, C, 'room1', 7), true), "\n";
}
echo 'extract, empty channel: ', var_export((new AccessToken())->extract($good, C, '', 7), true), "\n";
echo 'extract, certificate null: ', var_export((new AccessToken())->extract($good, null, 'room1', 7), true), "\n";
echo 'valid token with a trailing newline: ', get_class(AccessToken::initWithToken("$good\n", C, 'room1', 7)), "\n";
echo 'is_nonempty_string: ', var_export((new AccessToken())->is_nonempty_string('name', ''), true), "\n";

$m = new Message();
$m->salt = 99;
echo 'unpackContent(short): ', var_export($m->unpackContent("\1\2\3"), true), ', salt kept: ', $m->salt, "\n";
echo 'unpackContent(privileges cut): ', var_export($m->unpackContent(pack('VVv', 1, 2, 3) . "\1\0"), true), "\n";
$out = ob_get_clean();
echo $out;
echo 'no echo from the classes: ', str_contains($out, 'check failed') || str_contains($out, 'invalid version') ? 'NO' : 'yes', "\n";
?>
--EXPECT--
init #0: NULL, one salt draw: true
init #1: NULL, one salt draw: true
init #2: NULL, one salt draw: true
init #3: NULL, one salt draw: true
init #4: NULL, one salt draw: true
init #5: NULL, one salt draw: true
valid init, two salt draws: true
string(0) ""
string(0) ""
string(0) ""
string(0) ""
extract(007 prefix): false, message kept: true
initWithToken(007 prefix): NULL
extract(prefix only): false, message kept: true
initWithToken(prefix only): NULL
extract(short appId): false, message kept: true
initWithToken(short appId): NULL
extract(not base64): false, message kept: true
initWithToken(not base64): NULL
extract(truncated body): false, message kept: true
initWithToken(truncated body): NULL
extract(body minus 4): false, message kept: true
initWithToken(body minus 4): NULL
extract(empty body): false, message kept: true
initWithToken(empty body): NULL
extract(int): false, message kept: true
initWithToken(int): NULL
extract, empty channel: false
extract, certificate null: false
valid token with a trailing newline: AccessToken
is_nonempty_string: false
unpackContent(short): false, salt kept: 99
unpackContent(privileges cut): false
no echo from the classes: yes
