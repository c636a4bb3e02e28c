/*
 * The token 007 builders: RtcTokenBuilder2, RtmTokenBuilder2, ChatTokenBuilder2,
 * FpaTokenBuilder, ApaasTokenBuilder and EducationTokenBuilder (2026 version).
 *
 * Each builder does what the official one does, step for step, through the
 * methods of our own classes: one `new AccessToken2` (so one time() and one
 * mt_rand draw, and mt_srand() gives the official salts), the same services
 * with the same privileges added in the same order, then build(). Calling the
 * methods rather than packing bytes here keeps every rule of AccessToken2 and
 * the services (value conversions, compat and strict settings) in one place.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/md5.h"
#include "Zend/zend_exceptions.h"
#include "agora_token_int.h"

zend_class_entry *at_ce_RtcTokenBuilder2, *at_ce_RtmTokenBuilder2, *at_ce_ChatTokenBuilder2, *at_ce_FpaTokenBuilder,
	*at_ce_ApaasTokenBuilder, *at_ce_EducationTokenBuilder;

/* Official methods ignore extra arguments, as userland methods do. */
#define AT_ARGS_START(min) ZEND_PARSE_PARAMETERS_START(min, -1)

static zend_function *fn_add_privilege, *fn_add_service, *fn_build;

static zend_function *method(zend_class_entry *ce, const char *lc_name)
{
	zend_function *f = zend_hash_str_find_ptr(&ce->function_table, lc_name, strlen(lc_name));

	ZEND_ASSERT(f);
	return f;
}

void at_builders_startup(void)
{
	fn_add_privilege = method(at_ce_Service, "addprivilege");
	fn_add_service = method(at_ce_AccessToken2, "addservice");
	fn_build = method(at_ce_AccessToken2, "build");
}

/* ------------------------------------------------------------ the steps */

/* new AccessToken2($appId, $appCertificate, $expire) */
static bool token_new(zval *token, zval *app_id, zval *cert, zval *expire)
{
	zval args[3];

	ZVAL_COPY_VALUE(&args[0], app_id);
	ZVAL_COPY_VALUE(&args[1], cert);
	ZVAL_COPY_VALUE(&args[2], expire);
	object_init_ex(token, at_ce_AccessToken2);
	zend_call_known_instance_method(at_ce_AccessToken2->constructor, Z_OBJ_P(token), NULL, 3, args);
	if (EG(exception)) {
		zval_ptr_dtor(token);
		return false;
	}
	return true;
}

/* new <ServiceClass>(...$args) */
static bool service_new(zval *svc, zend_class_entry *ce, uint32_t argc, zval *args)
{
	object_init_ex(svc, ce);
	zend_call_known_instance_method(ce->constructor, Z_OBJ_P(svc), NULL, argc, args);
	if (EG(exception)) {
		zval_ptr_dtor(svc);
		return false;
	}
	return true;
}

/* $service->addPrivilege($privilege, $expire) */
static bool add_privilege(zval *svc, zend_long privilege, zval *expire)
{
	zval args[2];

	ZVAL_LONG(&args[0], privilege);
	ZVAL_COPY_VALUE(&args[1], expire);
	zend_call_known_instance_method(fn_add_privilege, Z_OBJ_P(svc), NULL, 2, args);
	return !EG(exception);
}

/* $token->addService($service); the token keeps the service, we let go of ours. */
static bool add_service(zval *token, zval *svc)
{
	zend_call_known_instance_method_with_1_params(fn_add_service, Z_OBJ_P(token), NULL, svc);
	zval_ptr_dtor(svc);
	return !EG(exception);
}

/* return $token->build(); */
static void build_and_return(zval *token, zval *return_value)
{
	zend_call_known_instance_method(fn_build, Z_OBJ_P(token), return_value, 0, NULL);
	zval_ptr_dtor(token);
}

/* The official builders compare roles with a loose `==`, so "1" and 1.0 count as 1. */
static bool role_is(zval *role, zend_long wanted)
{
	zval w;

	ZVAL_LONG(&w, wanted);
	return zend_compare(role, &w) == 0;
}

/* A service with one privilege, added to the token. */
static bool add_service_with(zval *token, zend_class_entry *ce, uint32_t argc, zval *args, zend_long privilege,
	zval *expire)
{
	zval svc;

	if (!service_new(&svc, ce, argc, args)) {
		return false;
	}
	if (!add_privilege(&svc, privilege, expire)) {
		zval_ptr_dtor(&svc);
		return false;
	}
	return add_service(token, &svc);
}

/* return a token of one service with one privilege, built; nothing when something threw. */
static void return_one_service(zval *return_value, zval *app_id, zval *cert, zval *token_expire,
	zend_class_entry *ce, uint32_t argc, zval *args, zend_long privilege, zval *privilege_expire)
{
	zval token;

	if (!token_new(&token, app_id, cert, token_expire)) {
		return;
	}
	if (!add_service_with(&token, ce, argc, args, privilege, privilege_expire)) {
		zval_ptr_dtor(&token);
		return;
	}
	build_and_return(&token, return_value);
}

/* ---------------------------------------------------- RtcTokenBuilder2 */

/* ServiceRtc($channelName, $account): JOIN, then audio, video and data when the role asks for them. */
static bool add_rtc(zval *token, zval *channel, zval *account, zval *role, zval *join, zval *audio, zval *video,
	zval *data)
{
	zval svc, args[2];

	ZVAL_COPY_VALUE(&args[0], channel);
	ZVAL_COPY_VALUE(&args[1], account);
	if (!service_new(&svc, at_ce_ServiceRtc, 2, args)) {
		return false;
	}
	if (!add_privilege(&svc, 1, join)
		|| ((!role || role_is(role, 1))
			&& (!add_privilege(&svc, 2, audio) || !add_privilege(&svc, 3, video) || !add_privilege(&svc, 4, data)))) {
		zval_ptr_dtor(&svc);
		return false;
	}
	return add_service(token, &svc);
}

static void rtc_with_role(INTERNAL_FUNCTION_PARAMETERS, bool with_rtm)
{
	zval *app_id, *cert, *channel, *account, *role, *token_expire, *privilege_expire = NULL, zero, token;

	AT_ARGS_START(6)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(channel)
		Z_PARAM_ZVAL(account)
		Z_PARAM_ZVAL(role)
		Z_PARAM_ZVAL(token_expire)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(privilege_expire)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_LONG(&zero, 0);
	if (!privilege_expire) {
		privilege_expire = &zero;
	}
	if (!token_new(&token, app_id, cert, token_expire)) {
		RETURN_THROWS();
	}
	if (!add_rtc(&token, channel, account, role, privilege_expire, privilege_expire, privilege_expire,
			privilege_expire)
		|| (with_rtm && !add_service_with(&token, at_ce_ServiceRtm, 1, account, 1, token_expire))) {
		zval_ptr_dtor(&token);
		RETURN_THROWS();
	}
	build_and_return(&token, return_value);
}

/* buildTokenWithUid() passes $uid on unchanged: int 0 packs as "0", unlike token 006. */
ZEND_METHOD(RtcTokenBuilder2, buildTokenWithUid)
{
	rtc_with_role(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(RtcTokenBuilder2, buildTokenWithUserAccount)
{
	rtc_with_role(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(RtcTokenBuilder2, buildTokenWithRtm)
{
	rtc_with_role(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

static void rtc_with_privileges(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *app_id, *cert, *channel, *account, *token_expire, *join, *audio, *video, *data, token;

	AT_ARGS_START(9)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(channel)
		Z_PARAM_ZVAL(account)
		Z_PARAM_ZVAL(token_expire)
		Z_PARAM_ZVAL(join)
		Z_PARAM_ZVAL(audio)
		Z_PARAM_ZVAL(video)
		Z_PARAM_ZVAL(data)
	ZEND_PARSE_PARAMETERS_END();

	if (!token_new(&token, app_id, cert, token_expire)) {
		RETURN_THROWS();
	}
	if (!add_rtc(&token, channel, account, NULL, join, audio, video, data)) {
		zval_ptr_dtor(&token);
		RETURN_THROWS();
	}
	build_and_return(&token, return_value);
}

ZEND_METHOD(RtcTokenBuilder2, buildTokenWithUidAndPrivilege)
{
	rtc_with_privileges(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(RtcTokenBuilder2, buildTokenWithUserAccountAndPrivilege)
{
	rtc_with_privileges(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(RtcTokenBuilder2, buildTokenWithRtm2)
{
	zval *app_id, *cert, *channel, *account, *role, *token_expire, *join, *audio, *video, *data, *rtm_user,
		*rtm_expire, token;

	AT_ARGS_START(12)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(channel)
		Z_PARAM_ZVAL(account)
		Z_PARAM_ZVAL(role)
		Z_PARAM_ZVAL(token_expire)
		Z_PARAM_ZVAL(join)
		Z_PARAM_ZVAL(audio)
		Z_PARAM_ZVAL(video)
		Z_PARAM_ZVAL(data)
		Z_PARAM_ZVAL(rtm_user)
		Z_PARAM_ZVAL(rtm_expire)
	ZEND_PARSE_PARAMETERS_END();

	if (!token_new(&token, app_id, cert, token_expire)) {
		RETURN_THROWS();
	}
	if (!add_rtc(&token, channel, account, role, join, audio, video, data)
		|| !add_service_with(&token, at_ce_ServiceRtm, 1, rtm_user, 1, rtm_expire)) {
		zval_ptr_dtor(&token);
		RETURN_THROWS();
	}
	build_and_return(&token, return_value);
}

/* ---------------------------------------------------- RtmTokenBuilder2 */

ZEND_METHOD(RtmTokenBuilder2, buildToken)
{
	zval *app_id, *cert, *user_id, *expire;

	AT_ARGS_START(4)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(user_id)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	return_one_service(return_value, app_id, cert, expire, at_ce_ServiceRtm, 1, user_id, 1, expire);
}

ZEND_METHOD(RtmTokenBuilder2, buildTokenWithPermissions)
{
	zval *app_id, *cert, *user_id, *permissions, *expire, args[2];

	AT_ARGS_START(5)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(user_id)
		Z_PARAM_ZVAL(permissions)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	/* ServiceRtm2 itself turns a null $permissions into an empty Rtm2Permissions. */
	ZVAL_COPY_VALUE(&args[0], user_id);
	ZVAL_COPY_VALUE(&args[1], permissions);
	return_one_service(return_value, app_id, cert, expire, at_ce_ServiceRtm2, 2, args, 1, expire);
}

/* --------------------------------------------------- ChatTokenBuilder2 */

ZEND_METHOD(ChatTokenBuilder2, buildUserToken)
{
	zval *app_id, *cert, *user_id, *expire;

	AT_ARGS_START(4)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(user_id)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	return_one_service(return_value, app_id, cert, expire, at_ce_ServiceChat, 1, user_id, 1, expire);
}

ZEND_METHOD(ChatTokenBuilder2, buildAppToken)
{
	zval *app_id, *cert, *expire;

	AT_ARGS_START(3)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	/* `new ServiceChat()`: the user id is "". */
	return_one_service(return_value, app_id, cert, expire, at_ce_ServiceChat, 0, NULL, 2, expire);
}

/* ----------------------------------------------------- FpaTokenBuilder */

ZEND_METHOD(FpaTokenBuilder, buildToken)
{
	zval *app_id, *cert, day, zero;

	AT_ARGS_START(2)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
	ZEND_PARSE_PARAMETERS_END();

	/* Fixed by the official builder: the token lasts a day, the login privilege has 0. */
	ZVAL_LONG(&day, 24 * 3600);
	ZVAL_LONG(&zero, 0);
	return_one_service(return_value, app_id, cert, &day, at_ce_ServiceFpa, 0, NULL, 1, &zero);
}

/* ------------------------------------ ApaasTokenBuilder (= Education) */

/* md5($userUuid): lower-case hex of the string conversion md5() applies to its argument. */
static bool chat_user_id(zval *user_uuid, zval *out)
{
	zend_string *s = at_string_param(user_uuid, "md5(): Argument #1 ($string)");
	unsigned char digest[16];
	char hex[33];
	PHP_MD5_CTX ctx;

	if (!s) {
		return false;
	}
	PHP_MD5Init(&ctx);
	PHP_MD5Update(&ctx, ZSTR_VAL(s), ZSTR_LEN(s));
	PHP_MD5Final(digest, &ctx);
	make_digest_ex(hex, digest, 16);
	zend_string_release(s);
	ZVAL_STRINGL(out, hex, 32);
	return true;
}

static void apaas_room_user(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *app_id, *cert, *room, *user, *role, *expire, token, chat_user, args[3];
	bool ok;

	AT_ARGS_START(6)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(room)
		Z_PARAM_ZVAL(user)
		Z_PARAM_ZVAL(role)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	if (!token_new(&token, app_id, cert, expire)) {
		RETURN_THROWS();
	}
	/* Added as APaaS, RTM, Chat; build() packs them sorted by type (2, 5, 7). */
	if (!chat_user_id(user, &chat_user)) {
		zval_ptr_dtor(&token);
		RETURN_THROWS();
	}
	ZVAL_COPY_VALUE(&args[0], room);
	ZVAL_COPY_VALUE(&args[1], user);
	ZVAL_COPY_VALUE(&args[2], role);
	ok = add_service_with(&token, at_ce_ServiceApaas, 3, args, 1, expire)
		&& add_service_with(&token, at_ce_ServiceRtm, 1, user, 1, expire)
		&& add_service_with(&token, at_ce_ServiceChat, 1, &chat_user, 1, expire);
	zval_ptr_dtor(&chat_user);
	if (!ok) {
		zval_ptr_dtor(&token);
		RETURN_THROWS();
	}
	build_and_return(&token, return_value);
}

static void apaas_user(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *app_id, *cert, *user, *expire, args[2];

	AT_ARGS_START(4)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(user)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	/* `new ServiceApaas("", $userUuid)`: the role keeps its default, -1. */
	ZVAL_EMPTY_STRING(&args[0]);
	ZVAL_COPY_VALUE(&args[1], user);
	return_one_service(return_value, app_id, cert, expire, at_ce_ServiceApaas, 2, args, 2, expire);
}

static void apaas_app(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *app_id, *cert, *expire;

	AT_ARGS_START(3)
		Z_PARAM_ZVAL(app_id)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(expire)
	ZEND_PARSE_PARAMETERS_END();

	return_one_service(return_value, app_id, cert, expire, at_ce_ServiceApaas, 0, NULL, 3, expire);
}

ZEND_METHOD(ApaasTokenBuilder, buildRoomUserToken)
{
	apaas_room_user(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(ApaasTokenBuilder, buildUserToken)
{
	apaas_user(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(ApaasTokenBuilder, buildAppToken)
{
	apaas_app(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* Since 2024-09 the official EducationTokenBuilder has the same code as ApaasTokenBuilder. */
ZEND_METHOD(EducationTokenBuilder, buildRoomUserToken)
{
	apaas_room_user(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EducationTokenBuilder, buildUserToken)
{
	apaas_user(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(EducationTokenBuilder, buildAppToken)
{
	apaas_app(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}
