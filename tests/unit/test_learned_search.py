"""The learned signal finds the features of a text in one word search: the same features as walking
pyahocorasick's automaton over the text, whichever backend the word search uses."""

from __future__ import annotations

import ahocorasick
import pytest

from secreview.judge.learned import LearnedModel, load_learned, model_view
from secreview.normalize import fold
from secreview.wordsearch import PYAHOCORASICK, RUST, WordSearch, choose_backend
from tests.conftest import CORPUS, shared_files


def _walked(model: LearnedModel, view: str) -> set[int]:
    automaton = ahocorasick.Automaton()
    for number, feature in enumerate(model.model.features):
        automaton.add_word(feature.text, number)
    automaton.make_automaton()
    return {number for _end, number in automaton.iter(view)}


@pytest.mark.parametrize("backend", [PYAHOCORASICK, RUST])
def test_the_features_found_are_those_the_automaton_walks_to(backend: str) -> None:
    if backend == RUST and choose_backend() != RUST:
        pytest.skip("ahocorasick-rs not installed")
    learned = load_learned()
    model = learned.model
    texts = [fold(path.read_text(encoding="utf-8")) for path in shared_files(CORPUS)[:10]]
    texts += ["", "关于做好年度工作的通知", "\n".join(feature.text for feature in model.model.features[:50])]
    search = WordSearch(
        {feature.text: number for number, feature in enumerate(model.model.features)}, backend=backend
    )
    for text in texts:
        view = model_view(text)
        assert search.found(view) == _walked(model, view) == model.present(view)
    assert any(model.present(model_view(text)) for text in texts)
