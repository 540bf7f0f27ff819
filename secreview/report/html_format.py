"""The review as HTML: one section per document (attribute, reasons, trace, 附注, findings, the text with
every finding highlighted), used by ``secreview check --format html`` and by the page of ``secreview serve``.

Every piece of document text goes through ``escape``: a draft containing ``<script>`` shows it as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Protocol

from secreview.models import Attribute, FileReport, Finding, Report, Suppression, TraceStep
from secreview.report.advice import advice
from secreview.report.html_style import ATTRIBUTE_COLORS, CSS
from secreview.report.places import PART_ZH, place
from secreview.report.text import SEVERITY_ZH, TRACE_ROLE_ZH

# Longer texts are shown up to here (the findings are all listed); a browser slows down beyond.
MAX_SHOWN_CHARACTERS = 1_000_000
PRIVACY_ZH = "上传的文件只在内存中处理,不保存、不记录,检查完即丢弃。"
PRIVACY_EN = "Nothing uploaded is stored or logged: files are processed in memory and discarded."
# The copy button of the 附注, and nothing else: links scroll to findings without script.
COPY_SCRIPT = """
document.addEventListener("click", function (event) {
  var button = event.target.closest("button.copy");
  if (!button) return;
  var text = button.getAttribute("data-copy");
  var done = function () { button.textContent = "已复制 Copied"; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done);
  } else {
    var area = document.createElement("textarea");
    area.value = text; document.body.appendChild(area); area.select();
    document.execCommand("copy"); area.remove(); done();
  }
});
"""
_SUPPRESSION_ZH = {
    Suppression.BASELINE: "基线",
    Suppression.ALLOW: "allow 公开词语",
    Suppression.IGNORE: "停用规则",
}


class Reviewed(Protocol):
    """A report and the extracted text its offsets index into ("" when it is not at hand)."""

    @property
    def report(self) -> FileReport: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _WithoutText:
    report: FileReport
    text: str = ""


def _label(zh: str, en: str) -> str:
    return f'{escape(zh)} <span class="en">{escape(en)}</span>'


def _attribute_badge(attribute: Attribute) -> str:
    color = ATTRIBUTE_COLORS[attribute.value]
    return (
        f'<span class="attribute attribute-{attribute.value}" style="background:{color}">'
        f"{escape(attribute.zh)} <small>{attribute.value}</small></span>"
    )


def _contradiction(file: FileReport) -> str:
    if not file.contradicts_declaration or file.declared_attribute is None or file.attribute is None:
        return ""
    return (
        '<p class="contradiction" role="alert">与文件自述属性矛盾!文件自述“'
        f"{escape(file.declared_attribute.zh)}”,宽于建议的“{escape(file.attribute.zh)}”,须改正后方可发布"
        ' <span class="en">Contradicts the declared attribute</span></p>'
    )


def _declaration(file: FileReport) -> str:
    parts = []
    if file.declared_attribute is not None:
        reason = f",理由:{escape(file.declared_reason)}" if file.declared_reason else ""
        parts.append(
            f"<p>{_label('文件自述属性', 'Declared')}: {escape(file.declared_attribute.zh)}{reason}</p>"
        )
    if file.return_for_revision:
        parts.append(f'<p class="returned">退文 Returned: {escape(file.return_for_revision)}</p>')
    return "".join(parts)


def _reasons(file: FileReport) -> str:
    if not file.reasons:
        return ""
    items = "".join(
        f'<li>{escape(reason.message)} <span class="basis">依据 basis: {escape(reason.basis)}</span></li>'
        for reason in file.reasons
    )
    groups = "".join(f"<li>名单 [{escape(item.part)}]: {escape(item.message)}</li>" for item in file.groups)
    return f'<h3>{_label("理由", "Reasons")}</h3><ul class="reasons">{items}{groups}</ul>'


def _note(file: FileReport) -> str:
    if not file.suggested_note:
        return ""
    note = escape(file.suggested_note)
    return (
        f"<h3>{_label('建议附注', 'Suggested note')}</h3>"
        f'<p class="note-box"><span class="note-text">{note}</span>'
        f'<button type="button" class="copy" data-copy="{note}">复制 Copy</button></p>'
    )


def _trace_item(step: TraceStep) -> str:
    implies = f" → {escape(step.attribute.zh)}" if step.attribute is not None else ""
    rules = f" [{escape(', '.join(step.rules))}]" if step.rules else ""
    basis = f' <span class="basis">依据 basis: {escape(step.basis)}</span>' if step.basis else ""
    return f"<li><b>{TRACE_ROLE_ZH[step.role]}</b>{implies}: {escape(step.message)}{rules}{basis}</li>"


def _trace(file: FileReport) -> str:
    if not file.trace:
        return ""
    items = "".join(_trace_item(step) for step in file.trace)
    summary = f"<summary>{_label('判定过程', 'Decision trace')}</summary>"
    return f'<details open>{summary}<ol class="trace">{items}</ol></details>'


def _tip(finding: Finding) -> str:
    """What a highlight says on hover: rule, part, suggested replacement."""
    part = PART_ZH.get(finding.part, finding.part)
    replacement = f" → {finding.replacement}" if finding.replacement is not None else " → 删除或改写"
    return f"{finding.rule} · {finding.message} · {part}{replacement}"


def _marks(findings: Sequence[Finding], shown: int) -> dict[int, int]:
    """For each finding (by position in ``findings``), the finding whose highlight shows it: itself, or the
    earlier one it overlaps; findings beyond the shown text are left out."""
    marks: dict[int, int] = {}
    cursor, last = 0, -1
    for index, finding in sorted(enumerate(findings), key=lambda pair: (pair[1].start, -pair[1].end)):
        if finding.end > shown:
            continue
        if finding.start >= cursor:
            marks[index], cursor, last = index, finding.end, index
        elif last >= 0:
            marks[index] = last
    return marks


def _document_text(key: str, text: str, findings: Sequence[Finding], marks: dict[int, int]) -> str:
    shown = text[:MAX_SHOWN_CHARACTERS]
    pieces, cursor = [], 0
    for index in sorted((i for i, mark in marks.items() if mark == i), key=lambda i: findings[i].start):
        finding = findings[index]
        pieces.append(escape(shown[cursor : finding.start]))
        pieces.append(
            f'<mark id="{key}-m{index}" class="sev-{finding.severity.value}"'
            f' data-rule="{escape(finding.rule)}"'
            f' title="{escape(_tip(finding))}">{escape(shown[finding.start : finding.end])}</mark>'
        )
        cursor = finding.end
    pieces.append(escape(shown[cursor:]))
    cut = len(text) - len(shown)
    more = f'<p class="truncated">(以下 {cut} 字未显示 / {cut} more characters not shown)</p>' if cut else ""
    title = _label("文档文本(标出发现)", "Document text, findings highlighted")
    return f'<h3>{title}</h3><pre class="doctext">{"".join(pieces)}</pre>{more}'


def _finding_item(key: str, index: int, finding: Finding, marks: dict[int, int]) -> str:
    severity = finding.severity.value
    replacement = f" → {escape(finding.replacement)}" if finding.replacement is not None else ""
    body = (
        f'<span class="sev sev-{severity}">{SEVERITY_ZH[finding.severity]}</span>'
        f"{escape(place(finding))} {escape(finding.message)}:“{escape(finding.text)}”{replacement}"
        f' <span class="basis">[{escape(finding.rule)}] {escape(finding.part)}</span>'
    )
    if index in marks:
        body = f'<a href="#{key}-m{marks[index]}">{body}</a>'
    return f'<li data-severity="{severity}">{body}</li>'


def _findings(key: str, file: FileReport, text: str) -> str:
    counted = [finding for finding in file.findings if finding.suppressed_by is None]
    marks = _marks(counted, min(len(text), MAX_SHOWN_CHARACTERS)) if text else {}
    items = "".join(_finding_item(key, index, finding, marks) for index, finding in enumerate(counted))
    title = _label(f"发现 {len(counted)} 处", f"Findings ({len(counted)})")
    listing = f'<h3>{title}</h3><ol class="findings">{items}</ol>' if counted else ""
    accepted = [finding.suppressed_by for finding in file.findings if finding.suppressed_by is not None]
    if accepted:
        counts = ", ".join(
            f"{_SUPPRESSION_ZH[why]} {accepted.count(why)} 处" for why in Suppression if why in accepted
        )
        listing += f'<p class="accepted">已接受、不计入判定 accepted: {escape(counts)}</p>'
    return listing + (_document_text(key, text, counted, marks) if text else "")


def _not_checked(key: str, file: FileReport, text: str) -> str:
    """The error; for a document some parts of which were read, the parts not read and what the others
    hold (they cannot make it 主动公开)."""
    label = _label("未完整检查", "Incomplete") if file.unchecked else _label("未能检查", "Not checked")
    error = f'<p class="error">{label}: {escape(file.error or "")}</p>'
    if not file.unchecked:
        return error
    parts = "".join(f"<li>{escape(part.part)}: {escape(part.reason)}</li>" for part in file.unchecked)
    unread = f"<h3>{_label('未检查的部分', 'Parts not read')}</h3><ul>{parts}</ul>"
    return error + unread + _findings(key, file, text)


def render_file(file: FileReport, text: str, key: str = "f0") -> str:
    """One document's section; ``key`` makes its anchors unique on a page of many documents."""
    heading = f"<h2>{escape(file.path)}</h2>"
    if file.error is not None or file.attribute is None:
        return f'<section class="file" id="{key}">{heading}{_not_checked(key, file, text)}</section>'
    what_to_do = advice(file)
    parts = [
        _contradiction(file),
        heading,
        f"<p>{_label('建议公开属性', 'Recommended attribute')}<br>{_attribute_badge(file.attribute)}</p>",
        _declaration(file),
        f'<p class="advice">{_label("处理", "What to do")}: {escape(what_to_do)}</p>' if what_to_do else "",
        _reasons(file),
        _note(file),
        _trace(file),
        _findings(key, file, text),
    ]
    return f'<section class="file" id="{key}">{"".join(parts)}</section>'


def _index(files: Sequence[Reviewed]) -> str:
    rows = []
    for number, reviewed in enumerate(files):
        file = reviewed.report
        attribute = file.attribute.zh if file.attribute else f"未能检查: {file.error}"
        counted = len(file.counted)
        conflict = " ⚠ 与自述属性矛盾" if file.contradicts_declaration else ""
        rows.append(
            f'<tr><td><a href="#f{number}">{escape(file.path)}</a></td>'
            f"<td>{escape(attribute)}{conflict}</td><td>{counted}</td></tr>"
        )
    labels = (_label("文件", "File"), _label("建议属性", "Attribute"), _label("发现", "Findings"))
    head = "<tr>" + "".join(f"<th>{label}</th>" for label in labels) + "</tr>"
    return f'<h2>{_label("目录", "Index")}</h2><table class="index">{head}{"".join(rows)}</table>'


def page(title: str, body: str, script: str = COPY_SCRIPT, csp: bool = True) -> str:
    """A whole page: inline style and script; with ``csp``, the page may load nothing from anywhere."""
    policy = (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        if csp
        else ""
    )
    return (
        '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{policy}'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>"
        f"<body>{body}<script>{script}</script></body></html>\n"
    )


def render_reviews(files: Sequence[Reviewed], version: str) -> str:
    """The self-contained report of ``check --format html``: an index when there are several documents."""
    title = _label("公文公开属性审查报告", "secreview report")
    header = f'<h1>{title}</h1><p class="en">secreview {escape(version)}</p>'
    index = _index(files) if len(files) > 1 else ""
    sections = "".join(render_file(item.report, item.text, f"f{n}") for n, item in enumerate(files))
    return page("secreview 审查报告", header + index + sections)


def render(report: Report, color: bool = False) -> str:
    """A report without the documents' texts: everything but the highlighted text."""
    return render_reviews([_WithoutText(file) for file in report.files], report.version)
