/*
 * The legacy token 006 classes of the official AccessToken.php, RtcTokenBuilder.php
 * and RtmTokenBuilder.php: Message, AccessToken, RtcTokenBuilder, RtmTokenBuilder.
 *
 * Same properties, methods, constants and bytes as the official code. The one
 * deliberate difference is bad input: the official code echoes a message into
 * the page and returns null, on which its builders then fail with an Error. Here
 * every such check goes through legacy_accepts(), which answers quietly, so
 * init() and initWithToken() return null, extract() returns false and the
 * builders return "". The global function packString() of AccessToken.php is
 * not provided (a name that generic would collide with application code).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/date/php_date.h"
#include "ext/random/php_random.h"
#include "Zend/zend_exceptions.h"
#include "agora_token_int.h"

zend_class_entry *at_ce_Message, *at_ce_AccessToken, *at_ce_RtcTokenBuilder, *at_ce_RtmTokenBuilder;

#define AT_ARGS_START(min) ZEND_PARSE_PARAMETERS_START(min, -1)

/* AccessToken::Privileges */
#define PRIV_JOIN_CHANNEL 1
#define PRIV_PUBLISH_AUDIO 2
#define PRIV_PUBLISH_VIDEO 3
#define PRIV_PUBLISH_DATA 4
#define PRIV_RTM_LOGIN 1000

static struct {
	uint32_t msg_salt, msg_ts, msg_privileges;
	uint32_t app_id, app_cert, channel, uid, message;
} slot;

static zend_function *fn_pack_content;
static zend_string *str_pack_content;
static HashTable *privileges_const;

static uint32_t slot_of(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));

	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

/* AccessToken::Privileges is an array, which gen_stub of PHP 8.2 cannot declare:
 * a persistent immutable array, as internal class constants must be. */
static void declare_privileges_const(void)
{
	static const struct {
		const char *name;
		zend_long value;
	} privileges[] = {
		{ "kJoinChannel", PRIV_JOIN_CHANNEL },
		{ "kPublishAudioStream", PRIV_PUBLISH_AUDIO },
		{ "kPublishVideoStream", PRIV_PUBLISH_VIDEO },
		{ "kPublishDataStream", PRIV_PUBLISH_DATA },
		{ "kRtmLogin", PRIV_RTM_LOGIN },
	};
	zend_string *name;
	size_t i;
	zval zv;

	privileges_const = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(privileges_const, 8, NULL, NULL, 1);
	zend_hash_real_init_mixed(privileges_const);
	for (i = 0; i < sizeof(privileges) / sizeof(privileges[0]); i++) {
		ZVAL_LONG(&zv, privileges[i].value);
		zend_hash_add_new(privileges_const,
			zend_string_init_interned(privileges[i].name, strlen(privileges[i].name), 1), &zv);
	}
	GC_SET_REFCOUNT(privileges_const, 2);
	GC_ADD_FLAGS(privileges_const, IS_ARRAY_IMMUTABLE);
	ZVAL_ARR(&zv, privileges_const);
	Z_TYPE_FLAGS(zv) = 0;

	name = zend_string_init_interned("Privileges", sizeof("Privileges") - 1, 1);
	zend_declare_class_constant_ex(at_ce_AccessToken, name, &zv, ZEND_ACC_PUBLIC, NULL);
}

void at_token006_startup(void)
{
	slot.msg_salt = slot_of(at_ce_Message, "salt");
	slot.msg_ts = slot_of(at_ce_Message, "ts");
	slot.msg_privileges = slot_of(at_ce_Message, "privileges");
	slot.app_id = slot_of(at_ce_AccessToken, "appID");
	slot.app_cert = slot_of(at_ce_AccessToken, "appCertificate");
	slot.channel = slot_of(at_ce_AccessToken, "channelName");
	slot.uid = slot_of(at_ce_AccessToken, "uid");
	slot.message = slot_of(at_ce_AccessToken, "message");
	str_pack_content = zend_string_init_interned("packcontent", sizeof("packcontent") - 1, 1);
	fn_pack_content = zend_hash_find_ptr(&at_ce_Message->function_table, str_pack_content);
	declare_privileges_const();
}

void at_token006_shutdown(void)
{
	/* The class constant's zval is not refcounted, so class teardown leaves the array to us. */
	if (privileges_const) {
		/* Its refcount was 2 so that nothing would ever try to free it; a debug
		 * PHP asserts that a table being destroyed has one owner at most. */
		GC_SET_REFCOUNT(privileges_const, 1);
		zend_hash_destroy(privileges_const);
		pefree(privileges_const, 1);
		privileges_const = NULL;
	}
}

/*
 * The one place where the legacy classes turn down their input: a required
 * string that is not a non-empty string, a token without the "006" prefix,
 * a token that does not parse. `argument` names what was wrong and `problem`
 * says how; neither may ever contain a secret. The official code echoes
 * "<argument> check failed, ..." and carries on with null; we answer quietly
 * and every caller returns null, false or "". With agora_token.strict=1 the
 * refusal throws AgoraTokenException instead, naming the argument and problem.
 */
static bool legacy_accepts(bool ok, const char *argument, const char *problem)
{
	if (!ok && AT_G(strict)) {
		at_strict_error("AccessToken (006): %s: %s", argument, problem);
	}
	return ok;
}

/* is_string($str) && $str !== "" */
static bool nonempty_string(zval *zv, const char *argument)
{
	ZVAL_DEREF(zv);
	return legacy_accepts(Z_TYPE_P(zv) == IS_STRING && Z_STRLEN_P(zv) > 0, argument,
		"must be a non-empty string");
}

/* ------------------------------------------------------------- Message */

/* `new Message()`: one rand(0, 100000) draw, then now + 24 hours in whole seconds. */
static void message_init(zend_object *msg)
{
	at_prop_set_long(msg, slot.msg_salt, php_mt_rand_common(0, 100000));
	at_prop_set_long(msg, slot.msg_ts, (zend_long)php_time() + 24 * 3600);
	at_prop_set_empty_array(msg, slot.msg_privileges);
}

static void message_new(zval *msg)
{
	object_init_ex(msg, at_ce_Message);
	message_init(Z_OBJ_P(msg));
}

ZEND_METHOD(Message, __construct)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	message_init(Z_OBJ_P(ZEND_THIS));
}

/* Strict mode: salt and ts fit u32, each privilege key u16 and value u32, their count u16. */
static bool message_fits(zend_object *msg, HashTable *privileges)
{
	char label[96];
	zend_string *key;
	zend_ulong h;
	zval *val, kz;

	if (!at_check_range(at_prop(msg, slot.msg_salt), 0, UINT32_MAX, "Message::$salt")
		|| !at_check_range(at_prop(msg, slot.msg_ts), 0, UINT32_MAX, "Message::$ts")) {
		return false;
	}
	if (zend_hash_num_elements(privileges) > UINT16_MAX) {
		at_strict_error("Message::$privileges holds %u privileges; the count field holds at most 65535",
			zend_hash_num_elements(privileges));
		return false;
	}
	ZEND_HASH_FOREACH_KEY_VAL(privileges, h, key, val) {
		if (key) {
			ZVAL_STR(&kz, key);
		} else {
			ZVAL_LONG(&kz, (zend_long)h);
		}
		if (!at_check_range(&kz, 0, UINT16_MAX, "Message::$privileges key")) {
			return false;
		}
		if (key) {
			snprintf(label, sizeof(label), "Message::$privileges[\"%.40s\"]", ZSTR_VAL(key));
		} else {
			snprintf(label, sizeof(label), "Message::$privileges[" ZEND_LONG_FMT "]", (zend_long)h);
		}
		if (!at_check_range(val, 0, UINT32_MAX, label)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool message_pack_privileges(zend_object *msg, HashTable *privileges, agt_buf *b)
{
	zend_string *key;
	zend_ulong h;
	uint32_t salt, ts;
	zval *val;

	if (UNEXPECTED(AT_G(strict)) && !message_fits(msg, privileges)) {
		return false;
	}
	salt = at_u32(at_prop(msg, slot.msg_salt));
	ts = at_u32(at_prop(msg, slot.msg_ts));
	agt_token006_put_message_head(b, salt, ts, zend_hash_num_elements(privileges));
	ZEND_HASH_FOREACH_KEY_VAL(privileges, h, key, val) {
		agt_token006_put_privilege(b, at_key_u16(h, key), at_u32(val));
	} ZEND_HASH_FOREACH_END();
	return !EG(exception);
}

/* Message::packContent() as bytes: privileges in the order they were added, not sorted. */
static bool message_pack(zend_object *msg, agt_buf *b)
{
	zval *privileges = at_prop(msg, slot.msg_privileges);
	HashTable *ht;
	bool ok;

	if (Z_TYPE_P(privileges) != IS_ARRAY) {
		/* What sizeof() says of a non-array in the official packContent(). */
		zend_type_error("sizeof(): Argument #1 ($value) must be of type Countable|array, %s given",
			zend_zval_type_name(privileges));
		return false;
	}
	/* A conversion's warning runs the error handler, which may drop the message
	 * or replace its array: keep both alive while they are read. */
	ht = Z_ARRVAL_P(privileges);
	GC_ADDREF(msg);
	GC_TRY_ADDREF(ht);
	ok = message_pack_privileges(msg, ht, b);
	zend_array_release(ht);
	OBJ_RELEASE(msg);
	return ok;
}

ZEND_METHOD(Message, packContent)
{
	agt_buf b;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	agt_buf_init(&b);
	if (!message_pack(Z_OBJ_P(ZEND_THIS), &b)) {
		agt_buf_free(&b);
		RETURN_THROWS();
	}

	/* The official method returns the bytes as a list of integers. */
	array_init_size(return_value, (uint32_t)b.len);
	zend_hash_real_init_packed(Z_ARRVAL_P(return_value));
	ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(return_value)) {
		for (i = 0; i < b.len; i++) {
			ZEND_HASH_FILL_SET_LONG(b.data[i]);
			ZEND_HASH_FILL_NEXT();
		}
	} ZEND_HASH_FILL_END();
	agt_buf_free(&b);
}

static void message_set_parsed(zend_object *msg, const agt_token006 *t)
{
	zval privileges, val;
	uint16_t i;

	at_prop_set_long(msg, slot.msg_salt, t->salt);
	at_prop_set_long(msg, slot.msg_ts, t->ts);
	array_init_size(&privileges, t->priv_count);
	for (i = 0; i < t->priv_count; i++) {
		const uint8_t *p = t->privs + (size_t)i * 6;

		/* A repeated key keeps its first position and takes the last value, as `$a[$k] = $v` does. */
		ZVAL_LONG(&val, (zend_long)agt_load_u32le(p + 2));
		zend_hash_index_update(Z_ARRVAL(privileges), agt_load_u16le(p), &val);
	}
	at_prop_set(msg, slot.msg_privileges, &privileges);
	zval_ptr_dtor(&privileges);
}

/* Returns null as the official method does; false, with the message unchanged,
 * when the bytes are too short for what they declare. */
ZEND_METHOD(Message, unpackContent)
{
	zval *msg;
	zend_string *s;
	agt_token006 t;
	agt_status st;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(msg)
	ZEND_PARSE_PARAMETERS_END();

	s = at_string_param(msg, "substr(): Argument #1 ($string)");
	if (!s) {
		RETURN_THROWS();
	}
	agt_token006_init(&t);
	st = agt_token006_parse_message(&t, (const uint8_t *)ZSTR_VAL(s), ZSTR_LEN(s));
	if (legacy_accepts(st == AGT_OK, "msg", agt_status_str(st))) {
		message_set_parsed(Z_OBJ_P(ZEND_THIS), &t);
	} else {
		RETVAL_FALSE;
	}
	agt_token006_free(&t);
	zend_string_release(s);
}

/* --------------------------------------------------------- AccessToken */

static void token_init(zend_object *obj)
{
	zval msg;

	message_new(&msg);
	at_prop_set(obj, slot.message, &msg);
	zval_ptr_dtor(&msg);
}

ZEND_METHOD(AccessToken, __construct)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	token_init(Z_OBJ_P(ZEND_THIS));
}

/* setUid(): int 0 becomes "" (token 007 packs it as "0"); anything else `$uid . ''`. */
static bool token_set_uid(zend_object *obj, zval *uid)
{
	zend_string *s;
	zval zv;

	ZVAL_DEREF(uid);
	if (Z_TYPE_P(uid) == IS_LONG && Z_LVAL_P(uid) == 0) {
		at_prop_set_stringl(obj, slot.uid, "", 0);
		return true;
	}
	s = zval_try_get_string(uid);
	if (!s) {
		return false;
	}
	ZVAL_STR(&zv, s);
	at_prop_set(obj, slot.uid, &zv);
	zval_ptr_dtor(&zv);
	return true;
}

ZEND_METHOD(AccessToken, setUid)
{
	zval *uid;

	AT_ARGS_START(1)
		Z_PARAM_ZVAL(uid)
	ZEND_PARSE_PARAMETERS_END();

	if (!token_set_uid(Z_OBJ_P(ZEND_THIS), uid)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(AccessToken, is_nonempty_string)
{
	zval *name, *str;
	zend_string *n;
	bool ok;

	AT_ARGS_START(2)
		Z_PARAM_ZVAL(name)
		Z_PARAM_ZVAL(str)
	ZEND_PARSE_PARAMETERS_END();

	n = zval_try_get_string(name);
	if (!n) {
		RETURN_THROWS();
	}
	zend_string_release(n);
	/* A predicate: it answers even in strict mode, where only init() and the builders throw. */
	ZVAL_DEREF(str);
	ok = Z_TYPE_P(str) == IS_STRING && Z_STRLEN_P(str) > 0;
	RETURN_BOOL(ok);
}

/*
 * AccessToken::init(): `new AccessToken()` (one salt draw), the three checks,
 * the fields, then a second `new Message()` (a second draw, whose salt is the
 * one used). On a failed check only the first draw has happened, as in the
 * official code. Leaves null in *out when a check fails.
 */
static bool token_from_fields(zval *out, zval *app_id, zval *cert, zval *channel, zval *uid)
{
	zend_object *obj;

	object_init_ex(out, at_ce_AccessToken);
	obj = Z_OBJ_P(out);
	token_init(obj);
	if (!nonempty_string(app_id, "appID") || !nonempty_string(cert, "appCertificate")
		|| !nonempty_string(channel, "channelName")) {
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
		return false;
	}
	at_prop_set(obj, slot.app_id, app_id);
	at_prop_set(obj, slot.app_cert, cert);
	at_prop_set(obj, slot.channel, channel);
	if (!token_set_uid(obj, uid)) {
		zval_ptr_dtor(out);
		ZVAL_NULL(out);
		return false;
	}
	token_init(obj);
	return true;
}

ZEND_METHOD(AccessToken, init)
{
	zval *app_id, *cert, *channel, *uid;

	AT_ARGS_START(4)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(channel)
		Z_PARAM_ZVAL(uid)
	ZEND_PARSE_PARAMETERS_END();

	if (!token_from_fields(return_value, app_id, cert, channel, uid) && EG(exception)) {
		RETURN_THROWS();
	}
}

/* $this->message->privileges[$key] = $value */
static bool token_add_privilege(zend_object *obj, zval *key, zval *value)
{
	zval *msg = at_prop(obj, slot.message);
	HashTable *privileges;
	zend_object *m;
	zend_string *s;
	zend_ulong h;

	if (Z_TYPE_P(msg) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(msg), at_ce_Message)) {
		zend_throw_error(NULL, "AccessToken::$message must be a Message to add a privilege to it, %s given",
			zend_zval_type_name(msg));
		return false;
	}
	/* The key first: its deprecation or warning runs the error handler, which may
	 * drop the message; then the message, held, and its array. */
	ZVAL_DEREF(value);
	ZVAL_DEREF(key);
	switch (Z_TYPE_P(key)) {
	case IS_DOUBLE:
		s = NULL;
		h = (zend_ulong)zend_dval_to_lval_safe(Z_DVAL_P(key));
		break;
	case IS_RESOURCE:
		zend_use_resource_as_offset(key);
		s = NULL;
		h = (zend_ulong)Z_RES_HANDLE_P(key);
		break;
	default:
		/* A numeric string is an integer key, as zend_symtable_update() has it. */
		if (!at_array_key(key, &h, &s)) {
			return false;
		}
		break;
	}
	if (EG(exception)) {
		return false;
	}
	msg = at_prop(obj, slot.message);
	if (Z_TYPE_P(msg) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(msg), at_ce_Message)) {
		zend_throw_error(NULL, "AccessToken::$message must be a Message to add a privilege to it, %s given",
			zend_zval_type_name(msg));
		return false;
	}
	m = Z_OBJ_P(msg);
	GC_ADDREF(m);
	privileges = at_prop_array_for_write(m, slot.msg_privileges, "Message::$privileges");
	if (privileges) {
		at_array_set(privileges, h, s, value);
	}
	OBJ_RELEASE(m);
	return privileges != NULL;
}

static bool token_add_privilege_long(zend_object *obj, zend_long key, zval *value)
{
	zval k;

	ZVAL_LONG(&k, key);
	return token_add_privilege(obj, &k, value);
}

ZEND_METHOD(AccessToken, addPrivilege)
{
	zval *key, *value;

	AT_ARGS_START(2)
		Z_PARAM_ZVAL(key)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	if (!token_add_privilege(Z_OBJ_P(ZEND_THIS), key, value)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

/* The message bytes: ours natively, a userland packContent() through a call. */
static bool token_message_bytes(zend_object *obj, agt_buf *b)
{
	zval *msg = at_prop(obj, slot.message), rv, *byte;
	zend_function *f;
	zend_object *m;

	if (Z_TYPE_P(msg) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function packContent() on %s", zend_zval_type_name(msg));
		return false;
	}
	f = zend_hash_find_ptr(&Z_OBJCE_P(msg)->function_table, str_pack_content);
	if (f && f == fn_pack_content) {
		return message_pack(Z_OBJ_P(msg), b);
	}
	/* The override may drop the last other reference to its own message. */
	m = Z_OBJ_P(msg);
	GC_ADDREF(m);
	if (zend_call_method_if_exists(m, str_pack_content, &rv, 0, NULL) == FAILURE) {
		if (!EG(exception)) {
			zend_throw_error(NULL, "Call to undefined method %s::packContent()", ZSTR_VAL(m->ce->name));
		}
		OBJ_RELEASE(m);
		return false;
	}
	OBJ_RELEASE(m);
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		return false;
	}
	if (Z_TYPE(rv) != IS_ARRAY) {
		zend_type_error("array_merge(): Argument #4 must be of type array, %s given", zend_zval_type_name(&rv));
		zval_ptr_dtor(&rv);
		return false;
	}
	/* implode(array_map("chr", ...)): each value taken as chr() takes its int argument
	 * (PHP's own weak conversion, with its deprecations; a TypeError for what it refuses)
	 * and cut to a byte. */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(rv), byte) {
		zend_long l = 0;
		uint8_t c;

		ZVAL_DEREF(byte);
		if (Z_TYPE_P(byte) == IS_LONG) {
			l = Z_LVAL_P(byte);
		} else if (!zend_parse_arg_long_weak(byte, &l, 1)) {
			if (!EG(exception)) {
				zend_type_error("chr(): Argument #1 ($codepoint) must be of type int, %s given",
					zend_zval_type_name(byte));
			}
			break;
		}
		if (EG(exception)) {
			break;
		}
		c = (uint8_t)(l & 0xFF);
		agt_buf_put(b, &c, 1);
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&rv);
	return !EG(exception);
}

static agt_slice slice_of(zend_string *s)
{
	agt_slice sl;

	sl.p = (const uint8_t *)ZSTR_VAL(s);
	sl.n = ZSTR_LEN(s);
	return sl;
}

static void token_build(zend_object *obj, zval *return_value)
{
	zend_string *app_id = NULL, *cert = NULL, *channel = NULL, *uid = NULL;
	agt_buf msg, out;
	agt_status st;

	agt_buf_init(&msg);
	agt_buf_init(&out);
	if (!token_message_bytes(obj, &msg)
		|| !(app_id = at_string_param(at_prop(obj, slot.app_id), "unpack(): Argument #2 ($string)"))
		|| !(channel = at_string_param(at_prop(obj, slot.channel), "unpack(): Argument #2 ($string)"))
		|| !(uid = at_string_param(at_prop(obj, slot.uid), "unpack(): Argument #2 ($string)"))
		|| !(cert = at_string_param(at_prop(obj, slot.app_cert), "hash_hmac(): Argument #3 ($key)"))) {
		goto done;
	}
	if (agt_buf_failed(&msg)) {
		zend_throw_error(NULL, "AccessToken::build(): out of memory");
		goto done;
	}
	/* A 006 token starts with the 32-character app id and is signed with the certificate:
	 * strict mode refuses what the official code would pack into a token that cannot work. */
	if (AT_G(strict) && (!at_check_uuid(at_prop(obj, slot.app_id), "AccessToken::build(): $appID", false)
		|| !at_check_uuid(at_prop(obj, slot.app_cert), "AccessToken::build(): $appCertificate", true))) {
		goto done;
	}

	st = agt_token006_build(slice_of(cert), slice_of(app_id), slice_of(channel), slice_of(uid),
		(agt_slice){ msg.data, msg.len }, &out);
	if (st != AGT_OK) {
		zend_throw_error(NULL, "AccessToken::build(): %s", agt_status_str(st));
		goto done;
	}
	RETVAL_STR(at_buf_to_zstr(&out));

done:
	if (app_id) {
		zend_string_release(app_id);
	}
	if (channel) {
		zend_string_release(channel);
	}
	if (uid) {
		zend_string_release(uid);
	}
	if (cert) {
		at_string_release_secret(cert);
	}
	agt_buf_free(&msg);
	agt_buf_free(&out);
}

ZEND_METHOD(AccessToken, build)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();

	token_build(Z_OBJ_P(ZEND_THIS), return_value);
}

/*
 * extract(): the strict "006" check, the three non-empty checks, then the
 * bounds-checked reader. The official reader takes whatever it finds and warns;
 * a token that does not parse is refused here and the object left unchanged.
 * Like the official code it does not check the signature: channel and uid are
 * the caller's, and only the appId and the message come from the token.
 */
static bool token_extract(zend_object *obj, zval *token, zval *cert, zval *channel, zval *uid)
{
	zend_string *s;
	agt_token006 t;
	agt_status st;
	zval msg;
	bool ok;

	s = at_string_param(token, "substr(): Argument #1 ($string)");
	if (!s) {
		return false;
	}
	ok = legacy_accepts(ZSTR_LEN(s) >= 3 && memcmp(ZSTR_VAL(s), AGT_TOKEN006_PREFIX, 3) == 0, "token",
		"does not start with 006");
	zend_string_release(s);
	if (!ok || !nonempty_string(token, "token") || !nonempty_string(cert, "appCertificate")
		|| !nonempty_string(channel, "channelName")) {
		return false;
	}

	ZVAL_DEREF(token);
	agt_token006_init(&t);
	st = agt_token006_parse(&t, Z_STRVAL_P(token), Z_STRLEN_P(token));
	if (!legacy_accepts(st == AGT_OK, "token", agt_status_str(st))) {
		agt_token006_free(&t);
		return false;
	}
	at_prop_set_stringl(obj, slot.app_id, (const char *)t.app_id.p, t.app_id.n);
	message_new(&msg);
	message_set_parsed(Z_OBJ(msg), &t);
	at_prop_set(obj, slot.message, &msg);
	zval_ptr_dtor(&msg);
	agt_token006_free(&t);

	at_prop_set(obj, slot.app_cert, cert);
	at_prop_set(obj, slot.channel, channel);
	return token_set_uid(obj, uid);
}

ZEND_METHOD(AccessToken, extract)
{
	zval *token, *cert, *channel, *uid;

	AT_ARGS_START(4)
		Z_PARAM_ZVAL(token)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(channel)
		Z_PARAM_ZVAL(uid)
	ZEND_PARSE_PARAMETERS_END();

	if (!token_extract(Z_OBJ_P(ZEND_THIS), token, cert, channel, uid)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	RETURN_TRUE;
}

ZEND_METHOD(AccessToken, initWithToken)
{
	zval *token, *cert, *channel, *uid;

	AT_ARGS_START(4)
		Z_PARAM_ZVAL(token)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(channel)
		Z_PARAM_ZVAL(uid)
	ZEND_PARSE_PARAMETERS_END();

	object_init_ex(return_value, at_ce_AccessToken);
	token_init(Z_OBJ_P(return_value));
	if (!token_extract(Z_OBJ_P(return_value), token, cert, channel, uid)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
}

/* ----------------------------------------------------------- builders */

/* The official builders: AccessToken::init(), privileges with absolute expiry
 * timestamps, build(). Where init() fails the official builder dies on a null;
 * ours return "". */
static void legacy_rtc(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *app_id, *cert, *channel, *uid, *role, *expire_ts, token, r;
	zend_object *obj;
	bool publish, ok;

	AT_ARGS_START(6)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(channel)
		Z_PARAM_ZVAL(uid)
		Z_PARAM_ZVAL(role)
		Z_PARAM_ZVAL(expire_ts)
	ZEND_PARSE_PARAMETERS_END();

	if (!token_from_fields(&token, app_id, cert, channel, uid)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_EMPTY_STRING();
	}
	obj = Z_OBJ(token);

	/* Loose ==, in the official order: attendee (0), publisher (1), admin (101). */
	ZVAL_LONG(&r, 0);
	publish = zend_compare(role, &r) == 0;
	if (!publish) {
		ZVAL_LONG(&r, 1);
		publish = zend_compare(role, &r) == 0;
	}
	if (!publish) {
		ZVAL_LONG(&r, 101);
		publish = zend_compare(role, &r) == 0;
	}
	/* Added join, video, audio, data: 006 packs them in this order, unsorted. */
	ok = !EG(exception) && token_add_privilege_long(obj, PRIV_JOIN_CHANNEL, expire_ts)
		&& (!publish || (token_add_privilege_long(obj, PRIV_PUBLISH_VIDEO, expire_ts)
			&& token_add_privilege_long(obj, PRIV_PUBLISH_AUDIO, expire_ts)
			&& token_add_privilege_long(obj, PRIV_PUBLISH_DATA, expire_ts)));
	if (ok) {
		token_build(obj, return_value);
	}
	zval_ptr_dtor(&token);
}

ZEND_METHOD(RtcTokenBuilder, buildTokenWithUid)
{
	legacy_rtc(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(RtcTokenBuilder, buildTokenWithUserAccount)
{
	legacy_rtc(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(RtmTokenBuilder, buildToken)
{
	zval *app_id, *cert, *user, *role, *expire_ts, token, no_uid;

	AT_ARGS_START(5)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(user)
		Z_PARAM_ZVAL(role)
		Z_PARAM_ZVAL(expire_ts)
	ZEND_PARSE_PARAMETERS_END();

	(void)role;	/* the official builder ignores it too */
	/* The RTM user account goes where RTC has the channel name; the uid is "". */
	ZVAL_EMPTY_STRING(&no_uid);
	if (!token_from_fields(&token, app_id, cert, user, &no_uid)) {
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_EMPTY_STRING();
	}
	if (token_add_privilege_long(Z_OBJ(token), PRIV_RTM_LOGIN, expire_ts)) {
		token_build(Z_OBJ(token), return_value);
	}
	zval_ptr_dtor(&token);
}
