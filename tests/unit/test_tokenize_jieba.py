"""Our tokenizer gives jieba's own words, spans and tags: it is compared with jieba itself."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.tokenize import Tokenizer
from tests.testing.privacy_documents import documents as privacy_documents
from tests.testing.secrecy_documents import labelled_documents as secrecy_documents

# Han characters (names, places, common words), ASCII that jieba keeps inside a block (. % - + # & _),
# whitespace jieba splits on, full-width and other characters outside its han range.
_ALPHABET = (
    "张王李刘陈欧阳晓燕德伟和平村组号申请人男女的了是在中华人民共和国长城项目县政府办公室因病致贫"
    "abcXYZ0189.%-+#&_ \t\r\n\u3000,。!?:;、()()—·〇𠀀ａ１"
)


class _Jieba:
    """jieba's Tokenizer and POSTokenizer on the default dictionary, built without touching its globals."""

    def __init__(self, user_words: tuple[str, ...] = (), base: _Jieba | None = None) -> None:
        import jieba
        import jieba.posseg

        self.tokenizer: Any = jieba.Tokenizer()
        if base is None:
            self.tokenizer.FREQ, self.tokenizer.total = jieba.Tokenizer.gen_pfdict(
                self.tokenizer.get_dict_file()
            )
            word_tags = jieba.posseg.POSTokenizer(self.tokenizer).word_tag_tab
        else:
            self.tokenizer.FREQ, self.tokenizer.total = dict(base.tokenizer.FREQ), base.tokenizer.total
            word_tags = base.tagger.word_tag_tab
        self.tokenizer.initialized = True
        for word in user_words:
            self.tokenizer.add_word(word)
        self.tagger: Any = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        self.tagger.tokenizer, self.tagger.word_tag_tab = self.tokenizer, word_tags

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(start, end) for _, start, end in self.tokenizer.tokenize(text, HMM=False)]

    def tagged(self, text: str) -> list[tuple[str, str, int, int]]:
        words, position = [], 0
        for pair in self.tagger.cut(text, HMM=True):
            words.append((pair.word, pair.flag, position, position + len(pair.word)))
            position += len(pair.word)
        return words


@pytest.fixture(scope="module")
def reference() -> _Jieba:
    return _Jieba()


@pytest.fixture(scope="module")
def ours() -> Tokenizer:
    return Tokenizer()


def _generated_texts() -> list[str]:
    texts = [document.text for document in privacy_documents(30, seed=11, traditional_share=0.0)]
    texts += [document.text for document in secrecy_documents(1, public=2, seed=12)]
    return texts


def test_labelled_documents_are_cut_and_tagged_as_jieba_does(reference: _Jieba, ours: Tokenizer) -> None:
    texts = _generated_texts()
    assert len(texts) > 20
    for text in texts:
        assert ours.spans(text) == reference.spans(text)
        assert ours.tagged(text) == reference.tagged(text)


def test_runs_of_unknown_characters_go_through_the_tagging_model(reference: _Jieba, ours: Tokenizer) -> None:
    # Single characters jieba does not know as a word are guessed by posseg's HMM: names, rare words.
    rng = random.Random(3)
    rare = "琰玥珺璟骞煜昶晗彧炜铎濛曌燚犇淼"
    texts = ["".join(rng.choice(rare) for _ in range(rng.randint(2, 5))) for _ in range(40)]
    texts += [f"申请人{name},女,住和平村。" for name in ("欧阳琰玥", "司马昶", "张犇淼", "李a1")]
    for text in texts:
        assert ours.tagged(text) == reference.tagged(text)
    assert ours.tagged("张犇淼") == [
        ("张犇淼", "nrfg", 0, 3)
    ]  # one word: the model's guess, not the dictionary


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_any_text_is_cut_and_tagged_as_jieba_does(reference: _Jieba, ours: Tokenizer, text: str) -> None:
    assert ours.spans(text) == reference.spans(text)
    assert ours.tagged(text) == reference.tagged(text)


def test_user_words_get_jiebas_suggested_frequency(reference: _Jieba) -> None:
    words = ("长城项目", "刘德伟", "和平村三组", "a b", "")
    ours = Tokenizer(words)
    theirs = _Jieba(words, base=reference)
    for text in ("采购长城汽车两辆;关于长城项目的进展。", "刘德伟住和平村三组", "a b c", "张三和平村三组"):
        assert ours.spans(text) == theirs.spans(text)
        assert ours.tagged(text) == theirs.tagged(text)
    assert ours.spans("关于长城项目") != reference.spans("关于长城项目")  # the user word changes the cut
