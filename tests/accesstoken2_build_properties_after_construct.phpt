--TEST--
AccessToken2::build reads the public properties at build time: issueTs, salt, expire, appId, appCert, services and each service's fields
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official classes (HEAD) for the same script. */
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
$s = new ServiceRtc('room1', 1);
$s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
$t->addService($s);
echo "base      ", $t->build(), "\n";
$t->issueTs = 1700000001;
echo "issueTs   ", $t->build(), "\n";
$t->salt = 1;
echo "salt      ", $t->build(), "\n";
$t->expire = 3600;
echo "expire    ", $t->build(), "\n";
$s->uid = 'changed-uid';
echo "uid       ", $t->build(), "\n";
$s->channelName = 'room2';
echo "channel   ", $t->build(), "\n";
$s->privileges = [ServiceRtc::PRIVILEGE_PUBLISH_VIDEO_STREAM => 60, ServiceRtc::PRIVILEGE_JOIN_CHANNEL => 30];
echo "privs     ", $t->build(), "\n";
$s->privileges = [];
echo "no privs  ", $t->build(), "\n";
$t->appId = strtoupper($t->appId);
echo "APPID     ", $t->build(), "\n";
$t->appCert = 'ffffffffffffffffffffffffffffffff';
echo "appCert   ", $t->build(), "\n";
$r = new ServiceRtm('u');
$r->addPrivilege(1, 10);
$t->services = [$r, $s];
echo "services  ", $t->build(), "\n";
$t->services = ['x' => $s, 'y' => $r];   // string keys: a plain array still works
echo "keyed     ", $t->build(), "\n";
$t->services = [$s, $r, $s];              // the same object twice
echo "twice     ", $t->build(), "\n";
$a = new ServiceApaas('r', 'u');
$a->addPrivilege(1, 1);
$a->role = 3;
$a->roomUuid = 12;
$t->services = [$a];
echo "apaas     ", $t->build(), "\n";
$perm = new Rtm2Permissions();
$perm->add(Rtm2Permissions::STREAM_CHANNELS, Rtm2Permissions::READ, ['b', 'a']);
$r2 = new ServiceRtm2('u', $perm);
$r2->addPrivilege(1, 1);
$perm->add(Rtm2Permissions::MESSAGE_CHANNELS, Rtm2Permissions::WRITE, ['m']);   // after construction: same object
$t->services = [$r2];
echo "rtm2      ", $t->build(), "\n";
$r2->permissions->details = [4 => [1 => ['z'], 0 => ['y']], 2 => []];
echo "details   ", $t->build(), "\n";
var_dump($t->services[0] === $r2);
?>
--EXPECT--
base      007eJxTYFj7Ya6LxToZV+924ck9mz+dmciSvebrMuk1i9QPdZ8RSnFTYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPgYnBrBxMDgl7iHgREKQXxWhqL8/FxDRgZDAIniHtw=
issueTs   007eJxTYFDyWiT4VYlHoOWjdcWe33prWCfUr3TbuKv1QlequgD/iV8KDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGjB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAIABb+Hbw=
salt      007eJxTYHhr3+EaNJ07cm61xKIq529Ld506nvZZK80vaQnz9wTPA2EKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGjB+DUyOYGBgYGUAYAkF8Voai/PxcQ0YGQwBOwh0+
expire    007eJxTYPgvJztZZF3IzqTvehcS2W6tUF91PHcd27wT1rwPZ0l/iXZUYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPwYnCrAx8DAyADCEBjBxMDAylCUn59ryMhgCAAzpRy6
uid       007eJxTYPhbsNHv+umXE2+qJX/I+P9yn92mFclvkk469albPGkI/eWqwJBomGSUbJxikmqaZmZgbmhhZGmcaJJkmmyWYp5qkWZpwPgxOFWAj4GBkQGEITCCiYGBlaEoPz/XkJshOSMxLz01Rbc0MwUA3kskhA==
channel   007eJxTYLjYbvNfgq3D4vf+rZfEZV5u8Uz9rm50aL6RQkdo7vPyMDkFhkTDJKNk4xSTVNM0MwNzQwsjS+NEkyTTZLMU81SLNEsDxo/BqQJ8DAyMDCAMgRFMDAysDEX5+blG3AzJGYl56akpuqWZKQBuMiCz
privs     007eJxTYEgInC+0WHuWe2rngvIzd0qvT7awf7skt6R29fTU1U2n3v5VYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPwYnCrAx8DAyADCjAxMQCwHZDMz2ABJVoai/PxcI26G5IzEvPTUFN3SzBQAwSQi8w==
no privs  007eJxTYPgaoLDiC+cFpwxBqdxvexepRl/3mr+sROp5wMeXi7R9TsUqMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMH4MThXgY2BgZABhEMnKUJSfn2vEzZCckZiXnpqiW5qZAgAFTyE+
APPID     007eJxTYJguG3e/72dD9HnPG00tqycK8/27aRrjK6Ww5NzVOZ2c7uoKDI6GTkbOxi4mrqZuZgbmhhZGlsaOJk6mzmYu5q4WbpYGjB+DUwX4GBgYGUAYRLIyFOXn5xpxMyRnJOalp6bolmamAACJAx8A
appCert   007eJxTYBCRXLfhuNR3kVdtJuabDx/MsqmIfu+ze+fsf3OfHlgl2DpTgcHR0MnI2djFxNXUzczA3NDCyNLY0cTJ1NnMxdzVws3SgPFjcKoAHwMDIwMIg0hWhqL8/FwjbobkjMS89NQU3dLMFAANViDt
services  007eJxTYKgVftqlkeidt7NZmXvJrSNMNRFJHgmPwi46Pp4deN2/+LICg6Ohk5GzsYuJq6mbmYG5oYWRpbGjiZOps5mLuauFm6UB48fgVAE+BgZGBgYGJjDJylCUn59rxM2QnJGYl56aoluamQKSYWTgYgCpKwUA6ksfXw==
keyed     007eJxTYKgVftqlkeidt7NZmXvJrSNMNRFJHgmPwi46Pp4deN2/+LICg6Ohk5GzsYuJq6mbmYG5oYWRpbGjiZOps5mLuauFm6UB48fgVAE+BgZGBgYGJjDJylCUn59rxM2QnJGYl56aoluamQKSYWTgYgCpKwUA6ksfXw==
twice     007eJxTYIhLymey375uzlWvwgyfwID0TUcKxc9Z+y63PLP363HDr98VGBwNnYycjV1MXE3dzAzMDS2MLI0dTZxMnc1czF0t3CwNGD8GpwrwMTAwMjAwMINJVoai/PxcI26G5IzEvPTUFN3SzBRc4kxAHYwMXAwg/aUAy38mmg==
apaas     007eJxTYNiZWPo/b1NkwyWvdQlyj0PXHlxudWSFKqtYBfMa5o9yZscUGBwNnYycjV1MXE3dzAzMDS2MLI0dTZxMnc1czF0t3CwNGD8GpwrwMTAwMoAwOxAzgtlMDIZGjAylzAwAxx8Zbg==
rtm2      007eJxTYODf9HO7/fH2T6HzpvPl/LwweaKKRSSrPmc+o5fL8n7u2BYFBkdDJyNnYxcTV1M3MwNzQwsjS2NHEydTZzMXc1cLN0sDxo/BqQJ8DAyMDCDMAcSMUHYpE5iCwFyIKBOQTGJkSAQAYW4Y/w==
details   007eJxTYFDJ2G4Qz88V/rd40qyZyw7VdL2Ymyj6a+snYxZveY7znkkKDI6GTkbOxi4mrqZuZgbmhhZGlsaOJk6mzmYu5q4WbpYGjB+DUwX4GBgYGUCYA4gZoexSJgYmIIMFTIIEKyFyVQA8kxl2
bool(true)
