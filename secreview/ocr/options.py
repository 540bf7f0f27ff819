"""What the project says about OCR: whether to use it, and how many pages of one document it may read."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PAGE_LIMIT = 50  # pages or images read by OCR per document; the rest are listed as not checked
DPI = 200  # PDF pages are rendered at this resolution for OCR and for redaction


@dataclass(frozen=True, slots=True)
class OcrOptions:
    enabled: bool = True
    page_limit: int = DEFAULT_PAGE_LIMIT
    progress: bool = False  # a line per page on standard error, when it is a terminal
    already_read: int = 0  # pages of this document read before (in its attachments), counted in the limit
