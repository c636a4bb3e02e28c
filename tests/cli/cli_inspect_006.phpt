--TEST--
agora-token inspect: a legacy 006 token, its privileges as absolute times, channel and uid checks
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/cli.inc';

function token006(string $channel, $uid, array $privileges): string
{
	$t = AccessToken::init(CLI_APP_ID, CLI_CERT, $channel, $uid);
	foreach ($privileges as $key => $at) {
		$t->addPrivilege(AccessToken::Privileges[$key], $at);
	}
	$t->message->salt = 7;
	$t->message->ts = 1700086400;
	return $t->build();
}

$good = token006('room1', 2882341273, ['kJoinChannel' => 1700003600, 'kPublishAudioStream' => 0]);
show('valid', ['inspect', '--at', '1700000000', $good]);
show('right channel and uid', ['inspect', '--at', '1700000000', '--channel', 'room1', '--uid', '2882341273', $good]);
show('wrong channel and uid', ['inspect', '--at', '1700000000', '--channel', 'room 1', '--uid', '2882341274', $good]);

/* Durations where 006 wants absolute times, and a token judged after its timestamp. */
$durations = token006('room1', 0, ['kJoinChannel' => 3600]);
show('durations, a day later', ['inspect', '--at', '1700090000', $durations]);
echo implode(' ', array_column(json_decode(explode("\n", cli(['inspect', '--json', '--at', '1700090000', $durations]), 2)[1], true)['problems'], 'code')), "\n";

show('not base64', ['inspect', '006' . CLI_APP_ID . '!!!']);
show('cut short', ['inspect', substr($good, 0, 60)]);
?>
--EXPECT--
== valid
0
token 006
  app id    970CA35de60c44645bbae8a215061b33
  timestamp 2023-11-15 22:13:20 UTC  (ts 1700086400)
  salt      7
  channel   crc32 3832756778
  uid       crc32 3847331927
  privilege 1    kJoinChannel         1700003600  -> 2023-11-14 23:13:20 UTC
  privilege 2    kPublishAudioStream           0  -> never
no problems found
== right channel and uid
0
token 006
  app id    970CA35de60c44645bbae8a215061b33
  timestamp 2023-11-15 22:13:20 UTC  (ts 1700086400)
  salt      7
  channel   crc32 3832756778
  uid       crc32 3847331927
  privilege 1    kJoinChannel         1700003600  -> 2023-11-14 23:13:20 UTC
  privilege 2    kPublishAudioStream           0  -> never
no problems found
== wrong channel and uid
0
token 006
  app id    970CA35de60c44645bbae8a215061b33
  timestamp 2023-11-15 22:13:20 UTC  (ts 1700086400)
  salt      7
  channel   crc32 3832756778
  uid       crc32 3847331927
  privilege 1    kJoinChannel         1700003600  -> 2023-11-14 23:13:20 UTC
  privilege 2    kPublishAudioStream           0  -> never
likely problems
  - the token was not built for channel "room 1"
  - the token was not built for uid "2882341274"
== durations, a day later
0
token 006
  app id    970CA35de60c44645bbae8a215061b33
  timestamp 2023-11-15 22:13:20 UTC  (ts 1700086400)
  salt      7
  channel   crc32 3832756778
  uid       crc32 0
  privilege 1    kJoinChannel               3600  -> 1970-01-01 01:00:00 UTC
likely problems
  - the token's timestamp passed 1 hour before 2023-11-15 23:13:20 UTC
  - privilege kJoinChannel expires at 3600, which looks like a duration; 006 privileges are absolute Unix times (time() + seconds)
expired privilege-duration
== not base64
1
stderr: not a valid 006 token: it does not decode
== cut short
1
stderr: not a valid 006 token: it does not decode
