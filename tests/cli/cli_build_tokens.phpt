--TEST--
agora-token build: rtc, rtm and chat tokens from the builders, and what it refuses
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/cli.inc';

$env = ['AGORA_APP_CERTIFICATE' => CLI_CERT, 'AGORA_APP_ID' => CLI_APP_ID];

/* Built tokens are checked by parsing them: their issue time and salt vary. */
function built(array $args, array $env, string $stdin = ''): void
{
	$result = cli($args, $env, $stdin);
	[$status, $token] = array_pad(explode("\n", $result, 2), 2, '');
	$t = new AccessToken2();
	echo implode(' ', $args), "\n  exit $status, parse ", var_export($t->parse($token), true),
		', verify ', var_export($t->verifySignature(CLI_CERT), true), ", app $t->appId, expire $t->expire\n";
	foreach ($t->services as $s) {
		$fields = get_object_vars($s);
		unset($fields['type'], $fields['privileges']);
		echo '  ', get_class($s), ' ', json_encode($fields), ' ', json_encode($s->privileges), "\n";
	}
}

built(['build', 'rtc', '--channel', 'room1', '--uid', '2882341273'], $env);
built(['build', 'rtc', '--channel', 'room1', '--account', 'alice', '--role', 'subscriber', '--expire', '600', '--privilege-expire', '300'], $env);
built(['build', 'rtm', '--user', 'alice', '--expire=7200'], $env);
built(['build', 'chat', '--user', 'u1'], $env);
built(['build', 'chat', '--app', '--app-id', '0123456789ABCDEF0123456789abcdef'], ['AGORA_APP_CERTIFICATE' => CLI_CERT]);
built(['build', 'rtm', '--user', 'bob'], ['AGORA_APP_ID' => CLI_APP_ID], CLI_CERT . "\n");

show('no kind', ['build'], $env);
show('unknown kind', ['build', 'fpa'], $env);
show('rtc without channel', ['build', 'rtc', '--uid', '1'], $env);
show('rtc with uid and account', ['build', 'rtc', '--channel', 'c', '--uid', '1', '--account', 'a'], $env);
show('uid past 32 bits', ['build', 'rtc', '--channel', 'c', '--uid', '4294967296'], $env);
show('uid not a number', ['build', 'rtc', '--channel', 'c', '--uid', 'alice'], $env);
show('role', ['build', 'rtc', '--channel', 'c', '--uid', '1', '--role', 'admin'], $env);
show('absolute expiry', ['build', 'rtm', '--user', 'a', '--expire', '1700003600'], $env);
show('negative expiry', ['build', 'rtm', '--user', 'a', '--expire', '-5'], $env);
show('option without its value', ['build', 'rtm', '--user'], $env);
show('flag with a value', ['build', 'chat', '--app=yes'], $env);
show('rtm without user', ['build', 'rtm'], $env);
show('chat with neither', ['build', 'chat'], $env);
show('stray argument', ['build', 'rtm', '--user', 'a', 'extra'], $env);
show('no app id', ['build', 'rtm', '--user', 'a'], ['AGORA_APP_CERTIFICATE' => CLI_CERT]);
show('bad app id', ['build', 'rtm', '--user', 'a', '--app-id', CLI_APP_ID . "\n"], $env);
show('bad certificate', ['build', 'rtm', '--user', 'a'], ['AGORA_APP_ID' => CLI_APP_ID, 'AGORA_APP_CERTIFICATE' => 'secret-but-short']);
show('no certificate', ['build', 'chat', '--app'], ['AGORA_APP_ID' => CLI_APP_ID]);
?>
--EXPECT--
build rtc --channel room1 --uid 2882341273
  exit 0, parse true, verify true, app 970CA35de60c44645bbae8a215061b33, expire 3600
  ServiceRtc {"channelName":"room1","uid":"2882341273"} {"1":3600,"2":3600,"3":3600,"4":3600}
build rtc --channel room1 --account alice --role subscriber --expire 600 --privilege-expire 300
  exit 0, parse true, verify true, app 970CA35de60c44645bbae8a215061b33, expire 600
  ServiceRtc {"channelName":"room1","uid":"alice"} {"1":300}
build rtm --user alice --expire=7200
  exit 0, parse true, verify true, app 970CA35de60c44645bbae8a215061b33, expire 7200
  ServiceRtm {"userId":"alice"} {"1":7200}
build chat --user u1
  exit 0, parse true, verify true, app 970CA35de60c44645bbae8a215061b33, expire 3600
  ServiceChat {"userId":"u1"} {"1":3600}
build chat --app --app-id 0123456789ABCDEF0123456789abcdef
  exit 0, parse true, verify true, app 0123456789ABCDEF0123456789abcdef, expire 3600
  ServiceChat {"userId":""} {"2":3600}
build rtm --user bob
  exit 0, parse true, verify true, app 970CA35de60c44645bbae8a215061b33, expire 3600
  ServiceRtm {"userId":"bob"} {"1":3600}
== no kind
2
stderr: agora-token: build what? rtc, rtm or chat
(agora-token --help for usage)
== unknown kind
2
stderr: agora-token: build what? rtc, rtm or chat
(agora-token --help for usage)
== rtc without channel
2
stderr: agora-token: build rtc needs --channel and one of --uid or --account
(agora-token --help for usage)
== rtc with uid and account
2
stderr: agora-token: build rtc needs --channel and one of --uid or --account
(agora-token --help for usage)
== uid past 32 bits
2
stderr: agora-token: --uid is an integer from 0 to 4294967295; use --account for a string user account
(agora-token --help for usage)
== uid not a number
2
stderr: agora-token: --uid is an integer from 0 to 4294967295; use --account for a string user account
(agora-token --help for usage)
== role
2
stderr: agora-token: --role is publisher or subscriber
(agora-token --help for usage)
== absolute expiry
2
stderr: agora-token: --expire is a duration in seconds; 1700003600 looks like an absolute Unix time
(agora-token --help for usage)
== negative expiry
2
stderr: agora-token: --expire is a number of seconds from 0 to 4294967295
(agora-token --help for usage)
== option without its value
2
stderr: agora-token: --user needs a value
(agora-token --help for usage)
== flag with a value
2
stderr: agora-token: --app takes no value
(agora-token --help for usage)
== rtm without user
2
stderr: agora-token: build rtm needs --user
(agora-token --help for usage)
== chat with neither
2
stderr: agora-token: build chat needs one of --user or --app
(agora-token --help for usage)
== stray argument
2
stderr: agora-token: unexpected argument "extra"
(agora-token --help for usage)
== no app id
2
stderr: agora-token: no app id: give --app-id or set AGORA_APP_ID
(agora-token --help for usage)
== bad app id
1
stderr: agora-token: AccessToken2::build(): $appId must be 32 hexadecimal digits; character 33 of 33 is "\n"
== bad certificate
1
stderr: agora-token: AccessToken2::build(): $appCert must be 32 hexadecimal digits; character 1 of 16 is not one
== no certificate
2
stderr: agora-token: no certificate: set AGORA_APP_CERTIFICATE or give it on standard input
(agora-token --help for usage)
