"""Archive scale on Dask: a real scheduler and two worker processes over a generated archive.

The archive holds ``SECREVIEW_DASK_DOCUMENTS`` documents (default 400; the issue's 2,000 with
``SECREVIEW_DASK_DOCUMENTS=2000``): txt, docx and broken docx files.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
fsspec = pytest.importorskip("fsspec")

from distributed import Client, LocalCluster  # noqa: E402

from secreview.cli import main  # noqa: E402
from secreview.distributed import cluster as dask_cluster  # noqa: E402
from secreview.distributed.catalog import CatalogWriter, Summary, read_catalog, run_catalog  # noqa: E402
from secreview.distributed.cluster import Checked  # noqa: E402
from secreview.engine import Engine  # noqa: E402
from secreview.errors import ConfigError  # noqa: E402
from secreview.models import Category, FileReport, Severity  # noqa: E402
from tests.testing.docx_builder import build_docx, paragraph  # noqa: E402
from tests.testing.privacy_documents import documents  # noqa: E402

DOCUMENTS = int(os.environ.get("SECREVIEW_DASK_DOCUMENTS", "2000"))
BROKEN_EVERY = 37
DOCX_EVERY = 5


def generate_archive(root: Path, count: int = DOCUMENTS) -> Path:
    """txt documents, every DOCX_EVERY-th one as .docx, every BROKEN_EVERY-th one a broken .docx; plus files a
    folder walk must skip (unsupported type, hidden folder)."""
    archive = root / "archive"
    for index, document in enumerate(documents(count, seed=11)):
        folder = archive / f"{index % 7:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if index % BROKEN_EVERY == BROKEN_EVERY - 1:
            (folder / f"{index:05d}.docx").write_bytes(b"PK\x03\x04" + document.text.encode()[:40])
        elif index % DOCX_EVERY == 0:
            body = [paragraph(line) for line in document.text.splitlines() if line.strip()]
            (folder / f"{index:05d}.docx").write_bytes(build_docx(body))
        else:
            (folder / f"{index:05d}.txt").write_text(document.text, encoding="utf-8")
    (archive / "00" / "scan.bin").write_bytes(b"\x00\x01")
    (archive / ".trash").mkdir()
    (archive / ".trash" / "old.txt").write_text("内部资料 注意保管", encoding="utf-8")
    return archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_archive(tmp_path_factory.mktemp("dask"))


@pytest.fixture(scope="module")
def expected(archive: Path) -> dict[str, FileReport]:
    engine = Engine()
    paths = sorted(path for path in archive.rglob("*") if path.suffix in {".txt", ".docx"})
    return {str(path): engine.review_file(path) for path in paths if ".trash" not in path.parts}


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def assert_matches(documents_rows: list[dict[str, Any]], expected: dict[str, FileReport]) -> None:
    assert [row["path"] for row in documents_rows] == sorted(expected)
    for row in documents_rows:
        report = expected[row["path"]]
        assert row["attribute"] == (report.attribute.value if report.attribute else None), row["path"]
        declared = report.declared_attribute.value if report.declared_attribute else None
        assert row["declared_attribute"] == declared
        assert row["error"] == report.error
        assert json.loads(row["reasons"]) == [reason.model_dump(mode="json") for reason in report.reasons]
        severities = Counter(finding.severity for finding in report.findings)
        assert {severity: row[severity.value] for severity in Severity} == {
            severity: severities[severity] for severity in Severity
        }
        categories = Counter(finding.category for finding in report.findings)
        for category in Category:
            assert row[f"count_{category.value}"] == categories[category], (row["path"], category)
        data = Path(row["path"]).read_bytes()
        assert row["size"] == len(data)
        assert row["sha256"] == hashlib.sha256(data).hexdigest()


def finding_keys(rows: list[dict[str, Any]]) -> Counter[tuple[Any, ...]]:
    return Counter((row["path"], row["rule"], row["start"], row["end"], row["severity"]) for row in rows)


def expected_finding_keys(expected: dict[str, FileReport]) -> Counter[tuple[Any, ...]]:
    return Counter(
        (path, finding.rule, finding.start, finding.end, finding.severity.value)
        for path, report in expected.items()
        for finding in report.findings
    )


def test_catalog_matches_single_process_review_and_resumes(
    archive: Path, expected: dict[str, FileReport], client: Client, tmp_path: Path
) -> None:
    output = tmp_path / "catalog.parquet"
    first = run_catalog(str(archive), output, client, chunk=8, batch_size=100)
    assert (first.listed, first.checked, first.skipped) == (len(expected), len(expected), 0)
    assert first.errors == sum(report.error is not None for report in expected.values()) > 0
    assert len(list((output / "documents").glob("*.parquet"))) > 1  # written in batches

    documents_table, findings_table = read_catalog(output)
    assert_matches(documents_table.to_pylist(), expected)
    findings_rows = findings_table.to_pylist()
    assert finding_keys(findings_rows) == expected_finding_keys(expected)
    assert {row["text"] for row in findings_rows} == {None}  # no matched text unless asked for
    attributes = Counter(
        report.attribute.value if report.attribute else "error" for report in expected.values()
    )
    assert first.totals == {key: attributes[key] for key in first.totals}
    assert len(attributes) > 2

    files_before = sorted(path.name for path in output.rglob("*.parquet"))
    second = run_catalog(str(archive), output, client, chunk=8)
    assert (second.checked, second.skipped) == (0, len(expected))
    assert sorted(path.name for path in output.rglob("*.parquet")) == files_before

    changed = Path(sorted(path for path in expected if path.endswith(".txt"))[0])
    original = changed.read_bytes()
    changed.write_text("联系人手机 13800138000", encoding="utf-8")
    try:
        third = run_catalog(f"file://{archive}", output, client, chunk=8)
        assert (third.checked, third.skipped) == (1, len(expected) - 1)
        documents_after, findings_after = read_catalog(output)
        assert documents_after.num_rows == len(expected)
        row = next(row for row in documents_after.to_pylist() if row["path"] == str(changed))
        assert row["attribute"] == Engine().review_file(changed).attribute
        assert {r["rule"] for r in findings_after.to_pylist() if r["path"] == str(changed)} == {
            f.rule for f in Engine().review_file(changed).findings
        }
    finally:
        changed.write_bytes(original)


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    archive: Path, expected: dict[str, FileReport], client: Client, tmp_path: Path
) -> None:
    output = tmp_path / "killed.parquet"
    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_one_worker(summary: Summary) -> None:
        if not killed and summary.done >= summary.listed // 4:
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    summary = run_catalog(str(archive), output, client, chunk=4, batch_size=50, progress=kill_one_worker)
    assert killed
    assert summary.checked == len(expected)
    documents_table, findings_table = read_catalog(output)
    raw_documents = (output / "documents").glob("*.parquet")
    assert sum(pq_rows(path) for path in raw_documents) == len(expected)  # no duplicate even before dedupe
    assert_matches(documents_table.to_pylist(), expected)
    assert finding_keys(findings_table.to_pylist()) == expected_finding_keys(expected)


def pq_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


@pytest.fixture
def memory_archive() -> Iterator[dict[str, str]]:
    memory = fsspec.filesystem("memory")
    texts = {
        "memory:///archive/a/notice.txt": "关于开展安全生产检查的通知\n请各单位认真落实。",
        "memory:///archive/a/list.txt": "低保对象名单\n张伟 身份证号 110101199003074514 手机 13800138000",
        "memory:///archive/b/secret.txt": "机密★1年\n关于某项工作的请示",
    }
    for url, text in texts.items():
        memory.pipe(url, text.encode())
    memory.pipe("memory:///archive/b/broken.docx", b"PK\x03\x04 broken")
    yield texts
    memory.rm("/archive", recursive=True)


def test_memory_source(memory_archive: dict[str, str], tmp_path: Path) -> None:
    # The in-memory filesystem lives in one process: the worker runs in this one, as a thread.
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        summary = run_catalog("memory://archive", tmp_path / "memory.parquet", client, include_text=True)
        reports = {report.path: report for report in dask_cluster.check_paths(sorted(memory_archive), client)}
    assert summary.listed == 4 and summary.errors == 1
    rows = {row["path"]: row for row in read_catalog(tmp_path / "memory.parquet")[0].to_pylist()}
    engine = Engine()
    for url, text in memory_archive.items():
        report = engine.review_text(text, url)
        assert rows[url]["attribute"] == report.attribute.value  # type: ignore[union-attr]
        assert reports[url].model_dump() == report.model_dump()
    assert rows["memory:///archive/b/broken.docx"]["error"]
    findings = read_catalog(tmp_path / "memory.parquet")[1].to_pylist()
    assert "110101199003074514" in {row["text"] for row in findings}


def test_listing_skips_hidden_and_unsupported_files_and_takes_globs(archive: Path) -> None:
    listed = [path for path, _ in dask_cluster.list_source(str(archive))]
    assert not any(".trash" in path or path.endswith(".bin") for path in listed)
    globbed = [path for path, _ in dask_cluster.list_source(f"{archive}/0[01]/*.txt")]
    assert globbed == sorted(p for p in listed if Path(p).parent.name in {"00", "01"} and p.endswith(".txt"))
    assert globbed


def test_without_the_extra_the_command_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert main(["catalog", str(tmp_path), "--output", str(tmp_path / "out.parquet")]) == 2
    assert "pip install 'secreview[dask]'" in capsys.readouterr().err


def test_command_line_prints_dashboard_and_totals_and_resumes(tmp_path: Path) -> None:
    archive = generate_archive(tmp_path, count=40)
    output = tmp_path / "out.parquet"
    command = [sys.executable, "-m", "secreview", "catalog", str(archive), "--output", str(output)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    first = subprocess.run([*command, "--workers", "2"], capture_output=True, text=True, env=env, check=False)
    assert first.returncode == 2, first.stderr  # a broken document is an error row, reported as for catalog
    assert "Dask 仪表盘 http://" in first.stderr
    assert "本次检查 40 个" in first.stderr
    engine = Engine()
    reports = [
        engine.review_file(path) for path in sorted(archive.rglob("*")) if path.suffix in {".txt", ".docx"}
    ]
    reports = [report for report in reports if ".trash" not in report.path]
    counts = Counter(report.attribute.zh if report.attribute else "未能检查" for report in reports)
    assert first.stdout.startswith(f"共 {len(reports)} 个文件: ")
    for label, count in counts.items():
        assert f"{label} {count}" in first.stdout
    second = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert "本次检查 0 个,内容未变跳过 40 个" in second.stderr
    assert second.stdout == first.stdout


def test_output_must_be_a_parquet_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out.csv"
    assert main(["catalog", str(tmp_path), "--output", str(output), "--scheduler", "local"]) == 2
    assert ".parquet" in capsys.readouterr().err


def test_a_running_scheduler_is_used_by_address(archive: Path, client: Client, tmp_path: Path) -> None:
    output = tmp_path / "remote.parquet"
    source = f"{archive}/01/*"
    address = client.scheduler.address
    assert main(["catalog", source, "--output", str(output), "--scheduler", address]) in (0, 2)
    listed = dask_cluster.list_source(source)
    assert read_catalog(output)[0].column("path").to_pylist() == [path for path, _ in listed]
    assert client.status == "running"  # the command closes its own client, not the cluster


def test_a_missing_source_is_a_usage_error(client: Client, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="无法列出"):
        run_catalog(str(tmp_path / "nowhere"), tmp_path / "out.parquet", client)
    assert not (tmp_path / "out.parquet").exists()


def test_leftovers_of_a_crashed_writer_are_removed(tmp_path: Path) -> None:
    output = tmp_path / "out.parquet"
    writer = CatalogWriter(output, include_text=False, batch_size=10)
    report = Engine().review_text("身份证号 110101199003074514", "a.txt")
    writer.add(Checked("a.txt", 10, "0" * 64, report))
    writer.flush()
    written = next((output / "findings").glob("*.parquet")).read_bytes()
    (output / "findings" / "99991231T000000-crashed-000000.parquet").write_bytes(written)
    (output / "documents" / ".half-written.parquet.tmp").write_bytes(b"PAR1")
    resumed = CatalogWriter(output, include_text=False)
    assert resumed.recorded() == {"a.txt": "0" * 64}
    assert len(list((output / "findings").iterdir())) == 1
    assert [path.name for path in (output / "documents").iterdir() if path.name.startswith(".")] == []
    assert read_catalog(output)[1].num_rows == len(report.findings) > 0


def test_titles_in_the_catalog_do_not_carry_what_was_flagged(tmp_path: Path) -> None:
    engine = Engine()
    text = "张三 110101199003074514 申请低保的批复\n正文。"
    checked = dask_cluster.check_one(engine, _write(tmp_path / "a.txt", text))
    assert checked.report is not None and checked.report.findings
    assert "110101199003074514" not in checked.title
    first_line = text.splitlines()[0]
    assert len(checked.title) == len(first_line)
    for finding in checked.report.findings:
        if finding.end <= len(first_line):
            assert checked.title[finding.start : finding.end] == "*" * (finding.end - finding.start)


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)
