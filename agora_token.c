/*
 * agora_token: Agora's token classes, natively.
 *
 * This file is the module: class registration, settings, the namespace
 * fallback for controllers that pasted the classes into their own namespace,
 * and phpinfo. The classes live in at_service.c and at_token2.c, the value
 * conversions in at_values.c, and the token engine in src/.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"
#include "Zend/zend_exceptions.h"
#include "Zend/zend_execute.h"
#include "Zend/zend_attributes.h"
#include "ext/spl/spl_exceptions.h"
#include "php_agora_token.h"
#include "agora_token_int.h"
#include "agora_token_arginfo.h"

ZEND_DECLARE_MODULE_GLOBALS(agora_token)

zend_class_entry *at_ce_Service, *at_ce_ServiceRtc, *at_ce_ServiceRtm, *at_ce_ServiceStreaming, *at_ce_ServiceFpa,
	*at_ce_ServiceChat, *at_ce_ServiceFCdn, *at_ce_ServiceApaas, *at_ce_ServiceEducation, *at_ce_Rtm2Permissions,
	*at_ce_ServiceRtm2, *at_ce_AccessToken2, *at_ce_Util, *at_ce_Exception;

at_slots at_slot;

zend_string *at_str_pack, *at_str_getservicetype, *at_str_getsign, *at_str_addservice;


static ZEND_INI_MH(OnUpdateCompat)
{
	zend_long v;

	if (ZSTR_LEN(new_value) != 4 || !is_numeric_string(ZSTR_VAL(new_value), 4, &v, NULL, false)
		|| (v != 2026 && v != 2023 && v != 2022)) {
		/* ini_set() then returns false and the setting keeps its value. */
		return FAILURE;
	}
	AT_G(compat) = v;
	return SUCCESS;
}

PHP_INI_BEGIN()
	/* Which vintage of the official classes to reproduce where they differ. */
	PHP_INI_ENTRY("agora_token.compat", "2026", PHP_INI_ALL, OnUpdateCompat)
	STD_PHP_INI_BOOLEAN("agora_token.strict", "0", PHP_INI_ALL, OnUpdateBool, strict,
		zend_agora_token_globals, agora_token_globals)
	STD_PHP_INI_BOOLEAN("agora_token.namespace_fallback", "1", PHP_INI_ALL, OnUpdateBool, namespace_fallback,
		zend_agora_token_globals, agora_token_globals)
PHP_INI_END()

agt_deflater *at_deflater(void)
{
	if (!AT_G(deflater)) {
		AT_G(deflater) = agt_deflater_new();
	}
	return AT_G(deflater);
}

static uint32_t slot_of(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));

	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

static void find_slots(void)
{
	at_slot.svc_type = slot_of(at_ce_Service, "type");
	at_slot.svc_privileges = slot_of(at_ce_Service, "privileges");
	at_slot.rtc_channel = slot_of(at_ce_ServiceRtc, "channelName");
	at_slot.rtc_uid = slot_of(at_ce_ServiceRtc, "uid");
	at_slot.rtm_user = slot_of(at_ce_ServiceRtm, "userId");
	at_slot.str_channel = slot_of(at_ce_ServiceStreaming, "channelName");
	at_slot.str_account = slot_of(at_ce_ServiceStreaming, "account");
	at_slot.chat_user = slot_of(at_ce_ServiceChat, "userId");
	at_slot.fcdn_channel = slot_of(at_ce_ServiceFCdn, "channelName");
	at_slot.fcdn_account = slot_of(at_ce_ServiceFCdn, "account");
	at_slot.apaas_room = slot_of(at_ce_ServiceApaas, "roomUuid");
	at_slot.apaas_user = slot_of(at_ce_ServiceApaas, "userUuid");
	at_slot.apaas_role = slot_of(at_ce_ServiceApaas, "role");
	at_slot.rtm2_user = slot_of(at_ce_ServiceRtm2, "userId");
	at_slot.rtm2_permissions = slot_of(at_ce_ServiceRtm2, "permissions");
	at_slot.perms_details = slot_of(at_ce_Rtm2Permissions, "details");
	at_slot.tok_app_cert = slot_of(at_ce_AccessToken2, "appCert");
	at_slot.tok_app_id = slot_of(at_ce_AccessToken2, "appId");
	at_slot.tok_expire = slot_of(at_ce_AccessToken2, "expire");
	at_slot.tok_issue_ts = slot_of(at_ce_AccessToken2, "issueTs");
	at_slot.tok_salt = slot_of(at_ce_AccessToken2, "salt");
	at_slot.tok_services = slot_of(at_ce_AccessToken2, "services");
	at_slot.tok_signature = slot_of(at_ce_AccessToken2, "signature");
	at_slot.tok_signing_info = slot_of(at_ce_AccessToken2, "signingInfo");
	at_slot.tok_parsed = slot_of(at_ce_AccessToken2, "parsed");
}

/* ------------------------------------------------------ namespace fallback */

/* Lower-case short names that the fallback may resolve, mapped to our classes. */
static HashTable at_fallback_names;
static zend_class_entry *(*at_prev_autoload)(zend_string *name, zend_string *lc_name);

static void fallback_add(zend_class_entry *ce)
{
	zend_string *lc = zend_string_tolower_ex(ce->name, 1);

	zend_hash_add_new_ptr(&at_fallback_names, lc, ce);
	zend_string_release(lc);
}

/*
 * A controller that pasted the official classes into its own namespaced file
 * names them App\...\AccessToken2, and PHP never falls back to a global class.
 * After every registered autoloader has failed (so an application's own class
 * of that name always wins), a name whose last segment is one of ours (bar four
 * generic names, see MINIT) resolves to our class, and is aliased so that type
 * declarations in that namespace accept it too. Only a reference from userland code itself qualifies:
 * class_exists() and other probes from internal functions still see no class.
 */
static zend_class_entry *at_autoload(zend_string *name, zend_string *lc_name)
{
	zend_class_entry *ce = at_prev_autoload ? at_prev_autoload(name, lc_name) : NULL;
	zend_execute_data *ex = EG(current_execute_data);
	const char *sep;

	if (ce || EG(exception) || !AT_G(namespace_fallback)) {
		return ce;
	}
	if (!ex || !ex->func || !ZEND_USER_CODE(ex->func->type)) {
		return NULL;
	}
	sep = zend_memrchr(ZSTR_VAL(lc_name), '\\', ZSTR_LEN(lc_name));
	if (!sep) {
		return NULL;
	}
	ce = zend_hash_str_find_ptr(&at_fallback_names, sep + 1, ZSTR_LEN(lc_name) - (size_t)(sep + 1 - ZSTR_VAL(lc_name)));
	if (ce) {
		zend_register_class_alias_ex(ZSTR_VAL(name), ZSTR_LEN(name), ce, false);
	}
	return ce;
}

/* ------------------------------------------------------------------ module */

static PHP_GINIT_FUNCTION(agora_token)
{
#if defined(COMPILE_DL_AGORA_TOKEN) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	agora_token_globals->deflater = NULL;
	agora_token_globals->namespace_fallback = true;
	agora_token_globals->strict = false;
	agora_token_globals->compat = 2026;
}

static PHP_GSHUTDOWN_FUNCTION(agora_token)
{
	agt_deflater_free(agora_token_globals->deflater);
	agora_token_globals->deflater = NULL;
}

PHP_MINIT_FUNCTION(agora_token)
{
	/*
	 * The names the namespace fallback resolves: every class of ours except
	 * Service, Util, Message and AccessToken. Those four are common names of
	 * applications' own classes (and of other libraries'), where a forgotten
	 * `use` line must stay a "Class not found" error rather than turn into one
	 * of Agora's classes; a controller names them rarely, and can write \Util.
	 */
	zend_class_entry **const fallback[] = {
		&at_ce_ServiceRtc, &at_ce_ServiceRtm, &at_ce_ServiceStreaming, &at_ce_ServiceFpa, &at_ce_ServiceChat,
		&at_ce_ServiceFCdn, &at_ce_ServiceApaas, &at_ce_ServiceEducation, &at_ce_Rtm2Permissions,
		&at_ce_ServiceRtm2, &at_ce_AccessToken2, &at_ce_Exception, &at_ce_RtcTokenBuilder2,
		&at_ce_RtmTokenBuilder2, &at_ce_ChatTokenBuilder2, &at_ce_FpaTokenBuilder, &at_ce_ApaasTokenBuilder,
		&at_ce_EducationTokenBuilder, &at_ce_RtcTokenBuilder, &at_ce_RtmTokenBuilder
	};
	size_t i;

	REGISTER_INI_ENTRIES();

	at_ce_Service = register_class_Service();
	at_ce_ServiceRtc = register_class_ServiceRtc(at_ce_Service);
	at_ce_ServiceRtm = register_class_ServiceRtm(at_ce_Service);
	at_ce_ServiceStreaming = register_class_ServiceStreaming(at_ce_Service);
	at_ce_ServiceFpa = register_class_ServiceFpa(at_ce_Service);
	at_ce_ServiceChat = register_class_ServiceChat(at_ce_Service);
	at_ce_ServiceFCdn = register_class_ServiceFCdn(at_ce_Service);
	at_ce_ServiceApaas = register_class_ServiceApaas(at_ce_Service);
	at_ce_ServiceEducation = register_class_ServiceEducation(at_ce_ServiceApaas);
	at_ce_Rtm2Permissions = register_class_Rtm2Permissions();
	at_ce_ServiceRtm2 = register_class_ServiceRtm2(at_ce_Service);
	at_ce_AccessToken2 = register_class_AccessToken2();
	at_ce_Util = register_class_Util();
	at_ce_Exception = register_class_AgoraTokenException(spl_ce_InvalidArgumentException);
	find_slots();

	at_str_pack = zend_string_init_interned("pack", sizeof("pack") - 1, 1);
	at_str_getservicetype = zend_string_init_interned("getservicetype", sizeof("getservicetype") - 1, 1);
	at_str_getsign = zend_string_init_interned("getsign", sizeof("getsign") - 1, 1);
	at_str_addservice = zend_string_init_interned("addservice", sizeof("addservice") - 1, 1);

	at_ce_RtcTokenBuilder2 = register_class_RtcTokenBuilder2();
	at_ce_RtmTokenBuilder2 = register_class_RtmTokenBuilder2();
	at_ce_ChatTokenBuilder2 = register_class_ChatTokenBuilder2();
	at_ce_FpaTokenBuilder = register_class_FpaTokenBuilder();
	at_ce_ApaasTokenBuilder = register_class_ApaasTokenBuilder();
	at_ce_EducationTokenBuilder = register_class_EducationTokenBuilder();
	at_ce_Message = register_class_Message();
	at_ce_AccessToken = register_class_AccessToken();
	at_ce_RtcTokenBuilder = register_class_RtcTokenBuilder();
	at_ce_RtmTokenBuilder = register_class_RtmTokenBuilder();
	at_builders_startup();
	at_token006_startup();

	zend_hash_init(&at_fallback_names, 32, NULL, NULL, 1);
	for (i = 0; i < sizeof(fallback) / sizeof(fallback[0]); i++) {
		fallback_add(*fallback[i]);
	}
	/* SPL installs the autoloader hook in its own MINIT, which runs before ours (see the module deps). */
	at_prev_autoload = zend_autoload;
	zend_autoload = at_autoload;

	return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(agora_token)
{
	if (zend_autoload == at_autoload) {
		zend_autoload = at_prev_autoload;
	}
	zend_hash_destroy(&at_fallback_names);
	at_token006_shutdown();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

/*
 * OpenSSL's version text ends with its release date ("OpenSSL 3.0.2 15 Mar 2022");
 * phpinfo shows no dates, so keep the name and the version number only.
 */
static void minfo_version_row(const char *label, const char *text)
{
	const char *first = strchr(text, ' ');
	const char *second = first ? strchr(first + 1, ' ') : NULL;
	zend_string *kept;

	if (!second) {
		php_info_print_table_row(2, label, text);
		return;
	}

	kept = zend_string_init(text, (size_t)(second - text), 0);
	php_info_print_table_row(2, label, ZSTR_VAL(kept));
	zend_string_release(kept);
}

PHP_MINFO_FUNCTION(agora_token)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "agora_token support", "enabled");
	php_info_print_table_row(2, "Version", PHP_AGORA_TOKEN_VERSION);
	php_info_print_table_row(2, "Token formats", "007 (AccessToken2), 006 (AccessToken)");
	minfo_version_row("OpenSSL headers", agt_openssl_version_compiled());
	minfo_version_row("OpenSSL library", agt_openssl_version_linked());
	php_info_print_table_row(2, "zlib headers", agt_zlib_version_compiled());
	php_info_print_table_row(2, "zlib library", agt_zlib_version_linked());
	php_info_print_table_end();

	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep agora_token_deps[] = {
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_REQUIRED("random")
	ZEND_MOD_REQUIRED("date")
	ZEND_MOD_END
};

zend_module_entry agora_token_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	agora_token_deps,
	"agora_token",
	NULL,
	PHP_MINIT(agora_token),
	PHP_MSHUTDOWN(agora_token),
	NULL,
	NULL,
	PHP_MINFO(agora_token),
	PHP_AGORA_TOKEN_VERSION,
	PHP_MODULE_GLOBALS(agora_token),
	PHP_GINIT(agora_token),
	PHP_GSHUTDOWN(agora_token),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_AGORA_TOKEN
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(agora_token)
#endif
