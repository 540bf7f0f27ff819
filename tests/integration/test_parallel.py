"""Folders checked in worker processes: the same output, in the same order, whatever the parallelism."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from secreview.config import Settings
from secreview.engine import Engine
from secreview.models import FileReport
from secreview.parallel import run_each, workers_for
from tests.testing.cli import run
from tests.testing.identifiers import labelled_documents

DOCUMENTS = 20


def generated_folder(root: Path, count: int = DOCUMENTS) -> Path:
    folder = root / "docs"
    for index, document in enumerate(labelled_documents(seed=8, count=count)):
        sub = folder / f"{index % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{document.kind}-{index:03d}.txt").write_text(document.text, encoding="utf-8")
    (folder / "0" / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    return folder


def test_jobs_give_identical_json_in_a_stable_order(tmp_path: Path) -> None:
    generated_folder(tmp_path)
    # Workers apply the project's configuration too: a per-path ignore and a word list.
    (tmp_path / "words.txt").write_text("各单位\n", encoding="utf-8")
    (tmp_path / "secreview.toml").write_text(
        "packs = [{ path = 'words.txt', category = 'internal_affairs', severity = 'low' }]\n"
        "[per-file-ignores]\n'1/**' = ['PI']\n",
        encoding="utf-8",
    )
    serial = run("check", "--format", "json", "--jobs", "1", "docs", cwd=tmp_path)
    parallel = run("check", "--format", "json", "--jobs", "2", "docs", cwd=tmp_path)
    assert serial.returncode == parallel.returncode == 2  # broken.docx could not be read
    assert serial.stdout == parallel.stdout
    files = json.loads(parallel.stdout)["files"]
    assert [entry["path"] for entry in files] == sorted(entry["path"] for entry in files)
    assert {entry["attribute"] for entry in files} >= {"redacted", "proactive"}
    rules = {
        (entry["path"].split("/")[1], finding["rule"][:2])
        for entry in files
        for finding in entry["findings"]
        if finding["suppressed_by"] is None
    }
    assert ("0", "PI") in rules and ("1", "PI") not in rules
    assert ("1", "UW") in rules
    assert "已检查" not in parallel.stderr  # no progress when stderr is not a terminal


def test_worker_processes_build_the_configured_engine_and_filter(tmp_path: Path) -> None:
    folder = generated_folder(tmp_path, 16)
    files = sorted(path for path in folder.rglob("*.txt"))
    engine = Engine(settings=Settings(select=("PI1",)))
    assert workers_for(len(files), 2) == 2
    serial = list(run_each(Engine.review, files, engine, jobs=1))
    parallel = list(run_each(Engine.review, files, engine, jobs=2))
    assert serial == parallel
    spawned = list(run_each(Engine.review, files, engine, jobs=2, start_method="spawn"))  # macOS, Windows
    assert spawned == serial
    rules = {finding.rule[:3] for report in parallel for finding in report.counted}
    assert rules == {"PI1"}
    marked = {finding.rule[:3] for report in parallel for finding in report.findings if finding.suppressed_by}
    assert marked and "PI1" not in marked


def _on_a_terminal(*args: str | Path) -> str:
    """stderr of the command with stderr attached to a pseudo-terminal."""
    leader, follower = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, "-m", "secreview", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_progress_only_on_a_terminal_and_not_with_quiet(tmp_path: Path) -> None:
    folder = generated_folder(tmp_path, 4)
    shown = _on_a_terminal("check", "--isolated", "--jobs", "1", folder)
    assert "已检查 5/5" in shown
    assert "已检查" not in _on_a_terminal("check", "--isolated", "--quiet", folder)


class _Recorder(io.StringIO):
    """Standard output that notes, at every write, how many files had been reviewed by then."""

    def __init__(self, reviewed: list[Path]) -> None:
        super().__init__()
        self.reviewed = reviewed
        self.writes: list[tuple[int, str]] = []

    def write(self, text: str) -> int:
        self.writes.append((len(self.reviewed), text))
        return super().write(text)


def test_text_is_streamed_file_by_file_in_a_stable_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from secreview.cli import main

    folder = generated_folder(tmp_path, 5)
    reviewed: list[Path] = []

    def recording_review(engine: Engine, path: Path) -> FileReport:
        reviewed.append(path)
        return review(engine, path)

    review = Engine.review
    monkeypatch.setattr(Engine, "review", recording_review)
    recorder = _Recorder(reviewed)
    monkeypatch.setattr(sys, "stdout", recorder)
    status = main(["check", "--isolated", "--jobs", "1", str(folder)])
    assert status == 2  # broken.docx
    blocks = [(count, text) for count, text in recorder.writes if text.startswith(str(folder))]
    assert [count for count, _ in blocks] == list(range(1, len(reviewed) + 1))  # each before the next review
    assert [text.split(":")[0] for _, text in blocks] == [str(path) for path in reviewed]
    assert reviewed == sorted(reviewed)
    assert recorder.writes[-1][1].startswith("共 6 个文件")
    monkeypatch.undo()
    whole = run("check", "--isolated", "--jobs", "2", folder)
    assert whole.stdout == recorder.getvalue()  # a fresh process prints the same text
