--TEST--
agora-token: help, version, unknown commands, and running without the extension
--EXTENSIONS--
agora_token
--FILE--
<?php
require __DIR__ . '/cli.inc';

$help = cli(['--help']);
echo substr($help, 0, strpos($help, "\n", 10)), "\n";
echo cli([]) === '2' . "\nstderr: " . substr($help, 2) ? "no arguments: the usage on standard error, exit 2\n" : cli([]);
echo cli(['--version']) === "0\nagora-token " . phpversion('agora_token') ? "version matches the module\n" : cli(['--version']);
show('unknown command', ['decode', 'x']);
echo "== without the extension\n", cli(['inspect', 'x'], [], '', false), "\n";
?>
--EXPECTF--
0
Usage:
  agora-token inspect [--json] [--at TIME] [--channel NAME] [--uid UID] TOKEN
no arguments: the usage on standard error, exit 2
version matches the module
== unknown command
2
stderr: agora-token: unknown command "decode"
(agora-token --help for usage)
== without the extension
2
stderr: agora-token needs the agora_token extension: enable it in php.ini (check with
php --ri agora_token), or run: php -d extension=agora_token %sbin/agora-token ...
