"""The redacted copy of an .html page: the characters of each finding rewritten where they stand.

The offset map of the extraction says, for every piece of text (a text node, a title, an alt/title/value
attribute, a meta description, a comment), which stretch of the page source it came from, character
references included; only those stretches are rewritten, escaped for where they stand. Found identifiers are
also replaced wherever else the page writes them (a ``mailto:`` or ``tel:`` link, a script). Scripts and
styles are not read by the check: a note says how many inline ones the page has.
"""

from __future__ import annotations

import html

import regex

from secreview.extract.htmlfile import decode_html, extract_html_sources
from secreview.masking import Replacement
from secreview.redact_docx import Scrubber, _identifier_values
from secreview.redact_edits import Edit, FormatRedaction, edited, encode_like, piece_edits, rewritten

_INLINE_SCRIPT = regex.compile(
    r"<(script|style)\b(?![^>]*\bsrc\s*=)[^>]*>(?!\s*</\1)", regex.IGNORECASE | regex.DOTALL
)


def redact_html(data: bytes, changes: list[Replacement]) -> FormatRedaction:
    page, encoding = decode_html(data)
    extracted, sources = extract_html_sources(data)
    writes: list[tuple[int, int, str]] = []
    for index, edits in piece_edits(sources, changes).items():
        source = sources[index]
        decoded = "".join(unit[2] for unit in source.units)
        new = edited(decoded, [Edit(edit.offset + source.skip, edit.length, edit.text) for edit in edits])
        if len(new) != len(decoded):
            writes.append((source.units[0][0], source.units[-1][1], html.escape(new, source.attribute)))
            continue
        position = 0
        for start, end, text in source.units:
            replaced = new[position : position + len(text)]
            position += len(text)
            if replaced == text:
                continue
            if page[start:end] != text:  # a character reference: written anew as a whole
                writes.append((start, end, html.escape(replaced, source.attribute)))
                continue
            for offset, (old_char, new_char) in enumerate(zip(text, replaced, strict=True)):
                if old_char != new_char:
                    writes.append(
                        (start + offset, start + offset + 1, html.escape(new_char, source.attribute))
                    )
    page = rewritten(page, writes)
    page = Scrubber(_identifier_values(extracted.text, changes)).text(page)
    scripts = len(_INLINE_SCRIPT.findall(page))
    notes = (f"页面含内联脚本或样式 {scripts} 段,检查不读其内容,请人工核对",) if scripts else ()
    return FormatRedaction(_encoded(page, encoding, data), len(changes), notes)


def _encoded(page: str, encoding: str, original: bytes) -> bytes:
    if encoding.startswith("utf"):
        return encode_like(page, encoding, original)
    return page.encode(encoding, errors="xmlcharrefreplace")
