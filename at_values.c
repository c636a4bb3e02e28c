/*
 * PHP values to token bytes, converted exactly as the official pure-PHP code's
 * calls convert them (strlen(), pack("v"/"V"), ksort()), and property writes.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "Zend/zend_sort.h"
#include "agora_token_int.h"

void at_prop_set(zend_object *obj, uint32_t offset, zval *value)
{
	zval *slot = OBJ_PROP(obj, offset);
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
		slot = Z_REFVAL_P(slot);
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

bool at_put_string(agt_buf *b, zval *zv, const char *what)
{
	char num[MAX_LENGTH_OF_LONG + 1];
	zend_string *first, *second;
	char *p;

	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
	case IS_STRING:
		agt_buf_put_str(b, Z_STRVAL_P(zv), Z_STRLEN_P(zv));
		return true;
	case IS_LONG:
		p = zend_print_long_to_buf(num + sizeof(num) - 1, Z_LVAL_P(zv));
		agt_buf_put_str(b, p, (size_t)(num + sizeof(num) - 1 - p));
		return true;
	case IS_OBJECT:
		/* The official packString() converts twice, once in strlen() and once in the
		 * concatenation, so a __toString() with side effects is called twice. */
		first = at_string_param(zv, what);
		if (!first) {
			return false;
		}
		second = at_string_param(zv, what);
		if (!second) {
			zend_string_release(first);
			return false;
		}
		agt_buf_put_u16le(b, (uint32_t)(ZSTR_LEN(first) & 0xFFFF));
		agt_buf_put(b, ZSTR_VAL(second), ZSTR_LEN(second));
		zend_string_release(first);
		zend_string_release(second);
		return true;
	default:
		first = at_string_param(zv, what);
		if (!first) {
			return false;
		}
		agt_buf_put_str(b, ZSTR_VAL(first), ZSTR_LEN(first));
		zend_string_release(first);
		return true;
	}
}

bool at_is_uuid(zval *zv)
{
	const unsigned char *s;
	size_t i;

	ZVAL_DEREF(zv);
	/* strlen() == 32 && ctype_xdigit(): only a string can pass both. */
	if (Z_TYPE_P(zv) != IS_STRING || Z_STRLEN_P(zv) != 32) {
		return false;
	}
	s = (const unsigned char *)Z_STRVAL_P(zv);
	for (i = 0; i < 32; i++) {
		if (!isxdigit(s[i])) {
			return false;
		}
	}
	return true;
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

static uint32_t key_to_u16(zend_ulong h, zend_string *key)
{
	zval zv;

	if (!key) {
		return (uint32_t)h & 0xFFFF;
	}
	ZVAL_STR(&zv, key);
	return (uint32_t)zval_get_long(&zv) & 0xFFFF;
}

#define SMALL_MAP 32

typedef struct {
	zend_long key;
	zval *val;
} int_entry;

bool at_put_map_u32(agt_buf *b, zval *map, const char *what)
{
	int_entry small[SMALL_MAP];
	zend_string *key;
	zend_ulong h;
	HashTable *ht, *sorted;
	uint32_t n, i = 0;
	bool all_int = true;
	zval *val;

	ZVAL_DEREF(map);
	if (Z_TYPE_P(map) != IS_ARRAY) {
		zend_type_error("%s must be of type array, %s given%s", what, zend_zval_type_name(map),
			Z_TYPE_P(map) == IS_NULL ? " (no privilege was added)" : "");
		return false;
	}
	ht = Z_ARRVAL_P(map);
	n = zend_hash_num_elements(ht);
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
			return true;
		}
	}

	/* Mixed or many keys: sort a copy with the comparison ksort() uses. */
	sorted = zend_array_dup(ht);
	zend_hash_sort(sorted, key_compare_regular, 0);
	ZEND_HASH_FOREACH_KEY_VAL(sorted, h, key, val) {
		agt_buf_put_u16le(b, key_to_u16(h, key));
		agt_buf_put_u32le(b, at_u32(val));
		if (EG(exception)) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zend_array_destroy(sorted);
	return !EG(exception);
}
