"""jieba's view of a would-be name: whether the clause it heads reads it as a name."""

from __future__ import annotations

from secreview.build_cache import compile_re
from secreview.sentences import SENTENCE_END, within_reach
from secreview.tokenize import Tokenizer

_CLAUSE_END = SENTENCE_END + "\n"
# A whole word jieba knows must be tagged as a name; words it does not know come out as x/zg.
_NAME_FLAGS = ("nr", "ns", "x", "eng", "zg")
# Surname characters that are far more often function words; jieba's reading of them as a conjunction,
# preposition, adverb … (儿童和困境儿童, 姓名和联系方式) rules the name out.
_FUNCTION_SURNAMES = frozenset("和向于从与及把将对由以但能可过别应同都所其也还又才只更最共然是为在被令尚仍")
_FUNCTION_FLAGS = ("c", "p", "d", "u", "r", "v", "a", "f", "y", "e")
# What follows a name straight, with no mark between (乘客刘建明翻越护栏, 当事人张三在…): a verb, a
# preposition or an adverb that begins the clause's predicate.
_PREDICATE_FLAGS = ("v", "p", "d")


# The first block that jieba's tagger cuts on its own (jieba.posseg.re_han_internal): the first word it
# gives for a clause depends on this block only, so the rest of the clause is not handed to it.
_JIEBA_BLOCK = compile_re("[\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+")


def first_word(clause: str, tokenizer: Tokenizer) -> tuple[str, int] | None:
    """jieba's first word of ``clause``: its part-of-speech flag and its end."""
    block = _JIEBA_BLOCK.match(clause)
    tagged = tokenizer.tagged(block.group() if block is not None else clause)
    if not tagged:
        return None
    _, flag, _, token_end = tagged[0]
    return flag, token_end


class FirstWords:
    """jieba's first words of the clauses asked about in one text, each clause cut once (a would-be name is
    asked whether it is confirmed, then whether it ends a word, of the same clause)."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self._words: dict[str, list[tuple[str, str, int, int]]] = {}

    def _tagged(self, clause: str) -> list[tuple[str, str, int, int]]:
        """``tokenizer.tagged(clause)``, cut once per clause."""
        words = self._words.get(clause)
        if words is None:
            words = self._words[clause] = self.tokenizer.tagged(clause)
        return words

    def _clause(self, text: str, start: int, end: int) -> str:
        """The clause a would-be name at ``start:end`` heads, as jieba's tagger cuts it: its first block."""
        _, right = within_reach(text, start, end, _CLAUSE_END, 200)
        block = _JIEBA_BLOCK.match(text, start, right)
        return block.group() if block is not None else text[start:right]

    def _verb_after(self, clause: str, end: int) -> bool:
        """Whether jieba reads the rest of the would-be name (``clause[1:end]``) as one plain verb."""
        words = self._tagged(clause)
        return len(words) > 1 and words[1][3] == end and words[1][1] == "v"

    def ends_a_word(self, text: str, start: int, end: int) -> bool:
        """Whether jieba's reading of the clause from ``start`` on has a word end at ``end``: a would-be
        name whose last character and the next make one word (农村常|住 of 农村常住居民) is none."""
        clause = self._clause(text, start, end)
        if end - start >= len(clause):
            return True
        return any(token_end == end - start for _, _, _, token_end in self._tagged(clause))

    def confirmed(self, text: str, start: int, end: int) -> bool:
        """jieba's view of the clause from the candidate on: not an ordinary word nor part of a longer one."""
        # The clause is its own first block (or starts with none), so first_word(clause) is its first word.
        clause = self._clause(text, start, end)
        words = self._tagged(clause)
        if not words:
            return False
        _, flag, _, token_end = words[0]
        if start + token_end > end:
            return False
        if token_end == 1 and not flag.startswith("nr") and self._verb_after(clause, end - start):
            return False  # 原登记身份证号: an ordinary word, then a verb, is no surname and given name
        if start + token_end == end:
            return flag.startswith(_NAME_FLAGS)
        if token_end >= 2 and flag.startswith(_FUNCTION_FLAGS) and not self._word_ends_at(words, end - start):
            return False  # 单独|留在: an adverb of two characters, and the would-be name cuts the next word
        return text[start] not in _FUNCTION_SURNAMES or not flag.startswith(_FUNCTION_FLAGS)

    @staticmethod
    def _word_ends_at(words: list[tuple[str, str, int, int]], offset: int) -> bool:
        return any(token_end == offset for _, _, _, token_end in words)

    def name_before_predicate(self, text: str, start: int) -> int | None:
        """The end of the name jieba reads at ``start`` when the clause goes straight on to its predicate
        (刘建明|翻越|护栏: a name of two to four characters tagged nr, then a verb or an adverb of two
        characters or more, or a preposition), or None; for a name after a role word that no mark closes."""
        clause = self._clause(text, start, start + 1)
        words = self._tagged(clause)
        if len(words) < 2:
            return None
        _, flag, token_start, token_end = words[0]
        if token_start != 0 or not flag.startswith("nr") or not 2 <= token_end <= 4:
            return None
        _, next_flag, next_start, next_end = words[1]
        # a verb of one character may be a place's word (村民孙庄组: 组), a preposition is none
        verb = next_flag.startswith(_PREDICATE_FLAGS) and (next_end - next_start >= 2 or next_flag == "p")
        return start + token_end if verb else None
