"""Writes the calibration lines that ``secreview/ocr/quantise.py`` builds the 8-bit recognition model
from: lines of our own generated pages (scans.py, a seed of their own, not the benchmark's), found by the
packaged detection model and cropped as the OCR pipeline crops them, saved as grey PNG 48 pixels high
in 16 levels of grey (small files; the activation ranges they calibrate hardly move).

    python benchmarks/ocr/calibration.py [OUT_DIR]   # default secreview/ocr/calibration
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image

from benchmarks.ocr.scans import (
    Values,
    dense_page,
    notice_page,
    scanned,
    table_page,
    two_column_page,
    with_seal,
)
from secreview.ocr.pipeline import crop_lines
from secreview.ocr.reader import loaded_model

SEED = 2310  # not the benchmark's (23)
HEIGHT = 48  # the recognition model's input height
EVERY = 4  # one line in four of each page


def lines(seed: int = SEED) -> list[Image.Image]:
    """Crops of generated pages: clean and scanned notices, tables, two-column lists and a dense page."""
    rng = random.Random(seed)
    values = Values(rng)
    model = loaded_model(quantised=False)
    pages = [make(values, 200)[0] for make in (notice_page, table_page, two_column_page, dense_page)]
    pages.append(scanned(with_seal(notice_page(values, 200)[0], rng, 200), rng))
    crops: list[Image.Image] = []
    for page in pages:
        for crop in crop_lines(model, page.convert("RGB"))[::EVERY]:
            image = Image.fromarray(crop[:, :, ::-1]).convert("L")
            width = max(1, round(image.width * HEIGHT / image.height))
            resized = image.resize((width, HEIGHT), Image.Resampling.BILINEAR)
            crops.append(resized.point(lambda value: value // 16 * 17))  # 16 levels of grey: small files
    return crops


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "secreview" / "ocr" / "calibration"
    parser.add_argument("out", type=Path, nargs="?", default=default)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("line-*.png"):
        old.unlink()
    crops = lines()
    for index, crop in enumerate(crops):
        crop.save(args.out / f"line-{index:02d}.png", optimize=True)
    size = sum(path.stat().st_size for path in args.out.glob("line-*.png"))
    print(f"{len(crops)} lines, {size / 1024:.0f} KB → {args.out}")


if __name__ == "__main__":
    main()
