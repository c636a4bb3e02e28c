/*
 * The C engine alone: what a token costs with no PHP around it, the ceiling for
 * the extension's own overhead. Packs the same kinds of varied inputs as
 * bench.php (random app ids, certificates, channels 1-64 bytes, uids empty,
 * numeric, short or 255 bytes), then times signing key + seal, and parse +
 * verify, in interleaved rounds. Built and run by bench/engine.sh.
 *
 *   engine [--rounds=N] [--n=N] [--json]
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agt.h"

#define NINPUTS 2000

typedef struct {
	agt_buf info;
	char cert[32];
	char *token;
	size_t token_len;
	uint32_t issue_ts, salt;
} input;

static uint64_t rng_state = 20261204;

static uint32_t rnd(void)
{
	/* xorshift64*: any varied data will do, it only has to differ from token to token. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 2685821657736338717ull) >> 32);
}

static void rnd_str(char *out, size_t n, const char *alphabet)
{
	size_t k = strlen(alphabet), i;

	for (i = 0; i < n; i++) {
		out[i] = alphabet[rnd() % k];
	}
}

static void put_privs(agt_buf *b, uint16_t count, uint32_t expire)
{
	uint16_t i;

	agt_buf_put_u16le(b, count);
	for (i = 1; i <= count; i++) {
		agt_buf_put_u16le(b, i);
		agt_buf_put_u32le(b, expire);
	}
}

/* Signing info as AccessToken2::build() packs it: RTC with 4 privileges, then optionally RTM and Chat. */
static void make_input(input *in, int multi)
{
	static const char hex[] = "0123456789abcdef";
	static const char text[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()+-:;<=.>?@[]^_{|}~, ";
	char app_id[32], channel[64], uid[255], user[64];
	size_t channel_len = 1 + rnd() % 64, uid_len, user_len = 1 + rnd() % 64;
	uint32_t expire = 60 + rnd() % (86400 * 2);

	rnd_str(app_id, 32, hex);
	rnd_str(in->cert, 32, hex);
	rnd_str(channel, channel_len, text);
	rnd_str(user, user_len, text);
	switch (rnd() % 4) {
	case 0:
		uid_len = 0;
		break;
	case 1:
		uid_len = (size_t)snprintf(uid, sizeof(uid), "%u", rnd());
		break;
	case 2:
		uid_len = 1 + rnd() % 32;
		rnd_str(uid, uid_len, text);
		break;
	default:
		uid_len = 255;
		rnd_str(uid, uid_len, text);
		break;
	}
	in->issue_ts = 1000000000u + rnd() % 1000000000u;
	in->salt = 1 + rnd() % 99999999u;

	agt_buf_init(&in->info);
	agt_buf_put_str(&in->info, app_id, 32);
	agt_buf_put_u32le(&in->info, in->issue_ts);
	agt_buf_put_u32le(&in->info, expire);
	agt_buf_put_u32le(&in->info, in->salt);
	agt_buf_put_u16le(&in->info, multi ? 3 : 1);
	agt_buf_put_u16le(&in->info, 1);
	put_privs(&in->info, 4, expire);
	agt_buf_put_str(&in->info, channel, channel_len);
	agt_buf_put_str(&in->info, uid, uid_len);
	if (multi) {
		agt_buf_put_u16le(&in->info, 2);
		put_privs(&in->info, 1, expire);
		agt_buf_put_str(&in->info, user, user_len);
		agt_buf_put_u16le(&in->info, 5);
		put_privs(&in->info, 1, expire);
		agt_buf_put_str(&in->info, user, user_len);
	}
}

static double now_ns(void)
{
	struct timespec ts;

	/* CPU time, like bench.php: on a shared machine wall time counts other processes too. */
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int build_one(agt_deflater *d, input *in, agt_buf *out)
{
	uint8_t key[AGT_SHA256_LEN];

	out->len = 0;
	return agt_token007_signing_key(in->cert, 32, in->issue_ts, in->salt, key) == AGT_OK
		&& agt_token007_seal(d, in->info.data, in->info.len, key, sizeof(key), out) == AGT_OK;
}

static int parse_verify_one(input *in)
{
	uint8_t key[AGT_SHA256_LEN], mac[AGT_SHA256_LEN];
	agt_token007 t;
	int ok;

	agt_token007_init(&t);
	ok = agt_token007_parse(&t, in->token, in->token_len, AGT_TYPES_ALL) == AGT_OK
		&& agt_token007_signing_key(in->cert, 32, t.issue_ts, t.salt, key) == AGT_OK
		&& agt_hmac_sha256(key, sizeof(key), t.signing_info.p, t.signing_info.n, mac) == AGT_OK
		&& t.signature.n == AGT_SHA256_LEN && agt_equal_ct(mac, t.signature.p, AGT_SHA256_LEN);
	agt_token007_free(&t);
	return ok;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	static input rtc[NINPUTS], multi[NINPUTS];
	static const char *names[3] = { "rtc", "multi", "parse_verify" };
	int rounds = 15, n = 50000, json = 0, r, w, i;
	agt_deflater *d = agt_deflater_new();
	double *times[3];
	agt_buf out;

	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "--rounds=", 9) == 0) {
			rounds = atoi(argv[i] + 9);
		} else if (strncmp(argv[i], "--n=", 4) == 0) {
			n = atoi(argv[i] + 4);
		} else if (strcmp(argv[i], "--json") == 0) {
			json = 1;
		}
	}
	if (!d || rounds < 1 || n < 1) {
		return 2;
	}
	agt_buf_init(&out);
	for (i = 0; i < NINPUTS; i++) {
		make_input(&rtc[i], 0);
		make_input(&multi[i], 1);
		if (!build_one(d, &rtc[i], &out)) {
			return 1;
		}
		rtc[i].token = malloc(out.len);
		memcpy(rtc[i].token, out.data, out.len);
		rtc[i].token_len = out.len;
		if (!parse_verify_one(&rtc[i])) {
			fprintf(stderr, "engine: a token does not verify\n");
			return 1;
		}
	}
	for (w = 0; w < 3; w++) {
		times[w] = calloc((size_t)rounds, sizeof(double));
	}

	for (r = 0; r < rounds; r++) {
		for (w = 0; w < 3; w++) {
			double t0 = now_ns();

			for (i = 0; i < n; i++) {
				int ok = w == 0 ? build_one(d, &rtc[i % NINPUTS], &out)
					: w == 1 ? build_one(d, &multi[i % NINPUTS], &out) : parse_verify_one(&rtc[i % NINPUTS]);

				if (!ok) {
					return 1;
				}
			}
			times[w][r] = (now_ns() - t0) / n / 1000.0;
		}
	}

	if (json) {
		printf("{\"rounds\": %d, \"n\": %d, \"workloads\": {", rounds, n);
	}
	for (w = 0; w < 3; w++) {
		qsort(times[w], (size_t)rounds, sizeof(double), cmp_double);
		if (json) {
			printf("%s\"%s\": {\"median\": %.4f, \"min\": %.4f, \"max\": %.4f}", w ? ", " : "", names[w],
				times[w][rounds / 2], times[w][0], times[w][rounds - 1]);
		} else {
			printf("%-13s %8.3f us per token [%.3f-%.3f], %d rounds x %d\n", names[w], times[w][rounds / 2],
				times[w][0], times[w][rounds - 1], rounds, n);
		}
	}
	if (json) {
		printf("}}\n");
	}
	agt_buf_free(&out);
	agt_deflater_free(d);
	return 0;
}
