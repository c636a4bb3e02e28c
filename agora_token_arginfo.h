/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1cf76178f35e163b14cb8d706fcaad3c14299b6b */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Service___construct, 0, 0, 1)
	ZEND_ARG_INFO(0, serviceType)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Service_addPrivilege, 0, 0, 2)
	ZEND_ARG_INFO(0, privilege)
	ZEND_ARG_INFO(0, expire)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Service_getServiceType, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Service_pack arginfo_class_Service_getServiceType

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Service_unpack, 0, 0, 1)
	ZEND_ARG_INFO(1, data)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ServiceRtc___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, channelName, "\"\"")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, uid, "\"\"")
ZEND_END_ARG_INFO()

#define arginfo_class_ServiceRtc_pack arginfo_class_Service_getServiceType

#define arginfo_class_ServiceRtc_unpack arginfo_class_Service_unpack

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ServiceRtm___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, userId, "\"\"")
ZEND_END_ARG_INFO()

#define arginfo_class_ServiceRtm_pack arginfo_class_Service_getServiceType

#define arginfo_class_ServiceRtm_unpack arginfo_class_Service_unpack

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ServiceStreaming___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, channelName, "\"\"")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, account, "\"\"")
ZEND_END_ARG_INFO()

#define arginfo_class_ServiceStreaming_pack arginfo_class_Service_getServiceType

#define arginfo_class_ServiceStreaming_unpack arginfo_class_Service_unpack

#define arginfo_class_ServiceFpa___construct arginfo_class_Service_getServiceType

#define arginfo_class_ServiceFpa_pack arginfo_class_Service_getServiceType

#define arginfo_class_ServiceFpa_unpack arginfo_class_Service_unpack

#define arginfo_class_ServiceChat___construct arginfo_class_ServiceRtm___construct

#define arginfo_class_ServiceChat_pack arginfo_class_Service_getServiceType

#define arginfo_class_ServiceChat_unpack arginfo_class_Service_unpack

#define arginfo_class_ServiceFCdn___construct arginfo_class_ServiceStreaming___construct

#define arginfo_class_ServiceFCdn_pack arginfo_class_Service_getServiceType

#define arginfo_class_ServiceFCdn_unpack arginfo_class_Service_unpack

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ServiceApaas___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, roomUuid, "\"\"")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, userUuid, "\"\"")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, role, "-1")
ZEND_END_ARG_INFO()

#define arginfo_class_ServiceApaas_pack arginfo_class_Service_getServiceType

#define arginfo_class_ServiceApaas_unpack arginfo_class_Service_unpack

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Rtm2Permissions_add, 0, 0, 3)
	ZEND_ARG_INFO(0, resourceType)
	ZEND_ARG_INFO(0, permissionType)
	ZEND_ARG_INFO(0, resources)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ServiceRtm2___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, userId, "\"\"")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, permissions, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_ServiceRtm2_pack arginfo_class_Service_getServiceType

#define arginfo_class_ServiceRtm2_unpack arginfo_class_Service_unpack

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken2___construct, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, appId, "\"\"")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, appCert, "\"\"")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, expire, "900")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken2_addService, 0, 0, 1)
	ZEND_ARG_INFO(0, service)
ZEND_END_ARG_INFO()

#define arginfo_class_AccessToken2_getServices arginfo_class_Service___construct

#define arginfo_class_AccessToken2_build arginfo_class_Service_getServiceType

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken2_getSign, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, appCertificate, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_AccessToken2_getVersion arginfo_class_Service_getServiceType

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken2_isUUid, 0, 0, 1)
	ZEND_ARG_INFO(0, str)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken2_parse, 0, 0, 1)
	ZEND_ARG_INFO(0, token)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken2_verifySignature, 0, 0, 1)
	ZEND_ARG_INFO(0, appCertificate)
ZEND_END_ARG_INFO()

#define arginfo_class_AccessToken2_servicesForPacking arginfo_class_Service_getServiceType

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Util_assertEqual, 0, 0, 2)
	ZEND_ARG_INFO(0, expected)
	ZEND_ARG_INFO(0, actual)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Util_packUint16, 0, 0, 1)
	ZEND_ARG_INFO(0, x)
ZEND_END_ARG_INFO()

#define arginfo_class_Util_unpackUint16 arginfo_class_Service_unpack

#define arginfo_class_Util_packUint32 arginfo_class_Util_packUint16

#define arginfo_class_Util_unpackUint32 arginfo_class_Service_unpack

#define arginfo_class_Util_packInt16 arginfo_class_Util_packUint16

#define arginfo_class_Util_unpackInt16 arginfo_class_Service_unpack

#define arginfo_class_Util_packString arginfo_class_AccessToken2_isUUid

#define arginfo_class_Util_unpackString arginfo_class_Service_unpack

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Util_packMapUint32, 0, 0, 1)
	ZEND_ARG_INFO(0, arr)
ZEND_END_ARG_INFO()

#define arginfo_class_Util_unpackMapUint32 arginfo_class_Service_unpack

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtcTokenBuilder2_buildTokenWithUid, 0, 0, 6)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, uid)
	ZEND_ARG_INFO(0, role)
	ZEND_ARG_INFO(0, tokenExpire)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, privilegeExpire, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtcTokenBuilder2_buildTokenWithUserAccount, 0, 0, 6)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, account)
	ZEND_ARG_INFO(0, role)
	ZEND_ARG_INFO(0, tokenExpire)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, privilegeExpire, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtcTokenBuilder2_buildTokenWithUidAndPrivilege, 0, 0, 9)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, uid)
	ZEND_ARG_INFO(0, tokenExpire)
	ZEND_ARG_INFO(0, joinChannelPrivilegeExpire)
	ZEND_ARG_INFO(0, pubAudioPrivilegeExpire)
	ZEND_ARG_INFO(0, pubVideoPrivilegeExpire)
	ZEND_ARG_INFO(0, pubDataStreamPrivilegeExpire)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtcTokenBuilder2_buildTokenWithUserAccountAndPrivilege, 0, 0, 9)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, account)
	ZEND_ARG_INFO(0, tokenExpire)
	ZEND_ARG_INFO(0, joinChannelPrivilegeExpire)
	ZEND_ARG_INFO(0, pubAudioPrivilegeExpire)
	ZEND_ARG_INFO(0, pubVideoPrivilegeExpire)
	ZEND_ARG_INFO(0, pubDataStreamPrivilegeExpire)
ZEND_END_ARG_INFO()

#define arginfo_class_RtcTokenBuilder2_buildTokenWithRtm arginfo_class_RtcTokenBuilder2_buildTokenWithUserAccount

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtcTokenBuilder2_buildTokenWithRtm2, 0, 0, 12)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, rtcAccount)
	ZEND_ARG_INFO(0, rtcRole)
	ZEND_ARG_INFO(0, rtcTokenExpire)
	ZEND_ARG_INFO(0, joinChannelPrivilegeExpire)
	ZEND_ARG_INFO(0, pubAudioPrivilegeExpire)
	ZEND_ARG_INFO(0, pubVideoPrivilegeExpire)
	ZEND_ARG_INFO(0, pubDataStreamPrivilegeExpire)
	ZEND_ARG_INFO(0, rtmUserId)
	ZEND_ARG_INFO(0, rtmTokenExpire)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtmTokenBuilder2_buildToken, 0, 0, 4)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, userId)
	ZEND_ARG_INFO(0, expire)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtmTokenBuilder2_buildTokenWithPermissions, 0, 0, 5)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, userId)
	ZEND_ARG_INFO(0, permissions)
	ZEND_ARG_INFO(0, expire)
ZEND_END_ARG_INFO()

#define arginfo_class_ChatTokenBuilder2_buildUserToken arginfo_class_RtmTokenBuilder2_buildToken

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ChatTokenBuilder2_buildAppToken, 0, 0, 3)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, expire)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_FpaTokenBuilder_buildToken, 0, 0, 2)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ApaasTokenBuilder_buildRoomUserToken, 0, 0, 6)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, roomUuid)
	ZEND_ARG_INFO(0, userUuid)
	ZEND_ARG_INFO(0, role)
	ZEND_ARG_INFO(0, expire)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_ApaasTokenBuilder_buildUserToken, 0, 0, 4)
	ZEND_ARG_INFO(0, appId)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, userUuid)
	ZEND_ARG_INFO(0, expire)
ZEND_END_ARG_INFO()

#define arginfo_class_ApaasTokenBuilder_buildAppToken arginfo_class_ChatTokenBuilder2_buildAppToken

#define arginfo_class_EducationTokenBuilder_buildRoomUserToken arginfo_class_ApaasTokenBuilder_buildRoomUserToken

#define arginfo_class_EducationTokenBuilder_buildUserToken arginfo_class_ApaasTokenBuilder_buildUserToken

#define arginfo_class_EducationTokenBuilder_buildAppToken arginfo_class_ChatTokenBuilder2_buildAppToken

#define arginfo_class_Message___construct arginfo_class_Service_getServiceType

#define arginfo_class_Message_packContent arginfo_class_Service_getServiceType

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Message_unpackContent, 0, 0, 1)
	ZEND_ARG_INFO(0, msg)
ZEND_END_ARG_INFO()

#define arginfo_class_AccessToken___construct arginfo_class_Service_getServiceType

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken_setUid, 0, 0, 1)
	ZEND_ARG_INFO(0, uid)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken_is_nonempty_string, 0, 0, 2)
	ZEND_ARG_INFO(0, name)
	ZEND_ARG_INFO(0, str)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken_init, 0, 0, 4)
	ZEND_ARG_INFO(0, appID)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, uid)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken_initWithToken, 0, 0, 4)
	ZEND_ARG_INFO(0, token)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channel)
	ZEND_ARG_INFO(0, uid)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken_addPrivilege, 0, 0, 2)
	ZEND_ARG_INFO(0, key)
	ZEND_ARG_INFO(0, expireTimestamp)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_AccessToken_extract, 0, 0, 4)
	ZEND_ARG_INFO(0, token)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, uid)
ZEND_END_ARG_INFO()

#define arginfo_class_AccessToken_build arginfo_class_Service_getServiceType

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtcTokenBuilder_buildTokenWithUid, 0, 0, 6)
	ZEND_ARG_INFO(0, appID)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, uid)
	ZEND_ARG_INFO(0, role)
	ZEND_ARG_INFO(0, privilegeExpireTs)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtcTokenBuilder_buildTokenWithUserAccount, 0, 0, 6)
	ZEND_ARG_INFO(0, appID)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, channelName)
	ZEND_ARG_INFO(0, userAccount)
	ZEND_ARG_INFO(0, role)
	ZEND_ARG_INFO(0, privilegeExpireTs)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_RtmTokenBuilder_buildToken, 0, 0, 5)
	ZEND_ARG_INFO(0, appID)
	ZEND_ARG_INFO(0, appCertificate)
	ZEND_ARG_INFO(0, userAccount)
	ZEND_ARG_INFO(0, role)
	ZEND_ARG_INFO(0, privilegeExpireTs)
ZEND_END_ARG_INFO()


ZEND_METHOD(Service, __construct);
ZEND_METHOD(Service, addPrivilege);
ZEND_METHOD(Service, getServiceType);
ZEND_METHOD(Service, pack);
ZEND_METHOD(Service, unpack);
ZEND_METHOD(ServiceRtc, __construct);
ZEND_METHOD(ServiceRtc, pack);
ZEND_METHOD(ServiceRtc, unpack);
ZEND_METHOD(ServiceRtm, __construct);
ZEND_METHOD(ServiceRtm, pack);
ZEND_METHOD(ServiceRtm, unpack);
ZEND_METHOD(ServiceStreaming, __construct);
ZEND_METHOD(ServiceStreaming, pack);
ZEND_METHOD(ServiceStreaming, unpack);
ZEND_METHOD(ServiceFpa, __construct);
ZEND_METHOD(ServiceFpa, pack);
ZEND_METHOD(ServiceFpa, unpack);
ZEND_METHOD(ServiceChat, __construct);
ZEND_METHOD(ServiceChat, pack);
ZEND_METHOD(ServiceChat, unpack);
ZEND_METHOD(ServiceFCdn, __construct);
ZEND_METHOD(ServiceFCdn, pack);
ZEND_METHOD(ServiceFCdn, unpack);
ZEND_METHOD(ServiceApaas, __construct);
ZEND_METHOD(ServiceApaas, pack);
ZEND_METHOD(ServiceApaas, unpack);
ZEND_METHOD(Rtm2Permissions, add);
ZEND_METHOD(ServiceRtm2, __construct);
ZEND_METHOD(ServiceRtm2, pack);
ZEND_METHOD(ServiceRtm2, unpack);
ZEND_METHOD(AccessToken2, __construct);
ZEND_METHOD(AccessToken2, addService);
ZEND_METHOD(AccessToken2, getServices);
ZEND_METHOD(AccessToken2, build);
ZEND_METHOD(AccessToken2, getSign);
ZEND_METHOD(AccessToken2, getVersion);
ZEND_METHOD(AccessToken2, isUUid);
ZEND_METHOD(AccessToken2, parse);
ZEND_METHOD(AccessToken2, verifySignature);
ZEND_METHOD(AccessToken2, servicesForPacking);
ZEND_METHOD(Util, assertEqual);
ZEND_METHOD(Util, packUint16);
ZEND_METHOD(Util, unpackUint16);
ZEND_METHOD(Util, packUint32);
ZEND_METHOD(Util, unpackUint32);
ZEND_METHOD(Util, packInt16);
ZEND_METHOD(Util, unpackInt16);
ZEND_METHOD(Util, packString);
ZEND_METHOD(Util, unpackString);
ZEND_METHOD(Util, packMapUint32);
ZEND_METHOD(Util, unpackMapUint32);
ZEND_METHOD(RtcTokenBuilder2, buildTokenWithUid);
ZEND_METHOD(RtcTokenBuilder2, buildTokenWithUserAccount);
ZEND_METHOD(RtcTokenBuilder2, buildTokenWithUidAndPrivilege);
ZEND_METHOD(RtcTokenBuilder2, buildTokenWithUserAccountAndPrivilege);
ZEND_METHOD(RtcTokenBuilder2, buildTokenWithRtm);
ZEND_METHOD(RtcTokenBuilder2, buildTokenWithRtm2);
ZEND_METHOD(RtmTokenBuilder2, buildToken);
ZEND_METHOD(RtmTokenBuilder2, buildTokenWithPermissions);
ZEND_METHOD(ChatTokenBuilder2, buildUserToken);
ZEND_METHOD(ChatTokenBuilder2, buildAppToken);
ZEND_METHOD(FpaTokenBuilder, buildToken);
ZEND_METHOD(ApaasTokenBuilder, buildRoomUserToken);
ZEND_METHOD(ApaasTokenBuilder, buildUserToken);
ZEND_METHOD(ApaasTokenBuilder, buildAppToken);
ZEND_METHOD(EducationTokenBuilder, buildRoomUserToken);
ZEND_METHOD(EducationTokenBuilder, buildUserToken);
ZEND_METHOD(EducationTokenBuilder, buildAppToken);
ZEND_METHOD(Message, __construct);
ZEND_METHOD(Message, packContent);
ZEND_METHOD(Message, unpackContent);
ZEND_METHOD(AccessToken, __construct);
ZEND_METHOD(AccessToken, setUid);
ZEND_METHOD(AccessToken, is_nonempty_string);
ZEND_METHOD(AccessToken, init);
ZEND_METHOD(AccessToken, initWithToken);
ZEND_METHOD(AccessToken, addPrivilege);
ZEND_METHOD(AccessToken, extract);
ZEND_METHOD(AccessToken, build);
ZEND_METHOD(RtcTokenBuilder, buildTokenWithUid);
ZEND_METHOD(RtcTokenBuilder, buildTokenWithUserAccount);
ZEND_METHOD(RtmTokenBuilder, buildToken);


static const zend_function_entry class_Service_methods[] = {
	ZEND_ME(Service, __construct, arginfo_class_Service___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Service, addPrivilege, arginfo_class_Service_addPrivilege, ZEND_ACC_PUBLIC)
	ZEND_ME(Service, getServiceType, arginfo_class_Service_getServiceType, ZEND_ACC_PUBLIC)
	ZEND_ME(Service, pack, arginfo_class_Service_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(Service, unpack, arginfo_class_Service_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceRtc_methods[] = {
	ZEND_ME(ServiceRtc, __construct, arginfo_class_ServiceRtc___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceRtc, pack, arginfo_class_ServiceRtc_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceRtc, unpack, arginfo_class_ServiceRtc_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceRtm_methods[] = {
	ZEND_ME(ServiceRtm, __construct, arginfo_class_ServiceRtm___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceRtm, pack, arginfo_class_ServiceRtm_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceRtm, unpack, arginfo_class_ServiceRtm_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceStreaming_methods[] = {
	ZEND_ME(ServiceStreaming, __construct, arginfo_class_ServiceStreaming___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceStreaming, pack, arginfo_class_ServiceStreaming_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceStreaming, unpack, arginfo_class_ServiceStreaming_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceFpa_methods[] = {
	ZEND_ME(ServiceFpa, __construct, arginfo_class_ServiceFpa___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceFpa, pack, arginfo_class_ServiceFpa_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceFpa, unpack, arginfo_class_ServiceFpa_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceChat_methods[] = {
	ZEND_ME(ServiceChat, __construct, arginfo_class_ServiceChat___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceChat, pack, arginfo_class_ServiceChat_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceChat, unpack, arginfo_class_ServiceChat_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceFCdn_methods[] = {
	ZEND_ME(ServiceFCdn, __construct, arginfo_class_ServiceFCdn___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceFCdn, pack, arginfo_class_ServiceFCdn_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceFCdn, unpack, arginfo_class_ServiceFCdn_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceApaas_methods[] = {
	ZEND_ME(ServiceApaas, __construct, arginfo_class_ServiceApaas___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceApaas, pack, arginfo_class_ServiceApaas_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceApaas, unpack, arginfo_class_ServiceApaas_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceEducation_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Rtm2Permissions_methods[] = {
	ZEND_ME(Rtm2Permissions, add, arginfo_class_Rtm2Permissions_add, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_ServiceRtm2_methods[] = {
	ZEND_ME(ServiceRtm2, __construct, arginfo_class_ServiceRtm2___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceRtm2, pack, arginfo_class_ServiceRtm2_pack, ZEND_ACC_PUBLIC)
	ZEND_ME(ServiceRtm2, unpack, arginfo_class_ServiceRtm2_unpack, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_AgoraTokenException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_AccessToken2_methods[] = {
	ZEND_ME(AccessToken2, __construct, arginfo_class_AccessToken2___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken2, addService, arginfo_class_AccessToken2_addService, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken2, getServices, arginfo_class_AccessToken2_getServices, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken2, build, arginfo_class_AccessToken2_build, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken2, getSign, arginfo_class_AccessToken2_getSign, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken2, getVersion, arginfo_class_AccessToken2_getVersion, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(AccessToken2, isUUid, arginfo_class_AccessToken2_isUUid, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(AccessToken2, parse, arginfo_class_AccessToken2_parse, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken2, verifySignature, arginfo_class_AccessToken2_verifySignature, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken2, servicesForPacking, arginfo_class_AccessToken2_servicesForPacking, ZEND_ACC_PRIVATE)
	ZEND_FE_END
};


static const zend_function_entry class_Util_methods[] = {
	ZEND_ME(Util, assertEqual, arginfo_class_Util_assertEqual, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, packUint16, arginfo_class_Util_packUint16, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, unpackUint16, arginfo_class_Util_unpackUint16, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, packUint32, arginfo_class_Util_packUint32, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, unpackUint32, arginfo_class_Util_unpackUint32, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, packInt16, arginfo_class_Util_packInt16, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, unpackInt16, arginfo_class_Util_unpackInt16, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, packString, arginfo_class_Util_packString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, unpackString, arginfo_class_Util_unpackString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, packMapUint32, arginfo_class_Util_packMapUint32, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Util, unpackMapUint32, arginfo_class_Util_unpackMapUint32, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_RtcTokenBuilder2_methods[] = {
	ZEND_ME(RtcTokenBuilder2, buildTokenWithUid, arginfo_class_RtcTokenBuilder2_buildTokenWithUid, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(RtcTokenBuilder2, buildTokenWithUserAccount, arginfo_class_RtcTokenBuilder2_buildTokenWithUserAccount, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(RtcTokenBuilder2, buildTokenWithUidAndPrivilege, arginfo_class_RtcTokenBuilder2_buildTokenWithUidAndPrivilege, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(RtcTokenBuilder2, buildTokenWithUserAccountAndPrivilege, arginfo_class_RtcTokenBuilder2_buildTokenWithUserAccountAndPrivilege, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(RtcTokenBuilder2, buildTokenWithRtm, arginfo_class_RtcTokenBuilder2_buildTokenWithRtm, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(RtcTokenBuilder2, buildTokenWithRtm2, arginfo_class_RtcTokenBuilder2_buildTokenWithRtm2, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_RtmTokenBuilder2_methods[] = {
	ZEND_ME(RtmTokenBuilder2, buildToken, arginfo_class_RtmTokenBuilder2_buildToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(RtmTokenBuilder2, buildTokenWithPermissions, arginfo_class_RtmTokenBuilder2_buildTokenWithPermissions, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_ChatTokenBuilder2_methods[] = {
	ZEND_ME(ChatTokenBuilder2, buildUserToken, arginfo_class_ChatTokenBuilder2_buildUserToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ChatTokenBuilder2, buildAppToken, arginfo_class_ChatTokenBuilder2_buildAppToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_FpaTokenBuilder_methods[] = {
	ZEND_ME(FpaTokenBuilder, buildToken, arginfo_class_FpaTokenBuilder_buildToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_ApaasTokenBuilder_methods[] = {
	ZEND_ME(ApaasTokenBuilder, buildRoomUserToken, arginfo_class_ApaasTokenBuilder_buildRoomUserToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ApaasTokenBuilder, buildUserToken, arginfo_class_ApaasTokenBuilder_buildUserToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(ApaasTokenBuilder, buildAppToken, arginfo_class_ApaasTokenBuilder_buildAppToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_EducationTokenBuilder_methods[] = {
	ZEND_ME(EducationTokenBuilder, buildRoomUserToken, arginfo_class_EducationTokenBuilder_buildRoomUserToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(EducationTokenBuilder, buildUserToken, arginfo_class_EducationTokenBuilder_buildUserToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(EducationTokenBuilder, buildAppToken, arginfo_class_EducationTokenBuilder_buildAppToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Message_methods[] = {
	ZEND_ME(Message, __construct, arginfo_class_Message___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Message, packContent, arginfo_class_Message_packContent, ZEND_ACC_PUBLIC)
	ZEND_ME(Message, unpackContent, arginfo_class_Message_unpackContent, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_AccessToken_methods[] = {
	ZEND_ME(AccessToken, __construct, arginfo_class_AccessToken___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken, setUid, arginfo_class_AccessToken_setUid, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken, is_nonempty_string, arginfo_class_AccessToken_is_nonempty_string, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken, init, arginfo_class_AccessToken_init, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(AccessToken, initWithToken, arginfo_class_AccessToken_initWithToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(AccessToken, addPrivilege, arginfo_class_AccessToken_addPrivilege, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken, extract, arginfo_class_AccessToken_extract, ZEND_ACC_PUBLIC)
	ZEND_ME(AccessToken, build, arginfo_class_AccessToken_build, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_RtcTokenBuilder_methods[] = {
	ZEND_ME(RtcTokenBuilder, buildTokenWithUid, arginfo_class_RtcTokenBuilder_buildTokenWithUid, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(RtcTokenBuilder, buildTokenWithUserAccount, arginfo_class_RtcTokenBuilder_buildTokenWithUserAccount, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_RtmTokenBuilder_methods[] = {
	ZEND_ME(RtmTokenBuilder, buildToken, arginfo_class_RtmTokenBuilder_buildToken, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Service(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Service", class_Service_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_type_default_value;
	ZVAL_NULL(&property_type_default_value);
	zend_string *property_type_name = zend_string_init("type", sizeof("type") - 1, 1);
	zend_declare_property_ex(class_entry, property_type_name, &property_type_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_type_name);

	zval property_privileges_default_value;
	ZVAL_NULL(&property_privileges_default_value);
	zend_string *property_privileges_name = zend_string_init("privileges", sizeof("privileges") - 1, 1);
	zend_declare_property_ex(class_entry, property_privileges_name, &property_privileges_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_privileges_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceRtc(zend_class_entry *class_entry_Service)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceRtc", class_ServiceRtc_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Service);

	zval const_SERVICE_TYPE_value;
	ZVAL_LONG(&const_SERVICE_TYPE_value, 1);
	zend_string *const_SERVICE_TYPE_name = zend_string_init_interned("SERVICE_TYPE", sizeof("SERVICE_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_TYPE_name, &const_SERVICE_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_TYPE_name);

	zval const_PRIVILEGE_JOIN_CHANNEL_value;
	ZVAL_LONG(&const_PRIVILEGE_JOIN_CHANNEL_value, 1);
	zend_string *const_PRIVILEGE_JOIN_CHANNEL_name = zend_string_init_interned("PRIVILEGE_JOIN_CHANNEL", sizeof("PRIVILEGE_JOIN_CHANNEL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_JOIN_CHANNEL_name, &const_PRIVILEGE_JOIN_CHANNEL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_JOIN_CHANNEL_name);

	zval const_PRIVILEGE_PUBLISH_AUDIO_STREAM_value;
	ZVAL_LONG(&const_PRIVILEGE_PUBLISH_AUDIO_STREAM_value, 2);
	zend_string *const_PRIVILEGE_PUBLISH_AUDIO_STREAM_name = zend_string_init_interned("PRIVILEGE_PUBLISH_AUDIO_STREAM", sizeof("PRIVILEGE_PUBLISH_AUDIO_STREAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_PUBLISH_AUDIO_STREAM_name, &const_PRIVILEGE_PUBLISH_AUDIO_STREAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_PUBLISH_AUDIO_STREAM_name);

	zval const_PRIVILEGE_PUBLISH_VIDEO_STREAM_value;
	ZVAL_LONG(&const_PRIVILEGE_PUBLISH_VIDEO_STREAM_value, 3);
	zend_string *const_PRIVILEGE_PUBLISH_VIDEO_STREAM_name = zend_string_init_interned("PRIVILEGE_PUBLISH_VIDEO_STREAM", sizeof("PRIVILEGE_PUBLISH_VIDEO_STREAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_PUBLISH_VIDEO_STREAM_name, &const_PRIVILEGE_PUBLISH_VIDEO_STREAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_PUBLISH_VIDEO_STREAM_name);

	zval const_PRIVILEGE_PUBLISH_DATA_STREAM_value;
	ZVAL_LONG(&const_PRIVILEGE_PUBLISH_DATA_STREAM_value, 4);
	zend_string *const_PRIVILEGE_PUBLISH_DATA_STREAM_name = zend_string_init_interned("PRIVILEGE_PUBLISH_DATA_STREAM", sizeof("PRIVILEGE_PUBLISH_DATA_STREAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_PUBLISH_DATA_STREAM_name, &const_PRIVILEGE_PUBLISH_DATA_STREAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_PUBLISH_DATA_STREAM_name);

	zval property_channelName_default_value;
	ZVAL_NULL(&property_channelName_default_value);
	zend_string *property_channelName_name = zend_string_init("channelName", sizeof("channelName") - 1, 1);
	zend_declare_property_ex(class_entry, property_channelName_name, &property_channelName_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_channelName_name);

	zval property_uid_default_value;
	ZVAL_NULL(&property_uid_default_value);
	zend_string *property_uid_name = zend_string_init("uid", sizeof("uid") - 1, 1);
	zend_declare_property_ex(class_entry, property_uid_name, &property_uid_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_uid_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceRtm(zend_class_entry *class_entry_Service)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceRtm", class_ServiceRtm_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Service);

	zval const_SERVICE_TYPE_value;
	ZVAL_LONG(&const_SERVICE_TYPE_value, 2);
	zend_string *const_SERVICE_TYPE_name = zend_string_init_interned("SERVICE_TYPE", sizeof("SERVICE_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_TYPE_name, &const_SERVICE_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_TYPE_name);

	zval const_PRIVILEGE_LOGIN_value;
	ZVAL_LONG(&const_PRIVILEGE_LOGIN_value, 1);
	zend_string *const_PRIVILEGE_LOGIN_name = zend_string_init_interned("PRIVILEGE_LOGIN", sizeof("PRIVILEGE_LOGIN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_LOGIN_name, &const_PRIVILEGE_LOGIN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_LOGIN_name);

	zval property_userId_default_value;
	ZVAL_NULL(&property_userId_default_value);
	zend_string *property_userId_name = zend_string_init("userId", sizeof("userId") - 1, 1);
	zend_declare_property_ex(class_entry, property_userId_name, &property_userId_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_userId_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceStreaming(zend_class_entry *class_entry_Service)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceStreaming", class_ServiceStreaming_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Service);

	zval const_SERVICE_TYPE_value;
	ZVAL_LONG(&const_SERVICE_TYPE_value, 3);
	zend_string *const_SERVICE_TYPE_name = zend_string_init_interned("SERVICE_TYPE", sizeof("SERVICE_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_TYPE_name, &const_SERVICE_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_TYPE_name);

	zval const_PRIVILEGE_PUBLISH_MIX_STREAM_value;
	ZVAL_LONG(&const_PRIVILEGE_PUBLISH_MIX_STREAM_value, 1);
	zend_string *const_PRIVILEGE_PUBLISH_MIX_STREAM_name = zend_string_init_interned("PRIVILEGE_PUBLISH_MIX_STREAM", sizeof("PRIVILEGE_PUBLISH_MIX_STREAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_PUBLISH_MIX_STREAM_name, &const_PRIVILEGE_PUBLISH_MIX_STREAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_PUBLISH_MIX_STREAM_name);

	zval const_PRIVILEGE_PUBLISH_RAW_STREAM_value;
	ZVAL_LONG(&const_PRIVILEGE_PUBLISH_RAW_STREAM_value, 2);
	zend_string *const_PRIVILEGE_PUBLISH_RAW_STREAM_name = zend_string_init_interned("PRIVILEGE_PUBLISH_RAW_STREAM", sizeof("PRIVILEGE_PUBLISH_RAW_STREAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_PUBLISH_RAW_STREAM_name, &const_PRIVILEGE_PUBLISH_RAW_STREAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_PUBLISH_RAW_STREAM_name);

	zval property_channelName_default_value;
	ZVAL_NULL(&property_channelName_default_value);
	zend_string *property_channelName_name = zend_string_init("channelName", sizeof("channelName") - 1, 1);
	zend_declare_property_ex(class_entry, property_channelName_name, &property_channelName_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_channelName_name);

	zval property_account_default_value;
	ZVAL_NULL(&property_account_default_value);
	zend_string *property_account_name = zend_string_init("account", sizeof("account") - 1, 1);
	zend_declare_property_ex(class_entry, property_account_name, &property_account_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_account_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceFpa(zend_class_entry *class_entry_Service)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceFpa", class_ServiceFpa_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Service);

	zval const_SERVICE_TYPE_value;
	ZVAL_LONG(&const_SERVICE_TYPE_value, 4);
	zend_string *const_SERVICE_TYPE_name = zend_string_init_interned("SERVICE_TYPE", sizeof("SERVICE_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_TYPE_name, &const_SERVICE_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_TYPE_name);

	zval const_PRIVILEGE_LOGIN_value;
	ZVAL_LONG(&const_PRIVILEGE_LOGIN_value, 1);
	zend_string *const_PRIVILEGE_LOGIN_name = zend_string_init_interned("PRIVILEGE_LOGIN", sizeof("PRIVILEGE_LOGIN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_LOGIN_name, &const_PRIVILEGE_LOGIN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_LOGIN_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceChat(zend_class_entry *class_entry_Service)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceChat", class_ServiceChat_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Service);

	zval const_SERVICE_TYPE_value;
	ZVAL_LONG(&const_SERVICE_TYPE_value, 5);
	zend_string *const_SERVICE_TYPE_name = zend_string_init_interned("SERVICE_TYPE", sizeof("SERVICE_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_TYPE_name, &const_SERVICE_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_TYPE_name);

	zval const_PRIVILEGE_USER_value;
	ZVAL_LONG(&const_PRIVILEGE_USER_value, 1);
	zend_string *const_PRIVILEGE_USER_name = zend_string_init_interned("PRIVILEGE_USER", sizeof("PRIVILEGE_USER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_USER_name, &const_PRIVILEGE_USER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_USER_name);

	zval const_PRIVILEGE_APP_value;
	ZVAL_LONG(&const_PRIVILEGE_APP_value, 2);
	zend_string *const_PRIVILEGE_APP_name = zend_string_init_interned("PRIVILEGE_APP", sizeof("PRIVILEGE_APP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_APP_name, &const_PRIVILEGE_APP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_APP_name);

	zval property_userId_default_value;
	ZVAL_NULL(&property_userId_default_value);
	zend_string *property_userId_name = zend_string_init("userId", sizeof("userId") - 1, 1);
	zend_declare_property_ex(class_entry, property_userId_name, &property_userId_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_userId_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceFCdn(zend_class_entry *class_entry_Service)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceFCdn", class_ServiceFCdn_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Service);

	zval const_SERVICE_TYPE_value;
	ZVAL_LONG(&const_SERVICE_TYPE_value, 6);
	zend_string *const_SERVICE_TYPE_name = zend_string_init_interned("SERVICE_TYPE", sizeof("SERVICE_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_TYPE_name, &const_SERVICE_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_TYPE_name);

	zval const_PRIVILEGE_PUBLISH_value;
	ZVAL_LONG(&const_PRIVILEGE_PUBLISH_value, 1);
	zend_string *const_PRIVILEGE_PUBLISH_name = zend_string_init_interned("PRIVILEGE_PUBLISH", sizeof("PRIVILEGE_PUBLISH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_PUBLISH_name, &const_PRIVILEGE_PUBLISH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_PUBLISH_name);

	zval const_PRIVILEGE_PLAY_value;
	ZVAL_LONG(&const_PRIVILEGE_PLAY_value, 2);
	zend_string *const_PRIVILEGE_PLAY_name = zend_string_init_interned("PRIVILEGE_PLAY", sizeof("PRIVILEGE_PLAY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_PLAY_name, &const_PRIVILEGE_PLAY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_PLAY_name);

	zval property_channelName_default_value;
	ZVAL_NULL(&property_channelName_default_value);
	zend_string *property_channelName_name = zend_string_init("channelName", sizeof("channelName") - 1, 1);
	zend_declare_property_ex(class_entry, property_channelName_name, &property_channelName_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_channelName_name);

	zval property_account_default_value;
	ZVAL_NULL(&property_account_default_value);
	zend_string *property_account_name = zend_string_init("account", sizeof("account") - 1, 1);
	zend_declare_property_ex(class_entry, property_account_name, &property_account_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_account_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceApaas(zend_class_entry *class_entry_Service)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceApaas", class_ServiceApaas_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Service);

	zval const_SERVICE_TYPE_value;
	ZVAL_LONG(&const_SERVICE_TYPE_value, 7);
	zend_string *const_SERVICE_TYPE_name = zend_string_init_interned("SERVICE_TYPE", sizeof("SERVICE_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_TYPE_name, &const_SERVICE_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_TYPE_name);

	zval const_PRIVILEGE_ROOM_USER_value;
	ZVAL_LONG(&const_PRIVILEGE_ROOM_USER_value, 1);
	zend_string *const_PRIVILEGE_ROOM_USER_name = zend_string_init_interned("PRIVILEGE_ROOM_USER", sizeof("PRIVILEGE_ROOM_USER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_ROOM_USER_name, &const_PRIVILEGE_ROOM_USER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_ROOM_USER_name);

	zval const_PRIVILEGE_USER_value;
	ZVAL_LONG(&const_PRIVILEGE_USER_value, 2);
	zend_string *const_PRIVILEGE_USER_name = zend_string_init_interned("PRIVILEGE_USER", sizeof("PRIVILEGE_USER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_USER_name, &const_PRIVILEGE_USER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_USER_name);

	zval const_PRIVILEGE_APP_value;
	ZVAL_LONG(&const_PRIVILEGE_APP_value, 3);
	zend_string *const_PRIVILEGE_APP_name = zend_string_init_interned("PRIVILEGE_APP", sizeof("PRIVILEGE_APP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_APP_name, &const_PRIVILEGE_APP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_APP_name);

	zval property_roomUuid_default_value;
	ZVAL_NULL(&property_roomUuid_default_value);
	zend_string *property_roomUuid_name = zend_string_init("roomUuid", sizeof("roomUuid") - 1, 1);
	zend_declare_property_ex(class_entry, property_roomUuid_name, &property_roomUuid_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_roomUuid_name);

	zval property_userUuid_default_value;
	ZVAL_NULL(&property_userUuid_default_value);
	zend_string *property_userUuid_name = zend_string_init("userUuid", sizeof("userUuid") - 1, 1);
	zend_declare_property_ex(class_entry, property_userUuid_name, &property_userUuid_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_userUuid_name);

	zval property_role_default_value;
	ZVAL_NULL(&property_role_default_value);
	zend_string *property_role_name = zend_string_init("role", sizeof("role") - 1, 1);
	zend_declare_property_ex(class_entry, property_role_name, &property_role_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_role_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceEducation(zend_class_entry *class_entry_ServiceApaas)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceEducation", class_ServiceEducation_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_ServiceApaas);

	return class_entry;
}

static zend_class_entry *register_class_Rtm2Permissions(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Rtm2Permissions", class_Rtm2Permissions_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_MESSAGE_CHANNELS_value;
	ZVAL_LONG(&const_MESSAGE_CHANNELS_value, 0);
	zend_string *const_MESSAGE_CHANNELS_name = zend_string_init_interned("MESSAGE_CHANNELS", sizeof("MESSAGE_CHANNELS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MESSAGE_CHANNELS_name, &const_MESSAGE_CHANNELS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MESSAGE_CHANNELS_name);

	zval const_STREAM_CHANNELS_value;
	ZVAL_LONG(&const_STREAM_CHANNELS_value, 1);
	zend_string *const_STREAM_CHANNELS_name = zend_string_init_interned("STREAM_CHANNELS", sizeof("STREAM_CHANNELS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STREAM_CHANNELS_name, &const_STREAM_CHANNELS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STREAM_CHANNELS_name);

	zval const_GROUP_CHANNELS_value;
	ZVAL_LONG(&const_GROUP_CHANNELS_value, 2);
	zend_string *const_GROUP_CHANNELS_name = zend_string_init_interned("GROUP_CHANNELS", sizeof("GROUP_CHANNELS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_GROUP_CHANNELS_name, &const_GROUP_CHANNELS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_GROUP_CHANNELS_name);

	zval const_SERVER_GROUPS_value;
	ZVAL_LONG(&const_SERVER_GROUPS_value, 3);
	zend_string *const_SERVER_GROUPS_name = zend_string_init_interned("SERVER_GROUPS", sizeof("SERVER_GROUPS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVER_GROUPS_name, &const_SERVER_GROUPS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVER_GROUPS_name);

	zval const_USERS_value;
	ZVAL_LONG(&const_USERS_value, 4);
	zend_string *const_USERS_name = zend_string_init_interned("USERS", sizeof("USERS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_USERS_name, &const_USERS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_USERS_name);

	zval const_READ_value;
	ZVAL_LONG(&const_READ_value, 0);
	zend_string *const_READ_name = zend_string_init_interned("READ", sizeof("READ") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_READ_name, &const_READ_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_READ_name);

	zval const_WRITE_value;
	ZVAL_LONG(&const_WRITE_value, 1);
	zend_string *const_WRITE_name = zend_string_init_interned("WRITE", sizeof("WRITE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_WRITE_name, &const_WRITE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_WRITE_name);

	zval property_details_default_value;
	ZVAL_EMPTY_ARRAY(&property_details_default_value);
	zend_string *property_details_name = zend_string_init("details", sizeof("details") - 1, 1);
	zend_declare_property_ex(class_entry, property_details_name, &property_details_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_details_name);

	return class_entry;
}

static zend_class_entry *register_class_ServiceRtm2(zend_class_entry *class_entry_Service)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ServiceRtm2", class_ServiceRtm2_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Service);

	zval const_SERVICE_TYPE_value;
	ZVAL_LONG(&const_SERVICE_TYPE_value, 8);
	zend_string *const_SERVICE_TYPE_name = zend_string_init_interned("SERVICE_TYPE", sizeof("SERVICE_TYPE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_TYPE_name, &const_SERVICE_TYPE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_TYPE_name);

	zval const_PRIVILEGE_LOGIN_value;
	ZVAL_LONG(&const_PRIVILEGE_LOGIN_value, 1);
	zend_string *const_PRIVILEGE_LOGIN_name = zend_string_init_interned("PRIVILEGE_LOGIN", sizeof("PRIVILEGE_LOGIN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_PRIVILEGE_LOGIN_name, &const_PRIVILEGE_LOGIN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_PRIVILEGE_LOGIN_name);

	zval property_userId_default_value;
	ZVAL_NULL(&property_userId_default_value);
	zend_string *property_userId_name = zend_string_init("userId", sizeof("userId") - 1, 1);
	zend_declare_property_ex(class_entry, property_userId_name, &property_userId_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_userId_name);

	zval property_permissions_default_value;
	ZVAL_NULL(&property_permissions_default_value);
	zend_string *property_permissions_name = zend_string_init("permissions", sizeof("permissions") - 1, 1);
	zend_declare_property_ex(class_entry, property_permissions_name, &property_permissions_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_permissions_name);

	return class_entry;
}

static zend_class_entry *register_class_AgoraTokenException(zend_class_entry *class_entry_InvalidArgumentException)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "AgoraTokenException", class_AgoraTokenException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);

	return class_entry;
}

static zend_class_entry *register_class_AccessToken2(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "AccessToken2", class_AccessToken2_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("007", strlen("007"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval const_VERSION_LENGTH_value;
	ZVAL_LONG(&const_VERSION_LENGTH_value, 3);
	zend_string *const_VERSION_LENGTH_name = zend_string_init_interned("VERSION_LENGTH", sizeof("VERSION_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_LENGTH_name, &const_VERSION_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_LENGTH_name);

	zval property_appCert_default_value;
	ZVAL_NULL(&property_appCert_default_value);
	zend_string *property_appCert_name = zend_string_init("appCert", sizeof("appCert") - 1, 1);
	zend_declare_property_ex(class_entry, property_appCert_name, &property_appCert_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_appCert_name);

	zval property_appId_default_value;
	ZVAL_NULL(&property_appId_default_value);
	zend_string *property_appId_name = zend_string_init("appId", sizeof("appId") - 1, 1);
	zend_declare_property_ex(class_entry, property_appId_name, &property_appId_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_appId_name);

	zval property_expire_default_value;
	ZVAL_NULL(&property_expire_default_value);
	zend_string *property_expire_name = zend_string_init("expire", sizeof("expire") - 1, 1);
	zend_declare_property_ex(class_entry, property_expire_name, &property_expire_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_expire_name);

	zval property_issueTs_default_value;
	ZVAL_NULL(&property_issueTs_default_value);
	zend_string *property_issueTs_name = zend_string_init("issueTs", sizeof("issueTs") - 1, 1);
	zend_declare_property_ex(class_entry, property_issueTs_name, &property_issueTs_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_issueTs_name);

	zval property_salt_default_value;
	ZVAL_NULL(&property_salt_default_value);
	zend_string *property_salt_name = zend_string_init("salt", sizeof("salt") - 1, 1);
	zend_declare_property_ex(class_entry, property_salt_name, &property_salt_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_salt_name);

	zval property_services_default_value;
	ZVAL_EMPTY_ARRAY(&property_services_default_value);
	zend_string *property_services_name = zend_string_init("services", sizeof("services") - 1, 1);
	zend_declare_property_ex(class_entry, property_services_name, &property_services_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_services_name);

	zval property_signature_default_value;
	ZVAL_EMPTY_STRING(&property_signature_default_value);
	zend_string *property_signature_name = zend_string_init("signature", sizeof("signature") - 1, 1);
	zend_declare_property_ex(class_entry, property_signature_name, &property_signature_default_value, ZEND_ACC_PRIVATE, NULL);
	zend_string_release(property_signature_name);

	zval property_signingInfo_default_value;
	ZVAL_EMPTY_STRING(&property_signingInfo_default_value);
	zend_string *property_signingInfo_name = zend_string_init("signingInfo", sizeof("signingInfo") - 1, 1);
	zend_declare_property_ex(class_entry, property_signingInfo_name, &property_signingInfo_default_value, ZEND_ACC_PRIVATE, NULL);
	zend_string_release(property_signingInfo_name);

	zval property_parsed_default_value;
	ZVAL_FALSE(&property_parsed_default_value);
	zend_string *property_parsed_name = zend_string_init("parsed", sizeof("parsed") - 1, 1);
	zend_declare_property_ex(class_entry, property_parsed_name, &property_parsed_default_value, ZEND_ACC_PRIVATE, NULL);
	zend_string_release(property_parsed_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "getsign", sizeof("getsign") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "verifysignature", sizeof("verifysignature") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_Util(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Util", class_Util_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_RtcTokenBuilder2(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "RtcTokenBuilder2", class_RtcTokenBuilder2_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_ROLE_PUBLISHER_value;
	ZVAL_LONG(&const_ROLE_PUBLISHER_value, 1);
	zend_string *const_ROLE_PUBLISHER_name = zend_string_init_interned("ROLE_PUBLISHER", sizeof("ROLE_PUBLISHER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ROLE_PUBLISHER_name, &const_ROLE_PUBLISHER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ROLE_PUBLISHER_name);

	zval const_ROLE_SUBSCRIBER_value;
	ZVAL_LONG(&const_ROLE_SUBSCRIBER_value, 2);
	zend_string *const_ROLE_SUBSCRIBER_name = zend_string_init_interned("ROLE_SUBSCRIBER", sizeof("ROLE_SUBSCRIBER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ROLE_SUBSCRIBER_name, &const_ROLE_SUBSCRIBER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ROLE_SUBSCRIBER_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithuid", sizeof("buildtokenwithuid") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithuseraccount", sizeof("buildtokenwithuseraccount") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithuidandprivilege", sizeof("buildtokenwithuidandprivilege") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithuseraccountandprivilege", sizeof("buildtokenwithuseraccountandprivilege") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithrtm", sizeof("buildtokenwithrtm") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithrtm2", sizeof("buildtokenwithrtm2") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_RtmTokenBuilder2(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "RtmTokenBuilder2", class_RtmTokenBuilder2_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtoken", sizeof("buildtoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithpermissions", sizeof("buildtokenwithpermissions") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_ChatTokenBuilder2(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ChatTokenBuilder2", class_ChatTokenBuilder2_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildusertoken", sizeof("buildusertoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildapptoken", sizeof("buildapptoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_FpaTokenBuilder(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "FpaTokenBuilder", class_FpaTokenBuilder_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtoken", sizeof("buildtoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_ApaasTokenBuilder(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "ApaasTokenBuilder", class_ApaasTokenBuilder_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildroomusertoken", sizeof("buildroomusertoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildusertoken", sizeof("buildusertoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildapptoken", sizeof("buildapptoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_EducationTokenBuilder(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "EducationTokenBuilder", class_EducationTokenBuilder_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildroomusertoken", sizeof("buildroomusertoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildusertoken", sizeof("buildusertoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildapptoken", sizeof("buildapptoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_Message(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Message", class_Message_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_salt_default_value;
	ZVAL_NULL(&property_salt_default_value);
	zend_string *property_salt_name = zend_string_init("salt", sizeof("salt") - 1, 1);
	zend_declare_property_ex(class_entry, property_salt_name, &property_salt_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_salt_name);

	zval property_ts_default_value;
	ZVAL_NULL(&property_ts_default_value);
	zend_string *property_ts_name = zend_string_init("ts", sizeof("ts") - 1, 1);
	zend_declare_property_ex(class_entry, property_ts_name, &property_ts_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_ts_name);

	zval property_privileges_default_value;
	ZVAL_NULL(&property_privileges_default_value);
	zend_string *property_privileges_name = zend_string_init("privileges", sizeof("privileges") - 1, 1);
	zend_declare_property_ex(class_entry, property_privileges_name, &property_privileges_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_privileges_name);

	return class_entry;
}

static zend_class_entry *register_class_AccessToken(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "AccessToken", class_AccessToken_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_appID_default_value;
	ZVAL_NULL(&property_appID_default_value);
	zend_string *property_appID_name = zend_string_init("appID", sizeof("appID") - 1, 1);
	zend_declare_property_ex(class_entry, property_appID_name, &property_appID_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_appID_name);

	zval property_appCertificate_default_value;
	ZVAL_NULL(&property_appCertificate_default_value);
	zend_string *property_appCertificate_name = zend_string_init("appCertificate", sizeof("appCertificate") - 1, 1);
	zend_declare_property_ex(class_entry, property_appCertificate_name, &property_appCertificate_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_appCertificate_name);

	zval property_channelName_default_value;
	ZVAL_NULL(&property_channelName_default_value);
	zend_string *property_channelName_name = zend_string_init("channelName", sizeof("channelName") - 1, 1);
	zend_declare_property_ex(class_entry, property_channelName_name, &property_channelName_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_channelName_name);

	zval property_uid_default_value;
	ZVAL_NULL(&property_uid_default_value);
	zend_string *property_uid_name = zend_string_init("uid", sizeof("uid") - 1, 1);
	zend_declare_property_ex(class_entry, property_uid_name, &property_uid_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_uid_name);

	zval property_message_default_value;
	ZVAL_NULL(&property_message_default_value);
	zend_string *property_message_name = zend_string_init("message", sizeof("message") - 1, 1);
	zend_declare_property_ex(class_entry, property_message_name, &property_message_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_message_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "init", sizeof("init") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "initwithtoken", sizeof("initwithtoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "extract", sizeof("extract") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_RtcTokenBuilder(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "RtcTokenBuilder", class_RtcTokenBuilder_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_RoleAttendee_value;
	ZVAL_LONG(&const_RoleAttendee_value, 0);
	zend_string *const_RoleAttendee_name = zend_string_init_interned("RoleAttendee", sizeof("RoleAttendee") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RoleAttendee_name, &const_RoleAttendee_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RoleAttendee_name);

	zval const_RolePublisher_value;
	ZVAL_LONG(&const_RolePublisher_value, 1);
	zend_string *const_RolePublisher_name = zend_string_init_interned("RolePublisher", sizeof("RolePublisher") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RolePublisher_name, &const_RolePublisher_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RolePublisher_name);

	zval const_RoleSubscriber_value;
	ZVAL_LONG(&const_RoleSubscriber_value, 2);
	zend_string *const_RoleSubscriber_name = zend_string_init_interned("RoleSubscriber", sizeof("RoleSubscriber") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RoleSubscriber_name, &const_RoleSubscriber_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RoleSubscriber_name);

	zval const_RoleAdmin_value;
	ZVAL_LONG(&const_RoleAdmin_value, 101);
	zend_string *const_RoleAdmin_name = zend_string_init_interned("RoleAdmin", sizeof("RoleAdmin") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RoleAdmin_name, &const_RoleAdmin_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RoleAdmin_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithuid", sizeof("buildtokenwithuid") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtokenwithuseraccount", sizeof("buildtokenwithuseraccount") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}

static zend_class_entry *register_class_RtmTokenBuilder(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "RtmTokenBuilder", class_RtmTokenBuilder_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_RoleRtmUser_value;
	ZVAL_LONG(&const_RoleRtmUser_value, 1);
	zend_string *const_RoleRtmUser_name = zend_string_init_interned("RoleRtmUser", sizeof("RoleRtmUser") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_RoleRtmUser_name, &const_RoleRtmUser_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_RoleRtmUser_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "buildtoken", sizeof("buildtoken") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
