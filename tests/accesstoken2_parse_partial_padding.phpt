--TEST--
AccessToken2::parse accepts a token whose "==" padding was cut to a single "=" (no data lost), as the official non-strict base64 decoding does
--EXTENSIONS--
agora_token
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
/*
 * Expected: the official AccessToken2 (HEAD) result. Only padding is missing,
 * no compressed byte is lost, so this is not one of the malformed inputs of
 * SPEC 7.5 ("missing base64 padding" stays accepted). The token is a literal
 * computed with the official code (ServiceRtc("room1", ""), JOIN 600,
 * issueTs 1700000000, salt 12345678, expire 600).
 */
$token = '007eJxTYPjkf95iU4mm94rZ9QcNXL5XfPlxe4OQw80qVsnNdUtu+kYoMCQaJhklG6eYpJqmmRmYG1oYWRonmiSZJpulmKdapFkaMHwMTo1gYmDwS9zDwAiFID4rQ1F+fq4hAwMAvGcfmQ==';
foreach (['two "="' => $token, 'one "="' => substr($token, 0, -1), 'no "="' => substr($token, 0, -2),
          'one "=" + "\n"' => substr($token, 0, -1) . "\n"] as $label => $t) {
    $p = new AccessToken2();
    echo "$label: ", var_export($p->parse($t), true), ', verify ',
        var_export($p->verifySignature('f0e1d2c3b4a5968778695a4b3c2d1e0f'), true), ', services ', count($p->services), "\n";
}
?>
--EXPECT--
two "=": true, verify true, services 1
one "=": true, verify true, services 1
no "=": true, verify true, services 1
one "=" + "\n": true, verify true, services 1
