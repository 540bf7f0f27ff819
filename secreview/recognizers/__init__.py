"""Recognizers: Python candidate finders for what a keyword or a regex cannot find alone (names, addresses).

A recognizer takes the normalized text and the engine's tokenizer and yields ``(start, end)`` spans of the
normalized text; the rule that names it then goes through validators, context, position and suppression
like any other rule. Register a recognizer by adding it to ``REGISTRY``. Importing a recognizer module
never loads jieba's dictionary: that happens on the first text that needs word boundaries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from secreview.tokenize import Tokenizer

Recognizer = Callable[[str, Tokenizer], Iterable[tuple[int, int]]]


def _builtin() -> dict[str, Recognizer]:
    from secreview.recognizers import addresses, names, sensitive

    return {
        "private_person_names": names.private_person_names,
        "published_person_names": names.published_person_names,
        "home_address_cells": addresses.address_cells,
        "sensitive_health": sensitive.health_of_person,
        "sensitive_hardship": sensitive.hardship_of_household,
        "sensitive_criminal_record": sensitive.criminal_record_of_person,
        "sensitive_identity_traits": sensitive.identity_traits_of_person,
        "sensitive_ethnicity": sensitive.ethnicity_of_person,
    }


REGISTRY: dict[str, Recognizer] = _builtin()
