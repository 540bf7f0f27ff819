"""One error boundary (issue 21): an unexpected failure in one file is that file's one-line error (exit 2,
the others still checked) in every path; configuration, baseline and program errors are one line naming
what is wrong, exit 2, never a traceback, never exit 1 (which means "needs action")."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from secreview import crash
from secreview.extract import EXTRACTORS
from secreview.extract.base import ExtractedText
from tests.testing.cli import CLEAN, WITH_ID, run, run_in_process, write


@pytest.fixture(autouse=True)
def private_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Crash details go to this test's folder, not the user's."""
    logs = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(logs))
    monkeypatch.delenv(crash.DEBUG_VARIABLE, raising=False)
    monkeypatch.setattr(crash, "_written", 0)
    return logs


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [line for line in stderr.splitlines() if line.startswith("secreview:")]


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_a_document_that_breaks_the_engine_is_its_own_error(tmp_path: Path, private_logs: Path) -> None:
    """A lone surrogate decoded from HTML reached the word search: today a traceback and exit 1."""
    hostile = write(
        tmp_path / "u.html",
        '<html><head><meta charset="unicode_escape"></head>'
        "<body>\\ud800 身份证号 430102199003071234</body></html>",
    )
    clean = write(tmp_path / "clean.txt", CLEAN)
    result = run("check", "--isolated", hostile, clean)
    assert result.returncode in (1, 2)  # 2 while the engine chokes on it, 1 once it is read safely
    if result.returncode == 2:
        [line] = [line for line in error_lines(result.stderr) if "u.html" in line]
        assert "内部错误" in line
        assert [path.name for path in (private_logs / "secreview" / "log").iterdir()]
    assert "clean.txt: 建议公开属性 主动公开" in result.stdout


def _break_on(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a .txt file called ``name`` raises an exception secreview does not expect."""
    original = EXTRACTORS[".txt"]

    def extract(data: bytes) -> ExtractedText:
        if b"BREAK-ME" in data:
            raise RuntimeError(f"unexpected in {name}")
        return original(data)

    monkeypatch.setitem(EXTRACTORS, ".txt", extract)


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["serial", "worker-pool"])
@pytest.mark.parametrize("command", ["check", "catalog", "baseline"])
def test_an_unexpected_exception_is_one_files_error_in_every_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str, command: str
) -> None:
    folder = tmp_path / "docs"
    for index in range(24):  # enough files for --jobs 2 to start a worker
        write(folder / f"{index:02d}.txt", CLEAN if index != 13 else "BREAK-ME\n" + CLEAN)
    _break_on("13.txt", monkeypatch)
    arguments = {
        "check": ("check", "--isolated", "--jobs", jobs, folder),
        "catalog": ("catalog", "--isolated", "--jobs", jobs, folder, "-o", tmp_path / "c.json"),
        "baseline": (
            "baseline",
            "create",
            "--isolated",
            "--jobs",
            jobs,
            folder,
            "--baseline",
            tmp_path / "b.json",
        ),
    }
    result = run_in_process(*arguments[command])
    assert result.returncode == 2
    [line] = [line for line in error_lines(result.stderr) if "13.txt" in line]
    assert "内部错误 internal error (RuntimeError)" in line and "详情已写入" in line
    if command == "check":
        assert result.stdout.count("建议公开属性 主动公开") == 23
    if command == "catalog":
        rows = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["documents"]
        assert len(rows) == 24 and sum(bool(row["error"]) for row in rows) == 1


def test_the_crash_details_are_private_and_hold_the_traceback(tmp_path: Path, private_logs: Path) -> None:
    try:
        raise RuntimeError("张三 430102199003071234")
    except RuntimeError as error:
        said = crash.internal_error(error)
    assert "430102199003071234" not in said  # the one line never quotes the document
    [details] = (private_logs / "secreview" / "log").iterdir()
    assert str(details) in said
    assert details.stat().st_mode & 0o777 == 0o600
    assert details.parent.stat().st_mode & 0o077 == 0
    assert "Traceback" in details.read_text(encoding="utf-8")


def test_with_debug_the_details_go_to_stderr(monkeypatch: pytest.MonkeyPatch, private_logs: Path) -> None:
    monkeypatch.setenv(crash.DEBUG_VARIABLE, "1")
    monkeypatch.setattr("secreview.cli._prepare", _raise_recursion)
    result = run_in_process("check", "--isolated", ".")
    assert result.returncode == 2
    assert "Traceback" in result.stderr and "RecursionError" in result.stderr
    assert not private_logs.exists()


def _raise_recursion(*args: object, **kwargs: object) -> None:
    raise RecursionError("deep")


def test_a_crash_of_the_program_itself_exits_2_in_one_line(
    monkeypatch: pytest.MonkeyPatch, private_logs: Path
) -> None:
    monkeypatch.setattr("secreview.cli._prepare", _raise_recursion)
    result = run_in_process("check", "--isolated", ".")
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert "内部错误 internal error (RecursionError)" in line
    [details] = (private_logs / "secreview" / "log").iterdir()
    assert str(details) in line


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("pyproject.toml", 'tool = "x"\n', "tool 必须是表"),
        ("pyproject.toml", "[tool.secreview]\nx = " + "[" * 5000 + "]" * 5000 + "\n", "嵌套过深"),
        ("secreview.toml", 'exclude = ["[z-a]"]\n', "键 exclude"),
        ("secreview.toml", '[per-file-ignores]\n"docs/[z-a]" = ["PI"]\n', "键 per-file-ignores"),
        ("secreview.toml", "allow = " + "[" * 3000 + "]" * 3000 + "\n", "嵌套过深"),
    ],
    ids=["tool-string", "nested-toml", "exclude-range", "per-file-range", "nested-value"],
)
def test_configuration_errors_are_one_line_naming_the_file(
    tmp_path: Path, name: str, content: str, said: str
) -> None:
    config = write(tmp_path / name, content)
    write(tmp_path / "a.txt", CLEAN)
    result = run("check", tmp_path / "a.txt")
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert said in line and str(config) in line, line


def _baseline_with(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / ".secreview-baseline.json"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"version": 2, "results": ' + "[" * 5000 + "]" * 5000 + "}", "嵌套过深"),
        (
            '{"version": 2, "results": [{"fingerprint": "f", "rule": "PI001", "path": "a.txt", "line": '
            + "9" * 5000
            + "}]}",
            "不是有效的 JSON",
        ),
        ('{"version": 2, "results": [{"fingerprint": "f", "rule": "PI001", "path": ["a.txt"]}]}', "path"),
        ('{"version": 2, "results": [{"fingerprint": "f"}]}', "缺少键 rule"),
        (
            '{"version": 2, "results": [{"fingerprint": "f", "rule": "PI001", "path": "a", "line": "7"}]}',
            "line",
        ),
        ('{"version": true, "results": []}', "不支持的版本"),
    ],
    ids=["nested", "5000-digits", "list-path", "missing-keys", "string-line", "bool-version"],
)
@pytest.mark.parametrize("command", ["check", "update", "audit"])
def test_baseline_errors_are_one_line_naming_the_file(
    tmp_path: Path, content: str, said: str, command: str
) -> None:
    baseline = _baseline_with(tmp_path, content)
    write(tmp_path / "a.txt", WITH_ID)
    arguments = {
        "check": ("check", "--isolated", tmp_path / "a.txt", "--baseline", baseline),
        "update": ("baseline", "update", "--isolated", tmp_path / "a.txt", "--baseline", baseline),
        "audit": ("baseline", "audit", "--isolated", "--baseline", baseline),
    }
    before = baseline.read_bytes()
    result = run(*arguments[command])
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert said in line and "基线文件" in line, line
    assert baseline.read_bytes() == before


def test_a_baseline_with_a_bom_is_accepted(tmp_path: Path) -> None:
    document = tmp_path / "a.txt"
    write(document, WITH_ID)
    baseline = tmp_path / ".secreview-baseline.json"
    assert run("baseline", "create", "--isolated", document, "--baseline", baseline).returncode == 0
    baseline.write_bytes(b"\xef\xbb\xbf" + baseline.read_bytes())  # as Notepad saves it
    result = run("check", "--isolated", document, "--baseline", baseline)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("outside", ["/etc/hostname", "../outside.txt"], ids=["absolute", "dot-dot"])
def test_baseline_audit_does_not_read_files_outside_the_project(tmp_path: Path, outside: str) -> None:
    project = tmp_path / "project"
    write(tmp_path / "outside.txt", WITH_ID)
    entry = {"fingerprint": "f" * 64, "rule": "PI001", "path": outside, "line": 1}
    baseline = write(project / ".secreview-baseline.json", json.dumps({"version": 2, "results": [entry]}))
    result = run("baseline", "audit", "--isolated", "--baseline", baseline)
    assert result.returncode == 2
    assert "不在项目文件夹" in one_line(result.stderr)


def test_the_worker_count_is_validated(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", CLEAN)
    for jobs in ("0", "-1", "x"):
        result = run("check", "--isolated", "--jobs", jobs, tmp_path / "a.txt")
        assert result.returncode == 2 and "--jobs" in result.stderr and "Traceback" not in result.stderr
    result = run(
        "catalog",
        "--isolated",
        tmp_path,
        "-o",
        tmp_path / "c.parquet",
        "--scheduler",
        "local",
        "--workers",
        "0",
    )
    assert result.returncode == 2 and "--workers" in result.stderr
    many = run("check", "--isolated", "--jobs", "499", tmp_path / "a.txt")
    assert many.returncode == 0
    assert "--jobs 499 超过上限" in many.stderr


def test_too_many_jobs_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    from secreview import parallel

    monkeypatch.setattr(parallel, "default_jobs", lambda: 2)
    assert parallel.capped_jobs(499) == 4
    assert parallel.capped_jobs(3) == 3


def test_no_traceback_in_the_checked_folder_leaves_files_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    files = {folder / "a.txt": CLEAN, folder / "b.txt": WITH_ID}
    for path, content in files.items():
        write(path, content)
    stamps = {path: os.stat(path).st_mtime_ns for path in files}
    run("catalog", "--isolated", folder, "-o", folder / "c.csv")
    run("baseline", "create", "--isolated", folder, "--baseline", folder / "b.json")
    for path, content in files.items():
        assert path.read_text(encoding="utf-8") == content
        assert os.stat(path).st_mtime_ns == stamps[path]
