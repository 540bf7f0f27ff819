"""Where private persons stand in a text: their names, the table rows and clauses they head.

The vocabulary (role words, followers of a name, titles of officials, heading words, list cues …) is data:
rules/lexicons/persons.toml, with roles.txt and surnames.txt beside it.

One analysis per text is shared by the name, address and sensitive-information recognizers. Names are
found only where a private person is meant: after a role word (申请人, 户主, 当事人 …), in a column headed
姓名/户主/申请人, in a list of names under a 名单, or at the head of a clause that goes on with sex, an
identity number or an address. Officials named with their office, masked names (张某, 张*明) and the
names of places and companies are left out. jieba is consulted only for names found after a role word
or at the head of a clause, so a text without any of these never loads its dictionary.

Each step first scans the text quickly (prescan.py) for the few places where it can find anything: the
lines holding a heading word, the role words, the clause marks before a surname, the lines after a list
cue; the exact patterns run there only.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

import regex

from secreview.build_cache import compile_re, compile_regex, parsed_toml
from secreview.recognizers.cells import Line, Span, cell_values, cells
from secreview.recognizers.jieba_view import FirstWords
from secreview.recognizers.prescan import DIGIT_OR_MORE, HAN_OR_MORE, LineIndex, WordSets
from secreview.recognizers.view import DocumentView
from secreview.resources import SURNAMES_FILE, builtin_rules_dir, word_list
from secreview.tokenize import Tokenizer

ROLES_FILE = "lexicons/roles.txt"
PERSONS_FILE = "lexicons/persons.toml"

_HAN = compile_regex(r"\p{Han}")
_INNER_SPACE = compile_regex(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")
_MASK_CHARS = frozenset("某*×xX○〇_＊□")
_LEXICON = parsed_toml((builtin_rules_dir() / PERSONS_FILE).read_text(encoding="utf-8"), tomllib.loads)
_NAMES, _TABLES, _DOCUMENTS = _LEXICON["names"], _LEXICON["tables"], _LEXICON["documents"]


def _either(words: list[str]) -> str:
    """The alternation of the regular-expression fragments ``words``, in their order."""
    return "|".join(words)


_NOT_GIVEN = frozenset(_NAMES["not_given"])
_NOT_NAMES = frozenset(_NAMES["not_names"])
_FOLLOWERS = tuple(_NAMES["followers"])
_OFFICIAL_BEFORE = compile_regex(rf"(?:{_either(_NAMES['official_before'])})[:\s]*$")
_OFFICIAL_AFTER = compile_regex(rf"^(?:{_either(_NAMES['official_after'])})")
_ADDRESS_TERMS = tuple(_NAMES["address_terms"])
_PLACE_OR_ORG = compile_regex(rf"^(?:{_either(_NAMES['place_or_org'])})")
_PLACE_ENDINGS = frozenset(_NAMES["place_endings"])
_GIVEN_AS_PLACE = tuple(_NAMES["given_as_place"])

ROLE_WORDS = tuple(_LEXICON["roles"]["private"])
# Words for what a person was where a report names him (游客刘建明, 乘客刘建明): read for a name as the role
# words are, but no holders of the phone beside them (contacts.py reads ROLE_WORDS only).
_PERSON_WORDS = (*ROLE_WORDS, *_LEXICON["roles"]["visitors"])
_REFLEXIVE_ROLES = frozenset(_LEXICON["roles"]["reflexive"])
_REFLEXIVE_NAME_END = compile_regex(rf"(?:{_either(_LEXICON['roles']['reflexive_name_ends'])})")
_ROLE = compile_regex(
    r"(?<!联系|经办|承办|负责|代理|审核|收件|收信)(?P<role>"
    + "|".join(sorted(map(regex.escape, _PERSON_WORDS), key=len, reverse=True))
    + r")(?:\s*\([^()\n]{1,8}\))?[:\s]*(?:为|系|是)?[:\s]*(?=\p{Han})"
)
_NAME_HEADING = compile_regex(rf"^(?:序号)?(?:{_either(_TABLES['name_heading'])})$")


def _each_line(pattern: str) -> re.Pattern[str] | regex.Pattern[str]:
    """``pattern`` for each line of a text (MULTILINE); compiled by ``re``, about three times faster here,
    when it has no escapes and classes (literal words, ``.``, repeats, anchors: read alike by both)."""
    lines = f"(?m:{pattern})"
    if not any(mark in pattern for mark in "\\["):
        try:
            return compile_re(lines)
        except re.error:
            pass
    return compile_regex(lines)


# In cells joined by line breaks, finds a cell _NAME_HEADING matches whole.
_NAME_HEADING_LINE = _each_line(_NAME_HEADING.pattern)
_STAFF_HEADING = compile_regex(_either(_TABLES["staff_heading"]))
SENSITIVE_HEADING = compile_regex(_either(_TABLES["sensitive_heading"]))
_PUBLISHED_AID_HEADING = compile_regex(rf"^(?:{_either(_TABLES['published_aid_heading'])})$")
# A heading that is a kind alone (类别, 类型): which kind, the list's own kind says (public_names.toml).
_BARE_KIND_HEADING = compile_regex(rf"^(?:{_either(_TABLES['bare_kind_heading'])})$")
ADDRESS_HEADING = compile_regex(_either(_TABLES["address_heading"]))
_PUBLISHED_LIST = compile_regex(_either(_DOCUMENTS["published_list"]))
PUBLIC_NAMES_FILE = "lexicons/public_names.toml"
AGENTS = "agents"  # the entry of PUBLIC_NAMES_FILE that lists the roles of agents
_CONTEXT_REACH = 300
_CONTEXT_LINES = 4
_TITLE_LINES = 3
_TITLE_LIKE = compile_regex(r"[^。,;:]{1,60}")


@dataclass(frozen=True, slots=True)
class PublicList:
    """A kind of list whose names a rule makes public, and how to tell it."""

    kind: str
    rule: str
    patterns: tuple[regex.Pattern[str], ...]
    exceptions: tuple[regex.Pattern[str], ...]
    title: regex.Pattern[str] | None
    roles: frozenset[str]
    role_contexts: dict[str, regex.Pattern[str]]  # roles whose names are public only where this is said
    # headings of sensitive columns this list publishes with the names (a 减刑假释 公示's 罪名 and 刑期)
    published_headings: regex.Pattern[str] | None = None
    # a document that publishes the persons it is addressed to (a 公告送达, a 处罚决定书 to its party) and no
    # one else in it: its patterns are read in the title for the addressee of a salutation, never for a list
    addressee: bool = False
    # what, anywhere in the text, withdraws the names the document would publish (a minor party)
    text_exceptions: tuple[regex.Pattern[str], ...] = ()

    def publishes(self, heading: str) -> bool:
        """Whether the column under ``heading`` is one this list publishes with its names."""
        return self.published_headings is not None and self.published_headings.fullmatch(heading) is not None

    def withdrawn(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.text_exceptions)

    def names_by_role(self, role: str, text: str, start: int) -> bool:
        """Whether the name at ``start`` after ``role`` is one this list makes public."""
        where = self.role_contexts.get(role)
        if where is None:
            named = role in self.roles
        else:
            named = where.search(f"{document_title(text)}\n{list_context(text, start)}") is not None
        return named and not self.withdrawn(text)

    def names_addressee(self, text: str) -> bool:
        """Whether the person the document is addressed to (its salutation) is one it makes public."""
        title = document_title(text)
        return self.addressee and self.holds(title, title) and not self.withdrawn(text)

    def holds(self, title: str, context: str) -> bool:
        return (
            any(pattern.search(context) for pattern in self.patterns)
            and not any(pattern.search(context) for pattern in self.exceptions)
            and (self.title is None or self.title.search(title) is not None)
        )


@cache
def public_lists() -> tuple[PublicList, ...]:
    data = parsed_toml((builtin_rules_dir() / PUBLIC_NAMES_FILE).read_text(encoding="utf-8"), tomllib.loads)
    return tuple(
        PublicList(
            kind,
            entry["rule"],
            tuple(compile_regex(pattern) for pattern in entry.get("patterns", [])),
            tuple(compile_regex(pattern) for pattern in entry.get("except", [])),
            compile_regex(entry["title"]) if "title" in entry else None,
            frozenset(entry.get("roles", [])),
            {role: compile_regex(where) for role, where in entry.get("role_contexts", {}).items()},
            compile_regex(_either(entry["published_headings"])) if "published_headings" in entry else None,
            bool(entry.get("addressee", False)),
            tuple(compile_regex(pattern) for pattern in entry.get("except_text", [])),
        )
        for kind, entry in data.items()
        if kind != AGENTS
    )


@cache
def agent_roles() -> frozenset[str]:
    """Role words of persons who act for a listed person: their names are never public by rule."""
    data = parsed_toml((builtin_rules_dir() / PUBLIC_NAMES_FILE).read_text(encoding="utf-8"), tomllib.loads)
    return frozenset(data.get(AGENTS, {}).get("roles", []))


@cache
def allocation_lexicon() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The title of a published allocation result and the heading of its column of flats allocated."""
    return compile_regex(_TABLES["allocation_title"]), compile_regex(_either(_TABLES["allocation_heading"]))


def document_title(text: str) -> str:
    """The title lines of a text: those of its first ``_TITLE_LINES`` non-empty lines that read like a
    title or a heading (short, no sentence punctuation), joined."""
    lines = [line.strip() for line in text[: _CONTEXT_REACH * 4].split("\n") if line.strip()]
    return "\n".join(line for line in lines[:_TITLE_LINES] if _TITLE_LIKE.fullmatch(line))


def list_context(text: str, start: int) -> str:
    """What says which list a table or a list of names is: the lines just before ``start`` (where the list
    begins: its heading row, or the items after 名单如下:), the part of its own line before it included."""
    before = text[max(0, start - _CONTEXT_REACH) : start]
    return "\n".join([line for line in before.split("\n") if line.strip()][-_CONTEXT_LINES:])


def public_list(text: str, start: int, *, running: bool = False) -> PublicList | None:
    """The kind of public list the list beginning at ``start`` is, or None; ``running`` for a name in
    running text, which the document's title alone decides (a 表彰决定 names its awardees in sentences)."""
    title = document_title(text)
    context = "" if running else list_context(text, start)
    for entry in public_lists():
        if entry.patterns and not entry.addressee and entry.holds(title, f"{title}\n{context}"):
            return entry
    return None


# A document about office holders: its names are officials'.
_APPOINTMENT_DOCUMENT = compile_regex(_either(_DOCUMENTS["appointment"]))
_OFFICIALS_DOCUMENT = compile_regex(_either([*_DOCUMENTS["appointment"], *_DOCUMENTS["officials"]]))
_LIST_CUE = compile_regex(_either(_DOCUMENTS["list_cues"]))
_NUMBERED_ITEM = compile_regex(r"(?m)^[ \t]*(?:\d{1,4}|[一二三四五六七八九十]{1,3})[.、)][ \t]*")
_ITEM_SEPARATORS = frozenset(",;、 \t(")
_MAX_LIST_LINE = 4000
_MIN_REPEATED_NAME = 3
_MAX_REPEATED_NAMES = 50
_MAX_COLUMNS = 16
_EMPTY_VALUES = frozenset(_TABLES["empty_values"])
_PUBLICITY = compile_re(_either(_TABLES["publicity_words"]))
_ROLE_CONTEXT = 4  # characters either side of a role word that jieba reads with it
_HEADING_LINE = compile_regex(r"^[\p{Han}()/]{1,12}$")
# A house number, building, flat or room: below the village group a published list names (a 村组 column).
_DOOR = compile_regex(r"\d\s*(?:号|室|栋|幢|单元|弄|户|楼)|[号室栋幢弄户]")


def _heading_like(line: str) -> bool:
    return bool(_HEADING_LINE.match(line.strip()))


_LIST_SEPARATOR = compile_regex(r"[、,;\s]")
# An item of a list of names: the name, perhaps with its village or unit in brackets, and a separator.
_LIST_ITEM = compile_regex(
    r"\s*(?P<name>[^、,;\s。.()]{1,4})(?:\((?P<note>[^()\n]{1,20})\))?\s*(?:[、,;]\s*|$)"
)
_CLAUSE_MARKS = r"\n,。;:、()"
_CLAUSE_HEAD = compile_regex(rf"(?:^|(?<=[{_CLAUSE_MARKS}]))\s*")
_CLAUSE_TAIL = compile_regex(
    r"^[\s,、(]*(?:男|女)(?:[\s,、)]|$)|^[\s,(]*(?:身份证|公民身份|身份号码|证件号|住址|家住|现住|户籍|住(?=\p{Han})|"
    r"\d{1,3}\s*(?:岁|周岁)|联系电话|电话|手机|家庭住址|出生于|\d{4}\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日\s*)?出?生)"
)
# The addressee of a reply: a name alone on its line (张三同志:, 洪丽丽(身份证号…):), then the letter
# speaks to 你/您.
_SALUTATION = compile_regex(
    r"(?m)^[ \t]*(?P<name>\p{Han}{2,4}?)(?:先生|女士|同志)?(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]*\n"
    r"[^\n]{0,40}?(?:你|您)"
)


@dataclass(slots=True)
class PersonAnalysis:
    """Names of private persons in a text, split by how much they weigh, and the rows they stand in."""

    private: list[Span] = field(default_factory=list)
    public: dict[str, list[Span]] = field(default_factory=dict)  # by the kind of public list
    sensitive_cells: list[tuple[Span, str]] = field(default_factory=list)  # with the column heading
    person_rows: list[Span] = field(default_factory=list)  # table rows that name a person
    address_cells: list[Span] = field(default_factory=list)
    published_aid_cells: list[Span] = field(default_factory=list)  # aid category and amount of a 公示
    published_group_cells: list[Span] = field(default_factory=list)  # a published list's 村组, no door below
    addressees: list[Span] = field(default_factory=list)  # the persons a reply is addressed to
    role_persons: set[str] = field(default_factory=set)  # role words followed by a private person's name

    @property
    def names(self) -> list[Span]:
        public = [span for spans in self.public.values() for span in spans]
        return sorted([*self.private, *public], key=lambda span: span.start)


@cache
def role_words() -> frozenset[str]:
    """Words for what a person is (申领人, 经办人 …), never names: the shipped lexicon and ROLE_WORDS."""
    return frozenset(word_list(ROLES_FILE)) | set(_PERSON_WORDS)


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(compound surnames, single-character surnames) from the shipped lexicon."""
    words = word_list(SURNAMES_FILE)
    return frozenset(w for w in words if len(w) > 1), frozenset(w for w in words if len(w) == 1)


# What a clause tail (_CLAUSE_TAIL) can begin with, looser than the tail itself.
_TAIL_START = (
    r"[\s,、(]*(?:男|女|身份证|公民身份|身份号码|证件号|住|家住|现住|户籍|\d|"
    r"联系电话|电话|手机|家庭住址|出生于)"
)


@cache
def _clause_heads_before_name() -> tuple[regex.Pattern[str], regex.Pattern[str], re.Pattern[str]]:
    """(at the start of the text, after a clause mark): spaces, then a surname, one or two more
    characters and the start of a clause tail; and a scan for the clause marks where the second may match."""
    compound, single = surnames()
    surname = "|".join(
        [*sorted(map(regex.escape, compound)), f"[{''.join(map(regex.escape, sorted(single)))}]"]
    )
    ahead = rf"(?=(?:{surname})\p{{Han}}{{1,2}}{_TAIL_START})"
    first_chars = "".join(sorted(set(single) | {word[0] for word in compound}))
    tail_start = _TAIL_START.replace(r"\d", DIGIT_OR_MORE)
    scan = compile_re(rf"[{_CLAUSE_MARKS}](?=\s*[{first_chars}]{HAN_OR_MORE}{{1,3}}{tail_start})")
    return compile_regex(rf"\s*{ahead}"), compile_regex(rf"[{_CLAUSE_MARKS}]\s*{ahead}"), scan


def clause_heads_before_name(text: str) -> list[int]:
    """The ends of the ``_CLAUSE_HEAD`` matches where a name with a clause tail may start, in order.
    Only the clause marks that the quick scan lets through are tried with the exact pattern. A mark
    inside the spaces after another gives the same end, hence the removal of repeats."""
    at_start, after_mark, scan = _clause_heads_before_name()
    heads = []
    for candidate in scan.finditer(text):
        match = after_mark.match(text, candidate.start())
        if match is not None:
            heads.append(match.end())
    first = at_start.match(text)
    return list(dict.fromkeys([first.end(), *heads] if first else heads))


def surname_length(text: str, start: int) -> int:
    compound, single = surnames()
    if text[start : start + 2] in compound:
        return 2
    return 1 if start < len(text) and text[start] in single else 0


def _is_given(char: str) -> bool:
    return bool(_HAN.match(char)) and char not in _MASK_CHARS and char not in _NOT_GIVEN


def _boundary(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    if not _HAN.match(text[end]):
        return text[end] not in _MASK_CHARS and not text[end].isdigit()
    return text.startswith(_FOLLOWERS, end)


def name_end(text: str, start: int) -> int | None:
    """End of the full (unmasked) name that begins at ``start``, judged by what follows it."""
    length = surname_length(text, start)
    if not length:
        return None
    given_start = start + length
    if text.startswith(_ADDRESS_TERMS, given_start):
        return None
    lengths = (1, 2) if text[given_start + 1 : given_start + 2] in ("男", "女") else (2, 1)
    for given in lengths:
        end = given_start + given
        chunk = text[given_start:end]
        if len(chunk) == given and all(_is_given(char) for char in chunk) and _boundary(text, end):
            name = text[start:end]
            if _PLACE_OR_ORG.match(text[end : end + 4]) or name in _NOT_NAMES or name[-1] in _PLACE_ENDINGS:
                return None
            if name in role_words():  # 申领人身份证号: the role word itself, not a name after it
                return None
            return end
    return None


_NAME_DOTS = frozenset(_NAMES["name_dots"])
_NAME_PIECES = int(_NAMES["name_pieces"])
_PIECE_LENGTH = int(_NAMES["name_piece_length"])
_NAME_NUMERALS = frozenset(_NAMES["name_numerals"])


def dotted_name_end(text: str, start: int) -> int | None:
    """End of a name written with a dot between its parts that begins at ``start`` (阿依古丽·买买提,
    约翰.史密斯, 让·雅克·卢梭; any of persons.toml's ``name_dots``), judged by what follows its last piece as
    for a name without a dot; None when there is none: one piece, pieces of one character each (德·智·体),
    a piece that is a number or an ordinal (第三·四)."""
    pieces: list[str] = []
    position = start
    while True:
        end = position
        while end < len(text) and end - position < _PIECE_LENGTH and _in_piece(text[end]):
            end += 1
        if end == position:
            return None
        dotted = text[end : end + 1] in _NAME_DOTS and _in_piece(text[end + 1 : end + 2] or "。")
        if dotted and len(pieces) + 1 < _NAME_PIECES:
            pieces.append(text[position:end])
            position = end + 1
            continue
        last = next((stop for stop in range(position + 1, end + 1) if _boundary(text, stop)), None)
        if last is None or not pieces:
            return None
        pieces.append(text[position:last])
        break
    if all(len(piece) == 1 for piece in pieces) or any(set(piece) <= _NAME_NUMERALS for piece in pieces):
        return None
    if any(piece[0] == "第" for piece in pieces) or _PLACE_OR_ORG.match(text[last : last + 4]):
        return None
    return last


def _in_piece(char: str) -> bool:
    """Whether ``char`` may stand in a piece of a dotted name: a transliteration takes any Han character
    (阿不都热依木: 不 and 都, never in a given name after a surname), a mask never."""
    return bool(_HAN.match(char)) and char not in _MASK_CHARS


def whole_name(cell: str) -> bool:
    """Whether a table cell or list item is exactly one full name."""
    if len(cell) < 2 or (len(cell) > 4 and not cell[0].isspace() and not cell[-1].isspace()):
        return False  # too short, or too long with nothing to strip
    return _whole_name(cell)


@lru_cache(maxsize=4096)  # the short cells of a table repeat (row numbers, 男, 汉族, 张某某 …)
def _whole_name(cell: str) -> bool:
    stripped = cell.strip()
    return 2 <= len(stripped) <= 4 and name_end(stripped, 0) == len(stripped)


def _official(text: str, start: int, end: int) -> bool:
    """A title or duty right before or after the name (spaces inside it, as in 联 系 人, do not count)."""
    before = _INNER_SPACE.sub("", text[max(0, start - 12) : start])[-8:]
    return bool(_OFFICIAL_BEFORE.search(before)) or bool(_OFFICIAL_AFTER.match(text[end : end + 6]))


@dataclass(frozen=True, slots=True)
class _Columns:
    """The headings of a table and what each column holds."""

    headings: tuple[str, ...]
    names: tuple[int, ...]
    sensitive: tuple[int, ...]
    addresses: tuple[int, ...]
    published_aid: tuple[int, ...]

    @classmethod
    def of(cls, headings: Sequence[str]) -> _Columns:
        return cls(
            tuple(headings),
            tuple(i for i, heading in enumerate(headings) if _NAME_HEADING.match(heading)),
            tuple(i for i, heading in enumerate(headings) if SENSITIVE_HEADING.search(heading)),
            tuple(i for i, heading in enumerate(headings) if ADDRESS_HEADING.search(heading)),
            tuple(
                i
                for i, heading in enumerate(headings)
                if _PUBLISHED_AID_HEADING.match(heading) and not SENSITIVE_HEADING.search(heading)
            ),
        )


def _person_headings(headings: Sequence[str]) -> bool:
    """Headings of a table of persons: a name column, and no column of staff."""
    joined = "\n".join(headings)  # one search instead of one per cell (a list of names: every row asks)
    if joined.count("\n") == len(headings) - 1:
        named = _NAME_HEADING_LINE.search(joined) is not None
    else:  # a heading holding a line break
        named = any(_NAME_HEADING.match(heading) for heading in headings)
    return named and not any(_STAFF_HEADING.search(heading) for heading in headings)


# Quick scans (a superset of the places the exact patterns can match).
_HEADING_WORDS = tuple(_TABLES["heading_words"])
_WORD_ANCHORS = _LEXICON["scan"]["anchors"]
_WORDS = WordSets(
    {"role": _PERSON_WORDS, "heading": _HEADING_WORDS, "cue": _LIST_CUE.pattern.split("|")}, _WORD_ANCHORS
)
_DOCUMENT_WORDS = compile_re(f"{_PUBLISHED_LIST.pattern}|{_OFFICIALS_DOCUMENT.pattern}")
_PUBLISHED_WORDS = compile_re(_PUBLISHED_LIST.pattern)
_OFFICIALS_WORDS = compile_re(_OFFICIALS_DOCUMENT.pattern)
_APPOINTMENT_WORDS = compile_re(_APPOINTMENT_DOCUMENT.pattern)
_SALUTATION_END = compile_re(r":[ \t]*\n")
_NUMBER_MARK = compile_re(rf"[.、)](?<={DIGIT_OR_MORE[:-1]}一二三四五六七八九十][.、)])")


def _line_starts(text: str, positions: Iterable[int]) -> list[int]:
    """The starts of the lines holding ``positions`` (ascending), each once; linear in the text however
    many positions one line holds (``rfind`` from each would be quadratic on one long line)."""
    starts: list[int] = []
    line_start, searched_to = 0, 0
    for position in positions:
        line_break = text.rfind("\n", searched_to, position)
        if line_break != -1:
            line_start = line_break + 1
        searched_to = max(searched_to, position)
        if not starts or starts[-1] != line_start:
            starts.append(line_start)
    return starts


def numbered_line_starts(text: str) -> list[int]:
    """The starts of the lines where ``_NUMBERED_ITEM`` may match: a number and its mark are in them."""
    return _line_starts(text, (mark.start() for mark in _NUMBER_MARK.finditer(text)))


def _second_line_end(text: str, at: int) -> int:
    """The end of the line after the one holding ``at`` (the text's end when there is none)."""
    first = text.find("\n", at)
    second = -1 if first < 0 else text.find("\n", first + 1)
    return len(text) if second < 0 else second


def salutation_line_starts(text: str) -> list[int]:
    """The starts of the lines where ``_SALUTATION`` may match: lines that end with a colon."""
    return _line_starts(text, (end.start() for end in _SALUTATION_END.finditer(text)))


_SPACED_WINDOW = 10
# Where a name with a dot may stand at a clause's head: the start of the text or a clause mark, then blanks,
# with a dotted name's first piece and dot ahead.
_DOT_CLASS = regex.escape("".join(sorted(_NAME_DOTS)))
# A dot between two Han characters: a text without one holds no dotted name (a quick scan first).
_DOTTED_PAIR = compile_re(rf"[\u4e00-\u9fff][{_DOT_CLASS}][\u4e00-\u9fff]")
_DOTTED_AT_HEAD = compile_regex(
    rf"(?:^|(?<=[{_CLAUSE_MARKS}]))[ \t\u3000]*(?=\p{{Han}}{{1,{_PIECE_LENGTH}}}[{_DOT_CLASS}]\p{{Han}})"
)
_CLAUSE_MARK_CHARS = frozenset("\n,。;:、(")
_NAME_SPACES = frozenset(" \u3000\u00a0")


class _Collector:
    def __init__(self, text: str, tokenizer: Tokenizer) -> None:
        self.text = text
        self.first_words = FirstWords(tokenizer)
        self.analysis = PersonAnalysis()
        self.lines = LineIndex(text)
        self._taken: set[int] = set()
        self._public_lists: dict[int, PublicList | None] = {}

    @cached_property
    def document_words(self) -> bool:
        """Whether the text has a word of a published list or of a document about officials."""
        return _DOCUMENT_WORDS.search(self.text) is not None

    @cached_property
    def published_document(self) -> bool:
        return self.document_words and _PUBLISHED_WORDS.search(self.text) is not None

    @cached_property
    def officials_document(self) -> bool:
        return self.document_words and _OFFICIALS_WORDS.search(self.text) is not None

    @cached_property
    def appointment_document(self) -> bool:
        return self.officials_document and _APPOINTMENT_WORDS.search(self.text) is not None

    @cached_property
    def words(self) -> dict[str, list[int]]:
        """Where role words, words of name-column headings and list cues start."""
        return _WORDS.starts(self.text)

    @cached_property
    def list_cues(self) -> list[int]:
        return self.words["cue"]

    @cached_property
    def heading_lines(self) -> list[int]:
        """The lines that hold a word a name column's heading is made of."""
        return self.lines.holding(self.words["heading"])

    def add(
        self, span: Span, list_start: int | None = None, role: str | None = None, *, addressee: bool = False
    ) -> None:
        """A name; ``list_start`` is where the list it stands in begins (None for running text), ``role``
        the role word before it, ``addressee`` whether the document is addressed to that person."""
        if span.start in self._taken:
            return
        self._taken.add(span.start)
        public = None
        if role is not None:
            public = next((e for e in public_lists() if e.names_by_role(role, self.text, span.start)), None)
        if public is None and addressee:
            public = next((e for e in public_lists() if e.names_addressee(self.text)), None)
        if public is None and self.published_document and role not in agent_roles():
            if list_start is None:
                public = public_list(self.text, span.start, running=True)
            else:
                public = public_list(self.text, list_start)
        if public is None:
            self.analysis.private.append(span)
        else:
            self.analysis.public.setdefault(public.kind, []).append(span)

    def in_text(self, start: int, *, confirm: bool) -> Span | None:
        end = name_end(self.text, start)
        if end is None or _official(self.text, start, end):
            return None
        if confirm and not self.first_words.confirmed(self.text, start, end):
            return None
        return Span(start, end)

    def roles(self) -> None:
        for start in self.words["role"]:
            match = _ROLE.match(self.text, start)
            if match is None:
                continue
            span = (
                self.dotted(match.end())
                or self.in_text(match.end(), confirm=True)
                or self.spaced(match.end())
                or self.before_predicate(match.end())
            )
            if span is None or self._inside_word(match.start("role"), match.end("role")):
                continue  # jieba is asked about the role word only when a name follows it
            if match["role"] in _REFLEXIVE_ROLES and not _REFLEXIVE_NAME_END.match(self.text, span.end):
                continue  # 本人银行账户: no name closes its clause after 本人
            self.add(span, role=match["role"])
            if self.analysis.private and self.analysis.private[-1] == span:
                self.analysis.role_persons.add(match["role"])

    def _inside_word(self, start: int, end: int) -> bool:
        """Whether jieba reads the role word at ``start:end`` as the tail of a longer word that runs on
        past it (公务用车主管部门: 车主 inside 用车 | 主管部门) or as the head of a longer word (居民区,
        学生会, 村民委员会)."""
        left = max(0, start - _ROLE_CONTEXT)
        window = self.text[left : end + _ROLE_CONTEXT]
        tagged = self.first_words.tokenizer.tagged(window)
        head, tail = start - left, end - left
        if any(token_start == head and token_end > tail for _, _, token_start, token_end in tagged):
            return True
        if not start or not _HAN.match(self.text[start - 1]):
            return False
        ends = {token_end for _, _, _, token_end in tagged}
        return tail not in ends and head not in ends

    def dotted(self, start: int) -> Span | None:
        """A name written with a dot between its parts (阿依古丽·买买提), not an official's."""
        end = dotted_name_end(self.text, start)
        if end is None or _official(self.text, start, end):
            return None
        return Span(start, end)

    def dotted_heads(self) -> None:
        """Names written with a dot at the head of a clause that goes on with sex, an identity number or an
        address (…、古丽娜尔·艾尼瓦尔,女,36岁), as ``clause_heads`` finds names without a dot."""
        if self.officials_document or _DOTTED_PAIR.search(self.text) is None:
            return
        for match in _DOTTED_AT_HEAD.finditer(self.text):
            start = match.end()
            if start in self._taken:
                continue
            span = self.dotted(start)
            if span is None or not _CLAUSE_TAIL.match(self.text[span.end : span.end + 24]):
                continue
            if not any(span.start <= taken < span.end for taken in self._taken):
                self.add(span)  # (当事人玛依拉‧吐尔洪: the name after the role word is found already)

    def before_predicate(self, start: int) -> Span | None:
        """A name after a role word that runs straight on into its verb (乘客刘建明翻越护栏): jieba reads a
        name of a known surname and given characters, then the predicate."""
        length = surname_length(self.text, start)
        if not length or not _is_given(self.text[start + length : start + length + 1] or "。"):
            return None  # jieba is asked only when a surname and a given character follow
        end = self.first_words.name_before_predicate(self.text, start)
        if end is None or not all(_is_given(char) for char in self.text[start + length : end]):
            return None
        name = self.text[start:end]
        if name[-1] in _PLACE_ENDINGS or name in _NOT_NAMES or _PLACE_OR_ORG.match(self.text[end : end + 4]):
            return None  # 村民孙庄…: a village's name
        if any(name[length:] + place in self.text for place in _GIVEN_AS_PLACE):
            return None  # 游客来岚峰旅游 beside 岚峰市: a verb of motion and a place the text names
        return None if _official(self.text, start, end) else Span(start, end)

    def spaced(self, start: int) -> Span | None:
        """A name written with spaces between its characters (钟 丽华, a no-break space in a web page)."""
        window = self.text[start : start + _SPACED_WINDOW]
        kept = [i for i, char in enumerate(window) if not (char in _NAME_SPACES and i > 0)]
        if len(kept) == len(window) or not window[:1].strip():
            return None
        compact = "".join(window[i] for i in kept)
        end = name_end(compact, 0)
        if end is None or kept[end - 1] + 1 == end or _official(self.text, start, start + kept[end - 1] + 1):
            return None  # not a name, or no space inside it (the unspaced reading was tried already)
        if not self.first_words.confirmed(compact, 0, end):
            return None
        return Span(start, start + kept[end - 1] + 1)

    def numbered_items(self) -> None:
        """Numbered rows of a list of persons (1. 周志刚,某村4组,家庭人口3人) under a 名单/对象 heading."""
        if not self.list_cues or self.officials_document:
            return
        for line_start in numbered_line_starts(self.text):
            match = _NUMBERED_ITEM.match(self.text, line_start)
            if match is None:
                continue
            start = match.end()
            end = name_end(self.text, start)
            if end is None or self.text[end : end + 1] not in _ITEM_SEPARATORS:
                continue
            reach = max(0, start - 300)
            cue = _last(_LIST_CUE, self.text, reach, start)
            if cue is not None:
                span = self.in_text(start, confirm=True)
                if span is not None:
                    self.add(span, list_start=self.text.find("\n", cue, start) + 1 or start)

    def salutations(self) -> None:
        """A reply addressed to a person: the name alone on its line, then the letter speaks to 你/您."""
        searched_to = 0
        for line_start in salutation_line_starts(self.text):
            if line_start < searched_to:
                continue
            # its line and the next bound it (``regex`` would otherwise look for 你/您 to the end of the text)
            match = _SALUTATION.match(self.text, line_start, _second_line_end(self.text, line_start))
            if match is None:
                continue
            searched_to = match.end()
            start, end = match.span("name")
            if whole_name(self.text[start:end]):
                self.analysis.addressees.append(Span(start, end))
                self._everywhere(self.text[start:end])

    def _everywhere(self, name: str) -> None:
        """Every occurrence of the addressee's name (in the reply's title too: 关于张三同志来信的答复)."""
        found = self.text.find(name)
        while found >= 0:
            end = found + len(name)
            self.add(Span(found, end), addressee=True)
            found = self.text.find(name, end)

    def repeated_names(self) -> None:
        """A private person's full name of three characters or more, once found, is that person wherever
        it stands again (当事人骆志强销售… after 当事人:骆志强,男)."""
        names = {self.text[span.start : span.end] for span in self.analysis.private}
        if len(names) > _MAX_REPEATED_NAMES:
            return  # a list: each name stands in its own row, where it was found
        for name in sorted(names):
            found = self.text.find(name)
            while found >= 0:
                end = found + len(name)
                if found not in self._taken and (len(name) >= _MIN_REPEATED_NAME or self._alone(found, end)):
                    self._taken.add(found)
                    self.analysis.private.append(Span(found, end))
                found = self.text.find(name, end)
        self.analysis.private.sort(key=lambda span: span.start)

    def _alone(self, start: int, end: int) -> bool:
        """Whether a two-character name stands as a word of its own: at the head of a line or clause, and
        followed by what may follow a name (彭亮监护人:…, 彭亮,男)."""
        before = self.text[start - 1] if start else "\n"
        return (before in _CLAUSE_MARK_CHARS or before.isspace()) and _boundary(self.text, end)

    def clause_heads(self) -> None:
        heads = clause_heads_before_name(self.text)
        if not heads or self.officials_document:
            return
        for start in heads:
            if start in self._taken or start >= len(self.text):
                continue
            end = name_end(self.text, start)
            if end is None or not _CLAUSE_TAIL.match(self.text[end : end + 24]):
                continue
            span = self.in_text(start, confirm=True)
            if span is not None and self.first_words.ends_a_word(self.text, span.start, span.end):
                self.add(span)

    def tables(self) -> None:
        """Tables with one row per line (spreadsheets, CSV, aligned text)."""
        if not self.heading_lines or self.appointment_document:
            return
        lines = self.lines
        index = 0
        for header_line in self.heading_lines:
            if header_line < index:  # a row of the table before
                continue
            header = cells(lines.starts[header_line], lines.texts[header_line])
            if len(header) < 2:
                continue
            headings = [self.text[cell.start : cell.end].strip() for cell in header]
            if not _person_headings(headings):
                continue
            columns = _Columns.of(headings)
            index = header_line + 1
            while index < len(lines) and len(values := cell_values(lines.texts[index])) >= 2:
                if _person_headings(values):
                    break  # the heading row of the next table (another sheet)
                named = _named(values, columns)
                if named:
                    row = cells(lines.starts[index], lines.texts[index])
                    self._row(row, values, columns, named, lines.starts[header_line])
                index += 1

    def stacked_tables(self) -> None:
        """Tables with one cell per line (.docx): a run of heading lines, then rows of as many lines."""
        if not self.heading_lines or self.appointment_document:
            return
        texts = self.lines.texts
        headings = [number for number in self.heading_lines if _NAME_HEADING.match(texts[number].strip())]
        if not headings:
            return
        numbers = [number for number, line in enumerate(texts) if line.strip()]
        lines = [Line(self.lines.starts[number], texts[number]) for number in numbers]
        position = {number: index for index, number in enumerate(numbers)}
        index = 0
        for heading in headings:
            if position[heading] < index:
                continue
            index = position[heading]
            first = index
            while first > 0 and index - first < _MAX_COLUMNS and _heading_like(lines[first - 1].text):
                first -= 1
            last = index + 1
            while last < len(lines) and last - first < _MAX_COLUMNS and _heading_like(lines[last].text):
                last += 1
            index = self._stacked_rows(lines, first, last) or index + 1

    def _stacked_rows(self, lines: Sequence[Line], first: int, last: int) -> int:
        """Try each start of the heading run (a title line may precede it); the width that makes the
        first rows hold names wins. Returns the line index after the table, or 0."""
        for start in range(first, min(first + 3, last - 1)):
            width = last - start
            headings = [line.text.strip() for line in lines[start:last]]
            name_column = next((i for i, h in enumerate(headings) if _NAME_HEADING.match(h)), None)
            if width < 2 or name_column is None or not _person_headings(headings):
                continue
            rows = []
            cursor = last
            while cursor + width <= len(lines):
                group = lines[cursor : cursor + width]
                if not whole_name(group[name_column].text):
                    break
                rows.append([Span(line.start, line.start + len(line.text)) for line in group])
                cursor += width
            if rows:
                columns = _Columns.of(headings)
                for row in rows:
                    values = [self.text[cell.start : cell.end] for cell in row]
                    named = _named(values, columns)
                    if named:
                        self._row(row, values, columns, named, lines[start].start)
                return cursor
        return 0

    def _row(
        self, row: Sequence[Span], values: Sequence[str], columns: _Columns, named: list[int], header: int
    ) -> None:
        """A row that names a person in the columns ``named``; the table's header starts at ``header``."""
        for i in named:
            self.add(row[i], list_start=header, role=_public_role(columns.headings[i]))
        self.analysis.person_rows.append(Span(row[0].start, row[-1].end))
        if len(row) != len(columns.headings):
            return
        public = public_list(self.text, header) if columns.sensitive and self.published_document else None
        for i in columns.sensitive:
            if public is not None and public.publishes(columns.headings[i]):
                self.analysis.published_aid_cells.append(row[i])  # published with the name, by rule
            elif values[i].strip() not in _EMPTY_VALUES:
                self.analysis.sensitive_cells.append((row[i], columns.headings[i]))
        listed = public_list(self.text, header) if columns.addresses and self.published_document else None
        for i in columns.addresses:
            self.analysis.address_cells.append(row[i])
            if listed is not None and listed.publishes(columns.headings[i]) and not _DOOR.search(values[i]):
                self.analysis.published_group_cells.append(row[i])  # the village group the list is posted in
        if self.published_document and _PUBLICITY.search(self.text) is not None:
            self.analysis.published_aid_cells.extend(row[i] for i in columns.published_aid)
            self.analysis.published_aid_cells.extend(row[i] for i in self._published_kinds(columns, header))

    def _published_kinds(self, columns: _Columns, header: int) -> list[int]:
        """The columns of a bare kind (类别, 类型) in a list whose kind publishes them (an assistance 公示:
        the aid's kind, 农村特困, is what its title already says); the list's kind asked once per table."""
        kinds = [i for i, heading in enumerate(columns.headings) if _BARE_KIND_HEADING.match(heading)]
        if not kinds:
            return []
        public = self._public_lists.get(header)
        if public is None:
            public = self._public_lists[header] = public_list(self.text, header)
        return [i for i in kinds if public and public.publishes(columns.headings[i])]

    def name_lists(self) -> None:
        if not self.list_cues or self.officials_document:
            return
        for number in self._lines_after_cues():
            line = self.lines.texts[number]
            if len(line) > _MAX_LIST_LINE or not _LIST_SEPARATOR.search(line):
                continue
            line_start = self.lines.starts[number]
            body_start = line.rfind(":") + 1
            body = line[body_start:].rstrip(" 。.")
            items = _name_items(body)
            if items is None or len(items) < 2:
                continue
            before = self.text[max(0, line_start - 120) : line_start + body_start]
            if not _LIST_CUE.search(before):
                continue
            offset = line_start + body_start
            for item in items:
                self.add(Span(offset + item.start("name"), offset + item.end("name")), list_start=offset)
                if item["note"] is not None:
                    note = Span(offset + item.start("note"), offset + item.end("note"))
                    self.analysis.address_cells.append(note)

    def _lines_after_cues(self) -> list[int]:
        """The lines that begin at most 120 characters after the start of a list cue and end after it:
        only there can a list of names have its cue within reach."""
        numbers: list[int] = []
        for cue in self.list_cues:  # in order: each line is taken once
            first = max(self.lines.of(cue), numbers[-1] + 1 if numbers else 0)
            numbers.extend(range(first, self.lines.of(cue + 120) + 1))
        return numbers


def _last(pattern: regex.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the last match of ``pattern`` in ``text[start:end]`` begins, or None."""
    found = None
    for match in pattern.finditer(text, start, end):
        found = match.start()
    return found


def _public_role(heading: str) -> str | None:
    """The heading of a name column when it is a role whose names are public wherever they stand
    (法定代表人, 法定代表人姓名), else None."""
    role = heading.removesuffix("姓名")
    return role if any(role in entry.roles for entry in public_lists()) else None


def _named(values: Sequence[str], columns: _Columns) -> list[int]:
    """The columns of a row that hold its person's name: the name columns if the row is as wide as the
    headings, else the first cell that is a name."""
    if len(values) == len(columns.headings) and columns.names:
        # a row as wide as its headings has its name where its name column is (白血病 under 所患疾病 is
        # no name when the name column holds 谢**)
        return [i for i in columns.names if whole_name(values[i])]
    for i, value in enumerate(values):
        if whole_name(value):
            return [i]
    return []


def _name_items(body: str) -> list[regex.Match[str]] | None:
    """The items of ``body`` if each is a whole name and together they cover all of it but its outer
    whitespace, else None; gives up at the first item that fails, so that running text costs little."""
    slack = len(body) - len(body.strip())
    if not any(_LIST_ITEM.match(body, start) for start in range(min(slack, len(body)) + 1)):
        return None  # the first item would leave too wide a gap: no need to search the whole body
    items = []
    gaps = 0
    position = 0
    for item in _LIST_ITEM.finditer(body):
        gaps += item.start() - position
        if gaps > slack or not whole_name(item["name"]):
            return None
        items.append(item)
        position = item.end()
    return items if gaps + len(body) - position <= slack else None


def persons_of(view: DocumentView) -> PersonAnalysis:
    """The persons of a document, the analysis its name, address and sensitive recognizers share."""
    return analyse(view.text, view.tokenizer)


def analyse(text: str, tokenizer: Tokenizer) -> PersonAnalysis:
    """The private persons of ``text`` (the normalized matching view)."""
    collector = _Collector(text, tokenizer)
    collector.tables()
    collector.stacked_tables()
    collector.name_lists()
    collector.roles()
    collector.salutations()
    collector.numbered_items()
    collector.clause_heads()
    collector.dotted_heads()
    collector.repeated_names()
    return collector.analysis
