"""One way to review a document: the engine with the run's settings, whichever door it came in by."""

from __future__ import annotations

import json
from pathlib import Path

from secreview.config import Settings, discover
from secreview.engine import Document, Engine
from secreview.models import FileReport, Suppression
from tests.testing.cli import MOBILE, WITH_ID, run, write


def test_ignored_findings_are_marked_not_removed_by_every_door(tmp_path: Path) -> None:
    draft = write(tmp_path / "list.txt", WITH_ID)
    write(tmp_path / "secreview.toml", "ignore = ['PI']\n")
    engine = Engine(settings=Settings.of(discover([draft])))
    report = engine.check_file(draft).files[0]
    assert {(f.rule, f.suppressed_by) for f in report.findings} >= {("PI101", Suppression.IGNORE)}
    assert report.counted == [f for f in report.findings if not f.rule.startswith("PI")]
    assert engine.review(Document(str(draft), draft.read_bytes())) == report
    command = run("check", "--format", "json", draft, cwd=tmp_path)
    assert FileReport.model_validate(json.loads(command.stdout)["files"][0]) == report


def test_the_decision_counts_only_unmarked_findings(tmp_path: Path) -> None:
    draft = write(tmp_path / "list.txt", WITH_ID)
    everything = Engine().review(draft)
    allowed = Engine(settings=Settings(allow=(MOBILE,), select=("PI1",))).review(draft)
    assert [f.rule for f in everything.findings] == [f.rule for f in allowed.findings]
    assert everything.attribute is not None and everything.attribute.value == "redacted"
    assert allowed.counted == [] and allowed.attribute is not None and allowed.attribute.value == "proactive"
    assert {f.suppressed_by for f in allowed.findings} == {Suppression.IGNORE, Suppression.ALLOW}


def test_a_document_that_cannot_be_read_is_one_error_row(tmp_path: Path) -> None:
    broken = write(tmp_path / "a.docx", b"PK\x03\x04 not a zip")
    report = Engine().review(broken)
    assert report == FileReport.failed(str(broken), report.error or "")
    assert report.error and report.attribute is None and report.findings == []
    assert Engine().review(Document("b.xyz", b"text")).error


def test_an_engine_is_rebuilt_from_its_settings_alone() -> None:
    pack = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "user_terms.toml"
    engine = Engine([pack], settings=Settings(ignore=("PI",)))
    rebuilt = Engine(settings=engine.settings)  # what a spawned worker or a Dask worker does
    assert [rule.id for rule in rebuilt.rule_infos()] == [rule.id for rule in engine.rule_infos()]
    assert rebuilt.settings == engine.settings and engine.settings.packs == (pack,)
