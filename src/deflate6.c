/*
 * A deflate encoder for token-sized payloads that writes exactly the bytes of
 * zlib 1.2.13 at its default level as PHP's zlib_encode() calls it:
 * deflateInit2(-1, Z_DEFLATED, 15, 9, Z_DEFAULT_STRATEGY), one deflate(Z_FINISH).
 *
 * Written from RFC 1950/1951 and zlib's documented algorithm (deflate_slow with
 * level 6's parameters, its 3-byte hash and insertion rules, its Huffman tree
 * construction and block choice). For inputs up to AGT_DEFLATE6_MAX bytes the
 * whole input is one window and one block, so none of zlib's sliding, block
 * splitting or distance limits can apply; larger inputs go to zlib.
 *
 * What makes it faster than zlib for a few hundred bytes: no 128 KiB hash table
 * to clear per call (a small bucket table sized to the input, each position
 * remembering zlib's own 16-bit hash so that chains are walked as zlib walks
 * them), heap entries that carry their sort key, and no per-call setup.
 */
#include <stdlib.h>
#include <string.h>

#include "agt.h"

#define L_CODES 286	/* literal/length symbols: 256 literals, end of block, 29 lengths */
#define D_CODES 30
#define BL_CODES 19
#define HEAP_SIZE (2 * L_CODES + 1)
#define END_BLOCK 256
#define MIN_MATCH 3
#define MAX_MATCH 258
#define MAX_BITS 15
#define MAX_BL_BITS 7

/* Level 6 in zlib's configuration table. */
#define GOOD_LENGTH 8
#define MAX_LAZY 16
#define NICE_LENGTH 128
#define MAX_CHAIN 128
#define TOO_FAR 4096

/* zlib's hash for windowBits 15, memLevel 9: 16 bits, shift 6, over 3 bytes. */
#define ZHASH(p) ((uint32_t)(((p)[0] << 12) ^ ((p)[1] << 6) ^ (p)[2]) & 0xFFFFu)

#define BUCKET_BITS_MAX 12
/* Zeros after the data: zlib zeroes 258 bytes past the input, and matches read 8 at a time. */
#define WINDOW_PAD (MAX_MATCH + 16)

static const uint8_t extra_lbits[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5,
	5, 5, 5, 0 };
static const uint8_t extra_dbits[D_CODES] = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
	10, 11, 11, 12, 12, 13, 13 };
static const uint8_t extra_blbits[BL_CODES] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7 };
/* The order code-length code lengths are sent in (RFC 1951, 3.2.7). */
static const uint8_t bl_order[BL_CODES] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

typedef struct {
	uint16_t freq[HEAP_SIZE];
	uint16_t dad[HEAP_SIZE];
	uint16_t len[HEAP_SIZE];
	uint16_t code[L_CODES + 2];
	int max_code;
} tree;

struct agt_deflate6 {
	/* Tables, filled once per workspace. */
	uint8_t length_code[256];	/* match length - 3 -> length code 0..28 */
	uint16_t base_length[29];
	uint8_t dist_code[512];		/* as zlib indexes it: d < 256 ? [d] : [256 + (d >> 7)] */
	uint16_t base_dist[D_CODES];
	uint16_t static_lcode[L_CODES + 2];
	uint8_t static_llen[L_CODES + 2];
	uint16_t static_dcode[D_CODES];

	/* Per call. */
	uint8_t window[AGT_DEFLATE6_MAX + WINDOW_PAD];
	uint16_t prev[AGT_DEFLATE6_MAX];	/* previous position in the same bucket */
	uint16_t hash[AGT_DEFLATE6_MAX];	/* zlib's hash of the 3 bytes at each inserted position */
	uint16_t head[1 << BUCKET_BITS_MAX];
	uint32_t syms[AGT_DEFLATE6_MAX];	/* dist << 8 | literal or length - 3; dist 0 for a literal */
	tree lt, dt, bt;
	uint64_t heap[HEAP_SIZE + 2];
	uint16_t order[HEAP_SIZE];
	uint16_t bl_count[MAX_BITS + 1];
	uint64_t opt_len, static_len;
};

static unsigned bit_reverse(unsigned code, int len)
{
	/* Reverse 16 bits by halves, then drop the bits below the code's length. */
	code = ((code >> 1) & 0x5555u) | ((code & 0x5555u) << 1);
	code = ((code >> 2) & 0x3333u) | ((code & 0x3333u) << 2);
	code = ((code >> 4) & 0x0F0Fu) | ((code & 0x0F0Fu) << 4);
	code = ((code >> 8) & 0x00FFu) | ((code & 0x00FFu) << 8);
	return code >> (16 - len);
}

/* Canonical codes from lengths (RFC 1951, 3.2.2), bit-reversed for LSB-first output. */
static void gen_codes(uint16_t *code, const uint16_t *len, int max_code, const uint16_t *bl_count)
{
	uint16_t next[MAX_BITS + 1];
	unsigned c = 0;
	int bits, n;

	for (bits = 1; bits <= MAX_BITS; bits++) {
		c = (c + bl_count[bits - 1]) << 1;
		next[bits] = (uint16_t)c;
	}
	for (n = 0; n <= max_code; n++) {
		if (len[n] != 0) {
			code[n] = (uint16_t)bit_reverse(next[len[n]]++, len[n]);
		}
	}
}

agt_deflate6 *agt_deflate6_new(void)
{
	agt_deflate6 *w = calloc(1, sizeof(*w));
	uint16_t lens[L_CODES + 2], count[MAX_BITS + 1];
	int code, n, length = 0, dist = 0;

	if (!w) {
		return NULL;
	}
	for (code = 0; code < 28; code++) {
		w->base_length[code] = (uint16_t)length;
		for (n = 0; n < (1 << extra_lbits[code]); n++) {
			w->length_code[length++] = (uint8_t)code;
		}
	}
	/* Length 258 has two codes (284 with 5 extra bits, or 285); zlib, like RFC 1951, uses 285. */
	w->length_code[255] = 28;
	w->base_length[28] = 0;
	for (code = 0; code < 16; code++) {
		w->base_dist[code] = (uint16_t)dist;
		for (n = 0; n < (1 << extra_dbits[code]); n++) {
			w->dist_code[dist++] = (uint8_t)code;
		}
	}
	dist >>= 7;
	for (; code < D_CODES; code++) {
		w->base_dist[code] = (uint16_t)(dist << 7);
		for (n = 0; n < (1 << (extra_dbits[code] - 7)); n++) {
			w->dist_code[256 + dist++] = (uint8_t)code;
		}
	}
	/* The fixed Huffman code (RFC 1951, 3.2.6). */
	memset(count, 0, sizeof(count));
	for (n = 0; n < L_CODES + 2; n++) {
		lens[n] = n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8;
		w->static_llen[n] = (uint8_t)lens[n];
		count[lens[n]]++;
	}
	gen_codes(w->static_lcode, lens, L_CODES + 1, count);
	for (n = 0; n < D_CODES; n++) {
		w->static_dcode[n] = (uint16_t)bit_reverse((unsigned)n, 5);
	}
	return w;
}

void agt_deflate6_free(agt_deflate6 *w)
{
	free(w);
}

/* ------------------------------------------------------------ matching */

/* zlib's longest_match() for one candidate chain: same candidates, same order,
 * same chain budget, same "strictly longer wins" rule. */
static unsigned longest_match(agt_deflate6 *w, unsigned cur, uint16_t h, unsigned strstart, unsigned prev_length,
	unsigned lookahead, unsigned *match_start)
{
	const uint8_t *win = w->window, *scan = win + strstart;
	unsigned chain = MAX_CHAIN, best_len = prev_length, nice = NICE_LENGTH;

	if (prev_length >= GOOD_LENGTH) {
		chain >>= 2;
	}
	if (nice > lookahead) {
		nice = lookahead;
	}
	for (;;) {
		const uint8_t *match = win + cur;

		/* zlib skips a candidate that cannot beat best_len by looking at these bytes first; the
		 * outcome is the same as measuring it, which is what is done here. */
		if (match[best_len] == scan[best_len] && match[best_len - 1] == scan[best_len - 1]
			&& match[0] == scan[0] && match[1] == scan[1]) {
			unsigned len = 2;

			/* Byte 2 is equal whenever the hashes and bytes 0 and 1 are (zlib relies on it too). */
			for (;;) {
				uint64_t a, b;

				memcpy(&a, match + len, 8);
				memcpy(&b, scan + len, 8);
				if (a != b) {
					uint64_t x = a ^ b;
					unsigned k = 0;

					/* Little-endian byte order: the lowest differing byte is the first. */
					while (!(x & 0xFF)) {
						x >>= 8;
						k++;
					}
					len += k;
					break;
				}
				len += 8;
				if (len >= MAX_MATCH) {
					break;
				}
			}
			if (len > MAX_MATCH) {
				len = MAX_MATCH;
			}
			if (len > best_len) {
				*match_start = cur;
				best_len = len;
				if (len >= nice) {
					break;
				}
			}
		}
		/* The next older position with the same zlib hash; 0 ends a chain, as NIL does in zlib. */
		cur = w->prev[cur];
		while (cur != 0 && w->hash[cur] != h) {
			cur = w->prev[cur];
		}
		if (cur == 0 || --chain == 0) {
			break;
		}
	}
	return best_len <= lookahead ? best_len : lookahead;
}

/* --------------------------------------------------------------- trees */

#define HEAP_KEY(e) ((e) >> 16)
#define HEAP_NODE(e) ((unsigned)((e) & 0xFFFF))
#define HEAP_DEPTH(e) ((unsigned)(((e) >> 16) & 0xFF))
#define HEAP_FREQ(e) ((uint32_t)((e) >> 24))
#define HEAP_ENTRY(f, d, n) (((uint64_t)(f) << 24) | ((uint64_t)(d) << 16) | (uint64_t)(n))

/* zlib's pqdownheap: a node sorts before another when its (frequency, depth) is
 * smaller or equal, which the entry's upper bits encode in one comparison.
 * heap[heap_len + 1] holds a sentinel larger than any entry, so the choice of
 * child needs no bounds test and compiles to a conditional move: the data-
 * dependent branches of this loop are most of what zlib spends on small inputs. */
static void pqdownheap(uint64_t *heap, int heap_len, int k)
{
	uint64_t v = heap[k];
	int j = k << 1;

	while (j <= heap_len) {
		j += HEAP_KEY(heap[j + 1]) <= HEAP_KEY(heap[j]);
		if (HEAP_KEY(v) <= HEAP_KEY(heap[j])) {
			break;
		}
		heap[k] = heap[j];
		k = j;
		j <<= 1;
	}
	heap[k] = v;
}

#define HEAP_SENTINEL (~(uint64_t)0)

/*
 * zlib's build_tree + gen_bitlen + gen_codes: the Huffman tree built with the
 * same heap, the same tie-breaks and the same repair of lengths past
 * max_length, so every symbol gets the length zlib gives it.
 */
static void build_tree(agt_deflate6 *w, tree *t, int elems, const uint8_t *static_len, const uint8_t *extra,
	int base, int max_length)
{
	uint64_t *heap = w->heap;
	int heap_len = 0, heap_max = HEAP_SIZE, max_code = -1, n, m, node, h, bits, overflow = 0;

	for (n = 0; n < elems; n++) {
		if (t->freq[n] != 0) {
			heap[++heap_len] = HEAP_ENTRY(t->freq[n], 0, n);
			max_code = n;
		} else {
			t->len[n] = 0;
		}
	}
	/* At least two codes, even for one symbol or none: a forced symbol of frequency 1. */
	while (heap_len < 2) {
		node = max_code < 2 ? ++max_code : 0;
		t->freq[node] = 1;
		heap[++heap_len] = HEAP_ENTRY(1, 0, node);
		w->opt_len--;
		if (static_len) {
			w->static_len -= static_len[node];
		}
	}
	t->max_code = max_code;

	heap[heap_len + 1] = HEAP_SENTINEL;
	for (n = heap_len / 2; n >= 1; n--) {
		pqdownheap(heap, heap_len, n);
	}
	node = elems;
	do {
		uint64_t a = heap[1], b;
		unsigned da, db;

		heap[1] = heap[heap_len];
		heap[heap_len--] = HEAP_SENTINEL;
		pqdownheap(heap, heap_len, 1);
		b = heap[1];
		w->order[--heap_max] = (uint16_t)HEAP_NODE(a);
		w->order[--heap_max] = (uint16_t)HEAP_NODE(b);
		da = HEAP_DEPTH(a);
		db = HEAP_DEPTH(b);
		t->dad[HEAP_NODE(a)] = t->dad[HEAP_NODE(b)] = (uint16_t)node;
		heap[1] = HEAP_ENTRY(HEAP_FREQ(a) + HEAP_FREQ(b), ((da >= db ? da : db) + 1) & 0xFF, node);
		node++;
		pqdownheap(heap, heap_len, 1);
	} while (heap_len >= 2);
	w->order[--heap_max] = (uint16_t)HEAP_NODE(heap[1]);

	/* Lengths from the root down: parents come before their children in order[]. */
	memset(w->bl_count, 0, sizeof(w->bl_count));
	t->len[w->order[heap_max]] = 0;
	for (h = heap_max + 1; h < HEAP_SIZE; h++) {
		unsigned xbits = 0, f;

		n = w->order[h];
		bits = t->len[t->dad[n]] + 1;
		if (bits > max_length) {
			bits = max_length;
			overflow++;
		}
		t->len[n] = (uint16_t)bits;
		if (n > max_code) {
			continue;	/* an inner node */
		}
		w->bl_count[bits]++;
		if (n >= base) {
			xbits = extra[n - base];
		}
		f = t->freq[n];
		w->opt_len += (uint64_t)f * (bits + xbits);
		if (static_len) {
			w->static_len += (uint64_t)f * (static_len[n] + xbits);
		}
	}
	if (overflow > 0) {
		/* Move leaves up from the deepest levels until the counts describe a valid code of at
		 * most max_length bits, then hand the lengths out again in heap order, as zlib does. */
		do {
			bits = max_length - 1;
			while (w->bl_count[bits] == 0) {
				bits--;
			}
			w->bl_count[bits]--;
			w->bl_count[bits + 1] += 2;
			w->bl_count[max_length]--;
			overflow -= 2;
		} while (overflow > 0);
		for (bits = max_length; bits != 0; bits--) {
			n = w->bl_count[bits];
			while (n != 0) {
				m = w->order[--h];
				if (m > max_code) {
					continue;
				}
				if (t->len[m] != (unsigned)bits) {
					w->opt_len += ((uint64_t)bits - t->len[m]) * t->freq[m];
					t->len[m] = (uint16_t)bits;
				}
				n--;
			}
		}
	}
	gen_codes(t->code, t->len, max_code, w->bl_count);
}

/* Run lengths of a tree's code lengths: counts what send_tree() will send. */
static void scan_tree(agt_deflate6 *w, const tree *t)
{
	int n, prevlen = -1, curlen, nextlen = t->len[0], count = 0, max_count = 7, min_count = 4;
	int max_code = t->max_code;
	uint16_t *bl = w->bt.freq;

	if (nextlen == 0) {
		max_count = 138;
		min_count = 3;
	}
	for (n = 0; n <= max_code; n++) {
		curlen = nextlen;
		nextlen = n < max_code ? t->len[n + 1] : 0xFFFF;
		if (++count < max_count && curlen == nextlen) {
			continue;
		} else if (count < min_count) {
			bl[curlen] += (uint16_t)count;
		} else if (curlen != 0) {
			if (curlen != prevlen) {
				bl[curlen]++;
			}
			bl[16]++;
		} else if (count <= 10) {
			bl[17]++;
		} else {
			bl[18]++;
		}
		count = 0;
		prevlen = curlen;
		if (nextlen == 0) {
			max_count = 138;
			min_count = 3;
		} else if (curlen == nextlen) {
			max_count = 6;
			min_count = 3;
		} else {
			max_count = 7;
			min_count = 4;
		}
	}
}

/* ---------------------------------------------------------------- bits */

typedef struct {
	uint8_t *p;
	uint64_t buf;
	unsigned n;
} bitw;

static inline void put_bits(bitw *b, uint32_t value, unsigned len)
{
	b->buf |= (uint64_t)value << b->n;
	b->n += len;
	if (b->n >= 32) {
		b->p[0] = (uint8_t)b->buf;
		b->p[1] = (uint8_t)(b->buf >> 8);
		b->p[2] = (uint8_t)(b->buf >> 16);
		b->p[3] = (uint8_t)(b->buf >> 24);
		b->p += 4;
		b->buf >>= 32;
		b->n -= 32;
	}
}

/* Pads to a byte boundary with zero bits and writes out what is pending. */
static void flush_bits(bitw *b)
{
	while (b->n > 0) {
		*b->p++ = (uint8_t)b->buf;
		b->buf >>= 8;
		b->n = b->n > 8 ? b->n - 8 : 0;
	}
	b->buf = 0;
}

static void send_tree(agt_deflate6 *w, bitw *b, const tree *t)
{
	int n, prevlen = -1, curlen, nextlen = t->len[0], count = 0, max_count = 7, min_count = 4;
	int max_code = t->max_code;
	const tree *bt = &w->bt;

	if (nextlen == 0) {
		max_count = 138;
		min_count = 3;
	}
	for (n = 0; n <= max_code; n++) {
		curlen = nextlen;
		nextlen = n < max_code ? t->len[n + 1] : 0xFFFF;
		if (++count < max_count && curlen == nextlen) {
			continue;
		} else if (count < min_count) {
			do {
				put_bits(b, bt->code[curlen], bt->len[curlen]);
			} while (--count != 0);
		} else if (curlen != 0) {
			if (curlen != prevlen) {
				put_bits(b, bt->code[curlen], bt->len[curlen]);
				count--;
			}
			put_bits(b, bt->code[16], bt->len[16]);
			put_bits(b, (uint32_t)(count - 3), 2);
		} else if (count <= 10) {
			put_bits(b, bt->code[17], bt->len[17]);
			put_bits(b, (uint32_t)(count - 3), 3);
		} else {
			put_bits(b, bt->code[18], bt->len[18]);
			put_bits(b, (uint32_t)(count - 11), 7);
		}
		count = 0;
		prevlen = curlen;
		if (nextlen == 0) {
			max_count = 138;
			min_count = 3;
		} else if (curlen == nextlen) {
			max_count = 6;
			min_count = 3;
		} else {
			max_count = 7;
			min_count = 4;
		}
	}
}

static void compress_block(agt_deflate6 *w, bitw *b, size_t nsyms, const uint16_t *lcode, const uint8_t *llen8,
	const uint16_t *llen16, const uint16_t *dcode, const uint8_t *dlen8, const uint16_t *dlen16)
{
	size_t i;

	for (i = 0; i < nsyms; i++) {
		uint32_t s = w->syms[i], dist = s >> 8, lc = s & 0xFF;

		if (dist == 0) {
			put_bits(b, lcode[lc], llen8 ? llen8[lc] : llen16[lc]);
		} else {
			unsigned code = w->length_code[lc], sym = code + END_BLOCK + 1, dc;

			put_bits(b, lcode[sym], llen8 ? llen8[sym] : llen16[sym]);
			if (extra_lbits[code]) {
				put_bits(b, lc - w->base_length[code], extra_lbits[code]);
			}
			dist--;
			dc = dist < 256 ? w->dist_code[dist] : w->dist_code[256 + (dist >> 7)];
			put_bits(b, dcode[dc], dlen8 ? 5 : dlen16[dc]);
			if (extra_dbits[dc]) {
				put_bits(b, dist - w->base_dist[dc], extra_dbits[dc]);
			}
		}
	}
	put_bits(b, lcode[END_BLOCK], llen8 ? llen8[END_BLOCK] : llen16[END_BLOCK]);
}

static uint32_t adler32(const uint8_t *p, size_t n)
{
	uint32_t a = 1, b = 0;

	while (n > 0) {
		/* 5552 bytes is the most that cannot overflow b before the reduction (zlib's NMAX). */
		size_t k = n < 5552 ? n : 5552;

		n -= k;
		while (k-- > 0) {
			a += *p++;
			b += a;
		}
		a %= 65521;
		b %= 65521;
	}
	return (b << 16) | a;
}

/* ---------------------------------------------------------------- main */

static inline void insert(agt_deflate6 *w, unsigned pos, unsigned shift)
{
	uint32_t h = ZHASH(w->window + pos);
	unsigned bucket = (h * 2654435761u) >> shift;

	w->hash[pos] = (uint16_t)h;
	w->prev[pos] = w->head[bucket];
	w->head[bucket] = (uint16_t)pos;
}

agt_status agt_deflate6_zlib(agt_deflate6 *w, const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *len)
{
	unsigned strstart = 0, match_length = MIN_MATCH - 1, prev_length, match_start = 0, prev_match;
	unsigned bucket_bits = 8, shift, max_blindex, k;
	int match_available = 0;
	size_t nsyms = 0;
	uint64_t opt_lenb, static_lenb;
	uint32_t adler;
	bitw b;

	/* Worst case: a stored block, 5 bytes of block header, 2 of zlib header, 4 of Adler-32. */
	if (n > AGT_DEFLATE6_MAX || cap < n + 11) {
		return AGT_EDEFLATE;
	}
	while ((1u << bucket_bits) < n && bucket_bits < BUCKET_BITS_MAX) {
		bucket_bits++;
	}
	shift = 32 - bucket_bits;
	memset(w->head, 0, sizeof(w->head[0]) << bucket_bits);
	memcpy(w->window, in, n);
	memset(w->window + n, 0, WINDOW_PAD);
	memset(w->lt.freq, 0, sizeof(w->lt.freq[0]) * L_CODES);
	memset(w->dt.freq, 0, sizeof(w->dt.freq[0]) * D_CODES);
	memset(w->bt.freq, 0, sizeof(w->bt.freq[0]) * BL_CODES);
	w->lt.freq[END_BLOCK] = 1;

	/* deflate_slow(): lazy matching, every position inserted once, in order. */
	while (strstart < n) {
		unsigned lookahead = (unsigned)n - strstart, hash_head = 0;
		uint16_t h = 0;

		if (lookahead >= MIN_MATCH) {
			insert(w, strstart, shift);
			h = w->hash[strstart];
			hash_head = w->prev[strstart];
			while (hash_head != 0 && w->hash[hash_head] != h) {
				hash_head = w->prev[hash_head];
			}
		}
		prev_length = match_length;
		prev_match = match_start;
		match_length = MIN_MATCH - 1;
		if (hash_head != 0 && prev_length < MAX_LAZY) {
			match_length = longest_match(w, hash_head, h, strstart, prev_length, lookahead, &match_start);
			if (match_length == MIN_MATCH && strstart - match_start > TOO_FAR) {
				match_length = MIN_MATCH - 1;
			}
		}
		if (prev_length >= MIN_MATCH && match_length <= prev_length) {
			unsigned max_insert = (unsigned)n - MIN_MATCH, dist = strstart - 1 - prev_match, last;
			unsigned lc = prev_length - MIN_MATCH, code = w->length_code[lc], d = dist - 1;

			w->syms[nsyms++] = (dist << 8) | lc;
			w->lt.freq[code + END_BLOCK + 1]++;
			w->dt.freq[d < 256 ? w->dist_code[d] : w->dist_code[256 + (d >> 7)]]++;
			last = strstart + prev_length - 2;
			for (k = strstart + 1; k <= last && k <= max_insert; k++) {
				insert(w, k, shift);
			}
			strstart = last + 1;
			match_available = 0;
			match_length = MIN_MATCH - 1;
		} else if (match_available) {
			uint8_t c = w->window[strstart - 1];

			w->syms[nsyms++] = c;
			w->lt.freq[c]++;
			strstart++;
		} else {
			match_available = 1;
			strstart++;
		}
	}
	if (match_available) {
		uint8_t c = w->window[strstart - 1];

		w->syms[nsyms++] = c;
		w->lt.freq[c]++;
	}

	/* _tr_flush_block(): build both trees, then the tree of their code lengths. */
	w->opt_len = 0;
	w->static_len = 0;
	build_tree(w, &w->lt, L_CODES, w->static_llen, extra_lbits, END_BLOCK + 1, MAX_BITS);
	{
		static const uint8_t static_dlen[D_CODES] = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
			5, 5, 5, 5, 5, 5, 5, 5, 5, 5 };

		build_tree(w, &w->dt, D_CODES, static_dlen, extra_dbits, 0, MAX_BITS);
	}
	scan_tree(w, &w->lt);
	scan_tree(w, &w->dt);
	build_tree(w, &w->bt, BL_CODES, NULL, extra_blbits, 0, MAX_BL_BITS);
	for (max_blindex = BL_CODES - 1; max_blindex >= 3; max_blindex--) {
		if (w->bt.len[bl_order[max_blindex]] != 0) {
			break;
		}
	}
	w->opt_len += 3 * ((uint64_t)max_blindex + 1) + 5 + 5 + 4;
	opt_lenb = (w->opt_len + 3 + 7) >> 3;
	static_lenb = (w->static_len + 3 + 7) >> 3;
	if (static_lenb <= opt_lenb) {
		opt_lenb = static_lenb;
	}

	/* The zlib header for windowBits 15 and level 6: 0x78 0x9c. */
	out[0] = 0x78;
	out[1] = 0x9C;
	b.p = out + 2;
	b.buf = 0;
	b.n = 0;
	if (n + 4 <= opt_lenb) {
		put_bits(&b, 1, 3);	/* stored, last block */
		flush_bits(&b);
		b.p[0] = (uint8_t)n;
		b.p[1] = (uint8_t)(n >> 8);
		b.p[2] = (uint8_t)~n;
		b.p[3] = (uint8_t)(~n >> 8);
		memcpy(b.p + 4, in, n);
		b.p += 4 + n;
	} else if (static_lenb == opt_lenb) {
		put_bits(&b, 3, 3);	/* fixed codes, last block */
		compress_block(w, &b, nsyms, w->static_lcode, w->static_llen, NULL, w->static_dcode, w->static_llen, NULL);
	} else {
		unsigned rank;

		put_bits(&b, 5, 3);	/* dynamic codes, last block */
		put_bits(&b, (uint32_t)(w->lt.max_code + 1 - 257), 5);
		put_bits(&b, (uint32_t)(w->dt.max_code + 1 - 1), 5);
		put_bits(&b, max_blindex + 1 - 4, 4);
		for (rank = 0; rank <= max_blindex; rank++) {
			put_bits(&b, w->bt.len[bl_order[rank]], 3);
		}
		send_tree(w, &b, &w->lt);
		send_tree(w, &b, &w->dt);
		compress_block(w, &b, nsyms, w->lt.code, NULL, w->lt.len, w->dt.code, NULL, w->dt.len);
	}
	flush_bits(&b);
	adler = adler32(in, n);
	b.p[0] = (uint8_t)(adler >> 24);
	b.p[1] = (uint8_t)(adler >> 16);
	b.p[2] = (uint8_t)(adler >> 8);
	b.p[3] = (uint8_t)adler;
	*len = (size_t)(b.p + 4 - out);
	return AGT_OK;
}
