--TEST--
AccessToken2: the differential corpus of the official December 2022 code (4370c96) (tests/data/corpus_2022.json) replays with no failure
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2022
agora_token.strict=0
precision=14
--FILE--
<?php
require __DIR__ . '/../tools/replay_corpus.php';

corpus_phpt(__DIR__ . '/data/corpus_2022.json');
?>
--EXPECTF--
profile: 2022 compat: 2022
cases: %d
at least 1000 cases: yes
cases in header: same
failed: 0
