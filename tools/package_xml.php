<?php

/*
 * Keeps the release files honest.
 *
 *   php tools/package_xml.php           check, print one line per check, end with "N passed, M failed"
 *   php tools/package_xml.php --write   rewrite package.xml's file list and release version, then check
 *
 * What is shipped: every file git tracks, less those marked export-ignore in .gitattributes (the
 * same rule `git archive`, and so PIE, applies). The checks:
 *   - package.xml lists exactly the shipped files, each with the role its place gives it;
 *   - package.xml's release version is PHP_AGORA_TOKEN_VERSION from php_agora_token.h, the one
 *     place the version is written;
 *   - config.m4 and config.w32 compile the same sources;
 *   - composer.json is a PIE package for the extension package.xml provides, and offers only
 *     configure options that config.m4 knows.
 */

const ROOT = __DIR__ . '/..';

function fail_setup(string $message): never
{
	fwrite(STDERR, "package_xml.php: $message\n");
	echo "0 passed, 1 failed\n";
	exit(1);
}

function git(array $args, string $stdin = ''): string
{
	$proc = proc_open(array_merge(['git', '-C', ROOT], $args), [['pipe', 'r'], ['pipe', 'w'], ['pipe', 'w']], $pipes);
	if (!is_resource($proc)) {
		fail_setup('cannot run git');
	}
	fwrite($pipes[0], $stdin);
	fclose($pipes[0]);
	$out = stream_get_contents($pipes[1]);
	$err = stream_get_contents($pipes[2]);
	fclose($pipes[1]);
	fclose($pipes[2]);
	if (proc_close($proc) !== 0) {
		fail_setup('git ' . implode(' ', $args) . ' failed: ' . trim($err));
	}
	return $out;
}

/* Tracked files that a release ships, sorted. */
function shipped_files(): array
{
	$tracked = array_values(array_filter(explode("\0", git(['ls-files', '-z']))));
	$answer = explode("\0", git(['check-attr', '-z', '--stdin', 'export-ignore'], implode("\0", $tracked) . "\0"));
	$ignored = [];
	for ($i = 0; $i + 2 < count($answer); $i += 3) {
		if ($answer[$i + 2] === 'set') {
			$ignored[$answer[$i]] = true;
		}
	}
	$files = array_values(array_filter($tracked, fn($f) => !isset($ignored[$f])));
	sort($files, SORT_STRING);
	return $files;
}

function role_of(string $path): string
{
	if (str_starts_with($path, 'bin/')) {
		return 'script';
	}
	/* The only tools a release ships are those the tests include. */
	if (str_starts_with($path, 'tests/') || str_starts_with($path, 'tools/')) {
		return 'test';
	}
	if (preg_match('#^(README|LICENSE|COPYING|CHANGELOG|NEWS)#', $path) || str_starts_with($path, 'docs/')
		|| str_starts_with($path, 'examples/') || $path === 'composer.json') {
		return 'doc';
	}
	return 'src';
}

function header_version(): string
{
	$header = file_get_contents(ROOT . '/php_agora_token.h');
	if (!preg_match('/^#define PHP_AGORA_TOKEN_VERSION "([^"]+)"/m', $header, $m)) {
		fail_setup('no PHP_AGORA_TOKEN_VERSION in php_agora_token.h');
	}
	return $m[1];
}

function load_package(): DOMDocument
{
	$doc = new DOMDocument();
	$doc->preserveWhiteSpace = true;
	if (!@$doc->load(ROOT . '/package.xml')) {
		fail_setup('package.xml is not well-formed XML');
	}
	return $doc;
}

function xpath(DOMDocument $doc): DOMXPath
{
	$xp = new DOMXPath($doc);
	$xp->registerNamespace('p', 'http://pear.php.net/dtd/package-2.0');
	return $xp;
}

/* path => role, as package.xml lists them (nested <dir> elements are followed). */
function listed_files(DOMDocument $doc): array
{
	$files = [];
	foreach (xpath($doc)->query('//p:contents//p:file') as $file) {
		$path = $file->getAttribute('name');
		for ($node = $file->parentNode; $node instanceof DOMElement && $node->localName === 'dir'; $node = $node->parentNode) {
			$dir = trim($node->getAttribute('name'), '/');
			if ($dir !== '') {
				$path = $dir . '/' . $path;
			}
		}
		$files[ltrim($path, '/')] = $file->getAttribute('role');
	}
	ksort($files, SORT_STRING);
	return $files;
}

function write_package(array $shipped, string $version): void
{
	$xml = file_get_contents(ROOT . '/package.xml');
	$lines = '';
	foreach ($shipped as $path) {
		$lines .= sprintf("   <file name=\"%s\" role=\"%s\"/>\n", htmlspecialchars($path, ENT_XML1), role_of($path));
	}
	$xml = preg_replace('#<contents>.*</contents>#s', "<contents>\n  <dir name=\"/\">\n" . $lines . "  </dir>\n </contents>", $xml, 1, $n);
	if ($n !== 1) {
		fail_setup('package.xml has no <contents> element');
	}
	$xml = preg_replace('#<release>[^<]*</release>(\s*<api>)#', "<release>$version</release>\$1", $xml, 1);
	file_put_contents(ROOT . '/package.xml', $xml);
}

/* Source files named by config.m4's AGORA_TOKEN_SOURCES. */
function m4_sources(): array
{
	$m4 = file_get_contents(ROOT . '/config.m4');
	if (!preg_match('/AGORA_TOKEN_SOURCES="([^"]*)"/', $m4, $m)) {
		return [];
	}
	$list = preg_split('/\s+/', trim($m[1]));
	sort($list, SORT_STRING);
	return $list;
}

/* Source files named by config.w32's EXTENSION() and ADD_SOURCES() calls. */
function w32_sources(): array
{
	$w32 = file_get_contents(ROOT . '/config.w32');
	$list = [];
	if (preg_match('/EXTENSION\("agora_token",\s*"([^"]*)"/', $w32, $m)) {
		$list = preg_split('/\s+/', trim($m[1]));
	}
	preg_match_all('/ADD_SOURCES\(configure_module_dirname \+ "\\\\\\\\([^"]+)",\s*"([^"]*)"/', $w32, $all, PREG_SET_ORDER);
	foreach ($all as $m) {
		foreach (preg_split('/\s+/', trim($m[2])) as $file) {
			$list[] = str_replace('\\\\', '/', $m[1]) . '/' . $file;
		}
	}
	sort($list, SORT_STRING);
	return $list;
}

/* --enable-X and --with-X options that config.m4 declares. */
function m4_options(): array
{
	preg_match_all('/PHP_ARG_(ENABLE|WITH)\(\[?([a-z0-9_-]+)\]?/', file_get_contents(ROOT . '/config.m4'), $m, PREG_SET_ORDER);
	$options = [];
	foreach ($m as $match) {
		$options[] = strtolower($match[1]) . '-' . $match[2];
	}
	return $options;
}

$passed = 0;
$failed = 0;

function report(bool $ok, string $what, array $details = []): void
{
	global $passed, $failed;
	if ($ok) {
		$passed++;
		echo "ok - $what\n";
		return;
	}
	$failed++;
	echo "not ok - $what\n";
	foreach ($details as $line) {
		echo "    $line\n";
	}
}

$shipped = shipped_files();
$version = header_version();
if (in_array('--write', $argv, true)) {
	write_package($shipped, $version);
	echo "package.xml: " . count($shipped) . " files, release $version\n";
}

$doc = load_package();
$xp = xpath($doc);
$listed = listed_files($doc);
$fix = 'run `php tools/package_xml.php --write` (or mark the file export-ignore in .gitattributes)';

$missing = array_diff($shipped, array_keys($listed));
report(!$missing, 'every shipped file is listed in package.xml',
	array_merge(array_map(fn($f) => "missing: $f", $missing), $missing ? [$fix] : []));

$extra = array_diff(array_keys($listed), $shipped);
report(!$extra, 'package.xml lists only tracked, shipped files',
	array_merge(array_map(fn($f) => "not shipped: $f", $extra), $extra ? [$fix] : []));

$wrong = [];
foreach ($listed as $path => $role) {
	if (in_array($path, $shipped, true) && $role !== role_of($path)) {
		$wrong[] = "$path has role \"$role\", expected \"" . role_of($path) . '"';
	}
}
report(!$wrong, 'each file has the role its place gives it', $wrong);

$release = trim((string)$xp->evaluate('string(/p:package/p:version/p:release)'));
report($release === $version, "package.xml release version is PHP_AGORA_TOKEN_VERSION ($version)",
	["package.xml says \"$release\"; run `php tools/package_xml.php --write`"]);

$m4 = m4_sources();
$w32 = w32_sources();
report($m4 && $m4 === $w32, 'config.m4 and config.w32 compile the same sources', array_merge(
	array_map(fn($f) => "only in config.m4: $f", array_diff($m4, $w32)),
	array_map(fn($f) => "only in config.w32: $f", array_diff($w32, $m4))));

$notSrc = array_filter($m4, fn($f) => ($listed[$f] ?? null) !== 'src');
report(!$notSrc, 'every compiled source is in package.xml with role "src"', array_values($notSrc));

$extension = trim((string)$xp->evaluate('string(/p:package/p:providesextension)'));
$composer = json_decode((string)@file_get_contents(ROOT . '/composer.json'), true);
$problems = [];
if (!is_array($composer)) {
	$problems[] = 'composer.json is missing or not valid JSON';
} else {
	if (($composer['type'] ?? null) !== 'php-ext') {
		$problems[] = 'type is not "php-ext"';
	}
	if (($composer['php-ext']['extension-name'] ?? null) !== $extension) {
		$problems[] = "php-ext.extension-name is not \"$extension\" (package.xml's providesextension)";
	}
	if (isset($composer['version']) && $composer['version'] !== $version) {
		$problems[] = "version \"{$composer['version']}\" is not $version";
	}
	foreach ($composer['php-ext']['configure-options'] ?? [] as $option) {
		if (!in_array($option['name'] ?? '', m4_options(), true)) {
			$problems[] = 'configure option "' . ($option['name'] ?? '') . '" is not declared in config.m4';
		}
	}
}
report(!$problems, "composer.json is a PIE package for $extension", $problems);

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
