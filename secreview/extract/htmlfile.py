"""Text of an .html/.htm page: what a browser shows, and what the page source publishes besides.

Visible text is ``body`` (``table`` inside tables); a table row is one line of tab-separated cells,
each cell located as in Word tables (``表1 C7``) and labelled with its column heading, found as in
spreadsheets (a cell spanning columns counts them all). The title, meta description/keywords/
author, and alt/title/placeholder/aria-label/value attributes are ``metadata`` (a form field's
value is published with the page); HTML comments are ``comment`` (anyone can read them in the
page source). Script and style content is skipped.
The encoding comes from a BOM, then a meta charset, then the .txt detection.
"""

from __future__ import annotations

import codecs
import html
from dataclasses import dataclass
from html.parser import HTMLParser

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import BODY, COMMENT, METADATA, TABLE, ExtractedText, TextBuilder
from secreview.extract.html_tables import TableBuffer
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
_TEXT_ATTRIBUTES = ("alt", "title", "placeholder", "aria-label", "value")
_META_NAMES = frozenset({"description", "keywords", "author", "subject", "abstract"})
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
_CHARSET_SEARCH_BYTES = 4096
_GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "x-gbk", "cp936"})
# As html.unescape and html.parser read character references, tag names and attributes.
_CHARACTER_REFERENCE = regex.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_TAG_NAME = regex.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRIBUTE = regex.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*"
)


Units = tuple[tuple[int, int, str], ...]


class SourceNotFound(ExtractionError):
    """A piece of text could not be traced back to where it stands in the page."""


@dataclass(frozen=True, slots=True)
class HtmlSource:
    """Characters ``[start, end)`` of the extracted text are the characters from ``skip`` on of what
    ``units`` decode to; each unit is (start, end, decoded text) of a stretch of the page's text: a run of
    plain characters or one character reference. ``attribute``: the stretch is an attribute value."""

    start: int
    end: int
    skip: int
    units: tuple[tuple[int, int, str], ...]
    attribute: bool = False


def _units(page: str, start: int, expected: str) -> tuple[tuple[int, int, str], ...]:
    """The stretches of ``page`` from ``start`` that decode (references resolved) to ``expected``."""
    units: list[tuple[int, int, str]] = []
    position, produced = start, 0
    if start < 0:
        raise SourceNotFound("HTML 属性值无法定位到源码中的位置,未生成删减稿")
    while produced < len(expected) and position < len(page):
        reference = _CHARACTER_REFERENCE.match(page, position) if page[position] == "&" else None
        if reference is not None:
            decoded = html.unescape(reference.group(0))
            units.append((position, reference.end(), decoded))
            position, produced = reference.end(), produced + len(decoded)
            continue
        end = page.find("&", position + 1)
        end = min(end if end >= 0 else len(page), position + len(expected) - produced)
        units.append((position, end, page[position:end]))
        position, produced = end, produced + end - position
    if "".join(unit[2] for unit in units) != expected:
        raise SourceNotFound("HTML 文本无法定位到源码中的位置,未生成删减稿")
    return tuple(units)


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
    def __init__(self, out: TextBuilder, sources: list[HtmlSource] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self._out = out
        self._skipping: str | None = None
        self._in_title = False
        self._tables = 0  # tables written so far
        self._table: TableBuffer | None = None  # the outermost table being read, written out at its end
        self._deferred: list[tuple[str, str, Units, bool]] = []  # metadata and comments met inside it
        self._sources = sources
        self._page = ""
        self._line_starts: list[int] = []

    def feed(self, data: str) -> None:
        if self._sources is not None:
            self._page += data
            self._line_starts = [0, *(index + 1 for index, char in enumerate(self._page) if char == "\n")]
        super().feed(data)

    def _offset(self) -> int:
        """Where in the page the construct being handled starts."""
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _line_break(self) -> None:
        if not self._out.ends_with_newline():
            self._out.add("\n", None)

    def _add(self, text: str, part: str, units: tuple[tuple[int, int, str], ...], attribute: bool) -> None:
        """``text`` stripped as one line's piece; its source recorded when asked."""
        stripped = text.strip()
        start = self._out.length
        self._out.add(stripped, part)
        if self._sources is not None:
            skip = len(text) - len(text.lstrip())
            self._sources.append(HtmlSource(start, self._out.length, skip, units, attribute))

    def _own_line(self, value: str, part: str, units: Units, attribute: bool) -> None:
        """``value`` on a line of its own; inside a table, after the table."""
        if self._table is not None:
            self._deferred.append((value, part, units, attribute))
            return
        self._line_break()
        self._add(value, part, units, attribute)
        self._out.add("\n", None)

    def _metadata(self, value: str | None, name: str = "", spans: dict[str, int] | None = None) -> None:
        if value and value.strip():
            units = _units(self._page, spans.get(name, -1), value) if spans is not None else ()
            self._own_line(value, METADATA, units, attribute=True)

    def _attribute_starts(self) -> dict[str, int] | None:
        """Where the value of each attribute of the start tag being handled begins (the last of a name)."""
        if self._sources is None:
            return None
        text = self.get_starttag_text() or ""
        start = self._offset()
        starts: dict[str, int] = {}
        name = _TAG_NAME.match(text, 1)
        position = name.end() if name else len(text)
        while (attribute := _ATTRIBUTE.match(text, position)) is not None and attribute.end() > position:
            value = attribute.group(3)
            if value is not None:
                quoted = value[:1] in ("'", '"') and value[:1] == value[-1:] and len(value) > 1
                starts[attribute.group(1).lower()] = start + attribute.start(3) + (1 if quoted else 0)
            position = attribute.end()
        return starts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping is not None:
            return
        values = dict(attrs)
        if tag in _SKIPPED:
            self._skipping = tag
            return
        spans = self._attribute_starts()
        if tag == "meta" and (values.get("name") or "").lower() in _META_NAMES:
            self._metadata(values.get("content"), "content", spans)
        for attribute in _TEXT_ATTRIBUTES:
            self._metadata(values.get(attribute), attribute, spans)
        if tag == "title":
            self._in_title = True
        if tag == "table" and self._table is None:
            self._table = TableBuffer()
        elif self._table is not None:
            self._table.start(tag, values)
        elif tag in _BLOCKS:
            self._line_break()

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
        if self._table is not None:
            if self._table.end(tag):
                self.flush_table()
        elif tag in _BLOCKS:
            self._line_break()

    def flush_table(self) -> None:
        """Write the table read so far, then what was deferred while reading it."""
        if self._table is None:
            return
        self._line_break()
        self._tables += 1
        for start, end, units in self._table.write(self._out, TABLE, self._tables):
            if self._sources is not None:
                self._sources.append(HtmlSource(start, end, 0, units))
        self._table = None
        deferred, self._deferred = self._deferred, []
        for value, part, units, attribute in deferred:
            self._own_line(value, part, units, attribute)

    def handle_data(self, data: str) -> None:
        if self._skipping is not None or not data.strip():
            return
        units = _units(self._page, self._offset(), data) if self._sources is not None else ()
        if self._table is not None and not self._in_title:
            self._table.data(data, units)
            return
        start = self._out.length
        self._out.add(data, METADATA if self._in_title else BODY)
        if self._sources is not None:
            self._sources.append(HtmlSource(start, self._out.length, 0, units))

    def handle_comment(self, data: str) -> None:
        if self._skipping is None and data.strip():
            units: Units = ()
            if self._sources is not None:
                found = self._page.find(data, self._offset())
                if found < 0:
                    raise SourceNotFound("HTML 注释无法定位到源码中的位置,未生成删减稿")
                units = ((found, found + len(data), data),)
            self._own_line(data, COMMENT, units, attribute=False)


def extract_html(data: bytes) -> ExtractedText:
    return _extract(data, None)


def extract_html_sources(data: bytes) -> tuple[ExtractedText, list[HtmlSource]]:
    """The same text as ``extract_html``, and where in the decoded page each piece of it stands."""
    sources: list[HtmlSource] = []
    return _extract(data, sources), sources


def _extract(data: bytes, sources: list[HtmlSource] | None) -> ExtractedText:
    text, encoding = decode_html(data)
    out = TextBuilder()
    parser = _PageParser(out, sources)
    try:
        parser.feed(text)
        parser.close()
        parser.flush_table()  # a table the page never closed
    except (AssertionError, ValueError) as error:  # _markupbase on malformed declarations
        raise ExtractionError("HTML 文件结构无法解析,未检查") from error
    return out.build(encoding=encoding)
