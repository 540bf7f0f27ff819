"""SARIF 2.1.0 as code-scanning services read it: valid against the OASIS schema, never the matched text."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema.validators import validator_for

from secreview.models import Attribute, Category, FileReport, Finding, Report, RuleInfo, Severity
from secreview.report import FORMATS
from secreview.report.sarif import render
from tests.testing.cli import CLEAN, ID_NUMBER, MOBILE, WITH_ID, run, write
from tests.testing.findings import made_finding

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "sarif-schema-2.1.0.json"


@cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


def assert_valid_sarif(document: dict[str, Any]) -> None:
    # The OASIS schema declares draft-04; validator_for picks the validator it declares.
    validator = validator_for(_schema())(_schema())
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    assert not errors, [f"{list(error.path)}: {error.message}" for error in errors[:5]]


def test_the_schema_rejects_a_broken_log() -> None:
    validator = validator_for(_schema())(_schema())
    assert not validator.is_valid({"version": "2.1.0", "runs": [{"results": []}]})  # no tool
    assert not validator.is_valid({"version": "2.0.0", "runs": []})


def test_cli_sarif_is_valid_and_holds_rules_results_and_unreadable_files(tmp_path: Path) -> None:
    clean = write(tmp_path / "drafts" / "clean.txt", CLEAN)
    with_id = write(tmp_path / "drafts" / "公示 名单.txt", WITH_ID)
    corrupt = tmp_path / "drafts" / "broken.docx"
    corrupt.write_bytes(b"PK\x03\x04 not a zip")
    result = run("check", "--isolated", "--format", "sarif", "drafts", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert ID_NUMBER not in result.stdout and MOBILE not in result.stdout
    log = json.loads(result.stdout)
    assert "张三" not in json.dumps(log["runs"][0]["results"], ensure_ascii=False)  # rule help may cite 张三
    assert_valid_sarif(log)
    (sarif_run,) = log["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert rules and all(rule["help"]["text"] and rule["shortDescription"]["text"] for rule in rules)
    results = sarif_run["results"]
    assert {r["ruleId"] for r in results} >= {"PI001", "PI101"}
    for sarif_result in results:
        rule = rules[sarif_result["ruleIndex"]]
        assert rule["id"] == sarif_result["ruleId"]
        assert sarif_result["level"] == rule["defaultConfiguration"]["level"]
        location = sarif_result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {
            "uri": "drafts/%E5%85%AC%E7%A4%BA%20%E5%90%8D%E5%8D%95.txt",
            "uriBaseId": "%SRCROOT%",
        }
    by_rule = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"] for r in results}
    content = with_id.read_text(encoding="utf-8")
    start = content.index(ID_NUMBER)
    assert by_rule["PI001"] == {
        "startLine": 2,
        "startColumn": 11,
        "endLine": 2,
        "endColumn": 11 + len(ID_NUMBER),
        "charOffset": start,
        "charLength": len(ID_NUMBER),
    }
    id_result = next(r for r in results if r["ruleId"] == "PI001")
    assert id_result["level"] == "error"
    assert "430102********1234" in id_result["message"]["text"]
    (invocation,) = sarif_run["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/broken.docx"
    assert clean.name not in json.dumps(invocation)


def _finding(text: str, line: int, column: int, start: int, replacement: str | None = "**") -> Finding:
    return made_finding(
        Category.ADDRESS,
        Severity.MEDIUM,
        text=text,
        start=start,
        message="住址",
        replacement=replacement,
        line=line,
        column=column,
    )


def _report(*findings: Finding, path: str = "a.txt") -> Report:
    rule = RuleInfo(
        id="XX001",
        name="home-address",
        title="住址",
        description="个人住址",
        category=Category.ADDRESS,
        severity=Severity.MEDIUM,
        basis="条例第十五条",
    )
    file = FileReport(
        path=path, attribute=Attribute.REDACTED, attribute_zh="删减后公开", findings=list(findings)
    )
    return Report(version="0", files=[file], rules=[rule])


def test_a_span_across_lines_ends_on_its_last_line() -> None:
    finding = _finding("长沙市\n岳麓区某路", line=3, column=5, start=40)
    log = json.loads(render(_report(finding)))
    assert_valid_sarif(log)
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    span = (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"])
    assert span == (3, 5, 4, 6)
    assert log["runs"][0]["results"][0]["level"] == "warning"


def test_fingerprints_differ_per_occurrence_and_do_not_hash_the_text() -> None:
    first = _finding("甲路1号", line=1, column=1, start=0)
    second = _finding("乙路2号", line=2, column=1, start=10)
    results = json.loads(render(_report(first, second)))["runs"][0]["results"]
    prints = [result["partialFingerprints"]["secreview/v1"] for result in results]
    assert len(set(prints)) == 2
    moved = _finding("甲路1号", line=9, column=4, start=99)
    assert json.loads(render(_report(moved)))["runs"][0]["results"][0]["partialFingerprints"] == {
        "secreview/v1": prints[0]
    }


def test_absolute_paths_become_file_uris_and_sarif_is_registered() -> None:
    log = json.loads(FORMATS["sarif"](_report(_finding("甲路", 1, 1, 0), path="/srv/docs/a.txt"), False))
    assert_valid_sarif(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "file:///srv/docs/a.txt"}
