"""Recognizers: Python candidate finders for what a keyword or a regex cannot find alone (names, addresses).

A recognizer takes the normalized text and the engine's tokenizer and yields ``(start, end)`` spans of the
normalized text; the rule that names it then goes through validators, context, position and suppression
like any other rule. Register a recognizer by adding it to ``REGISTRY``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from secreview.tokenize import Tokenizer

Recognizer = Callable[[str, Tokenizer], Iterable[tuple[int, int]]]

REGISTRY: dict[str, Recognizer] = {}
