"""Legal bases cited once each: 《条例》第十四条 and 《条例》第十六条第一款 become
《条例》第十四条、第十六条第一款."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from secreview.build_cache import compile_regex

# 《law》 followed by what it cites of that law (articles, 关于…的规定), up to the next law or separator.
_CITATION = compile_regex(r"(《[^》]+》)([^《;；]*)")


def merge_bases(bases: Iterable[str]) -> str:
    """One citation per law, each article once, in the order first cited; text outside 《》 kept as is."""
    laws: dict[str, list[str]] = {}
    loose: list[str] = []
    for basis in bases:
        found = False
        for match in _CITATION.finditer(basis):
            found = True
            clauses = laws.setdefault(match[1], [])
            for clause in regex.split(r"[、,，]", match[2]):
                clause = clause.strip(" ;；。")
                if clause and clause not in clauses:
                    clauses.append(clause)
        if not found and basis.strip() and basis.strip() not in loose:
            loose.append(basis.strip())
    cited = [law + "、".join(clauses) for law, clauses in laws.items()]
    return ";".join([*cited, *loose])
