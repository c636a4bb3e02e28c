/*
 * libFuzzer target: build then parse. The input chooses every field value of a
 * token 007 (certificate, appId, times, salt, up to 8 services of any type with
 * privileges, strings and RTM2 permissions) and of a token 006; the harness packs
 * the signing info as the binding does, seals it, parses the token back and
 * aborts on any field that does not come back byte for byte, or on a signature
 * that does not verify.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "agt.h"

typedef struct {
	const uint8_t *p;
	size_t left;
} input;

static uint32_t take(input *in, int bytes)
{
	uint32_t v = 0;
	int i;

	for (i = 0; i < bytes; i++) {
		v <<= 8;
		if (in->left > 0) {
			v |= *in->p++;
			in->left--;
		}
	}
	return v;
}

/* Up to max bytes of the input, as a string field. */
static agt_slice take_str(input *in, size_t max)
{
	agt_slice s;
	size_t n = take(in, 1);

	n = n > max ? max : n;
	n = n > in->left ? in->left : n;
	s.p = in->p;
	s.n = n;
	in->p += n;
	in->left -= n;
	return s;
}

static void same(const void *a, size_t an, const void *b, size_t bn)
{
	if (an != bn || (an > 0 && memcmp(a, b, an) != 0)) {
		abort();
	}
}

#define MAX_SERVICES 8

typedef struct {
	uint16_t type, priv_count;
	size_t privs_at;	/* offset of the privileges in the packed info */
	agt_slice str[2];
	int16_t role;
	size_t rtm2_at, rtm2_len;
} want_service;

/* Field layout per type, as token007.c reads it. */
static const int nstr[9] = { 0, 2, 1, 2, 0, 1, 2, 2, 1 };

static void roundtrip007(input *in, agt_deflater *d)
{
	want_service want[MAX_SERVICES];
	agt_slice cert = take_str(in, 80), app_id = take_str(in, 48);
	uint32_t issue_ts = take(in, 4), expire = take(in, 4), salt = take(in, 4);
	size_t nsvc = take(in, 1) % (MAX_SERVICES + 1), i, j, k, m;
	uint8_t key[AGT_SHA256_LEN], mac[AGT_SHA256_LEN];
	agt_buf info, out;
	agt_token007 t;
	agt_status st;

	agt_buf_init(&info);
	agt_buf_put_str(&info, app_id.p, app_id.n);
	agt_buf_put_u32le(&info, issue_ts);
	agt_buf_put_u32le(&info, expire);
	agt_buf_put_u32le(&info, salt);
	agt_buf_put_u16le(&info, (uint32_t)nsvc);
	for (i = 0; i < nsvc; i++) {
		want_service *w = &want[i];

		memset(w, 0, sizeof(*w));
		w->type = (uint16_t)(1 + take(in, 1) % 8);
		w->priv_count = (uint16_t)(take(in, 1) % 6);
		agt_buf_put_u16le(&info, w->type);
		agt_buf_put_u16le(&info, w->priv_count);
		w->privs_at = info.len;
		for (j = 0; j < w->priv_count; j++) {
			agt_buf_put_u16le(&info, take(in, 2));
			agt_buf_put_u32le(&info, take(in, 4));
		}
		for (j = 0; j < (size_t)nstr[w->type]; j++) {
			w->str[j] = take_str(in, 300);
			agt_buf_put_str(&info, w->str[j].p, w->str[j].n);
		}
		if (w->type == 7) {
			w->role = (int16_t)take(in, 2);
			agt_buf_put_u16le(&info, (uint16_t)w->role);
		}
		if (w->type == 8) {
			size_t nres = take(in, 1) % 4;

			w->rtm2_at = info.len;
			agt_buf_put_u16le(&info, (uint32_t)nres);
			for (j = 0; j < nres; j++) {
				size_t nperm = take(in, 1) % 4;

				agt_buf_put_u16le(&info, take(in, 2));
				agt_buf_put_u16le(&info, (uint32_t)nperm);
				for (k = 0; k < nperm; k++) {
					size_t nitems = take(in, 1) % 4;

					agt_buf_put_u16le(&info, take(in, 2));
					agt_buf_put_u16le(&info, (uint32_t)nitems);
					for (m = 0; m < nitems; m++) {
						agt_slice s = take_str(in, 64);

						agt_buf_put_str(&info, s.p, s.n);
					}
				}
			}
			w->rtm2_len = info.len - w->rtm2_at;
		}
	}
	if (agt_buf_failed(&info)) {
		abort();
	}

	if (agt_token007_signing_key(cert.p, cert.n, issue_ts, salt, key) != AGT_OK) {
		abort();
	}
	agt_buf_init(&out);
	if (agt_token007_seal(d, info.data, info.len, key, sizeof(key), &out) != AGT_OK) {
		abort();
	}

	agt_token007_init(&t);
	st = agt_token007_parse(&t, (const char *)out.data, out.len, AGT_TYPES_ALL);
	if (st != AGT_OK) {
		abort();
	}
	same(t.signing_info.p, t.signing_info.n, info.data, info.len);
	same(t.app_id.p, t.app_id.n, app_id.p, app_id.n);
	if (t.issue_ts != issue_ts || t.expire != expire || t.salt != salt || t.declared_services != nsvc
		|| t.service_count != nsvc || t.stopped_at_unknown) {
		abort();
	}
	for (i = 0; i < nsvc; i++) {
		const agt_service *s = &t.services[i];
		const want_service *w = &want[i];

		if (s->type != w->type || s->priv_count != w->priv_count) {
			abort();
		}
		same(s->privs, (size_t)s->priv_count * 6, info.data + w->privs_at, (size_t)w->priv_count * 6);
		for (j = 0; j < 2; j++) {
			same(s->str[j].p, s->str[j].n, w->str[j].p, w->str[j].n);
		}
		if (w->type == 7 && s->role != w->role) {
			abort();
		}
		if (w->type == 8) {
			same(s->rtm2.p, s->rtm2.n, info.data + w->rtm2_at, w->rtm2_len);
		}
	}
	if (agt_hmac_sha256(key, sizeof(key), t.signing_info.p, t.signing_info.n, mac) != AGT_OK
		|| t.signature.n != AGT_SHA256_LEN || !agt_equal_ct(mac, t.signature.p, AGT_SHA256_LEN)) {
		abort();
	}

	agt_wipe(key, sizeof(key));
	agt_token007_free(&t);
	agt_buf_free(&out);
	agt_buf_free(&info);
}

static void roundtrip006(input *in)
{
	uint8_t app_id[AGT_TOKEN006_APP_ID_LEN], sig[AGT_SHA256_LEN];
	agt_slice cert = take_str(in, 80), channel = take_str(in, 200), uid = take_str(in, 40);
	uint32_t salt = take(in, 4), ts = take(in, 4);
	size_t count = take(in, 1) % 8, i;
	agt_slice app = { app_id, sizeof(app_id) }, msg;
	agt_buf message, out;
	agt_token006 t;

	for (i = 0; i < sizeof(app_id); i++) {
		app_id[i] = (uint8_t)take(in, 1);
	}
	agt_buf_init(&message);
	agt_token006_put_message_head(&message, salt, ts, count);
	for (i = 0; i < count; i++) {
		agt_token006_put_privilege(&message, take(in, 2), take(in, 4));
	}
	if (agt_buf_failed(&message)) {
		abort();
	}
	msg.p = message.data;
	msg.n = message.len;

	agt_buf_init(&out);
	if (agt_token006_build(cert, app, channel, uid, msg, &out) != AGT_OK) {
		abort();
	}
	agt_token006_init(&t);
	if (agt_token006_parse(&t, (const char *)out.data, out.len) != AGT_OK) {
		abort();
	}
	same(t.app_id.p, t.app_id.n, app_id, sizeof(app_id));
	same(t.message.p, t.message.n, message.data, message.len);
	if (t.crc_channel != agt_crc32(channel.p, channel.n) || t.crc_uid != agt_crc32(uid.p, uid.n)
		|| t.salt != salt || t.ts != ts || t.priv_count != count) {
		abort();
	}
	same(t.privs, (size_t)t.priv_count * 6, message.data + 10, count * 6);
	if (agt_token006_sign(cert, app, channel, uid, msg, sig) != AGT_OK) {
		abort();
	}
	same(t.signature.p, t.signature.n, sig, sizeof(sig));

	agt_token006_free(&t);
	agt_buf_free(&out);
	agt_buf_free(&message);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static agt_deflater *d;
	input in = { data, size };

	if (!d) {
		d = agt_deflater_new();
		if (!d) {
			abort();
		}
	}
	if (take(&in, 1) & 1) {
		roundtrip006(&in);
	} else {
		roundtrip007(&in, d);
	}
	return 0;
}
