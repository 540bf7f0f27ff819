"""Accepted findings: a repository adopts secreview and is blocked only by new findings."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import regex

from secreview.baseline import fingerprint, fingerprints, legacy_fingerprint, shape
from secreview.models import Finding
from tests.testing.cli import ID_NUMBER, MOBILE, WITH_ID, run, write
from tests.testing.findings import made_finding

SECOND_ID = "11010519491231002X"
BASELINE = ".secreview-baseline.json"


def findings_of(stdout: str) -> list[tuple[str, str, str | None]]:
    """(file name, matched text, suppressed_by) of every finding in a JSON report."""
    return [
        (Path(entry["path"]).name, finding["text"], finding["suppressed_by"])
        for entry in json.loads(stdout)["files"]
        for finding in entry["findings"]
    ]


def entries(path: Path) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["results"]
    return loaded


def test_the_baseline_accepts_old_findings_and_never_holds_their_text(tmp_path: Path) -> None:
    old = write(tmp_path / "docs" / "old.txt", WITH_ID)
    created = run("baseline", "create", "docs", "-o", BASELINE, cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    stored = (tmp_path / BASELINE).read_text(encoding="utf-8")
    digits = regex.sub(r"\D", "", stored)
    for secret in (ID_NUMBER, MOBILE, "张三", ID_NUMBER[6:14], MOBILE[2:8]):
        assert secret not in stored and secret not in digits
    listed = entries(tmp_path / BASELINE)
    assert {(e["rule"], e["path"]) for e in listed} >= {("PI001", "docs/old.txt"), ("PI101", "docs/old.txt")}
    assert {e["masked"] for e in listed} >= {"430102********1234"}
    assert run("check", "docs", cwd=tmp_path).returncode == 1
    assert run("check", "--baseline", BASELINE, "docs", cwd=tmp_path).returncode == 0
    # Moving the finding to another line keeps it accepted; identity has no line number.
    old.write_text("说明\n\n" + WITH_ID, encoding="utf-8")
    accepted = run("check", "--baseline", f"../{BASELINE}", ".", cwd=tmp_path / "docs")
    assert accepted.returncode == 0, accepted.stdout


def test_only_new_findings_block_and_accepted_ones_stay_visible(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "old.txt", WITH_ID)
    write(tmp_path / "secreview.toml", "baseline = 'review/accepted.json'\n")
    (tmp_path / "review").mkdir()
    created = run("baseline", "create", "docs", cwd=tmp_path)  # written where the configuration says
    assert created.returncode == 0, created.stderr
    write(tmp_path / "docs" / "old.txt", WITH_ID + f"另一户身份证号 {SECOND_ID}。\n")
    write(tmp_path / "docs" / "copy.txt", WITH_ID)  # the same number in another file is a new finding
    result = run("check", "--format", "json", "docs", cwd=tmp_path)
    assert result.returncode == 1
    found = findings_of(result.stdout)
    assert ("old.txt", SECOND_ID, None) in found
    assert {("copy.txt", ID_NUMBER, None), ("copy.txt", MOBILE, None)} <= set(found)
    assert {("old.txt", ID_NUMBER, "baseline"), ("old.txt", MOBILE, "baseline")} <= set(found)
    assert json.loads(result.stdout)["notes"] == []
    text = run("check", "docs/old.txt", cwd=tmp_path).stdout
    assert SECOND_ID in text and ID_NUMBER not in text  # accepted findings are counted, not listed
    assert "已接受、不计入判定: 基线 3 处" in text


def test_accepted_findings_do_not_count_toward_the_decision(tmp_path: Path) -> None:
    write(tmp_path / "old.txt", WITH_ID)
    assert run("baseline", "create", "old.txt", cwd=tmp_path).returncode == 0
    result = run("check", "--format", "json", "--baseline", BASELINE, "old.txt", cwd=tmp_path)
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["attribute"] == "proactive" and entry["reasons"] == []
    assert entry["findings"] and all(f["suppressed_by"] == "baseline" for f in entry["findings"])


def test_update_adds_new_drops_stale_and_keeps_reasons(tmp_path: Path) -> None:
    draft = write(tmp_path / "docs" / "a.txt", WITH_ID)
    other = write(tmp_path / "other" / "b.txt", WITH_ID)
    assert run("baseline", "create", "docs", "other", cwd=tmp_path).returncode == 0
    document = json.loads((tmp_path / BASELINE).read_text(encoding="utf-8"))
    for entry in document["results"]:
        entry.update({"reason": "已公示期满", "reviewer": "李审核"})
    (tmp_path / BASELINE).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    draft.write_text(
        f"低保对象公示\n户主身份证号 {ID_NUMBER}。\n另一户身份证号 {SECOND_ID}。\n", encoding="utf-8"
    )
    updated = run("baseline", "update", "docs", cwd=tmp_path)  # other/ is not checked: left alone
    assert updated.returncode == 0, updated.stderr
    assert "新增 1 条" in updated.stderr and "删除" in updated.stderr
    after = entries(tmp_path / BASELINE)
    by_file = {(e["path"], e["masked"]): e for e in after}
    assert by_file[("docs/a.txt", "430102********1234")]["reviewer"] == "李审核"
    assert by_file[("docs/a.txt", "110105********002X")]["reason"] == ""
    assert not any(e["path"] == "docs/a.txt" and e["rule"].startswith("PI1") for e in after)  # phone gone
    assert sum(e["path"] == "other/b.txt" for e in after) == sum(
        e["path"] == "other/b.txt" for e in document["results"]
    )
    assert run("check", "--baseline", BASELINE, "docs", other, cwd=tmp_path).returncode == 0


def test_audit_lists_masked_entries_present_or_stale_and_notes_report_unused(tmp_path: Path) -> None:
    draft = write(tmp_path / "docs" / "a.txt", WITH_ID)
    write(tmp_path / "secreview.toml", "allow = ['0731-85880114']\n")
    assert run("baseline", "create", "docs", cwd=tmp_path).returncode == 0
    draft.write_text(f"低保对象公示\n户主张三,身份证号 {ID_NUMBER}。\n", encoding="utf-8")
    audit = run("baseline", "audit", cwd=tmp_path)
    assert audit.returncode == 0, audit.stderr
    assert ID_NUMBER not in audit.stdout and MOBILE not in audit.stdout
    lines = audit.stdout.splitlines()
    assert any("PI001 id_number 430102********1234" in line and "仍存在" in line for line in lines)
    assert any("PI101 phone" in line and "已失效" in line for line in lines)
    checked = run("check", "--format", "json", "--baseline", BASELINE, "docs", cwd=tmp_path)
    assert checked.returncode == 0
    notes = json.loads(checked.stdout)["notes"]
    kinds = {(note["kind"], note["rule"], note["severity"]) for note in notes}
    assert kinds == {("unused_baseline_entry", "PI101", "low"), ("unused_allow_term", None, "low")}
    assert any("0731-85880114" in note["message"] for note in notes)
    sarif = json.loads(run("check", "--format", "sarif", "--baseline", BASELINE, "docs", cwd=tmp_path).stdout)
    (sarif_run,) = sarif["runs"]
    assert all(result["suppressions"][0]["kind"] == "external" for result in sarif_run["results"])
    configuration = sarif_run["invocations"][0]["toolConfigurationNotifications"]
    assert {item["descriptor"]["id"] for item in configuration} == {
        "unused_baseline_entry",
        "unused_allow_term",
    }
    from tests.integration.test_sarif import assert_valid_sarif

    assert_valid_sarif(sarif)


def finding(rule: str, text: str, start: int) -> Finding:
    return made_finding(rule=rule, text=text, start=start, message="", column=start + 1)


def test_fingerprints_hash_only_the_shape_and_the_occurrence() -> None:
    assert shape("４３０１０２ 19900307 1234") == shape(ID_NUMBER) == "43…34#18"
    assert fingerprint("PI001", ID_NUMBER, "a.txt", 1) != fingerprint("PI001", ID_NUMBER, "b.txt", 1)
    assert fingerprint("PI001", ID_NUMBER, "a.txt", 1) != fingerprint("PI002", ID_NUMBER, "a.txt", 1)
    same_shape = "430102198001011234"
    keys = fingerprints([finding("PI001", ID_NUMBER, 0), finding("PI001", same_shape, 30)], "a.txt")
    assert len(set(keys)) == 2  # the occurrence tells findings of the same shape apart
    # Brute-forcing the middle digits of the number cannot reproduce the version 2 fingerprint.
    unsalted = hashlib.sha256("\0".join(["PI001", ID_NUMBER, "a.txt"]).encode()).hexdigest()
    assert legacy_fingerprint("PI001", ID_NUMBER, "a.txt") == unsalted
    assert unsalted not in keys


def test_a_version_1_baseline_is_still_read_and_update_rewrites_it(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "a.txt", WITH_ID)
    legacy = [
        {
            "fingerprint": legacy_fingerprint(rule, text, "docs/a.txt"),
            "rule": rule,
            "path": "docs/a.txt",
            "line": 2,
            "reason": "历史遗留",
            "reviewer": "王",
        }
        for rule, text in (("PI001", ID_NUMBER), ("PI101", MOBILE), ("PN003", "张三"))
        # (the name in a 低保对象公示 is PN003, public by rule)
    ]
    write(tmp_path / BASELINE, json.dumps({"version": 1, "results": legacy}))
    checked = run("check", "--format", "json", "--baseline", BASELINE, "docs", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    assert run("baseline", "update", "docs", cwd=tmp_path).returncode == 0
    document = json.loads((tmp_path / BASELINE).read_text(encoding="utf-8"))
    assert document["version"] == 2
    assert {entry["reason"] for entry in document["results"]} == {"历史遗留"}
    assert run("check", "--baseline", BASELINE, "docs", cwd=tmp_path).returncode == 0


def test_a_broken_baseline_is_an_error_that_says_how_to_recover(tmp_path: Path) -> None:
    draft = write(tmp_path / "a.txt", WITH_ID)
    broken = write(tmp_path / "base.json", "{not json")
    result = run("check", "--baseline", broken, draft)
    assert result.returncode == 2
    assert "secreview baseline create" in result.stderr
    missing = run("check", "--baseline", tmp_path / "nowhere.json", draft)
    assert missing.returncode == 2 and "nowhere.json" in missing.stderr
    future = write(tmp_path / "future.json", json.dumps({"version": 9, "results": []}))
    unsupported = run("check", "--baseline", future, draft)
    assert unsupported.returncode == 2 and "不支持的版本" in unsupported.stderr
