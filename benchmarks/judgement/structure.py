"""Which non-publishable drafts of a tuning part are held by one part of their structure only.

    python benchmarks/judgement/structure.py tune8 tune9

Each non-publishable draft the layer does not call 主动公开 is judged again three times: without its
addressee line (主送), with a plain title (有关情况), and without its last two lines (落款, 日期). A
draft that comes out 主动公开 in one of them hangs on that one piece of evidence: an unseen writer who
words that piece differently, or leaves it out, gets a leak. Fewer is better; the names say where a
second, independent signal is missing. Held-out parts are refused (their documents are never named).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate

PLAIN_TITLE = "有关情况"
_HEAD_LINES = 6
_ADDRESSEE_LENGTH = 60
_CLOSING_LINES = 2


def _non_blank(lines: list[str]) -> list[int]:
    return [index for index, line in enumerate(lines) if line.strip()]


def without_addressee(text: str) -> str | None:
    """The text without its 主送 line (the first of the first lines that ends with a colon), or None."""
    lines = text.split("\n")
    for index in _non_blank(lines)[:_HEAD_LINES]:
        stripped = lines[index].strip()
        if stripped.endswith((":", "：")) and len(stripped) < _ADDRESSEE_LENGTH:
            return "\n".join(lines[:index] + lines[index + 1 :])
    return None


def with_plain_title(text: str) -> str | None:
    """The text with its first line replaced by a title that says nothing, or None for an empty text."""
    lines = text.split("\n")
    filled = _non_blank(lines)
    if not filled:
        return None
    return "\n".join([PLAIN_TITLE, *lines[filled[0] + 1 :]])


def without_closing(text: str) -> str | None:
    """The text without its last two non-blank lines (signature, date), or None for a short text."""
    lines = text.split("\n")
    filled = _non_blank(lines)
    if len(filled) <= _HEAD_LINES:
        return None
    dropped = set(filled[-_CLOSING_LINES:])
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


VARIANTS: dict[str, Callable[[str], str | None]] = {
    "no addressee": without_addressee,
    "plain title": with_plain_title,
    "no closing": without_closing,
}


def held_by_one(part: str) -> tuple[int, dict[str, list[str]]]:
    """The number of non-publishable drafts of ``part`` not called 主动公开, and per variant the drafts that
    come out 主动公开 once that piece is taken away."""
    from secreview import Attribute, Engine

    engine = Engine()
    folder = evaluate.ROOT / part
    judged = 0
    fallen: dict[str, list[str]] = {name: [] for name in VARIANTS}
    for entry in evaluate._labels(folder):
        if entry["kind"] == "lookalike":
            continue
        text = (folder / str(entry["file"])).read_text(encoding="utf-8")
        if engine.check_text(text).files[0].attribute is Attribute.PROACTIVE:
            continue
        judged += 1
        for name, variant in VARIANTS.items():
            changed = variant(text)
            if changed is not None and engine.check_text(changed).files[0].attribute is Attribute.PROACTIVE:
                fallen[name].append(f"{part}/{entry['file']}")
    return judged, fallen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help="tuning parts (default: those in TUNED)")
    args = parser.parse_args(argv)
    chosen = args.parts or list(evaluate.TUNED)
    refused = [part for part in chosen if evaluate.is_heldout(part)]
    if refused:
        parser.error(f"held-out parts are not read document by document: {', '.join(refused)}")
    unknown = [part for part in chosen if part not in evaluate.parts()]
    if unknown:
        parser.error(f"no such part under {evaluate.ROOT}: {', '.join(unknown)}")
    total = 0
    fallen: dict[str, list[str]] = {name: [] for name in VARIANTS}
    for part in chosen:
        judged, names = held_by_one(part)
        total += judged
        for name, found in names.items():
            fallen[name].extend(found)
    print(f"{' + '.join(chosen)}: {total} non-publishable drafts not called 主动公开")
    for name, found in fallen.items():
        print(f"  {name:12} → 主动公开: {len(found):3}  {' '.join(found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
