"""TOML nested deeper than tomllib can parse (it raises RecursionError) is invalid TOML for every reader of
TOML files: configuration, rule packs, the judgement file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from secreview.config import ConfigError, load_config
from secreview.errors import RulePackError
from secreview.judge.load import load_judgement
from secreview.rulepack.load import load_pack
from secreview.safe_read import InputKind, read_input_toml

DEEP = "x = " + "[" * 5000 + "]" * 5000 + "\n"


def test_deep_nesting_is_invalid_toml(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(DEEP, encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError, match="嵌套过深"):
        read_input_toml(path, InputKind.PACK)


def test_every_toml_reader_says_so_in_its_own_error(tmp_path: Path) -> None:
    path = tmp_path / "secreview.toml"
    path.write_text(DEEP, encoding="utf-8")
    with pytest.raises(ConfigError, match="嵌套过深"):
        load_config(path)
    with pytest.raises(RulePackError, match="嵌套过深"):
        load_pack(path)
    with pytest.raises(RulePackError, match="嵌套过深"):
        load_judgement(path)
