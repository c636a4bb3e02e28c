--TEST--
AccessToken2::parse(): the hostile-token table, each input with its exact outcome, quietly and in strict mode
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
agora_token.compat=2026
agora_token.strict=0
--FILE--
<?php
/*
 * Every malformed input returns false with no warning and leaves the reset
 * state (SPEC 7.5); strict mode names the reason. Well-formed inputs parse,
 * and verifySignature() says whether the signature still matches.
 */
require __DIR__ . '/hostile_tokens.inc';
set_error_handler(function ($no, $msg) {
	echo "  [PHP message: $msg]\n";
	return true;
});

function outcome(AccessToken2 $t, $token): string
{
	try {
		$r = $t->parse($token);
	} catch (Throwable $e) {
		return 'throws ' . ht_throwable($e);
	}
	if ($r === false) {
		$reset = $t->appId === '' && $t->issueTs === 0 && $t->expire === 0 && $t->salt === 0 && $t->services === [];
		return 'false, ' . ($reset ? 'reset' : 'NOT RESET');
	}
	$types = array_map(fn ($s) => $s->getServiceType(), $t->services);
	return var_export($r, true) . ', appId ' . json_encode($t->appId) . ', services [' . implode(',', $types) . ']'
		. ', verify ' . var_export($t->verifySignature(HT_CERT), true);
}

$cases = ht_cases_007();
$n = 0;
foreach ($cases as $name => $token) {
	$t = new AccessToken2();
	ini_set('agora_token.strict', '0');
	$quiet = outcome($t, $token);
	ini_set('agora_token.strict', '1');
	$strict = outcome(new AccessToken2(), $token);
	echo "$name: $quiet\n  strict: $strict\n";
	$n++;
}
echo "cases: $n\n";
?>
--EXPECT--
empty string: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
prefix only: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
prefix 006 with a 007 body: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
prefix 008: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
prefix "7.0" (numeric-equal to 007): false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
prefix " 07": false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
prefix "00": false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
lower-case body (base64 is case-sensitive): false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
leading space: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
non-base64 character in the middle: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
URL-safe alphabet: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
"+" as a space: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
NUL byte inside: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
a lone base64 character in the last group: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
three padding characters: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
padding in the middle: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
10 MB of "A": false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
base64 of text, not zlib: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
empty body after base64: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
zlib stream cut in half: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
zlib stream without its checksum: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
zlib stream with a wrong checksum: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
zlib header asking for a preset dictionary: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
gzip stream with a wrong CRC: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
raw deflate cut short: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
zlib of empty content: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte signature field starts at offset 0
zlib bomb: 2 MiB of zeros: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the content inflates to more than 1048576 bytes
gzip bomb: 2 MiB of zeros: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the content inflates to more than 1048576 bytes
raw deflate bomb: 2 MiB of zeros: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the content inflates to more than 1048576 bytes
content of 1 MiB + 1 byte (valid token, then padding): false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the content inflates to more than 1048576 bytes
cut before signature length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte signature field starts at offset 0
cut 1 byte into signature length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte signature field starts at offset 0
cut before signature: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 2 bytes left where the 34-byte signature field starts at offset 0
cut 1 byte into signature: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 3 bytes left where the 34-byte signature field starts at offset 0
cut before app id length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte app id field starts at offset 34
cut 1 byte into app id length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte app id field starts at offset 34
cut before app id: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 2 bytes left where the 34-byte app id field starts at offset 34
cut 1 byte into app id: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 3 bytes left where the 34-byte app id field starts at offset 34
cut before issue timestamp: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 4-byte issue timestamp field starts at offset 68
cut 1 byte into issue timestamp: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 4-byte issue timestamp field starts at offset 68
cut before expire: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 4-byte expire field starts at offset 72
cut 1 byte into expire: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 4-byte expire field starts at offset 72
cut before salt: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 4-byte salt field starts at offset 76
cut 1 byte into salt: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 4-byte salt field starts at offset 76
cut before service count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte service count field starts at offset 80
cut 1 byte into service count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte service count field starts at offset 80
cut before RTC type: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte service type field starts at offset 82
cut 1 byte into RTC type: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte service type field starts at offset 82
cut before RTC privilege count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte privilege count field starts at offset 84
cut 1 byte into RTC privilege count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte privilege count field starts at offset 84
cut before RTC privileges: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 6-byte privileges field starts at offset 86
cut 1 byte into RTC privileges: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 6-byte privileges field starts at offset 86
cut before RTC channel length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte channel name field starts at offset 92
cut 1 byte into RTC channel length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte channel name field starts at offset 92
cut before RTC channel: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 2 bytes left where the 6-byte channel name field starts at offset 92
cut 1 byte into RTC channel: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 3 bytes left where the 6-byte channel name field starts at offset 92
cut before RTC uid length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte uid field starts at offset 98
cut 1 byte into RTC uid length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte uid field starts at offset 98
cut before RTC uid: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 2 bytes left where the 4-byte uid field starts at offset 98
cut 1 byte into RTC uid: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 3 bytes left where the 4-byte uid field starts at offset 98
cut before RTM2 type: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte service type field starts at offset 102
cut 1 byte into RTM2 type: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte service type field starts at offset 102
cut before RTM2 privilege count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte privilege count field starts at offset 104
cut 1 byte into RTM2 privilege count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte privilege count field starts at offset 104
cut before RTM2 privileges: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 6-byte privileges field starts at offset 106
cut 1 byte into RTM2 privileges: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 6-byte privileges field starts at offset 106
cut before RTM2 user length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte user id field starts at offset 112
cut 1 byte into RTM2 user length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte user id field starts at offset 112
cut before RTM2 user: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 2 bytes left where the 7-byte user id field starts at offset 112
cut 1 byte into RTM2 user: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 3 bytes left where the 7-byte user id field starts at offset 112
cut before RTM2 resource type count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 resource type count field starts at offset 119
cut 1 byte into RTM2 resource type count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte RTM2 resource type count field starts at offset 119
cut before RTM2 resource type: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 resource type field starts at offset 121
cut 1 byte into RTM2 resource type: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte RTM2 resource type field starts at offset 121
cut before RTM2 permission count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 permission count field starts at offset 123
cut 1 byte into RTM2 permission count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte RTM2 permission count field starts at offset 123
cut before RTM2 permission type: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 permission type field starts at offset 125
cut 1 byte into RTM2 permission type: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte RTM2 permission type field starts at offset 125
cut before RTM2 resource count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 resource count field starts at offset 127
cut 1 byte into RTM2 resource count: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte RTM2 resource count field starts at offset 127
cut before RTM2 resource length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 resource field starts at offset 129
cut 1 byte into RTM2 resource length: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte RTM2 resource field starts at offset 129
cut before RTM2 resource: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 2 bytes left where the 5-byte RTM2 resource field starts at offset 129
cut 1 byte into RTM2 resource: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 3 bytes left where the 5-byte RTM2 resource field starts at offset 129
signature length 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 134 bytes left where the 65537-byte signature field starts at offset 0
signature length 33 (one past): false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 34 bytes left where the 35-byte signature field starts at offset 0
app id length 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 100 bytes left where the 65537-byte app id field starts at offset 34
RTC channel length 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 42 bytes left where the 65537-byte channel name field starts at offset 92
RTC uid length one past the end: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 4 bytes left where the 5-byte uid field starts at offset 98
RTM2 user length 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 22 bytes left where the 65537-byte user id field starts at offset 112
RTM2 resource length 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 5 bytes left where the 65537-byte RTM2 resource field starts at offset 129
service count 3 with 2 services: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte service type field starts at offset 134
service count 65535 with 2 services: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte service type field starts at offset 134
RTC privilege count 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 48 bytes left where the 393210-byte privileges field starts at offset 86
RTC privilege count 2 with 1 privilege: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 18 bytes left where the 166470-byte privileges field starts at offset 116
RTM2 resource type count 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 resource type field starts at offset 134
RTM2 permission count 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 permission type field starts at offset 134
RTM2 resource count 65535: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): truncated: 0 bytes left where the 2-byte RTM2 resource field starts at offset 134
unknown service type 999 in second place: true, appId "970CA35de60c44645bbae8a215061b33", services [1], verify false
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1], verify false
unknown service type 0 in first place: true, appId "970CA35de60c44645bbae8a215061b33", services [], verify false
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [], verify false
unknown service type 9 in first place: true, appId "970CA35de60c44645bbae8a215061b33", services [], verify false
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [], verify false
unknown service type 65535 in first place: true, appId "970CA35de60c44645bbae8a215061b33", services [], verify false
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [], verify false
signature length 0: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify false
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify false
app id length 0: true, appId "", services [1,8], verify false
  strict: true, appId "", services [1,8], verify false
service count 0: true, appId "970CA35de60c44645bbae8a215061b33", services [], verify false
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [], verify false
valid: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
valid with a trailing newline: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
valid without padding: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
valid, gzip body: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
valid, raw deflate body: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
valid, two zlib streams back to back: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
valid, content padded to exactly 1 MiB: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify false
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify false
null: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token must be a string, null given
int 7: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
float 7.0: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
true: false, reset
  strict: throws AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
array: throws TypeError: AccessToken2::parse(): Argument #1 ($token) must be of type string, array given
  strict: throws TypeError: AccessToken2::parse(): Argument #1 ($token) must be of type string, array given
object without __toString: throws TypeError: AccessToken2::parse(): Argument #1 ($token) must be of type string, stdClass given
  strict: throws TypeError: AccessToken2::parse(): Argument #1 ($token) must be of type string, stdClass given
object whose __toString gives the valid token: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
  strict: true, appId "970CA35de60c44645bbae8a215061b33", services [1,8], verify true
cases: 119
