"""What the README's "Adding …" section promises: the places that list formats agree, so a new one that
misses one of them fails here instead of silently."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from secreview.cli import _parser
from secreview.config import Config
from secreview.extract import EXTRACTORS
from secreview.extract.image_files import IMAGE_SUFFIXES
from secreview.report import FORMATS

ROOT = Path(__file__).resolve().parents[2]
LEGACY = {".doc", ".wps", ".xls", ".et"}  # need a converter: left out of the pre-commit hook
# Images are documents only with the ocr extra, which the hook's environment does not install.
IMAGES = set(IMAGE_SUFFIXES)


def _choices(command: str, option: str) -> list[str]:
    subcommands = next(a for a in _parser()._actions if a.dest == "command")
    parser = subcommands.choices[command]  # type: ignore[index]
    return list(next(a for a in parser._actions if option in a.option_strings).choices)


def test_an_output_format_is_known_to_the_command_line_and_the_configuration() -> None:
    configured = typing.get_args(typing.get_args(Config.model_fields["format"].annotation)[0])
    assert list(FORMATS) == _choices("check", "--format") == list(configured)


def test_a_document_format_is_documented_and_hooked() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Formats and limits") :]
    assert [suffix for suffix in EXTRACTORS if f"`{suffix}`" not in table] == []
    hook = re.search(r"files: '([^']+)'", (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook is not None
    hooked = [s for s in EXTRACTORS if s not in LEGACY | IMAGES]
    assert [s for s in hooked if not re.search(hook[1], f"a{s}")] == []
