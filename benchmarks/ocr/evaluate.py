"""Recall per category and precision of ``check`` on the generated scans (scans.py), clean, noisy, dense
and GB/T 9704 standard pages apart, and the CPU seconds per page after the model is loaded (OCR on one
thread: onnxruntime runs one intra-op thread a process), against the target of 2 s per A4 page. A
benchmark, not a test: it takes a few minutes.

    python benchmarks/ocr/evaluate.py [--count N] [--folder DIR] [--compare]

By default pages are read with the 8-bit recognition model built on this machine (secreview/ocr/
quantise.py). ``--compare`` reads every page with the packaged model first, then with the 8-bit one, in
the same run, and prints both sets of figures and every line whose recognised text differs.

A label is found when a finding of its category covers its value: the same characters for identifiers
(spaces ignored), at least half of its characters for names, addresses and markings. A finding of the
identifier categories (id_number, phone) that covers no label is a false identifier.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import secreview.ocr.pages
from benchmarks.ocr.scans import font_path, generate, load
from secreview.engine import Document, Engine
from secreview.models import Finding
from secreview.ocr.reader import MODEL_VARIABLE, RecognisedLine, quantised_wanted, recognise

SECRECY = ("state_secret", "work_secret")
IDENTIFIERS = ("id_number", "phone")
CATEGORIES = ("id_number", "phone", "person_name", "address", "secrecy")
KINDS = ("clean", "noisy", "dense", "standard")
TARGET_SECONDS = 2.0  # CPU per A4 page on one core, after the model is loaded


def _plain(text: str) -> str:
    return "".join(text.split())


def _covers(finding: Finding, value: str, category: str) -> bool:
    found, wanted = _plain(finding.text), _plain(value)
    if category in IDENTIFIERS:
        return found == wanted
    common = sum(1 for character in wanted if character in found)
    return common * 2 >= len(wanted)


def _category(finding: Finding) -> str:
    return "secrecy" if finding.category.value in SECRECY else finding.category.value


class _Recorder:
    """``recognise`` that keeps the text of every line it read, per page."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, image: Any) -> list[RecognisedLine]:
        lines = recognise(image)
        self.lines += [line.text for line in lines]
        return lines


def evaluate(folder: Path, packaged: bool = False) -> dict[str, Any]:
    if packaged:
        os.environ[MODEL_VARIABLE] = "packaged"
    else:
        os.environ.pop(MODEL_VARIABLE, None)
    recorder = _Recorder()
    secreview.ocr.pages.recognise = recorder  # type: ignore[assignment]
    engine = Engine()
    pages = load(folder)
    engine.review(Document(pages[0]["name"], (folder / pages[0]["name"]).read_bytes()))  # loads the model
    texts: dict[str, list[str]] = {}
    labels: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    found: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    false_ids: Counter[str] = Counter()
    reported_ids: Counter[str] = Counter()
    missed: list[str] = []
    confidences: dict[str, list[float]] = {kind: [] for kind in KINDS}
    cpu: dict[str, list[float]] = {kind: [] for kind in KINDS}
    started = time.perf_counter()
    for page in pages:
        kind = page["variant"].split()[0]
        data = (folder / page["name"]).read_bytes()
        recorder.lines = []
        before = time.process_time()
        report = engine.review(Document(page["name"], data))
        cpu[kind].append(time.process_time() - before)
        texts[page["name"]] = recorder.lines
        if report.ocr is not None:
            confidences[kind].append(report.ocr.mean_confidence)
        findings = [finding for finding in report.findings if finding.severity.value in ("high", "medium")]
        for label in page["labels"]:
            category = label["category"]
            labels[kind][category] += 1
            if any(_category(f) == category and _covers(f, label["value"], category) for f in findings):
                found[kind][category] += 1
            else:
                missed.append(f"{page['name']}: {category} {label['value']}")
        for finding in findings:
            if finding.category.value not in IDENTIFIERS:
                continue
            reported_ids[kind] += 1
            if not any(
                label["category"] == finding.category.value and _covers(finding, label["value"], "id_number")
                for label in page["labels"]
            ):
                false_ids[kind] += 1
                missed.append(
                    f"{page['name']}: false {finding.category.value} {finding.text} [{finding.rule}]"
                )
    return {
        "model": "8-bit (built here)" if quantised_wanted() else "packaged",
        "texts": texts,
        "pages": len(pages),
        "seconds": time.perf_counter() - started,
        "cpu": cpu,
        "labels": labels,
        "found": found,
        "reported_ids": reported_ids,
        "false_ids": false_ids,
        "missed": missed,
        "confidence": {kind: sum(values) / len(values) for kind, values in confidences.items() if values},
    }


def report(result: dict[str, Any]) -> None:
    pages = result["pages"]
    print(f"recognition model: {result['model']}")
    print(f"{pages} pages: {pages / result['seconds']:.2f} pages/s after load (wall clock)")
    print(f"CPU seconds per page (OCR on one thread), target ≤ {TARGET_SECONDS:.0f} s per A4 page:")
    generated = result["cpu"]["clean"] + result["cpu"]["noisy"]
    for label, seconds in (
        ("generated pages", generated),
        ("dense A4 page", result["cpu"]["dense"]),
        ("GB/T 9704 page", result["cpu"]["standard"]),
    ):
        if seconds:
            mean = sum(seconds) / len(seconds)
            verdict = "met" if mean <= TARGET_SECONDS else "NOT met"
            print(f"  {label}: {mean:.2f} s (max {max(seconds):.2f} s, {len(seconds)} pages): {verdict}")
    print("| | " + " | ".join(CATEGORIES) + " | false identifiers | mean OCR confidence |")
    print("|---|" + "---|" * (len(CATEGORIES) + 2))
    for kind in KINDS:
        cells = []
        for category in CATEGORIES:
            total = result["labels"][kind][category]
            cells.append(f"{result['found'][kind][category] / total:.3f} ({total})" if total else "-")
        false = f"{result['false_ids'][kind]} of {result['reported_ids'][kind]}"
        confidence = result["confidence"].get(kind, 0.0)
        print(f"| {kind} | " + " | ".join(cells) + f" | {false} | {confidence:.3f} |")
    for line in result["missed"][:40]:
        print("missed:", line)


def compare_texts(before: dict[str, list[str]], after: dict[str, list[str]]) -> None:
    """The lines read differently by the two models, page by page."""
    lines = sum(len(texts) for texts in before.values())
    characters = sum(len(text) for texts in before.values() for text in texts)
    differing = []
    for name, texts in before.items():
        if texts != after.get(name):
            for old, new in zip(texts, after.get(name, []), strict=False):
                if old != new:
                    differing.append(f"{name}: {old!r} → {new!r}")
            if len(texts) != len(after.get(name, [])):
                differing.append(f"{name}: {len(texts)} lines → {len(after.get(name, []))} lines")
    print(f"text: {lines} lines ({characters} characters) read by both; {len(differing)} differ")
    for line in differing[:60]:
        print("  differs:", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2, help="pages of each layout and variant")
    parser.add_argument("--folder", type=Path, help="keep the generated pages here")
    parser.add_argument("--compare", action="store_true", help="the packaged model too, before the 8-bit")
    args = parser.parse_args()
    if font_path() is None:
        sys.exit("no CJK font installed: apt-get install fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.folder or Path(temporary)
        generate(folder, args.count)
        before = evaluate(folder, packaged=True) if args.compare else None
        result = evaluate(folder)
    if before is not None:
        report(before)
        print()
    report(result)
    if before is not None:
        compare_texts(before["texts"], result["texts"])


if __name__ == "__main__":
    main()
