/* zlib streams: the exact compression PHP's zlib_encode() uses, and a bounded inflate. */
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "agt.h"

struct agt_deflater {
	agt_deflate6 *small;	/* our encoder, for inputs up to AGT_DEFLATE6_MAX bytes */
	z_stream zs;		/* zlib, set up on the first larger input */
	int ready;
};

agt_deflater *agt_deflater_new(void)
{
	agt_deflater *d = calloc(1, sizeof(*d));

	if (!d) {
		return NULL;
	}
	d->small = agt_deflate6_new();
	if (!d->small) {
		free(d);
		return NULL;
	}
	return d;
}

void agt_deflater_free(agt_deflater *d)
{
	if (!d) {
		return;
	}
	if (d->ready) {
		deflateEnd(&d->zs);
	}
	agt_deflate6_free(d->small);
	free(d);
}

/* zlib's ~400 KB deflate state exists only once an input too large for our encoder comes. */
static int zlib_ready(agt_deflater *d)
{
	if (!d->ready) {
		/* PHP's ext/zlib passes MAX_MEM_LEVEL (9); memLevel 8 gives other bytes above ~16 KiB of content. */
		if (deflateInit2(&d->zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) != Z_OK) {
			return 0;
		}
		d->ready = 1;
	}
	return 1;
}

agt_status agt_deflate_zlib_into(agt_deflater *d, const uint8_t *in, size_t n, uint8_t *out, size_t cap,
	size_t *len)
{
	int rc;

	if (n <= AGT_DEFLATE6_MAX && cap >= n + 11) {
		return agt_deflate6_zlib(d->small, in, n, out, cap, len);
	}
	if (n > (size_t)UINT32_MAX / 2 || cap > UINT32_MAX) {
		return AGT_EDEFLATE;
	}
	if (!zlib_ready(d)) {
		return AGT_ENOMEM;
	}
	/* A reset stream produces the same bytes as a fresh deflateInit2 with the same parameters. */
	if (deflateReset(&d->zs) != Z_OK) {
		return AGT_EDEFLATE;
	}
	d->zs.next_in = (Bytef *)in;
	d->zs.avail_in = (uInt)n;
	d->zs.next_out = out;
	d->zs.avail_out = (uInt)cap;
	rc = deflate(&d->zs, Z_FINISH);
	d->zs.next_in = NULL;
	d->zs.next_out = NULL;
	if (rc != Z_STREAM_END) {
		return rc == Z_OK ? AGT_ENOMEM : AGT_EDEFLATE;
	}
	*len = cap - d->zs.avail_out;
	return AGT_OK;
}

agt_status agt_deflate_zlib(agt_deflater *d, const uint8_t *in, size_t n, agt_buf *out)
{
	agt_status st;
	size_t bound, len = 0;

	if (n > (size_t)UINT32_MAX / 2) {
		return AGT_EDEFLATE;
	}
	/* zlib's conservative bound for these parameters (deflateBound() needs a stream). */
	bound = n + ((n + 7) >> 3) + ((n + 63) >> 6) + 5 + 6;
	if (!agt_buf_reserve(out, bound)) {
		return AGT_ENOMEM;
	}
	st = agt_deflate_zlib_into(d, in, n, out->data + out->len, bound, &len);
	if (st == AGT_OK) {
		out->len += len;
	}
	return st;
}

/* window_bits 47 = 32 (detect zlib or gzip) + 15; -15 = raw deflate. */
static agt_status inflate_with(const uint8_t *in, size_t n, int window_bits, size_t max_out, agt_buf *out)
{
	size_t start = out->len;
	agt_status st = AGT_EINFLATE;
	z_stream zs;
	int rc;

	memset(&zs, 0, sizeof(zs));
	if (n > UINT32_MAX) {
		return AGT_EINFLATE;
	}
	if (inflateInit2(&zs, window_bits) != Z_OK) {
		return AGT_ENOMEM;
	}
	zs.next_in = (Bytef *)in;
	zs.avail_in = (uInt)n;
	for (;;) {
		size_t produced = out->len - start, room;

		if (produced > max_out) {
			/* One byte past the cap is enough to know the content is too large. */
			st = AGT_ETOOBIG;
			break;
		}
		/* Room for at most one byte past the cap, computed so that it cannot wrap. */
		room = max_out - produced;
		room = room < 16384 ? room + 1 : 16384;
		if (!agt_buf_reserve(out, room)) {
			st = AGT_ENOMEM;
			break;
		}
		zs.next_out = out->data + out->len;
		zs.avail_out = (uInt)room;
		rc = inflate(&zs, Z_NO_FLUSH);
		out->len += room - zs.avail_out;
		if (rc == Z_STREAM_END) {
			st = out->len - start > max_out ? AGT_ETOOBIG : AGT_OK;
			break;
		}
		if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
			break;	/* the input ended before the stream did */
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			st = rc == Z_MEM_ERROR ? AGT_ENOMEM : AGT_EINFLATE;
			break;
		}
		if (zs.avail_in == 0 && zs.avail_out != 0) {
			break;	/* all input consumed, stream not finished */
		}
	}
	inflateEnd(&zs);
	if (st != AGT_OK) {
		out->len = start;
	}
	return st;
}

agt_status agt_inflate_any(const uint8_t *in, size_t n, size_t max_out, agt_buf *out)
{
	agt_status st = inflate_with(in, n, 15 + 32, max_out, out);

	/* Like PHP's zlib_decode, fall back to raw deflate when the data is not a zlib or gzip stream. */
	if (st == AGT_EINFLATE) {
		st = inflate_with(in, n, -15, max_out, out);
	}
	return st;
}

const char *agt_zlib_version_compiled(void)
{
	return ZLIB_VERSION;
}

const char *agt_zlib_version_linked(void)
{
	return zlibVersion();
}
