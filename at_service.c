/*
 * Service, its eight subclasses, Rtm2Permissions and Util: the same shape,
 * values and bytes as Agora's official pure-PHP classes.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_string.h"
#include "Zend/zend_exceptions.h"
#include "Zend/zend_interfaces.h"
#include "Zend/zend_builtin_functions.h"
#include "agora_token_int.h"

/* Official methods ignore extra arguments, as userland methods do. */
#define AT_ARGS_START(min) ZEND_PARSE_PARAMETERS_START(min, -1)

/* ------------------------------------------------------ consuming reads */

/* Util::unpack*(&$data) take bytes off the front of a string; a short string
 * gives null for the value and is consumed to its end, as substr() does. */
typedef struct {
	zend_string *s;
	size_t pos;
} at_cursor;

static bool cursor_open(at_cursor *c, zval *ref)
{
	zval *data = ref;

	ZVAL_DEREF(data);
	c->s = at_string_param(data, "$data");
	c->pos = 0;
	return c->s != NULL;
}

static void cursor_close(at_cursor *c, zval *ref)
{
	zend_string *rest;

	if (c->pos == 0) {
		rest = c->s;
	} else {
		rest = zend_string_init(ZSTR_VAL(c->s) + c->pos, ZSTR_LEN(c->s) - c->pos, 0);
		zend_string_release(c->s);
	}
	ZEND_TRY_ASSIGN_REF_STR(ref, rest);
}

static size_t cursor_left(const at_cursor *c)
{
	return ZSTR_LEN(c->s) - c->pos;
}

static const uint8_t *cursor_take(at_cursor *c, size_t n, size_t *got)
{
	const uint8_t *p = (const uint8_t *)ZSTR_VAL(c->s) + c->pos;

	*got = MIN(n, cursor_left(c));
	c->pos += *got;
	return p;
}

static void cursor_u16(at_cursor *c, zval *out)
{
	size_t got;
	const uint8_t *p = cursor_take(c, 2, &got);

	if (got < 2) {
		ZVAL_NULL(out);
	} else {
		ZVAL_LONG(out, agt_load_u16le(p));
	}
}

static void cursor_i16(at_cursor *c, zval *out)
{
	size_t got;
	const uint8_t *p = cursor_take(c, 2, &got);

	if (got < 2) {
		ZVAL_NULL(out);
	} else {
		ZVAL_LONG(out, (int16_t)agt_load_u16le(p));
	}
}

static void cursor_u32(at_cursor *c, zval *out)
{
	size_t got;
	const uint8_t *p = cursor_take(c, 4, &got);

	if (got < 4) {
		ZVAL_NULL(out);
	} else {
		ZVAL_LONG(out, (zend_long)agt_load_u32le(p));
	}
}

static void cursor_string(at_cursor *c, zval *out)
{
	const uint8_t *p;
	size_t got;
	zval len;

	cursor_u16(c, &len);
	p = cursor_take(c, Z_TYPE(len) == IS_LONG ? (size_t)Z_LVAL(len) : 0, &got);
	ZVAL_STRINGL_FAST(out, (const char *)p, got);
}

static void cursor_map_u32(at_cursor *c, zval *out)
{
	zend_ulong h;
	zend_string *s;
	zend_long i, n;
	zval len, key, val;

	cursor_u16(c, &len);
	n = Z_TYPE(len) == IS_LONG ? Z_LVAL(len) : 0;
	array_init(out);
	for (i = 0; i < n; i++) {
		/* `$arr[unpackUint16()] = unpackUint32()` reads the key first. */
		cursor_u16(c, &key);
		cursor_u32(c, &val);
		at_array_key(&key, &h, &s);
		at_array_set(Z_ARRVAL_P(out), h, s, &val);
	}
}

/* ------------------------------------------------------------- services */

/* Names used in messages, by service class. */
static const char *svc_field_name(zend_object *obj, const char *field)
{
	static char buf[128];

	snprintf(buf, sizeof(buf), "%s::$%s", ZSTR_VAL(obj->ce->name), field);
	return buf;
}

static bool pack_base(agt_buf *b, zend_object *obj)
{
	if (!at_put_u16(b, at_prop(obj, at_slot.svc_type), svc_field_name(obj, "type"))) {
		return false;
	}
	return at_put_map_u32(b, at_prop(obj, at_slot.svc_privileges), svc_field_name(obj, "privileges"));
}

static bool pack_str(agt_buf *b, zend_object *obj, uint32_t slot, const char *field)
{
	return at_put_string(b, at_prop(obj, slot), svc_field_name(obj, field));
}

/* RTM2 permissions: resource types and permission types in ksort(SORT_NUMERIC) order. */
static int key_compare_numeric(Bucket *f, Bucket *s)
{
	double d1, d2;
	int r;

	if (f->key == NULL && s->key == NULL) {
		r = (zend_long)f->h > (zend_long)s->h ? 1 : -1;
	} else {
		d1 = f->key ? zend_strtod(ZSTR_VAL(f->key), NULL) : (double)(zend_long)f->h;
		d2 = s->key ? zend_strtod(ZSTR_VAL(s->key), NULL) : (double)(zend_long)s->h;
		r = ZEND_THREEWAY_COMPARE(d1, d2);
	}
	if (r) {
		return r;
	}
	return Z_EXTRA(f->val) > Z_EXTRA(s->val) ? 1 : (Z_EXTRA(f->val) < Z_EXTRA(s->val) ? -1 : 0);
}

/* Strict mode: a count packed into a 16-bit field. */
static bool count_fits(uint32_t n, const char *what)
{
	if (UNEXPECTED(AT_G(strict)) && n > UINT16_MAX) {
		at_strict_error("%s: %u of them, but the count field holds at most 65535", what, n);
		return false;
	}
	return true;
}

/* Strict mode: an array key packed into a 16-bit field. */
static bool key_fits(zend_ulong h, zend_string *key, const char *what)
{
	zval kz;

	if (!UNEXPECTED(AT_G(strict))) {
		return true;
	}
	if (key) {
		ZVAL_STR(&kz, key);
	} else {
		ZVAL_LONG(&kz, (zend_long)h);
	}
	return at_check_range(&kz, 0, UINT16_MAX, what);
}

static HashTable *sorted_numeric(zval *arr, const char *what)
{
	HashTable *ht;

	ZVAL_DEREF(arr);
	if (Z_TYPE_P(arr) != IS_ARRAY) {
		zend_type_error("%s must be of type array, %s given", what, zend_zval_type_name(arr));
		return NULL;
	}
	ht = zend_array_dup(Z_ARRVAL_P(arr));
	zend_hash_sort(ht, key_compare_numeric, 0);
	return ht;
}

static bool pack_rtm2_permissions(agt_buf *b, zend_object *obj)
{
	zval *perms = at_prop(obj, at_slot.rtm2_permissions), *details, *map, *resources, *res, rv;
	zend_string *rkey, *pkey;
	zend_ulong rh, ph;
	HashTable *rt, *pt, *list;
	bool ok = true;

	if (Z_TYPE_P(perms) != IS_OBJECT) {
		zend_type_error("%s must be an Rtm2Permissions object, %s given", svc_field_name(obj, "permissions"),
			zend_zval_type_name(perms));
		return false;
	}
	ZVAL_UNDEF(&rv);
	details = zend_read_property(Z_OBJCE_P(perms), Z_OBJ_P(perms), "details", sizeof("details") - 1, 0, &rv);
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		return false;
	}
	rt = sorted_numeric(details, "Rtm2Permissions::$details");
	/* A __get() answer lives in rv; rt holds its own copy of the array. */
	zval_ptr_dtor(&rv);
	if (!rt) {
		return false;
	}
	ok = count_fits(zend_hash_num_elements(rt), "Rtm2Permissions resource types");
	if (ok) {
		agt_buf_put_u16le(b, zend_hash_num_elements(rt) & 0xFFFF);
	}
	ZEND_HASH_FOREACH_KEY_VAL(rt, rh, rkey, map) {
		if (!ok || !key_fits(rh, rkey, "Rtm2Permissions resource type")) {
			ok = false;
			break;
		}
		pt = sorted_numeric(map, "Rtm2Permissions::$details[resource type]");
		if (!pt) {
			ok = false;
			break;
		}
		if (!count_fits(zend_hash_num_elements(pt), "Rtm2Permissions permission types of one resource type")) {
			zend_array_destroy(pt);
			ok = false;
			break;
		}
		agt_buf_put_u16le(b, at_key_u16(rh, rkey));
		agt_buf_put_u16le(b, zend_hash_num_elements(pt) & 0xFFFF);
		ZEND_HASH_FOREACH_KEY_VAL(pt, ph, pkey, resources) {
			ZVAL_DEREF(resources);
			if (Z_TYPE_P(resources) != IS_ARRAY) {
				zend_type_error("Rtm2Permissions resources must be of type array, %s given",
					zend_zval_type_name(resources));
				ok = false;
				break;
			}
			if (!key_fits(ph, pkey, "Rtm2Permissions permission type")
				|| !count_fits(zend_hash_num_elements(Z_ARRVAL_P(resources)),
					"Rtm2Permissions resources of one permission type")) {
				ok = false;
				break;
			}
			agt_buf_put_u16le(b, at_key_u16(ph, pkey));
			agt_buf_put_u16le(b, zend_hash_num_elements(Z_ARRVAL_P(resources)) & 0xFFFF);
			/* Through a reference, the list is not ours: a __toString() may free it. */
			list = Z_ARRVAL_P(resources);
			GC_TRY_ADDREF(list);
			ZEND_HASH_FOREACH_VAL(list, res) {
				if (!at_put_string(b, res, "Rtm2Permissions resource")) {
					ok = false;
					break;
				}
			} ZEND_HASH_FOREACH_END();
			zend_array_release(list);
			if (!ok) {
				break;
			}
		} ZEND_HASH_FOREACH_END();
		zend_array_destroy(pt);
		if (!ok) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zend_array_destroy(rt);
	return ok;
}

/* The pack() of one of our classes, chosen by the class that declares it. */
static bool pack_by_scope(agt_buf *b, zend_object *obj, zend_class_entry *scope)
{
	if (!pack_base(b, obj)) {
		return false;
	}
	if (scope == at_ce_ServiceRtc) {
		return pack_str(b, obj, at_slot.rtc_channel, "channelName") && pack_str(b, obj, at_slot.rtc_uid, "uid");
	}
	if (scope == at_ce_ServiceRtm) {
		return pack_str(b, obj, at_slot.rtm_user, "userId");
	}
	if (scope == at_ce_ServiceStreaming) {
		return pack_str(b, obj, at_slot.str_channel, "channelName")
			&& pack_str(b, obj, at_slot.str_account, "account");
	}
	if (scope == at_ce_ServiceChat) {
		return pack_str(b, obj, at_slot.chat_user, "userId");
	}
	if (scope == at_ce_ServiceFCdn) {
		return pack_str(b, obj, at_slot.fcdn_channel, "channelName")
			&& pack_str(b, obj, at_slot.fcdn_account, "account");
	}
	if (scope == at_ce_ServiceApaas) {
		if (!pack_str(b, obj, at_slot.apaas_room, "roomUuid") || !pack_str(b, obj, at_slot.apaas_user, "userUuid")) {
			return false;
		}
		return at_put_i16(b, at_prop(obj, at_slot.apaas_role), svc_field_name(obj, "role"));
	}
	if (scope == at_ce_ServiceRtm2) {
		return pack_str(b, obj, at_slot.rtm2_user, "userId") && pack_rtm2_permissions(b, obj);
	}
	return true;	/* Service and ServiceFpa: type and privileges only */
}

ZEND_METHOD(Service, pack);
ZEND_METHOD(ServiceRtc, pack);
ZEND_METHOD(ServiceRtm, pack);
ZEND_METHOD(ServiceStreaming, pack);
ZEND_METHOD(ServiceFpa, pack);
ZEND_METHOD(ServiceChat, pack);
ZEND_METHOD(ServiceFCdn, pack);
ZEND_METHOD(ServiceApaas, pack);
ZEND_METHOD(ServiceRtm2, pack);

static zend_function *find_method(zend_object *obj, zend_string *lc_name)
{
	return zend_hash_find_ptr(&obj->ce->function_table, lc_name);
}

/* One of our pack() methods, possibly a subclass's copy of it: the scope names the declaring class. */
static bool is_our_pack(zend_function *f)
{
	zif_handler h;

	if (!f || f->type != ZEND_INTERNAL_FUNCTION) {
		return false;
	}
	h = f->internal_function.handler;
	return h == ZEND_MN(Service_pack) || h == ZEND_MN(ServiceRtc_pack) || h == ZEND_MN(ServiceRtm_pack)
		|| h == ZEND_MN(ServiceStreaming_pack) || h == ZEND_MN(ServiceFpa_pack) || h == ZEND_MN(ServiceChat_pack)
		|| h == ZEND_MN(ServiceFCdn_pack) || h == ZEND_MN(ServiceApaas_pack) || h == ZEND_MN(ServiceRtm2_pack);
}

static bool pack_into(agt_buf *b, zend_object *svc)
{
	zend_function *f = find_method(svc, at_str_pack);
	zval rv;
	zend_string *s;

	if (is_our_pack(f)) {
		return pack_by_scope(b, svc, f->common.scope);
	}
	/* A userland pack() is honoured, as the official build() calls it as a method. */
	if (zend_call_method_if_exists(svc, at_str_pack, &rv, 0, NULL) == FAILURE) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Call to undefined method %s::pack()", ZSTR_VAL(svc->ce->name));
		}
		return false;
	}
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		return false;
	}
	s = zval_try_get_string(&rv);
	zval_ptr_dtor(&rv);
	if (!s) {
		return false;
	}
	agt_buf_put(b, ZSTR_VAL(s), ZSTR_LEN(s));
	zend_string_release(s);
	return true;
}

bool at_service_pack_into(agt_buf *b, zend_object *svc)
{
	bool ok;

	/* Userland code (a pack() override, a __toString() of a field) may drop the
	 * last other reference to the service: hold one while it runs, as the
	 * official foreach holds its copy. */
	GC_ADDREF(svc);
	ok = pack_into(b, svc);
	OBJ_RELEASE(svc);
	return ok;
}

/* ---------------------------------------------------------- the methods */

static void init_service(zend_object *obj, zend_long type)
{
	at_prop_set_long(obj, at_slot.svc_type, type);
}

ZEND_METHOD(Service, __construct)
{
	zval *type;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(type)
	ZEND_PARSE_PARAMETERS_END();

	at_prop_set(Z_OBJ_P(ZEND_THIS), at_slot.svc_type, type);
}

/*
 * `$str[$offset] = $value` as PHP does it, for code that set $privileges to a
 * string: the official addPrivilege() then writes one byte into the string
 * (padding with spaces past its end) and only build() fails, in ksort().
 * PHP's warnings on the way are not repeated.
 */
static bool assign_string_offset(zval *slot, zval *offset, char byte)
{
	zend_string *str = Z_STR_P(slot), *out;
	zend_long off, len = (zend_long)ZSTR_LEN(str);

	ZVAL_DEREF(offset);
	switch (Z_TYPE_P(offset)) {
	case IS_LONG:
		off = Z_LVAL_P(offset);
		break;
	case IS_STRING:
		if (is_numeric_string_ex(Z_STRVAL_P(offset), Z_STRLEN_P(offset), &off, NULL, true, NULL, NULL) != IS_LONG) {
			zend_type_error("Cannot access offset of type %s on string", zend_get_type_by_const(IS_STRING));
			return false;
		}
		break;
	case IS_UNDEF:
	case IS_NULL:
	case IS_FALSE:
	case IS_TRUE:
	case IS_DOUBLE:
		off = zval_get_long(offset);
		break;
	default:
		zend_type_error("Cannot access offset of type %s on string", zend_zval_type_name(offset));
		return false;
	}
	if (off < -len) {
		return true;	/* PHP warns "Illegal string offset" and writes nothing */
	}
	if (off < 0) {
		off += len;
	}
	/* PHP extends the string to $offset + 1 bytes; a huge offset fails the
	 * allocation (memory limit, or "Possible integer overflow") as it does there. */
	out = off < len ? zend_string_alloc((size_t)len, 0) : zend_string_safe_alloc(1, (size_t)off, 1, 0);
	memcpy(ZSTR_VAL(out), ZSTR_VAL(str), (size_t)len);
	if (off >= len) {
		memset(ZSTR_VAL(out) + len, ' ', (size_t)(off - len));
	}
	ZSTR_VAL(out)[off] = byte;
	ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
	zval_ptr_dtor(slot);
	ZVAL_STR(slot, out);
	return true;
}

/* The byte `$str[$k] = $value` writes: the first of $value as a string. */
static bool string_offset_byte(zval *value, char *byte)
{
	zend_string *v = zval_try_get_string(value);

	if (!v) {
		return false;
	}
	if (ZSTR_LEN(v) == 0) {
		zend_string_release(v);
		zend_throw_error(NULL, "Cannot assign an empty string to a string offset");
		return false;
	}
	*byte = ZSTR_VAL(v)[0];
	zend_string_release(v);
	return true;
}

ZEND_METHOD(Service, addPrivilege)
{
	zval *privilege, *expire, *slot;
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zend_string *s;
	zend_ulong h;
	HashTable *ht;
	char byte;

	AT_ARGS_START(2)
		Z_PARAM_ZVAL(privilege)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	slot = OBJ_PROP(obj, at_slot.svc_privileges);
	ZVAL_DEREF(slot);
	if (Z_TYPE_P(slot) == IS_STRING) {
		/* The value's __toString() may change $privileges: convert it first, then look again. */
		if (!string_offset_byte(expire, &byte)) {
			RETURN_THROWS();
		}
		slot = OBJ_PROP(obj, at_slot.svc_privileges);
		ZVAL_DEREF(slot);
		if (Z_TYPE_P(slot) == IS_STRING) {
			if (!assign_string_offset(slot, privilege, byte)) {
				RETURN_THROWS();
			}
			return;
		}
	}
	ht = at_prop_array_for_write(obj, at_slot.svc_privileges, svc_field_name(obj, "privileges"));
	if (!ht || !at_array_key(privilege, &h, &s)) {
		RETURN_THROWS();
	}
	ZVAL_DEREF(expire);
	at_array_set(ht, h, s, expire);
}

ZEND_METHOD(Service, getServiceType)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_COPY(at_prop(Z_OBJ_P(ZEND_THIS), at_slot.svc_type));
}

/* Returns what was packed into b, or throws; frees b either way. */
static void return_buffer(zval *return_value, agt_buf *b, bool ok)
{
	if (ok && agt_buf_failed(b)) {
		zend_throw_error(NULL, "Out of memory");
		ok = false;
	}
	if (ok) {
		RETVAL_STR(at_buf_to_zstr(b));
	}
	agt_buf_free(b);
}

static void return_packed(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope)
{
	agt_buf b;

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	agt_buf_init(&b);
	return_buffer(return_value, &b, pack_by_scope(&b, Z_OBJ_P(ZEND_THIS), scope));
}

ZEND_METHOD(Service, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_Service);
}

static void unpack_base(at_cursor *c, zend_object *obj)
{
	zval map;

	cursor_map_u32(c, &map);
	at_prop_set(obj, at_slot.svc_privileges, &map);
	zval_ptr_dtor(&map);
}

static void unpack_str(at_cursor *c, zend_object *obj, uint32_t slot)
{
	zval s;

	cursor_string(c, &s);
	at_prop_set(obj, slot, &s);
	zval_ptr_dtor(&s);
}

static void unpack_rtm2_permissions(at_cursor *c, zend_object *obj);

static void unpack_by_scope(at_cursor *c, zend_object *obj, zend_class_entry *scope)
{
	unpack_base(c, obj);
	if (scope == at_ce_ServiceRtc) {
		unpack_str(c, obj, at_slot.rtc_channel);
		unpack_str(c, obj, at_slot.rtc_uid);
	} else if (scope == at_ce_ServiceRtm) {
		unpack_str(c, obj, at_slot.rtm_user);
	} else if (scope == at_ce_ServiceStreaming) {
		unpack_str(c, obj, at_slot.str_channel);
		unpack_str(c, obj, at_slot.str_account);
	} else if (scope == at_ce_ServiceChat) {
		unpack_str(c, obj, at_slot.chat_user);
	} else if (scope == at_ce_ServiceFCdn) {
		unpack_str(c, obj, at_slot.fcdn_channel);
		unpack_str(c, obj, at_slot.fcdn_account);
	} else if (scope == at_ce_ServiceApaas) {
		zval role;

		unpack_str(c, obj, at_slot.apaas_room);
		unpack_str(c, obj, at_slot.apaas_user);
		cursor_i16(c, &role);
		at_prop_set(obj, at_slot.apaas_role, &role);
	} else if (scope == at_ce_ServiceRtm2) {
		unpack_str(c, obj, at_slot.rtm2_user);
		unpack_rtm2_permissions(c, obj);
	}
}

static void unpack_method(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope)
{
	zval *data;
	at_cursor c;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	if (!cursor_open(&c, data)) {
		RETURN_THROWS();
	}
	unpack_by_scope(&c, Z_OBJ_P(ZEND_THIS), scope);
	cursor_close(&c, data);
}

ZEND_METHOD(Service, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_Service);
}

static void construct_two_strings(INTERNAL_FUNCTION_PARAMETERS, zend_long type, uint32_t s1, uint32_t s2,
	bool account)
{
	zval *a = NULL, *b = NULL, empty;

	AT_ARGS_START(0)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a)
		Z_PARAM_ZVAL(b)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_STRING(&empty);
	init_service(Z_OBJ_P(ZEND_THIS), type);
	at_prop_set(Z_OBJ_P(ZEND_THIS), s1, a ? a : &empty);
	if (!account || !b) {
		at_prop_set(Z_OBJ_P(ZEND_THIS), s2, b ? b : &empty);
		return;
	}

	/* Streaming and FCDN store `$account === 0 ? "" : (string)$account`. */
	ZVAL_DEREF(b);
	if (Z_TYPE_P(b) == IS_LONG && Z_LVAL_P(b) == 0) {
		at_prop_set(Z_OBJ_P(ZEND_THIS), s2, &empty);
	} else {
		zval str;
		zend_string *s = zval_try_get_string(b);

		if (!s) {
			RETURN_THROWS();
		}
		ZVAL_STR(&str, s);
		at_prop_set(Z_OBJ_P(ZEND_THIS), s2, &str);
		zval_ptr_dtor(&str);
	}
}

static void construct_one_string(INTERNAL_FUNCTION_PARAMETERS, zend_long type, uint32_t slot)
{
	zval *a = NULL, empty;

	AT_ARGS_START(0)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_STRING(&empty);
	init_service(Z_OBJ_P(ZEND_THIS), type);
	at_prop_set(Z_OBJ_P(ZEND_THIS), slot, a ? a : &empty);
}

ZEND_METHOD(ServiceRtc, __construct)
{
	construct_two_strings(INTERNAL_FUNCTION_PARAM_PASSTHRU, 1, at_slot.rtc_channel, at_slot.rtc_uid, false);
}

ZEND_METHOD(ServiceRtc, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceRtc);
}

ZEND_METHOD(ServiceRtc, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceRtc);
}

ZEND_METHOD(ServiceRtm, __construct)
{
	construct_one_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, 2, at_slot.rtm_user);
}

ZEND_METHOD(ServiceRtm, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceRtm);
}

ZEND_METHOD(ServiceRtm, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceRtm);
}

ZEND_METHOD(ServiceStreaming, __construct)
{
	construct_two_strings(INTERNAL_FUNCTION_PARAM_PASSTHRU, 3, at_slot.str_channel, at_slot.str_account, true);
}

ZEND_METHOD(ServiceStreaming, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceStreaming);
}

ZEND_METHOD(ServiceStreaming, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceStreaming);
}

ZEND_METHOD(ServiceFpa, __construct)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	init_service(Z_OBJ_P(ZEND_THIS), 4);
}

ZEND_METHOD(ServiceFpa, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceFpa);
}

ZEND_METHOD(ServiceFpa, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceFpa);
}

ZEND_METHOD(ServiceChat, __construct)
{
	construct_one_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, 5, at_slot.chat_user);
}

ZEND_METHOD(ServiceChat, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceChat);
}

ZEND_METHOD(ServiceChat, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceChat);
}

ZEND_METHOD(ServiceFCdn, __construct)
{
	construct_two_strings(INTERNAL_FUNCTION_PARAM_PASSTHRU, 6, at_slot.fcdn_channel, at_slot.fcdn_account, true);
}

ZEND_METHOD(ServiceFCdn, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceFCdn);
}

ZEND_METHOD(ServiceFCdn, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceFCdn);
}

ZEND_METHOD(ServiceApaas, __construct)
{
	zval *room = NULL, *user = NULL, *role = NULL, empty, minus_one;
	zend_object *obj = Z_OBJ_P(ZEND_THIS);

	AT_ARGS_START(0)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(room)
		Z_PARAM_ZVAL(user)
		Z_PARAM_ZVAL(role)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_STRING(&empty);
	ZVAL_LONG(&minus_one, -1);
	init_service(obj, 7);
	at_prop_set(obj, at_slot.apaas_room, room ? room : &empty);
	at_prop_set(obj, at_slot.apaas_user, user ? user : &empty);
	at_prop_set(obj, at_slot.apaas_role, role ? role : &minus_one);
}

ZEND_METHOD(ServiceApaas, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceApaas);
}

ZEND_METHOD(ServiceApaas, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceApaas);
}

/* `details[rt] ??= []; details[rt][pt] = $resources` (already a list). */
static bool permissions_add(zend_object *perms, zval *rtype, zval *ptype, zval *list)
{
	zend_ulong rh, ph;
	zend_string *rs, *ps;
	HashTable *details, *inner;
	zval *entry, empty;

	details = at_prop_array_for_write(perms, at_slot.perms_details, "Rtm2Permissions::$details");
	if (!details || !at_array_key(rtype, &rh, &rs)) {
		return false;
	}
	entry = at_array_find(details, rh, rs);
	if (entry) {
		ZVAL_DEREF(entry);
	}
	if (!entry || Z_TYPE_P(entry) == IS_NULL) {
		ZVAL_EMPTY_ARRAY(&empty);
		at_array_set(details, rh, rs, &empty);
		entry = at_array_find(details, rh, rs);
	}
	if (!list) {
		return true;
	}
	if (Z_TYPE_P(entry) != IS_ARRAY) {
		zend_throw_error(NULL, "Rtm2Permissions::$details[%s] must be an array", rs ? ZSTR_VAL(rs) : "int");
		return false;
	}
	SEPARATE_ARRAY(entry);
	inner = Z_ARRVAL_P(entry);
	if (!at_array_key(ptype, &ph, &ps)) {
		return false;
	}
	at_array_set(inner, ph, ps, list);
	return true;
}

static void unpack_rtm2_permissions(at_cursor *c, zend_object *obj)
{
	zval perms, rcount, rtype, pcount, ptype, n, list, item;
	zend_long i, j, k;

	object_init_ex(&perms, at_ce_Rtm2Permissions);
	cursor_u16(c, &rcount);
	for (i = 0; i < (Z_TYPE(rcount) == IS_LONG ? Z_LVAL(rcount) : 0); i++) {
		cursor_u16(c, &rtype);
		cursor_u16(c, &pcount);
		for (j = 0; j < (Z_TYPE(pcount) == IS_LONG ? Z_LVAL(pcount) : 0); j++) {
			cursor_u16(c, &ptype);
			cursor_u16(c, &n);
			array_init(&list);
			for (k = 0; k < (Z_TYPE(n) == IS_LONG ? Z_LVAL(n) : 0); k++) {
				cursor_string(c, &item);
				zend_hash_next_index_insert_new(Z_ARRVAL(list), &item);
			}
			permissions_add(Z_OBJ(perms), &rtype, &ptype, &list);
			zval_ptr_dtor(&list);
		}
	}
	at_prop_set(obj, at_slot.rtm2_permissions, &perms);
	zval_ptr_dtor(&perms);
}

ZEND_METHOD(Rtm2Permissions, add)
{
	zval *rtype, *ptype, *resources, list, *item;

	AT_ARGS_START(3)
		Z_PARAM_ZVAL(rtype)
		Z_PARAM_ZVAL(ptype)
		Z_PARAM_ZVAL(resources)
	ZEND_PARSE_PARAMETERS_END();

	/* The official add() creates the resource entry before array_values() checks its argument. */
	if (!permissions_add(Z_OBJ_P(ZEND_THIS), rtype, ptype, NULL)) {
		RETURN_THROWS();
	}
	ZVAL_DEREF(resources);
	if (Z_TYPE_P(resources) != IS_ARRAY) {
		zend_argument_type_error(3, "must be of type array, %s given", zend_zval_type_name(resources));
		RETURN_THROWS();
	}
	array_init_size(&list, zend_hash_num_elements(Z_ARRVAL_P(resources)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(resources), item) {
		if (Z_ISREF_P(item) && Z_REFCOUNT_P(item) == 1) {
			item = Z_REFVAL_P(item);
		}
		Z_TRY_ADDREF_P(item);
		zend_hash_next_index_insert_new(Z_ARRVAL(list), item);
	} ZEND_HASH_FOREACH_END();
	permissions_add(Z_OBJ_P(ZEND_THIS), rtype, ptype, &list);
	zval_ptr_dtor(&list);
}

ZEND_METHOD(ServiceRtm2, __construct)
{
	zval *user = NULL, *perms = NULL, empty, fresh;
	zend_object *obj = Z_OBJ_P(ZEND_THIS);

	AT_ARGS_START(0)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(user)
		Z_PARAM_ZVAL(perms)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_STRING(&empty);
	init_service(obj, 8);
	at_prop_set(obj, at_slot.rtm2_user, user ? user : &empty);
	if (perms) {
		ZVAL_DEREF(perms);
	}
	if (perms && Z_TYPE_P(perms) != IS_NULL) {
		at_prop_set(obj, at_slot.rtm2_permissions, perms);
		return;
	}
	object_init_ex(&fresh, at_ce_Rtm2Permissions);
	at_prop_set(obj, at_slot.rtm2_permissions, &fresh);
	zval_ptr_dtor(&fresh);
}

ZEND_METHOD(ServiceRtm2, pack)
{
	return_packed(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceRtm2);
}

ZEND_METHOD(ServiceRtm2, unpack)
{
	unpack_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, at_ce_ServiceRtm2);
}

/* --------------------------------------------------- services from parse */

static void set_slice(zend_object *obj, uint32_t slot, const agt_slice *s)
{
	at_prop_set_stringl(obj, slot, (const char *)s->p, s->n);
}

zend_object *at_service_from_parsed(const agt_service *s, zend_class_entry *type7_ce)
{
	static zend_class_entry **const classes[9] = {
		NULL, &at_ce_ServiceRtc, &at_ce_ServiceRtm, &at_ce_ServiceStreaming, &at_ce_ServiceFpa,
		&at_ce_ServiceChat, &at_ce_ServiceFCdn, &at_ce_ServiceApaas, &at_ce_ServiceRtm2
	};
	zend_class_entry *ce = s->type == 7 ? type7_ce : *classes[s->type];
	zval zv;

	object_init_ex(&zv, ce);
	init_service(Z_OBJ(zv), s->type);
	at_service_fill_parsed(Z_OBJ(zv), s);
	return Z_OBJ(zv);
}

void at_service_fill_parsed(zend_object *obj, const agt_service *s)
{
	zval privs, val;
	uint16_t i;

	array_init_size(&privs, s->priv_count);
	for (i = 0; i < s->priv_count; i++) {
		const uint8_t *p = s->privs + (size_t)i * 6;

		ZVAL_LONG(&val, (zend_long)agt_load_u32le(p + 2));
		zend_hash_index_update(Z_ARRVAL(privs), agt_load_u16le(p), &val);
	}
	at_prop_set(obj, at_slot.svc_privileges, &privs);
	zval_ptr_dtor(&privs);

	switch (s->type) {
	case 1:
		set_slice(obj, at_slot.rtc_channel, &s->str[0]);
		set_slice(obj, at_slot.rtc_uid, &s->str[1]);
		break;
	case 2:
		set_slice(obj, at_slot.rtm_user, &s->str[0]);
		break;
	case 3:
		set_slice(obj, at_slot.str_channel, &s->str[0]);
		set_slice(obj, at_slot.str_account, &s->str[1]);
		break;
	case 5:
		set_slice(obj, at_slot.chat_user, &s->str[0]);
		break;
	case 6:
		set_slice(obj, at_slot.fcdn_channel, &s->str[0]);
		set_slice(obj, at_slot.fcdn_account, &s->str[1]);
		break;
	case 7:
		set_slice(obj, at_slot.apaas_room, &s->str[0]);
		set_slice(obj, at_slot.apaas_user, &s->str[1]);
		at_prop_set_long(obj, at_slot.apaas_role, s->role);
		break;
	case 8: {
		at_cursor c;

		set_slice(obj, at_slot.rtm2_user, &s->str[0]);
		c.s = zend_string_init((const char *)s->rtm2.p, s->rtm2.n, 0);
		c.pos = 0;
		unpack_rtm2_permissions(&c, obj);
		zend_string_release(c.s);
		break;
	}
	default:
		break;
	}
}

/* ------------------------------------------------------------------ Util */

ZEND_METHOD(Util, packUint16)
{
	zval *x;
	char out[2];
	uint32_t v;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(x)
	ZEND_PARSE_PARAMETERS_END();

	if (AT_G(strict) && !at_check_range(x, 0, UINT16_MAX, "Util::packUint16(): Argument #1 ($x)")) {
		RETURN_THROWS();
	}
	v = at_u32(x);
	out[0] = (char)v;
	out[1] = (char)(v >> 8);
	RETURN_STRINGL(out, 2);
}

ZEND_METHOD(Util, packInt16)
{
	zval *x;
	char out[2];
	uint32_t v;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(x)
	ZEND_PARSE_PARAMETERS_END();

	if (AT_G(strict) && !at_check_range(x, INT16_MIN, INT16_MAX, "Util::packInt16(): Argument #1 ($x)")) {
		RETURN_THROWS();
	}
	/* pack("s") writes the same two bytes as pack("v") on a little-endian host. */
	v = at_u32(x);
	out[0] = (char)v;
	out[1] = (char)(v >> 8);
	RETURN_STRINGL(out, 2);
}

ZEND_METHOD(Util, packUint32)
{
	zval *x;
	char out[4];
	uint32_t v;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(x)
	ZEND_PARSE_PARAMETERS_END();

	if (AT_G(strict) && !at_check_range(x, 0, UINT32_MAX, "Util::packUint32(): Argument #1 ($x)")) {
		RETURN_THROWS();
	}
	v = at_u32(x);
	out[0] = (char)v;
	out[1] = (char)(v >> 8);
	out[2] = (char)(v >> 16);
	out[3] = (char)(v >> 24);
	RETURN_STRINGL(out, 4);
}

ZEND_METHOD(Util, packString)
{
	zval *x;
	agt_buf b;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(x)
	ZEND_PARSE_PARAMETERS_END();

	agt_buf_init(&b);
	return_buffer(return_value, &b, at_put_string(&b, x, "Util::packString(): Argument #1 ($str)"));
}

ZEND_METHOD(Util, packMapUint32)
{
	zval *x;
	agt_buf b;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(x)
	ZEND_PARSE_PARAMETERS_END();

	agt_buf_init(&b);
	return_buffer(return_value, &b, at_put_map_u32(&b, x, "Util::packMapUint32(): Argument #1 ($arr)"));
}

typedef void (*cursor_reader)(at_cursor *c, zval *out);

static void util_unpack(INTERNAL_FUNCTION_PARAMETERS, cursor_reader read)
{
	zval *data;
	at_cursor c;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	if (!cursor_open(&c, data)) {
		RETURN_THROWS();
	}
	read(&c, return_value);
	cursor_close(&c, data);
}

ZEND_METHOD(Util, unpackUint16)
{
	util_unpack(INTERNAL_FUNCTION_PARAM_PASSTHRU, cursor_u16);
}

ZEND_METHOD(Util, unpackUint32)
{
	util_unpack(INTERNAL_FUNCTION_PARAM_PASSTHRU, cursor_u32);
}

ZEND_METHOD(Util, unpackInt16)
{
	util_unpack(INTERNAL_FUNCTION_PARAM_PASSTHRU, cursor_i16);
}

ZEND_METHOD(Util, unpackString)
{
	util_unpack(INTERNAL_FUNCTION_PARAM_PASSTHRU, cursor_string);
}

ZEND_METHOD(Util, unpackMapUint32)
{
	util_unpack(INTERNAL_FUNCTION_PARAM_PASSTHRU, cursor_map_u32);
}

static void echo_value(zval *zv)
{
	zend_string *s = zval_try_get_string(zv);

	if (s) {
		PHPWRITE(ZSTR_VAL(s), ZSTR_LEN(s));
		zend_string_release(s);
	}
}

static zval *frame_field(zval *frame, const char *name)
{
	zval *v = frame && Z_TYPE_P(frame) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(frame), name, strlen(name)) : NULL;

	return v ? v : &EG(uninitialized_zval);
}

ZEND_METHOD(Util, assertEqual)
{
	zval *expected, *actual, trace, *caller, *file;
	zend_string *base = NULL;

	AT_ARGS_START(2)
		Z_PARAM_ZVAL(expected)
		Z_PARAM_ZVAL(actual)
	ZEND_PARSE_PARAMETERS_END();

	/* The official helper prints frame [1] of debug_backtrace(): the function that
	 * called assertEqual(), with the file and line of that function's own call. */
	zend_fetch_debug_backtrace(&trace, 0, DEBUG_BACKTRACE_IGNORE_ARGS, 0);
	caller = zend_hash_index_find(Z_ARRVAL(trace), 1);
	file = frame_field(caller, "file");
	if (Z_TYPE_P(file) == IS_STRING) {
		base = php_basename(Z_STRVAL_P(file), Z_STRLEN_P(file), NULL, 0);
	}
	php_printf("\n- File:%s, Func:", base ? ZSTR_VAL(base) : "");
	echo_value(frame_field(caller, "function"));
	PHPWRITE(", Line:", sizeof(", Line:") - 1);
	echo_value(frame_field(caller, "line"));
	if (base) {
		zend_string_release(base);
	}
	zval_ptr_dtor(&trace);

	if (zend_compare(expected, actual) != 0) {
		php_printf("\n  Assert failed\n    Expected :");
		echo_value(expected);
		php_printf("\n    Actual   :");
		echo_value(actual);
	} else {
		php_printf("\n  Assert ok");
	}
}
