/* Base64 with the standard alphabet, as PHP's base64_encode writes it. */
#include "agt.h"

static const char b64_alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t agt_base64_encoded_len(size_t n)
{
	return (n + 2) / 3 * 4;
}

void agt_base64_encode(const uint8_t *in, size_t n, char *out)
{
	size_t i = 0;

	for (; i + 3 <= n; i += 3) {
		uint32_t v = ((uint32_t)in[i] << 16) | ((uint32_t)in[i + 1] << 8) | in[i + 2];

		*out++ = b64_alphabet[v >> 18];
		*out++ = b64_alphabet[(v >> 12) & 63];
		*out++ = b64_alphabet[(v >> 6) & 63];
		*out++ = b64_alphabet[v & 63];
	}
	if (n - i == 1) {
		uint32_t v = (uint32_t)in[i] << 16;

		*out++ = b64_alphabet[v >> 18];
		*out++ = b64_alphabet[(v >> 12) & 63];
		*out++ = '=';
		*out++ = '=';
	} else if (n - i == 2) {
		uint32_t v = ((uint32_t)in[i] << 16) | ((uint32_t)in[i + 1] << 8);

		*out++ = b64_alphabet[v >> 18];
		*out++ = b64_alphabet[(v >> 12) & 63];
		*out++ = b64_alphabet[(v >> 6) & 63];
		*out++ = '=';
	}
}

static int b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z') {
		return c - 'A';
	}
	if (c >= 'a' && c <= 'z') {
		return c - 'a' + 26;
	}
	if (c >= '0' && c <= '9') {
		return c - '0' + 52;
	}
	if (c == '+') {
		return 62;
	}
	if (c == '/') {
		return 63;
	}
	return -1;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int is_line_break(unsigned char c)
{
	return c == '\n' || c == '\r';
}

agt_status agt_base64_decode(const char *in, size_t n, agt_buf *out)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t pad = 0, data_len = 0, i, start = out->len;
	uint32_t acc = 0;
	int bits = 0;

	/* Trailing white space is what a copied token most often carries (a newline from a file or a form). */
	while (n > 0 && is_space(s[n - 1])) {
		n--;
	}
	while (n > 0 && s[n - 1] == '=' && pad < 2) {
		n--;
		pad++;
	}
	/* Line breaks inside are what a MIME-style wrapper leaves (76 characters a line);
	 * any other character outside the alphabet, a space or a tab included, is an error. */
	for (i = 0; i < n; i++) {
		data_len += !is_line_break(s[i]);
	}
	/* A lone character in the last group never ends a valid encoding. Padding
	 * may be missing or cut short (the data is whole either way), but never
	 * more than the last group needs. */
	if (data_len % 4 == 1 || (pad > 0 && (data_len % 4 == 0 || data_len % 4 + pad > 4))) {
		return AGT_EBASE64;
	}
	if (!agt_buf_reserve(out, data_len / 4 * 3 + 3)) {
		return AGT_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		int v;

		if (is_line_break(s[i])) {
			continue;
		}
		v = b64_value(s[i]);
		if (v < 0) {
			out->len = start;	/* leave the buffer as it was */
			return AGT_EBASE64;
		}
		acc = (acc << 6) | (uint32_t)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out->data[out->len++] = (uint8_t)(acc >> bits);
		}
	}
	return AGT_OK;
}
