#!/usr/bin/env python3
"""Regenerates tests/c/vectors.h, the known answers of the engine's C unit tests.

    python3 tests/c/gen_vectors.py      (needs the php CLI with ext/zlib)

Sources, none of them the engine under test:
  * tests/data/vectors.json (the official Agora outputs, see SPEC.md section 4);
  * PHP's zlib_encode() for the deflate outputs (PHP's own bytes, SPEC section 1.4);
  * Python's hmac/hashlib/zlib/base64 for HMAC values and for decoding tokens;
  * an independent reader, written here from SPEC section 1.1, that lists where each
    field of a content starts and ends, so that the tests know which field a cut
    content must be reported truncated at.
The output is committed; run.sh does not run this script.
"""
import base64
import hashlib
import hmac
import json
import os
import struct
import subprocess
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
VECTORS = os.path.join(HERE, "..", "data", "vectors.json")
OUT = os.path.join(HERE, "vectors.h")


def c_str(b):
    """A C string literal for bytes; a hex escape always ends its piece so that no
    following character can extend it."""
    if isinstance(b, str):
        b = b.encode()
    pieces, cur = [], ""
    for ch in b:
        if 32 <= ch < 127 and ch not in (34, 63, 92):
            cur += chr(ch)
        else:
            cur += "\\x%02x" % ch
            pieces.append(cur)
            cur = ""
        if len(cur) > 90:
            pieces.append(cur)
            cur = ""
    if cur or not pieces:
        pieces.append(cur)
    return " ".join('"%s"' % p for p in pieces)


def c_hex(b):
    h = b.hex()
    return "\n\t\"" + "\"\n\t\"".join(h[i:i + 96] for i in range(0, len(h), 96)) + "\"" if h else '""'


def php(code):
    return subprocess.run(["php", "-n", "-r", code], check=True, capture_output=True).stdout


# ------------------------------------------------------------------ reference reader
STR_FIELDS = {
    1: ("channel name", "uid"),
    2: ("user id",),
    3: ("channel name", "account"),
    4: (),
    5: ("user id",),
    6: ("channel name", "account"),
    7: ("room uuid", "user uuid"),
    8: ("user id",),
}


def layout(content):
    """Fields of a content in order: (start, end, name, is_str). Stops like the spec says
    at an unknown service type (after its type field). Returns (fields, ok)."""
    fields = []
    pos = 0

    def fixed(name, n):
        nonlocal pos
        fields.append((pos, pos + n, name, 0))
        pos += n
        return content[pos - n:pos]

    def string(name):
        nonlocal pos
        (n,) = struct.unpack_from("<H", content, pos)
        fields.append((pos, pos + 2 + n, name, 1))
        pos += 2 + n
        return content[pos - n:pos]

    string("signature")
    string("app id")
    fixed("issue timestamp", 4)
    fixed("expire", 4)
    fixed("salt", 4)
    (count,) = struct.unpack("<H", fixed("service count", 2))
    for _ in range(count):
        (t,) = struct.unpack("<H", fixed("service type", 2))
        if t not in STR_FIELDS:
            break
        (m,) = struct.unpack("<H", fixed("privilege count", 2))
        fixed("privileges", 6 * m)
        for name in STR_FIELDS[t]:
            string(name)
        if t == 7:
            fixed("role", 2)
        if t == 8:
            (r,) = struct.unpack("<H", fixed("RTM2 resource type count", 2))
            for _ in range(r):
                fixed("RTM2 resource type", 2)
                (p,) = struct.unpack("<H", fixed("RTM2 permission count", 2))
                for _ in range(p):
                    fixed("RTM2 permission type", 2)
                    (k,) = struct.unpack("<H", fixed("RTM2 resource count", 2))
                    for _ in range(k):
                        string("RTM2 resource")
    assert pos <= len(content)
    return fields


def pack_rtm2(perms):
    by_res = {}
    for rt, pt, resources in perms:
        by_res.setdefault(rt, {}).setdefault(pt, []).extend(resources)
    out = struct.pack("<H", len(by_res))
    for rt in sorted(by_res):
        out += struct.pack("<HH", rt, len(by_res[rt]))
        for pt in sorted(by_res[rt]):
            out += struct.pack("<HH", pt, len(by_res[rt][pt]))
            for s in by_res[rt][pt]:
                s = s.encode()
                out += struct.pack("<H", len(s)) + s
    return out


def token_content(token):
    raw = base64.b64decode(token[3:].strip() + "==")
    for wbits in (47, -15):
        try:
            return zlib.decompressobj(wbits).decompress(raw)
        except zlib.error:
            pass
    raise ValueError(token)


def emit_fields(w, ident, content):
    fields = layout(content)
    w("static const tv_field %s_fields[] = {\n" % ident)
    for s, e, name, is_str in fields:
        w("\t{ %d, %d, \"%s\", %d },\n" % (s, e, name, is_str))
    w("};\n")
    return len(fields)


TYPES = """#include <stddef.h>
#include <stdint.h>

/* One field of a content: [start, end) and the name the engine reports it by. */
typedef struct {
	uint32_t start, end;
	const char *name;
	int is_str;	/* a u16 length and bytes: a cut inside the length needs 2 bytes */
} tv_field;

typedef struct {
	uint16_t key;
	uint32_t value;
} tv_priv;

typedef struct {
	uint16_t type;
	size_t npriv;
	tv_priv privs[4];
	const char *str[2];
	int nstr;
	int16_t role;
	const char *rtm2_hex;	/* type 8: the permissions block, packed from the JSON */
} tv_service;

typedef struct {
	const char *name;
	const char *token;
	const char *content_hex;
	const char *cert;
	uint32_t issue_ts, salt, expire;
	const char *app_id;
	size_t nsvc;
	const tv_service *svc;
	int seal;	/* official_build: sealing the signing info must give the token */
	int verifies;	/* the signature verifies with cert */
	const tv_field *fields;
	size_t nfields;
} tv_token;

typedef struct {
	const char *name;
	const char *token;
	size_t token_len;
	const char *content_hex;	/* NULL when the token has no complete content */
	const tv_field *fields;
	size_t nfields;
} tv_edge;

"""


def main():
    vectors = json.load(open(VECTORS))
    out = []
    w = out.append
    w("/* Generated by gen_vectors.py from tests/data/vectors.json, PHP's zlib_encode() and Python's\n"
      " * hmac/zlib. Do not edit by hand. */\n")
    w("#ifndef TEST_VECTORS_H\n#define TEST_VECTORS_H\n\n")
    w(TYPES)

    # ---------------------------------------------------------------- HMAC, RFC 4231
    rfc = [
        (1, b"\x0b" * 20, b"Hi There"),
        (2, b"Jefe", b"what do ya want for nothing?"),
        (3, b"\xaa" * 20, b"\xdd" * 50),
        (4, bytes(range(1, 26)), b"\xcd" * 50),
        (6, b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
        (7, b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than block-size "
                          b"data. The key needs to be hashed before being used by the HMAC algorithm."),
    ]
    # Not in the RFC (case 0): empty key and message, and keys of exactly one block and one byte more.
    rfc += [
        (0, b"", b""),
        (0, b"a" * 64, b"abc"),
        (0, b"a" * 65, b"abc"),
    ]
    w("static const struct { int rfc_case; const char *key; size_t key_len; const char *msg; size_t msg_len;"
      " const char *mac_hex; } tv_hmac[] = {\n")
    for n, k, m in rfc:
        mac = hmac.new(k, m, hashlib.sha256).hexdigest()
        w("\t{ %d, %s, %d, %s, %d, \"%s\" },\n" % (n, c_str(k), len(k), c_str(m), len(m), mac))
    w("};\n\n")

    w("/* base64 of the bytes 0..255, by Python's base64 module */\n")
    w("static const char tv_b64_all256[] = %s;\n\n" % c_str(base64.b64encode(bytes(range(256)))))

    # ---------------------------------------------------------------- zlib, by PHP
    rtc = next(v for v in vectors if v["name"] == "build_rtc_uid_int")
    rtc_content = bytes.fromhex(rtc["expected_parse"]["payload_hex"])
    w("/* The inputs are built by the test itself (tv_text_input / tv_random_input in the C file,\n"
      " * the same LCG as here). */\n")
    gen = r'''
function text_input($n) { $x = 12345; $s = "";
  while (strlen($s) < $n) { $x = ($x * 1103515245 + 12345) & 0xFFFFFFFF; $k = ($x >> 16) & 7;
    for ($i = 0; $i <= $k; $i++) { $x = ($x * 1103515245 + 12345) & 0xFFFFFFFF; $s .= chr(97 + (($x >> 16) % 26)); }
    $s .= " "; }
  return substr($s, 0, $n); }
function rand_input($n) { $x = 42; $s = "";
  for ($i = 0; $i < $n; $i++) { $x = ($x * 1103515245 + 12345) & 0xFFFFFFFF; $s .= chr(($x >> 24) & 255); }
  return $s; }
'''
    small = {
        "empty": b"",
        "hello": b"hello world",
        "rtc_content": rtc_content,
    }
    for name, data in small.items():
        z = php("echo bin2hex(zlib_encode(hex2bin('%s'), ZLIB_ENCODING_DEFLATE));" % data.hex()).decode()
        w("static const char tv_zlib_%s_hex[] = %s;\n" % (name, c_hex(bytes.fromhex(z))))
    for name, expr in (("text40000", "text_input(40000)"), ("random70000", "rand_input(70000)")):
        res = php(gen + "$z = zlib_encode(%s, ZLIB_ENCODING_DEFLATE); echo strlen($z), ' ', hash('sha256', $z),"
                  " ' ', hash('sha256', %s);" % (expr, expr)).decode().split()
        w("static const size_t tv_zlib_%s_len = %s;\n" % (name, res[0]))
        w("static const char tv_zlib_%s_sha256[] = \"%s\";\n" % (name, res[1]))
        w("static const char tv_%s_input_sha256[] = \"%s\";\n" % (name, res[2]))
        # Check that memLevel matters for this input, which is the point of the case.
        data = php(gen + "echo bin2hex(%s);" % expr)
        data = bytes.fromhex(data.decode())
        c8 = zlib.compressobj(-1, zlib.DEFLATED, 15, 8)
        if hashlib.sha256(c8.compress(data) + c8.flush()).hexdigest() == res[1]:
            raise SystemExit("memLevel 8 gives the same bytes for %s; pick another input" % name)
    gz = php("echo bin2hex(zlib_encode(hex2bin('%s'), ZLIB_ENCODING_GZIP));" % rtc_content.hex()).decode()
    raw = php("echo bin2hex(zlib_encode(hex2bin('%s'), ZLIB_ENCODING_RAW));" % rtc_content.hex()).decode()
    w("static const char tv_gzip_rtc_content_hex[] = %s;\n" % c_hex(bytes.fromhex(gz)))
    w("static const char tv_raw_rtc_content_hex[] = %s;\n" % c_hex(bytes.fromhex(raw)))
    c = zlib.compressobj(-1, zlib.DEFLATED, 15, 9, zdict=b"hello world")
    w("/* zlib stream of \"hello world\" with a preset dictionary \"hello world\" (FDICT set) */\n")
    w("static const char tv_zlib_fdict_hex[] = %s;\n\n" % c_hex(c.compress(b"hello world") + c.flush()))

    # ---------------------------------------------------------------- tokens
    aux, table = [], []
    for v in vectors:
        if v["category"] == "official_build":
            e, token, seal = v["expected_parse"], v["expected"], 1
            cert = v["inputs"]["appCertificate"]
        elif v["category"] == "cross_language_parse":
            e, token, seal = v["expected"], v["inputs"]["token"], 0
            cert = v["inputs"]["appCertificate"]
        else:
            continue
        content = bytes.fromhex(e["payload_hex"])
        assert token_content(token) == content, v["name"]
        ident = "tv_" + v["name"].replace(".", "_")
        nf = emit_fields(aux.append, ident, content)
        aux.append("static const tv_service %s_svc[] = {\n" % ident)
        for s in e["services"]:
            t = s["type"]
            strs = {1: ("channelName", "uid"), 2: ("userId",), 3: ("channelName", "account"), 4: (),
                    5: ("userId",), 6: ("channelName", "account"), 7: ("roomUuid", "userUuid"),
                    8: ("userId",)}[t]
            sv = [c_str(s[k]) for k in strs] + ["NULL"] * (2 - len(strs))
            assert len(s["privileges"]) <= 4
            privs = ", ".join("{ %d, %d }" % (k, val) for k, val in s["privileges"])
            rtm2 = c_hex(pack_rtm2(s["permissions"])) if t == 8 else "NULL"
            aux.append("\t{ %d, %d, { %s }, { %s, %s }, %d, %d, %s },\n"
                       % (t, len(s["privileges"]), privs, sv[0], sv[1], len(strs), s.get("role", 0), rtm2))
        aux.append("};\n")
        table.append("\t{ \"%s\", %s,\n\t  %s,\n\t  \"%s\", %d, %d, %d, \"%s\", %d, %s_svc, %d, %d, %s_fields, %d },\n"
                     % (v["name"], c_str(token), c_hex(content), cert, e["issueTs"], e["salt"], e["expire"],
                        e["appId"], len(e["services"]), ident, seal, 1 if e["verifySignature"] else 0, ident, nf))
    w("".join(aux))
    w("static const tv_token tv_tokens[] = {\n" + "".join(table) + "};\n\n")

    # ---------------------------------------------------------------- edge parse vectors
    aux, table = [], []
    for v in vectors:
        if v["category"] != "edge":
            continue
        token = v["inputs"]["token"]
        ident = "tv_" + v["name"].replace(".", "_")
        try:
            content = token_content(token)
            layout(content)
        except Exception:
            content = None
        if content is not None:
            nf = emit_fields(aux.append, ident, content)
            table.append("\t{ \"%s\", %s, %d,\n\t  %s, %s_fields, %d },\n"
                         % (v["name"], c_str(token), len(token), c_hex(content), ident, nf))
        else:
            table.append("\t{ \"%s\", %s, %d, NULL, NULL, 0 },\n" % (v["name"], c_str(token), len(token)))
    w("".join(aux))
    w("static const tv_edge tv_edges[] = {\n" + "".join(table) + "};\n\n#endif\n")
    open(OUT, "w").write("".join(out))


if __name__ == "__main__":
    main()
