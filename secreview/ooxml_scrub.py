"""Editing the XML of an Office package token by token: the tokenizer that keeps every byte it does not
change, character references, and the scrubber that replaces every other copy of a found identifier (link
targets, field codes, alternative text, bound custom XML, formulas, scripts)."""

from __future__ import annotations

from collections.abc import Sequence

import ahocorasick
import regex

from secreview.masking import Replacement

XML_TOKEN = regex.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
    r"|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|[^<]+",
    regex.DOTALL,
)
XML_TAG = regex.compile(r"^<(/?)([^\s/>]+)")
XML_ATTRIBUTE = regex.compile(r"([^\s=/>]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_REFERENCE = regex.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);")
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def start_or_end(token: str) -> regex.Match[str] | None:
    if not token.startswith("<") or token.startswith(("<!", "<?")):
        return None
    return XML_TAG.match(token)


def decode_references(text: str) -> str:
    def replace(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _ENTITIES[name]

    return _REFERENCE.sub(replace, text)


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_MIN_SCRUBBED = 6


def identifier_values(text: str, changes: Sequence[Replacement]) -> dict[str, str]:
    """Found identifiers (long enough, with a digit or an @) and their replacements of the same length."""
    values = {}
    for change in changes:
        original = text[change.start : change.end]
        long_enough = len(original) >= _MIN_SCRUBBED and len(change.text) == len(original)
        if long_enough and any(char.isdigit() or char == "@" for char in original):
            values[original] = change.text
    return values


class Scrubber:
    """Replaces every other copy of found identifiers (hyperlink targets such as mailto:, field codes,
    alternative text, custom XML bound to content controls, formulas, scripts) in one pass over a text,
    the longest value first where two start at one place."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        self._automaton: ahocorasick.Automaton | None = None
        if values:
            self._automaton = ahocorasick.Automaton()
            for original, replacement in values.items():
                self._automaton.add_word(original, (original, replacement))
            self._automaton.make_automaton()

    def text(self, text: str) -> str:
        if self._automaton is None:
            return text
        pieces: list[str] = []
        position = 0
        for end, (original, replacement) in self._automaton.iter_long(text):
            start = end - len(original) + 1
            pieces += [text[position:start], replacement]
            position = end + 1
        if not pieces:
            return text
        pieces.append(text[position:])
        return "".join(pieces)

    def __call__(self, content: bytes) -> bytes:
        if self._automaton is None:
            return content
        return self.text(content.decode("utf-8")).encode("utf-8")


def scrub_xml(
    content: bytes,
    values: dict[str, str],
    *,
    elements: frozenset[str] | None = None,
    attributes: frozenset[str] | None = None,
) -> bytes:
    """``content`` with ``values`` replaced in text and attribute values; only inside elements of the local
    names ``elements`` when given, and only in the attributes named ``attributes`` (then never in text)
    when given. Tokens without a value keep their bytes."""
    if not values:
        return content
    scrubber = Scrubber(values)
    out: list[str] = []
    depth = 0  # open wanted elements
    for token in XML_TOKEN.findall(content.decode("utf-8")):
        tag = start_or_end(token)
        if tag is None:
            inside = elements is None or depth > 0
            if inside and attributes is None and not token.startswith("<"):
                out.append(_escaped_if_changed(token, scrubber))
            else:
                out.append(token)
            continue
        local = tag.group(2).rpartition(":")[2]
        if tag.group(1):
            if elements is not None and local in elements:
                depth -= 1
            out.append(token)
            continue
        wanted = elements is None or depth > 0 or local in elements
        if wanted:
            token = _scrubbed_attributes(token, scrubber, attributes)
        if elements is not None and local in elements and not token.endswith("/>"):
            depth += 1
        out.append(token)
    return "".join(out).encode("utf-8")


def _escaped_if_changed(token: str, scrubber: Scrubber) -> str:
    text = decode_references(token)
    new = scrubber.text(text)
    return token if new == text else escape_text(new)


def _scrubbed_attributes(start_tag: str, scrubber: Scrubber, names: frozenset[str] | None) -> str:
    def replace(match: regex.Match[str]) -> str:
        name, quoted = match.group(1), match.group(2)
        if names is not None and name not in names and name.rpartition(":")[2] not in names:
            return match.group(0)
        value = decode_references(quoted[1:-1])
        new = scrubber.text(value)
        if new == value:
            return match.group(0)
        quote = quoted[0]
        escaped = escape_text(new).replace(quote, "&quot;" if quote == '"' else "&apos;")
        return f"{name}={quote}{escaped}{quote}"

    return XML_ATTRIBUTE.sub(replace, start_tag)


def holds_any(content: bytes, values: dict[str, str]) -> bool:
    text = decode_references(content.decode("utf-8", "replace"))
    joined = _TAGS.sub("", text)
    return any(value in text or value in joined for value in values)


_TAGS = regex.compile(r"<[^>]*>")
