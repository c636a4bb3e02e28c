--TEST--
Util::assertEqual prints "- File:<basename>, Func:<caller>, Line:<line in the caller's caller>" and "Assert ok" / "Assert failed" with loose comparison
--EXTENSIONS--
agora_token
--FILE--
<?php
/* Expected: output of the official Util::assertEqual (HEAD) for the same script. */
function test_inner_ok()
{
    Util::assertEqual("007", AccessToken2::getVersion());
}

function test_inner_failed()
{
    Util::assertEqual("expected-text", "actual-text");
}

function test_loose()
{
    Util::assertEqual(1, "1");
    Util::assertEqual(0, "");
    Util::assertEqual(null, false);
    Util::assertEqual(100, "1e2");
}

class Runner
{
    public function run()
    {
        test_inner_ok();
        test_inner_failed();
        test_loose();
        $this->method_level();
    }

    private function method_level()
    {
        Util::assertEqual(2, 3);
    }
}

function run()
{
    (new Runner())->run();
}

run();
echo "\n--- end\n";
?>
--EXPECT--

- File:util_assertequal_format.php, Func:test_inner_ok, Line:25
  Assert ok
- File:util_assertequal_format.php, Func:test_inner_failed, Line:26
  Assert failed
    Expected :expected-text
    Actual   :actual-text
- File:util_assertequal_format.php, Func:test_loose, Line:27
  Assert ok
- File:util_assertequal_format.php, Func:test_loose, Line:27
  Assert failed
    Expected :0
    Actual   :
- File:util_assertequal_format.php, Func:test_loose, Line:27
  Assert ok
- File:util_assertequal_format.php, Func:test_loose, Line:27
  Assert ok
- File:util_assertequal_format.php, Func:method_level, Line:28
  Assert failed
    Expected :2
    Actual   :3
--- end
