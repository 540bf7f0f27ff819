"""The page and box of each finding in OCR text, from the glyph map; and the document's OCR summary."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean

from secreview.extract.glyphs import OcrText, union
from secreview.models import Box, Finding, OcrSummary


def placed(findings: Sequence[Finding], ocr: OcrText) -> list[Finding]:
    """``findings``, those in OCR text with their page, box (in the line's unit) and lowest confidence."""
    if not ocr.lines:
        return list(findings)
    out = []
    for finding in findings:
        lines = ocr.boxes(finding.start, finding.end)
        if not lines:
            out.append(finding)
            continue
        first = lines[0][0]
        same_page = [box for line, box in lines if line.part == first.part]
        whole = union(same_page)
        out.append(
            finding.model_copy(
                update={
                    "page": first.page,
                    "box": Box(
                        x=round(whole.x, 1),
                        y=round(whole.y, 1),
                        w=round(whole.w, 1),
                        h=round(whole.h, 1),
                        unit=first.unit,
                    ),
                    "ocr_confidence": round(ocr.confidence(finding.start, finding.end) or 0.0, 3),
                }
            )
        )
    return out


def summary(ocr: OcrText) -> OcrSummary | None:
    if not ocr.pages:
        return None
    read = [page for page in ocr.pages if page.lines]
    mean = fmean(page.confidence for page in read) if read else 1.0
    return OcrSummary(pages=len(ocr.pages), mean_confidence=round(mean, 3))
