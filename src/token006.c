/* Token 006, the legacy format of AccessToken.php: packing, signing and a bounds-checked reader. */
#include <limits.h>
#include <string.h>

#include <zlib.h>

#include "agt.h"

uint32_t agt_crc32(const void *p, size_t n)
{
	const uint8_t *s = p;
	uLong crc = crc32(0L, Z_NULL, 0);

	/* zlib takes uInt lengths; PHP hashes strings of any size. */
	while (n > 0) {
		uInt chunk = n > UINT_MAX ? UINT_MAX : (uInt)n;

		crc = crc32(crc, s, chunk);
		s += chunk;
		n -= chunk;
	}
	return (uint32_t)crc;
}

void agt_token006_put_message_head(agt_buf *b, uint32_t salt, uint32_t ts, size_t count)
{
	agt_buf_put_u32le(b, salt);
	agt_buf_put_u32le(b, ts);
	agt_buf_put_u16le(b, (uint32_t)(count & 0xFFFF));
}

void agt_token006_put_privilege(agt_buf *b, uint32_t key, uint32_t expire_ts)
{
	agt_buf_put_u16le(b, key);
	agt_buf_put_u32le(b, expire_ts);
}

agt_status agt_token006_sign(agt_slice cert, agt_slice app_id, agt_slice channel, agt_slice uid,
	agt_slice message, uint8_t sig[AGT_SHA256_LEN])
{
	agt_buf signed_data;
	agt_status st;

	agt_buf_init(&signed_data);
	agt_buf_put(&signed_data, app_id.p, app_id.n);
	agt_buf_put(&signed_data, channel.p, channel.n);
	agt_buf_put(&signed_data, uid.p, uid.n);
	agt_buf_put(&signed_data, message.p, message.n);
	if (agt_buf_failed(&signed_data)) {
		agt_buf_free(&signed_data);
		return AGT_ENOMEM;
	}

	/* Unlike 007, the certificate itself is the HMAC key. */
	st = agt_hmac_sha256(cert.p, cert.n, signed_data.data, signed_data.len, sig);
	agt_buf_free(&signed_data);
	return st;
}

agt_status agt_token006_build(agt_slice cert, agt_slice app_id, agt_slice channel, agt_slice uid,
	agt_slice message, agt_buf *out)
{
	uint8_t sig[AGT_SHA256_LEN];
	agt_buf content;
	agt_status st;
	size_t b64;

	st = agt_token006_sign(cert, app_id, channel, uid, message, sig);
	if (st != AGT_OK) {
		return st;
	}

	agt_buf_init(&content);
	agt_buf_put_str(&content, sig, sizeof(sig));
	agt_buf_put_u32le(&content, agt_crc32(channel.p, channel.n));
	agt_buf_put_u32le(&content, agt_crc32(uid.p, uid.n));
	agt_buf_put_str(&content, message.p, message.n);
	agt_wipe(sig, sizeof(sig));
	if (agt_buf_failed(&content)) {
		agt_buf_free(&content);
		return AGT_ENOMEM;
	}

	b64 = agt_base64_encoded_len(content.len);
	if (!agt_buf_reserve(out, 3 + app_id.n + b64)) {
		agt_buf_free(&content);
		return AGT_ENOMEM;
	}
	/* The appId goes in as given, whatever its length: the official code does not check it. */
	agt_buf_put(out, AGT_TOKEN006_PREFIX, 3);
	agt_buf_put(out, app_id.p, app_id.n);
	agt_base64_encode(content.data, content.len, (char *)out->data + out->len);
	out->len += b64;
	agt_buf_free(&content);
	return AGT_OK;
}

void agt_token006_init(agt_token006 *t)
{
	memset(t, 0, sizeof(*t));
	agt_buf_init(&t->body);
}

void agt_token006_free(agt_token006 *t)
{
	agt_buf_free(&t->body);
	agt_token006_init(t);
}

agt_status agt_token006_parse_message(agt_token006 *t, const uint8_t *p, size_t n)
{
	agt_reader r;

	agt_reader_init(&r, p, n);
	if (!agt_get_u32le(&r, &t->salt) || !agt_get_u32le(&r, &t->ts) || !agt_get_u16le(&r, &t->priv_count)
		|| !agt_get_bytes(&r, (size_t)t->priv_count * 6, &t->privs)) {
		return AGT_ETRUNCATED;
	}
	return AGT_OK;
}

agt_status agt_token006_parse(agt_token006 *t, const char *token, size_t len)
{
	const size_t head = 3 + AGT_TOKEN006_APP_ID_LEN;
	agt_reader r;
	agt_status st;

	if (len < 3 || memcmp(token, AGT_TOKEN006_PREFIX, 3) != 0) {
		return AGT_EPREFIX;
	}
	if (len < head) {
		return AGT_ETRUNCATED;
	}
	t->app_id.p = (const uint8_t *)token + 3;
	t->app_id.n = AGT_TOKEN006_APP_ID_LEN;
	st = agt_base64_decode(token + head, len - head, &t->body);
	if (st != AGT_OK) {
		return st;
	}

	agt_reader_init(&r, t->body.data, t->body.len);
	if (!agt_get_str(&r, &t->signature.p, &t->signature.n) || !agt_get_u32le(&r, &t->crc_channel)
		|| !agt_get_u32le(&r, &t->crc_uid) || !agt_get_str(&r, &t->message.p, &t->message.n)) {
		return AGT_ETRUNCATED;
	}
	return agt_token006_parse_message(t, t->message.p, t->message.n);
}
