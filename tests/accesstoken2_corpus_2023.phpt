--TEST--
AccessToken2: the differential corpus of the official 2023-2025 code (b3269b1) (tests/data/corpus_2023.json) replays with no failure
--EXTENSIONS--
agora_token
--INI--
agora_token.compat=2023
agora_token.strict=0
precision=14
--FILE--
<?php
require __DIR__ . '/../tools/replay_corpus.php';

corpus_phpt(__DIR__ . '/data/corpus_2023.json');
?>
--EXPECTF--
profile: 2023 compat: 2023
cases: %d
at least 1000 cases: yes
cases in header: same
failed: 0
