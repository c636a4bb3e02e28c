--TEST--
Issue case 2: uids 2882341273, -1 and 4294967295 (int and string) pack as their decimal text
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official AccessToken2 (HEAD) on the same input. */
foreach ([2882341273, '2882341273', -1, '-1', 4294967295, '4294967295'] as $uid) {
    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    $s = new ServiceRtc('room1', $uid);
    $s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
    $t->addService($s);
    $token = $t->build();
    $p = new AccessToken2();
    $p->parse($token);
    echo var_export($uid, true), ': ', $token, ' uid ', var_export($p->services[0]->uid, true), "\n";
}
?>
--EXPECT--
2882341273: 007eJxTYDicvn5eZk3SNa0F31cuVd5x4POKi99OKjh6Zyy+fosryeyEAkOiYZJRsnGKSappmpmBuaGFkaVxokmSabJZinmqRZqlAcPH4NQIJgYGv8Q9DIxQCOKzMhTl5+cacjEYWVgYGZsYGpkbAwCIyyMR uid '2882341273'
'2882341273': 007eJxTYDicvn5eZk3SNa0F31cuVd5x4POKi99OKjh6Zyy+fosryeyEAkOiYZJRsnGKSappmpmBuaGFkaVxokmSabJZinmqRZqlAcPH4NQIJgYGv8Q9DIxQCOKzMhTl5+cacjEYWVgYGZsYGpkbAwCIyyMR uid '2882341273'
-1: 007eJxTYNDYIHX3++OTi+OXFHw1euZ5xj6rnNu7T//ltFbN9sWfd1ooMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hE4OuIQAUESA8 uid '-1'
'-1': 007eJxTYNDYIHX3++OTi+OXFHw1euZ5xj6rnNu7T//ltFbN9sWfd1ooMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hE4OuIQAUESA8 uid '-1'
4294967295: 007eJxTYIg4KyLc9uDau69Xdbk3f9/Y7BCQ8Hpn5T+nhMUHVR8p7r2pwJBomGSUbJxikmqaZmZgbmhhZGmcaJJkmmyWYp5qkWZpwPAxODWCiYHBL3EPAyMUgvisDEX5+bmGXAwmRpYmlmbmRpamAHOWIww= uid '4294967295'
'4294967295': 007eJxTYIg4KyLc9uDau69Xdbk3f9/Y7BCQ8Hpn5T+nhMUHVR8p7r2pwJBomGSUbJxikmqaZmZgbmhhZGmcaJJkmmyWYp5qkWZpwPAxODWCiYHBL3EPAyMUgvisDEX5+bmGXAwmRpYmlmbmRpamAHOWIww= uid '4294967295'
