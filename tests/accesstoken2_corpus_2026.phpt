--TEST--
AccessToken2: the differential corpus of the official 2026 code (tests/data/corpus_2026.json) replays with no failure
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2026
agora_token.strict=0
precision=14
--FILE--
<?php
require __DIR__ . '/../tools/replay_corpus.php';

corpus_phpt(__DIR__ . '/data/corpus_2026.json');
?>
--EXPECTF--
profile: 2026 compat: 2026
cases: %d
at least 1000 cases: yes
cases in header: same
failed: 0
