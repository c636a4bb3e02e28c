/* Token 007: sealing packed signing info into a token, and reading a token back. */
#include <stdlib.h>
#include <string.h>

#include "agt.h"

/* Sealing builds the content and the compressed body on the stack up to this size:
 * real tokens are a few hundred bytes, and a malloc per token is measurable. */
#define SEAL_STACK 2048

size_t agt_token007_body_max(size_t info_len)
{
	size_t n = 2 + AGT_SHA256_LEN + info_len;

	/* Above zlib's own worst case for these parameters: stored blocks, header, Adler-32. */
	return n + (n >> 3) + (n >> 6) + 64;
}

agt_status agt_token007_compress(agt_deflater *d, const uint8_t *info, size_t info_len,
	const uint8_t *signing_key, size_t key_len, uint8_t *body, size_t cap, size_t *body_len)
{
	uint8_t stack[SEAL_STACK], *content = stack;
	size_t n = 2 + AGT_SHA256_LEN + info_len;
	agt_status st;

	if (info_len > SIZE_MAX / 2 || cap < agt_token007_body_max(info_len)) {
		return AGT_ENOMEM;
	}
	if (n > sizeof(stack)) {
		content = malloc(n);
		if (!content) {
			return AGT_ENOMEM;
		}
	}
	/* content = str(HMAC(signing_key, info)) info */
	content[0] = AGT_SHA256_LEN;
	content[1] = 0;
	st = agt_hmac_sha256(signing_key, key_len, info, info_len, content + 2);
	if (st == AGT_OK) {
		memcpy(content + 2 + AGT_SHA256_LEN, info, info_len);
		st = agt_deflate_zlib_into(d, content, n, body, cap, body_len);
	}
	agt_wipe(content + 2, AGT_SHA256_LEN);
	if (content != stack) {
		free(content);
	}
	return st;
}

agt_status agt_token007_seal(agt_deflater *d, const uint8_t *info, size_t info_len,
	const uint8_t *signing_key, size_t key_len, agt_buf *out)
{
	uint8_t stack[SEAL_STACK], *body = stack;
	size_t cap, len = 0, b64;
	agt_status st;

	if (info_len > SIZE_MAX / 4) {
		return AGT_ENOMEM;
	}
	cap = agt_token007_body_max(info_len);
	if (cap > sizeof(stack)) {
		body = malloc(cap);
		if (!body) {
			return AGT_ENOMEM;
		}
	}
	st = agt_token007_compress(d, info, info_len, signing_key, key_len, body, cap, &len);
	if (st == AGT_OK) {
		b64 = agt_base64_encoded_len(len);
		if (agt_buf_reserve(out, 3 + b64)) {
			agt_buf_put(out, AGT_TOKEN007_PREFIX, 3);
			agt_base64_encode(body, len, (char *)out->data + out->len);
			out->len += b64;
		} else {
			st = AGT_ENOMEM;
		}
	}
	if (body != stack) {
		free(body);
	}
	return st;
}

void agt_token007_init(agt_token007 *t)
{
	memset(t, 0, sizeof(*t));
	agt_buf_init(&t->content);
}

void agt_token007_free(agt_token007 *t)
{
	agt_buf_free(&t->content);
	free(t->services);
	agt_token007_init(t);
}

/* Records where reading failed, so that strict mode can say it precisely. */
static agt_status truncated(agt_token007 *t, const agt_reader *r, const char *field, size_t need)
{
	t->err_offset = t->content.len - r->left;
	t->err_field = field;
	t->err_need = need;
	return AGT_ETRUNCATED;
}

static int read_str_field(agt_token007 *t, agt_reader *r, const char *field, agt_slice *s)
{
	uint16_t len;

	if (r->left < 2) {
		truncated(t, r, field, 2);
		return 0;
	}
	len = agt_load_u16le(r->p);
	if (r->left - 2 < len) {
		truncated(t, r, field, (size_t)len + 2);
		return 0;
	}
	agt_get_str(r, &s->p, &s->n);
	return 1;
}

static agt_status read_rtm2(agt_token007 *t, agt_reader *r, agt_slice *out)
{
	const uint8_t *start = r->p;
	uint16_t nres, nperm, nitems, dummy;
	uint32_t i, j, k;
	agt_slice s;

	if (!agt_get_u16le(r, &nres)) {
		return truncated(t, r, "RTM2 resource type count", 2);
	}
	for (i = 0; i < nres; i++) {
		if (!agt_get_u16le(r, &dummy)) {
			return truncated(t, r, "RTM2 resource type", 2);
		}
		if (!agt_get_u16le(r, &nperm)) {
			return truncated(t, r, "RTM2 permission count", 2);
		}
		for (j = 0; j < nperm; j++) {
			if (!agt_get_u16le(r, &dummy)) {
				return truncated(t, r, "RTM2 permission type", 2);
			}
			if (!agt_get_u16le(r, &nitems)) {
				return truncated(t, r, "RTM2 resource count", 2);
			}
			for (k = 0; k < nitems; k++) {
				if (!read_str_field(t, r, "RTM2 resource", &s)) {
					return AGT_ETRUNCATED;
				}
			}
		}
	}
	out->p = start;
	out->n = (size_t)(r->p - start);
	return AGT_OK;
}

static agt_status read_service(agt_token007 *t, agt_reader *r, agt_service *s)
{
	static const char *const first_field[9] = {
		NULL, "channel name", "user id", "channel name", NULL, "user id", "channel name", "room uuid", "user id"
	};
	static const char *const second_field[9] = {
		NULL, "uid", NULL, "account", NULL, NULL, "account", "user uuid", NULL
	};
	const uint8_t *privs;
	uint16_t role;

	if (!agt_get_u16le(r, &s->priv_count)) {
		return truncated(t, r, "privilege count", 2);
	}
	if (!agt_get_bytes(r, (size_t)s->priv_count * 6, &privs)) {
		return truncated(t, r, "privileges", (size_t)s->priv_count * 6);
	}
	s->privs = privs;

	if (first_field[s->type] && !read_str_field(t, r, first_field[s->type], &s->str[0])) {
		return AGT_ETRUNCATED;
	}
	if (second_field[s->type] && !read_str_field(t, r, second_field[s->type], &s->str[1])) {
		return AGT_ETRUNCATED;
	}
	if (s->type == 7) {
		if (!agt_get_u16le(r, &role)) {
			return truncated(t, r, "role", 2);
		}
		s->role = (int16_t)role;
	}
	if (s->type == 8) {
		return read_rtm2(t, r, &s->rtm2);
	}
	return AGT_OK;
}

agt_status agt_token007_parse_content(agt_token007 *t, uint32_t known_mask)
{
	agt_reader r;
	size_t cap = 0;
	agt_status st;
	uint16_t i;

	agt_reader_init(&r, t->content.data, t->content.len);
	if (!read_str_field(t, &r, "signature", &t->signature)) {
		return AGT_ETRUNCATED;
	}
	t->signing_info.p = r.p;
	t->signing_info.n = r.left;
	if (!read_str_field(t, &r, "app id", &t->app_id)) {
		return AGT_ETRUNCATED;
	}
	if (!agt_get_u32le(&r, &t->issue_ts)) {
		return truncated(t, &r, "issue timestamp", 4);
	}
	if (!agt_get_u32le(&r, &t->expire)) {
		return truncated(t, &r, "expire", 4);
	}
	if (!agt_get_u32le(&r, &t->salt)) {
		return truncated(t, &r, "salt", 4);
	}
	if (!agt_get_u16le(&r, &t->declared_services)) {
		return truncated(t, &r, "service count", 2);
	}

	for (i = 0; i < t->declared_services; i++) {
		agt_service s;

		memset(&s, 0, sizeof(s));
		if (!agt_get_u16le(&r, &s.type)) {
			return truncated(t, &r, "service type", 2);
		}
		if (s.type > 8 || !(known_mask & (1u << s.type))) {
			/* An unknown body has no length to skip by: stop here, as the official code does. */
			t->stopped_at_unknown = 1;
			t->unknown_type = s.type;
			break;
		}
		st = read_service(t, &r, &s);
		if (st != AGT_OK) {
			return st;
		}
		if (t->service_count == cap) {
			size_t ncap = cap ? cap * 2 : 4;
			agt_service *n = realloc(t->services, ncap * sizeof(*n));

			if (!n) {
				return AGT_ENOMEM;
			}
			t->services = n;
			cap = ncap;
		}
		t->services[t->service_count++] = s;
	}
	return AGT_OK;
}

agt_status agt_token007_parse(agt_token007 *t, const char *token, size_t len, uint32_t known_mask)
{
	agt_buf raw;
	agt_status st;

	/* Whatever an earlier parse left in t is dropped, so a struct can be reused. */
	agt_token007_free(t);
	if (len < 3 || memcmp(token, AGT_TOKEN007_PREFIX, 3) != 0) {
		return AGT_EPREFIX;
	}
	agt_buf_init(&raw);
	st = agt_base64_decode(token + 3, len - 3, &raw);
	if (st == AGT_OK) {
		st = agt_inflate_any(raw.data, raw.len, AGT_MAX_CONTENT, &t->content);
	}
	agt_buf_free(&raw);
	if (st != AGT_OK) {
		return st;
	}
	return agt_token007_parse_content(t, known_mask);
}
