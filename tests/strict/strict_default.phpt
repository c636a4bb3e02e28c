--TEST--
Default mode: the same inputs give what the official code gives (no exception of ours, no warning)
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
/*
 * Expected: the output of the official 2026 classes on these inputs, except two
 * deliberate differences (SPEC section 7): a service without privileges is a
 * TypeError with our message instead of ksort()'s, and a malformed token makes
 * parse() return false instead of true with a flood of warnings.
 */
require __DIR__ . '/cases.inc';
strict_run();
?>
--EXPECT--
app id with a trailing newline: ''
app id of 31 characters: ''
app id of 33 hex digits: ''
app id with a "g": ''
app id as an int: ''
certificate with a space: ''
certificate null: ''
no service: ''
service without privileges: TypeError: ServiceRtc::$privileges must be of type array, null given (no privilege was added)
service whose privileges were set to []: token of 143 characters, sha1 851662a24028b8e0311a1f0763d260f2770595b9
channel name of 70000 bytes: token of 287 characters, sha1 edb7741dd8a7f20df9c0f1148369520a04d36ebc
expire -1: token of 143 characters, sha1 c63e75ba3aa138c3ae6e17e467cf5ead488ff0a9
salt 2^32: token of 139 characters, sha1 e4ac2220e3c10fd6010756afcac92eac09470dc4
issueTs 1e20: token of 143 characters, sha1 07d66e4d7bb2aa7153363ffb96a1d0ee57ef7bda
privilege key 70000: token of 151 characters, sha1 aafa4586c697e0deaea344e2ad1960c4181f80c0
privilege value -5: token of 147 characters, sha1 80b80b73558f83a1ddc65bf26e92660605331b83
privilege value "99999999999999999999": token of 143 characters, sha1 f506c5891f41a296b3d273a48fc1e696ca561a5d
privilege key "abc": token of 151 characters, sha1 f31fe2f21e3f670b2dad6b8fbc1bef26c22e071e
service type 65536: token of 135 characters, sha1 d1d7c3e20747a8496962a4eb538d7a265048ab69
APaaS role 40000: token of 155 characters, sha1 ec6c9e584c880beee1b3ccd1759488b06c8a07ce
RTM2 with 70000 resources in one list: token of 475 characters, sha1 349a054fabae2229c2444c14f3dc10af1486ed53
RTM2 resource type 70000: token of 159 characters, sha1 a84af701a365c5031ae5bcd70795faff1006297c
RTM2 permission type 70001: token of 159 characters, sha1 abdce9194f39d37a9f807d56315cfb1e4417f268
70000 privileges: token of 141295 characters, sha1 d4ee817408753f940ebb2577db357ad44fe3b6bd
Util::packUint16(70000): token of 4 characters, sha1 0c7d7850905382dfac249d0513359fb5dbf20083
Util::packInt16(-40000): token of 4 characters, sha1 56243706e63287ccec42b249333cdac9cee8f237
Util::packUint32(-1): token of 8 characters, sha1 f44fe052b6bae5efcb693c23071b0f6d3a4e1955
parse a 006 token: false
parse "007@@@@": false
parse base64 that is not zlib: false
parse a token cut inside its zlib stream: false
parse content cut inside expire: false
parse content cut inside the privileges: false
parse content cut inside the uid: false
parse null: false
