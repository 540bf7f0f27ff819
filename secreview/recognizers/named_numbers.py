"""Identity numbers written beside a person's name without a cue: ``张某某 110101199003071235`` in running
text, ``1. 李明,男,110101…`` in a list of people. A number with a right check character is PI001's
whatever stands beside it; one with a wrong check character is PI001's only near a cue (身份证号 …), because
an 18-digit run without one may be anything. Beside a name it is that person's number mistyped: a typo does
not make it public. So a number shaped like a resident identity number (a real region code, a real birth
date, any check character) whose list item or clause also names a person (a full name, or a surname and
its mask: 张某某, 王*, 欧阳某明) is a candidate here. The rule's exclusion words drop the numbers that are
no identity numbers (统一社会信用代码, 账号, 订单号, 文号 …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from secreview.build_cache import compile_re, compile_regex
from secreview.recognizers.columns import column_id_numbers
from secreview.recognizers.pack_patterns import (
    IDENTITY_PACK,
    RESIDENT_IDENTITY_RULES,
    fragment_source,
    rule_source,
)
from secreview.recognizers.persons import name_end, role_words, surname_length
from secreview.recognizers.view import DocumentView, Span
from secreview.sentences import SENTENCE_END, sentence_bounds
from secreview.tokenize import Tokenizer
from secreview.validators import (
    Verdict,
    bank_card,
    cn_mobile,
    compact,
    gb11643,
    gb11643_check_char,
    identity_shaped,
    spelled,
)

# The same number broken over a line (a wrapped line of a list): its pieces, 18 characters together, in the
# PI pack's shape (``broken_identity``: the one PI011 reads after a cue, its groups apart by a space or hyphen
# or not); compiled on first use.
BROKEN_IDENTITY = "broken_identity"
BROKEN_MOBILE = "broken_mobile"
_BROKEN_SEPARATORS = re.compile(r"[\s\-]")


@cache
def _broken() -> re.Pattern[str]:
    return compile_re(
        rf"(?<![0-9A-Za-z*])(?:{fragment_source(IDENTITY_PACK, BROKEN_IDENTITY)})(?![0-9A-Za-z*]|[ \-]?\d)"
    )


# The same number spelled otherwise (PI011's spellings): other separators between any digits (3301.0419…,
# 3 3 0 1 …), Chinese numerals (三三〇一〇四…), or both.
_NUMERAL = "0-9〇零一二三四五六七八九"
_SPELLED = compile_re(
    rf"(?<![0-9A-Za-z*〇零一幺二三四五六七八九十百千万亿两])[1-8一二三四五六七八]"
    rf"(?:[ .、/_—·•,\-]?[{_NUMERAL}]){{16}}[ .、/_—·•,\-]?[{_NUMERAL}Xx]"
    rf"(?![0-9A-Za-z*〇零一幺二三四五六七八九十百千万亿])"
)
# A run that may hold one of them: digits or numerals, separators and line breaks between (a prefilter).
# Its first character comes before the look-behind (which reads it again): ``re`` then skips to the
# characters a match can start with instead of trying the look-behind at each one of a long text
# (``(?<![…])[1-9…]…``, the same matches, searched a third as fast).
_RUN = compile_re(
    rf"[1-9一二三四五六七八九](?<![{_NUMERAL}][1-9一二三四五六七八九])"
    rf"[{_NUMERAL} .、/_—·•,\-\r\n]{{15,}}[{_NUMERAL}Xx]?"
)
_CUES = ("身份证", "身份号码", "证件号", "公民身份")  # PI001's, which needs them within its window
_ITEM_SEPARATORS = compile_regex(r"[ \t\u3000,、;:()\[\]【】]+")
_NUMBERING = compile_regex(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．)]?")
# What follows the surname of a masked name: one or two characters, a mask among them (张某某, 王*, 欧阳某明).
_MASK = compile_regex(r"(?=.{0,1}[某*＊×xX])[某*＊×xX\p{Han}]{1,2}")
# How far a number's list item or clause is read for a name: at most so many items before and one after.
_ITEMS_BEFORE = 4
_LONGEST_ITEM = 12
_CLAUSE_END = "\n" + SENTENCE_END


@cache
def _number() -> re.Pattern[str]:
    """PI001's shape, as the PI pack writes it (``pack_patterns``: why this module asks more of it than an
    identity-number column does), compiled with ``re`` like this module's other patterns; read when first
    needed, not at import."""
    return compile_re(rule_source(IDENTITY_PACK, RESIDENT_IDENTITY_RULES))


def _is_name(item: str, tokenizer: Tokenizer, *, ends: bool = True) -> bool:
    """Whether a list item is a person's name: a full name (not one word of the dictionary other than a
    name: 方案, 高度), a surname and its mask (张某某, 王*), either after a word for a person (申请人张三,
    户主李某). An item before the number (``ends``) may also end with a masked name (职工欧阳某明: the mask
    tells a name whatever stands before it) or with a full name of three characters or more that the
    dictionary tags as one (补贴发放至蔡秋萍; a two-character one may be a word so tagged: 申请材料齐全)."""
    item = _NUMBERING.sub("", item, count=1)
    if ends and any(_masked_name(item[-length:]) for length in range(2, min(len(item), 4) + 1)):
        return True
    if not ends and _masked_name(item):
        return True
    if ends and len(item) > 4 and _ends_with_tagged_name(item, tokenizer):
        return True
    for role in _roles_ending(item):
        item = item[len(role) :]
        break
    if not surname_length(item, 0) or len(item) > 4:
        return False
    if name_end(f"{item} ", 0) != len(item):
        return False
    words = tokenizer.tagged(item)
    return len(words) > 1 or words[0][1] == "nr"


def _ends_with_tagged_name(item: str, tokenizer: Tokenizer) -> bool:
    """Whether ``item`` ends with a full name of three or four characters that the dictionary tags as one
    (补贴发放至蔡秋萍: 蔡秋萍/nr, or 王/nr 秀英/nr), a surname first."""
    words = tokenizer.tagged(item)
    for count in (1, 2):
        last = words[-count:]
        if len(last) < count or any(flag != "nr" for _, flag, _, _ in last):
            return False
        name = item[last[0][2] :]
        if 3 <= len(name) <= 4 and surname_length(name, 0) and name_end(f"{name} ", 0) == len(name):
            return True
    return False


def _masked_name(piece: str) -> bool:
    """Whether ``piece`` is a surname and its mask (张某某, 王*, 欧阳某明)."""
    length = surname_length(piece, 0)
    return bool(length) and _MASK.fullmatch(piece, length) is not None


def _roles_ending(item: str) -> Iterator[str]:
    """The role words (申请人, 户主 …) the item begins with, longest first."""
    roles = role_words()
    for length in range(min(len(item) - 2, 6), 1, -1):
        if item[:length] in roles:
            yield item[:length]


def _named_nearby(text: str, start: int, end: int, tokenizer: Tokenizer) -> bool:
    """Whether the list item or clause the number at ``start``–``end`` stands in names a person: one of the
    few short items before it on its line, or the item right after it."""
    reach_before, reach_after = _ITEMS_BEFORE * (_LONGEST_ITEM + 4), _LONGEST_ITEM + 4
    low, high = sentence_bounds(
        text, start, end, _CLAUSE_END, max(0, start - reach_before), min(len(text), end + reach_after)
    )
    before = [piece for piece in _ITEM_SEPARATORS.split(text[low:start]) if piece]
    for item in reversed(before[-_ITEMS_BEFORE:]):
        if len(item) > _LONGEST_ITEM:
            break
        if _is_name(item, tokenizer):
            return True
    after = [piece for piece in _ITEM_SEPARATORS.split(text[end:high]) if piece]
    return bool(after) and len(after[0]) <= _LONGEST_ITEM and _is_name(after[0], tokenizer, ends=False)


def _runs(view: DocumentView) -> tuple[tuple[int, int, bool], ...]:
    """Every run of digits or numerals long enough to hold an identity or card number, separators and a line
    break inside it: its span and whether it is digits alone (the numbers of a list: almost every one of
    them PI001's or PI201's, told apart without the patterns below)."""
    text = view.text
    found = []
    for run in _RUN.finditer(text):
        piece = run.group()
        found.append((*run.span(), piece.isdigit() or (piece[:-1].isdigit() and piece[-1] in "Xx")))
    return tuple(found)


def _bounded(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in the run at ``start``–``end``; one character after it is read too, so
    that what follows the run (a letter, a *) still keeps a match from ending there."""
    return pattern.finditer(text, start, min(len(text), end + 1))


def identity_numbers_beside_names(view: DocumentView) -> Iterator[Span]:
    """The numbers shaped like resident identity numbers, their check character wrong, in a list item or
    clause that names a person; and such numbers broken over a line or spelled otherwise (3301.0419…,
    三三〇一…), their check character right or not, beside a name or after a cue (身份证号: PI011 reads
    them only when it is right)."""
    text = view.text
    number_shape = _number()
    found = []
    for start, end, plain in view.analysis(_runs):
        if plain:
            shaped = number_shape.match(text, start) if end - start == 18 else None
            if shaped is None or shaped.end() != end:
                continue
            number = text[start:end]
            if gb11643_check_char(number[:17]) == number[17].upper():
                continue  # its check character right: PI001's
            if not identity_shaped(number):
                continue  # no identity number
            if _named_nearby(text, start, end, view.tokenizer):
                found.append((start, end))
            continue
        for match in _bounded(number_shape, text, start, end):
            number = compact(match.group())
            if gb11643(number) is Verdict.VALID or not identity_shaped(number):
                continue
            if _named_nearby(text, match.start(), match.end(), view.tokenizer):
                found.append(match.span())
        for match in _bounded(_broken(), text, start, end):
            number = _BROKEN_SEPARATORS.sub("", match.group())
            if len(number) != 18 or not identity_shaped(number):
                continue
            if _cued(text, match.start()) or _named_nearby(text, *match.span(), view.tokenizer):
                found.append(match.span())
        for match in _bounded(_SPELLED, text, start, end):
            if number_shape.fullmatch(match.group()) is not None:
                continue  # written as PI001 reads it: the first pattern's
            number = spelled(match.group())
            if len(number) != 18 or not identity_shaped(number):
                continue
            if _cued(text, match.start()) or _named_nearby(text, *match.span(), view.tokenizer):
                found.append(match.span())
    if found:
        held = set(column_id_numbers(view))  # a cell of an identity-number column is the column rule's
        yield from (span for span in found if span not in held)


def _cued(text: str, start: int) -> bool:
    """Whether the line before ``start`` holds a cue of PI001's (身份证号 …)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return any(cue in line for cue in _CUES)


# A bank card spelled as PI203 reads it (6222.0212…, 六二二二〇二…), 16 or 19 digits: with no cue (卡号, 账号)
# PI203 passes it over; beside a name it is that person's card. Written with digits and single spaces or
# hyphens alone it is PI201's, which needs no cue.
_SPELLED_CARD = compile_re(
    rf"(?<![0-9A-Za-z*〇零一幺二三四五六七八九十百千万亿两.])[1-9一二三四五六七八九]"
    rf"(?:[ .、/_—·•,\-]?[{_NUMERAL}]){{15,18}}"
    rf"(?![0-9A-Za-z*〇零一幺二三四五六七八九十百千万亿]|[ .、/_—·•,\-]?[{_NUMERAL}])"
)
_PLAIN_CARD = compile_re(r"[0-9 \-]+")


def bank_cards_beside_names(view: DocumentView) -> Iterator[Span]:
    """Bank card numbers spelled otherwise than PI201 reads them (other separators, Chinese numerals), the
    issuer's prefix and the Luhn check right, in a list item or clause that names a person."""
    text = view.text
    for start, end, plain in view.analysis(_runs):
        if plain:
            continue  # PI201's
        for match in _bounded(_SPELLED_CARD, text, start, end):
            if _PLAIN_CARD.fullmatch(match.group()) is not None:
                continue  # PI201's
            if bank_card(spelled(match.group())) is not Verdict.VALID:
                continue
            if _named_nearby(text, match.start(), match.end(), view.tokenizer):
                yield match.span()


# A mobile broken over a line (Word's Shift+Enter, Excel's Alt+Enter, <br>, a wrapped text line): its pieces,
# eleven digits together, in the PI pack's shape (``broken_mobile``, PI109's after a cue). Whole it is
# PI101's, which needs no cue. Its 1 before the look-behind, as ``_RUN``'s first character: ``re`` looks for
# a 1, not at every character.
@cache
def _broken_mobile() -> re.Pattern[str]:
    shape = fragment_source(IDENTITY_PACK, BROKEN_MOBILE)
    assert shape.startswith("1"), shape
    return compile_re(rf"1(?<![0-9A-Za-z*.\-]1){shape[1:]}(?![0-9A-Za-z*]|[ \-]?\d|\.\d)")


def mobiles_beside_names(view: DocumentView) -> Iterator[Span]:
    """Mobiles broken over a line, in the list item or clause naming a person (来访人张明华 13812↵345678)."""
    text = view.text
    if "\n" not in text:
        return
    for match in _broken_mobile().finditer(text):
        number = _BROKEN_SEPARATORS.sub("", match.group())
        if len(number) != 11 or cn_mobile(number) is not Verdict.VALID:
            continue
        if _named_nearby(text, *match.span(), view.tokenizer):
            yield match.span()
