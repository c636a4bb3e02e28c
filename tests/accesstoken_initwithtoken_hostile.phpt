--TEST--
AccessToken::initWithToken() and extract() (006): the hostile-token table, each input with its exact outcome, quietly and in strict mode
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
agora_token.strict=0
--FILE--
<?php
/*
 * A token that does not parse gives null (initWithToken) or false with the
 * object unchanged (extract), with no warning; strict mode names the reason.
 * The official code echoes a message and reads what it finds (SPEC 5).
 */
require __DIR__ . '/hostile_tokens.inc';
set_error_handler(function ($no, $msg) {
	echo "  [PHP message: $msg]\n";
	return true;
});

function init_outcome($token): string
{
	try {
		$t = AccessToken::initWithToken($token, HT_CERT, 'chan', 42);
	} catch (Throwable $e) {
		return 'throws ' . ht_throwable($e);
	}
	if ($t === null) {
		return 'null';
	}
	return 'token: appID ' . json_encode($t->appID) . ', salt ' . $t->message->salt . ', ts ' . $t->message->ts
		. ', privileges ' . json_encode($t->message->privileges) . ', rebuilt ' . ($t->build() === $token ? 'same' : 'different');
}

function extract_outcome($token): string
{
	$t = new AccessToken();
	$before = serialize([$t->appID, $t->message]);
	try {
		$r = $t->extract($token, HT_CERT, 'chan', 42);
	} catch (Throwable $e) {
		return 'throws ' . ht_throwable($e);
	}
	return var_export($r, true) . ($r ? '' : (serialize([$t->appID, $t->message]) === $before ? ', unchanged' : ', CHANGED'));
}

$n = 0;
foreach (ht_cases_006() as $name => $token) {
	ini_set('agora_token.strict', '0');
	$init = init_outcome($token);
	$extract = extract_outcome($token);
	ini_set('agora_token.strict', '1');
	$strict = init_outcome($token);
	echo "$name: $init\n  extract: $extract\n  strict: $strict\n";
	$n++;
}
echo "cases: $n\n";
?>
--EXPECT--
empty string: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: does not start with 006
prefix only: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
prefix 007 with a 006 rest: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: does not start with 006
prefix "6.0" (numeric-equal to 006): null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: does not start with 006
app id of 31 characters, nothing else: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
app id and no body: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
non-base64 body: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: not valid base64
a lone base64 character: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: not valid base64
cut before signature length: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into signature length: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut before signature: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into signature: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut before channel CRC: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into channel CRC: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut before uid CRC: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into uid CRC: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut before message length: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into message length: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut before salt: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into salt: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut before timestamp: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into timestamp: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut before privilege count: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into privilege count: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut before privileges: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
cut 1 byte into privileges: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
signature length 65535: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
message length 65535: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
message length one past the end: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
privilege count 65535: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
privilege count one more than there are: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
message length 0: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: truncated
valid: token: appID "970CA35de60c44645bbae8a215061b33", salt 1, ts 1111111, privileges {"1":1700000000,"2":1700000600}, rebuilt same
  extract: true
  strict: token: appID "970CA35de60c44645bbae8a215061b33", salt 1, ts 1111111, privileges {"1":1700000000,"2":1700000600}, rebuilt same
valid with bytes after the message: token: appID "970CA35de60c44645bbae8a215061b33", salt 1, ts 1111111, privileges {"1":1700000000,"2":1700000600}, rebuilt different
  extract: true
  strict: token: appID "970CA35de60c44645bbae8a215061b33", salt 1, ts 1111111, privileges {"1":1700000000,"2":1700000600}, rebuilt different
valid with a trailing newline: token: appID "970CA35de60c44645bbae8a215061b33", salt 1, ts 1111111, privileges {"1":1700000000,"2":1700000600}, rebuilt different
  extract: true
  strict: token: appID "970CA35de60c44645bbae8a215061b33", salt 1, ts 1111111, privileges {"1":1700000000,"2":1700000600}, rebuilt different
null: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: does not start with 006
int 6: null
  extract: false, unchanged
  strict: throws AgoraTokenException: AccessToken (006): token: does not start with 006
array: throws TypeError: substr(): Argument #1 ($string) must be of type string, array given
  extract: throws TypeError: substr(): Argument #1 ($string) must be of type string, array given
  strict: throws TypeError: substr(): Argument #1 ($string) must be of type string, array given
object without __toString: throws TypeError: substr(): Argument #1 ($string) must be of type string, stdClass given
  extract: throws TypeError: substr(): Argument #1 ($string) must be of type string, stdClass given
  strict: throws TypeError: substr(): Argument #1 ($string) must be of type string, stdClass given
cases: 39
