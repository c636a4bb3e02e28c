--TEST--
AccessToken2::build() and pack(): an error handler or __toString() that replaces properties mid-conversion
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2026
agora_token.strict=0
error_reporting=-1
--FILE--
<?php
/*
 * The native getSign() converts $issueTs and $salt; an object there warns, and the
 * error handler may replace $services before build() reads it, as the official
 * build() reads it after getSign(). Before the fix this read 12345 as an array.
 */
const ID = "970CA35de60c44645bbae8a215061b33";
const CERT = "5CFd2fd1755d40ecb72977518be15d3b";

function check(string $label, callable $f): void
{
	try {
		$r = $f();
		echo "$label: $r\n";
	} catch (Throwable $e) {
		echo "$label: ", get_class($e), ": ", $e->getMessage(), "\n";
	}
	restore_error_handler();
}

foreach ([2026, 2023, 2022] as $mode) {
	ini_set('agora_token.compat', (string)$mode);
	foreach ([12345, "xyz", null] as $replacement) {
		check("$mode, the handler sets \$services to " . var_export($replacement, true), function () use ($replacement) {
			$t = new AccessToken2(ID, CERT, 600);
			$t->salt = 7;
			$s = new ServiceRtm("u");
			$s->addPrivilege(1, 100);
			$t->addService($s);
			$t->issueTs = new stdClass();
			set_error_handler(function ($no, $msg) use ($t, $replacement) {
				echo "  handler: $msg\n";
				if ($t->services !== $replacement) {
					$t->services = $replacement;
				}
				return true;
			});
			$token = $t->build();
			return $token === "" ? '""' : "a token of " . strlen($token) . " characters";
		});
	}
}
ini_set('agora_token.compat', '2026');

/* packString() converts its copy of the value twice: a __toString() that replaces the
 * property does not change what the second conversion reads. */
class ReplacesUid
{
	function __toString(): string
	{
		global $svc;
		$svc->uid = "replaced";
		return str_repeat("A", 20);
	}
}
$svc = new ServiceRtc("ch", new ReplacesUid());
$svc->addPrivilege(1, 100);
echo bin2hex($svc->pack()), "\n";
?>
--EXPECT--
  handler: Object of class stdClass could not be converted to int
  handler: foreach() argument must be of type array|object, int given
  handler: Object of class stdClass could not be converted to int
2026, the handler sets $services to 12345: a token of 123 characters
  handler: Object of class stdClass could not be converted to int
  handler: foreach() argument must be of type array|object, string given
  handler: Object of class stdClass could not be converted to int
2026, the handler sets $services to 'xyz': a token of 123 characters
  handler: Object of class stdClass could not be converted to int
  handler: foreach() argument must be of type array|object, null given
  handler: Object of class stdClass could not be converted to int
2026, the handler sets $services to NULL: a token of 123 characters
  handler: Object of class stdClass could not be converted to int
2023, the handler sets $services to 12345: TypeError: AccessToken2::$services must be of type array, int given
  handler: Object of class stdClass could not be converted to int
2023, the handler sets $services to 'xyz': TypeError: AccessToken2::$services must be of type array, string given
  handler: Object of class stdClass could not be converted to int
2023, the handler sets $services to NULL: TypeError: AccessToken2::$services must be of type array, null given
  handler: Object of class stdClass could not be converted to int
2022, the handler sets $services to 12345: TypeError: AccessToken2::$services must be of type array, int given
  handler: Object of class stdClass could not be converted to int
2022, the handler sets $services to 'xyz': TypeError: AccessToken2::$services must be of type array, string given
  handler: Object of class stdClass could not be converted to int
2022, the handler sets $services to NULL: TypeError: AccessToken2::$services must be of type array, null given
010001000100640000000200636814004141414141414141414141414141414141414141
