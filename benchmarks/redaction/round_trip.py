"""Redaction round trip on the generated identifier set, in every format redact writes.

    python benchmarks/redaction/round_trip.py [--seed 20261205] [--count 50]

Each labelled document of tests/testing/identifiers.py (公示名单, 处罚决定书, 答复书 …) is written as .txt,
.docx (paragraphs split into runs, tab-separated lines as a table), .xlsx and .csv (a row per line, a cell
per tab-separated piece) and .html (paragraphs and a table), redacted with ``redact_bytes``, and every part of
the copy is searched for every labelled value, as written and folded (full-width, spaced, hyphenated).
Prints, per format, the documents, the labelled values and how many are left (0 is the target), with the
first few left. The hand-written corpus of tests/test_redact_roundtrip.py is the test; this is the volume.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import sys
import tempfile
from collections import Counter
from pathlib import Path

from openpyxl import Workbook

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from secreview import Engine  # noqa: E402
from secreview.redact import RedactionRefused, must_redact, redact_bytes  # noqa: E402
from tests.testing.docx_builder import Xml, build_docx, paragraph, run, runs_paragraph, table  # noqa: E402
from tests.testing.identifiers import Document, labelled_documents  # noqa: E402
from tests.testing.leftovers import folded, places_of, readable_texts  # noqa: E402


def _blocks(text: str) -> list[list[str] | list[list[str]]]:
    """Lines, with runs of tab-separated lines gathered into one table (a list of rows)."""
    blocks: list[list[str] | list[list[str]]] = []
    for line in text.split("\n"):
        if "\t" in line:
            if blocks and blocks[-1] and isinstance(blocks[-1][0], list):
                blocks[-1].append(line.split("\t"))  # type: ignore[arg-type]
            else:
                blocks.append([line.split("\t")])
        else:
            blocks.append([line])
    return blocks


def as_docx(text: str) -> bytes:
    content: list[Xml] = []
    for block in _blocks(text):
        if isinstance(block[0], list):
            content.append(table(block))  # type: ignore[arg-type]
        else:
            line = str(block[0])
            runs = [run(line[i : i + 7]) for i in range(0, len(line), 7)]
            content.append(runs_paragraph(runs) if line else paragraph())
    return build_docx(content, creator="起草人")


def as_xlsx(text: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in text.split("\n"):
        sheet.append(line.split("\t") if line else [None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def as_csv(text: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    for line in text.split("\n"):
        writer.writerow(line.split("\t"))
    return buffer.getvalue().encode("utf-8-sig")


def as_html(text: str) -> bytes:
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>公示</title></head><body>']
    for block in _blocks(text):
        if isinstance(block[0], list):
            rows = "".join(
                "<tr>" + "".join(f"<{tag}>{html.escape(cell)}</{tag}>" for cell in row) + "</tr>"
                for tag, row in zip(["th"] + ["td"] * len(block), block, strict=False)
            )
            parts.append(f"<table>{rows}</table>")
        elif block[0]:
            parts.append(f"<p>{html.escape(str(block[0]))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts).encode("utf-8")


WRITERS = {
    ".txt": lambda text: text.encode("utf-8"),
    ".docx": as_docx,
    ".xlsx": as_xlsx,
    ".csv": as_csv,
    ".html": as_html,
}


def round_trip(
    engine: Engine, documents: list[Document], suffix: str, folder: Path
) -> tuple[Counter[str], list[str]]:
    """Counts of documents, labelled values and values left in the copies; the values left."""
    counts: Counter[str] = Counter(
        dict.fromkeys(("documents", "values", "left, no finding", "left, found but not redacted"), 0)
    )
    left: list[str] = []
    for number, document in enumerate(documents):
        values = {document.text[label.start : label.end] for label in document.labels}
        try:
            copy = redact_bytes(engine, WRITERS[suffix](document.text), suffix, f"doc{suffix}")
        except RedactionRefused:
            counts["refused (withheld)"] += 1
            continue
        path = folder / f"{number}{suffix}"
        path.write_bytes(copy.data)
        texts = readable_texts(path)
        counts["documents"] += 1
        counts["values"] += len(values)
        found = [folded(f.text) for f in copy.original.findings if must_redact(f)]
        for value in sorted(values):
            if places_of(value, texts):
                missed = not any(folded(value) in text for text in found)
                counts["left, no finding" if missed else "left, found but not redacted"] += 1
                left.append(f"{document.kind}: {value!r}")
    return counts, left


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--count", type=int, default=50)
    args = parser.parse_args()
    engine = Engine()
    documents = labelled_documents(seed=args.seed, count=args.count)
    with tempfile.TemporaryDirectory() as folder:
        for suffix in WRITERS:
            counts, left = round_trip(engine, documents, suffix, Path(folder))
            print(f"{suffix:6} " + ", ".join(f"{key} {value}" for key, value in counts.items()))
            for example in left[:5]:
                print(f"        {example}")


if __name__ == "__main__":
    main()
