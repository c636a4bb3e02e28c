--TEST--
agora-token inspect: a 007 token decoded for a person and as JSON, with its likely problems
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/cli.inc';

$rtc = new ServiceRtc('room1', 0);
$clean = token007(3600, [[$rtc, [ServiceRtc::PRIVILEGE_JOIN_CHANNEL => 3600, ServiceRtc::PRIVILEGE_PUBLISH_AUDIO_STREAM => 600]],
	[new ServiceRtm('alice'), [ServiceRtm::PRIVILEGE_LOGIN => 3600]]]);
show('uid 0, within its lifetime', ['inspect', '--at', '2023-11-14 22:30:00', $clean]);
show('the same an hour later', ['inspect', '--at=1700003601', $clean]);

/* Every 007 problem at once: absolute expiry, privilege 0, privilege past the token, uid past 32 bits. */
$bad = token007(1700003600, [[new ServiceRtc('room2', '4294967296'), [ServiceRtc::PRIVILEGE_JOIN_CHANNEL => 0,
	ServiceRtc::PRIVILEGE_PUBLISH_VIDEO_STREAM => 1700007200]], [new ServiceChat('u1'), [ServiceChat::PRIVILEGE_USER => 90]]],
	issueTs: 1700000000);
show('problems, human', ['inspect', '--at', '1700000100', $bad]);
$json = json_decode(explode("\n", cli(['inspect', '--json', '--at', '1700000100', $bad]), 2)[1], true);
echo "== problems, JSON\n";
echo implode(' ', array_column($json['problems'], 'code')), "\n";
echo json_encode($json['services'][0]['fields']), ' ', $json['services'][0]['privileges'][1]['expires'], "\n";

/* A token that is short-lived and outlived by a privilege. */
$short = token007(60, [[new ServiceRtc('r', ''), [ServiceRtc::PRIVILEGE_JOIN_CHANNEL => 120]]]);
show('privilege outlives the token', ['inspect', '--at', '1700000000', $short]);

show('channel and uid given', ['inspect', '--at', '1700000000', '--channel', 'room1', '--uid', '7', $short]);

show('not a token', ['inspect', '007eJxTYP']);
show('cut short', ['inspect', substr($clean, 0, 60)]);
show('no token', ['inspect']);
show('two tokens', ['inspect', $clean, $clean]);
show('bad --at', ['inspect', '--at', 'yesterday', $clean]);
show('unknown option', ['inspect', '--yaml', $clean]);
?>
--EXPECT--
== uid 0, within its lifetime
0
token 007
  app id    970CA35de60c44645bbae8a215061b33
  issued    2023-11-14 22:13:20 UTC  (issueTs 1700000000)
  expires   2023-11-14 23:13:20 UTC  (expire 3600 s after issue)
  salt      1
  service 1 RTC
    channelName    "room1"
    uid            "0"
    privilege 1 JOIN_CHANNEL                 3600 s  -> 2023-11-14 23:13:20 UTC
    privilege 2 PUBLISH_AUDIO_STREAM          600 s  -> 2023-11-14 22:23:20 UTC
  service 2 RTM
    userId         "alice"
    privilege 1 LOGIN                        3600 s  -> 2023-11-14 23:13:20 UTC
likely problems
  - RTC uid is "0": most SDKs and Agora's builders in other languages write "" for "any user", where PHP packs the integer 0 as "0"; if a client refuses the token, build it with uid "" or with the uid the client joins with
== the same an hour later
0
token 007
  app id    970CA35de60c44645bbae8a215061b33
  issued    2023-11-14 22:13:20 UTC  (issueTs 1700000000)
  expires   2023-11-14 23:13:20 UTC  (expire 3600 s after issue)
  salt      1
  service 1 RTC
    channelName    "room1"
    uid            "0"
    privilege 1 JOIN_CHANNEL                 3600 s  -> 2023-11-14 23:13:20 UTC
    privilege 2 PUBLISH_AUDIO_STREAM          600 s  -> 2023-11-14 22:23:20 UTC
  service 2 RTM
    userId         "alice"
    privilege 1 LOGIN                        3600 s  -> 2023-11-14 23:13:20 UTC
likely problems
  - the token expired 1 second before 2023-11-14 23:13:21 UTC
  - RTC uid is "0": most SDKs and Agora's builders in other languages write "" for "any user", where PHP packs the integer 0 as "0"; if a client refuses the token, build it with uid "" or with the uid the client joins with
== problems, human
0
token 007
  app id    970CA35de60c44645bbae8a215061b33
  issued    2023-11-14 22:13:20 UTC  (issueTs 1700000000)
  expires   2077-09-27 21:26:40 UTC  (expire 1700003600 s after issue)
  salt      1
  service 1 RTC
    channelName    "room2"
    uid            "4294967296"
    privilege 1 JOIN_CHANNEL                    0 s  -> 2023-11-14 22:13:20 UTC
    privilege 3 PUBLISH_VIDEO_STREAM   1700007200 s  -> 2077-09-27 22:26:40 UTC
  service 5 CHAT
    userId         "u1"
    privilege 1 USER                           90 s  -> 2023-11-14 22:14:50 UTC
likely problems
  - expire is 1700003600, which looks like an absolute Unix time (2023-11-14 23:13:20 UTC); a 007 token counts seconds from its issue time, so pass a duration such as 3600
  - RTC privilege JOIN_CHANNEL has expire 0, what the builders use when no privilege lifetime is given; set it, usually to the token's lifetime
  - RTC privilege PUBLISH_VIDEO_STREAM has expire 1700007200, which looks like an absolute Unix time; privileges count seconds from the issue time
  - RTC uid "4294967296" is above 4294967295: an integer uid is 32 bits, so a client can only join with it as a string user account
== problems, JSON
expire-absolute privilege-zero privilege-absolute rtc-uid-too-large
{"channelName":"room2","uid":"4294967296"} 2077-09-27 22:26:40 UTC
== privilege outlives the token
0
token 007
  app id    970CA35de60c44645bbae8a215061b33
  issued    2023-11-14 22:13:20 UTC  (issueTs 1700000000)
  expires   2023-11-14 22:14:20 UTC  (expire 60 s after issue)
  salt      1
  service 1 RTC
    channelName    "r"
    uid            ""
    privilege 1 JOIN_CHANNEL                  120 s  -> 2023-11-14 22:15:20 UTC
likely problems
  - RTC privilege JOIN_CHANNEL lasts 120 s, longer than the token (60 s): the token's own expiry ends it first
== channel and uid given
0
token 007
  app id    970CA35de60c44645bbae8a215061b33
  issued    2023-11-14 22:13:20 UTC  (issueTs 1700000000)
  expires   2023-11-14 22:14:20 UTC  (expire 60 s after issue)
  salt      1
  service 1 RTC
    channelName    "r"
    uid            ""
    privilege 1 JOIN_CHANNEL                  120 s  -> 2023-11-14 22:15:20 UTC
likely problems
  - RTC privilege JOIN_CHANNEL lasts 120 s, longer than the token (60 s): the token's own expiry ends it first
  - no RTC service of the token is for channel "room1" and uid "7"
== not a token
1
stderr: not a valid 007 token: the decoded body is not a complete zlib, gzip or raw deflate stream
== cut short
1
stderr: not a valid 007 token: the text after "007" is not valid base64
== no token
2
stderr: agora-token: no token given
(agora-token --help for usage)
== two tokens
2
stderr: agora-token: give one token
(agora-token --help for usage)
== bad --at
2
stderr: agora-token: --at wants Unix seconds or "YYYY-MM-DD HH:MM:SS" (UTC)
(agora-token --help for usage)
== unknown option
2
stderr: agora-token: unknown option --yaml
(agora-token --help for usage)
