"""The real, published documents of ../shared must be judged proactive without high or medium findings.

Skipped when this checkout has no ../shared folder; no text of those documents is kept in the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secreview import Attribute, Engine, Severity
from tests.conftest import CORPUS, SEEDS, shared_files

SEED_FILES = shared_files(SEEDS)


def _clean_corpus_files() -> list[Path]:
    manifest = CORPUS / "manifest.json"
    if not manifest.is_file():
        return []
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    return [
        CORPUS / entry["file"]
        for entry in entries
        if entry["expected_attribute"] == "proactive" and not entry["contains_personal_info"]
    ]


def _assert_public(engine: Engine, path: Path) -> None:
    report = engine.check_file(path).files[0]
    assert report.error is None
    loud = [(f.rule, f.text) for f in report.findings if f.severity in (Severity.HIGH, Severity.MEDIUM)]
    assert loud == []
    assert report.attribute is Attribute.PROACTIVE
    assert report.reasons == []


@pytest.mark.skipif(not SEED_FILES, reason="../shared/seeds not present")
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda path: path.name)
def test_seed_is_proactive_without_findings(engine: Engine, path: Path) -> None:
    _assert_public(engine, path)


@pytest.mark.skipif(not _clean_corpus_files(), reason="../shared/corpus/real not present")
@pytest.mark.parametrize("path", _clean_corpus_files(), ids=lambda path: path.name)
def test_public_corpus_document_has_no_false_alarm(engine: Engine, path: Path) -> None:
    _assert_public(engine, path)


@pytest.mark.skipif(not SEED_FILES, reason="../shared/seeds not present")
def test_seed_declarations_are_read(engine: Engine) -> None:
    declared = {path.name: engine.check_file(path).files[0].declared_attribute for path in SEED_FILES}
    assert (
        declared["001_26d9f2f3ad1c03b6.txt"] is Attribute.PROACTIVE
    )  # 公开范围:全部公开 in the catalog header
    assert declared["002_bf79b25df0a37390.txt"] is Attribute.PROACTIVE  # 附注 (此件公开发布)
