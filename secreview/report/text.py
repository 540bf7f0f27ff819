"""The report for a person: per file the attribute, the reasons and each finding with its place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from secreview.models import (
    Attribute,
    FileReport,
    Finding,
    Note,
    Report,
    Severity,
    Suppression,
    TraceRole,
    TraceStep,
)
from secreview.report.advice import advice
from secreview.report.places import place

_RESET = "\033[0m"
_ATTRIBUTE_COLOR = {
    Attribute.PROACTIVE: "\033[32m",
    Attribute.REDACTED: "\033[33m",
    Attribute.ON_REQUEST: "\033[36m",
    Attribute.WITHHELD: "\033[31m",
}
_SEVERITY_COLOR = {Severity.HIGH: "\033[31m", Severity.MEDIUM: "\033[33m", Severity.LOW: "\033[2m"}
# A finding's severity as the text and HTML reports name it.
SEVERITY_ZH = {Severity.HIGH: "高", Severity.MEDIUM: "中", Severity.LOW: "提示"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def _finding_line(finding: Finding, color: bool) -> str:
    severity = _paint(SEVERITY_ZH[finding.severity], _SEVERITY_COLOR[finding.severity], color)
    replacement = f" → {finding.replacement}" if finding.replacement is not None else ""
    quoted = f"“{finding.text}”{replacement}"
    return f"  {place(finding)}  {severity}  {finding.message}: {quoted}  [{finding.rule}]"


# What a step of the decision's trace did, as the text and HTML reports name it.
TRACE_ROLE_ZH = {
    TraceRole.DECISIVE: "决定",
    TraceRole.CONTRIBUTING: "另含",
    TraceRole.OVERRIDDEN: "例外",
    TraceRole.ADVISORY: "提示",
    TraceRole.DEFAULT: "默认",
    TraceRole.SIGNAL: "信号",
    TraceRole.COMBINED: "组合",
}


def _trace_line(step: TraceStep) -> str:
    rules = f" [{', '.join(step.rules)}]" if step.rules else ""
    implies = f" → {step.attribute.zh}" if step.attribute is not None else ""
    # The basis of a decisive or contributing step is already on its 理由 line.
    shown = step.basis and step.role in (TraceRole.OVERRIDDEN, TraceRole.DEFAULT, TraceRole.COMBINED)
    basis = f"  依据: {step.basis}" if shown else ""
    return f"    {TRACE_ROLE_ZH[step.role]}{implies}: {step.message}{rules}{basis}"


def _declaration_lines(file: FileReport, color: bool) -> list[str]:
    lines = []
    if file.declared_attribute is not None:
        declared = file.declared_attribute
        reason = f",理由: {file.declared_reason}" if file.declared_reason else ""
        lines.append(f"  文件自述属性: {declared.zh} ({declared.value}){reason}")
        if file.attribute is not None and declared.strictness > file.attribute.strictness:
            lines.append(f"  注意: 文件自述属性严于建议的“{file.attribute.zh}”,请确认不公开的理由是否成立")
    if file.return_for_revision:
        notice = f"  退文: {file.return_for_revision}"
        lines.append(_paint(notice, _ATTRIBUTE_COLOR[Attribute.WITHHELD], color))
    return lines


def _ocr_lines(file: FileReport) -> list[str]:
    if file.ocr is None:
        return []
    confidence = f"{file.ocr.mean_confidence:.2f}"
    return [f"  OCR: 识别 {file.ocr.pages} 页(图像),平均置信度 {confidence};识别结果可能有误,请对照原件核对"]


def _incomplete_lines(file: FileReport, color: bool) -> list[str]:
    """A document some parts of which were not read: those parts, then what the parts read showed."""
    lines = [*_ocr_lines(file), *(f"  未检查 [{item.part}]: {item.reason}" for item in file.unchecked)]
    counted = [finding for finding in file.findings if finding.suppressed_by is None]
    if counted:
        lines.append("  已读部分的发现(未读部分可能还有):")
        lines.extend(_finding_line(finding, color) for finding in counted)
    return lines


def _file_block(file: FileReport, color: bool) -> list[str]:
    if file.error is not None or file.attribute is None:
        return [f"{file.path}: 错误 error: {file.error}", *_incomplete_lines(file, color)]
    attribute = _paint(
        f"{file.attribute.zh} ({file.attribute.value})", _ATTRIBUTE_COLOR[file.attribute], color
    )
    lines = [f"{file.path}: 建议公开属性 {attribute}"]
    if file.contradicts_declaration and file.declared_attribute is not None:
        warning = (
            f"  与文件自述属性矛盾! 文件自述“{file.declared_attribute.zh}”,"
            f"宽于建议的“{file.attribute.zh}”,须改正后方可发布"
        )
        lines.insert(0, f"{file.path}:")
        lines[1] = _paint(warning, _ATTRIBUTE_COLOR[Attribute.WITHHELD], color)
        lines.append(f"  建议公开属性 {attribute}")
    lines.extend(_declaration_lines(file, color))
    for reason in file.reasons:
        lines.append(f"  理由: {reason.message}  依据: {reason.basis}")
    for group in file.groups:
        lines.append(f"  名单 [{group.part}]: {group.message}")
    if file.suggested_note:
        lines.append(f"  建议附注: {file.suggested_note}")
    what_to_do = advice(file)
    if what_to_do:
        lines.append(_paint(f"  处理: {what_to_do}", _ATTRIBUTE_COLOR[file.attribute], color))
    lines.extend(_ocr_lines(file))
    if file.trace:
        lines.append("  判定过程:")
        lines.extend(_trace_line(step) for step in file.trace)
    lines.extend(_finding_line(finding, color) for finding in file.findings if finding.suppressed_by is None)
    lines.extend(_accepted_lines(file))
    return lines


_SUPPRESSION_ZH = {
    Suppression.BASELINE: "基线",
    Suppression.ALLOW: "allow 公开词语",
    Suppression.IGNORE: "停用规则",
}


def _accepted_lines(file: FileReport) -> list[str]:
    """Accepted findings are counted, not listed: the author has nothing to do about them."""
    counts = Counter(finding.suppressed_by for finding in file.findings if finding.suppressed_by is not None)
    if not counts:
        return []
    parts = [f"{_SUPPRESSION_ZH[why]} {counts[why]} 处" for why in Suppression if counts[why]]
    return [f"  已接受、不计入判定: {', '.join(parts)}"]


def render_file(file: FileReport, color: bool = False) -> str:
    """One file's block, as streamed while a folder is checked."""
    return "\n".join(_file_block(file, color)) + "\n\n"


def _note_line(note: Note) -> str:
    where = f"{note.path}:{note.line}: " if note.path and note.line else f"{note.path}: " if note.path else ""
    return f"提示 note: {where}{note.message}"


def needs_action(file: FileReport, threshold: Attribute = Attribute.REDACTED) -> bool:
    """The file's recommended attribute is at or above ``threshold``, or looser than it declares."""
    if file.attribute is None:
        return False
    return file.attribute.strictness >= threshold.strictness or file.contradicts_declaration


def _totals(files: Sequence[FileReport]) -> str:
    counted = Counter(file.attribute for file in files)
    parts = [f"{attribute.zh} {counted[attribute]}" for attribute in Attribute]
    return f"共 {len(files)} 个文件: {', '.join(parts)}, 未能检查 {counted[None]}"


def render_end(report: Report, to_fix: Sequence[FileReport] | None = None) -> str:
    """The notes about the run, the files per attribute and the files to fix, after the last file.

    ``to_fix`` defaults to the files whose attribute is not 主动公开 or contradicts their declaration."""
    to_fix = [file for file in report.files if needs_action(file)] if to_fix is None else to_fix
    lines = [*(_note_line(note) for note in report.notes), _totals(report.files)]
    if to_fix:
        lines.append(f"需要处理的文件 {len(to_fix)} 个:")
        for file in to_fix:
            assert file.attribute is not None
            declared = file.declared_attribute
            conflict = f",与文件自述“{declared.zh}”不符" if declared and file.contradicts_declaration else ""
            returned = ",退文" if file.return_for_revision else ""
            lines.append(f"  {file.path}  {file.attribute.zh}{conflict}{returned}")
    unreadable = [file for file in report.files if file.error is not None]
    if unreadable:
        lines.append(f"未能检查的文件 {len(unreadable)} 个:")
        lines.extend(f"  {file.path}  {file.error}" for file in unreadable)
    return "\n".join(lines) + "\n"


def render(report: Report, color: bool = False) -> str:
    return "".join(render_file(file, color) for file in report.files) + render_end(report)
