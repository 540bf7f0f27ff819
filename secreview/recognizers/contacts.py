"""Whose phone number it is, told by the document's structure: the closing region of a document a body signs.

A document that ends with a body's name above a date (the signature) speaks for that body in the lines right
above it: its contact lines (刑罚执行科电话:…, 联系电话:…) and the last paragraph that tells the public where
to turn (可向…仲裁委员会申请仲裁(电话…)). A number there is the body's unless its own phrase names a private
holder (户主家中电话, 投诉人联系电话), is a person's name (李文科电话), or its sentence names a private person
(申请人张三, 当事人李某); a bare phone line (电话:…) belongs to whoever the sentence before it names. The
region ends at a table row or at a line holding an identity number: a list of persons above the signature is
theirs, not the body's.

A number the document tells its reader to dial (拨打县动物疫情报告电话…) is a public line wherever it stands,
unless the words between 拨打 and the number name a private holder (拨打当事人电话, 拨打李某电话).

The vocabulary is data: rules/lexicons/contacts.toml, with the role words of persons.toml; a phone number is
what the PI pack's PI101 (mobile) and PI102 (landline) match.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from secreview.build_cache import compile_regex, parsed_toml
from secreview.recognizers.pack_patterns import (
    IDENTITY_WHOLE_OR_MASKED,
    fragment_source,
    rule_patterns,
    rule_words,
)
from secreview.recognizers.persons import ROLE_WORDS, name_end, persons_of, surnames, whole_name
from secreview.recognizers.view import DocumentView
from secreview.resources import builtin_rules_dir
from secreview.sentences import CLAUSE_MARKS, SENTENCE_END, sentence_bounds, sentence_end, sentence_start
from secreview.tokenize import Tokenizer

CONTACTS_FILE = "lexicons/contacts.toml"

# The phone numbers whose holder is told here are those the PI pack reports: a landline (PI102) or a mobile
# (PI101), read from its patterns so that the shapes are written once.
PHONE_PACK = "pi.toml"
_PHONE_RULES = ("PI102", "PI101")
_DATE_LINE = compile_regex(
    r"[ \t\u3000]*(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \t\u3000]*年[ \t\u3000]*"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t\u3000]*月[ \t\u3000]*"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t\u3000]*日[ \t\u3000]*"
)
# A table row: cells apart by a tab or by runs of two spaces.
_TABLE_ROW = compile_regex(r"\t|\S(?:[ \u3000]{2,}\S+){2,}")
# Where a sentence ends, in the matching view (a line break too).
_SENTENCE_MARKS = SENTENCE_END + "\n"
# The first line of a paragraph: indented, or a numbered item.
_PARAGRAPH_START = compile_regex(
    r"[ \t\u3000]{2,}|[ \t\u3000]*(?:\(?[一二三四五六七八九十\d]{1,3}[)、.,]|第\p{Han}{1,4}条)"
)
_CLAUSE_MARKS = _SENTENCE_MARKS + CLAUSE_MARKS + "() "
_HAN = compile_regex(r"\p{Han}")
# Searched backwards: the last clause mark in a phrase.
_CLAUSE_MARK_BEFORE = compile_regex(f"[{regex.escape(_CLAUSE_MARKS)}]", regex.REVERSE)
# The last comma before a number: the clause that names the line (…免费开放,预约电话…).
_COMMA_BEFORE = compile_regex(",", regex.REVERSE)


@cache
def _number() -> regex.Pattern[str]:
    """A phone number as the PI pack's rules ``_PHONE_RULES`` write it."""
    return rule_patterns(PHONE_PACK, _PHONE_RULES)


@cache
def _landline() -> regex.Pattern[str]:
    """A landline as PI102 writes it: a fixed line, which a body keeps, not a mobile a person carries."""
    return rule_patterns(PHONE_PACK, _PHONE_RULES[:1])


@cache
def _id_number(bounded: bool) -> regex.Pattern[str]:
    """An identity number, whole or masked, in any grouping a list writes it (440106 19820204 4936), as the
    PI pack's person-row rules look for it; ``bounded``: not the start of a longer run (``pack_patterns``:
    why the closing's end asks no boundary after it)."""
    after = "(?![0-9A-Za-z])" if bounded else ""
    return compile_regex(
        rf"(?<![0-9A-Za-z])(?:{fragment_source(PHONE_PACK, IDENTITY_WHOLE_OR_MASKED)}){after}"
    )


def _either(words: Iterable[str]) -> str:
    """The words as alternatives, the longest first and ties in order: the same pattern in every process
    whatever the order ``words`` come in (a set's order changes with the hash seed, and a pattern written
    anew is compiled again and stored again in the build cache at every start)."""
    return "|".join(sorted((regex.escape(word) for word in words), key=_longest_first))


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The lexicon's words, compiled once."""

    signer: regex.Pattern[str]  # a signer's line: one to four bodies' names
    after_date: regex.Pattern[str]  # a line that may follow the date, (此件公开发布)
    limit: int  # lines of the closing region at most
    contact_line: regex.Pattern[str]  # a line that starts with a contact label
    phone_word: regex.Pattern[str]  # a phone word at the end of the text before a number
    kinds: regex.Pattern[str]  # the words of a phone word's kind at the end of its owner phrase
    unit: regex.Pattern[str]  # a unit's last characters at the end of an owner phrase
    holders: regex.Pattern[str]  # a private holder's word
    named_role: regex.Pattern[str]  # a role word followed by a name or a masked name
    masked_name: regex.Pattern[str]  # 李某, 钟某某, 黄某玲; not 向某县, 某公司
    referents: regex.Pattern[str]  # words of a sentence that point at a private person
    someone: regex.Pattern[str]  # words that point at someone not named (该户电话)
    everyone: regex.Pattern[str]  # phrases that address everyone (任何单位和个人): no holder inside them
    possessive: regex.Pattern[str]  # a holder's own contact: 申请人联系方式, 本人电话
    pointers: regex.Pattern[str]  # words that point at one person named before (请与其本人联系)
    home_suffix: regex.Pattern[str]  # a home word at the end of an owner phrase (家中, 家庭)
    bare_line: regex.Pattern[str]  # a line's start up to its number: a phone word alone (联系电话:)
    public_line: regex.Pattern[str]  # a bare line of a kind a body keeps for the public (咨询电话:)
    unit_after: regex.Pattern[str]  # a unit named in brackets right after the number ((市人事考试院))
    own_kind: regex.Pattern[str]  # a phone word of a person's own line, its kind none or 联系 (联系电话:)
    office_words: regex.Pattern[str]  # PI102's exclusion words but a person's address line's (邮编)


@cache
def _vocabulary() -> _Vocabulary:
    text = (builtin_rules_dir() / CONTACTS_FILE).read_text(encoding="utf-8")
    lexicon: dict[str, Any] = parsed_toml(text, tomllib.loads)
    compound, single = surnames()
    signature, region, owner = lexicon["signature"], lexicon["region"], lexicon["owner"]
    space = r"[ \t\u3000]"
    body = rf"\p{{Han}}{{2,40}}?(?:{_either(signature['body_endings'])})"
    enumerator = r"(?:\(?[一二三四五六七八九十\d]{1,2}[)、.,]\s*)?"
    holders = _either([*owner["holders"], *ROLE_WORDS])
    # 姓名 names a field, not a holder: 署真实姓名和联系方式 is the public's instruction
    owners = _either(word for word in [*owner["holders"], *ROLE_WORDS] if word != "姓名")
    surname = rf"(?:{_either(compound)}|[{''.join(sorted(single))}])"
    not_after = "县市区镇乡村省街路公厂店局委院校所站处单企家"
    return _Vocabulary(
        signer=compile_regex(
            rf"{space}*{body}(?:{space}+{body}){{0,3}}{space}*(?:\([^\n()]{{1,8}}\))?{space}*"
        ),
        after_date=compile_regex(rf"{space}*(?:{'|'.join(signature['after_date'])}){space}*"),
        limit=int(region["lines"]),
        contact_line=compile_regex(
            rf"{space}*{enumerator}[^\n:。]{{0,24}}?(?:{_either(region['contact_labels'])})[^\n:。]{{0,6}}:"
        ),
        phone_word=compile_regex(rf"(?:{_either(owner['phone_words'])}):?{space}*\(?$"),
        kinds=compile_regex(rf"(?:{_either(owner['phone_word_kinds'])})+$"),
        unit=compile_regex(rf"(?:{_either(owner['unit_endings'])})$"),
        holders=compile_regex(holders),
        named_role=compile_regex(
            rf"(?:{_either(ROLE_WORDS)})[:\s]*(?={surname})(?:\p{{Han}}某|\p{{Han}}{{2,3}}(?=[,、。(\s]|$))"
        ),
        masked_name=compile_regex(rf"{surname}某(?:某|(?![{not_after}])\p{{Han}})?(?![{not_after}])"),
        referents=compile_regex(_either(owner["referents"])),
        someone=compile_regex(_either(owner["someone"])),
        everyone=compile_regex(_either(owner["everyone"])),
        pointers=compile_regex(_either(owner["pointers"])),
        bare_line=compile_regex(
            rf"{space}*(?:{_either(owner['phone_word_kinds'])})*(?:{_either(owner['phone_words'])}):?{space}*\(?"
            rf"{space}*$"
        ),
        public_line=compile_regex(
            rf"{space}*(?:{_either(owner['phone_word_kinds'])})*(?:{_either(owner['public_kinds'])})"
            rf"(?:{_either(owner['phone_words'])}):?{space}*\(?{space}*$"
        ),
        unit_after=compile_regex(
            rf"{space}*\((?![^\n()]*(?:{holders}))[^\n()]{{0,24}}?(?:{_either(owner['unit_endings'])})\)"
        ),
        home_suffix=compile_regex(rf"(?:{_either(owner['home_words'])})+$"),
        own_kind=compile_regex(
            rf"(?:^|(?<=[{regex.escape(_CLAUSE_MARKS)}]))[ \t\u3000]*(?:{_either(owner['own_kinds'])})?"
            rf"(?:{_either(owner['phone_words'])}):?{space}*\(?{space}*$"
        ),
        office_words=compile_regex(
            _either(
                word
                for word in rule_words(PHONE_PACK, _PHONE_RULES[0], "exclude_context")
                if word not in owner["address_words"]
            )
        ),
        possessive=compile_regex(
            rf"(?:{owners})(?::?{surname}\p{{Han}}{{1,2}})?(?:{_either(owner['home_words'])})?(?:联系)?"
            rf"(?:{_either(owner['phone_words'])})"
        ),
    )


# How many of a text's last lines the signature and the closing region above it are looked for in.
_TAIL_LINES = 200


def _lines(text: str) -> list[tuple[int, int]]:
    """The spans of the text's last lines, at most ``_TAIL_LINES`` of them, in order (a long list's lines
    are not all split out for the few at its end that are read)."""
    spans: list[tuple[int, int]] = []
    end = len(text)
    while len(spans) < _TAIL_LINES:
        start = text.rfind("\n", 0, end) + 1
        spans.append((start, end))
        if start == 0:
            break
        end = start - 1
    spans.reverse()
    return spans


def _signer_line(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The index of the signer's line (a body's name right above the date at the end), or None."""
    words = _vocabulary()
    filled = [index for index, (start, end) in enumerate(lines) if text[start:end].strip()]
    last = len(filled) - 1
    while last >= 0 and words.after_date.fullmatch(text, *lines[filled[last]]):
        last -= 1
    if last < 1 or not _DATE_LINE.fullmatch(text, *lines[filled[last]]):
        return None
    index = filled[last - 1]
    return index if words.signer.fullmatch(text, *lines[index]) else None


def _region_lines(text: str) -> tuple[int, int] | None:
    """(start, end) of the closing region above the signature, or None when no body signs the text: the
    contact lines right above the signer's line, and the paragraph above them."""
    lines = _lines(text)
    index = _signer_line(text, lines)
    if index is None:
        return None
    words = _vocabulary()
    end = lines[index][0]
    start, taken, contacts = end, 0, True
    index -= 1
    while index >= 0 and taken < words.limit:
        line = text[slice(*lines[index])]
        if not line.strip():
            index -= 1
            if not contacts:
                break
            continue
        if _TABLE_ROW.search(line.strip()) or _id_number(False).search(line):
            break
        if contacts and not words.contact_line.match(line):
            contacts = False  # the paragraph above the contact lines, back to its first line
        start, taken = lines[index][0], taken + 1
        index -= 1
        if not contacts:
            above = text[slice(*lines[index])].rstrip() if index >= 0 else ""
            if _PARAGRAPH_START.match(line) or not above or above[-1] in _SENTENCE_MARKS + ":":
                break
    return (start, end) if start < end else None


# How far before a number its owner phrase or its bare phone line is looked for: a text of numbers with no
# sentence mark between them would otherwise be searched back to its start for each (a hang).
_OWNER_REACH = 120


def _line_end(text: str, at: int) -> int:
    """The end of the line holding ``at``: a bound for a ``match`` that cannot take a line break (without
    one, ``regex`` looks for the pattern's required text up to the end of the text at each call)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _sentence_start(text: str, low: int, at: int) -> int:
    """Where the sentence of the number at ``at`` starts, looked for back to ``low`` at most."""
    return sentence_start(text, at, _SENTENCE_MARKS, low)


def _sorted_private_names(view: DocumentView) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((span.start, span.end) for span in view.analysis(persons_of).private))


def _private_names(view: DocumentView) -> Sequence[tuple[int, int]]:
    """The private persons' names of the document, in order (sorted once a document)."""
    return view.analysis(_sorted_private_names)


def _sentence(text: str, region_start: int, at: int) -> tuple[int, int]:
    """The sentence of the number at ``at``: from the last sentence mark or line start before it (within the
    region) to the next sentence mark or line end."""
    return sentence_bounds(text, at, at, _SENTENCE_MARKS, region_start)


def _names_someone(text: str, start: int, end: int, private: Sequence[tuple[int, int]]) -> bool:
    """Whether the text names a private person: a name the persons analysis found, a role word with a name
    after it (申请人张三, 当事人李某), or a masked name (黄某玲, 钟某某)."""
    words = _vocabulary()
    first = bisect_left(private, (start, -1))  # the first name that starts at ``start`` or after it
    if first < len(private) and private[first][0] < end:
        return True
    return bool(words.named_role.search(text, start, end) or words.masked_name.search(text, start, end))


def _owner_phrase(text: str, sentence_start: int, at: int) -> str | None:
    """The phrase before the phone word in front of the number (刑罚执行科 of 刑罚执行科电话:…), '' for a
    bare phone word, None when no phone word stands right before the number."""
    words = _vocabulary()
    before = text[sentence_start:at]
    word = words.phone_word.search(before)
    if word is None:
        return None
    phrase = before[: word.start()]
    cut = _CLAUSE_MARK_BEFORE.search(phrase)
    phrase = phrase[cut.end() if cut else 0 :].strip(" \t\u3000")
    return words.kinds.sub("", phrase)


def _person_name(phrase: str, tokenizer: Tokenizer) -> bool:
    """Whether ``phrase`` is one person's name: a surname and given name, not one word of another kind
    (信访办, 综治办 are offices; 李文科 and 刘建办 are names)."""
    if len(phrase) > 3 or not _HAN.match(phrase) or name_end(phrase, 0) != len(phrase):
        return False
    words = tokenizer.tagged(phrase)
    return not (len(words) == 1 and not words[0][1].startswith("nr"))


def _private(
    text: str, region_start: int, start: int, private: Sequence[tuple[int, int]], tokenizer: Tokenizer
) -> bool:
    """Whether the number at ``start`` in the closing region is a private holder's (else the body's)."""
    words = _vocabulary()
    left, right = _sentence(text, region_start, start)
    owner = _owner_phrase(text, left, start)
    if owner is None:
        return True  # a number with no phone word before it: a list's, not told here
    if words.holders.search(owner):
        return True
    if owner and _person_name(owner, tokenizer):
        return True  # 李文科电话: a person's name, though it ends as a section's would
    if owner and words.unit.search(owner):
        return False
    if _names_someone(text, left, right, private):
        return True
    return not owner and _bare_line_private(text, left, private, words.referents)


def _bare_line_private(
    text: str, left: int, private: Sequence[tuple[int, int]], pointing: regex.Pattern[str]
) -> bool:
    """Whether a bare phone line (电话:… at ``left``) is a private holder's: the lines above it name one or
    hold words ``pointing`` at one, up through the contact lines above it to the sentence or heading that
    introduces them (申请人联系方式:, 请与其本人联系。, 投诉人:邹国平)."""
    words = _vocabulary()
    end = left
    for _ in range(words.limit):
        while end > 0 and text[end - 1] in _SENTENCE_MARKS + "\n \t\u3000":
            end -= 1
        if end == 0:
            return False
        start = _sentence_start(text, 0, end - 1)
        if (
            _names_someone(text, start, end, private)
            or pointing.search(text, start, end)
            or words.possessive.search(text, start, end)
        ):
            return True
        # bounded at the first colon: a contact line's match ends at its label's colon and holds none before
        # it (``regex`` would otherwise look for the pattern's required text to the end of the text at each
        # call, for each bare line of a long list)
        colon = text.find(":", start)
        if colon < 0 or not words.contact_line.match(text, start, colon + 1):
            return False
        end = start
    return False


def office_numbers(view: DocumentView) -> Iterable[tuple[int, int]]:
    """The phone numbers in the closing region of a document a body signs that are the body's."""
    text, phone = view.text, _number()
    if not phone.search(text):
        return []
    region = _region_lines(text)
    if region is None:
        return []
    start, end = region
    numbers = list(phone.finditer(text, start, end))
    if not numbers:
        return []
    private = _private_names(view)
    return [
        match.span() for match in numbers if not _private(text, start, match.start(), private, view.tokenizer)
    ]


# 拨打, and a line the reader is told to text (听障人士可发送短信至…: precision22, tune55 df-007), whose
# sender is the reader: that sentence, before the cue, must name no private holder or person.
_DIAL = compile_regex(r"拨打|(?P<text>(?:发送|发)短信(?:至|到)|短信(?:发送)?至)")
# After 拨打: the phrase up to the number (one line break allowed: a hard-wrapped notice), then further
# numbers joined to it (0837-7228110、12336 is one instruction).
_DIALLED = compile_regex(r"[^。;!?\n\d]{0,24}(?:\n[^。;!?\n\d]{0,12})?")
_JOINED = compile_regex(r"[ \t\u3000]*[、,/或和及][ \t\u3000]*")
# A further line the same instruction offers as an alternative (请拨打南站派出所电话…,或社区电话…): a comma,
# 或 (也可), then the new line's own phrase, which must end in a phone word.
_OFFERING = compile_regex(r"^(?:或者|或是|或|也可|还可)")
_ALTERNATIVE = compile_regex(r"[ \t\u3000]*[,、][ \t\u3000]*(?:或者|或是|或|也可|还可)[^。;!?\n\d,]{0,16}?$")


def dialled_numbers(view: DocumentView) -> Iterable[tuple[int, int]]:
    """Numbers the reader is told to dial (拨打县动物疫情报告电话0736-…): public lines, unless the phrase
    between 拨打 and the number names a private holder (拨打当事人电话, 拨打户主张德才电话, 拨打李某电话)."""
    text = view.text
    if "拨打" not in text and "短信" not in text:
        return []
    holders, phone = _vocabulary().holders, _number()
    spans: list[tuple[int, int]] = []
    private: Sequence[tuple[int, int]] | None = None
    for dial in _DIAL.finditer(text):
        phrase = _DIALLED.match(text, dial.end())
        assert phrase is not None
        number = phone.match(text, phrase.end())
        if number is None:
            continue
        between = text[dial.end() : phrase.end()]
        if holders.search(between):
            continue
        if private is None:
            private = _private_names(view)
        if _names_someone(text, dial.end(), phrase.end(), private):
            continue
        if dial["text"] is not None and _sender_named(text, dial.start(), private):
            continue
        owner = _owner_phrase(text, dial.end(), number.start())
        if owner is None:
            owner = between.strip()
        if owner and _person_name(owner.replace("\n", ""), view.tokenizer):
            continue
        spans.append(number.span())
        while (more := _joined_number(text, spans[-1][1], private, view.tokenizer)) is not None:
            spans.append(more)
    return spans


def _sender_named(text: str, cue: int, private: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence before a texting cue at ``cue`` names a private holder or person (如需联系投诉人
    刘德伟,可发送短信至…): then the number is that person's."""
    start = sentence_start(text, cue, _SENTENCE_MARKS)
    return bool(_vocabulary().holders.search(text, start, cue)) or _names_someone(text, start, cue, private)


def _joined_number(
    text: str, end: int, private: Sequence[tuple[int, int]], tokenizer: Tokenizer
) -> tuple[int, int] | None:
    """The next number the instruction to dial that ends at ``end`` gives: one joined to it (…6110、12336) or
    an alternative line with its own phrase (…6110,或社区电话…); None when there is none, or when the
    alternative's phrase is a private holder's or a person's (,或当事人电话…)."""
    joined = _JOINED.match(text, end)
    phone = _number()
    if joined and (more := phone.match(text, joined.end())):
        return more.span()
    window = text[end : end + 24]
    number = phone.search(window)
    if number is None or not _ALTERNATIVE.match(window, 0, number.start()):
        return None
    owner = _owner_phrase(window, 0, number.start())
    if owner is None or _vocabulary().holders.search(window, 0, number.start()):
        return None
    owner = _OFFERING.sub("", owner)
    if _names_someone(text, end, end + number.start(), private) or (owner and _a_name(owner, tokenizer)):
        return None
    return end + number.start(), end + number.end()


def _home_suffix_stripped(phrase: str) -> str:
    return _vocabulary().home_suffix.sub("", phrase)


def _a_name(phrase: str, tokenizer: Tokenizer) -> bool:
    return bool(phrase) and (
        _person_name(phrase, tokenizer) or _vocabulary().masked_name.fullmatch(phrase) is not None
    )


def _holders_own(owner: str, tokenizer: Tokenizer) -> bool:
    """Whether the phrase before a phone word is a private holder's own: a holder word, perhaps with the
    holder's name (投诉人, 户主张德才, 当事人李某), or a name with a home word (王建国家庭, 刘德伟家中)."""
    words = _vocabulary()
    holder = words.holders.match(owner)
    if holder is not None:
        rest = _home_suffix_stripped(owner[holder.end() :].lstrip(":"))
        return not rest or _a_name(rest, tokenizer)
    stripped = _home_suffix_stripped(owner)
    return stripped != owner and _a_name(stripped, tokenizer)


def holder_numbers(view: DocumentView) -> Iterable[tuple[int, int]]:
    """Numbers the document gives as a private holder's own, whatever office words stand near them: the
    phrase before the phone word is the holder's (户主张德才家中电话, 投诉人联系电话, 王建国家庭电话),
    or a bare phone line (电话:…) follows lines that name a private person (申诉人:邹国平 / 联系电话:…;
    请与其本人联系。)."""
    text, phone = view.text, _number()
    if not phone.search(text):
        return []
    words = _vocabulary()
    spans: list[tuple[int, int]] = []
    private: Sequence[tuple[int, int]] | None = None
    reader = _SentenceReader(text)
    for number in phone.finditer(text):
        left = _sentence_start(text, max(0, number.start() - _OWNER_REACH), number.start())
        owner = _owner_phrase(text, left, number.start())
        if owner is None:
            continue
        if owner:
            if _holders_own(owner, view.tokenizer):
                spans.append(number.span())
            continue
        if private is None:
            private = _private_names(view)
        if _named_persons_line(text, left, number.start(), number.end(), private, reader):
            spans.append(number.span())
            continue
        if (left and text[left - 1] != "\n") or not words.bare_line.match(text, left, number.start()):
            continue  # a phone word inside a sentence (…办理,咨询电话…): its sentence decides, not told here
        if words.public_line.match(text, left, number.start()) or words.unit_after.match(
            text, number.end(), _line_end(text, number.end())
        ):
            continue  # a line the body keeps for the public, or one whose unit the line names after it
        if _bare_line_private(text, left, private, words.pointers):
            spans.append(number.span())
    return spans


class _SentenceReader:
    """The sentence ends and the office words of one text, asked for its numbers in order: a text without
    sentence marks is one sentence, which each number would read again to the text's end (quadratic in a
    long unpunctuated paragraph of numbers). The same answers as ``sentence_end`` and a search."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._at, self._end = 0, -1  # the last place asked about and the end of its sentence
        # the last search for office words: its bounds and where its match starts (None: no match)
        self._searched: tuple[int, int, int | None] = (-1, -1, None)

    def end(self, at: int) -> int:
        """``sentence_end(text, at, _SENTENCE_MARKS)``: none of the marks lies between the last place asked
        about and its sentence's end, so a place between them ends there too."""
        if not self._at <= at <= self._end:
            self._at, self._end = at, sentence_end(self._text, at, _SENTENCE_MARKS)
        return self._end

    def office_words(self, left: int, right: int) -> bool:
        """Whether ``office_words`` matches in ``text[left:right]`` (a match of a word alternation does not
        depend on where the search began: one found from further left that starts at ``left`` or after is
        found from ``left``, and none from further left means none from ``left``)."""
        searched_left, searched_right, found = self._searched
        if right == searched_right and searched_left <= left and (found is None or found >= left):
            return found is not None
        match = _vocabulary().office_words.search(self._text, left, right)
        found = None if match is None else match.start()
        self._searched = (left, right, found)
        return found is not None


def _named_persons_line(
    text: str, left: int, start: int, end: int, private: Sequence[tuple[int, int]], reader: _SentenceReader
) -> bool:
    """Whether the number at ``start``–``end`` (its sentence opening at ``left``) is given in a private
    person's own contact line: the sentence names the person before the phone word (来信人张建华,
    当事人:刘春生, 姓名:陈淑芬), the phone word is of no kind or 联系 (联系电话, 电话), and the sentence holds
    none of PI102's exclusion words but those of an address line (邮编, 联系地址: a person gives them
    too)."""
    word = _vocabulary().own_kind.search(text, left, start)
    if word is None or not _names_someone(text, left, word.start(), private):
        return False
    return not reader.office_words(left, reader.end(end))


# A document, not a field or a line: a title (its first line, no sentence or field punctuation, no run of
# digits a number is made of), then at least a paragraph.
_DOCUMENT_LENGTH = 100
_TITLE_LINE = compile_regex(r"\s*(?![^\n]*\d{5})[^\n。,;:]{4,60}\n")


_CELL_SEPARATOR = compile_regex(r"[ \t\u3000]*[|\t][ \t\u3000]*|[ \u3000]{2,}")


def _row_names_someone(text: str, at: int) -> bool:
    """Whether the number's line is a row with a cell that is one full name (韦嘉铭 | 男 | …)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    cells = _CELL_SEPARATOR.split(text[start : len(text) if end < 0 else end])
    return len(cells) > 1 and any(whole_name(cell) for cell in cells)


# How many characters may name what a public line serves before its kind (参观预约电话, 政策咨询电话).
_PUBLIC_LINE_OBJECT = 4


def _named_public_line(text: str, left: int, at: int, pointing: tuple[regex.Pattern[str], ...]) -> bool:
    """Whether the clause of the number at ``at`` (from the last comma of its sentence, which starts at
    ``left``) names it a line of a kind a body keeps for the public, after at most a few characters of what
    it serves and no holder's word (参观预约电话, 咨询电话; not 家属联系电话)."""
    comma = _COMMA_BEFORE.search(text, left, at)
    start = left if comma is None else comma.end()
    named = _vocabulary().public_line.search(text, start, at)
    return (
        named is not None
        and named.start() - start <= _PUBLIC_LINE_OBJECT
        and not any(found.search(text, start, named.start()) for found in pointing)
    )


def landlines_of_nobody(view: DocumentView) -> Iterable[tuple[int, int]]:
    """The landlines of a document (a title, then at least a paragraph) that names no private person: no
    name the persons analysis calls private, no role word with a name (申请人张三), no masked name (李某), no
    identity number. Whose private line could it give? Its landlines are those of the bodies it speaks for or
    lists (考点联系电话…, a service guide's offices, a summary's closing 联系电话). Not a number whose
    sentence, up to it, holds a private holder's word (家庭电话, 户主, 报警人, 该户 …): that number is
    someone's even where nobody is named."""
    text = view.text
    if len(text) < _DOCUMENT_LENGTH or not _TITLE_LINE.match(text):
        return []  # a field, a form's line, a cell: no document speaks there, and 座机:… is someone's
    numbers = list(_landline().finditer(text))
    if (
        not numbers
        or _id_number(True).search(text)
        or _private_names(view)
        or view.analysis(persons_of).public
    ):
        return []  # a person named, even in a list a rule publishes: its phone column is still theirs
    words = _vocabulary()
    if words.named_role.search(text) or words.masked_name.search(text):
        return []
    holders_own = set(holder_numbers(view))
    spans = []
    for number in numbers:
        if number.span() in holders_own or _row_names_someone(text, number.start()):
            continue
        left = _sentence_start(text, max(0, number.start() - _OWNER_REACH), number.start())
        pointing = (words.holders, words.referents, words.someone)
        if _named_public_line(text, left, number.start(), pointing):
            spans.append(number.span())  # 参观预约电话…: the clause names the line, whoever it serves
            continue
        if _points_at_someone(text, left, number.start(), pointing):
            continue
        spans.append(number.span())
    return spans


def _points_at_someone(text: str, start: int, end: int, pointing: Sequence[regex.Pattern[str]]) -> bool:
    """Whether a word of ``pointing`` stands in ``text[start:end]`` outside a phrase that addresses everyone
    (任何单位和个人发现…: the 个人 there is whoever finds it, not the holder of the number after)."""
    everyone = [hit.span() for hit in _vocabulary().everyone.finditer(text, start, end)]
    return any(
        not any(left <= hit.start() and hit.end() <= right for left, right in everyone)
        for found in pointing
        for hit in found.finditer(text, start, end)
    )
