/* HMAC-SHA256 (RFC 2104) over OpenSSL's SHA-256, and the token 007 key schedule. */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>

#include "agt.h"

#define SHA256_BLOCK 64

void agt_wipe(void *p, size_t n)
{
	OPENSSL_cleanse(p, n);
}

int agt_equal_ct(const void *a, const void *b, size_t n)
{
	return CRYPTO_memcmp(a, b, n) == 0;
}

static int digest2(EVP_MD_CTX *ctx, const void *a, size_t an, const void *b, size_t bn, uint8_t *out)
{
	unsigned int len = 0;

	return EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1
		&& EVP_DigestUpdate(ctx, a, an) == 1
		&& (bn == 0 || EVP_DigestUpdate(ctx, b, bn) == 1)
		&& EVP_DigestFinal_ex(ctx, out, &len) == 1
		&& len == AGT_SHA256_LEN;
}

agt_status agt_hmac_sha256(const void *key, size_t key_len, const void *msg, size_t msg_len,
	uint8_t out[AGT_SHA256_LEN])
{
	uint8_t k[SHA256_BLOCK], pad[SHA256_BLOCK], inner[AGT_SHA256_LEN];
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	agt_status st = AGT_ECRYPTO;
	size_t i;

	if (!ctx) {
		return AGT_ENOMEM;
	}
	memset(k, 0, sizeof(k));
	if (key_len > SHA256_BLOCK) {
		if (!digest2(ctx, key, key_len, NULL, 0, k)) {
			goto done;
		}
	} else if (key_len > 0) {
		memcpy(k, key, key_len);
	}

	for (i = 0; i < SHA256_BLOCK; i++) {
		pad[i] = k[i] ^ 0x36;
	}
	if (!digest2(ctx, pad, SHA256_BLOCK, msg, msg_len, inner)) {
		goto done;
	}
	for (i = 0; i < SHA256_BLOCK; i++) {
		pad[i] = k[i] ^ 0x5c;
	}
	if (!digest2(ctx, pad, SHA256_BLOCK, inner, AGT_SHA256_LEN, out)) {
		goto done;
	}
	st = AGT_OK;

done:
	agt_wipe(k, sizeof(k));
	agt_wipe(pad, sizeof(pad));
	agt_wipe(inner, sizeof(inner));
	EVP_MD_CTX_free(ctx);
	return st;
}

agt_status agt_token007_signing_key(const void *cert, size_t cert_len, uint32_t issue_ts, uint32_t salt,
	uint8_t key[AGT_SHA256_LEN])
{
	/* The packed numbers are the HMAC keys and the certificate text the message:
	 * the reverse of the obvious guess, and what every official SDK does. */
	uint8_t ts_le[4] = { (uint8_t)issue_ts, (uint8_t)(issue_ts >> 8), (uint8_t)(issue_ts >> 16),
		(uint8_t)(issue_ts >> 24) };
	uint8_t salt_le[4] = { (uint8_t)salt, (uint8_t)(salt >> 8), (uint8_t)(salt >> 16), (uint8_t)(salt >> 24) };
	uint8_t k1[AGT_SHA256_LEN];
	agt_status st;

	st = agt_hmac_sha256(ts_le, 4, cert, cert_len, k1);
	if (st == AGT_OK) {
		st = agt_hmac_sha256(salt_le, 4, k1, sizeof(k1), key);
	}
	agt_wipe(k1, sizeof(k1));
	return st;
}

const char *agt_openssl_version_compiled(void)
{
	return OPENSSL_VERSION_TEXT;
}

const char *agt_openssl_version_linked(void)
{
	return OpenSSL_version(OPENSSL_VERSION);
}
