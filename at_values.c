/*
 * PHP values to token bytes, converted exactly as the official pure-PHP code's
 * calls convert them (strlen(), pack("v"/"V"), ksort()), and property writes.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "Zend/zend_exceptions.h"
#include "Zend/zend_sort.h"
#include "agora_token_int.h"

/* `$slot = $value` as PHP assigns: through a reference, checking a typed one,
 * and releasing the old value only once the new one is in place. */
static void assign_slot(zval *slot, zval *value)
{
	zval garbage;

	if (UNEXPECTED(Z_ISREF_P(slot))) {
		zend_reference *ref = Z_REF_P(slot);

		if (ZEND_REF_HAS_TYPE_SOURCES(ref)) {
			zend_try_assign_typed_ref_zval(ref, value);
			return;
		}
		slot = &ref->val;
	}
	/* Release the old value last: its destructor may run userland code. */
	ZVAL_COPY_VALUE(&garbage, slot);
	ZVAL_COPY(slot, value);
	zval_ptr_dtor(&garbage);
}

void at_prop_set(zend_object *obj, uint32_t offset, zval *value)
{
	assign_slot(OBJ_PROP(obj, offset), value);
}

void at_prop_set_long(zend_object *obj, uint32_t offset, zend_long v)
{
	zval zv;

	ZVAL_LONG(&zv, v);
	at_prop_set(obj, offset, &zv);
}

void at_prop_set_stringl(zend_object *obj, uint32_t offset, const char *s, size_t n)
{
	zval zv;

	ZVAL_STRINGL_FAST(&zv, s, n);
	at_prop_set(obj, offset, &zv);
	zval_ptr_dtor(&zv);
}

void at_prop_set_bool(zend_object *obj, uint32_t offset, bool v)
{
	zval zv;

	ZVAL_BOOL(&zv, v);
	at_prop_set(obj, offset, &zv);
}

void at_prop_set_empty_array(zend_object *obj, uint32_t offset)
{
	zval zv;

	ZVAL_EMPTY_ARRAY(&zv);
	at_prop_set(obj, offset, &zv);
}

HashTable *at_prop_array_for_write(zend_object *obj, uint32_t offset, const char *what)
{
	zval *slot = OBJ_PROP(obj, offset);

	if (Z_ISREF_P(slot)) {
		zend_reference *ref = Z_REF_P(slot);

		slot = Z_REFVAL_P(slot);
		/* A reference bound to a typed property must accept an array first. */
		if ((Z_TYPE_P(slot) == IS_NULL || Z_TYPE_P(slot) == IS_FALSE) && ZEND_REF_HAS_TYPE_SOURCES(ref)
			&& !zend_verify_ref_array_assignable(ref)) {
			return NULL;
		}
	}
	if (Z_TYPE_P(slot) == IS_UNDEF || Z_TYPE_P(slot) == IS_NULL || Z_TYPE_P(slot) == IS_FALSE) {
		/* `$this->x[$k] = $v` turns null (and, deprecated, false) into an array. */
		array_init(slot);
	} else if (Z_TYPE_P(slot) != IS_ARRAY) {
		zend_throw_error(NULL, "%s must be an array to add to it, %s given", what, zend_zval_type_name(slot));
		return NULL;
	}
	SEPARATE_ARRAY(slot);
	return Z_ARRVAL_P(slot);
}

/* ------------------------------------------------------------ array keys */

/* PHP's array-key conversion for `$a[$key]`, without the float deprecation. */
bool at_array_key(zval *key, zend_ulong *h, zend_string **s)
{
	ZVAL_DEREF(key);
	*s = NULL;
	switch (Z_TYPE_P(key)) {
	case IS_LONG:
		*h = (zend_ulong)Z_LVAL_P(key);
		return true;
	case IS_STRING:
		if (ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(key), Z_STRLEN_P(key), *h)) {
			return true;
		}
		*s = Z_STR_P(key);
		return true;
	case IS_UNDEF:
	case IS_NULL:
		*s = ZSTR_EMPTY_ALLOC();
		return true;
	case IS_FALSE:
		*h = 0;
		return true;
	case IS_TRUE:
		*h = 1;
		return true;
	case IS_DOUBLE:
		*h = (zend_ulong)zend_dval_to_lval(Z_DVAL_P(key));
		return true;
	case IS_RESOURCE:
		*h = (zend_ulong)Z_RES_HANDLE_P(key);
		return true;
	default:
		zend_type_error("Illegal offset type");
		return false;
	}
}

zval *at_array_find(HashTable *ht, zend_ulong h, zend_string *s)
{
	return s ? zend_hash_find(ht, s) : zend_hash_index_find(ht, h);
}

void at_array_set(HashTable *ht, zend_ulong h, zend_string *s, zval *val)
{
	zval *old = at_array_find(ht, h, s);

	if (old) {
		/* Not zend_hash_update(): it runs the old value's destructor before the
		 * new value is stored, and that destructor may free this very array. */
		assign_slot(old, val);
		return;
	}
	Z_TRY_ADDREF_P(val);
	if (s) {
		zend_hash_add_new(ht, s, val);
	} else {
		zend_hash_index_add_new(ht, h, val);
	}
}

void at_strict_error(const char *fmt, ...)
{
	va_list va;
	char *msg;

	va_start(va, fmt);
	zend_vspprintf(&msg, 0, fmt, va);
	va_end(va);
	zend_throw_exception(at_ce_Exception, msg, 0);
	efree(msg);
}

const char *at_escape_byte(unsigned char c, char buf[8])
{
	switch (c) {
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	case '"': return "\\\"";
	case '\\': return "\\\\";
	default:
		break;
	}
	if (c >= 0x20 && c < 0x7f) {
		buf[0] = (char)c;
		buf[1] = '\0';
	} else {
		snprintf(buf, 8, "\\x%02x", c);
	}
	return buf;
}

bool at_check_range(zval *zv, zend_long min, zend_long max, const char *what)
{
	zend_long l;
	double d;

	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_UNDEF:
	case IS_NULL:
	case IS_FALSE:
	case IS_TRUE:
		l = Z_TYPE_P(zv) == IS_TRUE;
		break;
	case IS_LONG:
		l = Z_LVAL_P(zv);
		break;
	case IS_DOUBLE:
		d = Z_DVAL_P(zv);
		if (!zend_finite(d) || d < (double)min || d >= (double)max + 1.0) {
			at_strict_error("%s is %.*G, which does not fit its field (%" ZEND_LONG_FMT_SPEC " to %" ZEND_LONG_FMT_SPEC ")",
				what, 17, d, min, max);
			return false;
		}
		return true;
	case IS_STRING:
		switch (is_numeric_string(Z_STRVAL_P(zv), Z_STRLEN_P(zv), &l, &d, false)) {
		case IS_LONG:
			break;
		case IS_DOUBLE: {
			zval tmp;

			ZVAL_DOUBLE(&tmp, d);
			return at_check_range(&tmp, min, max, what);
		}
		default:
			at_strict_error("%s must be an integer, non-numeric string given", what);
			return false;
		}
		break;
	default:
		at_strict_error("%s must be an integer, %s given", what, zend_zval_type_name(zv));
		return false;
	}
	if (l < min || l > max) {
		at_strict_error("%s is %" ZEND_LONG_FMT_SPEC ", which does not fit its field (%" ZEND_LONG_FMT_SPEC " to %"
			ZEND_LONG_FMT_SPEC ")", what, l, min, max);
		return false;
	}
	return true;
}

bool at_check_uuid(zval *zv, const char *what, bool secret)
{
	const unsigned char *s;
	char esc[8];
	size_t i;

	ZVAL_DEREF(zv);
	if (Z_TYPE_P(zv) != IS_STRING) {
		at_strict_error("%s must be a string of 32 hexadecimal digits, %s given", what, zend_zval_type_name(zv));
		return false;
	}
	s = (const unsigned char *)Z_STRVAL_P(zv);
	for (i = 0; i < Z_STRLEN_P(zv); i++) {
		if (!isxdigit(s[i]) && secret) {
			/* Of a certificate, only where: whitespace (a pasted newline) is worth saying. */
			at_strict_error("%s must be 32 hexadecimal digits; character %zu of %zu is %s", what, i + 1,
				Z_STRLEN_P(zv), isspace(s[i]) ? "whitespace" : "not one");
			return false;
		}
		if (!isxdigit(s[i])) {
			at_strict_error("%s must be 32 hexadecimal digits; character %zu of %zu is \"%s\"", what, i + 1,
				Z_STRLEN_P(zv), at_escape_byte(s[i], esc));
			return false;
		}
	}
	if (Z_STRLEN_P(zv) != 32) {
		at_strict_error("%s must be 32 hexadecimal digits, got %zu", what, Z_STRLEN_P(zv));
		return false;
	}
	return true;
}

bool at_put_u32(agt_buf *b, zval *zv, const char *what)
{
	if (UNEXPECTED(AT_G(strict)) && !at_check_range(zv, 0, UINT32_MAX, what)) {
		return false;
	}
	agt_buf_put_u32le(b, at_u32(zv));
	return true;
}

bool at_put_u16(agt_buf *b, zval *zv, const char *what)
{
	if (UNEXPECTED(AT_G(strict)) && !at_check_range(zv, 0, UINT16_MAX, what)) {
		return false;
	}
	agt_buf_put_u16le(b, at_u32(zv));
	return true;
}

bool at_put_i16(agt_buf *b, zval *zv, const char *what)
{
	if (UNEXPECTED(AT_G(strict)) && !at_check_range(zv, INT16_MIN, INT16_MAX, what)) {
		return false;
	}
	/* pack("s") writes machine order: little-endian on every platform PHP builds this for. */
	agt_buf_put_u16le(b, at_u32(zv));
	return true;
}

zend_string *at_buf_to_zstr(agt_buf *b)
{
	return zend_string_init(b->len ? (const char *)b->data : "", b->len, 0);
}

static zend_string *object_to_string(zval *zv)
{
	zval tmp;

	if (Z_OBJ_HT_P(zv)->cast_object(Z_OBJ_P(zv), &tmp, IS_STRING) == SUCCESS) {
		return Z_STR(tmp);
	}
	return NULL;
}

static void string_type_error(zval *zv, const char *what)
{
	if (!EG(exception)) {
		zend_type_error("%s must be of type string, %s given", what, zend_zval_type_name(zv));
	}
}

void at_string_release_secret(zend_string *s)
{
	if (!ZSTR_IS_INTERNED(s) && GC_REFCOUNT(s) == 1) {
		ZEND_SECURE_ZERO(ZSTR_VAL(s), ZSTR_LEN(s));
	}
	zend_string_release(s);
}

zend_string *at_string_param(zval *zv, const char *what)
{
	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_STRING:
		return zend_string_copy(Z_STR_P(zv));
	case IS_UNDEF:
	case IS_NULL:
	case IS_FALSE:
		return ZSTR_EMPTY_ALLOC();
	case IS_TRUE:
		return ZSTR_CHAR('1');
	case IS_LONG:
		return zend_long_to_str(Z_LVAL_P(zv));
	case IS_DOUBLE:
		/* Uses the `precision` setting, as PHP's own string conversion does. */
		return zend_double_to_str(Z_DVAL_P(zv));
	case IS_OBJECT: {
		zend_string *s = object_to_string(zv);

		if (s) {
			return s;
		}
		break;
	}
	default:
		break;
	}
	string_type_error(zv, what);
	return NULL;
}

static bool string_fits(size_t len, const char *what)
{
	if (UNEXPECTED(AT_G(strict)) && len > UINT16_MAX) {
		at_strict_error("%s is %zu bytes long; a token string holds at most 65535", what, len);
		return false;
	}
	return true;
}

bool at_put_string(agt_buf *b, zval *zv, const char *what)
{
	char num[MAX_LENGTH_OF_LONG + 1];
	zend_string *first, *second;
	zval copy;
	char *p;

	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_STRING:
		if (!string_fits(Z_STRLEN_P(zv), what)) {
			return false;
		}
		agt_buf_put_str(b, Z_STRVAL_P(zv), Z_STRLEN_P(zv));
		return true;
	case IS_LONG:
		p = zend_print_long_to_buf(num + sizeof(num) - 1, Z_LVAL_P(zv));
		agt_buf_put_str(b, p, (size_t)(num + sizeof(num) - 1 - p));
		return true;
	case IS_OBJECT:
		/* The official packString() converts its copy of the value twice, once in strlen()
		 * and once in the concatenation, so a __toString() with side effects is called
		 * twice, on the same object even when the first call replaces the property. */
		ZVAL_COPY(&copy, zv);
		first = at_string_param(&copy, what);
		second = first ? at_string_param(&copy, what) : NULL;
		zval_ptr_dtor(&copy);
		if (!second) {
			if (first) {
				zend_string_release(first);
			}
			return false;
		}
		if (string_fits(ZSTR_LEN(second), what)) {
			agt_buf_put_u16le(b, (uint32_t)(ZSTR_LEN(first) & 0xFFFF));
			agt_buf_put(b, ZSTR_VAL(second), ZSTR_LEN(second));
		}
		zend_string_release(first);
		zend_string_release(second);
		return !EG(exception);
	default:
		first = at_string_param(zv, what);
		if (!first) {
			return false;
		}
		if (string_fits(ZSTR_LEN(first), what)) {
			agt_buf_put_str(b, ZSTR_VAL(first), ZSTR_LEN(first));
		}
		zend_string_release(first);
		return !EG(exception);
	}
}

int at_is_uuid(zval *zv)
{
	const unsigned char *s;
	zend_string *str;
	size_t i;

	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_STRING:
		break;
	case IS_ARRAY:
	case IS_RESOURCE:
		zend_type_error("AccessToken2::isUUid(): Argument #1 ($str) must be of type string, %s given",
			zend_zval_type_name(zv));
		return -1;
	case IS_OBJECT:
		/* strlen() converts a Stringable (running __toString()), then ctype_xdigit() refuses the object. */
		str = at_string_param(zv, "AccessToken2::isUUid(): Argument #1 ($str)");
		if (!str) {
			return -1;
		}
		zend_string_release(str);
		return 0;
	default:
		/* strlen() == 32 && ctype_xdigit(): no number, bool or null can pass both. */
		return 0;
	}
	if (Z_STRLEN_P(zv) != 32) {
		return 0;
	}
	s = (const unsigned char *)Z_STRVAL_P(zv);
	for (i = 0; i < 32; i++) {
		if (!isxdigit(s[i])) {
			return 0;
		}
	}
	return 1;
}

/* ksort() with default flags: PHP 8's comparison of keys, stable. */
static int key_compare_regular(Bucket *f, Bucket *s)
{
	zval first, second;
	int r;

	if (f->key == NULL && s->key == NULL) {
		r = (zend_long)f->h > (zend_long)s->h ? 1 : -1;
	} else if (f->key && s->key) {
		r = zendi_smart_strcmp(f->key, s->key);
	} else {
		if (f->key) {
			ZVAL_STR(&first, f->key);
		} else {
			ZVAL_LONG(&first, f->h);
		}
		if (s->key) {
			ZVAL_STR(&second, s->key);
		} else {
			ZVAL_LONG(&second, s->h);
		}
		r = zend_compare(&first, &second);
	}
	if (r) {
		return r;
	}
	return Z_EXTRA(f->val) > Z_EXTRA(s->val) ? 1 : (Z_EXTRA(f->val) < Z_EXTRA(s->val) ? -1 : 0);
}

void at_ksort(HashTable *ht)
{
	zend_hash_sort(ht, key_compare_regular, 0);
}

uint32_t at_key_u16(zend_ulong h, zend_string *key)
{
	zval zv;

	if (!key) {
		return (uint32_t)h & 0xFFFF;
	}
	ZVAL_STR(&zv, key);
	return (uint32_t)zval_get_long(&zv) & 0xFFFF;
}

/* Strict mode: every key fits u16 and every value u32. */
static bool map_fits(HashTable *ht, const char *what)
{
	char label[160];
	zend_string *key;
	zend_ulong h;
	zval *val, kz;

	ZEND_HASH_FOREACH_KEY_VAL(ht, h, key, val) {
		if (key) {
			ZVAL_STR(&kz, key);
			snprintf(label, sizeof(label), "%s key \"%.40s\"", what, ZSTR_VAL(key));
		} else {
			ZVAL_LONG(&kz, (zend_long)h);
			snprintf(label, sizeof(label), "%s key", what);
		}
		if (!at_check_range(&kz, 0, UINT16_MAX, label)) {
			return false;
		}
		if (key) {
			snprintf(label, sizeof(label), "%s[\"%.40s\"]", what, ZSTR_VAL(key));
		} else {
			snprintf(label, sizeof(label), "%s[" ZEND_LONG_FMT "]", what, (zend_long)h);
		}
		if (!at_check_range(val, 0, UINT32_MAX, label)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

#define SMALL_MAP 32

typedef struct {
	zend_long key;
	zval *val;
} int_entry;

static bool put_map_u32(agt_buf *b, HashTable *ht, const char *what)
{
	int_entry small[SMALL_MAP];
	zend_string *key;
	zend_ulong h;
	HashTable *sorted;
	uint32_t n = zend_hash_num_elements(ht), i = 0;
	bool all_int = true;
	zval *val;

	if (UNEXPECTED(AT_G(strict)) && n > UINT16_MAX) {
		at_strict_error("%s holds %u privileges; the count field holds at most 65535", what, n);
		return false;
	}
	if (UNEXPECTED(AT_G(strict)) && !map_fits(ht, what)) {
		return false;
	}
	agt_buf_put_u16le(b, n & 0xFFFF);
	if (n == 0) {
		return true;
	}

	if (n <= SMALL_MAP) {
		ZEND_HASH_FOREACH_KEY_VAL(ht, h, key, val) {
			if (key) {
				all_int = false;
				break;
			}
			small[i].key = (zend_long)h;
			small[i].val = val;
			i++;
		} ZEND_HASH_FOREACH_END();
		if (all_int) {
			uint32_t j;

			/* Integer keys are unique, so any sort gives ksort()'s order. */
			for (i = 1; i < n; i++) {
				int_entry e = small[i];

				for (j = i; j > 0 && small[j - 1].key > e.key; j--) {
					small[j] = small[j - 1];
				}
				small[j] = e;
			}
			for (i = 0; i < n; i++) {
				agt_buf_put_u16le(b, (uint32_t)small[i].key & 0xFFFF);
				agt_buf_put_u32le(b, at_u32(small[i].val));
			}
			return !EG(exception);
		}
	}

	/* Mixed or many keys: sort a copy with the comparison ksort() uses. */
	sorted = zend_array_dup(ht);
	at_ksort(sorted);
	ZEND_HASH_FOREACH_KEY_VAL(sorted, h, key, val) {
		agt_buf_put_u16le(b, at_key_u16(h, key));
		agt_buf_put_u32le(b, at_u32(val));
		if (EG(exception)) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zend_array_destroy(sorted);
	return !EG(exception);
}

bool at_put_map_u32(agt_buf *b, zval *map, const char *what)
{
	HashTable *ht;
	bool ok;

	ZVAL_DEREF(map);
	if (UNEXPECTED(AT_G(strict))
		&& (Z_TYPE_P(map) == IS_NULL || (Z_TYPE_P(map) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(map)) == 0))) {
		at_strict_error("%s is empty: the service has no privilege; call addPrivilege() first", what);
		return false;
	}
	if (Z_TYPE_P(map) != IS_ARRAY) {
		zend_type_error("%s must be of type array, %s given%s", what, zend_zval_type_name(map),
			Z_TYPE_P(map) == IS_NULL ? " (no privilege was added)" : "");
		return false;
	}
	/* A conversion's warning runs the error handler, which may replace the
	 * property that holds this array: keep it alive while it is read. */
	ht = Z_ARRVAL_P(map);
	GC_TRY_ADDREF(ht);
	ok = put_map_u32(b, ht, what);
	zend_array_release(ht);
	return ok;
}
