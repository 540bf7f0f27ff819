"""One enormous word in a word list, a pack's keywords or its keyword_files: refused with one line naming
the list and the line, before any word search is built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from secreview.packcheck import check_packs
from tests.testing.cli import CLEAN, write

EXAMPLE_PACK = Path(__file__).resolve().parents[2] / "examples" / "our-pack.toml"
ENORMOUS = "天" * 1_000_000


def test_an_enormous_word_in_a_word_list_is_one_line(tmp_path: Path) -> None:
    words = write(tmp_path / "words.txt", f"天穹工程\n# 注释\n{ENORMOUS}\n长城项目\n")
    document = write(tmp_path / "doc.txt", CLEAN)
    result = subprocess.run(
        [sys.executable, "-m", "secreview", "check", "--isolated", "--rules", str(words), str(document)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "E214" in result.stderr and "words.txt" in result.stderr and "line 3" in result.stderr


def test_an_enormous_keyword_inline_or_in_keyword_files(tmp_path: Path) -> None:
    pack = EXAMPLE_PACK.read_text(encoding="utf-8")
    inline = write(tmp_path / "inline.toml", pack.replace('"长城项目"]', f'"长城项目", "{"长" * 300}"]', 1))
    write(tmp_path / "terms.txt", f"天穹\n{'穹' * 300}\n")
    listed = write(
        tmp_path / "listed.toml", pack.replace('"长城项目"]', '"长城项目"]\nkeyword_files = ["terms.txt"]', 1)
    )
    problems = [str(problem) for problem in check_packs([inline, listed]).problems]
    assert any(problem.startswith("E210") and "keywords[2]" in problem for problem in problems), problems
    assert any(problem.startswith("E214") and "terms.txt: line 2" in problem for problem in problems), (
        problems
    )
