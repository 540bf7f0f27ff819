"""The redacted copy of an .xlsx workbook: the SpreadsheetML edited token by token, the rest untouched.

The offset map of the extraction says which cell, comment, text box, header or property each finding's
characters came from. A cell that holds a finding becomes an inline string with the masked text, whatever
it was (shared string, inline string, number, formula): its formula is dropped (a formula recomputes the
value it shows), and so are the formulas that share it; the calculation chain then goes, as Excel rebuilds
it. Hidden sheets, rows and columns are edited like the others. Shared strings no cell uses any more are
emptied, so the original value is nowhere in the file. Comments are masked in place, threaded comments
(a second copy of them) removed. Found identifiers are also replaced wherever else they are written
(formulas, hyperlinks, defined names). A workbook with pivot caches (a copy of the source data) is refused,
and so is one where a redacted value is still found in a part not edited here (chart caches, external
links …).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    CODE_NAME,
    COMMENT,
    EMBEDDED_PREFIX,
    FOOTER,
    FORMULA,
    HEADER,
    METADATA,
    RANGE_NAME,
    REVISION,
    SHEET_NAME,
    TEXTBOX,
    ExtractedText,
    Segment,
)
from secreview.extract.ooxml import relationship_id, relationships
from secreview.extract.ooxml_places import APART_PLACES
from secreview.extract.tabular import column_letters, column_number
from secreview.extract.xlsx import HEADER_FOOTER_CODES, HEADER_FOOTER_PARTS, header_footer_text
from secreview.extract.xmlsafe import descendants, parse_xml
from secreview.extract.ziputil import UNREAD, SafeZip, open_zip
from secreview.masking import Replacement, must_redact
from secreview.models import Finding
from secreview.ooxml_package import (
    CONTENT_TYPES,
    DocxRedactionError,
    element_end,
    rewrite_elements,
    rezip,
    utf8_xml,
    without_references,
)
from secreview.ooxml_scrub import (
    XML_ATTRIBUTE,
    Scrubber,
    decode_references,
    escape_text,
    holds_any,
    identifier_values,
    scrub_xml,
    start_or_end,
)
from secreview.redact_docx import property_changes, rewrite_properties
from secreview.redact_edits import Edit, FormatRedaction, edited, piece_edits
from secreview.redact_places import redacted_values, refuse_binary_leftovers
from secreview.redact_xlsx_places import (
    left_out,
    redact_xlsx_places,
    refuse_data_model,
    without_embedded_objects,
    without_pivot_caches,
)

_CELL_SHEETS = frozenset({"worksheet", "dialogsheet", "xlMacrosheet", "xlIntlMacrosheet"})
_REFERENCE = regex.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
_PROPERTY_MEMBER = regex.compile(r"^docProps/(?:core|app|custom)\.xml$")
_THREADED_KINDS = frozenset({"threadedComment", "person"})
_DROPPED_CELL_ATTRIBUTES = frozenset({"t", "cm", "vm"})
_MIN_LEFTOVER = 2
_CELL = regex.compile(r"<(?:[\w.-]+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:[\w.-]+:)?c>)", regex.DOTALL)
_SHARED_TYPE = regex.compile(r"""\st\s*=\s*["']s["']""")
_VALUE = regex.compile(r"<(?:[\w.-]+:)?v\b[^>]*>([^<]*)<")
_SHEET_DATA = regex.compile(
    r"<(?:[\w.-]+:)?sheetData\b[^>]*?(?:/>|>.*?</(?:[\w.-]+:)?sheetData>)", regex.DOTALL
)
_SUSPICIOUS = regex.compile(r"\d{7}|@\w")


@dataclass(slots=True)
class _Layout:
    """Which member holds what: sheets by name, their comments and drawings in extraction order."""

    workbook: str = "xl/workbook.xml"
    sheets: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)  # sheet name -> comments member
    drawings: list[str] = field(default_factory=list)
    shared_strings: str | None = None
    calc_chain: str | None = None
    threaded: set[str] = field(default_factory=set)


@dataclass(slots=True)
class _Plan:
    """The edits per member: cells and comments by reference, margins by text, text box paragraphs."""

    cells: dict[str, dict[str, str]] = field(default_factory=dict)
    comments: dict[str, dict[str, str]] = field(default_factory=dict)
    margins: dict[str, dict[str, list[Edit]]] = field(default_factory=dict)
    paragraphs: dict[str, dict[int, tuple[str, list[Edit]]]] = field(default_factory=dict)


def redact_xlsx(
    data: bytes,
    extracted: ExtractedText,
    findings: Sequence[Finding],
    changes: list[Replacement],
    figures: Sequence[Replacement] = (),
) -> FormatRedaction:
    """The workbook with ``changes`` applied wherever their values are written, and ``figures`` (a figure
    beside a third party's cut data: short digits a package writes anywhere, a column's width, the theme)
    only where each stands: its cell, note, header or footer, text box, or the place beside the cells
    (a validation's prompt, a defined name, a chart's cache) whose text holds it (leak17)."""
    with open_zip(data, "xlsx") as package:
        names = package.names()
        try:  # binaries are copied; XML in UTF-16 (a DataMashup part) is written as UTF-8
            members = {name: utf8_xml(name, package.read(name)) for name in names if _is_xml(name)}
        except DocxRedactionError as error:
            raise ExtractionError(f"无法生成删减稿: {error}") from error
        layout = _layout(package)
        paragraphs = _text_box_paragraphs(package, layout.drawings)
    refuse_data_model(names)
    plan = _plan(extracted, sorted([*changes, *figures], key=lambda change: change.start), layout, paragraphs)
    texts = {name: _decoded(name, content) for name, content in members.items()}
    dropped_formula = False
    for sheet in layout.sheets.values():
        if sheet in texts:
            texts[sheet], dropped = _rewrite_sheet(
                texts[sheet], plan.cells.get(sheet, {}), plan.margins.get(sheet, {})
            )
            dropped_formula = dropped_formula or dropped
    if layout.shared_strings in texts:  # strings no cell uses are emptied, whether a cell changed or not
        used = set().union(
            *(_shared_indices(texts[sheet]) for sheet in layout.sheets.values() if sheet in texts)
        )
        texts[layout.shared_strings] = _rewrite_shared_strings(texts[layout.shared_strings], used)
    for member, by_reference in plan.comments.items():
        texts[member] = _rewrite_comments(texts[member], by_reference)
    for member, by_ordinal in plan.paragraphs.items():
        texts[member] = _rewrite_paragraphs(texts[member], by_ordinal)
    removed, kinds, notes = left_out(names)
    if layout.threaded:
        removed |= layout.threaded
        kinds |= _THREADED_KINDS
        notes.append("已删除新式批注(threaded comments),保留的普通批注已删减")
    if dropped_formula and layout.calc_chain is not None:
        removed.add(layout.calc_chain)
        kinds |= {"calcChain"}
    text_changes = {f.text: c.text for f, c in property_changes(findings, changes)}
    # A figure beside a cut in the document's properties (a description), as in a .docx.
    text_changes |= {
        extracted.text[c.start : c.end]: c.text
        for c in figures
        if extracted.part_at(c.start, c.end) == METADATA
    }
    scrub = Scrubber(identifier_values(extracted.text, changes))
    output: dict[str, bytes] = {}
    for name in names:
        if name in removed:
            continue
        if name not in texts:
            output[name] = UNREAD  # streamed from the original, never read whole (a large video)
            continue
        content = texts[name].encode("utf-8")
        if _PROPERTY_MEMBER.match(name):
            content = rewrite_properties(content, text_changes)
        elif name.endswith(".rels") or name == CONTENT_TYPES:
            content = without_references(content, removed, kinds)
        if name != CONTENT_TYPES:
            content = scrub(content)
        output[name] = content
    redact_xlsx_places(output, extracted, [*changes, *figures], layout.workbook, layout.sheets)
    values = redacted_values(extracted, changes)
    for sheet in layout.sheets.values():
        if sheet in output:
            output[sheet] = _masked_beside_cells(output[sheet], values, sheet)
    notes += [
        *without_pivot_caches(output, layout.workbook),
        *without_embedded_objects(output, layout.sheets),
    ]
    _refuse_leftovers(output, findings, layout)
    refuse_binary_leftovers(data, output, (f.text for f in findings if must_redact(f)))
    suspicious = sum(_suspicious_formulas(output[sheet].decode("utf-8")) for sheet in layout.sheets.values())
    if suspicious:
        notes.append(f"有 {suspicious} 个公式含长数字或邮箱地址(检查不读公式文字),请人工核对")
    return FormatRedaction(rezip(data, output), len(changes) + len(figures), tuple(notes))


def _suspicious_formulas(sheet: str) -> int:
    """Formulas whose text holds a long number or an e-mail address, which no check reads."""
    found = 0

    def visit(local: str, start_tag: str, tokens: list[str]) -> list[str] | None:
        nonlocal found
        text = "".join(decode_references(token) for token in tokens if not token.startswith("<"))
        found += bool(_SUSPICIOUS.search(text))
        return tokens

    rewrite_elements(sheet, frozenset({"f"}), visit)
    return found


def _decoded(name: str, content: bytes) -> str:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as error:  # a VML drawing in a legacy code page
        raise ExtractionError(f"工作簿部件 {name} 的编码无法识别,未生成删减稿") from error


def _is_xml(name: str) -> bool:
    """A part edited as text: XML, relationships, VML and SVG pictures (their text is masked in place)."""
    return name.endswith((".xml", ".rels", ".vml", ".svg")) or name == CONTENT_TYPES


def _layout(package: SafeZip) -> _Layout:
    layout = _Layout()
    layout.workbook = next(
        (r.target for r in relationships(package, "") if r.kind == "officeDocument"), layout.workbook
    )
    workbook = parse_xml(package.read(layout.workbook), layout.workbook)
    links = {r.id: r for r in relationships(package, layout.workbook)}
    for link in links.values():
        if link.kind == "sharedStrings" and link.target in package:
            layout.shared_strings = link.target
        elif link.kind == "calcChain" and link.target in package:
            layout.calc_chain = link.target
        elif link.kind in _THREADED_KINDS and link.target in package:
            layout.threaded.add(link.target)
    for sheet in descendants(workbook, "sheet"):
        name = sheet.get("name") or "?"
        sheet_link = links.get(relationship_id(sheet) or "")
        if sheet_link is None or sheet_link.kind not in _CELL_SHEETS:
            continue
        layout.sheets[name] = sheet_link.target
        for annotation in relationships(package, sheet_link.target):
            if annotation.target not in package:
                continue
            if annotation.kind == "comments":
                layout.comments[name] = annotation.target
            elif annotation.kind == "drawing":
                layout.drawings.append(annotation.target)
            elif annotation.kind in _THREADED_KINDS:
                layout.threaded.add(annotation.target)
    return layout


def _text_box_paragraphs(package: SafeZip, drawings: list[str]) -> list[tuple[str, int]]:
    """(drawing member, paragraph ordinal) of every paragraph the extraction read, in its order."""
    found = []
    for member in drawings:
        root = parse_xml(package.read(member), member)
        for ordinal, paragraph in enumerate(descendants(root, "p")):
            if "".join(run.text or "" for run in descendants(paragraph, "t")).strip():
                found.append((member, ordinal))
    return found


def _plan(
    extracted: ExtractedText, changes: list[Replacement], layout: _Layout, paragraphs: list[tuple[str, int]]
) -> _Plan:
    plan = _Plan()
    segments = extracted.segments
    boxes = [index for index, segment in enumerate(segments) if segment.part == TEXTBOX]
    if len(boxes) != len(paragraphs):
        raise ExtractionError("工作簿中文本框的位置无法可靠定位,未生成删减稿")
    box_of = {segment_index: paragraphs[order] for order, segment_index in enumerate(boxes)}
    for index, edits in piece_edits(segments, changes).items():
        segment = segments[index]
        text = extracted.text[segment.start : segment.end]
        new = edited(text, edits)
        if segment.part.startswith("sheet:"):
            member = _member(layout.sheets, segment.part[6:], segment)
            plan.cells.setdefault(member, {})[segment.location or ""] = new
        elif segment.part == COMMENT:
            sheet, _, reference = (segment.location or "").rpartition("!")
            member = _member(layout.comments, sheet, segment)
            plan.comments.setdefault(member, {})[reference] = new
        elif segment.part in (HEADER, FOOTER):
            member = _member(layout.sheets, segment.location or "", segment)
            plan.margins.setdefault(member, {})[text] = edits
        elif segment.part == TEXTBOX:
            member, ordinal = box_of[index]
            plan.paragraphs.setdefault(member, {})[ordinal] = (text, edits)
        elif segment.part.startswith(EMBEDDED_PREFIX) or segment.part == REVISION:
            continue  # embedded files and a shared workbook's change history are left out of the copy
        elif segment.part == SHEET_NAME:
            # Formulas, names and charts refer to the sheet by its name: renaming it is the officer's.
            raise ExtractionError(f"工作表名称“{text}”含需删减的内容,请先为工作表改名,未生成删减稿")
        elif segment.part == CODE_NAME:
            # Macros refer to a sheet (and to the workbook) by its code name: renaming is the officer's.
            raise ExtractionError(
                f"工作表或工作簿的代码名称“{text}”含需删减的内容,宏按代码名称引用它,"
                "请先在 VBA 编辑器中改名,未生成删减稿"
            )
        elif segment.part == RANGE_NAME:
            # Formulas, validations and charts use a defined name by its name: renaming is the officer's.
            raise ExtractionError(f"定义的名称“{text}”含需删减的内容,请先在名称管理器中改名,未生成删减稿")
        elif segment.part == FORMULA and not text.startswith("="):
            # A formula showing a found value becomes the masked text it shows (formula text: masked
            # where it is written, with the other places).
            sheet, _, reference = (segment.location or "").rpartition("!")
            member = _member(layout.sheets, sheet, segment)
            plan.cells.setdefault(member, {})[reference] = new
        elif segment.part != METADATA and segment.part not in APART_PLACES:
            raise ExtractionError(f"工作簿中“{segment.part}”部分无法删减,未生成删减稿")
    return plan


def _member(members: dict[str, str], key: str, segment: Segment) -> str:
    if key not in members:
        raise ExtractionError(f"工作簿中 {segment.part} {segment.location or ''} 无法定位,未生成删减稿")
    return members[key]


def _attributes(start_tag: str) -> dict[str, str]:
    return {key: decode_references(value[1:-1]) for key, value in XML_ATTRIBUTE.findall(start_tag)}


def _local(tag: regex.Match[str]) -> str:
    return tag.group(2).rpartition(":")[2]


def _prefix(qualified: str) -> str:
    prefix, colon, _ = qualified.rpartition(":")
    return prefix + colon


def _inline_cell(start_tag: str, text: str) -> list[str]:
    tag = start_or_end(start_tag)
    assert tag is not None
    name = tag.group(2)
    prefix = _prefix(name)
    kept = "".join(
        f" {key}={value}"
        for key, value in XML_ATTRIBUTE.findall(start_tag)
        if key not in _DROPPED_CELL_ATTRIBUTES
    )
    return [
        f'<{name}{kept} t="inlineStr"><{prefix}is><{prefix}t xml:space="preserve">{escape_text(text)}'
        f"</{prefix}t></{prefix}is></{name}>"
    ]


def _formula(tokens: list[str]) -> dict[str, str] | None:
    for token in tokens[1:]:
        tag = start_or_end(token)
        if tag is not None and not tag.group(1) and _local(tag) == "f":
            return _attributes(token)
    return None


def _cached_text(tokens: list[str]) -> str:
    """The text of a cell's ``v`` element."""
    inside = False
    pieces = []
    for token in tokens:
        tag = start_or_end(token)
        if tag is not None:
            inside = not tag.group(1) and _local(tag) == "v" and not token.endswith("/>")
        elif inside:
            pieces.append(decode_references(token))
    return "".join(pieces)


def _rewrite_sheet(text: str, cells: dict[str, str], margins: dict[str, list[Edit]]) -> tuple[str, bool]:
    """The sheet with ``cells`` (reference -> new text) made inline strings and ``margins`` (header or
    footer text -> new text) replaced; and whether a formula was dropped."""
    shared = _shared_formulas_of(text, cells)
    dropped = False
    position = {"row": 0, "column": 0}

    def visit(local: str, start_tag: str, tokens: list[str]) -> list[str] | None:
        nonlocal dropped
        attributes = _attributes(start_tag)
        if local == "row":
            position["row"] = _int(attributes.get("r"), position["row"] + 1)
            position["column"] = 0
            return None
        if local in HEADER_FOOTER_PARTS:
            return _margin(tokens, margins)
        reference = _cell_reference(attributes, position)
        formula = _formula(tokens)
        if reference in cells:
            dropped = dropped or formula is not None
            return _inline_cell(start_tag, cells[reference])
        if formula is not None and formula.get("t") == "shared" and formula.get("si") in shared:
            dropped = True
            if attributes.get("t") == "str":
                return _inline_cell(start_tag, _cached_text(tokens))
            return _without_formula(tokens)
        return None

    wanted = frozenset({"row", "c", *HEADER_FOOTER_PARTS})
    return rewrite_elements(text, wanted, visit), dropped


def _cell_reference(attributes: dict[str, str], position: dict[str, int]) -> str:
    match = _REFERENCE.fullmatch(attributes.get("r") or "")
    position["column"] = column_number(match.group(1)) if match else position["column"] + 1
    return f"{column_letters(position['column'])}{position['row']}"


def _shared_formulas_of(text: str, cells: dict[str, str]) -> set[str]:
    """The ids of shared formulas whose defining cell is among ``cells``: the cells that share them lose
    their formula too."""
    found: set[str] = set()
    position = {"row": 0, "column": 0}

    def visit(local: str, start_tag: str, tokens: list[str]) -> list[str] | None:
        attributes = _attributes(start_tag)
        if local == "row":
            position["row"] = _int(attributes.get("r"), position["row"] + 1)
            position["column"] = 0
            return None
        formula = _formula(tokens)
        shared = formula is not None and formula.get("t") == "shared" and "ref" in formula
        if _cell_reference(attributes, position) in cells and shared and formula is not None:
            found.add(formula.get("si", ""))
        return tokens

    if cells and "shared" in text:
        rewrite_elements(text, frozenset({"row", "c"}), visit)
    return found


def _without_formula(tokens: list[str]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(tokens):
        tag = start_or_end(tokens[index])
        if index and tag is not None and not tag.group(1) and _local(tag) == "f":
            index = index + 1 if tokens[index].endswith("/>") else element_end(tokens, index)
            continue
        out.append(tokens[index])
        index += 1
    return out


def _margin(tokens: list[str], margins: dict[str, list[Edit]]) -> list[str] | None:
    """A header or footer whose shown text has edits, edited character by character; its codes
    (&P, &"font", &12 …) stay."""
    if len(tokens) != 3 or tokens[1].startswith("<"):
        return None
    raw = decode_references(tokens[1])
    edits = margins.get(header_footer_text(raw))
    if edits is None:
        return None
    pieces = _header_pieces(raw)
    shown = "".join(piece for _, piece in pieces)
    skip = len(shown) - len(shown.lstrip())
    new = edited(shown, [Edit(edit.offset + skip, edit.length, edit.text) for edit in edits])
    if len(new) != len(shown):
        return [tokens[0], escape_text(new.strip()), tokens[2]]
    written = [
        code if len(code) > 1 or code == char or piece != code else char
        for (code, piece), char in zip(pieces, new, strict=True)
    ]
    return [tokens[0], escape_text("".join(written)), tokens[2]]


def _header_pieces(raw: str) -> list[tuple[str, str]]:
    """(raw characters, the character they show) of a header: a code shows as a space, && as &."""
    pieces: list[tuple[str, str]] = []
    position = 0
    while position < len(raw):
        if raw.startswith("&&", position):
            pieces.append(("&&", "&"))
            position += 2
            continue
        code = HEADER_FOOTER_CODES.match(raw, position)
        if code is not None:
            pieces.append((code.group(0), " "))
            position = code.end()
            continue
        pieces.append((raw[position], raw[position]))
        position += 1
    return pieces


def _shared_indices(text: str) -> set[int]:
    """The shared strings the cells of a sheet use."""
    used: set[int] = set()
    for cell in _CELL.finditer(text):
        if _SHARED_TYPE.search(cell.group(1)):
            value = _VALUE.search(cell.group(2) or "")
            used.add(_int(decode_references(value.group(1)).strip() if value else None, -1))
    return used


def _rewrite_shared_strings(text: str, used: set[int]) -> str:
    """Shared strings no cell uses any more emptied (their positions kept, so indices stay valid)."""
    ordinal = -1

    def visit(local: str, start_tag: str, tokens: list[str]) -> list[str] | None:
        nonlocal ordinal
        ordinal += 1
        if ordinal in used:
            return tokens
        tag = start_or_end(start_tag)
        assert tag is not None
        prefix = _prefix(tag.group(2))
        return [f"<{tag.group(2)}><{prefix}t/></{tag.group(2)}>"]

    return rewrite_elements(text, frozenset({"si"}), visit)


def _rewrite_comments(text: str, by_reference: dict[str, str]) -> str:
    def visit(local: str, start_tag: str, tokens: list[str]) -> list[str] | None:
        reference = _attributes(start_tag).get("ref", "")
        if reference not in by_reference:
            return tokens
        tag = start_or_end(start_tag)
        assert tag is not None
        name = tag.group(2)
        prefix = _prefix(name)
        value = escape_text(by_reference[reference])
        body = f'<{prefix}text><{prefix}t xml:space="preserve">{value}</{prefix}t></{prefix}text>'
        opening = start_tag[:-2] + ">" if start_tag.endswith("/>") else start_tag
        return [opening, body, f"</{name}>"]

    return rewrite_elements(text, frozenset({"comment"}), visit)


def _rewrite_paragraphs(text: str, by_ordinal: dict[int, tuple[str, list[Edit]]]) -> str:
    """Drawing paragraphs (text boxes) edited across their ``t`` runs."""
    ordinal = -1

    def visit(local: str, start_tag: str, tokens: list[str]) -> list[str] | None:
        nonlocal ordinal
        ordinal += 1
        if ordinal not in by_ordinal:
            return tokens
        original, edits = by_ordinal[ordinal]
        new = edited(original, edits)
        out: list[str] = []
        inside = first = False
        written = False
        for token in tokens:
            tag = start_or_end(token)
            if tag is not None:
                inside = not tag.group(1) and _local(tag) == "t" and not token.endswith("/>")
                first = inside and not written
                out.append(token)
            elif inside:
                out.append(escape_text(new) if first else "")
                written = written or first
            else:
                out.append(token)
        return out

    return rewrite_elements(text, frozenset({"p"}), visit)


def _masked_beside_cells(sheet: bytes, values: dict[str, str], member: str) -> bytes:
    """The sheet with ``values`` masked outside its cells too (a filter's criteria, a conditional format's
    text and formula, which keep a value the cells no longer show); refused where one is left (written
    split over elements)."""
    text = sheet.decode("utf-8")
    cells = _SHEET_DATA.search(text)
    start, end = (cells.start(), cells.end()) if cells else (len(text), len(text))
    before, after = (scrub_xml(piece.encode("utf-8"), values) for piece in (text[:start], text[end:]))
    if holds_any(before + after, values):
        raise ExtractionError(
            f"工作表 {member} 中单元格以外仍有需删减的内容(如筛选条件),无法安全删减,未生成删减稿"
        )
    return before + text[start:end].encode("utf-8") + after


def _refuse_leftovers(output: dict[str, bytes], findings: Sequence[Finding], layout: _Layout) -> None:
    """Refuse the copy when a redacted value is still written in a part not edited here."""
    edited_parts = {*layout.sheets.values(), *layout.comments.values(), layout.shared_strings}
    values = {f.text for f in findings if must_redact(f) and len(f.text.strip()) >= _MIN_LEFTOVER}
    for name, content in output.items():
        if name in edited_parts or not _is_xml(name) or _PROPERTY_MEMBER.match(name):
            continue
        text = decode_references(content.decode("utf-8", "replace"))
        for value in values:
            if value in text:
                raise ExtractionError(
                    f"工作簿部件 {name} 中仍有需删减的内容(如图表缓存),无法安全删减,未生成删减稿"
                )


def _int(text: str | None, fallback: int) -> int:
    try:
        return int(text) if text is not None else fallback
    except ValueError:
        return fallback
