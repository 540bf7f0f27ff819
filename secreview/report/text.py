"""The report for a person: per file the attribute, the reasons and each finding with its place."""

from __future__ import annotations

from secreview.models import Attribute, FileReport, Finding, Report, Severity

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
    return (
        f"  {finding.line}:{finding.column} [{finding.part}] {severity} {finding.rule} {finding.message}: "
        f"“{finding.text}”{replacement}"
    )


def _file_block(file: FileReport, color: bool) -> list[str]:
    if file.error is not None or file.attribute is None:
        return [f"{file.path}: 错误 error: {file.error}"]
    attribute = _paint(
        f"{file.attribute.zh} ({file.attribute.value})", _ATTRIBUTE_COLOR[file.attribute], color
    )
    lines = [f"{file.path}: 建议公开属性 {attribute}"]
    if file.declared_attribute is not None:
        note = "  与建议不符!" if file.contradicts_declaration else ""
        lines.append(f"  文件自述属性: {file.declared_attribute.zh} ({file.declared_attribute.value}){note}")
    for reason in file.reasons:
        lines.append(f"  理由: {reason.message}  依据: {reason.basis}")
    lines.extend(_finding_line(finding, color) for finding in file.findings)
    return lines


def render(report: Report, color: bool = False) -> str:
    blocks = ["\n".join(_file_block(file, color)) for file in report.files]
    checked = [file for file in report.files if file.error is None]
    unchecked = len(report.files) - len(checked)
    summary = f"共 {len(report.files)} 个文件, 已检查 {len(checked)} 个, 未能检查 {unchecked} 个"
    return "\n\n".join([*blocks, summary]) + "\n"
