/* AccessToken2: build, sign, parse and verify token 007, as the official class does (2026 version). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/date/php_date.h"
#include "ext/random/php_random.h"
#include "Zend/zend_exceptions.h"
#include "Zend/zend_sort.h"
#include "Zend/zend_interfaces.h"
#include "agora_token_int.h"

#define AT_ARGS_START(min) ZEND_PARSE_PARAMETERS_START(min, -1)

ZEND_METHOD(Service, getServiceType);
ZEND_METHOD(AccessToken2, getSign);
ZEND_METHOD(AccessToken2, addService);

/* Does a method call on this object run our own implementation? Subclasses hold
 * copies of inherited internal functions, so the handler is what identifies it. */
static bool runs_ours(zend_object *obj, zend_string *lc_name, zif_handler ours)
{
	zend_function *f = zend_hash_find_ptr(&obj->ce->function_table, lc_name);

	return f && f->type == ZEND_INTERNAL_FUNCTION && f->internal_function.handler == ours;
}

ZEND_METHOD(AccessToken2, __construct)
{
	zval *app_id = NULL, *app_cert = NULL, *expire = NULL, empty, def_expire;
	zend_object *obj = Z_OBJ_P(ZEND_THIS);

	AT_ARGS_START(0)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(app_cert)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_STRING(&empty);
	ZVAL_LONG(&def_expire, 900);
	at_prop_set(obj, at_slot.tok_app_id, app_id ? app_id : &empty);
	at_prop_set(obj, at_slot.tok_app_cert, app_cert ? app_cert : &empty);
	at_prop_set(obj, at_slot.tok_expire, expire ? expire : &def_expire);
	at_prop_set_long(obj, at_slot.tok_issue_ts, (zend_long)php_time());
	/* Exactly the draw rand(1, 99999999) makes, so code that seeds mt_srand() gets the same salts. */
	at_prop_set_long(obj, at_slot.tok_salt, php_mt_rand_common(1, 99999999));
}

static bool service_type(zval *service, zval *out);

/*
 * `$this->services[] = $service` (key NULL) or `$this->services[$key] = $service`:
 * into the array, or through the ArrayAccess of an object such as an ArrayObject.
 */
static bool services_write(zend_object *obj, zval *key, zval *service)
{
	zval *slot = at_prop(obj, at_slot.tok_services);
	zend_string *s;
	zend_ulong h;
	HashTable *ht;

	ZVAL_DEREF(service);
	if (Z_TYPE_P(slot) == IS_OBJECT) {
		zend_object *o = Z_OBJ_P(slot);

		GC_ADDREF(o);
		o->handlers->write_dimension(o, key, service);
		OBJ_RELEASE(o);
		return !EG(exception);
	}
	ht = at_prop_array_for_write(obj, at_slot.tok_services, "AccessToken2::$services");
	if (!ht) {
		return false;
	}
	if (key) {
		if (!at_array_key(key, &h, &s)) {
			return false;
		}
		at_array_set(ht, h, s, service);
		return true;
	}
	Z_TRY_ADDREF_P(service);
	if (!zend_hash_next_index_insert(ht, service)) {
		zval_ptr_dtor(service);
		zend_throw_error(NULL, "Cannot add element to the array as the next element is already occupied");
		return false;
	}
	return true;
}

/* Until 2026 the official classes kept services keyed by type: a later service
 * of the same type replaces the earlier one, in the earlier one's place. */
static bool add_keyed_by_type(zend_object *obj, zval *service)
{
	zval type;
	bool ok;

	if (!service_type(service, &type)) {
		return false;
	}
	ok = services_write(obj, &type, service);
	zval_ptr_dtor(&type);
	return ok;
}

ZEND_METHOD(AccessToken2, addService)
{
	zval *service;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(service)
	ZEND_PARSE_PARAMETERS_END();

	if (!(AT_G(compat) != 2026 ? add_keyed_by_type(Z_OBJ_P(ZEND_THIS), service)
			: services_write(Z_OBJ_P(ZEND_THIS), NULL, service))) {
		RETURN_THROWS();
	}
}

/* $service->getServiceType(), read straight from the property unless a subclass overrides it. */
static bool service_type(zval *service, zval *out)
{
	zend_object *obj;

	ZVAL_DEREF(service);
	if (Z_TYPE_P(service) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function getServiceType() on %s", zend_zval_type_name(service));
		return false;
	}
	obj = Z_OBJ_P(service);
	if (runs_ours(obj, at_str_getservicetype, ZEND_MN(Service_getServiceType))) {
		ZVAL_COPY(out, at_prop(obj, at_slot.svc_type));
		return true;
	}
	/* The override may drop the last other reference to its own object. */
	GC_ADDREF(obj);
	if (zend_call_method_if_exists(obj, at_str_getservicetype, out, 0, NULL) == FAILURE) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Call to undefined method %s::getServiceType()", ZSTR_VAL(obj->ce->name));
		}
		OBJ_RELEASE(obj);
		return false;
	}
	OBJ_RELEASE(obj);
	if (EG(exception)) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return false;
	}
	return true;
}

static HashTable *services_array(zend_object *obj)
{
	zval *services = at_prop(obj, at_slot.tok_services);

	if (Z_TYPE_P(services) != IS_ARRAY) {
		zend_type_error("AccessToken2::$services must be of type array, %s given", zend_zval_type_name(services));
		return NULL;
	}
	return Z_ARRVAL_P(services);
}

ZEND_METHOD(AccessToken2, getServices)
{
	zval *wanted, *service, type;
	HashTable *ht;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(wanted)
	ZEND_PARSE_PARAMETERS_END();

	ht = services_array(Z_OBJ_P(ZEND_THIS));
	if (!ht) {
		RETURN_THROWS();
	}
	/* Userland getServiceType() may replace $services: walk the array we hold. */
	GC_TRY_ADDREF(ht);
	array_init(return_value);
	ZEND_HASH_FOREACH_VAL(ht, service) {
		if (!service_type(service, &type)) {
			zend_array_release(ht);
			zval_ptr_dtor(return_value);
			ZVAL_NULL(return_value);
			RETURN_THROWS();
		}
		/* Loose ==, as the official filter compares. */
		if (zend_compare(&type, wanted) == 0) {
			ZVAL_DEREF(service);
			Z_TRY_ADDREF_P(service);
			zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), service);
		}
		zval_ptr_dtor(&type);
	} ZEND_HASH_FOREACH_END();
	zend_array_release(ht);
}

/* k1 = HMAC(u32(issueTs), certificate); signing key = HMAC(u32(salt), k1). */
static bool signing_key(zend_object *obj, zval *cert, uint8_t key[AGT_SHA256_LEN])
{
	zend_string *c = at_string_param(cert, "AccessToken2::getSign(): the certificate");
	agt_status st;

	if (!c) {
		return false;
	}
	st = agt_token007_signing_key(ZSTR_VAL(c), ZSTR_LEN(c), at_u32(at_prop(obj, at_slot.tok_issue_ts)),
		at_u32(at_prop(obj, at_slot.tok_salt)), key);
	at_string_release_secret(c);
	if (st != AGT_OK) {
		zend_throw_error(NULL, "AccessToken2: %s", agt_status_str(st));
		return false;
	}
	return true;
}

ZEND_METHOD(AccessToken2, getSign)
{
	zval *cert = NULL;
	uint8_t key[AGT_SHA256_LEN];
	zend_object *obj = Z_OBJ_P(ZEND_THIS);

	AT_ARGS_START(0)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(cert)
	ZEND_PARSE_PARAMETERS_END();

	if (cert) {
		ZVAL_DEREF(cert);
	}
	if (!cert || Z_TYPE_P(cert) == IS_NULL) {
		cert = at_prop(obj, at_slot.tok_app_cert);
	}
	if (!signing_key(obj, cert, key)) {
		RETURN_THROWS();
	}
	RETVAL_STRINGL((const char *)key, AGT_SHA256_LEN);
	agt_wipe(key, sizeof(key));
}

/* $this->getSign($cert): ours natively, a subclass's override through a call. */
static zend_string *call_get_sign(zend_object *obj, zval *cert)
{
	uint8_t key[AGT_SHA256_LEN];
	zend_string *s;
	zval rv;

	if (runs_ours(obj, at_str_getsign, ZEND_MN(AccessToken2_getSign))) {
		if (!cert) {
			cert = at_prop(obj, at_slot.tok_app_cert);
		}
		if (!signing_key(obj, cert, key)) {
			return NULL;
		}
		s = zend_string_init((const char *)key, AGT_SHA256_LEN, 0);
		agt_wipe(key, sizeof(key));
		return s;
	}
	if (zend_call_method_if_exists(obj, at_str_getsign, &rv, cert ? 1 : 0, cert) == FAILURE || EG(exception)) {
		zval_ptr_dtor(&rv);
		return NULL;
	}
	s = at_string_param(&rv, "AccessToken2::getSign() result");
	zval_ptr_dtor(&rv);
	return s;
}

typedef struct {
	zval key;	/* the service's key in $services: ties compare by `$left - $right` of these */
	zval *service;
	uint32_t pos;	/* its place in $services: usort() is stable */
} sort_entry;

/*
 * The official usort() callback, called as often and in the same order as
 * usort() calls it (zend_sort over the same count): getServiceType() of both,
 * == then <, ties by `$left["index"] - $right["index"]` read as an int; a 0
 * falls back to the original order, as PHP's stable sort does. Once something
 * has thrown, PHP calls no more callbacks and each comparison is 0.
 */
static int compare_entries(const void *a, const void *b)
{
	const sort_entry *l = (const sort_entry *)a, *r = (const sort_entry *)b;
	zval lt, rt, diff;
	int c = 0;

	if (!EG(exception) && service_type(l->service, &lt)) {
		if (service_type(r->service, &rt)) {
			if (zend_compare(&lt, &rt) != 0) {
				c = zend_compare(&lt, &rt) < 0 ? -1 : 1;
			} else if (sub_function(&diff, (zval *)&l->key, (zval *)&r->key) == SUCCESS && !EG(exception)) {
				c = ZEND_NORMALIZE_BOOL(zval_get_long(&diff));
				zval_ptr_dtor(&diff);
			}
			zval_ptr_dtor(&rt);
		}
		zval_ptr_dtor(&lt);
	}
	if (c == 0 || EG(exception)) {
		c = l->pos < r->pos ? -1 : (l->pos > r->pos ? 1 : 0);
	}
	return c;
}

static void swap_entries(void *a, void *b)
{
	sort_entry t;

	memcpy(&t, a, sizeof(t));
	memcpy(a, b, sizeof(t));
	memcpy(b, &t, sizeof(t));
}

static void free_entries(sort_entry *entries, uint32_t n)
{
	while (n > 0) {
		n--;
		zval_ptr_dtor(&entries[n].key);
	}
	efree(entries);
}

/*
 * The services in the order the 2026 build() packs them (its private
 * servicesForPacking()): a stable usort() by getServiceType(). Returns NULL
 * with an exception thrown, or an array of *n entries to free with free_entries().
 */
static sort_entry *services_for_packing(HashTable *ht, uint32_t *n)
{
	sort_entry *entries;
	zend_string *skey;
	zend_ulong h;
	zval *service;
	uint32_t i = 0;

	*n = zend_hash_num_elements(ht);
	entries = safe_emalloc(*n ? *n : 1, sizeof(*entries), 0);
	ZEND_HASH_FOREACH_KEY_VAL(ht, h, skey, service) {
		entries[i].service = service;
		entries[i].pos = i;
		if (skey) {
			ZVAL_STR_COPY(&entries[i].key, skey);
		} else {
			ZVAL_LONG(&entries[i].key, (zend_long)h);
		}
		i++;
	} ZEND_HASH_FOREACH_END();

	/* usort() calls no callback for fewer than two elements. */
	if (*n > 1) {
		zend_sort(entries, *n, sizeof(*entries), compare_entries, swap_entries);
		if (EG(exception)) {
			free_entries(entries, *n);
			return NULL;
		}
	}
	return entries;
}

static bool pack_service(agt_buf *b, zval *service)
{
	ZVAL_DEREF(service);
	if (Z_TYPE_P(service) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function pack() on %s", zend_zval_type_name(service));
		return false;
	}
	return at_service_pack_into(b, Z_OBJ_P(service));
}

/* Packs the services in the order the 2026 build() uses; returns false with an exception. */
static bool pack_services(agt_buf *b, HashTable *ht)
{
	sort_entry *entries;
	uint32_t n, i;
	bool ok = true;

	entries = services_for_packing(ht, &n);
	if (!entries) {
		return false;
	}
	for (i = 0; i < n && ok; i++) {
		ok = pack_service(b, entries[i].service);
	}
	free_entries(entries, n);
	return ok;
}

ZEND_METHOD(AccessToken2, servicesForPacking)
{
	sort_entry *entries;
	HashTable *ht;
	uint32_t n, i;

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	ht = services_array(Z_OBJ_P(ZEND_THIS));
	if (!ht) {
		RETURN_THROWS();
	}
	/* Userland getServiceType() may change $services; keep the array we walk alive. */
	GC_TRY_ADDREF(ht);
	entries = services_for_packing(ht, &n);
	if (!entries) {
		zend_array_release(ht);
		RETURN_THROWS();
	}
	array_init_size(return_value, n);
	for (i = 0; i < n; i++) {
		zval *service = entries[i].service;

		ZVAL_DEREF(service);
		Z_TRY_ADDREF_P(service);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), service);
	}
	free_entries(entries, n);
	zend_array_release(ht);
}

/*
 * $services set to an object: the official build() counts it with count() and
 * walks it with foreach, so a Countable, Traversable object (an ArrayObject)
 * works. Its elements are taken as iterator_to_array() would take them.
 */
static bool services_from_object(zval *services, zval *out, zend_long *count)
{
	zend_object *obj = Z_OBJ_P(services);
	zval rv, fn, args[2];
	bool ok;

	if ((count && !instanceof_function(obj->ce, zend_ce_countable))
		|| !instanceof_function(obj->ce, zend_ce_traversable)) {
		zend_type_error("AccessToken2::$services must be an array or a Countable, Traversable object, %s given",
			ZSTR_VAL(obj->ce->name));
		return false;
	}
	if (count) {
		zend_call_method_with_0_params(obj, obj->ce, NULL, "count", &rv);
		if (EG(exception)) {
			return false;
		}
		*count = zval_get_long(&rv);
		zval_ptr_dtor(&rv);
	}

	ZVAL_STRINGL(&fn, "iterator_to_array", sizeof("iterator_to_array") - 1);
	ZVAL_COPY_VALUE(&args[0], services);
	ZVAL_TRUE(&args[1]);
	ok = call_user_function(NULL, NULL, &fn, out, 2, args) == SUCCESS && !EG(exception)
		&& Z_TYPE_P(out) == IS_ARRAY;
	zval_ptr_dtor(&fn);
	if (!ok) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
	return ok;
}

/* Before 2026 build() packed the services in the array's order, calling no getServiceType(). */
static bool pack_in_array_order(agt_buf *b, HashTable *ht)
{
	zval *service;

	ZEND_HASH_FOREACH_VAL(ht, service) {
		if (!pack_service(b, service)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* "007" base64(body), written straight into the returned string: the body is
 * compressed into stack memory and base64-encoded once, with no copy in between. */
static agt_status seal_to_zstr(agt_deflater *d, agt_buf *info, zend_string *key, zend_string **token)
{
	uint8_t stack[2048], *body = stack;
	size_t cap = agt_token007_body_max(info->len), len = 0;
	agt_status st;

	if (cap > sizeof(stack)) {
		body = emalloc(cap);
	}
	st = agt_token007_compress(d, info->data, info->len, (const uint8_t *)ZSTR_VAL(key), ZSTR_LEN(key), body, cap,
		&len);
	if (st == AGT_OK) {
		*token = zend_string_alloc(3 + agt_base64_encoded_len(len), 0);
		memcpy(ZSTR_VAL(*token), AGT_TOKEN007_PREFIX, 3);
		agt_base64_encode(body, len, ZSTR_VAL(*token) + 3);
		ZSTR_VAL(*token)[ZSTR_LEN(*token)] = '\0';
	}
	if (body != stack) {
		efree(body);
	}
	return st;
}

/*
 * count($this->services), which the 2026 build() checks before getSign() (and
 * strict mode in every mode): an array, or a Countable object such as an
 * ArrayObject. Returns false with an exception thrown.
 */
static bool count_services(zend_object *obj, zend_long compat, zend_long *declared)
{
	zval *services = at_prop(obj, at_slot.tok_services), rv;
	zend_object *o;

	if (Z_TYPE_P(services) == IS_ARRAY) {
		*declared = zend_hash_num_elements(Z_ARRVAL_P(services));
		return true;
	}
	if (Z_TYPE_P(services) != IS_OBJECT || compat == 2023) {
		zend_type_error("AccessToken2::$services must be of type array, %s given", zend_zval_type_name(services));
		return false;
	}
	o = Z_OBJ_P(services);
	if (!instanceof_function(o->ce, zend_ce_countable)) {
		zend_type_error("AccessToken2::$services must be an array or a Countable, Traversable object, %s given",
			ZSTR_VAL(o->ce->name));
		return false;
	}
	GC_ADDREF(o);
	zend_call_method_with_0_params(o, o->ce, NULL, "count", &rv);
	OBJ_RELEASE(o);
	if (EG(exception)) {
		return false;
	}
	*declared = zval_get_long(&rv);
	zval_ptr_dtor(&rv);
	return !EG(exception);
}

/*
 * $this->services as build() packs it, read after getSign() as the official
 * build() reads it: an array, or a Traversable object (an ArrayObject) taken
 * into *snapshot as iterator_to_array() takes it; before 2026 also counted,
 * into *declared. Returns NULL with an exception thrown.
 */
static zval *build_services(zend_object *obj, zend_long compat, zval *snapshot, zend_long *declared)
{
	zval *services = at_prop(obj, at_slot.tok_services);

	if (Z_TYPE_P(services) == IS_OBJECT && compat != 2023) {
		/* The 2026 build() only walks it here (foreach); before, it counts it too. */
		if (!services_from_object(services, snapshot, compat == 2026 ? NULL : declared)) {
			return NULL;
		}
		return snapshot;
	}
	if (compat == 2026 && Z_TYPE_P(services) != IS_ARRAY) {
		/* foreach over anything else warns and walks nothing: a token with no service. */
		zend_error(E_WARNING, "foreach() argument must be of type array|object, %s given",
			zend_zval_type_name(services));
		ZVAL_EMPTY_ARRAY(snapshot);
		return EG(exception) ? NULL : snapshot;
	}
	if (Z_TYPE_P(services) != IS_ARRAY) {
		zend_type_error("AccessToken2::$services must be of type array, %s given", zend_zval_type_name(services));
		return NULL;
	}
	*declared = zend_hash_num_elements(Z_ARRVAL_P(services));
	return services;
}

ZEND_METHOD(AccessToken2, build)
{
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *app_id, *services, snapshot;
	zend_long declared, compat = AT_G(compat);
	zend_string *key;
	zend_string *token = NULL;
	int valid;
	agt_buf info;
	agt_status st;
	HashTable *ht;

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_UNDEF(&snapshot);
	app_id = at_prop(obj, at_slot.tok_app_id);
	valid = at_is_uuid(app_id);
	if (valid == 1) {
		valid = at_is_uuid(at_prop(obj, at_slot.tok_app_cert));
	}
	if (valid < 0) {
		RETURN_THROWS();
	}
	if (!valid) {
		if (AT_G(strict)) {
			/* One of the two throws; the certificate's message shows none of it. */
			at_check_uuid(app_id, "AccessToken2::build(): $appId", false)
				&& at_check_uuid(at_prop(obj, at_slot.tok_app_cert), "AccessToken2::build(): $appCert", true);
			RETURN_THROWS();
		}
		RETURN_EMPTY_STRING();
	}
	if ((compat == 2026 || AT_G(strict)) && !count_services(obj, compat, &declared)) {
		RETURN_THROWS();
	}
	if ((compat == 2026 || AT_G(strict)) && declared == 0) {
		if (AT_G(strict)) {
			at_strict_error("AccessToken2::build(): the token has no service; call addService() first");
			RETURN_THROWS();
		}
		/* Before 2026 the official build() made a token with no service; since then it returns "". */
		RETURN_EMPTY_STRING();
	}

	/* The official build() derives the key before it reads anything else. */
	key = call_get_sign(obj, NULL);
	if (!key) {
		RETURN_THROWS();
	}
	/* ... and reads $services and $appId after it. getSign() may have changed them: an
	 * override, or the error handler that converting $issueTs or $salt warned to. */
	services = build_services(obj, compat, &snapshot, &declared);
	if (!services) {
		at_string_release_secret(key);
		RETURN_THROWS();
	}

	if (compat == 2023) {
		/* The 2023-2025 build() ran ksort($this->services): the property itself ends up sorted. */
		SEPARATE_ARRAY(services);
		at_ksort(Z_ARRVAL_P(services));
	}

	/* Keep the array alive while userland pack() methods run. */
	ht = Z_ARRVAL_P(services);
	GC_TRY_ADDREF(ht);
	agt_buf_init(&info);
	if (!at_put_string(&info, at_prop(obj, at_slot.tok_app_id), "AccessToken2::$appId")
		|| !at_put_u32(&info, at_prop(obj, at_slot.tok_issue_ts), "AccessToken2::$issueTs")
		|| !at_put_u32(&info, at_prop(obj, at_slot.tok_expire), "AccessToken2::$expire")
		|| !at_put_u32(&info, at_prop(obj, at_slot.tok_salt), "AccessToken2::$salt")
		|| (AT_G(strict) && zend_hash_num_elements(ht) > UINT16_MAX
			&& (at_strict_error("AccessToken2::build(): %u services do not fit the 16-bit count",
				zend_hash_num_elements(ht)), true))) {
		zend_array_release(ht);
		zval_ptr_dtor(&snapshot);
		at_string_release_secret(key);
		agt_buf_free(&info);
		RETURN_THROWS();
	}
	/* 2026 counts the list it packs; before, count($this->services), which a Countable may answer itself. */
	agt_buf_put_u16le(&info, (compat == 2026 ? zend_hash_num_elements(ht) : (uint32_t)declared) & 0xFFFF);
	if (!(compat == 2026 ? pack_services(&info, ht) : pack_in_array_order(&info, ht))) {
		zend_array_release(ht);
		zval_ptr_dtor(&snapshot);
		at_string_release_secret(key);
		agt_buf_free(&info);
		RETURN_THROWS();
	}
	zend_array_release(ht);
	zval_ptr_dtor(&snapshot);

	st = agt_buf_failed(&info) ? AGT_ENOMEM : AGT_OK;
	if (st == AGT_OK) {
		agt_deflater *d = at_deflater();

		st = d ? seal_to_zstr(d, &info, key, &token) : AGT_ENOMEM;
	}
	/* The key is a secret: wipe it before it goes back to the allocator, unless
	 * a userland getSign() still holds it (or returned an interned literal). */
	at_string_release_secret(key);
	agt_buf_free(&info);
	if (st != AGT_OK) {
		zend_throw_error(NULL, "AccessToken2::build(): %s", agt_status_str(st));
		RETURN_THROWS();
	}
	RETURN_NEW_STR(token);
}

ZEND_METHOD(AccessToken2, getVersion)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STRINGL(AGT_TOKEN007_PREFIX, 3);
}

ZEND_METHOD(AccessToken2, isUUid)
{
	zval *str;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(str)
	ZEND_PARSE_PARAMETERS_END();

	switch (at_is_uuid(str)) {
	case 1:
		RETURN_TRUE;
	case 0:
		RETURN_FALSE;
	default:
		RETURN_THROWS();
	}
}

static void reset_parsed_state(zend_object *obj)
{
	at_prop_set_bool(obj, at_slot.tok_parsed, false);
	at_prop_set_stringl(obj, at_slot.tok_app_id, "", 0);
	at_prop_set_long(obj, at_slot.tok_issue_ts, 0);
	at_prop_set_long(obj, at_slot.tok_expire, 0);
	at_prop_set_long(obj, at_slot.tok_salt, 0);
	at_prop_set_empty_array(obj, at_slot.tok_services);
	at_prop_set_stringl(obj, at_slot.tok_signature, "", 0);
	at_prop_set_stringl(obj, at_slot.tok_signing_info, "", 0);
}

static bool add_parsed_service(zend_object *obj, zend_object *svc)
{
	zval zv, rv;
	bool ok;

	ZVAL_OBJ(&zv, svc);
	if (!runs_ours(obj, at_str_addservice, ZEND_MN(AccessToken2_addService))) {
		/* parse() calls $this->addService(), so an override sees every parsed service. */
		zend_call_method_if_exists(obj, at_str_addservice, &rv, 1, &zv);
		zval_ptr_dtor(&rv);
		zval_ptr_dtor(&zv);
		return !EG(exception);
	}
	ok = services_write(obj, NULL, &zv);
	zval_ptr_dtor(&zv);
	return ok;
}

/* Strict mode: why the token is malformed, precisely and without echoing it. */
static void throw_parse_error(agt_status st, const agt_token007 *t)
{
	switch (st) {
	case AGT_EPREFIX:
		at_strict_error("AccessToken2::parse(): the token does not start with \"007\"");
		break;
	case AGT_EBASE64:
		at_strict_error("AccessToken2::parse(): the text after \"007\" is not valid base64");
		break;
	case AGT_EINFLATE:
		at_strict_error("AccessToken2::parse(): the decoded body is not a complete zlib, gzip or raw deflate stream");
		break;
	case AGT_ETOOBIG:
		at_strict_error("AccessToken2::parse(): the content inflates to more than %zu bytes", AGT_MAX_CONTENT);
		break;
	case AGT_ETRUNCATED:
		at_strict_error("AccessToken2::parse(): truncated: %zu byte%s left where the %zu-byte %s field starts at offset %zu",
			t->content.len - t->err_offset, t->content.len - t->err_offset == 1 ? "" : "s", t->err_need, t->err_field,
			t->err_offset);
		break;
	default:
		at_strict_error("AccessToken2::parse(): %s", agt_status_str(st));
		break;
	}
}

/* Service types each vintage of parse() knows: 1-8 since 2026, 1, 2, 4, 5 and 7 before. */
#define TYPES_BEFORE_2026 ((1u << 1) | (1u << 2) | (1u << 4) | (1u << 5) | (1u << 7))

/*
 * parse() as the 2022-2025 code did it: nothing is reset, services are stored by
 * type on top of what the object had, one object per type per call (a type seen
 * twice is unpacked twice into the same object), and an unknown type ends the
 * call with false after what came before it was stored.
 */
static bool store_services_keyed(zend_object *obj, const agt_token007 *t)
{
	zend_class_entry *type7 = AT_G(compat) == 2022 ? at_ce_ServiceEducation : at_ce_ServiceApaas;
	zend_object *made[9] = { NULL };
	zval zv, key;
	size_t i;

	for (i = 0; i < t->service_count; i++) {
		const agt_service *s = &t->services[i];

		if (made[s->type]) {
			at_service_fill_parsed(made[s->type], s);
		} else {
			made[s->type] = at_service_from_parsed(s, type7);
		}
		ZVAL_LONG(&key, s->type);
		ZVAL_OBJ(&zv, made[s->type]);
		if (!services_write(obj, &key, &zv)) {
			break;
		}
	}
	for (i = 0; i < 9; i++) {
		if (made[i]) {
			OBJ_RELEASE(made[i]);
		}
	}
	return !EG(exception);
}

ZEND_METHOD(AccessToken2, parse)
{
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	bool keyed = AT_G(compat) != 2026;
	zval *token;
	zend_string *str;
	agt_token007 t;
	agt_status st;
	size_t i;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(token)
	ZEND_PARSE_PARAMETERS_END();

	if (keyed) {
		/* The old code kept its state; only what verifySignature() relies on is cleared. */
		at_prop_set_bool(obj, at_slot.tok_parsed, false);
		at_prop_set_stringl(obj, at_slot.tok_signature, "", 0);
		at_prop_set_stringl(obj, at_slot.tok_signing_info, "", 0);
	} else {
		reset_parsed_state(obj);
	}
	ZVAL_DEREF(token);
	if (Z_TYPE_P(token) == IS_NULL) {
		if (AT_G(strict)) {
			at_strict_error("AccessToken2::parse(): the token must be a string, null given");
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	str = at_string_param(token, "AccessToken2::parse(): Argument #1 ($token)");
	if (!str) {
		RETURN_THROWS();
	}

	agt_token007_init(&t);
	st = agt_token007_parse(&t, ZSTR_VAL(str), ZSTR_LEN(str), keyed ? TYPES_BEFORE_2026 : AGT_TYPES_ALL);
	zend_string_release(str);
	if (st != AGT_OK) {
		if (st == AGT_ENOMEM) {
			zend_throw_error(NULL, "AccessToken2::parse(): out of memory");
		} else if (AT_G(strict)) {
			throw_parse_error(st, &t);
		}
		agt_token007_free(&t);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}

	at_prop_set_stringl(obj, at_slot.tok_signature, (const char *)t.signature.p, t.signature.n);
	at_prop_set_stringl(obj, at_slot.tok_signing_info, (const char *)t.signing_info.p, t.signing_info.n);
	at_prop_set_stringl(obj, at_slot.tok_app_id, (const char *)t.app_id.p, t.app_id.n);
	at_prop_set_long(obj, at_slot.tok_issue_ts, t.issue_ts);
	at_prop_set_long(obj, at_slot.tok_expire, t.expire);
	at_prop_set_long(obj, at_slot.tok_salt, t.salt);
	if (keyed) {
		if (!store_services_keyed(obj, &t)) {
			agt_token007_free(&t);
			RETURN_THROWS();
		}
	} else {
		for (i = 0; i < t.service_count; i++) {
			if (!add_parsed_service(obj, at_service_from_parsed(&t.services[i], at_ce_ServiceApaas))) {
				agt_token007_free(&t);
				RETURN_THROWS();
			}
		}
	}
	at_prop_set_bool(obj, at_slot.tok_parsed, true);
	/* Before 2026 an unknown service type made parse() return false (after a warning we do not repeat). */
	RETVAL_BOOL(!(keyed && t.stopped_at_unknown));
	agt_token007_free(&t);
}

ZEND_METHOD(AccessToken2, verifySignature)
{
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *cert, *sig, *info;
	uint8_t mac[AGT_SHA256_LEN];
	zend_string *key, *info_s;
	agt_status st;
	int valid;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(cert)
	ZEND_PARSE_PARAMETERS_END();

	sig = at_prop(obj, at_slot.tok_signature);
	info = at_prop(obj, at_slot.tok_signing_info);
	if (!zend_is_true(at_prop(obj, at_slot.tok_parsed)) || Z_TYPE_P(sig) != IS_STRING || Z_TYPE_P(info) != IS_STRING
		|| Z_STRLEN_P(sig) == 0 || Z_STRLEN_P(info) == 0) {
		RETURN_FALSE;
	}
	valid = at_is_uuid(at_prop(obj, at_slot.tok_app_id));
	if (valid == 1) {
		valid = at_is_uuid(cert);
	}
	if (valid < 0) {
		RETURN_THROWS();
	}
	if (!valid) {
		RETURN_FALSE;
	}

	ZVAL_DEREF(cert);
	key = call_get_sign(obj, cert);
	if (!key) {
		RETURN_THROWS();
	}
	/* As the official method, read both after getSign(), which a subclass may override. */
	info_s = zval_try_get_string(at_prop(obj, at_slot.tok_signing_info));
	if (!info_s) {
		at_string_release_secret(key);
		RETURN_THROWS();
	}
	st = agt_hmac_sha256(ZSTR_VAL(key), ZSTR_LEN(key), ZSTR_VAL(info_s), ZSTR_LEN(info_s), mac);
	at_string_release_secret(key);
	zend_string_release(info_s);
	if (st != AGT_OK) {
		zend_throw_error(NULL, "AccessToken2::verifySignature(): %s", agt_status_str(st));
		RETURN_THROWS();
	}
	sig = at_prop(obj, at_slot.tok_signature);
	if (Z_TYPE_P(sig) != IS_STRING) {
		agt_wipe(mac, sizeof(mac));
		zend_type_error("hash_equals(): Argument #1 ($known_string) must be of type string, %s given",
			zend_zval_type_name(sig));
		RETURN_THROWS();
	}
	/* hash_equals(): constant time over the expected length. */
	RETVAL_BOOL(Z_STRLEN_P(sig) == AGT_SHA256_LEN && agt_equal_ct(Z_STRVAL_P(sig), mac, AGT_SHA256_LEN));
	agt_wipe(mac, sizeof(mac));
}
