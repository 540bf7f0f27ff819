"""The report for a person: per file the attribute, the reasons and each finding with its place."""

from __future__ import annotations

from collections import Counter

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

_RESET = "\033[0m"
_ATTRIBUTE_COLOR = {
    Attribute.PROACTIVE: "\033[32m",
    Attribute.REDACTED: "\033[33m",
    Attribute.ON_REQUEST: "\033[36m",
    Attribute.WITHHELD: "\033[31m",
}
_SEVERITY_COLOR = {Severity.HIGH: "\033[31m", Severity.MEDIUM: "\033[33m", Severity.LOW: "\033[2m"}
_SEVERITY_ZH = {Severity.HIGH: "高", Severity.MEDIUM: "中", Severity.LOW: "提示"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def _finding_line(finding: Finding, color: bool) -> str:
    severity = _paint(
        f"{finding.severity.value}/{_SEVERITY_ZH[finding.severity]}", _SEVERITY_COLOR[finding.severity], color
    )
    replacement = f" → {finding.replacement}" if finding.replacement is not None else ""
    where = f"{finding.part} {finding.location}" if finding.location else finding.part
    return (
        f"  {finding.line}:{finding.column} [{where}] {severity} {finding.rule} {finding.message}: "
        f"“{finding.text}”{replacement}"
    )


_ROLE_ZH = {
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
    return f"    {_ROLE_ZH[step.role]}{implies}: {step.message}{rules}{basis}"


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


def _file_block(file: FileReport, color: bool) -> list[str]:
    if file.error is not None or file.attribute is None:
        return [f"{file.path}: 错误 error: {file.error}"]
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


def render_end(report: Report) -> str:
    """The notes about the run and the totals, after the last file."""
    checked = [file for file in report.files if file.error is None]
    unchecked = len(report.files) - len(checked)
    summary = f"共 {len(report.files)} 个文件, 已检查 {len(checked)} 个, 未能检查 {unchecked} 个"
    return "\n".join([*(_note_line(note) for note in report.notes), summary]) + "\n"


def render(report: Report, color: bool = False) -> str:
    return "".join(render_file(file, color) for file in report.files) + render_end(report)
