<?php
/*
 * Generates a differential test corpus for AccessToken2 ("007" tokens) by running the OFFICIAL pure-PHP classes.
 *
 *   php tools/gen_corpus.php --src=PATH_TO_official_php/src --profile=2026|2023|2022 --seed=N --count=N
 *       --out=tests/data/corpus_PROFILE.json [--commit=SHA] [--vectors=PATH_TO_vectors.json]
 *
 * --src      the official DynamicKey/AgoraDynamicKey/php/src folder (AccessToken2.php and Util.php are required
 *            from it). Profile 2026 = HEAD da06bfb, 2023 = b3269b1, 2022 = 4370c96.
 * --commit   the official commit id to record; by default read with git from the repository holding --src.
 * --count    the number of BUILD cases (parse cases are added for the tokens, see below).
 * --vectors  the known-answer vectors whose tokens are added as parse cases (default tests/data/vectors.json).
 *
 * Replay with tools/replay_corpus.php (which this file includes: the same functions run the cases here and
 * there, and `--official=` replays against the official sources, which must give 0 failures).
 * Randomness: case i is generated after mt_srand(SEED + 7919 * i), with mt_rand() only, so a corpus is
 * reproducible from its header's seed, count and profile with the same official sources and PHP version.
 * Generation runs with all warnings and deprecations swallowed; `precision` is 14 (recorded in the header).
 *
 * ================================================ FILE FORMAT ================================================
 *
 * {"header": {...}, "cases": [CASE, ...]}
 *
 * header: format "agora_token-accesstoken2-corpus", format_version 1, profile ("2026"|"2023"|"2022"), seed,
 *   count (build cases asked for), cases (total number of cases in the file), build_cases, parse_cases,
 *   parse_status (how many parse cases per status), official_commit, official_path (inside AgoraIO/Tools),
 *   generated_with (the command line, with the --src path replaced by a placeholder), php_version,
 *   zlib_version, precision, anomalies (see "status" below; expected 0).
 *
 * Every value below written V is an encoded PHP value (see the table at the top of tools/replay_corpus.php:
 * JSON scalars, or tagged objects such as {"float": hex}, {"b64": ...}, {"repeat": ..., "n": ...},
 * {"stringable": ...}, {"arr": [[k, v], ...]}, {"obj": "stdClass", "props": []}, {"rtm2perms": [...]}).
 *
 * BUILD case:
 *   {"id": "b0001", "kind": "build", "note": "...",
 *    "mt_srand": [seed] or [seed, 1]   optional: mt_srand(...) right before the constructor (1 = MT_RAND_PHP);
 *                                      such cases leave ->salt to the constructor's rand(1, 99999999)
 *    "ctor": [V, ...]                  new AccessToken2(...) arguments (0 to 4 of them)
 *    "set": [[prop, V], ...]           then $token->prop = V in this order (issueTs, salt, sometimes appId,
 *                                      appCert, expire)
 *    "services": [SERVICE, ...]        constructed in this order (before any addService)
 *    "add": [i, ...]                   then $token->addService($services[i]) in this order (an index may repeat
 *                                      = the same object added twice, or be absent = constructed, never added)
 *    "expect": {
 *      "result": V                     what build() returned (a string), or
 *      "throw": {"stage": S, "class": C, "message": M}
 *                                      the Throwable raised; S says where: "construct", "set[i]",
 *                                      "services[i].new", "services[i].ops[j]", "add[i]" or "build".
 *                                      Only stage and class are compared, the message is informative.
 *      "services_after": [[K, i], ...] $token->services after build() (or after the exception): each key K
 *                                      and the index i in "services" of the object stored there (-1: another)
 *      "state_after": {...}            the token's public appId, appCert, issueTs, expire, salt at that point
 *      "services_state": [[[name, V], ...], ...]
 *                                      the public properties (get_object_vars() order) of each constructed
 *                                      service, same order as "services"
 *      "verify_after_build": bool      (profile 2026, no exception) $token->verifySignature($token->appCert)
 *    }}
 *   SERVICE: {"class": C, "args": [V, ...], "ops": [OP, ...]}: new C(...args), then each OP in order:
 *     ["priv", K, V]       $svc->addPrivilege(K, V)
 *     ["set", name, V]     $svc->name = V   (e.g. uid, channelName, privileges, type, role, permissions)
 *     ["perm", RT, PT, R]  $svc->permissions->add(RT, PT, R)   (ServiceRtm2: Rtm2Permissions::add)
 *   C is an official class (Service, ServiceRtc, ServiceRtm, ServiceStreaming, ServiceFpa, ServiceChat,
 *   ServiceFCdn, ServiceApaas / ServiceEducation, ServiceRtm2; only those the profile has) or one of the
 *   userland subclasses declared by corpus_declare_userland() in tools/replay_corpus.php: CorpusRtcSuffix
 *   (overrides pack()), CorpusChatTyped (overrides getServiceType(), property reportedType), CorpusCustom
 *   (own constructor ($label, $type) and pack()), CorpusRtmCtor (own constructor).
 *
 * PARSE case:
 *   {"id": "p0001", "kind": "parse", "note": "...",
 *    "ctor": [V, ...]                  optional: arguments of the parser's new AccessToken2 (default none)
 *    "calls": [{"ref": "b0001"} | {"token": V}, ...]
 *                                      $t->parse(token) for each, in order, on the same object; "ref" = the
 *                                      expected result of that build case
 *    "verify": [V, ...]                (profile 2026) certificates given to verifySignature() after the calls
 *    "status": "clean" | "unknown_type" | "malformed"
 *                                      from an independent structural reading of the token (not the official
 *                                      code): "malformed" = a field or string runs past the end of the content
 *                                      (or the prefix/base64/zlib is bad); "unknown_type" = a service type the
 *                                      profile's parse() does not know. agora_token's parse() deliberately
 *                                      rejects malformed tokens (SPEC 7.5), so for those the replayer expects
 *                                      false and a reset (2026) or untouched (2022/2023) object unless it is
 *                                      replaying the official sources. anomalies counts clean/unknown_type
 *                                      tokens whose official parse nevertheless warned (expected 0).
 *    "expect_sha256": H                instead of "expect" for a malformed token whose official result is big
 *                                      (garbage): the SHA-256 of the JSON of "expect" without the exception
 *                                      messages (JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)
 *    "expect": {
 *      "calls": [{"return": V | "throw": {...}, "state": STATE}, ...]
 *      "verify": [V, ...]              (2026) the verifySignature() results, same order as "verify" above
 *      "getServices": [[i, ...], ...]  (2026) for each type of CORPUS_GETSERVICES_TYPES (1..8, 99): indexes in
 *                                      $t->services of the objects getServices(type) returned
 *    }}
 *   STATE: {"appId": V, "appCert": V, "issueTs": V, "expire": V, "salt": V,
 *           "services": [[K, {"class": C, "props": [[name, V], ...]}], ...]}
 *     the public properties of the token and of each service (get_object_vars() order; Rtm2 permissions
 *     appear as {"obj": "Rtm2Permissions", "props": [["details", V]]}).
 *
 * Parse cases: one per BUILD case whose result is a non-empty string (sometimes with a second token parsed on
 * the same object), then one per token of the known-answer vectors that the profile's official parse() reads
 * without running past the end (status clean or unknown_type).
 */

require __DIR__ . '/replay_corpus.php';

final class CorpusGen
{
	const APP = '970CA35de60c44645bbae8a215061b33';
	const CERT = '5CFd2fd1755d40ecb72977518be15d3b';
	const CH = '7d72365eb983485397e3e3f9d460bdda';

	public $profile;
	/** @var array<string, array> class => [type, privilege keys, args kinds] */
	public $classes = [];
	public $known = [];
	public $type7;
	/** probability that a value slot gets an unusual value, for the current case */
	public $q = 0.0;

	public function __construct(string $profile)
	{
		$this->profile = $profile;
		$this->type7 = $profile === '2022' ? 'ServiceEducation' : 'ServiceApaas';
		$c = [
			'ServiceRtc' => [1, [1, 2, 3, 4], ['channel', 'uid']],
			'ServiceRtm' => [2, [1], ['user']],
			'ServiceFpa' => [4, [1], []],
			'ServiceChat' => [5, [1, 2], ['user']],
			$this->type7 => [7, [1, 2, 3], ['room', 'user', 'role']],
			'Service' => [null, [1, 2, 3], ['type']],
			'CorpusRtcSuffix' => [1, [1, 2, 3, 4], ['channel', 'uid']],
			'CorpusChatTyped' => [5, [1, 2], ['user']],
			'CorpusCustom' => [9, [1, 2], ['label', 'type']],
			'CorpusRtmCtor' => [2, [1], ['user']],
		];
		if ($profile === '2026') {
			$c['ServiceStreaming'] = [3, [1, 2], ['channel', 'account']];
			$c['ServiceFCdn'] = [6, [1, 2], ['channel', 'account']];
			$c['ServiceRtm2'] = [8, [1], ['user', 'perms']];
			$this->known = [1, 2, 3, 4, 5, 6, 7, 8];
		} else {
			$this->known = [1, 2, 4, 5, 7];
		}
		$this->classes = $c;
	}

	/* ------------------------------------------------------------------ randomness (mt_rand only) */

	public function r(int $a, int $b): int
	{
		return mt_rand($a, $b);
	}

	public function p(float $x): bool
	{
		return mt_rand(0, 999999) < (int)($x * 1000000);
	}

	public function pick(array $a)
	{
		$a = array_values($a);
		return $a[mt_rand(0, count($a) - 1)];
	}

	public function shuffled(array $a): array
	{
		$a = array_values($a);
		for ($i = count($a) - 1; $i > 0; $i--) {
			$j = mt_rand(0, $i);
			[$a[$i], $a[$j]] = [$a[$j], $a[$i]];
		}
		return $a;
	}

	public function bytes(int $n): string
	{
		$s = '';
		for ($i = 0; $i < $n; $i++) {
			$s .= chr(mt_rand(0, 255));
		}
		return $s;
	}

	public function alnum(int $n, string $alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'): string
	{
		$s = '';
		for ($i = 0; $i < $n; $i++) {
			$s .= $alphabet[mt_rand(0, strlen($alphabet) - 1)];
		}
		return $s;
	}

	public function hex(int $n = 32, ?string $case = null): string
	{
		$case = $case ?? $this->pick(['lower', 'lower', 'upper', 'mixed']);
		$alpha = ['lower' => '0123456789abcdef', 'upper' => '0123456789ABCDEF', 'mixed' => '0123456789abcdefABCDEF'][$case];
		return $this->alnum($n, $alpha);
	}

	/* ------------------------------------------------------------------ value pools */

	public function edgeInt(): int
	{
		return $this->pick([0, 1, -1, 2, 600, 900, 3600, 86400, 65535, 65536, 65537, 70000, 32767, 32768, -32768,
			-32769, 2147483647, 2147483648, 4294967295, 4294967296, 4294967896, PHP_INT_MAX, PHP_INT_MIN,
			1111111, 1700000000, 99999999, -600, 1000000000000, mt_rand(), -mt_rand(), mt_rand() * 4294967296 + mt_rand()]);
	}

	public function edgeFloat(): float
	{
		return $this->pick([1.5, 0.1 + 0.2, 1e15, 1e20, 1e19, -0.0, 0.0, INF, -INF, NAN, 600.9, 4294967296.0, -1.5,
			123.0, 2882341273.0, 1.9, 0.5, 1e-7, 9.2233720368547758E+18, 1.0E+25, -1e19, 65536.5, 600.0,
			mt_rand() / 7.0, -mt_rand() / 3.0, 1.0E+14 + 0.5]);
	}

	public function numericString(): string
	{
		return $this->pick([" 600", "600 ", "12abc", "1e3", "0x1A", "99999999999999999999", "-99999999999999999999",
			"600", "-1", "4294967297", "1.5", ".5", "+5", "-0", " ", "", "abc", "0", "00", "1e100", "\t600\n",
			"600abc", "0b11", "1_000", " 1e3 ", "NAN", "INF", "65536", "2882341273", "007", "0.0", "1e-3"]);
	}

	public function oddValue()
	{
		switch ($this->r(0, 9)) {
			case 0: return null;
			case 1: return true;
			case 2: return false;
			case 3: return new CorpusStringable($this->pick(['600', 'abc', '', '2882341273', '1e3']));
			case 4: return [];
			case 5: return [1];
			case 6: return ['a' => 'b', 7 => 8];
			case 7: return new stdClass();
			default: return $this->pick([null, true, false]);
		}
	}

	/* A value for an integer field (issueTs, expire, salt, privilege value, role, type). */
	public function exoticNumber()
	{
		$k = $this->r(0, 99);
		if ($k < 35) {
			return $this->edgeInt();
		}
		if ($k < 60) {
			return $this->edgeFloat();
		}
		if ($k < 85) {
			return $this->numericString();
		}
		return $this->oddValue();
	}

	public function utf8(): string
	{
		$parts = ['é', 'ß', '中', '文', '😀', 'ü', 'Ω', 'ñ', 'a', 'z', '1', ' ', 'ä', '€', '𝄞'];
		$s = '';
		for ($i = 0, $n = $this->r(1, 12); $i < $n; $i++) {
			$s .= $this->pick($parts);
		}
		return $s;
	}

	public function longString(): string
	{
		switch ($this->r(0, 9)) {
			case 0: return str_repeat('a', 65535);
			case 1: return str_repeat('a', 65536);
			case 2: return str_repeat('b', 65537);
			case 3: return str_repeat('c', 70000);
			case 4: return str_repeat('xy', 40000);
			case 5: return str_repeat('é', 33000);
			case 6: return implode(' ', range(1, $this->r(3000, 12000)));
			case 7: return str_repeat($this->alnum(7), $this->r(100, 3000));
			case 8: return str_repeat('z', $this->r(1000, 20000));
			default: return str_repeat('q', 131072 + $this->r(0, 3));
		}
	}

	/* A value for a string field (channel, uid, user id, account, uuid, label). */
	public function exoticString()
	{
		$k = $this->r(0, 99);
		if ($k < 15) {
			return $this->bytes($this->r(1, 40));
		}
		if ($k < 30) {
			return $this->utf8();
		}
		if ($k < 42) {
			return $this->edgeInt();
		}
		if ($k < 54) {
			return $this->edgeFloat();
		}
		if ($k < 66) {
			return $this->numericString();
		}
		if ($k < 76) {
			return $this->pick([null, true, false, '', '0', ' ']);
		}
		if ($k < 88) {
			return new CorpusStringable($this->pick(['2882341273', 'abc', '', $this->utf8(), $this->bytes(5)]));
		}
		if ($k < 92) {
			return $this->longString();
		}
		if ($k < 96) {
			return $this->pick([[], ['x'], new stdClass()]);
		}
		return $this->bytes($this->r(100, 400));
	}

	public function typicalNumber(): int
	{
		return $this->pick([0, 600, 900, 3600, 86400, 7200, $this->r(1, 1000000), $this->r(0, 2147483647)]);
	}

	public function maybeNumber()
	{
		return $this->p($this->q) ? $this->exoticNumber() : $this->typicalNumber();
	}

	public function typicalString(string $kind)
	{
		switch ($kind) {
			case 'channel':
				return $this->pick([self::CH, $this->hex(32, 'lower'), 'test-channel', $this->alnum($this->r(1, 64)), '', 'stream-channel']);
			case 'uid':
				return $this->pick([2882341273, '2882341273', 0, '0', '', $this->r(1, 2147483647), $this->r(0, 4294967295),
					(string)$this->r(1, 4294967295), $this->alnum($this->r(1, 32))]);
			case 'account':
				return $this->pick([2882341273, 0, '0', '', 'stream-account', $this->r(1, 4294967295), $this->alnum($this->r(1, 32))]);
			case 'user':
				return $this->pick(['test_user', '2882341273', '', $this->alnum($this->r(1, 64)), md5((string)$this->r(0, 999999)), 0]);
			case 'room':
				return $this->pick(['123', '', $this->alnum($this->r(1, 36)), md5((string)$this->r(0, 999999))]);
			case 'label':
				return $this->pick(['custom', '', $this->alnum($this->r(1, 20))]);
		}
		throw new LogicException($kind);
	}

	public function maybeString(string $kind)
	{
		return $this->p($this->q) ? $this->exoticString() : $this->typicalString($kind);
	}

	public function typeValue()
	{
		if ($this->p(0.6)) {
			return $this->pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 99, 65535, 65536, 65537, 999]);
		}
		return $this->exoticNumber();
	}

	public function roleValue()
	{
		return $this->p($this->q) ? $this->exoticNumber() : $this->pick([-1, 0, 1, 2, 3]);
	}

	public function privKey(array $keys)
	{
		if ($this->p($this->q)) {
			if ($this->p(0.03)) {
				return $this->pick([[1], new stdClass()]);
			}
			return $this->pick([0, 1, 2, 3, 4, 5, '1', '01', 'abc', null, true, false, 1.5, -1, 70000, 65537, '',
				' 1', '1.0', PHP_INT_MAX, '-1', 2.0, new CorpusStringable('1')]);
		}
		return $this->pick($keys);
	}

	public function validId(): string
	{
		return $this->hex(32);
	}

	public function oddId()
	{
		$h = $this->hex(32, 'lower');
		return $this->pick([
			substr($h, 0, 31), $h . 'a', $h . "\n", substr($h, 0, 31) . 'g', "\n" . substr($h, 0, 31), '', null,
			12345, substr($h, 0, 8) . '-' . substr($h, 8, 4) . '-' . substr($h, 12, 4) . '-' . substr($h, 16, 4) . '-' . substr($h, 20, 12),
			new CorpusStringable($h), ' ' . substr($h, 0, 31), '0x' . substr($h, 0, 30), $this->bytes(32), str_repeat('0', 32),
			'12345678901234567890123456789012', 1.5, true, [$h], strtoupper($h) . ' ',
		]);
	}

	public function id(bool $odd)
	{
		return $odd ? $this->oddId() : $this->validId();
	}

	/* ------------------------------------------------------------------ services */

	public function rtm2Adds(): array
	{
		$adds = [];
		for ($i = 0, $n = $this->r(0, 4); $i < $n; $i++) {
			$rt = $this->p($this->q) ? $this->pick([70000, -1, '2', 7, null, 1.5, 'x', 65536]) : $this->r(0, 4);
			$pt = $this->p($this->q) ? $this->pick([2, 65537, '1', -1, null, true]) : $this->r(0, 1);
			if ($this->p($this->q * 0.2)) {
				$res = $this->pick(['not-an-array', null, 5]);
			} else {
				$res = [];
				for ($j = 0, $m = $this->r(0, 3); $j < $m; $j++) {
					$res[] = $this->p($this->q) ? $this->exoticString() : $this->pick(['message-a', 'message-b', 'stream-a', 'user-a', $this->alnum($this->r(1, 20))]);
				}
				if ($this->p($this->q) && $res) {
					$res = array_combine(array_map(function () {
						return $this->alnum(3);
					}, $res), $res);
				}
			}
			$adds[] = [corpus_enc($rt), corpus_enc($pt), corpus_enc($res)];
		}
		return $adds;
	}

	public function argFor(string $kind)
	{
		switch ($kind) {
			case 'type':
				return corpus_enc($this->typeValue());
			case 'role':
				return corpus_enc($this->roleValue());
			case 'perms':
				if ($this->p(0.1)) {
					return corpus_enc($this->pick([null, 'x', new stdClass()]));
				}
				return ['rtm2perms' => $this->rtm2Adds()];
			default:
				return corpus_enc($this->maybeString($kind));
		}
	}

	public function propsOf(string $class): array
	{
		$props = ['privileges', 'type'];
		foreach ($this->classes[$class][2] as $kind) {
			$props = array_merge($props, [
				'channel' => ['channelName'], 'uid' => ['uid'], 'account' => ['account'], 'user' => ['userId'],
				'room' => ['roomUuid', 'userUuid'], 'role' => ['role'], 'perms' => ['permissions'],
				'label' => ['label'], 'type' => [],
			][$kind]);
		}
		if ($class === $this->type7) {
			$props = array_diff($props, ['userId']);
		}
		if ($class === 'CorpusChatTyped') {
			$props[] = 'reportedType';
		}
		if ($class === 'CorpusRtmCtor') {
			$props[] = 'userId';
		}
		return array_values(array_unique($props));
	}

	public function setValue(string $class, string $prop)
	{
		switch ($prop) {
			case 'privileges':
				if ($this->p(0.2)) {
					return corpus_enc($this->pick([null, [], 'abc', 5]));
				}
				$a = [];
				foreach ($this->shuffled($this->classes[$class][1]) as $k) {
					if ($this->p(0.6)) {
						$a[$k] = $this->maybeNumber();
					}
				}
				if ($this->p($this->q)) {
					$a['abc'] = $this->maybeNumber();
					$a[-1] = $this->maybeNumber();
				}
				return corpus_enc($a);
			case 'type':
			case 'reportedType':
				return corpus_enc($this->typeValue());
			case 'role':
				return corpus_enc($this->roleValue());
			case 'permissions':
				return $this->p(0.8) ? ['rtm2perms' => $this->rtm2Adds()] : corpus_enc($this->pick([null, 'x', []]));
			case 'channelName':
				return corpus_enc($this->maybeString('channel'));
			case 'uid':
				return corpus_enc($this->maybeString('uid'));
			case 'account':
				return corpus_enc($this->maybeString('account'));
			case 'roomUuid':
				return corpus_enc($this->maybeString('room'));
			case 'label':
				return corpus_enc($this->maybeString('label'));
			default:
				return corpus_enc($this->maybeString('user'));
		}
	}

	public function service(string $class, bool $allowEmpty = true): array
	{
		[, $keys, $kinds] = $this->classes[$class];
		$args = [];
		foreach ($kinds as $kind) {
			$args[] = $this->argFor($kind);
		}
		if ($args && $this->p(0.08)) {
			$args = array_slice($args, 0, $this->r(0, count($args) - 1));
		} elseif ($this->p(0.03)) {
			$args[] = corpus_enc($this->maybeString('user'));
		}
		$ops = [];
		$n = ($allowEmpty && $this->p(0.03)) ? 0 : $this->r(1, count($keys) + 1);
		for ($i = 0; $i < $n; $i++) {
			$ops[] = ['priv', corpus_enc($this->privKey($keys)), corpus_enc($this->maybeNumber())];
		}
		if ($class === 'ServiceRtm2' && $this->p(0.3)) {
			foreach ($this->rtm2Adds() as [$rt, $pt, $res]) {
				$ops[] = ['perm', $rt, $pt, $res];
			}
		}
		if ($class === 'CorpusChatTyped') {
			$ops[] = ['set', 'reportedType', corpus_enc($this->p(0.5) ? $this->r(1, 8) : $this->typeValue())];
		}
		if ($this->p(0.08 + $this->q * 0.2)) {
			$props = $this->propsOf($class);
			for ($i = 0, $m = $this->r(1, 2); $i < $m; $i++) {
				$prop = $this->pick($props);
				$op = ['set', $prop, $this->setValue($class, $prop)];
				if ($this->p(0.5)) {
					array_unshift($ops, $op);
				} else {
					$ops[] = $op;
				}
			}
		}
		return ['class' => $class, 'args' => $args, 'ops' => $ops];
	}

	public function serviceClass(bool $userland): string
	{
		$names = array_keys($this->classes);
		if (!$userland) {
			$names = array_values(array_filter($names, function ($n) {
				return strncmp($n, 'Corpus', 6) !== 0 && $n !== 'Service';
			}));
		}
		return $this->pick($names);
	}

	/* ------------------------------------------------------------------ cases */

	public function tokenCase(string $note, bool $oddIds, int $nServices, bool $userland, bool $dups): array
	{
		$c = ['kind' => 'build', 'note' => $note];
		$appId = $this->id($oddIds && $this->p(0.5));
		$cert = $this->id($oddIds && $this->p(0.5));
		$expire = $this->maybeNumber();
		$ctor = [corpus_enc($appId), corpus_enc($cert), corpus_enc($expire)];
		$set = [];
		if ($this->p(0.1)) {
			$ctor = array_slice($ctor, 0, $this->r(0, 2));
			$set[] = ['appId', corpus_enc($this->id($oddIds && $this->p(0.5)))];
			$set[] = ['appCert', corpus_enc($this->id($oddIds && $this->p(0.5)))];
		} elseif ($this->p(0.05)) {
			$ctor[] = corpus_enc('extra');
		}
		if ($this->p(0.1)) {
			$set[] = [$this->pick(['appId', 'appCert', 'expire']), corpus_enc($this->pick([$this->validId(), $this->maybeNumber(), $this->oddId()]))];
		}
		$set[] = ['issueTs', corpus_enc($this->p($this->q) ? $this->exoticNumber() : $this->pick([1111111, $this->r(0, 2147483647), 1700000000 + $this->r(0, 99999999)]))];
		if ($this->p(0.04)) {
			$c['mt_srand'] = $this->p(0.3) ? [$this->r(0, 100000), 1] : [$this->r(0, 100000)];
		} else {
			$set[] = ['salt', corpus_enc($this->p($this->q) ? $this->exoticNumber() : $this->pick([1, $this->r(1, 99999999)]))];
		}
		$set = $this->shuffled($set);
		$c['ctor'] = $ctor;
		$c['set'] = $set;
		$services = [];
		for ($i = 0; $i < $nServices; $i++) {
			$services[] = $this->service($this->serviceClass($userland));
		}
		$add = $this->shuffled(array_keys($services));
		if ($dups && $services) {
			for ($i = 0, $m = $this->r(1, 3); $i < $m; $i++) {
				if ($this->p(0.5)) {
					$services[] = $this->service($services[$this->r(0, count($services) - 1)]['class']);
					$add[] = count($services) - 1;
				} else {
					$add[] = $this->r(0, count($services) - 1);
				}
			}
			$add = $this->shuffled($add);
		}
		if ($services && $this->p(0.03)) {
			array_pop($add);
		}
		$c['services'] = $services;
		$c['add'] = $add;
		return $c;
	}

	public function randomCase(): array
	{
		$k = $this->r(0, 99);
		if ($k < 40) {
			$this->q = 0.0;
			return $this->tokenCase('normal', false, $this->r(1, 4), false, false);
		}
		if ($k < 75) {
			$this->q = $this->pick([0.1, 0.25, 0.5]);
			return $this->tokenCase('values', false, $this->r(1, 4), $this->p(0.3), $this->p(0.2));
		}
		if ($k < 83) {
			$this->q = 0.05;
			return $this->tokenCase('ids', true, $this->r(0, 3), false, false);
		}
		if ($k < 97) {
			$this->q = $this->pick([0.0, 0.1]);
			return $this->tokenCase('structure', false, $this->r(0, 9), true, $this->p(0.6));
		}
		$this->q = 0.0;
		$c = $this->tokenCase('long', false, $this->r(1, 3), false, false);
		$s = $this->r(0, count($c['services']) - 1);
		$class = $c['services'][$s]['class'];
		$props = array_values(array_intersect($this->propsOf($class), ['channelName', 'uid', 'account', 'userId', 'roomUuid', 'userUuid']));
		if ($props) {
			$c['services'][$s]['ops'][] = ['set', $this->pick($props), corpus_enc($this->longString())];
		} else {
			$c['services'][] = ['class' => 'ServiceChat', 'args' => [corpus_enc($this->longString())], 'ops' => [['priv', 1, 600]]];
			$c['add'][] = count($c['services']) - 1;
		}
		return $c;
	}

	/* Hand-written cases, the same in every profile (classes the profile lacks are left out). */
	public function fixedCases(): array
	{
		$t7 = $this->type7;
		$svc = function (string $class, array $args, array $privs, array $extra = []): array {
			$ops = [];
			foreach ($privs as $k => $v) {
				$ops[] = ['priv', corpus_enc($k), corpus_enc($v)];
			}
			return ['class' => $class, 'args' => array_map('corpus_enc', $args), 'ops' => array_merge($ops, $extra)];
		};
		$case = function (string $note, array $services, ?array $add = null, array $more = []) {
			return array_merge([
				'kind' => 'build', 'note' => $note,
				'ctor' => [self::APP, self::CERT, 600],
				'set' => [['issueTs', 1111111], ['salt', 1]],
				'services' => $services,
				'add' => $add ?? array_keys($services),
			], $more);
		};
		$rtc = $svc('ServiceRtc', [self::CH, 2882341273], [1 => 600]);
		$rtm = $svc('ServiceRtm', ['test_user'], [1 => 600]);
		$chat = $svc('ServiceChat', ['2882341273'], [1 => 600]);
		$out = [
			$case('rtc uid int', [$rtc]),
			$case('rtc uid string', [$svc('ServiceRtc', [self::CH, '2882341273'], [1 => 600])]),
			$case('rtc uid int 0', [$svc('ServiceRtc', [self::CH, 0], [1 => 600])]),
			$case('rtc uid null', [$svc('ServiceRtc', [self::CH, null], [1 => 600])]),
			$case('rtc default args', [$svc('ServiceRtc', [], [1 => 600])]),
			$case('rtm then rtc', [$rtm, $rtc]),
			$case('rtc then rtm', [$rtc, $rtm]),
			$case('type 7, 2, 5 in that order', [$svc($t7, ['123', '2882341273', 1], [1 => 600]),
				$svc('ServiceRtm', ['2882341273'], [1 => 600]), $svc('ServiceChat', [md5('2882341273')], [1 => 600])]),
			$case('type 7 role 0', [$svc($t7, ['', '2882341273', 0], [2 => 600])]),
			$case('type 7 defaults', [$svc($t7, [], [3 => 600])]),
			$case('two rtc services', [$rtc, $svc('ServiceRtc', ['stream-channel', 2882341273], [1 => 600, 2 => 600])]),
			$case('rtm, rtc, rtc', [$rtm, $rtc, $svc('ServiceRtc', ['stream-channel', '42'], [1 => 600, 3 => 900])]),
			$case('types 5,1,2,1,5', [$chat, $rtc, $rtm, $svc('ServiceRtc', ['b', 7], [2 => 1]), $svc('ServiceChat', [], [2 => 600])]),
			$case('no services', []),
			$case('no services, invalid app id', [], null, ['ctor' => [substr(self::APP, 1), self::CERT, 600]]),
			$case('same object added twice', [$rtc], [0, 0]),
			$case('service constructed, never added', [$rtc, $rtm], [0]),
			$case('privileges out of order', [$svc('ServiceRtc', [self::CH, 2882341273], [4 => 600, 2 => 600, 1 => 600, 3 => 600])]),
			$case('service without privileges', [$svc('ServiceRtc', [self::CH, 1], [])]),
			$case('second service without privileges', [$rtc, $svc('ServiceChat', ['x'], [])]),
			$case('chat app', [$svc('ServiceChat', [], [2 => 600])]),
			$case('fpa', [$svc('ServiceFpa', [], [1 => 0])], null, ['ctor' => [self::APP, self::CERT, 86400]]),
			$case('rtc, rtm, fpa, chat', [$rtc, $rtm, $svc('ServiceFpa', [], [1 => 600]), $chat]),
			$case('upper-case ids', [$rtc], null, ['ctor' => [strtoupper(self::APP), strtoupper(self::CERT), 600]]),
			$case('lower-case ids', [$rtc], null, ['ctor' => [strtolower(self::APP), strtolower(self::CERT), 600]]),
			$case('app id with trailing newline', [$rtc], null, ['ctor' => [self::APP . "\n", self::CERT, 600]]),
			$case('cert of 31 chars', [$rtc], null, ['ctor' => [self::APP, substr(self::CERT, 0, 31), 600]]),
			$case('cert of 33 chars', [$rtc], null, ['ctor' => [self::APP, self::CERT . '0', 600]]),
			$case('app id with a g', [$rtc], null, ['ctor' => [substr(self::APP, 0, 31) . 'g', self::CERT, 600]]),
			$case('ids set after construction', [$rtc], null, ['ctor' => [], 'set' => [['appId', self::APP], ['appCert', self::CERT], ['expire', 600], ['issueTs', 1111111], ['salt', 1]]]),
			$case('expire null', [$rtc], null, ['ctor' => [self::APP, self::CERT, null]]),
			$case('default expire', [$rtc], null, ['ctor' => [self::APP, self::CERT]]),
			$case('salt from mt_srand(42)', [$rtc], null, ['mt_srand' => [42], 'set' => [['issueTs', 1111111]]]),
			$case('salt from mt_srand(42, MT_RAND_PHP)', [$rtc], null, ['mt_srand' => [42, 1], 'set' => [['issueTs', 1111111]]]),
			$case('channel of 70000 bytes', [$svc('ServiceRtc', [str_repeat('a', 70000), 1], [1 => 600])]),
			$case('channel of 65535 bytes', [$svc('ServiceRtc', [str_repeat('a', 65535), 1], [1 => 600])]),
			$case('channel of 65536 bytes', [$svc('ServiceRtc', [str_repeat('a', 65536), 1], [1 => 600])]),
			$case('long text channel (content > 16 KiB)', [$svc('ServiceRtc', [implode(' ', range(1, 12000)), 1], [1 => 600])]),
			$case('userland pack() override', [$svc('CorpusRtcSuffix', [self::CH, 1], [1 => 600])]),
			$case('userland pack() override before another service', [$svc('CorpusRtcSuffix', [self::CH, 1], [1 => 600]), $rtm]),
			$case('userland getServiceType() override', [$svc('CorpusChatTyped', ['u'], [1 => 600], [['set', 'reportedType', 1]]), $rtc]),
			$case('userland getServiceType() = 9', [$svc('CorpusChatTyped', ['u'], [1 => 600], [['set', 'reportedType', 9]]), $rtm]),
			$case('userland constructor', [$svc('CorpusCustom', ['lbl', 9], [1 => 600]), $rtc]),
			$case('userland constructor, type 1', [$rtc, $svc('CorpusCustom', ['lbl', 1], [1 => 600])]),
			$case('userland constructor (rtm)', [$svc('CorpusRtmCtor', ['bob'], [1 => 600])]),
			$case('unknown type 999 after rtc', [$rtc, $svc('Service', [999], [1 => 600])]),
			$case('unknown type 0 before rtc', [$svc('Service', [0], [1 => 600]), $rtc]),
			$case('bare Service(1)', [$svc('Service', [1], [1 => 600])]),
			$case('bare Service(3) after rtc', [$rtc, $svc('Service', [3], [1 => 600])]),
			$case('privileges property overwritten', [$svc('ServiceRtc', [self::CH, 1], [1 => 600], [['set', 'privileges', corpus_enc([3 => 5, 1 => 7])]])]),
			$case('uid property overwritten', [$svc('ServiceRtc', [self::CH, 1], [1 => 600], [['set', 'uid', 'changed']])]),
			$case('privilege keys of every kind', [$svc('ServiceRtc', [self::CH, 1], [], [
				['priv', 1, 600], ['priv', '1', 601], ['priv', '01', 602], ['priv', 'abc', 603], ['priv', null, 604],
				['priv', true, 605], ['priv', corpus_enc(1.5), 606], ['priv', -1, 607], ['priv', 70000, 608]])]),
		];
		if ($this->profile === '2026') {
			$out[] = $case('streaming and fcdn uid conversion', [
				$svc('ServiceStreaming', [self::CH, 2882341273], [1 => 600]), $svc('ServiceStreaming', [self::CH, 0], [2 => 600]),
				$svc('ServiceStreaming', [self::CH, 'stream-account'], [1 => 600, 2 => 600]), $svc('ServiceFCdn', [self::CH, 2882341273], [1 => 600]),
				$svc('ServiceFCdn', [self::CH, 0], [2 => 600]), $svc('ServiceFCdn', [self::CH, 'fcdn-account'], [1 => 600, 2 => 600])]);
			$perms = ['rtm2perms' => [[0, 0, corpus_enc(['message-a', 'message-b'])], [1, 1, corpus_enc(['stream-a'])], [4, 0, corpus_enc(['user-a'])]]];
			$out[] = $case('streaming, fcdn, rtm2', [$svc('ServiceStreaming', [self::CH, '2882341273'], [1 => 600, 2 => 600]),
				$svc('ServiceFCdn', [self::CH, '2882341273'], [1 => 600, 2 => 600]),
				['class' => 'ServiceRtm2', 'args' => ['test_user', $perms], 'ops' => [['priv', 1, 600]]]]);
			$out[] = $case('rtm2 add calls after construction, one replaced', [['class' => 'ServiceRtm2', 'args' => ['u'], 'ops' => [
				['priv', 1, 600], ['perm', 4, 1, corpus_enc(['x', 'y'])], ['perm', 0, 0, corpus_enc(['m'])], ['perm', 4, 1, corpus_enc(['k' => 'z'])]]]]);
			$out[] = $case('rtm2 empty permissions', [['class' => 'ServiceRtm2', 'args' => ['u', null], 'ops' => [['priv', 1, 600]]]]);
			$out[] = $case('all eight types, reversed', array_reverse([$rtc, $rtm, $svc('ServiceStreaming', ['c', 'a'], [1 => 1]),
				$svc('ServiceFpa', [], [1 => 2]), $chat, $svc('ServiceFCdn', ['c', 'a'], [2 => 3]), $svc($t7, ['r', 'u', 2], [1 => 4]),
				['class' => 'ServiceRtm2', 'args' => ['u'], 'ops' => [['priv', 1, 5]]]]));
		}
		return $out;
	}
}

/* ---------------------------------------------------------------------------------------------------------
 * Independent structural reading of a token (this file's own code, not the official parser)
 * ------------------------------------------------------------------------------------------------------- */

final class CorpusOverrun extends Exception
{
}

final class CorpusReader
{
	private $s;
	private $pos = 0;

	public function __construct(string $s)
	{
		$this->s = $s;
	}

	public function take(int $n): string
	{
		if ($this->pos + $n > strlen($this->s)) {
			throw new CorpusOverrun();
		}
		$r = substr($this->s, $this->pos, $n);
		$this->pos += $n;
		return $r;
	}

	public function u16(): int
	{
		return unpack('v', $this->take(2))[1];
	}

	public function u32(): int
	{
		return unpack('V', $this->take(4))[1];
	}

	public function str(): string
	{
		return $this->take($this->u16());
	}
}

/* "clean" | "unknown_type" | "malformed" (see the file format above). */
function corpus_token_status($token, array $known): string
{
	if (!is_string($token) || strncmp($token, '007', 3) !== 0) {
		return 'malformed';
	}
	$raw = base64_decode(rtrim(substr($token, 3)), true);
	if ($raw === false || $raw === '') {
		return 'malformed';
	}
	$content = @zlib_decode($raw);
	if (!is_string($content)) {
		return 'malformed';
	}
	$r = new CorpusReader($content);
	try {
		$r->str();
		$r->str();
		$r->u32();
		$r->u32();
		$r->u32();
		for ($i = 0, $n = $r->u16(); $i < $n; $i++) {
			$type = $r->u16();
			if (!in_array($type, $known, true)) {
				return 'unknown_type';
			}
			for ($j = 0, $m = $r->u16(); $j < $m; $j++) {
				$r->take(6);
			}
			switch ($type) {
				case 1: case 3: case 6:
					$r->str();
					$r->str();
					break;
				case 2: case 5:
					$r->str();
					break;
				case 7:
					$r->str();
					$r->str();
					$r->take(2);
					break;
				case 8:
					$r->str();
					for ($a = 0, $na = $r->u16(); $a < $na; $a++) {
						$r->u16();
						for ($b = 0, $nb = $r->u16(); $b < $nb; $b++) {
							$r->u16();
							for ($k = 0, $nk = $r->u16(); $k < $nk; $k++) {
								$r->str();
							}
						}
					}
					break;
			}
		}
	} catch (CorpusOverrun $e) {
		return 'malformed';
	}
	return 'clean';
}

/* ---------------------------------------------------------------------------------------------------------
 * Main
 * ------------------------------------------------------------------------------------------------------- */

function corpus_gen_main(array $argv): int
{
	$opt = ['src' => null, 'profile' => '2026', 'seed' => '1', 'count' => '2000', 'out' => null, 'commit' => null,
		'vectors' => __DIR__ . '/../tests/data/vectors.json'];
	foreach (array_slice($argv, 1) as $a) {
		if (!preg_match('/\A--([a-z]+)=(.*)\z/s', $a, $m) || !array_key_exists($m[1], $opt)) {
			fwrite(STDERR, "unknown argument: $a\n");
			return 2;
		}
		$opt[$m[1]] = $m[2];
	}
	if ($opt['src'] === null || $opt['out'] === null || !in_array($opt['profile'], ['2026', '2023', '2022'], true)) {
		fwrite(STDERR, "usage: php tools/gen_corpus.php --src=PATH_TO_php/src --profile=2026|2023|2022 --seed=N --count=N --out=FILE [--commit=SHA] [--vectors=FILE]\n");
		return 2;
	}
	$src = rtrim($opt['src'], '/');
	$profile = $opt['profile'];
	$seed = (int)$opt['seed'];
	$count = (int)$opt['count'];
	if (class_exists('AccessToken2', false)) {
		fwrite(STDERR, "AccessToken2 already exists: run the generator without the agora_token extension\n");
		return 2;
	}
	ini_set('precision', '14');
	require_once $src . '/AccessToken2.php';
	$commit = $opt['commit'];
	if ($commit === null) {
		$commit = trim((string)shell_exec('git -C ' . escapeshellarg($src) . ' rev-parse HEAD 2>/dev/null'));
	}
	$classFor = ['2026' => ['ServiceStreaming', 'ServiceRtm2', 'ServiceApaas'], '2023' => ['ServiceApaas'], '2022' => ['ServiceEducation']];
	foreach ($classFor[$profile] as $class) {
		if (!class_exists($class, false)) {
			fwrite(STDERR, "profile $profile needs class $class, which $src does not declare\n");
			return 2;
		}
	}
	if ($profile !== '2026' && (class_exists('ServiceRtm2', false) || method_exists('AccessToken2', 'verifySignature'))) {
		fwrite(STDERR, "profile $profile: $src looks like the 2026 code\n");
		return 2;
	}

	$warnings = [];
	error_reporting(E_ALL);
	set_error_handler(static function ($no, $msg) use (&$warnings) {
		$warnings[] = $msg;
		return true;
	});
	corpus_declare_userland();
	$g = new CorpusGen($profile);

	$builds = $g->fixedCases();
	$nFixed = count($builds);
	for ($i = $nFixed; $i < $count; $i++) {
		mt_srand($seed + 7919 * $i);
		$builds[] = $g->randomCase();
	}

	$cases = [];
	$tokens = [];
	$cleanIds = [];
	$parseCases = [];
	$anomalies = 0;
	$status = ['clean' => 0, 'unknown_type' => 0, 'malformed' => 0];
	foreach ($builds as $i => $c) {
		$id = sprintf('b%04d', $i + 1);
		$c = ['id' => $id] + $c;
		$c = corpus_normalize($c);
		$c['expect'] = corpus_normalize(corpus_run_build($c, $profile));
		$cases[] = $c;
		$result = $c['expect']['result'] ?? null;
		if (!is_string($result) || $result === '') {
			continue;
		}
		$tokens[$id] = $result;
		mt_srand($seed + 7919 * $i + 1);
		$st = corpus_token_status($result, $g->known);
		$p = ['id' => sprintf('p%04d', $i + 1), 'kind' => 'parse', 'note' => "token of $id", 'calls' => [['ref' => $id]]];
		if ($st !== 'malformed' && $cleanIds && ($i < $nFixed ? $g->p(0.5) : $g->p(0.12))) {
			$other = ['ref' => $g->pick($cleanIds)];
			$p['calls'] = $g->p(0.5) ? [['ref' => $id], $other] : [$other, ['ref' => $id]];
			$p['note'] = 'tokens of ' . $p['calls'][0]['ref'] . ' then ' . $p['calls'][1]['ref'] . ' on one object';
		}
		if ($st === 'clean') {
			$cleanIds[] = $id;
		}
		if ($g->p(0.05)) {
			$p['ctor'] = [corpus_enc($g->validId()), corpus_enc($g->validId())];
		}
		if ($profile === '2026') {
			$cert = null;
			foreach (array_reverse($c['set']) as [$name, $v]) {
				if ($name === 'appCert') {
					$cert = corpus_dec($v);
					break;
				}
			}
			$cert = $cert ?? corpus_dec($c['ctor'][1]);
			$wrong = $cert;
			$pos = $g->r(0, 31);
			$wrong[$pos] = $wrong[$pos] === '0' ? '1' : '0';
			$p['verify'] = [$cert, $wrong];
			if ($g->p(0.2)) {
				$p['verify'][] = strtoupper($cert);
				$p['verify'][] = $g->pick(['invalid', null, strtolower($cert), $cert . "\n"]);
			}
			$p['verify'] = array_map('corpus_enc', $p['verify']);
		}
		$p['status'] = $st;
		$parseCases[] = $p;
	}

	/* Tokens of the known-answer vectors. */
	$vectors = is_file($opt['vectors']) ? json_decode((string)file_get_contents($opt['vectors']), true) : [];
	$seen = [];
	foreach ($vectors as $v) {
		$found = [];
		if (($v['kind'] ?? '') === 'parse' && isset($v['inputs']['token'])) {
			$found[] = [$v['inputs']['token'], $v['inputs']['appCertificate'] ?? CorpusGen::CERT];
		}
		if (($v['kind'] ?? '') === 'build' && is_string($v['expected'] ?? null) && strncmp($v['expected'], '007', 3) === 0) {
			$found[] = [$v['expected'], $v['inputs']['appCertificate'] ?? CorpusGen::CERT];
		}
		foreach ($v['expected_by_version'] ?? [] as $tok) {
			if (is_string($tok) && strncmp($tok, '007', 3) === 0) {
				$found[] = [$tok, $v['inputs']['appCertificate'] ?? CorpusGen::CERT];
			}
		}
		if (isset($v['expected']['equivalent_token_issueTs_1111111_salt_1'])) {
			$found[] = [$v['expected']['equivalent_token_issueTs_1111111_salt_1'], CorpusGen::CERT];
		}
		foreach ($found as $k => [$tok, $cert]) {
			if (!is_string($tok) || isset($seen[$tok])) {
				continue;
			}
			$seen[$tok] = true;
			$st = corpus_token_status($tok, $g->known);
			if ($st === 'malformed') {
				continue;
			}
			$p = ['id' => 'v-' . $v['name'] . ($k ? "-$k" : ''), 'kind' => 'parse', 'note' => 'vectors.json ' . $v['name'],
				'calls' => [['token' => corpus_enc($tok)]]];
			if ($profile === '2026') {
				$wrong = $cert;
				$wrong[5] = $wrong[5] === '0' ? '1' : '0';
				$p['verify'] = [corpus_enc($cert), corpus_enc($wrong)];
			}
			$p['status'] = $st;
			$parseCases[] = $p;
		}
	}

	foreach ($parseCases as $p) {
		$p = corpus_normalize($p);
		/* Diagnostics of the parse calls alone (verifySignature(null) deprecations are not of interest). */
		$warnings = [];
		corpus_run_parse(['calls' => $p['calls']] + $p, '2022', $tokens);
		$parseWarnings = $warnings;
		$p['expect'] = corpus_normalize(corpus_run_parse($p, $profile, $tokens));
		$bad = array_filter($parseWarnings, static function ($w) use ($p) {
			return !($p['status'] === 'unknown_type' && strncmp($w, 'Undefined array key', 19) === 0);
		});
		if ($p['status'] !== 'malformed' && $bad) {
			$anomalies++;
			fwrite(STDERR, "anomaly: {$p['id']} is {$p['status']} but official parse() said: " . reset($bad) . "\n");
		}
		if ($p['status'] !== 'malformed' && isset($p['calls'][0]['token']) && ($p['expect']['calls'][0]['return'] ?? null) === false
			&& $p['status'] === 'clean') {
			continue;
		}
		$full = json_encode(corpus_strip_messages($p['expect']), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
		if ($p['status'] === 'malformed' && strlen($full) > 2048) {
			/* Garbage read from a malformed token: only replays of the official code use it; keep its digest. */
			unset($p['expect']);
			$p['expect_sha256'] = hash('sha256', $full);
		}
		$status[$p['status']]++;
		$cases[] = $p;
	}
	restore_error_handler();

	$nBuild = count($builds);
	$header = [
		'format' => CORPUS_FORMAT,
		'format_version' => CORPUS_FORMAT_VERSION,
		'profile' => $profile,
		'seed' => $seed,
		'count' => $count,
		'cases' => count($cases),
		'build_cases' => $nBuild,
		'parse_cases' => count($cases) - $nBuild,
		'parse_status' => $status,
		'anomalies' => $anomalies,
		'official_commit' => $commit,
		'official_path' => 'DynamicKey/AgoraDynamicKey/php/src',
		'generated_with' => "php tools/gen_corpus.php --src=<AgoraIO/Tools checkout at $commit>/DynamicKey/AgoraDynamicKey/php/src"
			. " --profile=$profile --seed=$seed --count=$count --out=tests/data/" . basename($opt['out'])
			. ($opt['commit'] !== null ? " --commit=$commit" : ''),
		'php_version' => PHP_VERSION,
		'zlib_version' => ZLIB_VERSION,
		'precision' => (int)ini_get('precision'),
	];
	$flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR;
	$lines = [];
	foreach ($cases as $c) {
		$lines[] = json_encode($c, $flags);
	}
	$json = "{\"header\": " . json_encode($header, $flags | JSON_PRETTY_PRINT) . ",\n\"cases\": [\n" . implode(",\n", $lines) . "\n]}\n";
	file_put_contents($opt['out'], $json);
	fwrite(STDERR, sprintf("%s: %d cases (%d build, %d parse: %s), %d anomalies, %d bytes\n", $opt['out'], count($cases),
		$nBuild, count($cases) - $nBuild, json_encode($status), $anomalies, strlen($json)));
	return 0;
}

exit(corpus_gen_main($argv));
