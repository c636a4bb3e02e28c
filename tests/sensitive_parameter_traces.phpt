--TEST--
#[\SensitiveParameter]: no stack trace of any method that takes a certificate shows it, builders and 006 classes included
--EXTENSIONS--
agora_token
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
agora_token.strict=0
--FILE--
<?php
/*
 * Every method of every class of the extension with a parameter named
 * $appCert or $appCertificate is called with a recognisable certificate while
 * an exception is thrown inside it (a __toString() or __destruct() of another
 * argument throws), and the exception's trace is searched for the certificate.
 */
const CERT = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const APP_ID = '970CA35de60c44645bbae8a215061b33';

final class Marker extends Exception
{
}

/* Throws from inside whichever conversion reaches it first. */
final class Thrower
{
	public function __toString(): string
	{
		throw new Marker('thrown inside');
	}
}

function value_for(string $param)
{
	return match (true) {
		(bool)preg_match('/^appCert/i', $param) => CERT,
		(bool)preg_match('/^appId$/i', $param) => APP_ID,
		(bool)preg_match('/role/i', $param) => 1,
		(bool)preg_match('/expire/i', $param) => 600,
		$param === 'uid' => 42,
		$param === 'permissions' => new Rtm2Permissions(),
		default => 'x',
	};
}

/* Looks for the certificate anywhere in what the exception can show. */
function check(Throwable $e, string $where, int $cert_pos): string
{
	$frame = null;
	foreach ($e->getTrace() as $f) {
		if (($f['class'] ?? '') . '::' . $f['function'] === $where) {
			$frame = $f;
			break;
		}
	}
	if ($frame === null) {
		return 'NO FRAME in ' . get_class($e) . ': ' . $e->getMessage();
	}
	$arg = $frame['args'][$cert_pos] ?? null;
	$shown = (string)$e . print_r($e->getTrace(), true) . var_export($e->getTrace(), true) . $e->getTraceAsString();
	return (is_object($arg) ? get_class($arg) : gettype($arg)) . ', certificate '
		. (stripos($shown, CERT) === false ? 'absent' : 'SHOWN');
}

/* PHP's own notices of a conversion (a Thrower as an integer) are not what this test is about. */
set_error_handler(fn () => true);
$classes = array_filter(get_declared_classes(), fn ($c) => (new ReflectionClass($c))->getExtensionName() === 'agora_token');
sort($classes);
$count = 0;
foreach ($classes as $class) {
	foreach ((new ReflectionClass($class))->getMethods() as $m) {
		if ($m->getDeclaringClass()->getName() !== $class) {
			continue;
		}
		$params = $m->getParameters();
		$cert_pos = null;
		foreach ($params as $p) {
			if (preg_match('/^appCert/i', $p->getName())) {
				$cert_pos = $p->getPosition();
			}
		}
		if ($cert_pos === null) {
			continue;
		}
		$where = "$class::" . $m->getName();
		$result = 'NOTHING THROWN';
		/* One argument at a time becomes a Thrower, the others ordinary values;
		 * then, in strict mode, an empty string (the 006 checks throw for it). */
		$attempts = [];
		foreach ([[false, new Thrower()], [true, '']] as [$strict, $bad]) {
			foreach (array_keys($params) as $i) {
				if ($i !== $cert_pos || count($params) === 1) {
					$attempts[] = [$strict, $i, $bad];
				}
			}
		}
		foreach ($attempts as [$strict, $i, $bad]) {
			$args = array_map(fn ($p) => value_for($p->getName()), $params);
			$args[$i] = $bad;
			$name = $m->getName();
			ini_set('agora_token.strict', $strict ? '1' : '0');
			/* Direct calls: a Reflection invoke frame would show the argument array. */
			try {
				if ($name === '__construct') {
					/* A re-run constructor releases the old $appId: its destructor throws. */
					$obj = (new ReflectionClass($class))->newInstanceWithoutConstructor();
					$obj->appId = new class {
						public function __destruct()
						{
							throw new Marker('thrown inside');
						}
					};
					$obj->__construct(APP_ID, CERT, 600);
				} elseif ($name === 'verifySignature') {
					$obj = new $class();
					$obj->parse(RtcTokenBuilder2::buildTokenWithUid(APP_ID, CERT, 'c', 1, 1, 600));
					$obj->verifySignature(new Thrower());
				} elseif ($m->isStatic()) {
					[$class, $name](...$args);
				} else {
					(new $class())->$name(...$args);
				}
			} catch (Throwable $e) {
				$result = check($e, $where, $cert_pos);
				if (!str_starts_with($result, 'NO FRAME')) {
					break;
				}
			} finally {
				ini_set('agora_token.strict', '0');
			}
		}
		echo "$where \$", $params[$cert_pos]->getName(), ": $result\n";
		$count++;
	}
}
echo "methods: $count\n";
?>
--EXPECT--
AccessToken::init $appCertificate: SensitiveParameterValue, certificate absent
AccessToken::initWithToken $appCertificate: SensitiveParameterValue, certificate absent
AccessToken::extract $appCertificate: SensitiveParameterValue, certificate absent
AccessToken2::__construct $appCert: SensitiveParameterValue, certificate absent
AccessToken2::getSign $appCertificate: SensitiveParameterValue, certificate absent
AccessToken2::verifySignature $appCertificate: SensitiveParameterValue, certificate absent
ApaasTokenBuilder::buildRoomUserToken $appCertificate: SensitiveParameterValue, certificate absent
ApaasTokenBuilder::buildUserToken $appCertificate: SensitiveParameterValue, certificate absent
ApaasTokenBuilder::buildAppToken $appCertificate: SensitiveParameterValue, certificate absent
ChatTokenBuilder2::buildUserToken $appCertificate: SensitiveParameterValue, certificate absent
ChatTokenBuilder2::buildAppToken $appCertificate: SensitiveParameterValue, certificate absent
EducationTokenBuilder::buildRoomUserToken $appCertificate: SensitiveParameterValue, certificate absent
EducationTokenBuilder::buildUserToken $appCertificate: SensitiveParameterValue, certificate absent
EducationTokenBuilder::buildAppToken $appCertificate: SensitiveParameterValue, certificate absent
FpaTokenBuilder::buildToken $appCertificate: SensitiveParameterValue, certificate absent
RtcTokenBuilder::buildTokenWithUid $appCertificate: SensitiveParameterValue, certificate absent
RtcTokenBuilder::buildTokenWithUserAccount $appCertificate: SensitiveParameterValue, certificate absent
RtcTokenBuilder2::buildTokenWithUid $appCertificate: SensitiveParameterValue, certificate absent
RtcTokenBuilder2::buildTokenWithUserAccount $appCertificate: SensitiveParameterValue, certificate absent
RtcTokenBuilder2::buildTokenWithUidAndPrivilege $appCertificate: SensitiveParameterValue, certificate absent
RtcTokenBuilder2::buildTokenWithUserAccountAndPrivilege $appCertificate: SensitiveParameterValue, certificate absent
RtcTokenBuilder2::buildTokenWithRtm $appCertificate: SensitiveParameterValue, certificate absent
RtcTokenBuilder2::buildTokenWithRtm2 $appCertificate: SensitiveParameterValue, certificate absent
RtmTokenBuilder::buildToken $appCertificate: SensitiveParameterValue, certificate absent
RtmTokenBuilder2::buildToken $appCertificate: SensitiveParameterValue, certificate absent
RtmTokenBuilder2::buildTokenWithPermissions $appCertificate: SensitiveParameterValue, certificate absent
methods: 26
