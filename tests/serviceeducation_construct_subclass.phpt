--TEST--
ServiceEducation: the pre-2024 name of type 7 is a subclass of ServiceApaas and packs exactly as ServiceApaas
--EXTENSIONS--
agora_token
--FILE--
<?php
/*
 * ServiceEducation is a product decision (SPEC 7.1): the official HEAD only has
 * ServiceApaas. The expected tokens were computed with the official HEAD code
 * using ServiceApaas with the same arguments (ServiceEducation in the 2022/2023
 * code had the same body).
 */
var_dump(class_exists('ServiceEducation'));
var_dump(get_parent_class('ServiceEducation'));
var_dump(is_subclass_of('ServiceEducation', 'ServiceApaas'), is_subclass_of('ServiceEducation', 'Service'));
var_dump(ServiceEducation::SERVICE_TYPE, ServiceEducation::PRIVILEGE_ROOM_USER,
    ServiceEducation::PRIVILEGE_USER, ServiceEducation::PRIVILEGE_APP);
$params = array_map(fn($p) => $p->getName() . '=' . var_export($p->getDefaultValue(), true),
    (new ReflectionMethod('ServiceEducation', '__construct'))->getParameters());
echo implode(', ', $params), "\n";

$e = new ServiceEducation('room-1', 'user-1', 2);
var_dump($e instanceof ServiceApaas, $e->getServiceType(), $e->roomUuid, $e->userUuid, $e->role, $e->privileges);
$e->addPrivilege(ServiceEducation::PRIVILEGE_ROOM_USER, 600);
echo bin2hex($e->pack()), "\n";

$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
$t->addService($e);
echo $t->build(), "\n";

$d = new ServiceEducation();
var_dump($d->roomUuid, $d->userUuid, $d->role);
?>
--EXPECT--
bool(true)
string(12) "ServiceApaas"
bool(true)
bool(true)
int(7)
int(1)
int(2)
int(3)
roomUuid='', userUuid='', role=-1
bool(true)
int(7)
string(6) "room-1"
string(6) "user-1"
int(2)
NULL
070001000100580200000600726f6f6d2d310600757365722d310200
007eJxTYCjKOyZ8StKyaaHRFB7Tl88kclK6f6ycllLR8WYfe9hEJVUFhkTDJKNk4xSTVNM0MwNzQwsjS+NEkyTTZLMU81SLNEsDho/BqRFMDAx+iXsYGBnYgZiRAcRnYyjKz8/VNWRjKC1OLdI1ZGIAAB6YH9g=
string(0) ""
string(0) ""
int(-1)
