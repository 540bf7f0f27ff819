"""The redacted copy of a Markdown file is its text with the changes made, as for .txt; a finding in a line
as a viewer shows it (``extract/markdown.py``: digits joined by a tag, a comment or emphasis, written as
character references, or run on into the next line, or a number's pieces in adjacent table cells) cannot
be masked where it is written, and the copy is refused."""

from __future__ import annotations

from collections.abc import Sequence

from secreview.errors import ExtractionError
from secreview.extract.base import RENDERED, ExtractedText
from secreview.masking import Replacement


def refuse_rendered(extracted: ExtractedText, changes: Sequence[Replacement]) -> None:
    """ExtractionError when a change falls in a line as it is shown, which the copy cannot mask."""
    starts = [segment for segment in extracted.segments if segment.part == RENDERED]
    for change in changes:
        for segment in starts:
            if change.start < segment.end and change.end > segment.start:
                raise ExtractionError(
                    f"Markdown 第 {(segment.location or '').removeprefix('line ')} 行显示的内容"
                    "(被标签、注释、字符引用、强调标记、换行或表格单元格拆开)含需删减的内容,请在源文件中改写后再试,未生成删减稿"
                )
