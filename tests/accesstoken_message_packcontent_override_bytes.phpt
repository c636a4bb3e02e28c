--TEST--
006 AccessToken::build(): a packContent() override whose bytes chr() converts, or refuses, as the official code does
--EXTENSIONS--
agora_token
--INI--
agora_token.strict=0
--FILE--
<?php
/* Expected lines: the official AccessToken.php on this same script. */
const ID = "970CA35de60c44645bbae8a215061b33";
const CERT = "5CFd2fd1755d40ecb72977518be15d3b";
class OddBytes extends Message
{
	public $extra = [];
	function packContent()
	{
		return array_merge(parent::packContent(), $this->extra);
	}
}
foreach ([[65, "66", true, 67.0, 321], ["x"], [[1]]] as $extra) {
	$t = AccessToken::init(ID, CERT, "room1", 42);
	$m = new OddBytes();
	$m->salt = 5;
	$m->ts = 1800000000;
	$m->extra = $extra;
	$t->message = $m;
	try {
		echo json_encode($extra), ": ", $t->build(), "\n";
	} catch (Throwable $e) {
		echo get_class($e), ": ", $e->getMessage(), "\n";
	}
}
?>
--EXPECT--
[65,"66",true,67,321]: 006970CA35de60c44645bbae8a215061b33IAC4wGUMexNISX3gZOBBsHFJ1sM08JZlv36OFNQI8ZZ9YCo6c+SIsCQyDwAFAAAAANJJawAAQUIBQ0E=
["x"]: TypeError: chr(): Argument #1 ($codepoint) must be of type int, string given
[[1]]: TypeError: chr(): Argument #1 ($codepoint) must be of type int, array given
