--TEST--
phpinfo: version, token formats, OpenSSL and zlib versions without dates, effective settings
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2023
--FILE--
<?php
ini_set('agora_token.strict', '1');

ob_start();
(new ReflectionExtension('agora_token'))->info();
$info = ob_get_clean();
echo $info;

var_dump(str_contains($info, "Version => " . phpversion('agora_token') . "\n"));

/* No release date may slip in with a library's version text (the settings hold years). */
$versions = strstr($info, 'Directive', true);
var_dump(preg_match('/\b(19|20)\d\d\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/', $versions));
?>
--EXPECTF--
agora_token

agora_token support => enabled
Version => %d.%d.%s
Token formats => 007 (AccessToken2), 006 (AccessToken)
OpenSSL headers => %s %d.%d.%s
OpenSSL library => %s %d.%d.%s
zlib headers => %d.%d.%s
zlib library => %d.%d.%s

Directive => Local Value => Master Value
agora_token.compat => 2023 => 2023
agora_token.strict => On => Off
agora_token.namespace_fallback => On => On
bool(true)
int(0)
