"""What Excel shows of a workbook besides its cells, comments and text boxes, read after them so the offsets
of those stay put: ``defined-name`` (located by the name), ``data-validation`` (literal list items, input
and error messages; ``<sheet>!<range>``), ``formula`` (a formula without a cached value: a concatenation
of literals as Excel computes it, else ``=`` and the formula text; ``<sheet>!C7``), ``hyperlink`` (cell
hyperlinks' targets and texts, HYPERLINK(…) arguments; ``<sheet>!C7``), ``scenario`` (what-if scenarios'
names, comments and input values; ``<sheet>!<scenario>``), ``pivot-cache`` (a pivot table's
copy of its source data, kept even when the source sheet is deleted; the cache definition member),
``chart``, ``alt-text`` and ``embedded:<name>`` as in .docx.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    ALT_TEXT,
    CHART,
    CONDITIONAL_FORMAT,
    DATA_VALIDATION,
    DEFINED_NAME,
    FILTER,
    FORMULA,
    HOLDS_DATA,
    HYPERLINK,
    PIVOT_CACHE,
    PROTECTED_RANGE,
    SCENARIO,
    TextBuilder,
)
from secreview.extract.formulas import evaluated, string_literals
from secreview.extract.ooxml import RELATIONSHIP_NAMESPACES, relationships
from secreview.extract.ooxml_places import add_embedded, add_line, alt_texts, chart_lines
from secreview.extract.xmlsafe import child, descendants, iter_xml, local_name, parse_xml
from secreview.extract.ziputil import SafeZip

# Values of pivot caches read at most: a cache beyond this is refused, not read in gigabytes.
MAX_PIVOT_VALUES = 2_000_000
_BUILT_IN_NAME = "_xlnm."
_HYPERLINK_CALL = regex.compile(r"\bHYPERLINK\s*\(", regex.IGNORECASE)
_VALIDATION_MESSAGES = ("promptTitle", "prompt", "errorTitle", "error")
_PIVOT_VALUES = frozenset({"s", "n", "d"})
_EMBEDDED_KINDS = frozenset({"package", "oleObject"})
# Elements of a sheet whose text Excel shows in its dialogs (SheetPlaces.element reads them); the start of
# those in START_ELEMENTS gives the range of what follows.
SETTING_ELEMENTS = frozenset(
    {"cfRule", "filter", "customFilter", "sortCondition", "protectedRange", "sheetPr"}
)
START_ELEMENTS = frozenset({"conditionalFormatting", "autoFilter"})


@dataclass(slots=True)
class SheetPlaces:
    """What a sheet holds besides its cells, gathered while its cells are read."""

    formulas: list[tuple[str, str]] = field(default_factory=list)  # (cell, text)
    hyperlinks: list[tuple[str, list[str]]] = field(default_factory=list)  # (cell, texts)
    validations: list[tuple[str, list[str]]] = field(default_factory=list)  # (range, texts)
    link_ids: list[tuple[str, str]] = field(default_factory=list)  # (cell, relationship id)
    scenarios: list[tuple[str, list[str]]] = field(default_factory=list)  # (scenario name, texts)
    conditional_range: str = ""  # the range of the conditional format being read
    filter_range: str = ""  # the range of the filter being read
    # (part, range, text) of conditional formats, filters' criteria and protected ranges' titles.
    settings: list[tuple[str, str, str]] = field(default_factory=list)
    code_name: str = ""  # the sheet's VBA code name

    def cell_formula(self, reference: str, formula: str, cached: str) -> None:
        if _HYPERLINK_CALL.search(formula):
            self.hyperlinks.append((reference, string_literals(formula)))
        elif not cached:
            value = evaluated(formula)
            self.formulas.append((reference, f"={formula}" if value is None else value))

    def started(self, name: str, element: Element) -> None:
        """The start of a ``conditionalFormatting`` or ``autoFilter`` element: the range of its rules."""
        if name == "conditionalFormatting":
            self.conditional_range = element.get("sqref") or ""
        else:
            self.filter_range = element.get("ref") or ""

    def element(self, name: str, element: Element) -> None:
        """A ``hyperlink``, ``dataValidation`` or ``scenario`` element of the sheet."""
        if name == "hyperlink":
            reference = element.get("ref") or ""
            texts = [element.get(key) or "" for key in ("display", "tooltip", "location")]
            self.hyperlinks.append((reference, texts))
            link = next(
                (element.get(f"{{{ns}}}id") for ns in RELATIONSHIP_NAMESPACES if element.get(f"{{{ns}}}id")),
                None,
            )
            if link:
                self.link_ids.append((reference, link))
        elif name == "dataValidation":
            texts = [element.get(key) or "" for key in _VALIDATION_MESSAGES]
            for formula_name in ("formula1", "formula2"):
                formula = child(element, formula_name)
                # Excel 2010's form (x14, in the sheet's extensions) writes the formula in an xm:f child.
                text = "".join(formula.itertext()) if formula is not None else ""
                if text:
                    texts += string_literals(text)
            ranges = child(element, "sqref")  # x14: the range is an xm:sqref child
            reference = element.get("sqref") or ("".join(ranges.itertext()) if ranges is not None else "")
            self.validations.append((reference, texts))
        elif name == "scenario":
            texts = [element.get(key) or "" for key in ("name", "comment", "user")]
            texts += [cell.get("val") or "" for cell in element if local_name(cell.tag) == "inputCells"]
            self.scenarios.append((element.get("name") or "", texts))
        elif name == "sheetPr":
            self.code_name = element.get("codeName") or ""
        elif name in SETTING_ELEMENTS:
            self._setting(name, element)

    def _setting(self, name: str, element: Element) -> None:
        """A conditional format's text and formulas' literals, a filter's criterion or custom sort list, a
        protected range's title, when it holds a long number or an e-mail address."""
        if name == "cfRule":
            formulas = [item.text or "" for item in element if local_name(item.tag) in ("formula", "f")]
            texts = [element.get("text") or "", *(t for f in formulas for t in string_literals(f))]
            part, where = CONDITIONAL_FORMAT, self.conditional_range
        elif name == "protectedRange":
            texts, part, where = [element.get("name") or ""], PROTECTED_RANGE, element.get("sqref") or ""
        elif name == "sortCondition":  # a custom list to sort by (Data > Sort > Order)
            texts, part, where = [element.get("customList") or ""], FILTER, element.get("ref") or ""
        else:
            texts, part, where = [element.get("val") or ""], FILTER, self.filter_range
        self.settings += [(part, where, text) for text in texts if HOLDS_DATA.search(text)]


def link_targets(package: SafeZip, source_part: str) -> dict[str, str]:
    """Relationship id -> target of ``source_part``'s relationships, external ones (URLs) included."""
    directory, file_name = posixpath.split(source_part)
    rels_part = posixpath.join(directory, "_rels", f"{file_name}.rels")
    if rels_part not in package:
        return {}
    return {
        item.get("Id", ""): item.get("Target", "")
        for item in parse_xml(package.read(rels_part), rels_part)
        if local_name(item.tag) == "Relationship"
    }


def add_sheet_places(package: SafeZip, out: TextBuilder, sheets: list[tuple[str, str, SheetPlaces]]) -> None:
    """Formulas, hyperlinks and data validations of the ``(name, member, places)`` sheets."""
    for sheet, _, places in sheets:
        for reference, texts in places.validations:
            for text in texts:
                add_line(out, text, DATA_VALIDATION, f"{sheet}!{reference}")
    for sheet, _, places in sheets:
        for reference, text in places.formulas:
            add_line(out, text, FORMULA, f"{sheet}!{reference}")
    for sheet, _, places in sheets:
        for name, texts in places.scenarios:
            for text in texts:
                add_line(out, text, SCENARIO, f"{sheet}!{name}")
    for sheet, member, places in sheets:
        targets = link_targets(package, member) if places.link_ids else {}
        link_of = {reference: targets.get(link, "") for reference, link in places.link_ids}
        for reference, texts in places.hyperlinks:
            for text in [link_of.get(reference, ""), *texts]:
                add_line(out, text, HYPERLINK, f"{sheet}!{reference}")


def add_defined_names(workbook: Element, out: TextBuilder) -> None:
    for name in descendants(workbook, "definedName"):
        label = name.get("name") or ""
        if not label.startswith(_BUILT_IN_NAME):
            add_line(out, name.text or "", DEFINED_NAME, label)
            # What the Name Manager shows beside it.
            for attribute in ("comment", "description"):
                add_line(out, name.get(attribute) or "", DEFINED_NAME, label)


def add_package_places(
    package: SafeZip,
    out: TextBuilder,
    workbook_part: str,
    sheet_members: list[str],
    drawings: list[str],
    depth: int,
) -> None:
    """Pivot caches, charts, alternative text and embedded packages."""
    for definition in _pivot_definitions(package, workbook_part):
        _pivot_cache(package, definition, out)
    charts = [
        link.target
        for drawing in drawings
        for link in relationships(package, drawing)
        if link.kind in ("chart", "chartEx") and link.target in package
    ]
    for chart in dict.fromkeys(charts):
        for line in chart_lines(parse_xml(package.read(chart), chart)):
            add_line(out, line, CHART, chart)
    for drawing in drawings:
        for text in alt_texts(parse_xml(package.read(drawing), drawing)):
            add_line(out, text, ALT_TEXT, drawing)
    embedded = [
        link.target
        for member in [*sheet_members, *charts]
        for link in relationships(package, member)
        if link.kind in _EMBEDDED_KINDS and link.target in package
    ]
    for member in dict.fromkeys(embedded):
        add_embedded(out, member, package.read(member), depth)


def _pivot_definitions(package: SafeZip, workbook_part: str) -> list[str]:
    """Pivot cache definitions the workbook lists, and any other left in the package."""
    listed = [r.target for r in relationships(package, workbook_part) if r.kind == "pivotCacheDefinition"]
    others = [name for name in package.names() if regex.search(r"(?i)pivotCacheDefinition\d*\.xml$", name)]
    return [name for name in dict.fromkeys([*listed, *sorted(others)]) if name in package]


def _pivot_cache(package: SafeZip, definition: str, out: TextBuilder) -> None:
    """The cache's field names and shared items (one line per field), then its records (one line each,
    the values not stored as shared items), each value labelled with its field's name."""
    root = parse_xml(package.read(definition), definition)
    fields = [item.get("name") or "" for item in descendants(root, "cacheField")]
    for cache_field, field_name in zip(descendants(root, "cacheField"), fields, strict=False):
        items = child(cache_field, "sharedItems")
        values = (
            [item.get("v") or "" for item in items if local_name(item.tag) in _PIVOT_VALUES]
            if items is not None
            else []
        )
        _pivot_line(out, [(field_name, value) for value in values], definition)
    if any(field_name.strip() for field_name in fields):
        _pivot_line(out, [(None, field_name) for field_name in fields], definition)
    for link in relationships(package, definition):
        if link.kind == "pivotCacheRecords" and link.target in package:
            for record in _records(package, link.target):
                _pivot_line(
                    out, [(fields[i] if i < len(fields) else None, value) for i, value in record], definition
                )


def _pivot_line(out: TextBuilder, values: list[tuple[str | None, str]], definition: str) -> None:
    written = False
    for label, value in values:
        if not value.strip():
            continue
        if written:
            out.add("\t", None)
        out.add(value, PIVOT_CACHE, location=definition, label=label or None)
        written = True
    if written:
        out.add("\n", None)


def _records(package: SafeZip, member: str) -> Iterator[list[tuple[int, str]]]:
    """Per record, (field index, value) of the values written in the record itself."""
    parent: Element | None = None
    count = 0
    for event, element in iter_xml(package.read(member), member):
        if event == "start":
            parent = parent if parent is not None else element
            continue
        if local_name(element.tag) != "r":
            continue
        values = [
            (index, item.get("v") or "")
            for index, item in enumerate(element)
            if local_name(item.tag) in _PIVOT_VALUES
        ]
        count += len(element)
        if count > MAX_PIVOT_VALUES:
            raise ExtractionError(f"数据透视表缓存过大(超过 {MAX_PIVOT_VALUES:,} 个值),未检查")
        element.clear()
        if parent is not None and len(parent) and parent[-1] is element:
            del parent[-1]
        yield values
