"""How a catalog secreview wrote is told from a draft: its columns (the .csv header row) and the .xlsx
archive comment. Apart from secreview.catalog, so that ``check`` can skip its own outputs inside a folder
without importing what writing a catalog needs (the title and 文号 reader, csv)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

COLUMNS = {
    "path": "路径",
    "title": "标题",
    "document_number": "文号",
    "declared_attribute_zh": "自述属性",
    "attribute_zh": "建议属性",
    "reasons": "理由",
    "high": "高",
    "medium": "中",
    "low": "提示",
    "error": "错误",
}
MARKER = b"secreview catalog"  # the zip comment of an .xlsx catalog
_CSV_HEADER = ("\ufeff" + ",".join(COLUMNS.values()) + "\r\n").encode("utf-8")


def is_catalog(path: Path) -> bool:
    """Whether ``path`` is a catalog secreview wrote (its .csv header row, or its .xlsx archive comment):
    inside a checked folder it is an output, not a draft. Reads at most a few hundred bytes of a regular
    file, without waiting on a FIFO or a device."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        return False
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return False
        if suffix == ".csv":
            return file.read(len(_CSV_HEADER)) == _CSV_HEADER
        tail = len(MARKER) + 22  # the end-of-central-directory record ends with the comment
        if status.st_size < tail:
            return False
        file.seek(status.st_size - tail)
        return file.read(tail).endswith(MARKER)
