"""The commands and code the README shows, read from the README itself so that tests cannot drift from it.

Rules (also stated at the end of README.md, for whoever adds a section):

- A *shell block* is an indented code block (four spaces) or a fenced block tagged ``sh``, ``bash``,
  ``shell`` or ``console``. Every non-blank line of it is a command (a leading ``$ `` is dropped).
- A command is run with ``bash`` in a fresh temporary project holding a copy of ``examples/``, with
  ``secreview``, ``python`` and ``python3`` running this checkout. It must exit 0, or with the status its
  comment names: ``# exit 1 …`` or ``# exit status 1 …``.
- Install steps of a ``&&`` chain (``python3 -m venv``, ``. .venv/bin/activate``, ``pip install``) are not
  run (they need the network; ``.ci/run`` runs them); what ``pip install`` names is checked instead: the
  checkout (``.``) with extras that pyproject.toml defines, never ``secreview[…]`` from an index.
- ``<!-- readme-test: skip REASON -->`` on a line before a block skips the block; the test says REASON.
- Fenced ``python`` blocks run as scripts in a fresh project; the fenced ``toml`` block under
  "Configuration" is written to the project's ``pyproject.toml`` and checked with.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

SHELL_LANGUAGES = frozenset({"sh", "bash", "shell", "console"})
_SKIP = re.compile(r"<!--\s*readme-test:\s*skip\b\s*:?\s*(?P<reason>.*?)\s*-->")
_EXPECTED = re.compile(r"#.*?\bexit(?: status)? (?P<status>\d)\b")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})\s*(?P<info>[\w+-]*)")
INSTALL_STEPS = ("python3 -m venv", "python -m venv", ". .venv/bin/activate", "source ", "pip install")


@dataclass(frozen=True)
class Block:
    language: str  # "shell", "python", "toml", "yaml", …
    lines: tuple[str, ...]
    line: int  # 1-based line of the README where the block starts
    skip: str | None  # the reason of a readme-test skip marker before it


@dataclass(frozen=True)
class Command:
    text: str  # the line as the README shows it
    run: str  # what is run: the line without its install steps ("" when nothing is left)
    installs: tuple[str, ...]  # the install steps, checked but not run
    expected: int  # the exit status the README promises
    line: int


def blocks(readme: str) -> list[Block]:
    """Every code block of ``readme`` in order."""
    found: list[Block] = []
    lines = readme.splitlines()
    skip: str | None = None
    index = 0
    previous_blank = True
    while index < len(lines):
        line = lines[index]
        marker = _SKIP.search(line)
        fence = _FENCE.match(line)
        if marker:
            skip = marker["reason"] or "marked skip"
            previous_blank = True  # an HTML comment ends where it closes: a code block may follow at once
            index += 1
            continue
        elif fence:
            closing = fence["fence"]
            body: list[str] = []
            start = index + 1
            index += 1
            while index < len(lines) and not lines[index].lstrip().startswith(closing):
                body.append(lines[index])
                index += 1
            info = fence["info"].lower()
            language = "shell" if info in SHELL_LANGUAGES else info
            found.append(Block(language, tuple(body), start + 1, skip))
            skip = None
        elif line.startswith("    ") and line.strip() and previous_blank:
            start = index
            body = []
            while index < len(lines) and (lines[index].startswith("    ") or not lines[index].strip()):
                body.append(lines[index][4:])
                index += 1
            while body and not body[-1].strip():
                body.pop()
            found.append(Block("shell", tuple(body), start + 1, skip))
            skip = None
            previous_blank = True
            continue
        elif line.strip():
            skip = None  # a marker stands right before its block (blank lines allowed)
        previous_blank = not line.strip()
        index += 1
    return found


def _without_comment(line: str) -> str:
    """The line without a trailing shell comment (a # after a space, outside quotes)."""
    quote: str | None = None
    for position, char in enumerate(line):
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (position == 0 or line[position - 1].isspace()):
            return line[:position].rstrip()
    return line.rstrip()


def commands(block: Block) -> list[Command]:
    """The commands of a shell block, each with its install steps set apart and its expected status."""
    found = []
    for offset, raw in enumerate(block.lines):
        text = raw.strip().removeprefix("$ ")
        if not text:
            continue
        expected = _EXPECTED.search(text)
        steps = [step.strip() for step in _without_comment(text).split("&&")]
        installs = tuple(step for step in steps if step.startswith(INSTALL_STEPS))
        rest = " && ".join(step for step in steps if not step.startswith(INSTALL_STEPS))
        status = int(expected["status"]) if expected else 0
        found.append(Command(text, rest, installs, status, block.line + offset))
    return found


def pip_requirements(step: str) -> list[str]:
    """What ``pip install …`` names (options dropped)."""
    words = shlex.split(step)[2:]
    return [word for word in words if not word.startswith("-")]


def section_blocks(readme: str, heading: str) -> list[Block]:
    """The blocks between ``## heading`` and the next heading of that level."""
    lines = readme.splitlines()
    start = next(index for index, line in enumerate(lines) if line.strip() == f"## {heading}")
    end = next(
        (index for index in range(start + 1, len(lines)) if lines[index].startswith("## ")), len(lines)
    )
    return [block for block in blocks(readme) if start < block.line <= end]


def readme_text(repository: Path) -> str:
    return (repository / "README.md").read_text(encoding="utf-8")
