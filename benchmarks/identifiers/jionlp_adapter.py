"""Run JioNLP's extractors over a JSON list of texts; print one JSON line: spans per text and the time taken.

Runs in a separate virtual environment that has jionlp installed (secreview does not depend on it):

    python3 -m venv /tmp/jio-venv && /tmp/jio-venv/bin/pip install jionlp
    /tmp/jio-venv/bin/python benchmarks/identifiers/jionlp_adapter.py texts.json

JioNLP has no bank-card extractor, so it reports nothing for bank_account.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import jionlp  # type: ignore[import-not-found]


def spans(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    extractors: list[tuple[str, Any]] = [
        ("id_number", jionlp.extract_id_card),
        ("phone", jionlp.extract_phone_number),
        ("email", jionlp.extract_email),
        ("vehicle_plate", jionlp.extract_motor_vehicle_licence_plate),
    ]
    for category, extract in extractors:
        for item in extract(text, detail=True):
            start, end = item["offset"]
            found.append((start, end, category))
    return found


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        texts: list[str] = json.load(handle)
    spans(texts[0])  # load dictionaries before timing
    began = time.perf_counter()
    result = [spans(text) for text in texts]
    seconds = time.perf_counter() - began
    print(json.dumps({"spans": result, "seconds": seconds}, ensure_ascii=False))


if __name__ == "__main__":
    main()
