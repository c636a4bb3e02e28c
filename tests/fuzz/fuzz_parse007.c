/*
 * libFuzzer target: agt_token007_parse() on arbitrary bytes, with every known
 * service mask the binding uses, then agt_token007_parse_content() on the same
 * bytes taken as already inflated content. Checks that everything the parser
 * hands back lies inside the buffer it owns.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "agt.h"

#define TYPES_BEFORE_2026 ((1u << 1) | (1u << 2) | (1u << 4) | (1u << 5) | (1u << 7))

static void inside(const agt_token007 *t, agt_slice s)
{
	const uint8_t *lo = t->content.data, *hi = t->content.data + t->content.len;

	if (s.n == 0) {
		return;
	}
	if (s.p < lo || s.p > hi || s.n > (size_t)(hi - s.p)) {
		abort();
	}
}

static void check(const agt_token007 *t, agt_status st)
{
	size_t i;

	if (st != AGT_OK) {
		return;
	}
	if (t->content.len > AGT_MAX_CONTENT) {
		abort();
	}
	inside(t, t->signature);
	inside(t, t->signing_info);
	inside(t, t->app_id);
	if (t->service_count > t->declared_services) {
		abort();
	}
	for (i = 0; i < t->service_count; i++) {
		const agt_service *s = &t->services[i];
		agt_slice privs = { s->privs, (size_t)s->priv_count * 6 };

		if (s->type < 1 || s->type > 8) {
			abort();
		}
		inside(t, privs);
		inside(t, s->str[0]);
		inside(t, s->str[1]);
		inside(t, s->rtm2);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	agt_token007 t;
	agt_status st;

	agt_token007_init(&t);
	st = agt_token007_parse(&t, (const char *)data, size, AGT_TYPES_ALL);
	check(&t, st);
	st = agt_token007_parse(&t, (const char *)data, size, TYPES_BEFORE_2026);
	check(&t, st);
	agt_token007_free(&t);

	/* The same bytes as inflated content, in a buffer of exactly their size so
	 * that ASan sees a read one byte past the end (agt_buf keeps spare room). */
	agt_token007_init(&t);
	t.content.data = malloc(size ? size : 1);
	if (t.content.data) {
		memcpy(t.content.data, data, size);
		t.content.len = t.content.cap = size;
		st = agt_token007_parse_content(&t, AGT_TYPES_ALL);
		check(&t, st);
	}
	agt_token007_free(&t);
	return 0;
}
