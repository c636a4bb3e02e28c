/*
 * libFuzzer target: agt_token006_parse() and agt_token006_parse_message() on
 * arbitrary bytes. Every slice handed back must lie inside the token or the
 * decoded body.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "agt.h"

static void inside(const uint8_t *base, size_t len, const uint8_t *p, size_t n)
{
	if (n == 0) {
		return;
	}
	if (p < base || p > base + len || n > (size_t)(base + len - p)) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	agt_token006 t;
	agt_status st;
	uint8_t *copy;

	/* An exact-size heap copy: a read one past the end is an ASan report. */
	copy = malloc(size ? size : 1);
	if (!copy) {
		return 0;
	}
	memcpy(copy, data, size);

	agt_token006_init(&t);
	st = agt_token006_parse(&t, (const char *)copy, size);
	if (st == AGT_OK) {
		inside(copy, size, t.app_id.p, t.app_id.n);
		inside(t.body.data, t.body.len, t.signature.p, t.signature.n);
		inside(t.body.data, t.body.len, t.message.p, t.message.n);
		inside(t.message.p, t.message.n, t.privs, (size_t)t.priv_count * 6);
	}
	agt_token006_free(&t);

	agt_token006_init(&t);
	st = agt_token006_parse_message(&t, copy, size);
	if (st == AGT_OK) {
		inside(copy, size, t.privs, (size_t)t.priv_count * 6);
	}
	agt_token006_free(&t);
	free(copy);
	return 0;
}
