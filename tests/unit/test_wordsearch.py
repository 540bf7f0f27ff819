from __future__ import annotations

import random

import pytest

from secreview import wordsearch
from secreview.wordsearch import PYAHOCORASICK, RUST, WordSearch, choose_backend

rust_installed = pytest.mark.skipif(wordsearch._rust_module() is None, reason="ahocorasick-rs not installed")
ALPHABET = "秘密国家工作内部资料a1𠀋★"


def _random_words(rng: random.Random, count: int) -> dict[str, int]:
    words = {"".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 4))) for _ in range(count)}
    return {word: number for number, word in enumerate(sorted(words))}


def test_hits_are_half_open_spans_overlapping_ones_included_by_end_longest_first() -> None:
    search = WordSearch({"秘密": "a", "国家秘密": "b", "密": "c"}, backend=PYAHOCORASICK)
    text = "国家秘密𠀋秘密"
    hits = list(search.hits(text))
    assert [(start, end) for start, end, _ in hits] == [(0, 4), (2, 4), (3, 4), (5, 7), (6, 7)]
    assert [(text[start:end], value) for start, end, value in hits] == [
        ("国家秘密", "b"),
        ("秘密", "a"),
        ("密", "c"),
        ("秘密", "a"),
        ("密", "c"),
    ]
    assert search.count(text) == len(hits)


@rust_installed
def test_both_backends_report_the_same_hits_in_the_same_order() -> None:
    rng = random.Random(4)
    for _ in range(300):
        words = _random_words(rng, rng.randint(1, 30))
        text = "".join(rng.choice(ALPHABET + "\n ") for _ in range(rng.randint(0, 80)))
        slow = WordSearch(words, backend=PYAHOCORASICK)
        fast = WordSearch(words, backend=RUST)
        assert list(fast.hits(text)) == list(slow.hits(text)), (words, text)
        assert fast.count(text) == slow.count(text)


@rust_installed
def test_the_rust_backend_is_used_when_installed_unless_pyahocorasick_is_forced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(wordsearch.BACKEND_VARIABLE, raising=False)
    assert choose_backend() == RUST
    assert WordSearch({"秘密": 1}).backend == RUST
    monkeypatch.setenv(wordsearch.BACKEND_VARIABLE, PYAHOCORASICK)
    assert choose_backend() == PYAHOCORASICK


def test_without_the_rust_backend_everything_uses_pyahocorasick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordsearch, "_rust_module", lambda: None)
    monkeypatch.setenv(wordsearch.BACKEND_VARIABLE, RUST)
    assert choose_backend() == PYAHOCORASICK
    assert WordSearch({"秘密": 1}).backend == PYAHOCORASICK
    with pytest.raises(ImportError):
        WordSearch({"秘密": 1}, backend=RUST)


@rust_installed
def test_a_long_text_searched_in_slices_gives_every_hit_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordsearch, "RUST_SLICE", 7)
    rng = random.Random(5)
    for _ in range(200):
        words = _random_words(rng, rng.randint(1, 20))
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60)))
        sliced = WordSearch(words, backend=RUST)
        assert list(sliced.hits(text)) == list(WordSearch(words, backend=PYAHOCORASICK).hits(text))


@rust_installed
def test_the_words_found_in_a_long_text_searched_in_slices_are_every_word_in_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wordsearch, "RUST_SLICE", 7)
    rng = random.Random(6)
    for _ in range(300):
        words = _random_words(rng, rng.randint(1, 20))
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60)))
        expected = {value for word, value in words.items() if word and word in text}
        assert WordSearch(words, backend=RUST).found(text) == expected
        assert WordSearch(words, backend=PYAHOCORASICK).found(text) == expected
