"""Redaction of the places a workbook shows besides its cells (defined names, data validations, hyperlinks,
formulas, charts, alternative text, tables, external links, form controls, connections, styles, phonetic
guides, number formats, authors, the saved folder, slicers, custom XML): the found values are replaced in
the zip member the offset map names, token by token; pivot caches and embedded objects are left out, and a
place that cannot be masked where it is written (a slicer's name, a Power Query query, a macro, a number
format's escaped characters) refuses the copy.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    ALT_TEXT,
    AUTHOR,
    CHART,
    CONNECTION,
    CUSTOM_VIEW,
    CUSTOM_XML,
    DATA_VALIDATION,
    DEFINED_NAME,
    EXTERNAL_LINK,
    FILE_NAME,
    FILTER,
    FOLDER,
    FORM_CONTROL,
    FORMULA,
    HYPERLINK,
    MACRO,
    NUMBER_FORMAT,
    PHONETIC,
    POWER_QUERY,
    SCENARIO,
    SHAPE_NAME,
    SLICER,
    STYLE_NAME,
    TABLE_COLUMN,
    WEB_PUBLISH,
    ExtractedText,
)
from secreview.extract.xlsx_panes import DATA_MODEL
from secreview.extract.xlsx_panes import NAMES as SLICER_NAMES
from secreview.extract.xlsx_unseen import format_literals
from secreview.extract.xlsx_views import RICH_VALUES
from secreview.masking import Replacement
from secreview.ooxml_package import CONTENT_TYPES, element_end, rewrite_elements, without_references
from secreview.ooxml_scrub import (
    XML_TOKEN,
    Scrubber,
    decode_references,
    escape_text,
    scrub_xml,
    start_or_end,
)
from secreview.redact_places import (
    place_values,
    refuse_macros,
    refuse_named_members,
    scrub_alt_text,
    scrub_link_targets,
)

_XLSX_SCRUBBED = frozenset({DEFINED_NAME, DATA_VALIDATION, FORMULA, HYPERLINK, CHART, ALT_TEXT, SCENARIO})
# Located by their member: masked in its text and attribute values.
_XLSX_MEMBER_PLACES = frozenset(
    {TABLE_COLUMN, EXTERNAL_LINK, FORM_CONTROL, CONNECTION, AUTHOR, FOLDER, CUSTOM_XML}
    | {SHAPE_NAME, CUSTOM_VIEW, WEB_PUBLISH}
)
# Where a style's name is written: the styles part, and the tables and pivot tables that use a table style.
_STYLE_ELEMENTS = frozenset(
    {"cellStyle", "tableStyle", "tableStyles", "tableStyleInfo", "pivotTableStyleInfo"}
)
_XLSX_STYLE_PLACES = frozenset({STYLE_NAME, PHONETIC, NUMBER_FORMAT, FILE_NAME, SLICER, POWER_QUERY, MACRO})
_FORMAT_CODE = regex.compile(r"""\sformatCode\s*=\s*("[^"]*"|'[^']*')""")
_CRITERIA_ELEMENTS = frozenset({"filter", "customFilter", "sortCondition"})
_STYLE_USERS = regex.compile(r"^xl/(?:tables|pivotTables)/[^/]+\.xml$", regex.IGNORECASE)
_PIVOT_MEMBER = regex.compile(r"^xl/(?:pivotCache|pivotTables)/", regex.IGNORECASE)
_PIVOT_KINDS = frozenset({"pivotCacheDefinition", "pivotCacheRecords", "pivotTable"})
_PIVOT_DEPENDENTS = regex.compile(r"(?i)(?:slicerCache|timelineCache)")


def redact_xlsx_places(
    output: dict[str, bytes],
    extracted: ExtractedText,
    changes: Sequence[Replacement],
    workbook: str,
    sheets: dict[str, str],
) -> None:
    """Edit ``output`` (member -> bytes of the copy): defined names, data validations, hyperlinks, charts
    and alternative text masked where the offset map found values to redact."""
    found = place_values(
        extracted,
        changes,
        lambda part: (
            part in _XLSX_SCRUBBED
            or part in _XLSX_MEMBER_PLACES
            or part in _XLSX_STYLE_PLACES
            or part == FILTER
        ),
    )
    refuse_named_members(output, found)
    refuse_macros(found)
    for location in found.of(lambda part: part == POWER_QUERY):
        # Masking a literal changes what the query loads, and Excel alone rebuilds the binary: the query
        # is the officer's to change.
        raise ExtractionError(
            f"Power Query 查询({location})含需删减的内容,无法原位删减,"
            "请在 Excel 中修改或删除该查询后再试,未生成删减稿"
        )
    for styles, values in found.of(lambda part: part == NUMBER_FORMAT).items():
        if styles in output:
            output[styles] = scrub_xml(output[styles], values, elements=frozenset({"numFmt"}))
            _refuse_format_leftovers(output[styles], values)
    for location, values in found.of(lambda part: part == SLICER).items():
        slicers = location.removesuffix(f" {SLICER_NAMES}")
        if slicers != location:
            # The drawing, defined names and formulas use slicers' and caches' names: the officer renames.
            raise ExtractionError(
                f"切片器或日程表({slicers})的名称含需删减的内容,请在 Excel 中改名后再试,未生成删减稿"
            )
        if slicers in output:
            output[slicers] = scrub_xml(output[slicers], values, attributes=frozenset({"caption"}))
    for table_or_link, values in found.of(lambda part: part in _XLSX_MEMBER_PLACES).items():
        if table_or_link in output:
            output[table_or_link] = scrub_xml(output[table_or_link], values)
            if table_or_link.endswith(".rels"):  # an external workbook's path, percent-encoded too
                output[table_or_link] = scrub_link_targets(output[table_or_link], values)
    for strings, values in found.of(lambda part: part == PHONETIC).items():
        if strings in output:
            output[strings] = scrub_xml(output[strings], values, elements=frozenset({"rPh"}))
    for styles, values in found.of(lambda part: part == STYLE_NAME).items():
        # A table style renamed where the tables using it name it too, with the same mask.
        for user in [styles, *(name for name in output if _STYLE_USERS.match(name))]:
            if user in output:
                output[user] = scrub_xml(output[user], values, elements=_STYLE_ELEMENTS)
    names = found.of(lambda part: part == DEFINED_NAME)
    if names and workbook in output:
        values = {old: new for by_name in names.values() for old, new in by_name.items()}
        output[workbook] = scrub_xml(output[workbook], values, elements=frozenset({"definedName"}))
    for place, element in ((DATA_VALIDATION, "dataValidation"), (SCENARIO, "scenario"), (FORMULA, "f")):
        for location, values in found.of(place.__eq__).items():
            member = sheets.get(location.rpartition("!")[0])
            if member in output:
                output[member] = scrub_xml(output[member], values, elements=frozenset({element}))
    for location, values in found.of(lambda part: part == HYPERLINK).items():
        member = sheets.get(location.rpartition("!")[0])
        if member not in output:
            continue
        output[member] = scrub_xml(output[member], values, elements=frozenset({"hyperlink", "f"}))
        rels = posixpath.join(posixpath.dirname(member), "_rels", f"{posixpath.basename(member)}.rels")
        if rels in output:
            output[rels] = scrub_xml(output[rels], values, attributes=frozenset({"Target"}))
    for member, values in found.of(lambda part: part == CHART).items():
        if member in output:
            output[member] = scrub_xml(output[member], values)
    for member, values in found.of(lambda part: part == ALT_TEXT).items():
        if member in output:  # a drawing's pictures, a rich value part (pictures in cells), an SVG picture
            if member.lower().endswith(".svg"):
                output[member] = _svg_masked(scrub_xml(output[member], values), values)
            else:
                scrub = scrub_xml if RICH_VALUES.match(member) else scrub_alt_text
                output[member] = scrub(output[member], values)
    for table, values in found.of(lambda part: part == FILTER).items():
        if table in output:  # a table's filter (a sheet's is masked with the sheet)
            output[table] = scrub_xml(output[table], values, elements=_CRITERIA_ELEMENTS)


_SVG_TEXT = frozenset({"text", "title", "desc"})


def _svg_masked(content: bytes, values: dict[str, str]) -> bytes:
    """An SVG picture whose text elements still write a value split over their pieces (``tspan``) rewritten
    as their masked text alone (the pieces' positions and styles are dropped: the text stays legible)."""
    scrubber = Scrubber(values)

    def masked(local: str, start_tag: str, subtree: list[str]) -> list[str] | None:
        if len(subtree) < 2:
            return None  # an empty element writes no text
        text = "".join(_svg_piece(piece) for piece in subtree[1:-1])
        written = scrubber.text(text)
        return [start_tag, escape_text(written), subtree[-1]] if written != text else None

    return rewrite_elements(content.decode("utf-8"), _SVG_TEXT, masked).encode("utf-8")


def _svg_piece(token: str) -> str:
    """The text a token of an SVG text element writes: character data, a CDATA section; no tag."""
    if token.startswith("<![CDATA["):
        return token[9:-3]
    return "" if token.startswith("<") else decode_references(token)


def _refuse_format_leftovers(styles: bytes, values: dict[str, str]) -> None:
    """Refuse the copy when a number format still writes a redacted value (in escaped characters)."""
    for code in _FORMAT_CODE.findall(styles.decode("utf-8")):
        literals = format_literals(decode_references(code[1:-1]))
        if any(value in literals for value in values):
            raise ExtractionError(
                "数字格式中的文字含需删减的内容且无法原位删减,请修改单元格格式后再试,未生成删减稿"
            )


def without_pivot_caches(output: dict[str, bytes], workbook: str) -> tuple[str, ...]:
    """Remove pivot tables and their caches (a copy of the source data) from ``output``; the sheets keep
    the cells the pivot tables showed, as ordinary values. ExtractionError when slicers or timelines
    depend on them."""
    removed = {name for name in output if _PIVOT_MEMBER.match(name)}
    if not removed:
        return ()
    if any(_PIVOT_DEPENDENTS.search(name) for name in output):
        raise ExtractionError(
            "工作簿含数据透视表缓存(保存了源数据的副本)且有切片器或日程表依赖它,无法安全删减;"
            "请将数据透视表转为数值或删除后再试"
        )
    for name in removed:
        del output[name]
    for name in list(output):
        if name.endswith(".rels") or name == CONTENT_TYPES:
            output[name] = without_references(output[name], removed, _PIVOT_KINDS)
    if workbook in output:
        output[workbook] = _without_element(output[workbook], "pivotCaches")
    return ("已删除数据透视表及其缓存(缓存保存了源数据的副本),表中显示的数值保留为普通单元格",)


def _without_element(content: bytes, local: str) -> bytes:
    tokens = XML_TOKEN.findall(content.decode("utf-8"))
    out: list[str] = []
    index = 0
    while index < len(tokens):
        tag = start_or_end(tokens[index])
        if tag is not None and not tag.group(1) and tag.group(2).rpartition(":")[2] == local:
            index = index + 1 if tokens[index].endswith("/>") else element_end(tokens, index)
            continue
        out.append(tokens[index])
        index += 1
    return "".join(out).encode("utf-8")


_EMBEDDED_MEMBER = regex.compile(r"^xl/embeddings/", regex.IGNORECASE)
_EMBEDDED_KINDS = frozenset({"oleObject", "package"})


def without_embedded_objects(output: dict[str, bytes], sheets: dict[str, str]) -> tuple[str, ...]:
    """Remove the files embedded in a workbook (OLE objects, packages) with the sheets' ``oleObjects``
    that show them, as a redacted .docx does: they may hold what is redacted elsewhere."""
    removed = {name for name in output if _EMBEDDED_MEMBER.match(name)}
    if not removed:
        return ()
    for name in removed:
        del output[name]
    for name in list(output):
        if name.endswith(".rels") or name == CONTENT_TYPES:
            output[name] = without_references(output[name], removed, _EMBEDDED_KINDS)
    for member in sheets.values():
        if member in output:
            output[member] = _without_element(output[member], "oleObjects")
    return (f"已删除工作簿中嵌入的文件和对象 {len(removed)} 个(可能含未删减的内容,需要时请处理后另行插入)",)


# The thumbnail Excel saves shows the first sheet as it was, unredacted; a shared workbook's change history
# keeps the values cells had.
_THUMBNAIL = regex.compile(r"^docProps/thumbnail\.[^/]+$", regex.IGNORECASE)
_REVISIONS = "xl/revisions/"
_REVISION_KINDS = frozenset({"revisionHeaders", "revisionLog", "usernames"})


def left_out(names: list[str]) -> tuple[set[str], frozenset[str], list[str]]:
    """The members a redacted workbook leaves out (its thumbnail, a shared workbook's change history), the
    kinds of relationship that point at them, and what the output says of them."""
    thumbnails = {name for name in names if _THUMBNAIL.match(name)}
    revisions = {name for name in names if name.lower().startswith(_REVISIONS)}
    kinds = frozenset({"thumbnail"} if thumbnails else ()) | (_REVISION_KINDS if revisions else frozenset())
    notes = ["已删除文档缩略图(可能显示未删减的首页)"] if thumbnails else []
    notes += ["已删除共享工作簿的修订记录(保存了单元格修改前的值和修订者)"] if revisions else []
    return thumbnails | revisions, kinds, notes


def refuse_data_model(names: list[str]) -> None:
    """Refuse the copy of a workbook with a Power Pivot data model: the rows loaded into it are in a
    compressed binary that is neither read nor masked."""
    models = [name for name in names if DATA_MODEL.match(name)]
    if models:
        raise ExtractionError(
            f"工作簿含 Power Pivot 数据模型({models[0]},保存了加载数据的副本,无法检查和删减),"
            "请删除数据模型后再试,未生成删减稿"
        )
