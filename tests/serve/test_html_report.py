"""``secreview check --format html``: one self-contained page for many files, with an index; every piece of
document text escaped; nothing loaded from anywhere; the report written with --output, never over an input."""

from __future__ import annotations

import re
from pathlib import Path

from tests.testing.cli import run
from tests.testing.samples import IDENTITY, SAMPLES


def test_one_page_for_many_files_with_an_index(tmp_path: Path) -> None:
    (tmp_path / "名单.docx").write_bytes(SAMPLES[".docx"]())
    (tmp_path / "通知.txt").write_text("关于开展政务公开工作的通知\n(此件公开发布)\n", encoding="utf-8")
    (tmp_path / "坏.docx").write_bytes(b"not a zip")
    hostile = f"<script>alert(1)</script>\n户主张三,身份证号 {IDENTITY}。\n"
    (tmp_path / "恶意.txt").write_text(hostile, encoding="utf-8")
    output = tmp_path / "out" / "report.html"
    output.parent.mkdir()
    result = run(
        "check",
        "--isolated",
        "--format",
        "html",
        "--output",
        output,
        tmp_path / "名单.docx",
        tmp_path / "通知.txt",
        tmp_path / "坏.docx",
        tmp_path / "恶意.txt",
    )
    assert result.returncode == 2, result.stderr  # one file could not be read
    assert result.stdout == ""
    page = output.read_text(encoding="utf-8")
    assert page.count('<section class="file"') == 4
    assert 'table class="index"' in page and page.count('<a href="#f') >= 4
    assert "删减后公开" in page and "主动公开" in page and "未能检查" in page
    assert 'class="sev-high" data-rule="PI001"' in page and f">{IDENTITY}</mark>" in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # Self-contained: no reference to another resource, and a policy that forbids loading any.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "default-src 'none'" in page


def test_a_single_file_to_standard_output_and_never_over_an_input(tmp_path: Path) -> None:
    draft = tmp_path / "名单.txt"
    draft.write_bytes(SAMPLES[".txt"]())
    result = run("check", "--isolated", "--format", "html", draft)
    assert result.returncode == 1
    assert result.stdout.startswith("<!doctype html>") and 'class="index"' not in result.stdout
    before = draft.read_bytes()
    refused = run("check", "--isolated", "--format", "html", "--output", draft, draft)
    assert refused.returncode == 2 and "不能是被检查的文件" in refused.stderr
    assert draft.read_bytes() == before
