"""The vocabulary of the figures a redacted copy cuts beside what it cuts (rules/lexicons/figures.toml): the
office's decision words, a third party's request, the words that name a party, a party table's headings, the
endings of a party's name read in a cut and the categories that make a sentence a private person's. Data, so
that a new decision word or heading is an entry of the lexicon, not code."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from typing import Any

from secreview.resources import SURNAMES_FILE, builtin_rules_dir, word_list

FIGURES_FILE = "lexicons/figures.toml"

LEXICON: dict[str, Any] = tomllib.loads((builtin_rules_dir() / FIGURES_FILE).read_text(encoding="utf-8"))


def either(entries: Iterable[str]) -> str:
    """The entries (regular-expression alternatives) as one group."""
    return "(?:" + "|".join(entries) + ")"


def words(entries: Iterable[str]) -> str:
    """The entries (literal words) as one group, the longest first."""
    return either(re.escape(entry) for entry in sorted(entries, key=len, reverse=True))


_DECISION = LEXICON["decision"]
# A sentence of the office's own decision, result or opinion, or of what it publishes.
DECISION = re.compile(
    either(
        [
            words(_DECISION["proposing"]) + words(_DECISION["granting"]),
            words(_DECISION["deciding"]),
            *_DECISION["publishing"],
        ]
    )
)
# The office's ranking among parties (综合得分…,排名第一): a sentence kept by it alone keeps only its clauses.
RANKING = re.compile(either(_DECISION["ranking"]))
# A table's column whose figures are the office's decision or the row's number; a row of totals.
DECISION_COLUMN = re.compile(either(_DECISION["columns"]))
RESULT_LEAD = re.compile(words(_DECISION["result_leads"]))
# A list's closing line that publishes it (以上评估结果…将在征收范围内公示).
CLOSING = re.compile(r"[ \t\u3000]*" + words(_DECISION["closing_openers"]))
CLOSING_PUBLISHES = re.compile(either(_DECISION["closing_publishes"]))
ORDINAL = re.compile(words(_DECISION["ordinals"]))
TOTAL_ROW = re.compile(r"[ \t\u3000|]*" + words(_DECISION["totals"]))
# An amount with its unit (412元, 1,163.72万元, 31.5%, 4,260亩).
AMOUNT = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?" + words(LEXICON["amounts"]["units"]))
# A sentence that keeps data back (暂不对外公布, 价格保密) is no decision of the office's.
SECRET = re.compile(either(LEXICON["secret"]["patterns"]))
# A third party's request that what it gave be kept back.
REQUEST = re.compile(either(LEXICON["request"]["patterns"]))
_PARTY = LEXICON["party"]
# A firm's name's last characters, and a partnership's form in brackets after them (（普通合伙）).
FIRM_ENDING = either(_PARTY["firm_endings"]) + "(?:[(（]" + either(_PARTY["legal_forms"]) + "[)）])?"
PARTY = re.compile(either(_PARTY["named"]))
PARTY_HEADING = re.compile(words(_PARTY["headings"]))
# A party named by its rank (第一名供应商): a name, not the office's ranking.
BY_RANK = re.compile(either(_PARTY["by_rank"]))
# An item's words naming a private person as its party (其本人, 其配偶, 家中, 该户).
PERSON_PARTY = re.compile(either(_PARTY["person_named"]))
# A list's lead-in saying its items are what the parties submitted or keep back, at its end.
SUBMITTED = re.compile(
    either(_PARTY["submitters"])
    + r"[^。\n]{0,6}?"
    + either(_PARTY["submitting"])
    + r"[^。\n]{0,12}?"
    + either(_PARTY["submitted"])
    + r"[^。\n]{0,20}$"
)
MASKED_REACH: int = _PARTY["masked_reach"]
# A lead-in's clause giving one figure per party (供应商…报价分别为…).
EACH_PARTY = re.compile(either(_PARTY["submitters"]) + r"[^,，;；。\n]{0,16}?" + either(_PARTY["each"]))


# A masked name (付某林, 陈某, 谢某华) before a comma, a bracket or a colon; its first character a surname.
MASKED_NAME = re.compile(
    words(word_list(SURNAMES_FILE))
    + "["
    + re.escape(_PARTY["masked_marks"])
    + r"]{1,2}[\u4e00-\u9fff]?(?=[，,（(：:、\s])"
)
# A person's field right before his name (申请人：蒋**).
PERSON_FIELD = re.compile(words(_PARTY["person_fields"]) + r"[:：][ \t\u3000]*$")
_AGAIN = LEXICON["named_again"]
NAME_ENDING = words(_AGAIN["endings"])
PUBLIC_BODY = re.compile(words(_AGAIN["public_bodies"]))
NOT_NAME_START = re.compile(words(_AGAIN["not_name_starts"]))
SHORT_LENGTH: int = _AGAIN["short_length"]
SHORT_FROM: int = _AGAIN["short_from"]
PERSON_CATEGORIES: frozenset[str] = frozenset(LEXICON["persons"]["categories"])
PERSON_RULES: frozenset[str] = frozenset(LEXICON["persons"]["rules"])
