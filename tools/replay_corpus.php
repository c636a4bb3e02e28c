<?php
/*
 * Differential corpus replayer for AccessToken2 ("007" tokens).
 *
 *   php [-d extension=agora_token.so] tools/replay_corpus.php CORPUS.json [--official=PATH_TO_php/src] [--verbose]
 *
 * Replays every case of a corpus written by tools/gen_corpus.php (the schema is documented at the top of that
 * file) and compares what happens, value for value and byte for byte, with what the official pure-PHP classes
 * did when the corpus was generated. Prints one line per failing case and ends with "N passed, M failed";
 * the exit code is 0 only when nothing failed.
 *
 * Without --official the classes that already exist are used (the agora_token extension's). With --official the
 * official sources at PATH are required first; against the corpus generated from those same sources this mode
 * must report zero failures (it checks that cases are reconstructed exactly).
 *
 * This file is also a library: tools/gen_corpus.php and the PHPT tests include it for the value encoding, the
 * userland classes and the case runners, so that generation and replay execute the very same steps. Including
 * it defines functions only; the command line entry point runs only when this file is the main script.
 *
 * Everything here runs with every warning, notice and deprecation swallowed by an error handler: the corpus
 * compares values, return values and exception classes, not diagnostics.
 */

const CORPUS_FORMAT = 'agora_token-accesstoken2-corpus';
const CORPUS_FORMAT_VERSION = 1;

/* A Stringable value: the corpus tag {"stringable": <string>} becomes one of these. */
class CorpusStringable
{
	private $text;

	public function __construct($text)
	{
		$this->text = $text;
	}

	public function __toString(): string
	{
		return $this->text;
	}
}

/*
 * Userland subclasses of the official classes, declared the same way whichever implementation provides the
 * parents. They are declared at run time (inside a function) because their parents do not exist until the
 * official sources have been required or the extension is loaded.
 */
function corpus_declare_userland(): void
{
	if (class_exists('CorpusRtcSuffix', false)) {
		return;
	}

	/* Overrides pack(): two extra bytes after the RTC body. */
	class CorpusRtcSuffix extends ServiceRtc
	{
		public function pack()
		{
			return parent::pack() . "\x01\x02";
		}
	}

	/* Overrides getServiceType() only; pack() still writes $this->type. */
	class CorpusChatTyped extends ServiceChat
	{
		public $reportedType = 1;

		public function getServiceType()
		{
			return $this->reportedType;
		}
	}

	/* Its own constructor (type chosen by the caller) and a body of its own. */
	class CorpusCustom extends Service
	{
		public $label;

		public function __construct($label = "custom", $type = 9)
		{
			parent::__construct($type);
			$this->label = $label;
		}

		public function pack()
		{
			return parent::pack() . Util::packString($this->label);
		}
	}

	/* A constructor that rewrites its argument before calling the parent's. */
	class CorpusRtmCtor extends ServiceRtm
	{
		public function __construct($user = "")
		{
			parent::__construct("u:" . $user);
		}
	}
}

/* ---------------------------------------------------------------------------------------------------------
 * Value encoding. Every PHP value in a corpus is one of:
 *   JSON string                  a PHP string (valid UTF-8, at most 512 bytes)
 *   JSON integer                 a PHP int with |v| <= 2^53
 *   true / false / null          themselves
 *   {"int": "<decimal>"}         any other PHP int
 *   {"float": "<16 hex>"}        a PHP float, the big-endian IEEE-754 bits (pack("E")), so -0.0, INF and NAN
 *                                are exact
 *   {"b64": "<base64>"}          a PHP string given as base64 (binary, invalid UTF-8, or long)
 *   {"repeat": S, "n": K, "tail": T}
 *                                a PHP string: S (an encoded string) repeated K times, then T ("tail" is
 *                                optional, an encoded string)
 *   {"concat": [S, ...]}         a PHP string: the encoded strings S joined
 *   {"numbers": [A, B]}          a PHP string: implode(" ", range(A, B)), long text that is not periodic
 *   {"stringable": S}            new CorpusStringable(S), an object with __toString returning S
 *   {"arr": [[K, V], ...]}       a PHP array with those keys (encoded int or string) and values, in that order
 *   {"obj": C, "props": [[name, V], ...]}
 *                                an object of class C with those public properties. In inputs C is always
 *                                stdClass; in results it describes whatever object was found
 *   {"rtm2perms": [[RT, PT, RES], ...]}
 *                                (inputs only) new Rtm2Permissions() followed by ->add(RT, PT, RES) for each
 *                                triple, in order (each element encoded)
 * ------------------------------------------------------------------------------------------------------- */

function corpus_enc($v)
{
	if (is_string($v)) {
		return corpus_enc_string($v);
	}
	if (is_int($v)) {
		return ($v > 9007199254740992 || $v < -9007199254740992) ? ['int' => (string)$v] : $v;
	}
	if (is_float($v)) {
		return ['float' => bin2hex(pack('E', $v))];
	}
	if ($v === null || is_bool($v)) {
		return $v;
	}
	if (is_array($v)) {
		$pairs = [];
		foreach ($v as $k => $x) {
			$pairs[] = [corpus_enc($k), corpus_enc($x)];
		}
		return ['arr' => $pairs];
	}
	if ($v instanceof CorpusStringable) {
		return ['stringable' => corpus_enc((string)$v)];
	}
	if (is_object($v)) {
		$props = [];
		foreach (get_object_vars($v) as $name => $x) {
			$props[] = [(string)$name, corpus_enc($x)];
		}
		return ['obj' => get_class($v), 'props' => $props];
	}
	return ['unsupported' => get_debug_type($v)];
}

function corpus_enc_string(string $s)
{
	$len = strlen($s);
	if ($len > 2048 && preg_match('/\A([0-9]+) [0-9 ]*?([0-9]+)\z/', $s, $m) === 1 && strlen($m[1]) < 10
		&& strlen($m[2]) < 10 && (int)$m[1] <= (int)$m[2] && implode(' ', range((int)$m[1], (int)$m[2])) === $s) {
		return ['numbers' => [(int)$m[1], (int)$m[2]]];
	}
	if ($len > 256) {
		$parts = corpus_split_runs($s);
		if (count($parts) > 1 || is_array($parts[0])) {
			$enc = [];
			foreach ($parts as $part) {
				$enc[] = is_array($part) ? $part : corpus_enc_plain($part);
			}
			return count($enc) === 1 ? $enc[0] : ['concat' => $enc];
		}
	}
	return corpus_enc_plain($s);
}

function corpus_enc_plain(string $s)
{
	if (strlen($s) <= 512 && preg_match('//u', $s) === 1) {
		return $s;
	}
	return ['b64' => base64_encode($s)];
}

/*
 * Splits a long string into literal pieces (strings) and runs of a short repeated unit of at least 64 bytes
 * (already encoded as {"repeat": ...}), so that long strings, and the garbled pieces of them that a parse can
 * produce, stay small in a corpus file.
 */
function corpus_split_runs(string $s): array
{
	$len = strlen($s);
	$parts = [];
	$lit = '';
	$pos = 0;
	while ($pos < $len) {
		$bestP = 0;
		$bestL = 0;
		for ($p = 1; $p <= 8 && $pos + 2 * $p <= $len; $p++) {
			$l = $p;
			while ($pos + $l < $len && $s[$pos + $l] === $s[$pos + $l - $p]) {
				$l++;
			}
			if ($l > $bestL + 8) {
				$bestP = $p;
				$bestL = $l;
			}
		}
		if ($bestL >= 64) {
			if ($lit !== '') {
				$parts[] = $lit;
				$lit = '';
			}
			$unit = substr($s, $pos, $bestP);
			$r = ['repeat' => corpus_enc_plain($unit), 'n' => intdiv($bestL, $bestP)];
			if ($bestL % $bestP) {
				$r['tail'] = corpus_enc_plain(substr($unit, 0, $bestL % $bestP));
			}
			$parts[] = $r;
			$pos += $bestL;
		} else {
			$lit .= $s[$pos];
			$pos++;
		}
	}
	if ($lit !== '') {
		$parts[] = $lit;
	}
	return $parts;
}

function corpus_dec($j)
{
	if (!is_array($j)) {
		return $j;
	}
	if (array_key_exists('int', $j)) {
		return (int)$j['int'];
	}
	if (array_key_exists('float', $j)) {
		return unpack('E', hex2bin($j['float']))[1];
	}
	if (array_key_exists('b64', $j)) {
		return base64_decode($j['b64'], true);
	}
	if (array_key_exists('repeat', $j)) {
		return str_repeat(corpus_dec($j['repeat']), $j['n']) . (isset($j['tail']) ? corpus_dec($j['tail']) : '');
	}
	if (array_key_exists('concat', $j)) {
		return implode('', array_map('corpus_dec', $j['concat']));
	}
	if (array_key_exists('numbers', $j)) {
		return implode(' ', range($j['numbers'][0], $j['numbers'][1]));
	}
	if (array_key_exists('stringable', $j)) {
		return new CorpusStringable(corpus_dec($j['stringable']));
	}
	if (array_key_exists('arr', $j)) {
		$a = [];
		foreach ($j['arr'] as [$k, $v]) {
			$a[corpus_dec($k)] = corpus_dec($v);
		}
		return $a;
	}
	if (array_key_exists('rtm2perms', $j)) {
		$p = new Rtm2Permissions();
		foreach ($j['rtm2perms'] as [$rt, $pt, $res]) {
			$p->add(corpus_dec($rt), corpus_dec($pt), corpus_dec($res));
		}
		return $p;
	}
	if (array_key_exists('obj', $j)) {
		if ($j['obj'] !== 'stdClass') {
			throw new LogicException('corpus: only stdClass objects can be inputs, not ' . $j['obj']);
		}
		$o = new stdClass();
		foreach ($j['props'] as [$name, $v]) {
			$o->$name = corpus_dec($v);
		}
		return $o;
	}
	throw new LogicException('corpus: unknown value tag ' . json_encode($j));
}

function corpus_dec_list(array $list): array
{
	return array_map('corpus_dec', $list);
}

/* ---------------------------------------------------------------------------------------------------------
 * Running cases. The runners return an "observation": plain JSON data that the generator stores as the
 * expectation and the replayer compares with the stored one.
 * ------------------------------------------------------------------------------------------------------- */

function corpus_silence(): void
{
	error_reporting(E_ALL);
	set_error_handler(static function () {
		return true;
	});
}

function corpus_throwable(Throwable $e, string $stage): array
{
	/* Messages can name the calling file and line: keep the base name only, never a path of this machine. */
	$msg = preg_replace('~(\.php) on line [0-9]+~', '$1', $e->getMessage());
	$msg = preg_replace('~(?:[A-Za-z]:)?[/\\\\](?:[^\s/\\\\]+[/\\\\])*([^\s/\\\\]+\.php)~', '$1', $msg);
	return ['stage' => $stage, 'class' => get_class($e), 'message' => $msg];
}

/* The public properties of a service (or any object), in the order get_object_vars() gives them. */
function corpus_describe_object($o): array
{
	$props = [];
	foreach (get_object_vars($o) as $name => $v) {
		$props[] = [(string)$name, corpus_enc($v)];
	}
	return ['class' => get_class($o), 'props' => $props];
}

/* The public properties of an object as [[name, V], ...]. */
function corpus_describe_props($o): array
{
	return corpus_describe_object($o)['props'];
}

/* The observable public state of an AccessToken2 (without its services when $withServices is false). */
function corpus_token_state($t, bool $withServices = true): array
{
	$services = $t->services;
	if (is_array($services)) {
		$list = [];
		foreach ($services as $k => $s) {
			$list[] = [corpus_enc($k), is_object($s) ? corpus_describe_object($s) : corpus_enc($s)];
		}
	} else {
		$list = corpus_enc($services);
	}
	$state = [
		'appId' => corpus_enc($t->appId),
		'appCert' => corpus_enc($t->appCert),
		'issueTs' => corpus_enc($t->issueTs),
		'expire' => corpus_enc($t->expire),
		'salt' => corpus_enc($t->salt),
		'services' => $list,
	];
	if (!$withServices) {
		unset($state['services']);
	}
	return $state;
}

/* Position of $obj among $objs by identity, -1 when absent. */
function corpus_index_of($obj, array $objs): int
{
	foreach ($objs as $i => $o) {
		if ($o === $obj) {
			return $i;
		}
	}
	return -1;
}

function corpus_run_build(array $c, string $profile): array
{
	$obs = [];
	$stage = 'construct';
	$t = null;
	$svcs = [];
	try {
		if (isset($c['mt_srand'])) {
			mt_srand(...$c['mt_srand']);
		}
		$t = new AccessToken2(...corpus_fit_args('AccessToken2', corpus_dec_list($c['ctor'])));
		foreach ($c['set'] ?? [] as $i => [$name, $v]) {
			$stage = "set[$i]";
			$t->$name = corpus_dec($v);
		}
		foreach ($c['services'] as $i => $s) {
			$stage = "services[$i].new";
			$class = $s['class'];
			$svc = new $class(...corpus_fit_args($class, corpus_dec_list($s['args'])));
			$svcs[$i] = $svc;
			foreach ($s['ops'] ?? [] as $j => $op) {
				$stage = "services[$i].ops[$j]";
				switch ($op[0]) {
					case 'priv':
						$svc->addPrivilege(corpus_dec($op[1]), corpus_dec($op[2]));
						break;
					case 'set':
						$name = $op[1];
						$svc->$name = corpus_dec($op[2]);
						break;
					case 'perm':
						$svc->permissions->add(corpus_dec($op[1]), corpus_dec($op[2]), corpus_dec($op[3]));
						break;
					default:
						throw new LogicException('corpus: unknown op ' . $op[0]);
				}
			}
		}
		foreach ($c['add'] as $i => $idx) {
			$stage = "add[$i]";
			$t->addService($svcs[$idx]);
		}
		$stage = 'build';
		$obs['result'] = corpus_enc($t->build());
	} catch (LogicException $e) {
		throw $e;
	} catch (Throwable $e) {
		$obs['throw'] = corpus_throwable($e, $stage);
	}
	if ($t !== null) {
		$after = [];
		if (is_array($t->services)) {
			foreach ($t->services as $k => $s) {
				$after[] = [corpus_enc($k), corpus_index_of($s, $svcs)];
			}
		}
		$obs['services_after'] = $after;
		/* The public properties of the token and of every service constructed, after build() or the exception. */
		$obs['state_after'] = corpus_token_state($t, false);
		$obs['services_state'] = array_map('corpus_describe_props', $svcs);
		if ($profile === '2026' && !isset($obs['throw'])) {
			try {
				$obs['verify_after_build'] = $t->verifySignature($t->appCert);
			} catch (Throwable $e) {
				$obs['verify_after_build'] = ['throw' => get_class($e)];
			}
		}
	}
	return $obs;
}

/* Service types whose getServices() result a 2026 parse case records. */
const CORPUS_GETSERVICES_TYPES = [1, 2, 3, 4, 5, 6, 7, 8, 99];

/*
 * $tokens maps a build case id to its expected token, for parse calls given as {"ref": id}.
 * With $hardened the state before each call is recorded too (see corpus_compare_parse()).
 */
function corpus_run_parse(array $c, string $profile, array $tokens, bool $hardened = false): array
{
	$obs = ['calls' => []];
	$t = new AccessToken2(...corpus_dec_list($c['ctor'] ?? []));
	foreach ($c['calls'] as $call) {
		$token = isset($call['ref']) ? $tokens[$call['ref']] : corpus_dec($call['token']);
		$o = [];
		if ($hardened) {
			$o['before'] = corpus_token_state($t);
		}
		try {
			$o['return'] = corpus_enc($t->parse($token));
		} catch (LogicException $e) {
			throw $e;
		} catch (Throwable $e) {
			$o['throw'] = corpus_throwable($e, 'parse');
		}
		$o['state'] = corpus_token_state($t);
		$obs['calls'][] = $o;
	}
	if ($profile === '2026') {
		$obs['verify'] = [];
		foreach ($c['verify'] ?? [] as $cert) {
			try {
				$obs['verify'][] = corpus_enc($t->verifySignature(corpus_dec($cert)));
			} catch (Throwable $e) {
				$obs['verify'][] = ['throw' => get_class($e)];
			}
		}
		$obs['getServices'] = [];
		$list = is_array($t->services) ? $t->services : [];
		foreach (CORPUS_GETSERVICES_TYPES as $type) {
			$idx = [];
			try {
				foreach ($t->getServices($type) as $s) {
					$idx[] = corpus_index_of($s, $list);
				}
			} catch (Throwable $e) {
				$idx = ['throw' => get_class($e)];
			}
			$obs['getServices'][] = $idx;
		}
	}
	return $obs;
}

/* ---------------------------------------------------------------------------------------------------------
 * Comparison
 * ------------------------------------------------------------------------------------------------------- */

/* JSON round trip, so an observation compares with data read from a corpus file. */
function corpus_normalize($v)
{
	return json_decode(json_encode($v, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR), true);
}

/* A short printable form of an encoded value. */
function corpus_show($v, int $max = 100): string
{
	$s = json_encode($v, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
	return strlen($s) > $max ? substr($s, 0, $max) . '...(' . strlen($s) . ' chars)' : $s;
}

/* Path and values of the first difference between two normalized values, or null when identical. */
function corpus_first_diff($exp, $act, string $path = ''): ?string
{
	if ($exp === $act) {
		return null;
	}
	if (is_array($exp) && is_array($act)) {
		foreach ($exp as $k => $v) {
			if (!array_key_exists($k, $act)) {
				return ($path === '' ? $k : "$path.$k") . ': missing (expected ' . corpus_show($v) . ')';
			}
			$d = corpus_first_diff($v, $act[$k], $path === '' ? (string)$k : "$path.$k");
			if ($d !== null) {
				return $d;
			}
		}
		foreach ($act as $k => $v) {
			if (!array_key_exists($k, $exp)) {
				return ($path === '' ? $k : "$path.$k") . ': unexpected ' . corpus_show($v);
			}
		}
		return ($path === '' ? '(root)' : $path) . ': same entries in another order';
	}
	$d = ($path === '' ? '(root)' : $path) . ': expected ' . corpus_show($exp) . ', got ' . corpus_show($act);
	if (is_string($exp) && is_string($act) && (strncmp($exp, '007', 3) === 0 || strncmp($act, '007', 3) === 0)) {
		$d .= ' | ' . corpus_token_diff($exp, $act);
	}
	return $d;
}

/* Where two tokens differ: the first differing byte of their inflated contents, in hex. */
function corpus_token_diff(string $a, string $b): string
{
	$ca = strncmp($a, '007', 3) === 0 ? @zlib_decode((string)base64_decode(substr($a, 3))) : false;
	$cb = strncmp($b, '007', 3) === 0 ? @zlib_decode((string)base64_decode(substr($b, 3))) : false;
	if (!is_string($ca) || !is_string($cb)) {
		$n = strspn($a ^ $b, "\0");
		return "first difference at character $n";
	}
	$n = strspn($ca ^ $cb, "\0");
	$n = min($n, strlen($ca), strlen($cb));
	$from = max(0, $n - 4);
	return sprintf('content lengths %d/%d, first differing byte at offset %d: expected ..%s.. got ..%s..',
		strlen($ca), strlen($cb), $n, bin2hex(substr($ca, $from, 20)), bin2hex(substr($cb, $from, 20)));
}

/* Drop the informative exception messages before comparing. */
function corpus_strip_messages($v)
{
	if (!is_array($v)) {
		return $v;
	}
	$out = [];
	foreach ($v as $k => $x) {
		if ($k === 'message' && is_string($x)) {
			continue;
		}
		$out[$k] = corpus_strip_messages($x);
	}
	return $out;
}

/* Returns null when the case passed, else the description of the first difference. */
function corpus_compare_build(array $case, array $obs): ?string
{
	$obs = corpus_normalize($obs);
	$exp = $case['expect'];
	$what = static function (array $o): string {
		return isset($o['throw']) ? 'exception ' . $o['throw']['class'] . ' at ' . $o['throw']['stage']
			. (isset($o['throw']['message']) ? ' (' . $o['throw']['message'] . ')' : '')
			: 'build() result ' . corpus_show($o['result'] ?? null);
	};
	if (isset($exp['throw']) !== isset($obs['throw'])) {
		return 'expected ' . $what($exp) . ', got ' . $what($obs);
	}
	return corpus_first_diff(corpus_strip_messages($exp), corpus_strip_messages($obs));
}

/*
 * A parse case whose token is malformed ("status": "malformed": a field or string runs past the end of the
 * content) is where agora_token deliberately differs from the official code (SPEC 7.5): with $hardened the
 * replayer expects what the hardened parse() does instead of the official result: false, and
 *   profile 2026: the reset state (appId "", issueTs/expire/salt 0, no services; appCert kept),
 *                 verifySignature() false for every certificate, getServices() empty;
 *   profile 2022/2023: the state unchanged by the call (compat mode keeps state, as the old code did).
 */
function corpus_compare_parse(array $case, array $obs, bool $hardened): ?string
{
	$obs = corpus_normalize($obs);
	if ($hardened && ($case['status'] ?? '') === 'malformed') {
		foreach ($obs['calls'] as $i => $o) {
			if (($o['return'] ?? null) !== false) {
				return "calls.$i.return: the token is malformed, expected false (hardened parse), got "
					. corpus_show($o['return'] ?? $o['throw'] ?? null);
			}
			if ($case['profile'] === '2026') {
				$want = ['appId' => '', 'appCert' => $o['before']['appCert'], 'issueTs' => 0, 'expire' => 0,
					'salt' => 0, 'services' => []];
			} else {
				$want = $o['before'];
			}
			$d = corpus_first_diff($want, $o['state'], "calls.$i.state");
			if ($d !== null) {
				return $d . ' (hardened parse of a malformed token)';
			}
		}
		foreach ($obs['verify'] ?? [] as $i => $v) {
			if ($v !== false) {
				return "verify.$i: expected false after a rejected token, got " . corpus_show($v);
			}
		}
		foreach ($obs['getServices'] ?? [] as $i => $v) {
			if ($v !== []) {
				return "getServices.$i: expected [] after a rejected token, got " . corpus_show($v);
			}
		}
		return null;
	}
	foreach ($obs['calls'] as $i => $o) {
		unset($obs['calls'][$i]['before']);
	}
	if (isset($case['expect_sha256'])) {
		$json = json_encode(corpus_strip_messages($obs), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
		return hash('sha256', $json) === $case['expect_sha256'] ? null
			: 'the result differs from the official one (stored as a SHA-256 digest): got ' . corpus_show(json_decode($json, true), 300);
	}
	return corpus_first_diff(corpus_strip_messages($case['expect']), corpus_strip_messages($obs));
}

/* ---------------------------------------------------------------------------------------------------------
 * Replaying a whole corpus
 * ------------------------------------------------------------------------------------------------------- */

/*
 * Constructor arguments as given, except under a debug PHP: there an internal
 * method called with more arguments than it declares is a fatal "Arginfo / zpp
 * mismatch", so the extra ones, which the classes ignore (SPEC 7.4), are dropped.
 */
function corpus_fit_args(string $class, array $args): array
{
	$ctor = PHP_DEBUG ? (new ReflectionClass($class))->getConstructor() : null;
	if ($ctor === null || $ctor->isVariadic()) {
		return $args;
	}
	return array_slice($args, 0, $ctor->getNumberOfParameters());
}

function corpus_load(string $file): array
{
	$data = json_decode((string)file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
	if (($data['header']['format'] ?? null) !== CORPUS_FORMAT) {
		throw new RuntimeException("$file is not an AccessToken2 corpus");
	}
	return $data;
}

/*
 * Replays $data (a loaded corpus). $official: the official classes are in use (compare every parse case
 * with the official result); otherwise malformed tokens are expected to be rejected as SPEC 7.5 says.
 * $emit receives each failure line. Returns ['total' => n, 'passed' => n, 'failed' => n].
 */
function corpus_replay(array $data, bool $official, callable $emit, int $stride = 1): array
{
	corpus_silence();
	corpus_declare_userland();
	$profile = (string)$data['header']['profile'];
	$hardened = !$official;
	$tokens = [];
	foreach ($data['cases'] as $case) {
		if ($case['kind'] === 'build' && isset($case['expect']['result']) && is_string($case['expect']['result'])) {
			$tokens[$case['id']] = $case['expect']['result'];
		}
	}
	$passed = $failed = 0;
	foreach ($data['cases'] as $i => $case) {
		if ($i % $stride !== 0) {
			continue;
		}
		$case['profile'] = $profile;
		try {
			if ($case['kind'] === 'build') {
				$diff = corpus_compare_build($case, corpus_run_build($case, $profile));
			} elseif ($case['kind'] === 'parse') {
				$diff = corpus_compare_parse($case, corpus_run_parse($case, $profile, $tokens, $hardened), $hardened);
			} else {
				$diff = 'unknown case kind ' . corpus_show($case['kind']);
			}
		} catch (Throwable $e) {
			$diff = 'replayer error: ' . get_class($e) . ': ' . $e->getMessage();
		}
		if ($diff === null) {
			$passed++;
		} else {
			$failed++;
			$emit("FAIL {$case['id']} ({$case['kind']}" . (isset($case['note']) ? ", {$case['note']}" : '') . "): $diff");
		}
	}
	restore_error_handler();
	return ['total' => $passed + $failed, 'passed' => $passed, 'failed' => $failed];
}

/* Runs the corpus file against the extension as the PHPT tests do; prints the summary lines they expect. */
function corpus_phpt(string $file): void
{
	$data = corpus_load($file);
	$profile = (string)$data['header']['profile'];
	if ((string)ini_get('agora_token.compat') !== $profile) {
		ini_set('agora_token.compat', $profile);
	}
	/* Under valgrind (tools/phpt-variants.sh) every n-th case only: the whole corpus takes too long there. */
	$stride = max(1, (int)getenv('AGORA_TOKEN_CORPUS_STRIDE'));
	$r = corpus_replay($data, false, static function (string $line) {
		echo $line, "\n";
	}, $stride);
	$all = count($data['cases']);
	echo 'profile: ', $profile, ' compat: ', ini_get('agora_token.compat'), "\n";
	echo 'cases: ', $r['total'], "\n";
	echo 'at least 1000 cases: ', $all >= 1000 ? 'yes' : 'NO', "\n";
	echo 'cases in header: ', $data['header']['cases'] === $all && intdiv($all + $stride - 1, $stride) === $r['total']
		? 'same' : 'DIFFERENT (' . $data['header']['cases'] . ')', "\n";
	echo 'failed: ', $r['failed'], "\n";
}

function corpus_main(array $argv): int
{
	$file = null;
	$officialSrc = null;
	foreach (array_slice($argv, 1) as $a) {
		if (strncmp($a, '--official=', 11) === 0) {
			$officialSrc = substr($a, 11);
		} elseif ($a !== '' && $a[0] !== '-' && $file === null) {
			$file = $a;
		} else {
			fwrite(STDERR, "unknown argument: $a\n");
			return 2;
		}
	}
	if ($file === null) {
		fwrite(STDERR, "usage: php tools/replay_corpus.php CORPUS.json [--official=PATH_TO_php/src]\n");
		return 2;
	}
	$data = corpus_load($file);
	$h = $data['header'];
	$profile = (string)$h['profile'];
	if ($officialSrc !== null) {
		if (class_exists('AccessToken2', false)) {
			fwrite(STDERR, "--official: AccessToken2 already exists (is the agora_token extension loaded?)\n");
			return 2;
		}
		require_once rtrim($officialSrc, '/') . '/AccessToken2.php';
	} elseif (!class_exists('AccessToken2')) {
		fwrite(STDERR, "no AccessToken2 class: load the extension or pass --official=PATH\n");
		return 2;
	}
	if ($officialSrc === null && extension_loaded('agora_token')) {
		if (ini_set('agora_token.compat', $profile) === false || (string)ini_get('agora_token.compat') !== $profile) {
			echo "note: could not set agora_token.compat=$profile\n";
		}
	}
	if ((string)ini_get('precision') !== (string)($h['precision'] ?? '14')) {
		ini_set('precision', (string)($h['precision'] ?? '14'));
	}
	echo 'corpus: ', basename($file), ", profile $profile, official commit ", $h['official_commit'] ?? '?',
		', ', $h['cases'], " cases\n";
	echo 'implementation: ', $officialSrc !== null ? 'official sources' : (extension_loaded('agora_token') ?
		'agora_token ' . phpversion('agora_token') . ', compat ' . ini_get('agora_token.compat') : 'classes already defined'), "\n";
	$r = corpus_replay($data, $officialSrc !== null, static function (string $line) {
		echo $line, "\n";
	});
	if ($r['total'] !== $h['cases']) {
		echo "FAIL header: the header announces {$h['cases']} cases, the file has {$r['total']}\n";
		$r['failed']++;
	}
	echo "{$r['passed']} passed, {$r['failed']} failed\n";
	return $r['failed'] === 0 ? 0 : 1;
}

if (PHP_SAPI === 'cli' && realpath(get_included_files()[0]) === realpath(__FILE__)) {
	exit(corpus_main($argv));
}
