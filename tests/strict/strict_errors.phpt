--TEST--
Strict mode: every case where the official code fails silently throws AgoraTokenException with the exact reason
--EXTENSIONS--
agora_token
--INI--
agora_token.strict=1
error_reporting=-1
display_errors=1
--FILE--
<?php
require __DIR__ . '/cases.inc';
strict_run();

/* No message may carry the certificate, whatever is wrong with it. */
$leaks = 0;
foreach (['f0e1d2c3b4a5968778695a4b3c2d1e0', 'f0e1d2c3b4a5968778695a4b3c2d1e0fz'] as $cert) {
	try {
		strict_token(STRICT_APP_ID, $cert, [strict_rtc()])->build();
	} catch (AgoraTokenException $e) {
		$leaks += str_contains($e->getMessage(), 'f0e1d2c3') ? 1 : 0;
	}
}
echo "messages containing the certificate: $leaks\n";
?>
--EXPECT--
app id with a trailing newline: AgoraTokenException: AccessToken2::build(): $appId must be 32 hexadecimal digits; character 33 of 33 is "\n"
app id of 31 characters: AgoraTokenException: AccessToken2::build(): $appId must be 32 hexadecimal digits, got 31
app id of 33 hex digits: AgoraTokenException: AccessToken2::build(): $appId must be 32 hexadecimal digits, got 33
app id with a "g": AgoraTokenException: AccessToken2::build(): $appId must be 32 hexadecimal digits; character 1 of 32 is "g"
app id as an int: AgoraTokenException: AccessToken2::build(): $appId must be a string of 32 hexadecimal digits, int given
certificate with a space: AgoraTokenException: AccessToken2::build(): $appCert must be 32 hexadecimal digits; character 32 of 32 is whitespace
certificate null: AgoraTokenException: AccessToken2::build(): $appCert must be a string of 32 hexadecimal digits, null given
no service: AgoraTokenException: AccessToken2::build(): the token has no service; call addService() first
service without privileges: AgoraTokenException: ServiceRtc::$privileges is empty: the service has no privilege; call addPrivilege() first
service whose privileges were set to []: AgoraTokenException: ServiceRtc::$privileges is empty: the service has no privilege; call addPrivilege() first
channel name of 70000 bytes: AgoraTokenException: ServiceRtc::$channelName is 70000 bytes long; a token string holds at most 65535
expire -1: AgoraTokenException: AccessToken2::$expire is -1, which does not fit its field (0 to 4294967295)
salt 2^32: AgoraTokenException: AccessToken2::$salt is 4294967296, which does not fit its field (0 to 4294967295)
issueTs 1e20: AgoraTokenException: AccessToken2::$issueTs is 1.0E+20, which does not fit its field (0 to 4294967295)
privilege key 70000: AgoraTokenException: ServiceRtc::$privileges key is 70000, which does not fit its field (0 to 65535)
privilege value -5: AgoraTokenException: ServiceRtc::$privileges[1] is -5, which does not fit its field (0 to 4294967295)
privilege value "99999999999999999999": AgoraTokenException: ServiceRtc::$privileges[1] is 1.0E+20, which does not fit its field (0 to 4294967295)
privilege key "abc": AgoraTokenException: ServiceRtc::$privileges key "abc" must be an integer, non-numeric string given
service type 65536: AgoraTokenException: Service::$type is 65536, which does not fit its field (0 to 65535)
APaaS role 40000: AgoraTokenException: ServiceApaas::$role is 40000, which does not fit its field (-32768 to 32767)
RTM2 with 70000 resources in one list: AgoraTokenException: Rtm2Permissions resources of one permission type: 70000 of them, but the count field holds at most 65535
RTM2 resource type 70000: AgoraTokenException: Rtm2Permissions resource type is 70000, which does not fit its field (0 to 65535)
RTM2 permission type 70001: AgoraTokenException: Rtm2Permissions permission type is 70001, which does not fit its field (0 to 65535)
70000 privileges: AgoraTokenException: ServiceRtc::$privileges holds 70000 privileges; the count field holds at most 65535
Util::packUint16(70000): AgoraTokenException: Util::packUint16(): Argument #1 ($x) is 70000, which does not fit its field (0 to 65535)
Util::packInt16(-40000): AgoraTokenException: Util::packInt16(): Argument #1 ($x) is -40000, which does not fit its field (-32768 to 32767)
Util::packUint32(-1): AgoraTokenException: Util::packUint32(): Argument #1 ($x) is -1, which does not fit its field (0 to 4294967295)
parse a 006 token: AgoraTokenException: AccessToken2::parse(): the token does not start with "007"
parse "007@@@@": AgoraTokenException: AccessToken2::parse(): the text after "007" is not valid base64
parse base64 that is not zlib: AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
parse a token cut inside its zlib stream: AgoraTokenException: AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream
parse content cut inside expire: AgoraTokenException: AccessToken2::parse(): truncated: 3 bytes left where the 4-byte expire field starts at offset 72
parse content cut inside the privileges: AgoraTokenException: AccessToken2::parse(): truncated: 4 bytes left where the 6-byte privileges field starts at offset 86
parse content cut inside the uid: AgoraTokenException: AccessToken2::parse(): truncated: 1 byte left where the 2-byte uid field starts at offset 99
parse null: AgoraTokenException: AccessToken2::parse(): the token must be a string, null given
messages containing the certificate: 0
