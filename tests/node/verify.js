#!/usr/bin/env node
'use strict';

/*
 * Second opinion on 007 tokens from another implementation: the npm package
 * `agora-token` (pinned in package.json).
 *
 * Input (stdin): one JSON object per line,
 *   {"token": "007...", "cert": "<app certificate>", "expect": {...optional...}}
 * Output (stdout): one JSON object per input line, in the same order, with
 *   ok, parsed, signature, signatureMethod, contentMatch, mismatches, error
 *   and the parsed fields appId, issueTs, expire, salt, services.
 *
 * How the signature is checked:
 *   1. the package's own AccessToken2#verifySignature when it has one (2.0.6 does);
 *   2. always, in addition, the token is rebuilt with the package's own AccessToken2
 *      from the parsed fields (same issueTs, salt, expire, services) and the given
 *      certificate, and the INFLATED contents of both tokens are compared byte for
 *      byte (signature included). Base64 text is never compared: Node's bundled
 *      zlib may deflate the same content to different bytes than PHP's libz.
 *   On a package without verifySignature (2.0.5 and older) step 2 alone decides.
 *
 * "ok" is true when the token parses, the signature verifies, the rebuilt content
 * is identical, and every field given in "expect" matches.
 *
 * `node verify.js --info` prints the package version and what its parser supports.
 */

const path = require('path');
const zlib = require('zlib');
const readline = require('readline');

const pkgJson = require('agora-token/package.json');
const pkg = require('agora-token/src/AccessToken2');
const { AccessToken2 } = pkg;

const HAS_VERIFY = typeof AccessToken2.prototype.verifySignature === 'function';

const SERVICE_NAMES = {};
for (const [key, value] of Object.entries(pkg)) {
	const m = /^k(\w+)ServiceType$/.exec(key);
	if (m && typeof value === 'number') {
		SERVICE_NAMES[value] = m[1];
	}
}

function info() {
	return {
		package: pkgJson.name,
		version: pkgJson.version,
		resolvedFrom: path.dirname(require.resolve('agora-token/package.json')),
		verifySignature: HAS_VERIFY,
		getServices: typeof AccessToken2.prototype.getServices === 'function',
		serviceTypes: SERVICE_NAMES,
	};
}

/* Buffers from the parser become text when they are valid UTF-8, {hex} otherwise. */
function text(value) {
	if (value === undefined || value === null) {
		return value;
	}
	if (!Buffer.isBuffer(value)) {
		return String(value);
	}
	const s = value.toString('utf8');
	if (Buffer.from(s, 'utf8').equals(value)) {
		return s;
	}
	return { hex: value.toString('hex') };
}

/* The package reads the APaaS role with readUInt16LE; the wire field is a signed int16. */
function signed16(n) {
	return n >= 0x8000 ? n - 0x10000 : n;
}

function serviceList(token) {
	const s = token.services;
	if (Array.isArray(s)) {
		return s.filter((x) => x);
	}
	/* Older package versions keep {type: service}. */
	return Object.keys(s || {}).map(Number).sort((a, b) => a - b).map((k) => s[k]);
}

function describeService(svc) {
	const type = svc.service_type();
	const out = { type, name: SERVICE_NAMES[type] || null, privileges: {} };
	for (const [k, v] of Object.entries(svc.__privileges || {})) {
		out.privileges[k] = v;
	}
	if ('__channel_name' in svc) out.channelName = text(svc.__channel_name);
	if ('__uid' in svc) out.uid = text(svc.__uid);
	if ('__account' in svc) out.account = text(svc.__account);
	if ('__user_id' in svc) out.userId = text(svc.__user_id);
	if ('__room_uuid' in svc) out.roomUuid = text(svc.__room_uuid);
	if ('__user_uuid' in svc) out.userUuid = text(svc.__user_uuid);
	if ('__role' in svc) out.role = signed16(svc.__role);
	if ('__permissions' in svc && svc.__permissions) {
		out.permissions = svc.__permissions.details;
	}
	return out;
}

function inflateToken(token) {
	return zlib.inflateSync(Buffer.from(token.substring(3), 'base64'));
}

/*
 * Rebuild with the package's AccessToken2 from what it parsed. The parsed service
 * objects are the package's own; only the APaaS role needs its sign back, because
 * the package parses it unsigned but packs it with writeInt16LE.
 */
function rebuild(parsed, cert) {
	const t = new AccessToken2(parsed.appId, cert, parsed.issueTs, parsed.expire);
	t.issueTs = parsed.issueTs; /* the constructor replaces 0 with "now" */
	t.salt = parsed.salt;
	for (const svc of serviceList(parsed)) {
		if ('__role' in svc && typeof svc.__role === 'number') {
			svc.__role = signed16(svc.__role);
		}
		if (typeof t.add_service === 'function') {
			t.add_service(svc);
		} else {
			t.addService(svc);
		}
	}
	return t.build();
}

/* Every key present in `expected` must equal the same key in `actual`; arrays must match in length. */
function compare(expected, actual, where, out) {
	if (expected === null || typeof expected !== 'object') {
		const same = typeof expected === 'number' && typeof actual === 'number'
			? expected === actual
			: JSON.stringify(expected) === JSON.stringify(actual);
		if (!same) {
			out.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
		}
		return;
	}
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual) || actual.length !== expected.length) {
			out.push(`${where}: expected ${expected.length} entries, got ${Array.isArray(actual) ? actual.length : JSON.stringify(actual)}`);
			return;
		}
		expected.forEach((e, i) => compare(e, actual[i], `${where}[${i}]`, out));
		return;
	}
	if (actual === null || typeof actual !== 'object') {
		out.push(`${where}: expected an object, got ${JSON.stringify(actual)}`);
		return;
	}
	for (const key of Object.keys(expected)) {
		compare(expected[key], actual[key], where ? `${where}.${key}` : key, out);
	}
}

function check(input) {
	const result = {
		ok: false,
		parsed: false,
		signature: null,
		signatureMethod: HAS_VERIFY ? 'package verifySignature + rebuilt content' : 'rebuilt content',
		contentMatch: null,
	};
	if (input.id !== undefined) {
		result.id = input.id;
	}
	const token = input.token;
	const cert = input.cert;
	if (typeof token !== 'string') {
		result.error = 'no token string';
		return result;
	}

	const t = new AccessToken2();
	let ret;
	try {
		ret = t.from_string(token);
	} catch (e) {
		/* 2.0.5 throws on bad base64/zlib and on unknown service types */
		result.error = `parse threw: ${e.message}`;
		return result;
	}
	/* 2.0.6 returns true/false; 2.0.5 returns undefined on success and false on a wrong prefix. */
	if (ret === false) {
		result.error = 'parse returned false';
		return result;
	}
	result.parsed = true;
	result.appId = text(t.appId);
	result.issueTs = t.issueTs;
	result.expire = t.expire;
	result.salt = t.salt;
	result.services = serviceList(t).map(describeService);

	let verified = null;
	if (HAS_VERIFY) {
		try {
			verified = t.verifySignature(cert) === true;
		} catch (e) {
			verified = false;
			result.error = `verifySignature threw: ${e.message}`;
		}
	}

	try {
		const rebuilt = rebuild(t, cert);
		if (rebuilt === '') {
			result.contentMatch = false;
			result.rebuildError = 'package build() returned "" (bad appId/cert or no services)';
		} else {
			result.contentMatch = inflateToken(rebuilt).equals(inflateToken(token));
		}
	} catch (e) {
		result.contentMatch = false;
		result.rebuildError = e.message;
	}

	result.signature = HAS_VERIFY ? verified : result.contentMatch;

	const mismatches = [];
	if (input.expect && typeof input.expect === 'object') {
		compare(input.expect, result, '', mismatches);
	}
	if (mismatches.length) {
		result.mismatches = mismatches;
	}
	result.ok = result.signature === true && result.contentMatch === true && mismatches.length === 0;
	return result;
}

function main() {
	if (process.argv.includes('--info')) {
		process.stdout.write(JSON.stringify(info()) + '\n');
		return;
	}
	const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
	rl.on('line', (line) => {
		if (line.trim() === '') {
			return;
		}
		let input;
		try {
			input = JSON.parse(line);
		} catch (e) {
			process.stdout.write(JSON.stringify({ ok: false, parsed: false, error: `bad JSON line: ${e.message}` }) + '\n');
			return;
		}
		process.stdout.write(JSON.stringify(check(input)) + '\n');
	});
}

main();
