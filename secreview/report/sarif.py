"""SARIF 2.1.0 for code-scanning services (GitHub, GitLab): rules with help text, results with locations.

The matched text is never written: code-scanning pages are read by many people. A result names the rule,
the place and the masked replacement; its fingerprint hashes the masked form, not the text.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from secreview.categories import PERSONAL
from secreview.models import Category, FileReport, Finding, Note, Report, RuleInfo, Severity, Suppression
from secreview.report.indented_json import dumps as indented_dumps

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "secreview/v1"
_LEVEL = {Severity.HIGH: "error", Severity.MEDIUM: "warning", Severity.LOW: "note"}
# GitHub orders security alerts by this property (CVSS-like scale, as a string).
_SECURITY_SEVERITY = {Severity.HIGH: "8.0", Severity.MEDIUM: "5.0", Severity.LOW: "2.0"}

# A category's value by a dict, not the enum's ``value`` property (three per result: slow on a list of names).
_CATEGORY_VALUE = {category: category.value for category in Category}

Json = dict[str, Any]


def _artifact(path: str) -> Json:
    """A relative path stays relative to the checkout (%SRCROOT%); an absolute one becomes a file: URI."""
    pure = PurePath(path)
    if pure.is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(pure.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def _rule(rule: RuleInfo) -> Json:
    help_text = f"{rule.title}\n\n{rule.description.strip()}\n\n依据: {rule.basis}"
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.description.strip()},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {
            "category": rule.category.value,
            "basis": rule.basis,
            "tags": [_tag(rule), rule.category.value],
            "security-severity": _SECURITY_SEVERITY[rule.severity],
        },
    }


def _tag(rule: RuleInfo) -> str:
    return "privacy" if rule.category in PERSONAL else "confidentiality"


def _region(finding: Finding) -> Json:
    lines = finding.text.split("\n")
    end_line = finding.line + len(lines) - 1
    end_column = finding.column + len(lines[0]) if len(lines) == 1 else len(lines[-1]) + 1
    return {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": finding.start,
        "charLength": finding.end - finding.start,
    }


def _message(finding: Finding) -> str:
    where = f"{finding.part}" + (f" {finding.location}" if finding.location else "")
    fix = f";建议遮盖为 {finding.replacement}" if finding.replacement is not None else ";建议删除或改写"
    return f"{finding.message}({_CATEGORY_VALUE[finding.category]},位置: {where}){fix}"


def _fingerprint(finding: Finding, uri: str, occurrence: int) -> str:
    masked = finding.replacement or ""
    key = "\0".join([finding.rule, uri, masked, str(occurrence)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _results(file: FileReport, rule_index: dict[str, int]) -> list[Json]:
    artifact = _artifact(file.path)
    attribute = file.attribute.value if file.attribute else None
    seen: Counter[tuple[str, str | None]] = Counter()
    results = []
    for finding in file.findings:
        seen[(finding.rule, finding.replacement)] += 1
        fingerprint = _fingerprint(finding, artifact["uri"], seen[(finding.rule, finding.replacement)])
        result: Json = {
            "ruleId": finding.rule,
            "level": _LEVEL[finding.severity],
            "message": {"text": _message(finding)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": artifact,
                        "region": _region(finding),
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
            "properties": {
                "category": _CATEGORY_VALUE[finding.category],
                "part": finding.part,
                "attribute": attribute,
            },
        }
        if finding.box is not None:
            # Seen by OCR on a page or image: the character region says where in the extracted text, the
            # region's properties where on the page (SARIF's regions are text or bytes, not areas).
            on_page = {
                "page": finding.page,
                "box": finding.box.model_dump(),
                "ocrConfidence": finding.ocr_confidence,
            }
            result["locations"][0]["physicalLocation"]["region"]["properties"] = on_page
            result["properties"].update(on_page)
        if finding.rule in rule_index:
            result["ruleIndex"] = rule_index[finding.rule]
        if finding.suppressed_by is not None:
            # Code scanning shows an accepted result as dismissed instead of open.
            why = _SUPPRESSION_JUSTIFICATION[finding.suppressed_by]
            result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": why}]
        results.append(result)
    return results


def _notification(file: FileReport) -> Json:
    notification: Json = {
        "level": "error",
        "message": {"text": f"未能检查: {file.error}"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(file.path)}}],
    }
    if file.unchecked:
        # Some parts were read (their results are listed); these were not.
        notification["message"] = {"text": file.error or ""}
        notification["descriptor"] = {"id": "unchecked-parts"}
        notification["properties"] = {
            "unchecked": [{"part": item.part, "reason": item.reason} for item in file.unchecked]
        }
    return notification


_SUPPRESSION_JUSTIFICATION = {
    Suppression.BASELINE: "已记入基线 (baseline)",
    Suppression.ALLOW: "配置 allow 中的本单位公开信息",
    Suppression.IGNORE: "配置或命令行停用的规则 (ignore/select)",
}


def _configuration_note(note: Note) -> Json:
    notification: Json = {
        "level": "note",
        "message": {"text": note.message},
        "descriptor": {"id": note.kind.value},
    }
    if note.path is not None:
        region = {"region": {"startLine": note.line}} if note.line else {}
        notification["locations"] = [
            {"physicalLocation": {"artifactLocation": _artifact(note.path), **region}}
        ]
    return notification


def sarif_log(report: Report) -> Json:
    """The SARIF log as plain dicts, one run."""
    rules = sorted(report.rules, key=lambda rule: rule.id)
    rule_index = {rule.id: index for index, rule in enumerate(rules)}
    failed = [file for file in report.files if file.error is not None]
    run: Json = {
        "tool": {
            "driver": {
                "name": "secreview",
                "version": report.version,
                "semanticVersion": report.version,
                "rules": [_rule(rule) for rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not failed,
                "toolExecutionNotifications": [_notification(file) for file in failed],
                "toolConfigurationNotifications": [_configuration_note(note) for note in report.notes],
            }
        ],
        "columnKind": "unicodeCodePoints",
        "results": [result for file in report.files for result in _results(file, rule_index)],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, color: bool = False) -> str:
    return indented_dumps(sarif_log(report)) + "\n"
