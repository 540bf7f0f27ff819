"""Accepted findings: a repository adopts secreview and is blocked only by new findings."""

from __future__ import annotations

import json
from pathlib import Path

import regex

from secreview.baseline import fingerprint
from tests.integration.helpers import ID_NUMBER, MOBILE, WITH_ID, run, write

SECOND_ID = "11010519491231002X"


def test_the_baseline_accepts_old_findings_and_never_holds_their_text(tmp_path: Path) -> None:
    old = write(tmp_path / "docs" / "old.txt", WITH_ID)
    created = run("baseline", "create", "docs", "-o", ".secreview-baseline.json", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    stored = (tmp_path / ".secreview-baseline.json").read_text(encoding="utf-8")
    digits = regex.sub(r"\D", "", stored)
    for secret in (ID_NUMBER, MOBILE, "张三", ID_NUMBER[6:14], MOBILE[3:]):
        assert secret not in stored and secret not in digits
    entries = json.loads(stored)["results"]
    assert {(e["rule"], e["path"]) for e in entries} >= {("PI001", "docs/old.txt"), ("PI101", "docs/old.txt")}
    assert run("check", "docs", cwd=tmp_path).returncode == 1
    assert run("check", "--baseline", ".secreview-baseline.json", "docs", cwd=tmp_path).returncode == 0
    # Moving the finding to another line keeps it accepted; identity has no line number.
    old.write_text("说明\n\n" + WITH_ID, encoding="utf-8")
    accepted = run("check", "--baseline", "../.secreview-baseline.json", ".", cwd=tmp_path / "docs")
    assert accepted.returncode == 0, accepted.stdout


def test_only_new_findings_block(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "old.txt", WITH_ID)
    write(tmp_path / "secreview.toml", "baseline = 'review/accepted.json'\n")
    (tmp_path / "review").mkdir()
    created = run("baseline", "create", "docs", cwd=tmp_path)  # written where the configuration says
    assert created.returncode == 0, created.stderr
    write(tmp_path / "docs" / "old.txt", WITH_ID + f"另一户身份证号 {SECOND_ID}。\n")
    write(tmp_path / "docs" / "copy.txt", WITH_ID)  # the same number in another file is a new finding
    result = run("check", "--format", "json", "docs", cwd=tmp_path)
    assert result.returncode == 1
    found = {
        (Path(entry["path"]).name, finding["text"])
        for entry in json.loads(result.stdout)["files"]
        for finding in entry["findings"]
    }
    assert ("old.txt", SECOND_ID) in found
    assert {("copy.txt", ID_NUMBER), ("copy.txt", MOBILE)} <= found
    assert not {("old.txt", ID_NUMBER), ("old.txt", MOBILE)} & found


def test_fingerprints_use_the_normalized_match() -> None:
    assert fingerprint("PI001", "４３０１０２ 19900307 1234", "a.txt") == fingerprint(
        "PI001", "430102199003071234", "a.txt"
    )
    assert fingerprint("PI001", ID_NUMBER, "a.txt") != fingerprint("PI001", ID_NUMBER, "b.txt")
    assert fingerprint("PI001", ID_NUMBER, "a.txt") != fingerprint("PI002", ID_NUMBER, "a.txt")


def test_a_broken_baseline_is_an_error_that_says_how_to_recover(tmp_path: Path) -> None:
    draft = write(tmp_path / "a.txt", WITH_ID)
    broken = write(tmp_path / "base.json", "{not json")
    result = run("check", "--baseline", broken, draft)
    assert result.returncode == 2
    assert "secreview baseline create" in result.stderr
    missing = run("check", "--baseline", tmp_path / "nowhere.json", draft)
    assert missing.returncode == 2 and "nowhere.json" in missing.stderr
