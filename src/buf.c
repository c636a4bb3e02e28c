/* Growable output buffer and bounds-checked reader. */
#include <stdlib.h>
#include <string.h>

#include "agt.h"

void agt_buf_init(agt_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->failed = 0;
}

void agt_buf_free(agt_buf *b)
{
	free(b->data);
	agt_buf_init(b);
}

void agt_buf_free_secret(agt_buf *b)
{
	if (b->data) {
		agt_wipe(b->data, b->cap);
	}
	agt_buf_free(b);
}

int agt_buf_reserve(agt_buf *b, size_t extra)
{
	size_t need, cap;
	uint8_t *p;

	if (b->failed) {
		return 0;
	}
	if (extra > SIZE_MAX - b->len) {
		b->failed = 1;
		return 0;
	}
	need = b->len + extra;
	if (need <= b->cap) {
		return 1;
	}
	cap = b->cap ? b->cap : 256;
	while (cap < need) {
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	}
	p = realloc(b->data, cap);
	if (!p) {
		b->failed = 1;
		return 0;
	}
	b->data = p;
	b->cap = cap;
	return 1;
}

void agt_buf_put(agt_buf *b, const void *p, size_t n)
{
	if (n == 0 || !agt_buf_reserve(b, n)) {
		return;
	}
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

void agt_buf_put_u16le(agt_buf *b, uint32_t v)
{
	uint8_t t[2] = { (uint8_t)v, (uint8_t)(v >> 8) };

	agt_buf_put(b, t, 2);
}

void agt_buf_put_u32le(agt_buf *b, uint32_t v)
{
	uint8_t t[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };

	agt_buf_put(b, t, 4);
}

void agt_buf_put_str(agt_buf *b, const void *p, size_t n)
{
	/* The official code writes strlen mod 65536 and then the whole string. */
	agt_buf_put_u16le(b, (uint32_t)(n & 0xFFFF));
	agt_buf_put(b, p, n);
}

int agt_get_u16le(agt_reader *r, uint16_t *v)
{
	if (r->left < 2) {
		return 0;
	}
	*v = agt_load_u16le(r->p);
	r->p += 2;
	r->left -= 2;
	return 1;
}

int agt_get_u32le(agt_reader *r, uint32_t *v)
{
	if (r->left < 4) {
		return 0;
	}
	*v = agt_load_u32le(r->p);
	r->p += 4;
	r->left -= 4;
	return 1;
}

int agt_get_bytes(agt_reader *r, size_t n, const uint8_t **p)
{
	if (r->left < n) {
		return 0;
	}
	*p = r->p;
	r->p += n;
	r->left -= n;
	return 1;
}

int agt_get_str(agt_reader *r, const uint8_t **p, size_t *n)
{
	agt_reader save = *r;
	uint16_t len;

	if (!agt_get_u16le(r, &len) || !agt_get_bytes(r, len, p)) {
		*r = save;
		return 0;
	}
	*n = len;
	return 1;
}

const char *agt_status_str(agt_status s)
{
	switch (s) {
	case AGT_OK: return "ok";
	case AGT_ENOMEM: return "out of memory";
	case AGT_ETRUNCATED: return "truncated";
	case AGT_EPREFIX: return "wrong version prefix";
	case AGT_EBASE64: return "not valid base64";
	case AGT_EINFLATE: return "not a complete zlib, gzip or raw deflate stream";
	case AGT_ETOOBIG: return "content too large";
	case AGT_EDEFLATE: return "compression failed";
	case AGT_ECRYPTO: return "HMAC-SHA256 failed";
	}
	return "unknown error";
}
