/*
 * agt: the agora_token engine.
 *
 * Plain C99 over OpenSSL's libcrypto and zlib. It knows the bytes of Agora's
 * token formats and nothing of PHP: no Zend header is included anywhere under
 * src/, so the engine can be unit-tested, fuzzed and benchmarked on its own.
 * Functions report a status; nothing here prints or logs.
 */
#ifndef AGT_H
#define AGT_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
	AGT_OK = 0,
	AGT_ENOMEM,
	AGT_ETRUNCATED,	/* a field runs past the end of the data */
	AGT_EPREFIX,	/* the token does not start with the version prefix */
	AGT_EBASE64,	/* the body is not base64 */
	AGT_EINFLATE,	/* the body is not a complete zlib, gzip or raw deflate stream */
	AGT_ETOOBIG,	/* the content inflates past AGT_MAX_CONTENT */
	AGT_EDEFLATE,	/* zlib refused to compress */
	AGT_ECRYPTO	/* OpenSSL failed */
} agt_status;

/* Largest inflated token content the parser accepts; real tokens are a few hundred bytes. */
#define AGT_MAX_CONTENT ((size_t)1 << 20)

/* ------------------------------------------------------------------ buffers */

/* A growable byte buffer. Writers never fail half-way: on allocation failure
 * the buffer is marked failed, later writes are ignored and the owner checks
 * agt_buf_failed() once at the end. */
typedef struct {
	uint8_t *data;
	size_t len;
	size_t cap;
	int failed;
} agt_buf;

void agt_buf_init(agt_buf *b);
void agt_buf_free(agt_buf *b);
/* Wipes the contents before freeing; for buffers that held key material. */
void agt_buf_free_secret(agt_buf *b);
int agt_buf_reserve(agt_buf *b, size_t extra);
void agt_buf_put(agt_buf *b, const void *p, size_t n);
void agt_buf_put_u16le(agt_buf *b, uint32_t v);
void agt_buf_put_u32le(agt_buf *b, uint32_t v);
/* u16 length (mod 65536, as the official code writes it) followed by every byte. */
void agt_buf_put_str(agt_buf *b, const void *p, size_t n);
static inline int agt_buf_failed(const agt_buf *b) { return b->failed; }

/* A bounds-checked reader over borrowed bytes. Every get checks the remaining
 * length before it touches memory. */
typedef struct {
	const uint8_t *p;
	size_t left;
} agt_reader;

static inline void agt_reader_init(agt_reader *r, const void *p, size_t n)
{
	r->p = (const uint8_t *)p;
	r->left = n;
}
int agt_get_u16le(agt_reader *r, uint16_t *v);
int agt_get_u32le(agt_reader *r, uint32_t *v);
int agt_get_bytes(agt_reader *r, size_t n, const uint8_t **p);
int agt_get_str(agt_reader *r, const uint8_t **p, size_t *n);

static inline uint16_t agt_load_u16le(const uint8_t *p)
{
	return (uint16_t)(p[0] | (p[1] << 8));
}

static inline uint32_t agt_load_u32le(const uint8_t *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

/* ------------------------------------------------------------------- crypto */

#define AGT_SHA256_LEN 32

agt_status agt_hmac_sha256(const void *key, size_t key_len, const void *msg, size_t msg_len,
	uint8_t out[AGT_SHA256_LEN]);
/* Token 007 signing key: HMAC(u32le(salt), HMAC(u32le(issue_ts), certificate)). */
agt_status agt_token007_signing_key(const void *cert, size_t cert_len, uint32_t issue_ts, uint32_t salt,
	uint8_t key[AGT_SHA256_LEN]);
/* Constant-time comparison; returns 1 when equal. */
int agt_equal_ct(const void *a, const void *b, size_t n);
void agt_wipe(void *p, size_t n);

/* ------------------------------------------------------------------ base64 */

size_t agt_base64_encoded_len(size_t n);
/* Writes agt_base64_encoded_len(n) bytes, standard alphabet with padding. */
void agt_base64_encode(const uint8_t *in, size_t n, char *out);
/* Strict decoding as a correct decoder does it: standard alphabet only, padding
 * optional, line breaks inside and trailing ASCII white space ignored; anything
 * else (a space or tab inside included) is AGT_EBASE64. */
agt_status agt_base64_decode(const char *in, size_t n, agt_buf *out);

/* -------------------------------------------------------------------- zlib */

/* A deflate stream kept between calls so that its 400 KB state is not
 * allocated and page-faulted in for every token. Not thread-safe: one per thread. */
typedef struct agt_deflater agt_deflater;

agt_deflater *agt_deflater_new(void);
void agt_deflater_free(agt_deflater *d);
/* The zlib stream PHP's zlib_encode($x, ZLIB_ENCODING_DEFLATE) produces:
 * deflateInit2(level -1, Z_DEFLATED, windowBits 15, memLevel 9, Z_DEFAULT_STRATEGY),
 * one deflate(Z_FINISH). Appends to out. */
agt_status agt_deflate_zlib(agt_deflater *d, const uint8_t *in, size_t n, agt_buf *out);
/* The same into caller-owned memory of cap bytes; AGT_ENOMEM when it does not fit. */
agt_status agt_deflate_zlib_into(agt_deflater *d, const uint8_t *in, size_t n, uint8_t *out, size_t cap,
	size_t *len);
/*
 * Our own encoder for token-sized inputs, byte-identical to the zlib stream
 * above (src/deflate6.c). agt_deflate_zlib() uses it for inputs up to
 * AGT_DEFLATE6_MAX bytes, the range proven against zlib by tests/c/deflate_identity.c,
 * and zlib itself above. The workspace is reusable and not thread-safe.
 */
#ifndef AGT_DEFLATE6_MAX
/* Tests build the encoder with a larger limit (up to 16384, where it is still one
 * window and one block) to reach code paths that token-sized inputs rarely reach. */
#define AGT_DEFLATE6_MAX 4096
#endif
typedef struct agt_deflate6 agt_deflate6;
agt_deflate6 *agt_deflate6_new(void);
void agt_deflate6_free(agt_deflate6 *w);
/* n <= AGT_DEFLATE6_MAX and cap >= n + 11, else AGT_EDEFLATE. */
agt_status agt_deflate6_zlib(agt_deflate6 *w, const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *len);

/* Accepts a zlib or gzip stream, or failing that raw deflate; the stream must
 * be complete; bytes after its end are ignored; output is capped at max_out. */
agt_status agt_inflate_any(const uint8_t *in, size_t n, size_t max_out, agt_buf *out);

/* --------------------------------------------------------------- token 007 */

#define AGT_TOKEN007_PREFIX "007"

/* Turns packed signing info (appId .. services) into the token string:
 * "007" base64(zlib(str(HMAC(signing_key, info)) info)). Appends to out. */
agt_status agt_token007_seal(agt_deflater *d, const uint8_t *info, size_t info_len,
	const uint8_t *signing_key, size_t key_len, agt_buf *out);
/* The same in two steps, for callers that own the output memory: the compressed
 * body zlib(str(HMAC) info) into body (cap >= agt_token007_body_max(info_len)),
 * then "007" base64(body) written by the caller. */
size_t agt_token007_body_max(size_t info_len);
agt_status agt_token007_compress(agt_deflater *d, const uint8_t *info, size_t info_len,
	const uint8_t *signing_key, size_t key_len, uint8_t *body, size_t cap, size_t *body_len);

typedef struct {
	const uint8_t *p;
	size_t n;
} agt_slice;

/* One service as it stands in the content. Pointers borrow from the content. */
typedef struct {
	uint16_t type;
	uint16_t priv_count;
	const uint8_t *privs;	/* priv_count pairs of u16 key, u32 value */
	agt_slice str[2];	/* channel/room/user fields, by type */
	int16_t role;		/* type 7 */
	agt_slice rtm2;		/* type 8: the validated permissions block */
} agt_service;

typedef struct {
	agt_buf content;	/* the inflated content; everything below points into it */
	agt_slice signature;
	agt_slice signing_info;
	agt_slice app_id;
	uint32_t issue_ts;
	uint32_t expire;
	uint32_t salt;
	uint16_t declared_services;
	size_t service_count;	/* services read before the end or an unknown type */
	int stopped_at_unknown;	/* 1 when reading stopped at an unknown service type */
	uint16_t unknown_type;
	agt_service *services;
	/* Where parsing failed, for error messages: offset in the content and field name. */
	size_t err_offset;
	const char *err_field;
	size_t err_need;
} agt_token007;

/* Service types the parser can read; known_mask bit t set means type t is known.
 * Reading stops, successfully, at the first type not in the mask, because an
 * unknown body cannot be skipped. */
#define AGT_TYPES_ALL 0x1FEu

void agt_token007_init(agt_token007 *t);
void agt_token007_free(agt_token007 *t);
/* Parses a token into t, dropping whatever t held; agt_token007_free() it afterwards. */
agt_status agt_token007_parse(agt_token007 *t, const char *token, size_t len, uint32_t known_mask);
/* The content part only: parses t->content as filled by the caller (tests, fuzzing). */
agt_status agt_token007_parse_content(agt_token007 *t, uint32_t known_mask);

/* --------------------------------------------------------------- token 006 */

/* The legacy format, no compression:
 *   "006" appId base64( str(sig) u32(crc32(channel)) u32(crc32(uid)) str(message) )
 *   message = u32(salt) u32(ts) u16(n) { u16(key) u32(expireTs) }{n}
 *   sig = HMAC-SHA256(key = certificate, appId || channel || uid || message)
 * Privileges keep the order they were added in; timestamps are absolute. */
#define AGT_TOKEN006_PREFIX "006"
#define AGT_TOKEN006_APP_ID_LEN 32

/* CRC-32 as PHP's crc32() computes it (the IEEE polynomial, as zlib's). */
uint32_t agt_crc32(const void *p, size_t n);

/* Message header; count is written mod 65536, as pack("v") writes it. Each
 * privilege then follows with agt_token006_put_privilege(). */
void agt_token006_put_message_head(agt_buf *b, uint32_t salt, uint32_t ts, size_t count);
void agt_token006_put_privilege(agt_buf *b, uint32_t key, uint32_t expire_ts);

agt_status agt_token006_sign(agt_slice cert, agt_slice app_id, agt_slice channel, agt_slice uid,
	agt_slice message, uint8_t sig[AGT_SHA256_LEN]);
/* Appends the whole token string to out. */
agt_status agt_token006_build(agt_slice cert, agt_slice app_id, agt_slice channel, agt_slice uid,
	agt_slice message, agt_buf *out);

typedef struct {
	agt_buf body;		/* the base64-decoded part; the slices below point into it */
	agt_slice app_id;	/* borrowed from the token string given to parse */
	agt_slice signature;
	uint32_t crc_channel;
	uint32_t crc_uid;
	agt_slice message;
	uint32_t salt;
	uint32_t ts;
	uint16_t priv_count;
	const uint8_t *privs;	/* priv_count pairs of u16 key, u32 expire timestamp */
} agt_token006;

void agt_token006_init(agt_token006 *t);
void agt_token006_free(agt_token006 *t);
/* Bounds-checked: a wrong prefix, a token shorter than prefix + appId, bad
 * base64, or any field running past its end is an error. Bytes after the
 * message, and after the privileges inside it, are ignored as the official
 * reader ignores them. */
agt_status agt_token006_parse(agt_token006 *t, const char *token, size_t len);
/* The message alone (Message::unpackContent()). */
agt_status agt_token006_parse_message(agt_token006 *t, const uint8_t *p, size_t n);

const char *agt_status_str(agt_status s);

/* Versions of the libraries the engine was compiled against and runs with. */
const char *agt_openssl_version_compiled(void);
const char *agt_openssl_version_linked(void);
const char *agt_zlib_version_compiled(void);
const char *agt_zlib_version_linked(void);

#endif
