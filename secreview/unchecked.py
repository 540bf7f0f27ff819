"""Parts of a document that were not read, and the one line that lists them.

An extractor that cannot read a part (a page that is only an image, a text layer that garbles what the
page shows, an attachment beyond the nesting limit) records it instead of failing the whole document;
the review then reports the parts read, lists the unread ones, and recommends no attribute.
"""

from __future__ import annotations

from collections.abc import Sequence

from secreview.models import UncheckedPart

PAGE_PREFIX = "page "
NEEDS_OCR = "需要 OCR"
IMAGE_ONLY = f"只有图像、无文字层({NEEDS_OCR})"
NO_TEXT_LAYER = f"无文字层({NEEDS_OCR})"
MOSTLY_IMAGE = f"几乎全是图像、文字只有零星几个字({NEEDS_OCR})"
UNRELIABLE_LAYER = f"文字层不可靠(字符映射错乱,显示的文字与文字层不符,{NEEDS_OCR})"
_LISTED = 10


def page(number: int, prefix: str = "") -> str:
    """The part name of page ``number`` (1-based), inside ``prefix`` (an attachment) if given."""
    return f"{prefix}{PAGE_PREFIX}{number}"


def _page_number(part: str) -> str | None:
    if part.startswith(PAGE_PREFIX) and part[len(PAGE_PREFIX) :].isdigit():
        return part[len(PAGE_PREFIX) :]
    return None


def _listed(names: Sequence[str], pages: bool) -> str:
    shown = "、".join(names[:_LISTED]) + (" 等" if len(names) > _LISTED else "")
    return f"第 {shown} 页" if pages else shown


def summary(unchecked: Sequence[UncheckedPart]) -> str:
    """One line: 第 3、5 页只有图像、无文字层(需要 OCR);attachment:a.zip 超过嵌套层数,未完整检查."""
    groups: dict[tuple[str, bool], list[str]] = {}
    for item in unchecked:
        number = _page_number(item.part)
        key = (item.reason, number is not None)
        groups.setdefault(key, []).append(number if number is not None else item.part)
    said = [
        f"{_listed(names, pages)}{'' if pages else ' '}{reason}" for (reason, pages), names in groups.items()
    ]
    return ";".join(said) + ",未完整检查"
