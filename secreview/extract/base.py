"""What every extractor returns: one plain text and the part each character came from."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from urllib.parse import unquote

import regex

from secreview.errors import ExtractionError
from secreview.extract.glyphs import OcrText
from secreview.models import UncheckedPart

# Parts of a document, as the output contract names them.
BODY = "body"
TABLE = "table"
HEADER = "header"
FOOTER = "footer"
FOOTNOTE = "footnote"
ENDNOTE = "endnote"
COMMENT = "comment"
REVISION = "revision"
TEXTBOX = "textbox"
METADATA = "metadata"
ATTRIBUTE = "attribute"  # an attribute a viewer shows: alt text, a tooltip (HTML title), a placeholder
FORM_FIELD = "form-field"  # the value of a form field
SCRIPT_DATA = "script-data"  # the values of data a page's scripts render (JSON in an HTML script)
LINK = "link"  # the target of a link: a tel: or mailto: address
LINK_SCHEMES = ("tel:", "mailto:", "sms:")  # links whose target is an address, read whole
# Other link targets (web links, pictures' paths) are read when they hold a long number or an e-mail address.
URL_DATA = regex.compile(r"\d{6}|[@＠]")


# Six digits, a space or hyphen allowed between any two (``139 8765 4321``), or an e-mail address's @: what
# makes a name or a path that is usually staff's (an author, a folder) worth reading.
HOLDS_DATA = regex.compile(r"\d(?:[\s\-‐-―.]?\d){5}|[@＠]")


def link_data(target: str) -> str | None:
    """A link's target as a viewer follows it (percent-decoded), when it names an address (``LINK_SCHEMES``)
    or holds a long number or an e-mail address (``URL_DATA``); else None."""
    decoded = unquote(target)
    if decoded.lower().startswith(LINK_SCHEMES) or URL_DATA.search(decoded):
        return decoded
    return None


ANNOTATION = "annotation"  # a PDF comment, free-text box or popup
BOOKMARK = "bookmark"  # a PDF outline item (the bookmarks pane)
OLDER_VERSION = "older-version"  # a page as an earlier save of an incrementally saved PDF still holds it
CUSTOM_TAG = "custom-tag"  # an OFD custom tag's value
RENDERED = "rendered"  # a Markdown line as a viewer shows it, where markup joins or writes its digits
ATTACHMENT_PREFIX = (
    "attachment:"  # attachment:<name>, a file attached to a PDF or OFD, read as its own format
)
# Office packages: what Word and Excel show besides the stories and cells (extract/ooxml_places.py).
ALTCHUNK = "altchunk"  # HTML, RTF or a .docx Word shows inline
CHART = "chart"
SMARTART = "smartart"
ALT_TEXT = "alt-text"
DEFINED_NAME = "defined-name"
DATA_VALIDATION = "data-validation"
FORMULA = "formula"
HYPERLINK = "hyperlink"
PIVOT_CACHE = "pivot-cache"
# What Word keeps out of the page but shows on request: field codes (Alt+F9) and legacy form fields' defaults,
# content controls' lists, bound custom XML, building blocks, document variables, list numbering text.
FIELD_CODE = "field-code"
CONTENT_CONTROL = "content-control"
CUSTOM_XML = "custom-xml"
GLOSSARY = "glossary"
DOCUMENT_VARIABLE = "document-variable"
NUMBERING = "numbering"
# What Excel keeps besides cells and shows elsewhere: sheet tabs' names, threaded comments (Excel 365),
# tables' column names, other workbooks' values cached for external references; and shared strings no cell
# uses (not shown, but in the file that is published).
SHEET_NAME = "sheet-name"
THREADED_COMMENT = "threaded-comment"
TABLE_COLUMN = "table-column"
EXTERNAL_LINK = "external-link"
UNUSED_STRING = "unused-string"
FORM_CONTROL = "form-control"  # a worksheet's form controls: labels and buttons (VML), list items
SCENARIO = "scenario"  # a worksheet's what-if scenarios (the Scenario Manager): names, comments, values
# Shown in Excel's dialogs and panes: a defined name's own name (the Name Manager, the name box), cell and
# table styles' names (the style gallery), data connections and query tables (Data > Connections), the
# phonetic guides of a string (Home > Show Phonetic Field).
RANGE_NAME = "range-name"
STYLE_NAME = "style-name"
CONNECTION = "connection"
PHONETIC = "phonetic"
NUMBER_FORMAT = "number-format"  # a number format's literal text, which every cell of its style shows
# A zip member's name that holds a long number or an e-mail address (anyone who unzips the file sees it).
FILE_NAME = "file-name"
# Shown by Excel in a pane or dialog, read only when it holds a long number or an e-mail address (else it is
# staff's name or folder): comments' authors, threaded comments' persons and a shared workbook's user name
# (``author``); the folder the workbook was last saved in (``folder``, ``x15ac:absPath``).
AUTHOR = "author"
FOLDER = "folder"
SLICER = "slicer"  # slicers' and timelines' captions (shown on the sheet) and names (their settings)
POWER_QUERY = "power-query"  # Power Query's queries: their M code and names (a DataMashup in custom XML)
MACRO = "macro"  # a VBA project's modules: their string literals, comments and long numbers
# Shown in Excel's and Word's panes and dialogs, read only when they hold a long number or an e-mail address
# (else they are the author's words): shapes' and pictures' names (the Selection Pane), conditional formats'
# text and literals (the Rules Manager), filters' criteria (a column's filter), protected ranges' titles
# (Allow Edit Ranges), custom views' names (View > Custom Views).
SHAPE_NAME = "shape-name"
CONDITIONAL_FORMAT = "conditional-format"
FILTER = "filter"
PROTECTED_RANGE = "protected-range"
CUSTOM_VIEW = "custom-view"
# A sheet's or the workbook's VBA code name (the VBA editor's Properties window; macros use it by name) and
# web pages published from a workbook (Save As > Web Page > Publish: their titles and files), when they hold
# a long number or an e-mail address.
CODE_NAME = "code-name"
WEB_PUBLISH = "web-publish"
OFFICE_PLACES = (
    ALTCHUNK,
    CHART,
    SMARTART,
    ALT_TEXT,
    DEFINED_NAME,
    DATA_VALIDATION,
    FORMULA,
    HYPERLINK,
    PIVOT_CACHE,
    FIELD_CODE,
    CONTENT_CONTROL,
    CUSTOM_XML,
    GLOSSARY,
    DOCUMENT_VARIABLE,
    NUMBERING,
    SHEET_NAME,
    THREADED_COMMENT,
    TABLE_COLUMN,
    EXTERNAL_LINK,
    UNUSED_STRING,
    FORM_CONTROL,
    SCENARIO,
    RANGE_NAME,
    STYLE_NAME,
    CONNECTION,
    PHONETIC,
    NUMBER_FORMAT,
    FILE_NAME,
    AUTHOR,
    FOLDER,
    SLICER,
    POWER_QUERY,
    MACRO,
    SHAPE_NAME,
    CONDITIONAL_FORMAT,
    FILTER,
    PROTECTED_RANGE,
    CUSTOM_VIEW,
    CODE_NAME,
    WEB_PUBLISH,
)
# embedded:<name>, a package embedded in an Office file, read as its own format
EMBEDDED_PREFIX = "embedded:"
# Parts named by these prefixes are apart from the running text too.
APART_PREFIXES = (ATTACHMENT_PREFIX, EMBEDDED_PREFIX)
OCR = "ocr"  # text read by OCR; its segments are named ``ocr:page 3``, ``ocr:image <name>`` (glyphs.py)
# Parts that are not the running text of the page: first and last lines and a document's head and closing
# are counted without them.
APART = frozenset(
    {HEADER, FOOTER, FOOTNOTE, ENDNOTE, COMMENT, METADATA, ATTRIBUTE, FORM_FIELD, SCRIPT_DATA, LINK}
    | {ANNOTATION, BOOKMARK, OLDER_VERSION, CUSTOM_TAG, RENDERED}
    | set(OFFICE_PLACES) - {ALTCHUNK}
)
# Every part a segment may name: what a rule's `scope` and `position.or_parts` may list.
PARTS = (
    BODY, TABLE, HEADER, FOOTER, FOOTNOTE, ENDNOTE, COMMENT, REVISION, TEXTBOX, METADATA,
    ATTRIBUTE, FORM_FIELD, SCRIPT_DATA, LINK, ANNOTATION, BOOKMARK, OLDER_VERSION, CUSTOM_TAG, RENDERED,
    *OFFICE_PLACES, OCR,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Segment:
    """Characters ``text[start:end]`` of the extracted text came from ``part``.

    ``location`` says where inside the part (a cell reference such as ``B7``); ``label`` is text that
    describes the segment without being in it, such as the heading of a table column (身份证号), and
    counts as context for rules.
    """

    start: int
    end: int
    part: str
    location: str | None = None
    label: str | None = None


@dataclass(slots=True)
class ExtractedText:
    """The text a document yields and the offset map from characters to parts.

    Segments are sorted, do not overlap and cover every character that is not a
    separator added by the extractor (separators belong to no part). ``unchecked`` lists the parts the
    extractor could not read (a page that is only an image): the text is then not the whole document.
    """

    text: str
    segments: list[Segment] = field(default_factory=list)
    encoding: str | None = None
    unchecked: list[UncheckedPart] = field(default_factory=list)
    ocr: OcrText = field(default_factory=OcrText)  # where each OCR character was seen (glyphs.py)
    _start_cache: list[int] | None = field(default=None, repr=False, compare=False)

    def segment_at(self, start: int) -> Segment | None:
        """The segment holding the character at ``start``, if any."""
        index = bisect_right(self._starts, start) - 1
        if index >= 0 and self.segments[index].end > start:
            return self.segments[index]
        return None

    @property
    def _starts(self) -> list[int]:
        if self._start_cache is None or len(self._start_cache) != len(self.segments):
            self._start_cache = [segment.start for segment in self.segments]
        return self._start_cache

    def placement(self, start: int, end: int) -> tuple[str, Segment | None]:
        """``part_at(start, end)`` and ``segment_at(start)`` with one search."""
        if not self.segments:
            return BODY, None
        index = bisect_right(self._starts, start) - 1
        first = self.segments[max(index, 0)]
        segment = first if index >= 0 and first.end > start else None
        if segment is not None and end <= first.end:
            return first.part, segment
        return self.part_at(start, end), segment

    def part_at(self, start: int, end: int) -> str:
        """The part of the span; a revision anywhere in the span wins, as it is the hidden text."""
        if not self.segments:
            return BODY
        index = max(bisect_right(self._starts, start) - 1, 0)
        first = self.segments[index]
        part = first.part if first.end > start else None
        for segment in self.segments[index:]:
            if segment.start >= end:
                break
            if segment.end <= start:
                continue
            if segment.part == REVISION:
                return REVISION
            part = part or segment.part
        return part or first.part


# How much text one document may yield: a multiple of its size in bytes, at least a floor, never above a
# ceiling. Text is counted as it is added, each time it is referenced (one shared string in a thousand
# cells counts a thousand times), so a small file cannot make gigabytes of text.
TEXT_PER_BYTE = 8
MIN_TEXT_CHARS = 4_000_000
MAX_TEXT_CHARS = 64_000_000
_text_limit: ContextVar[int | None] = ContextVar("text_limit", default=None)


def text_limit(size: int) -> int:
    """The most characters a document of ``size`` bytes may yield."""
    return min(MAX_TEXT_CHARS, max(MIN_TEXT_CHARS, TEXT_PER_BYTE * size))


def too_much_text(limit: int) -> ExtractionError:
    return ExtractionError(f"文档展开后的文字过多(超过 {limit:,} 字,疑似放大攻击),未完整检查")


@contextmanager
def text_budget(size: int) -> Iterator[None]:
    """Within: every ``TextBuilder`` refuses to hold more than ``text_limit(size)`` characters."""
    token = _text_limit.set(text_limit(size))
    try:
        yield
    finally:
        _text_limit.reset(token)


class TextBuilder:
    """Appends text piece by piece while recording the part of each piece."""

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0
        self._unchecked: list[UncheckedPart] = []
        self._ocr = OcrText()
        self._limit = _text_limit.get()

    @property
    def length(self) -> int:
        return self._length

    def add(
        self, text: str, part: str | None, *, location: str | None = None, label: str | None = None
    ) -> None:
        """Append ``text``; ``part=None`` marks a separator the extractor inserted."""
        if not text:
            return
        start = self._length
        self._pieces.append(text)
        self._length += len(text)
        if self._limit is not None and self._length > self._limit:
            raise too_much_text(self._limit)
        if part is None:
            return
        last = self._segments[-1] if self._segments else None
        mergeable = last is not None and (last.part, last.location, last.label) == (part, location, label)
        if last is not None and mergeable and last.end == start:
            self._segments[-1] = Segment(last.start, self._length, part, location, label)
        else:
            self._segments.append(Segment(start, self._length, part, location, label))

    def not_read(self, part: str, reason: str) -> None:
        """Record that ``part`` (``page 3``, ``attachment:名单.xlsx``) could not be read, and why."""
        self._unchecked.append(UncheckedPart(part=part, reason=reason))

    def ends_with_newline(self) -> bool:
        return not self._pieces or self._pieces[-1].endswith("\n")

    def add_ocr(self, ocr: OcrText, offset: int, part: str) -> None:
        """The glyph map of a nested document's OCR text, which was added at ``offset`` as ``part``."""
        self._ocr.lines.extend(line.nested(offset, part) for line in ocr.lines)
        self._ocr.pages.extend(page.nested(part) for page in ocr.pages)

    def build(self, encoding: str | None = None) -> ExtractedText:
        text = "".join(self._pieces)
        return ExtractedText(text, list(self._segments), encoding, list(self._unchecked), ocr=self._ocr)


# The readers of embedded packages, by kind ("docx", "xlsx"): registered by ``secreview.extract`` (which
# imports every reader) here rather than in ``ooxml_places``, so that a reader of one format does not import
# the reader of the other and a check of plain text imports no XML module.
_NESTED_READERS: dict[str, Callable[[bytes, int], ExtractedText]] = {}


def register_reader(kind: str, reader: Callable[[bytes, int], ExtractedText]) -> None:
    _NESTED_READERS[kind] = reader


def nested_reader(kind: str) -> Callable[[bytes, int], ExtractedText] | None:
    return _NESTED_READERS.get(kind)


# The reader of a whole file by its suffix (``secreview.extract.extract_bytes``), registered the same way, for
# the files an OLE object carries.
_FILE_READER: list[Callable[[bytes, str], ExtractedText]] = []


def register_file_reader(reader: Callable[[bytes, str], ExtractedText]) -> None:
    _FILE_READER[:] = [reader]


def file_reader() -> Callable[[bytes, str], ExtractedText]:
    if not _FILE_READER:
        raise ExtractionError("文件读取器未加载,未检查")
    return _FILE_READER[0]
