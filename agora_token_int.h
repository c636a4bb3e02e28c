/* Shared by the binding's files: class entries, property slots, globals and value conversions. */
#ifndef AGORA_TOKEN_INT_H
#define AGORA_TOKEN_INT_H

#include "php.h"
#include "src/agt.h"

ZEND_BEGIN_MODULE_GLOBALS(agora_token)
	agt_deflater *deflater;	/* one per thread, reused by every build */
	bool namespace_fallback;
	bool strict;		/* agora_token.strict: throw where the official code fails silently */
	zend_long compat;	/* agora_token.compat: 2026, 2023 or 2022 */
ZEND_END_MODULE_GLOBALS(agora_token)

ZEND_EXTERN_MODULE_GLOBALS(agora_token)
#define AT_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(agora_token, v)

extern zend_class_entry *at_ce_Service, *at_ce_ServiceRtc, *at_ce_ServiceRtm, *at_ce_ServiceStreaming,
	*at_ce_ServiceFpa, *at_ce_ServiceChat, *at_ce_ServiceFCdn, *at_ce_ServiceApaas, *at_ce_ServiceEducation,
	*at_ce_Rtm2Permissions, *at_ce_ServiceRtm2, *at_ce_AccessToken2, *at_ce_Util, *at_ce_Exception;

/* Throws AgoraTokenException, the one exception of strict mode. */
void at_strict_error(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);
/* Writes a byte as a reader would want to see it in a message: "a", "\n", "\x00". */
const char *at_escape_byte(unsigned char c, char buf[8]);
/* Strict mode: is this value, as an integer, inside [min, max]? Throws otherwise. */
bool at_check_range(zval *zv, zend_long min, zend_long max, const char *what);
/* Strict mode: is it a string of 32 hexadecimal digits? Throws the precise reason otherwise. */
bool at_check_uuid(zval *zv, const char *what, bool secret);

/* Integers packed into u32, u16 and i16 fields; strict mode checks the range first. */
bool at_put_u32(agt_buf *b, zval *zv, const char *what);
bool at_put_u16(agt_buf *b, zval *zv, const char *what);
bool at_put_i16(agt_buf *b, zval *zv, const char *what);

/* Byte offsets of declared properties inside their objects, found once at startup.
 * Userland subclasses inherit the same slots, so reading by slot is always valid. */
typedef struct {
	uint32_t svc_type, svc_privileges;
	uint32_t rtc_channel, rtc_uid;
	uint32_t rtm_user;
	uint32_t str_channel, str_account;	/* ServiceStreaming */
	uint32_t chat_user;
	uint32_t fcdn_channel, fcdn_account;
	uint32_t apaas_room, apaas_user, apaas_role;
	uint32_t rtm2_user, rtm2_permissions;
	uint32_t perms_details;
	uint32_t tok_app_cert, tok_app_id, tok_expire, tok_issue_ts, tok_salt, tok_services;
	uint32_t tok_signature, tok_signing_info, tok_parsed;
} at_slots;

extern at_slots at_slot;

/* Reads a declared property; an unset one reads as null. Never NULL. */
static zend_always_inline zval *at_prop(zend_object *obj, uint32_t offset)
{
	zval *zv = OBJ_PROP(obj, offset);

	if (UNEXPECTED(Z_TYPE_P(zv) == IS_UNDEF)) {
		return &EG(uninitialized_zval);
	}
	ZVAL_DEREF(zv);
	return zv;
}

void at_prop_set(zend_object *obj, uint32_t offset, zval *value);
void at_prop_set_long(zend_object *obj, uint32_t offset, zend_long v);
void at_prop_set_stringl(zend_object *obj, uint32_t offset, const char *s, size_t n);
void at_prop_set_bool(zend_object *obj, uint32_t offset, bool v);
void at_prop_set_empty_array(zend_object *obj, uint32_t offset);
/* Separates the array in a property for writing; null becomes an empty array.
 * Returns NULL with an Error thrown when the property holds something else. */
HashTable *at_prop_array_for_write(zend_object *obj, uint32_t offset, const char *what);

/* PHP's array-key conversion for `$a[$key]` (without the float deprecation);
 * false with a TypeError for an illegal offset. */
bool at_array_key(zval *key, zend_ulong *h, zend_string **s);
zval *at_array_find(HashTable *ht, zend_ulong h, zend_string *s);
void at_array_set(HashTable *ht, zend_ulong h, zend_string *s, zval *val);

/* Integer conversion as pack("v"/"V"/"s") does it (zval_get_long), cut to the field. */
static zend_always_inline uint32_t at_u32(zval *zv)
{
	return (uint32_t)zval_get_long(zv);
}

/* Appends Util::packString($zv): the strlen() conversion of the value, its length
 * mod 65536 and every byte. Throws a TypeError for what strlen() rejects. */
bool at_put_string(agt_buf *b, zval *zv, const char *what);
/* pack("v", $key) of an array key: a string key converts as zval_get_long() does. */
uint32_t at_key_u16(zend_ulong h, zend_string *key);
/* ksort($array) with default flags, in place. */
void at_ksort(HashTable *ht);
/* Appends Util::packMapUint32($zv): ksort()ed with PHP's key order. */
bool at_put_map_u32(agt_buf *b, zval *map, const char *what);
/* The string conversion of a string parameter of an internal function in weak
 * mode, without its null deprecation. NULL with a TypeError thrown otherwise. */
zend_string *at_string_param(zval *zv, const char *what);
/* Releases a string that held a key or certificate, wiping it first when this
 * was its only reference: a shared or interned string belongs to others too. */
void at_string_release_secret(zend_string *s);
/* AccessToken2::isUUid(): 1 for a string of exactly 32 hexadecimal digits, 0 for
 * anything else, -1 with a TypeError thrown where strlen() would throw. */
int at_is_uuid(zval *zv);

/* Service packing, shared by AccessToken2::build() and the pack() methods. */
bool at_service_pack_into(agt_buf *b, zend_object *svc);
bool at_service_is_internal_pack(zend_object *svc);
/* A service object for a parsed service; type 7 is made as type7_ce. */
zend_object *at_service_from_parsed(const agt_service *s, zend_class_entry *type7_ce);
/* Unpacks a parsed service into an existing object of its class, replacing its fields. */
void at_service_fill_parsed(zend_object *obj, const agt_service *s);

agt_deflater *at_deflater(void);
zend_string *at_buf_to_zstr(agt_buf *b);

extern zend_string *at_str_pack, *at_str_getservicetype, *at_str_getsign, *at_str_addservice;

void at_register_classes(void);

/* The builders (at_builders.c) and the legacy token 006 classes (at_token006.c). */
extern zend_class_entry *at_ce_RtcTokenBuilder2, *at_ce_RtmTokenBuilder2, *at_ce_ChatTokenBuilder2,
	*at_ce_FpaTokenBuilder, *at_ce_ApaasTokenBuilder, *at_ce_EducationTokenBuilder;
extern zend_class_entry *at_ce_Message, *at_ce_AccessToken, *at_ce_RtcTokenBuilder, *at_ce_RtmTokenBuilder;
void at_builders_startup(void);
void at_token006_startup(void);
void at_token006_shutdown(void);

#endif
