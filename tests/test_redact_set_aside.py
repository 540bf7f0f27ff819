"""A figure the project set aside (ignore, allow, baseline) stays in the redacted copy even where the copy
cuts a name beside it: the figures policy cuts a cut person's figures, never what the user kept."""

from __future__ import annotations

from pathlib import Path

from tests.testing.cli import run, write

TEXT = (
    "关于发放第三季度临时救助金的通知\n"
    "户主邹莉(身份证号 430102196209016720,一卡通账号 6222025020414195)\n"
    "申请人刘海峰,男,身份证号330106199403043381,银行卡号6225887266320132287。\n"
    "请各社区按时发放。\n"
)


def test_an_ignored_number_beside_a_cut_name_is_kept(tmp_path: Path) -> None:
    write(tmp_path / "secreview.toml", "ignore = ['PI0', 'PI2']\n")
    source = write(tmp_path / "docs" / "decision.txt", TEXT)
    target = tmp_path / "copy.txt"
    result = run("redact", source, "-o", target, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    copy = target.read_text(encoding="utf-8")
    for kept in ("330106199403043381", "430102196209016720", "6225887266320132287", "6222025020414195"):
        assert kept in copy, kept


def test_without_the_ignore_the_same_numbers_are_cut(tmp_path: Path) -> None:
    source = write(tmp_path / "docs" / "decision.txt", TEXT)
    target = tmp_path / "copy.txt"
    result = run("redact", source, "-o", target, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    copy = target.read_text(encoding="utf-8")
    assert "430102196209016720" not in copy and "6222025020414195" not in copy
