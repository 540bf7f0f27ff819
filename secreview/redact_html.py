"""The redacted copy of an .html page: the characters of each finding rewritten where they stand.

The offset map of the extraction says, for every piece of text (a text node, a title, an alt/title
attribute, a form field's value or text, a meta description, a comment, a JSON value in a script, a
script's string, number or comment, a style sheet's string, a ``tel:``/``mailto:`` link target), which
stretch of the page source it came from, character references, JSON and script escapes and
percent-encoded characters included; only those stretches are rewritten, escaped for where they stand
(HTML, a JSON or script string, a URL). Found identifiers are also replaced wherever else the page
writes them.
"""

from __future__ import annotations

import base64
import html
import json
from urllib.parse import quote

from secreview.errors import ExtractionError
from secreview.extract.htmlfile import HtmlSource, decode_html, extract_html_sources
from secreview.masking import Replacement
from secreview.ooxml_scrub import (
    Scrubber,
    identifier_values,
)
from secreview.redact_edits import Edit, FormatRedaction, edited, encode_like, piece_edits, rewritten

_CSS_ESCAPED = {"\\": "\\\\", '"': "\\22 ", "'": "\\27 ", "\n": "\\a ", "\r": "\\d ", "\f": "\\c "}
_URL_SAFE = "@+:;,=/?&-._~*!$'()"


def redact_html(data: bytes, changes: list[Replacement]) -> FormatRedaction:
    page, encoding = decode_html(data)
    extracted, sources = extract_html_sources(data)
    writes: list[tuple[int, int, str]] = []
    for index, edits in piece_edits(sources, changes).items():
        source = sources[index]
        if source.escape == "code":
            # A selector or a name: a mask would break the style sheet or the script.
            raise ExtractionError(
                "网页的样式表或脚本代码中(字符串和注释以外,或元素的 id、class、pattern 属性)"
                "含需删减的内容,改写会破坏代码,"
                "请修改页面后再试,未生成删减稿"
            )
        if source.escape == "joined":
            # Literals a script joins: each piece alone holds no value, the page shows them joined.
            raise ExtractionError(
                "网页脚本把几段字符串拼接成含需删减内容的文字,无法在各段中可靠删减,请修改脚本后再试,未生成删减稿"
            )
        decoded = "".join(unit[2] for unit in source.units)
        new = edited(decoded, [Edit(edit.offset + source.skip, edit.length, edit.text) for edit in edits])
        if source.escape == "json-number":  # a masked number is no number: written as a JSON string
            writes.append((source.units[0][0], source.units[-1][1], json.dumps(new, ensure_ascii=False)))
            continue
        if len(new) != len(decoded):
            writes.append((source.units[0][0], source.units[-1][1], _escaped(new, source)))
            continue
        position = 0
        for start, end, text in source.units:
            replaced = new[position : position + len(text)]
            position += len(text)
            if replaced == text:
                continue
            if page[start:end] != text:  # a character reference: written anew as a whole
                writes.append((start, end, _escaped(replaced, source)))
                continue
            for offset, (old_char, new_char) in enumerate(zip(text, replaced, strict=True)):
                if old_char != new_char:
                    writes.append((start + offset, start + offset + 1, _escaped(new_char, source)))
    page = rewritten(page, writes)
    page = Scrubber(identifier_values(extracted.text, changes)).text(page)
    return FormatRedaction(_encoded(page, encoding, data), len(changes))


def _escaped(text: str, source: HtmlSource) -> str:
    """``text`` written as the page writes characters where ``source`` stands."""
    if source.escape == "json":
        return json.dumps(text, ensure_ascii=False)[1:-1].replace("</", "<\\/")
    if source.escape == "script":
        escaped = json.dumps(text, ensure_ascii=False)[1:-1].replace("</", "<\\/")
        return escaped.replace("'", "\\'").replace("`", "\\`").replace("${", "$\\{")
    if source.escape == "base64":  # a data: URL's content, written anew whole
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    if source.escape == "css":  # a style sheet's string: its quotes, backslashes and line breaks escaped
        return "".join(_CSS_ESCAPED.get(char, char) for char in text).replace("</", "<\\/")
    if source.escape == "raw":
        return text.replace("</", "<\\/")
    if source.escape == "url":
        return html.escape(quote(text, safe=_URL_SAFE), quote=True)
    return html.escape(text, source.attribute)


def _encoded(page: str, encoding: str, original: bytes) -> bytes:
    if encoding.startswith("utf"):
        return encode_like(page, encoding, original)
    return page.encode(encoding, errors="xmlcharrefreplace")
