--TEST--
AccessToken2::getSign() and getSign($cert): the signing key from the current public issueTs/salt and the stored or given certificate
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official AccessToken2 (HEAD); hex of the 32-byte keys. */
$cert = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
$t = new AccessToken2('a1b2c3d4e5f60718293a4b5c6d7e8f90', $cert, 600);
$t->issueTs = 1700000000;
$t->salt = 12345678;
echo bin2hex($t->getSign()), "\n";
echo bin2hex($t->getSign($cert)), "\n";
echo bin2hex($t->getSign(null)), "\n";
echo bin2hex($t->getSign(strtoupper($cert))), "\n";
echo bin2hex($t->getSign('not-hex-at-all')), "\n";
echo bin2hex($t->getSign(12345)), "\n";
echo bin2hex($t->getSign('')), "\n";

// the SPEC 1.3 worked example: issueTs 1111111, salt 1
$w = new AccessToken2('970CA35de60c44645bbae8a215061b33', '5CFd2fd1755d40ecb72977518be15d3b');
$w->issueTs = 1111111;
$w->salt = 1;
echo bin2hex($w->getSign()), "\n";

// current public values are used
$t->issueTs = '1700000001';
echo bin2hex($t->getSign()), "\n";
$t->issueTs = 1700000000;
$t->salt = 12345678 + 4294967296;
echo bin2hex($t->getSign()), "\n";
$t->appCert = 'ffffffffffffffffffffffffffffffff';
echo bin2hex($t->getSign()), "\n";
echo strlen($t->getSign()), "\n";
?>
--EXPECT--
470242c5f7d38a0f933dfb8699b5c0d0537a25a54482a86e13d60585337fe8b9
470242c5f7d38a0f933dfb8699b5c0d0537a25a54482a86e13d60585337fe8b9
470242c5f7d38a0f933dfb8699b5c0d0537a25a54482a86e13d60585337fe8b9
e0c3632c4e841aec23f950d4d09b7c76f1ac0d20df157081e4cbb88265bf4a2b
1cf56e31d3738ab5e18a271ea13d3df18d72b7943e4941f76a5296748d152dc7
a4b3c53890497b49be60ca32e3bb86a2c1dbab4f1714225c9254c7282cc3f21d
80337ee5816180ba4159be8b6a84277c5e0b57f5d0c6e5a80020ecb12dc46ce7
cee2fa8dcbe868c30ca8c959d97fad4a5049c634da48449f1b8f59c14fa61073
ad176b26efeb3437556b5771184d2487701629b001e8f5c66985595da19dbfe6
470242c5f7d38a0f933dfb8699b5c0d0537a25a54482a86e13d60585337fe8b9
c7f48df7682ff8199105e5b49ff65761276a33374fcbd09dc3d7425f9732489e
32
