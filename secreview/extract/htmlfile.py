"""Text of an .html/.htm page: what a browser shows, and what the page source publishes besides.

Visible text is ``body`` (``table`` inside tables); the title, meta description/keywords/
author, and alt/title/placeholder/aria-label attributes are ``metadata``; HTML comments are
``comment`` (anyone can read them in the page source). Script and style content is skipped.
The encoding comes from a BOM, then a meta charset, then the .txt detection.
"""

from __future__ import annotations

import codecs
from html.parser import HTMLParser

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import BODY, COMMENT, METADATA, TABLE, ExtractedText, TextBuilder
from secreview.extract.txt import decode_text

_SKIPPED = frozenset({"script", "style", "template"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
        "tr", "ul", "option", "select", "textarea", "title",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_TEXT_ATTRIBUTES = ("alt", "title", "placeholder", "aria-label")
_META_NAMES = frozenset({"description", "keywords", "author", "subject", "abstract"})
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
_CHARSET_SEARCH_BYTES = 4096
_GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "x-gbk", "cp936"})


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and encoding: BOM first, then a meta charset, then the .txt detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    declared = _META_CHARSET.search(data[:_CHARSET_SEARCH_BYTES])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        encoding = "gb18030" if name in _GB_FAMILY else name
        try:
            codecs.lookup(encoding)
            return data.decode(encoding), encoding
        except (LookupError, UnicodeError):
            pass  # a wrong declaration is common; detect instead
    return decode_text(data)


class _PageParser(HTMLParser):
    def __init__(self, out: TextBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self._out = out
        self._skipping: str | None = None
        self._in_title = False
        self._tables = 0

    def _line_break(self) -> None:
        if not self._out.ends_with_newline():
            self._out.add("\n", None)

    def _metadata(self, value: str | None) -> None:
        if value and value.strip():
            self._line_break()
            self._out.add(value.strip(), METADATA)
            self._out.add("\n", None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping is not None:
            return
        values = dict(attrs)
        if tag in _SKIPPED:
            self._skipping = tag
            return
        if tag == "meta" and (values.get("name") or "").lower() in _META_NAMES:
            self._metadata(values.get("content"))
        for attribute in _TEXT_ATTRIBUTES:
            self._metadata(values.get(attribute))
        if tag == "title":
            self._in_title = True
        if tag == "table":
            self._tables += 1
        if tag in _BLOCKS:
            self._line_break()
        elif tag in _CELLS:
            self._out.add("\t", None)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping is not None:
            if tag == self._skipping:
                self._skipping = None
            return
        if tag == "title":
            self._in_title = False
        if tag == "table":
            self._tables = max(self._tables - 1, 0)
        if tag in _BLOCKS:
            self._line_break()

    def handle_data(self, data: str) -> None:
        if self._skipping is not None or not data.strip():
            return
        part = METADATA if self._in_title else TABLE if self._tables else BODY
        self._out.add(data, part)

    def handle_comment(self, data: str) -> None:
        if self._skipping is None and data.strip():
            self._line_break()
            self._out.add(data.strip(), COMMENT)
            self._out.add("\n", None)


def extract_html(data: bytes) -> ExtractedText:
    text, encoding = decode_html(data)
    out = TextBuilder()
    parser = _PageParser(out)
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError) as error:  # _markupbase on malformed declarations
        raise ExtractionError("HTML 文件结构无法解析,未检查") from error
    return out.build(encoding=encoding)
