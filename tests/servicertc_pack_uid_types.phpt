--TEST--
ServiceRtc: uids of every PHP type pack as the official code packs them (pack() and build())
--EXTENSIONS--
agora_token
--INI--
precision=14
serialize_precision=-1
--FILE--
<?php
/*
 * Expected: output of the official classes (HEAD) for the same script, with
 * two deliberate differences (product decisions):
 *  - uid null packs as "" like the official code but without the strlen()
 *    deprecation (no deprecation from our code);
 *  - the TypeError for an array/object uid has our own message; only the
 *    class and the "<type> given" part are checked.
 */
class Uid { function __construct(private $v) {} function __toString(): string { return $this->v; } }

$uids = [
    'int 0' => 0, '"0"' => "0", '""' => "", 'null' => null, 'true' => true, 'false' => false,
    'int 2882341273' => 2882341273, 'int -1' => -1, 'int 4294967295' => 4294967295,
    'int 4294967296' => 4294967296, 'PHP_INT_MAX' => PHP_INT_MAX,
    'float 0.1+0.2' => 0.1 + 0.2, 'float 1e20' => 1e20, 'float 1e15' => 1e15, 'float -0.0' => -0.0,
    'float 123.0' => 123.0, 'float 1.5' => 1.5, 'INF' => INF, 'NAN' => NAN,
    'Stringable' => new Uid('user-7'), '"héllo"' => "héllo", '"00042"' => "00042",
    'array' => [1], 'stdClass' => new stdClass(),
];
foreach ($uids as $label => $uid) {
    $s = new ServiceRtc('room1', $uid);
    $s->addPrivilege(ServiceRtc::PRIVILEGE_JOIN_CHANNEL, 600);
    $t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'f0e1d2c3b4a5968778695a4b3c2d1e0f', 600);
    $t->issueTs = 1700000000;
    $t->salt = 12345678;
    $t->addService($s);
    try {
        echo str_pad($label, 16), ' pack  ', bin2hex($s->pack()), "\n";
        echo str_pad('', 16), ' token ', $t->build(), "\n";
    } catch (TypeError $e) {
        preg_match('/(\w+) given/', $e->getMessage(), $m);
        echo get_class($e), ' (', $m[0] ?? '?', ")\n";
    }
}

// the precision setting is what float-to-string uses
ini_set('precision', '17');
$s = new ServiceRtc('room1', 0.1 + 0.2);
$s->addPrivilege(1, 600);
echo 'precision 17     pack  ', bin2hex($s->pack()), "\n";
?>
--EXPECT--
int 0            pack  010001000100580200000500726f6f6d31010030
                 token 007eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU=
"0"              pack  010001000100580200000500726f6f6d31010030
                 token 007eJxTYMhNlL6odJxtbd9N5/6W9Z4fzmjf9ZtVkn69M2vTHyOuyeIKDImGSUbJxikmqaZpZgbmhhZGlsaJJkmmyWYp5qkWaZYGDB+DUyOYGBj8EvcwMEIhiM/KUJSfn2vIyGAAAIk1HuU=
""               pack  010001000100580200000500726f6f6d310000
                 token 007eJxTYPjkf95iU4mm94rZ9QcNXL5XfPlxe4OQw80qVsnNdUtu+kYoMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hAwMAvGcfmQ==
null             pack  010001000100580200000500726f6f6d310000
                 token 007eJxTYPjkf95iU4mm94rZ9QcNXL5XfPlxe4OQw80qVsnNdUtu+kYoMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hAwMAvGcfmQ==
true             pack  010001000100580200000500726f6f6d31010031
                 token 007eJxTYFj7Ya6LxToZV+924ck9mz+dmciSvebrMuk1i9QPdZ8RSnFTYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPgYnBrBxMDgl7iHgREKQXxWhqL8/FxDRgZDAIniHtw=
false            pack  010001000100580200000500726f6f6d310000
                 token 007eJxTYPjkf95iU4mm94rZ9QcNXL5XfPlxe4OQw80qVsnNdUtu+kYoMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hAwMAvGcfmQ==
int 2882341273   pack  010001000100580200000500726f6f6d310a0032383832333431323733
                 token 007eJxTYDicvn5eZk3SNa0F31cuVd5x4POKi99OKjh6Zyy+fosryeyEAkOiYZJRsnGKSappmpmBuaGFkaVxokmSabJZinmqRZqlAcPH4NQIJgYGv8Q9DIxQCOKzMhTl5+cacjEYWVgYGZsYGpkbAwCIyyMR
int -1           pack  010001000100580200000500726f6f6d3102002d31
                 token 007eJxTYNDYIHX3++OTi+OXFHw1euZ5xj6rnNu7T//ltFbN9sWfd1ooMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hE4OuIQAUESA8
int 4294967295   pack  010001000100580200000500726f6f6d310a0034323934393637323935
                 token 007eJxTYIg4KyLc9uDau69Xdbk3f9/Y7BCQ8Hpn5T+nhMUHVR8p7r2pwJBomGSUbJxikmqaZmZgbmhhZGmcaJJkmmyWYp5qkWZpwPAxODWCiYHBL3EPAyMUgvisDEX5+bmGXAwmRpYmlmbmRpamAHOWIww=
int 4294967296   pack  010001000100580200000500726f6f6d310a0034323934393637323936
                 token 007eJxTYHiV/OtVW2Kpwwcdcbukz6+m3dbIqlL+fc974+fqaQuOpc1RYEg0TDJKNk4xSTVNMzMwN7QwsjRONEkyTTZLMU+1SLM0YPgYnBrBxMDgl7iHgREKQXxWhqL8/FxDLgYTI0sTSzNzI0szAIuMI0Y=
PHP_INT_MAX      pack  010001000100580200000500726f6f6d31130039323233333732303336383534373735383037
                 token 007eJxTYFB9/zKZQcns+/9SwcaiyTvbX3CcnbByi3nW03vLGP6V+0sqMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq6hMIOlkZGxsbmRgbGZhamJubmphYE5ABdwI0o=
float 0.1+0.2    pack  010001000100580200000500726f6f6d310300302e33
                 token 007eJxTYLj82oH5e+YJZt6Li7+FFk91Tl22mm/r7A0Kj43zbXUf2xsrMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hM4OBnjEAq9weww==
float 1e20       pack  010001000100580200000500726f6f6d310700312e30452b3230
                 token 007eJxTYLjjIuIqvt3jp9LWnh2JanzxPIwMO37vO2z+RDRKN1s6JUWBIdEwySjZOMUk1TTNzMDc0MLI0jjRJMk02SzFPNUizdKA4WNwagQTA4Nf4h4GRigE8VkZivLzcw3ZGQz1DFy1jQwANfsdCQ==
float 1e15       pack  010001000100580200000500726f6f6d310700312e30452b3135
                 token 007eJxTYHjlYyZ82v/MjgP7eXvUVRJOFb8UiXCXMnHhDw5wDLg856sCQ6JhklGycYpJqmmamYG5oYWRpXGiSZJpslmKeapFmqUBw8fg1AgmBga/xD0MjFAI4rMyFOXn5xqyMxjqGbhqG5oCAJnUHiI=
float -0.0       pack  010001000100580200000500726f6f6d3102002d30
                 token 007eJxTYHhpE8n1Jv+AtFbezI8nJ+oWXPJjereESffR3mLl3I5+9j4FhkTDJKNk4xSTVNM0MwNzQwsjS+NEkyTTZLMU81SLNEsDho/BqRFMDAx+iXsYGKEQxGdlKMrPzzVkYtA1AABiVx4r
float 123.0      pack  010001000100580200000500726f6f6d310300313233
                 token 007eJxTYDhjvqflTIEuK9/395ekd9ib3Dufy6b1mK356fYZJesurtigwJBomGSUbJxikmqaZmZgbmhhZGmcaJJkmmyWYp5qkWZpwPAxODWCiYHBL3EPAyMUgvisDEX5+bmGzAyGRsYAEuAgTw==
float 1.5        pack  010001000100580200000500726f6f6d310300312e35
                 token 007eJxTYAhpLTzfGFMrcHzB8W+X/ts18ep6y8bs9dknaMQQE6S4n1GBIdEwySjZOMUk1TTNzMDc0MLI0jjRJMk02SzFPNUizdKA4WNwagQTA4Nf4h4GRigE8VkZivLzcw2ZGQz1TAEt9R0q
INF              pack  010001000100580200000500726f6f6d310300494e46
                 token 007eJxTYCia8lEpLOPm8mMuEZm3l9Reu1cU/e7Xcc+/Zg7+gvVlYnMVGBINk4ySjVNMUk3TzAzMDS2MLI0TTZJMk81SzFMt0iwNGD4Gp0YwMTD4Je5hYIRCEJ+VoSg/P9eQmcHTzw0AOH0gtg==
NAN              pack  010001000100580200000500726f6f6d3103004e414e
                 token 007eJxTYLh8Tvbz0eh/afeu3cvfspF7svauaV995u67sbP83/FbmRfWKDAkGiYZJRunmKSappkZmBtaGFkaJ5okmSabpZinWqRZGjB8DE6NYGJg8Evcw8AIhSA+K0NRfn6uITODn6MfAG63JIA=
Stringable       pack  010001000100580200000500726f6f6d310600757365722d37
                 token 007eJxTYNjjIu9f8++xMfuK1qSw3J1n98V+arAo25UZvLeR9c2UgHgFhkTDJKNk4xSTVNM0MwNzQwsjS+NEkyTTZLMU81SLNEsDho/BqRFMDAx+iXsYGKEQxGdlKMrPzzVkYygtTi3SNQcAL5Ag7Q==
"héllo"         pack  010001000100580200000500726f6f6d31060068c3a96c6c6f
                 token 007eJxTYJj5JJ7/2kX3YxcPbNO7tOHMOr4FIrctNXJ0fk3OaF9t/j1IgSHRMMko2TjFJNU0zczA3NDCyNI40STJNNksxTzVIs3SgOFjcGoEEwODX+IeBkYoBPFZGYry83MN2RgyDq/MyckHALVmIzI=
"00042"          pack  010001000100580200000500726f6f6d3105003030303432
                 token 007eJxTYJhq3iKzak1vPdOkLAmOvcbBfxnX7LQ8EX9EjY9rKUuj7nkFhkTDJKNk4xSTVNM0MwNzQwsjS+NEkyTTZLMU81SLNEsDho/BqRFMDAx+iXsYGKEQxGdlKMrPzzVkZTAwMDAxAgAP1hzZ
array            pack  TypeError (array given)
stdClass         pack  TypeError (stdClass given)
precision 17     pack  010001000100580200000500726f6f6d311300302e3330303030303030303030303030303034
