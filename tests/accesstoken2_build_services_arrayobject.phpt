--TEST--
AccessToken2::build() takes $services as an ArrayObject, as the official count() and foreach do, in the 2026 and 2022 modes
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected values: the official code at da06bfb (2026) and 4370c96 (2022) on the same script. */
function run(): void
{
	$t = new AccessToken2('970CA35de60c44645bbae8a215061b33', '5CFd2fd1755d40ecb72977518be15d3b', 600);
	$t->issueTs = 1111111;
	$t->salt = 1;
	$rtc = new ServiceRtc('ch', 5);
	$rtc->addPrivilege(1, 600);
	$rtm = new ServiceRtm('u');
	$rtm->addPrivilege(1, 600);
	$t->services = new ArrayObject([$rtm, $rtc]);
	echo md5($t->build()), "\n";
	$t->services = new ArrayObject([]);
	var_dump($t->build());
	try {
		$t->services = new stdClass();
		$t->build();
	} catch (TypeError $e) {
		echo "TypeError\n";
	}
}
run();
ini_set('agora_token.compat', '2022');
run();
?>
--EXPECT--
dc965016da6a8ffedd82285d3e5cd9de
string(0) ""
TypeError
8793961653ca6721d7dcd6828f6a7d5f
string(123) "007eJxTYEiJ9+zw7Gb1viNuGtMfy3JriuZNp+1h1iLu/rOePHlS91WBwdLcwNnR2DQl1cwg2cTEzMQ0KSkx1SLRyNDUwMwwydjY/YsAQwQTAwMjAwgAAKtnGK8="
TypeError
