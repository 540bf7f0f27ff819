"""The vocabulary of the figures a redacted copy cuts beside what it cuts (rules/lexicons/figures.toml): the
office's decision words, a third party's request, the words that name a party, a party table's headings, the
endings of a party's name read in a cut and the categories that make a sentence a private person's. Data, so
that a new decision word or heading is an entry of the lexicon, not code."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from typing import Any

from secreview.resources import builtin_rules_dir

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
# A table's column whose figures are the office's decision or the row's number; a row of totals.
DECISION_COLUMN = re.compile(either(_DECISION["columns"]))
RESULT_LEAD = re.compile(words(_DECISION["result_leads"]))
TOTAL_ROW = re.compile(r"[ \t\u3000|]*" + words(_DECISION["totals"]))
# A sentence that keeps data back (暂不对外公布, 价格保密) is no decision of the office's.
SECRET = re.compile(either(LEXICON["secret"]["patterns"]))
# A third party's request that what it gave be kept back.
REQUEST = re.compile(either(LEXICON["request"]["patterns"]))
_PARTY = LEXICON["party"]
FIRM_ENDING = either(_PARTY["firm_endings"])
PARTY = re.compile(either(_PARTY["named"]))
PARTY_HEADING = re.compile(words(_PARTY["headings"]))
# A person's field right before his name (申请人：蒋**).
PERSON_FIELD = re.compile(words(_PARTY["person_fields"]) + r"[:：][ \t\u3000]*$")
_AGAIN = LEXICON["named_again"]
NAME_ENDING = words(_AGAIN["endings"])
PUBLIC_BODY = re.compile(words(_AGAIN["public_bodies"]))
NOT_NAME_START = re.compile(words(_AGAIN["not_name_starts"]))
SHORT_LENGTH: int = _AGAIN["short_length"]
SHORT_FROM: int = _AGAIN["short_from"]
PERSON_CATEGORIES: frozenset[str] = frozenset(LEXICON["persons"]["categories"])
