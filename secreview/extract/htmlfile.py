"""Text of an .html/.htm page: what a browser shows, and what the page source publishes besides.

Visible text is ``body`` (``table`` inside tables); a table row is one line of tab-separated cells,
each cell located as in Word tables (``表1 C7``) and labelled with its column heading, found as in
spreadsheets (a cell spanning columns counts them all); a template's content is read as text (scripts
put it on the page). The title and meta description/keywords/author (also as Open Graph, Twitter card
or microdata fields, and any element's microdata ``content``) are ``metadata``; alt, title, placeholder,
aria-label, label, download, aria-description, abbr and summary attributes are ``attribute`` (a browser
shows them as tooltips, in place of an image, as a list's or a track's label, as a download's file name,
or reads them aloud), and so are data-* attributes (scripts and
styles show them) and an iframe's srcdoc (the page it shows, as markup); form fields are
``form-field``: an input's value, whatever its type (a hidden or password input is not shown, but its
value is published in the page source, so it is checked too; the location names the type), a textarea's
text and option text and values, labelled with
the field's <label> or name; JSON data (``<script type="application/json">``, ``application/ld+json``)
is ``script-data``: its string and number values, each labelled with its key; ``tel:``, ``mailto:`` and
``sms:`` link targets are ``link``, and so are other URLs (href, src, action …) that hold a long number
or an e-mail address. HTML comments are ``comment`` (anyone can read them in the page
source). Other scripts are ``script-data`` too (``script3``): their string and template literals, long
number literals and comments, or the text of an HTML template a script fills in (``script_values``). A
style sheet's strings, comments and unquoted ``url(…)`` are ``attribute`` (``style content`` for the
``content:`` strings it puts on the page, ``style``, ``style comment``).
What a browser does not draw inside a line of text (a comment, an attribute's value, a link's target, the
text of an element hidden or in a template) is written after the line, so that the line runs on as shown
(``13812<!-- … -->345678`` is one number); a field's value and a picture's text stay where they stand.
The encoding is found as browsers find it (``html_encoding``), then by the .txt detection.
"""

from __future__ import annotations

import codecs
import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    ATTRIBUTE,
    BODY,
    COMMENT,
    FORM_FIELD,
    LINK,
    METADATA,
    SCRIPT_DATA,
    TABLE,
    URL_DATA,
    ExtractedText,
    TextBuilder,
)
from secreview.extract.html_encoding import prescan
from secreview.extract.html_tables import TableBuffer
from secreview.extract.html_values import (
    data_url_units,
    is_json_script,
    json_values,
    link_scheme,
    link_target,
    link_units,
    url_text,
    url_units,
)
from secreview.extract.script_values import (
    CODE,
    CONTENT,
    JOINED,
    NUMBER,
    STRING,
    TEMPLATE,
    URL,
    is_javascript,
    script_texts,
    style_texts,
)
from secreview.extract.script_values import (
    COMMENT as CODE_COMMENT,
)
from secreview.extract.tabular import column_letters
from secreview.extract.txt import decode_text

_SKIPPED = frozenset({"script", "style"})
_CDATA = "CDATA["
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
        "tr", "ul", "option", "select", "textarea", "title", "dialog", "details", "summary", "legend",
        "menu",
    }
)  # fmt: skip
# Shown as text: a list's option and group labels, a track's in the captions menu, a download's file name,
# and what assistive technology reads.
_TEXT_ATTRIBUTES = (
    "alt", "title", "placeholder", "aria-label", "label", "download", "aria-description", "abbr", "summary",
)  # fmt: skip
# URLs a page links or loads (the status bar shows them, search engines index them): read when they hold a
# long number or an e-mail address (an ID number in a query string or an image's path); a script's, and the
# page a meta refresh goes to (its ``content``, ``5;url=…``), too.
_URL_ATTRIBUTES = (
    "href", "src", "action", "data", "poster", "cite", "srcset", "background", "formaction", "longdesc",
    "ping", "imagesrcset", "xlink:href",
)  # fmt: skip
_STYLE_URL = regex.compile(r"""url\(\s*(["']?)([^"'()]*)\1\s*\)""", regex.IGNORECASE)
_FORM_TAGS = frozenset({"input", "button", "option", "select", "textarea"})
# Elements a browser draws where they stand in a line (a field, a picture, its text): their values stay.
_DRAWN = ("img", "area", "iframe", "object", "embed", "video", "audio", "canvas", "meter")
_SHOWN_IN_PLACE = _FORM_TAGS | frozenset(_DRAWN)
_FORM_TEXT = frozenset({"textarea", "option"})  # elements whose text is a form field's value
_FIELD_NAMES = ("aria-label", "placeholder", "title", "name", "id")  # what labels a field without <label>
_META_NAMES = frozenset({"description", "keywords", "author", "subject", "abstract"})
# Open Graph and Twitter cards (a shared link's preview), microdata: the same fields.
_META_PREFIXES = ("og:", "twitter:", "article:")
_META_SHOWN = _META_NAMES | {"title"}
# As html.unescape and html.parser read character references, tag names and attributes.
_CHARACTER_REFERENCE = regex.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_TAG_NAME = regex.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRIBUTE = regex.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*"
)


Units = tuple[tuple[int, int, str], ...]
# An element's names its styles and scripts select it by, and a field's pattern: code; a long number in
# them is read (seven digits or more, as in a selector) and refuses the copy.
_CODE_ATTRIBUTES = ("id", "class", "pattern")
_CODE_NUMBER = regex.compile(r"\d{7,}[Xx]?")
_STYLE_ESCAPES = {CODE: "code", CONTENT: "css", STRING: "css"}
_STYLE_LOCATIONS = {CONTENT: "style content", CODE_COMMENT: "style comment", CODE: "style code"}
# How a script's pieces are written when masked: a number becomes a string.
_SCRIPT_ESCAPES = {
    NUMBER: "json-number",
    CODE_COMMENT: "raw",
    TEMPLATE: "raw",
    CODE: "code",
    JOINED: "joined",
}
_SCRIPT_LOCATIONS = {CODE_COMMENT: " comment", CODE: " code", JOINED: " joined"}


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
    # How characters are written there: "html", "json" (in a JSON string), "json-number", "url", "script"
    # (in a script's string literal), "css" (a style sheet's string), "raw" (a script's or style sheet's
    # comment).
    escape: str = "html"


@dataclass(frozen=True, slots=True)
class _Piece:
    """A value written on a line of its own, with where it stands in the page."""

    value: str
    part: str
    units: Units
    attribute: bool = False
    escape: str = "html"
    location: str | None = None
    label: str | None = None


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


def _units_between(units: Units, start: int, end: int) -> Units:
    """The part of ``units`` that decodes to characters ``start`` to ``end`` of their text (a character
    reference kept whole)."""
    kept: list[tuple[int, int, str]] = []
    position = 0
    for first, last, text in units:
        low, high = max(start, position), min(end, position + len(text))
        if low < high:
            if last - first == len(text):  # written as it reads: cut to the characters wanted
                kept.append(
                    (first + low - position, first + high - position, text[low - position : high - position])
                )
            else:
                kept.append((first, last, text))
        position += len(text)
    return tuple(kept)


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and encoding: a BOM first, then a meta the WHATWG prescan finds, then the .txt
    detection (also when the bytes are not valid in the declared encoding)."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    declared = prescan(data)
    if declared is not None:
        try:
            return data.decode(declared), declared
        except UnicodeError:
            pass  # a wrong declaration is common; detect instead
    return decode_text(data)


class _PageParser(HTMLParser):
    def __init__(self, out: TextBuilder, sources: list[HtmlSource] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self._out = out
        self._skipping: str | None = None
        self._in_title = False
        self._tables = 0  # tables written so far
        self._scripts = 0  # JSON scripts read so far
        self._code = 0  # other scripts read so far
        # The pieces of another script being read and where they start, and whether it is JavaScript.
        self._script: tuple[list[tuple[int, str]], bool] | None = None
        self._table: TableBuffer | None = None  # the outermost table being read, written out at its end
        self._deferred: list[_Piece] = []  # values and comments met inside it
        # Values and comments met inside a line of text, written after the line (a comment or a tooltip's
        # element between a number's digits would otherwise split what the browser shows whole).
        self._pending: list[_Piece] = []
        self._hidden: _Hidden | None = None  # the element not shown whose text is being read, if any
        self._sources = sources
        self._page = ""
        self._line_starts: list[int] = []
        # The pieces of a JSON script being read and where they start; the textarea or option being read.
        self._json: list[tuple[int, str]] | None = None
        self._field: tuple[str, str | None] | None = None  # its location and label
        self._select_label: str | None = None  # the label of the select whose options are being read
        self._label: list[str] | None = None  # the text of the <label> being read
        self._last_label: str | None = None  # the text of the last <label>, for the next field

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
        pending, self._pending = self._pending, []
        for piece in pending:
            self._add(piece)
            self._out.add("\n", None)

    def _add(self, piece: _Piece) -> None:
        """The piece's value stripped as one line's piece; its source recorded when asked."""
        text = piece.value
        start = self._out.length
        self._out.add(text.strip(), piece.part, location=piece.location, label=piece.label)
        if self._sources is not None:
            skip = len(text) - len(text.lstrip())
            source = HtmlSource(start, self._out.length, skip, piece.units, piece.attribute, piece.escape)
            self._sources.append(source)

    def _own_line(self, piece: _Piece) -> None:
        """The piece on a line of its own; inside a table, after the table; inside a line of text, after
        the line, unless the browser shows it there (a field's value, an image's text): the text around a
        comment, a tooltip or a link's target runs on as the browser shows it."""
        if self._table is not None:
            self._deferred.append(piece)
            return
        if not self._out.ends_with_newline():
            if (piece.location or "").split(" ", 1)[0] not in _SHOWN_IN_PLACE:
                self._pending.append(piece)
                return
            self._line_break()
        self._add(piece)
        self._out.add("\n", None)

    def _flush_hidden(self) -> None:
        """The text read so far of the element not shown, as a piece on a line of its own."""
        hidden = self._hidden
        if hidden is None or not hidden.texts:
            return
        text = "".join(hidden.texts)
        units = tuple(unit for piece in hidden.units for unit in piece)
        hidden.texts, hidden.units = [], []
        if text.strip():
            self._own_line(_Piece(text, BODY, units))

    def finish(self) -> None:
        """Write what is still held back: a table the page never closed, an element not shown it never
        closed, the pieces of its last line."""
        self.flush_table()
        self._flush_hidden()
        self._hidden = None
        self._line_break()

    def _value(
        self,
        value: str | None,
        part: str,
        name: str,
        spans: dict[str, tuple[int, int]] | None,
        location: str | None = None,
        label: str | None = None,
    ) -> None:
        """An attribute's value on a line of its own."""
        if value and value.strip():
            units = _units(self._page, spans.get(name, (-1, -1))[0], value) if spans is not None else ()
            self._own_line(_Piece(value, part, units, True, "html", location, label))

    def _link(
        self, tag: str, values: dict[str, str | None], spans: dict[str, tuple[int, int]] | None
    ) -> None:
        attribute = "href" if "href" in values else "xlink:href"  # an SVG link: xlink:href
        href = values.get(attribute)
        scheme = link_scheme(href)
        if href is None or scheme is None:
            return
        target = link_target(href)
        if not target.strip():
            return
        units: Units = ()
        if spans is not None:
            start, end = spans.get(attribute, (-1, -1))
            try:
                units = link_units(self._page, start, end)
            except ValueError as error:
                raise SourceNotFound("HTML 链接无法定位到源码中的位置,未生成删减稿") from error
            if "".join(unit[2] for unit in units) != target.strip():
                raise SourceNotFound("HTML 链接无法定位到源码中的位置,未生成删减稿")
        self._own_line(_Piece(target, LINK, units, True, "url", f"{tag} {scheme}"))

    def _urls(
        self, tag: str, values: dict[str, str | None], spans: dict[str, tuple[int, int]] | None
    ) -> None:
        refresh = tag == "meta" and (values.get("http-equiv") or "").strip().lower() == "refresh"
        for attribute in (*_URL_ATTRIBUTES, *(("content",) if refresh else ())):
            url = values.get(attribute)
            if url and url.lstrip().lower().startswith("data:"):
                self._data_url(tag, attribute, url, spans)
                continue
            if not url or link_scheme(url) is not None:
                continue
            decoded = url_text(url)
            if not URL_DATA.search(decoded):
                continue
            units: Units = ()
            if spans is not None:
                start, end = spans.get(attribute, (-1, -1))
                units = url_units(self._page, start, end) if start >= 0 else ()
                if "".join(unit[2] for unit in units) != decoded:
                    raise SourceNotFound("HTML 链接无法定位到源码中的位置,未生成删减稿")
            self._own_line(_Piece(decoded, LINK, units, True, "url", f"{tag} {attribute}"))
        self._style_urls(tag, values.get("style"), spans)

    def _data_url(self, tag: str, attribute: str, url: str, spans: dict[str, tuple[int, int]] | None) -> None:
        """The text a ``data:`` URL holds (an SVG's text, a page an iframe shows), as ``attribute``."""
        start, end = spans.get(attribute, (-1, -1)) if spans is not None else (0, len(url))
        if start < 0:
            return
        found = data_url_units(self._page if spans is not None else url, start, end)
        if found is None:
            return
        units, escape = found
        text = "".join(unit[2] for unit in units)
        if text.strip():
            kept = units if spans is not None else ()
            self._own_line(_Piece(text, ATTRIBUTE, kept, True, escape, f"{tag} {attribute} data"))

    def _style_urls(self, tag: str, style: str | None, spans: dict[str, tuple[int, int]] | None) -> None:
        """The ``url(…)`` of a ``style`` attribute that hold a long number or an e-mail address (a
        background picture named by an ID number)."""
        if not style or "url(" not in style.lower():
            return
        start, end = spans.get("style", (-1, -1)) if spans is not None else (0, len(style))
        page = self._page if spans is not None else style
        for found in _STYLE_URL.finditer(page, start, end):
            units = url_units(page, found.start(2), found.end(2))
            decoded = "".join(unit[2] for unit in units)
            if URL_DATA.search(decoded) and not decoded.lstrip().lower().startswith("data:"):
                kept = units if spans is not None else ()
                self._own_line(_Piece(decoded, LINK, kept, True, "url", f"{tag} style"))

    def _code_attributes(
        self, tag: str, values: dict[str, str | None], spans: dict[str, tuple[int, int]] | None
    ) -> None:
        """The runs of seven digits or more in an element's ``id`` and ``class`` and a field's ``pattern``
        (the page's code, as a selector is): read, and a mask there would break the page."""
        for attribute in _CODE_ATTRIBUTES:
            value = values.get(attribute)
            if not value or not _CODE_NUMBER.search(value):
                continue
            units = _units(self._page, spans.get(attribute, (-1, -1))[0], value) if spans is not None else ()
            for run in _CODE_NUMBER.finditer(value):
                kept = _units_between(units, run.start(), run.end())
                self._own_line(_Piece(run.group(0), ATTRIBUTE, kept, True, "code", f"{tag} {attribute} code"))

    def _attribute_spans(self) -> dict[str, tuple[int, int]] | None:
        """Where the value of each attribute of the start tag being handled stands (the last of a name)."""
        if self._sources is None:
            return None
        text = self.get_starttag_text() or ""
        start = self._offset()
        spans: dict[str, tuple[int, int]] = {}
        name = _TAG_NAME.match(text, 1)
        position = name.end() if name else len(text)
        while (attribute := _ATTRIBUTE.match(text, position)) is not None and attribute.end() > position:
            value = attribute.group(3)
            if value is not None:
                quoted = value[:1] in ("'", '"') and value[:1] == value[-1:] and len(value) > 1
                begin = start + attribute.start(3) + (1 if quoted else 0)
                spans[attribute.group(1).lower()] = (begin, start + attribute.end(3) - (1 if quoted else 0))
            position = attribute.end()
        return spans

    def _field_label(self, values: dict[str, str | None]) -> str | None:
        """What labels a form field: the last <label>'s text, else its accessible name or its name."""
        label, self._last_label = self._last_label, None
        if label:
            return label
        return next(
            (value.strip() for name in _FIELD_NAMES if (value := values.get(name)) and value.strip()), None
        )

    def _form(
        self, tag: str, values: dict[str, str | None], spans: dict[str, tuple[int, int]] | None
    ) -> None:
        """A form element: its value, and for a textarea or option the text that follows."""
        if tag == "select":
            self._select_label = self._field_label(values)
            return
        label = self._select_label if tag == "option" else self._field_label(values)
        kind = (values.get("type") or "text").strip().lower() if tag == "input" else None
        location = f"input type={kind}" if kind is not None else tag
        self._value(values.get("value"), FORM_FIELD, "value", spans, location, label)
        if tag in _FORM_TEXT:
            self._field = (location, label)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping is not None:
            return
        values = dict(attrs)
        if tag in _SKIPPED:
            if tag == "script" and "src" in values:  # the script a page loads, named in a URL
                self._urls(tag, values, self._attribute_spans())
            self._skipping = tag
            if tag == "script" and is_json_script(values.get("type")):
                self._json = []
            elif tag == "script":
                self._script = ([], is_javascript(values.get("type")))
            return
        spans = self._attribute_spans()
        if (tag == "meta" and _is_shown_meta(values)) or (tag != "meta" and "itemprop" in values):
            # A microdata property's content (search results show it) as a shown meta field's.
            self._value(values.get("content"), METADATA, "content", spans)
        for attribute in _TEXT_ATTRIBUTES:
            self._value(values.get(attribute), ATTRIBUTE, attribute, spans, f"{tag} {attribute}")
        # Data a page's scripts and styles show (data-*), and the page an iframe shows (srcdoc, as markup).
        for attribute, value in values.items():
            if attribute.startswith("data-") or (tag == "iframe" and attribute == "srcdoc"):
                self._value(value, ATTRIBUTE, attribute, spans, f"{tag} {attribute}")
        if tag in _FORM_TAGS:
            self._form(tag, values, spans)
        elif "value" in values:
            self._value(values.get("value"), ATTRIBUTE, "value", spans, f"{tag} value")
        if tag in ("a", "area"):
            self._link(tag, values, spans)
        self._urls(tag, values, spans)
        self._code_attributes(tag, values, spans)
        if tag == "label":
            self._label = []
        if tag == "title":
            self._in_title = True
        hidden = self._hidden
        if hidden is not None:
            if tag == "table":  # a table is read as a table, shown or not
                self._flush_hidden()
                self._hidden = None
            elif tag in _BLOCKS:  # a block inside it begins a piece of its own, the line around goes on
                self._flush_hidden()
            if tag == hidden.tag:
                hidden.depth += 1
            if self._hidden is not None:
                return
        elif self._field is None and _not_shown(tag, values):
            self._hidden = _Hidden(tag)
            return
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
                self._json_values()
                self._script_values()
            return
        if tag == "title":
            self._in_title = False
        if tag in _FORM_TEXT:
            self._field = None
        if tag == "select":
            self._select_label = None
            self._field = None
        if tag == "label" and self._label is not None:
            self._last_label = " ".join("".join(self._label).split()) or None
            self._label = None
        hidden = self._hidden
        if hidden is not None:
            if tag in _BLOCKS:
                self._flush_hidden()
            if tag == hidden.tag:
                hidden.depth -= 1
                if not hidden.depth:
                    self._flush_hidden()
                    self._hidden = None
            return
        if self._table is not None:
            if self._table.end(tag):
                self.flush_table()
        elif tag in _BLOCKS:
            self._line_break()

    def _json_values(self) -> None:
        """The values of the JSON script just read, each on a line of its own."""
        pieces, self._json = self._json, None
        if not pieces:
            return
        content = "".join(piece for _, piece in pieces)
        self._scripts += 1
        for value in json_values(content, pieces[0][0]):
            units = value.units if self._sources is not None else ()
            location = f"JSON{self._scripts} {column_letters(value.column)}{value.row}"
            escape = "json-number" if value.number else "json"
            self._own_line(_Piece(value.text, SCRIPT_DATA, units, False, escape, location, value.key))

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
        for piece in deferred:
            self._own_line(piece)

    def handle_data(self, data: str) -> None:
        if self._skipping is not None:
            if self._json is not None:
                self._json.append((self._offset() if self._sources is not None else 0, data))
            elif self._script is not None:
                self._script[0].append((self._offset() if self._sources is not None else 0, data))
            elif self._skipping == "style":
                self._style_content(data)
            return
        if not data.strip():
            return
        if self._label is not None:
            self._label.append(data)
        units = _units(self._page, self._offset(), data) if self._sources is not None else ()
        if self._hidden is not None and self._field is None:
            self._hidden.texts.append(data)
            self._hidden.units.append(units)
            return
        field_part = FORM_FIELD if self._field is not None else None
        if self._table is not None and not self._in_title:
            self._table.data(data, units, field_part)
            return
        part = field_part or (METADATA if self._in_title else BODY)
        location, label = self._field if self._field is not None else (None, None)
        start = self._out.length
        self._out.add(data, part, location=location, label=label)
        if self._sources is not None:
            self._sources.append(HtmlSource(start, self._out.length, 0, units))

    def _style_content(self, style: str) -> None:
        """The strings, comments and unquoted URLs holding a long number or an e-mail address of a style
        sheet, each on a line of its own."""
        base = self._offset() if self._sources is not None else 0
        for found in style_texts(style, base):
            if not found.text.strip() or (found.kind == URL and not URL_DATA.search(url_text(found.text))):
                continue
            location = _STYLE_LOCATIONS.get(found.kind, "style")
            units = found.units if self._sources is not None else ()
            escape = _STYLE_ESCAPES.get(found.kind, "raw")
            self._own_line(_Piece(found.text, ATTRIBUTE, units, escape=escape, location=location))

    def _script_values(self) -> None:
        """The strings, long numbers and comments of the script just read (or the text of a template),
        each on a line of its own."""
        script, self._script = self._script, None
        if not script or not script[0]:
            return
        pieces, javascript = script
        self._code += 1
        content = "".join(piece for _, piece in pieces)
        for found in script_texts(content, pieces[0][0], javascript):
            if not found.text.strip():
                continue
            location = f"script{self._code}" + _SCRIPT_LOCATIONS.get(found.kind, "")
            escape = _SCRIPT_ESCAPES.get(found.kind, "script")
            units = found.units if self._sources is not None else ()
            self._own_line(_Piece(found.text, SCRIPT_DATA, units, escape=escape, location=location))

    def unknown_decl(self, data: str) -> None:
        """A CDATA section: in SVG or MathML a browser shows its text as it is written."""
        if not data.startswith(_CDATA) or self._skipping is not None or not data[len(_CDATA) :].strip():
            return
        text = data[len(_CDATA) :]
        start = self._offset() + len(_CDATA) + 3 if self._sources is not None else 0  # after <![CDATA[
        units: Units = ((start, start + len(text), text),) if self._sources is not None else ()
        self._own_line(_Piece(text, BODY, units, escape="raw"))

    def handle_comment(self, data: str) -> None:
        if self._skipping is None and data.strip():
            units: Units = ()
            if self._sources is not None:
                found = self._page.find(data, self._offset())
                if found < 0:
                    raise SourceNotFound("HTML 注释无法定位到源码中的位置,未生成删减稿")
                units = ((found, found + len(data), data),)
            self._own_line(_Piece(data, COMMENT, units))


@dataclass(slots=True)
class _Hidden:
    """An element a browser does not show (hidden, ``display: none``, a template): its text is read apart
    from the line it stands in, which the browser shows run together around it."""

    tag: str
    depth: int = 1  # elements of its name open inside it, itself counted
    texts: list[str] = field(default_factory=list)
    units: list[Units] = field(default_factory=list)


_HIDING_STYLE = regex.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", regex.IGNORECASE)


def _not_shown(tag: str, values: dict[str, str | None]) -> bool:
    """Whether a browser shows nothing of the element: a template, or one hidden by its attribute or its
    own style."""
    if tag == "template" or "hidden" in values:
        return tag not in _VOID
    style = values.get("style")
    return bool(style) and tag not in _VOID and _HIDING_STYLE.search(style or "") is not None


def _is_shown_meta(values: dict[str, str | None]) -> bool:
    """A meta whose content a search result or a shared link's preview shows."""
    if (values.get("name") or "").lower() in _META_NAMES:
        return True
    name = (values.get("property") or values.get("itemprop") or values.get("name") or "").lower()
    return name.startswith(_META_PREFIXES) and name.rpartition(":")[2] in _META_SHOWN


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
        parser.finish()
    except (AssertionError, ValueError) as error:  # _markupbase on malformed declarations
        raise ExtractionError("HTML 文件结构无法解析,未检查") from error
    return out.build(encoding=encoding)
