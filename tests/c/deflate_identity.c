/*
 * Proves src/deflate6.c against the linked zlib: for random payloads of every
 * kind a token can hold (any mix of services, any field lengths) and of harder
 * kinds (random bytes, long runs, few symbols, text), our stream must equal,
 * byte for byte, what zlib writes as PHP's zlib_encode() calls it (a fresh
 * deflateInit2(-1, Z_DEFLATED, 15, 9, Z_DEFAULT_STRATEGY), one deflate(Z_FINISH)),
 * and must inflate back to the payload.
 *
 *   deflate_identity [--count=N] [--seed=S] [--max=BYTES]
 *
 * Prints a line per kind and "N passed, M failed" last; a failing payload is
 * written out in hex so that it can be replayed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "agt.h"

static uint64_t rng;

static uint32_t rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return (uint32_t)((rng * 2685821657736338717ull) >> 32);
}

static uint32_t below(uint32_t n)
{
	return n ? rnd() % n : 0;
}

typedef struct {
	uint8_t *p;
	size_t n, cap;
} buf;

static void put(buf *b, const void *p, size_t n)
{
	if (b->n + n > b->cap) {
		n = b->cap - b->n;	/* payloads are cut at the size limit */
	}
	memcpy(b->p + b->n, p, n);
	b->n += n;
}

static void put_u16(buf *b, uint32_t v)
{
	uint8_t t[2] = { (uint8_t)v, (uint8_t)(v >> 8) };

	put(b, t, 2);
}

static void put_u32(buf *b, uint32_t v)
{
	uint8_t t[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };

	put(b, t, 4);
}

/* A string field as a user might fill it: hex, digits, names, UUIDs, binary, repeats. */
static void put_text(buf *b, size_t len)
{
	static const char *const alphabets[] = {
		"0123456789abcdef", "0123456789",
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()+-:;<=.>?@[]^_{|}~, ",
		"abcdefghijklmnopqrstuvwxyz_-", "ab", "0123456789abcdef-",
	};
	uint8_t tmp[1024];
	size_t i, k = below(7);

	if (len > sizeof(tmp)) {
		len = sizeof(tmp);
	}
	for (i = 0; i < len; i++) {
		if (k == 6) {
			tmp[i] = (uint8_t)rnd();
		} else {
			const char *a = alphabets[k];

			tmp[i] = (uint8_t)a[below((uint32_t)strlen(a))];
		}
	}
	/* Sometimes a repeated chunk, as in "room-room-room". */
	if (len > 8 && below(4) == 0) {
		size_t period = 1 + below(8);

		for (i = period; i < len; i++) {
			tmp[i] = tmp[i - period];
		}
	}
	put_u16(b, (uint32_t)len);
	put(b, tmp, len);
}

static size_t field_len(void)
{
	switch (below(6)) {
	case 0: return 0;
	case 1: return 1 + below(8);
	case 2: return 1 + below(64);
	case 3: return 32;
	case 4: return 1 + below(255);
	default: return below(700);
	}
}

static void put_privileges(buf *b, uint32_t expire)
{
	uint32_t count = below(6), i;

	put_u16(b, count);
	for (i = 0; i < count; i++) {
		put_u16(b, i + 1 + (below(8) == 0 ? below(100) : 0));
		put_u32(b, below(3) ? expire : rnd());
	}
}

/* Token content: str(signature) appId issueTs expire salt count services, as AccessToken2 packs it. */
static void make_token(buf *b)
{
	uint32_t expire = below(2) ? below(86400 * 2) : rnd(), count = 1 + below(below(4) ? 3 : 9), i, j;
	uint8_t sig[32];

	for (i = 0; i < 32; i++) {
		sig[i] = (uint8_t)rnd();
	}
	put_u16(b, 32);
	put(b, sig, 32);
	put_text(b, below(10) ? 32 : field_len());
	put_u32(b, 1600000000u + below(400000000u));
	put_u32(b, expire);
	put_u32(b, 1 + below(99999999));
	put_u16(b, count);
	for (i = 0; i < count; i++) {
		uint32_t type = 1 + below(8);

		put_u16(b, type);
		put_privileges(b, expire);
		switch (type) {
		case 1: case 3: case 6:	/* channel + uid/account */
			put_text(b, field_len());
			put_text(b, field_len());
			break;
		case 2: case 5:		/* user id */
			put_text(b, field_len());
			break;
		case 7:			/* room uuid, user uuid, role */
			put_text(b, below(4) ? 32 : field_len());
			put_text(b, below(4) ? 32 : field_len());
			put_u16(b, below(5));
			break;
		case 8: {		/* user id, permissions */
			uint32_t nres = below(3);

			put_text(b, field_len());
			put_u16(b, nres);
			for (j = 0; j < nres; j++) {
				uint32_t nperm = 1 + below(2), k, m;

				put_u16(b, 1 + below(3));
				put_u16(b, nperm);
				for (k = 0; k < nperm; k++) {
					uint32_t items = below(4);

					put_u16(b, 1 + below(3));
					put_u16(b, items);
					for (m = 0; m < items; m++) {
						put_text(b, 1 + below(40));
					}
				}
			}
			break;
		}
		default:		/* 4: privileges only */
			break;
		}
	}
}

/* Inputs zlib finds harder: long runs and 258-byte matches, few symbols (deep trees), noise. */
static void make_other(buf *b, int kind, size_t size)
{
	size_t i;

	switch (kind) {
	case 0:	/* random bytes: stored blocks */
		for (i = 0; i < size; i++) {
			b->p[i] = (uint8_t)rnd();
		}
		break;
	case 1: {	/* skewed frequencies (ratio 2 or the golden ratio): Huffman lengths past the limits */
		uint32_t syms = 2 + below(60), golden = below(2), stride = 1 + below(16);

		for (i = 0; i < size; i++) {
			uint32_t s = 0;

			while (s + 1 < syms && (golden ? below(1000) < 618 : below(2))) {
				s++;
			}
			b->p[i] = (uint8_t)(s * stride);
		}
		break;
	}
	case 2: {	/* runs and repeats of varying period */
		uint32_t period = 1 + below(300);

		for (i = 0; i < size; i++) {
			b->p[i] = i < period || below(50) == 0 ? (uint8_t)rnd() : b->p[i - period];
		}
		break;
	}
	default: {	/* word-like text */
		static const char *const words[] = { "token", "agora", "channel", "uid", "rtc", "rtm", "chat", "room",
			"user", "expire", "privilege", "a", "the", " ", "\n", "0", "1" };

		for (i = 0; i < size;) {
			const char *w = words[below(17)];
			size_t l = strlen(w);

			while (*w && i < size) {
				b->p[i++] = (uint8_t)*w++;
			}
			(void)l;
		}
		break;
	}
	}
	b->n = size;
}

static int zlib_reference(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *len)
{
	z_stream zs;
	int rc;

	memset(&zs, 0, sizeof(zs));
	if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) != Z_OK) {
		return 0;
	}
	zs.next_in = (Bytef *)in;
	zs.avail_in = (uInt)n;
	zs.next_out = out;
	zs.avail_out = (uInt)cap;
	rc = deflate(&zs, Z_FINISH);
	*len = cap - zs.avail_out;
	deflateEnd(&zs);
	return rc == Z_STREAM_END;
}

static int round_trip(const uint8_t *z, size_t zn, const uint8_t *in, size_t n)
{
	static uint8_t back[AGT_DEFLATE6_MAX + 1];
	uLongf len = sizeof(back);

	return uncompress(back, &len, z, (uLong)zn) == Z_OK && len == n && memcmp(back, in, n) == 0;
}

int main(int argc, char **argv)
{
	static const char *const kinds[5] = { "token payloads", "random bytes", "few symbols", "runs and repeats",
		"text" };
	unsigned long count = 200000, passed = 0, failed = 0, per_kind[5][2] = { { 0 } }, block_types[4] = { 0 }, i;
	size_t max = AGT_DEFLATE6_MAX;
	uint8_t *in = malloc(AGT_DEFLATE6_MAX), *ours = malloc(2 * AGT_DEFLATE6_MAX + 64),
		*ref = malloc(2 * AGT_DEFLATE6_MAX + 64);
	size_t cap = 2 * AGT_DEFLATE6_MAX + 64, hist_max = 0;
	agt_deflate6 *w = agt_deflate6_new();
	int a;

	rng = 1;
	for (a = 1; a < argc; a++) {
		if (strncmp(argv[a], "--count=", 8) == 0) {
			count = strtoul(argv[a] + 8, NULL, 10);
		} else if (strncmp(argv[a], "--seed=", 7) == 0) {
			rng = strtoull(argv[a] + 7, NULL, 10) | 1;
		} else if (strncmp(argv[a], "--max=", 6) == 0) {
			max = strtoul(argv[a] + 6, NULL, 10);
		} else {
			fprintf(stderr, "deflate_identity: unknown option %s\n", argv[a]);
			return 2;
		}
	}
	if (!in || !ours || !ref || !w || max > AGT_DEFLATE6_MAX) {
		return 2;
	}

	for (i = 0; i < count; i++) {
		buf b = { in, 0, max };
		int kind = below(10) < 7 ? 0 : 1 + (int)below(4);
		size_t on = 0, rn = 0;
		int ok;

		/* Every size is reached: small ones often, since short tokens are the common case. */
		if (kind == 0) {
			make_token(&b);
		} else {
			make_other(&b, kind - 1, below(4) ? below(600) : below((uint32_t)max + 1));
		}
		if (b.n > hist_max) {
			hist_max = b.n;
		}
		ok = agt_deflate6_zlib(w, in, b.n, ours, cap, &on) == AGT_OK && zlib_reference(in, b.n, ref, cap, &rn)
			&& on == rn && memcmp(ours, ref, on) == 0 && round_trip(ours, on, in, b.n);
		per_kind[kind][ok ? 0 : 1]++;
		if (on > 2) {
			block_types[(ours[2] >> 1) & 3]++;	/* BTYPE of the one block */
		}
		if (ok) {
			passed++;
		} else {
			size_t k;

			if (++failed <= 5) {
				printf("FAIL payload %lu (%s, %lu bytes): ", i, kinds[kind], (unsigned long)b.n);
				for (k = 0; k < b.n; k++) {
					printf("%02x", in[k]);
				}
				printf("\n");
			}
		}
	}
	/* The edges: empty input, one to three bytes, and the size limit itself. */
	{
		static const size_t sizes[] = { 0, 1, 2, 3, 4, 5, 257, 258, 259, AGT_DEFLATE6_MAX - 1, AGT_DEFLATE6_MAX };
		size_t s, on = 0, rn = 0;

		for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
			int fill;

			for (fill = 0; fill < 2; fill++) {
				size_t k;

				for (k = 0; k < sizes[s]; k++) {
					in[k] = fill ? (uint8_t)rnd() : 'a';
				}
				if (agt_deflate6_zlib(w, in, sizes[s], ours, cap, &on) == AGT_OK
					&& zlib_reference(in, sizes[s], ref, cap, &rn) && on == rn && memcmp(ours, ref, on) == 0
					&& round_trip(ours, on, in, sizes[s])) {
					passed++;
				} else {
					printf("FAIL edge size %lu fill %d\n", (unsigned long)sizes[s], fill);
					failed++;
				}
			}
		}
	}
	for (a = 0; a < 5; a++) {
		printf("%-17s %lu identical, %lu different\n", kinds[a], per_kind[a][0], per_kind[a][1]);
	}
	printf("blocks: %lu stored, %lu fixed, %lu dynamic; largest payload %lu bytes; zlib %s\n", block_types[0],
		block_types[1], block_types[2], (unsigned long)hist_max, zlibVersion());
	printf("%lu passed, %lu failed\n", passed, failed);
	agt_deflate6_free(w);
	free(in);
	free(ours);
	free(ref);
	return failed != 0;
}
