"""The structure of a document (secreview/judge/structure.py): its parts with their offsets, the parts a
whole-document verdict's evidence lies in, and a reading with parts blank that keeps every offset."""

from __future__ import annotations

from secreview.extract.base import ExtractedText
from secreview.judge.load import load_judgement
from secreview.judge.signals import Regions, find_signals
from secreview.judge.structure import segments
from secreview.normalize import normalize

JUDGEMENT = load_judgement()

SUMMARY = (
    "县某某中心2026年上半年工作总结\n"
    "县某某局：\n"
    "　　上半年，中心各项工作有序推进，现将有关情况总结如下。\n"
    "　　一、主要工作\n"
    "　　（一）完成窗口业务1,200件，群众满意率98%。\n"
    "　　（二）关于收费标准，我中心与县财政局意见尚未统一，待县政府研究决定，暂不对外。\n"
    "　　二、下步打算。继续提升服务质量。\n"
    "县某某中心\n"
    "2026年7月1日"
)


def _regions(text: str, blank: list[tuple[int, int]] | None = None) -> Regions:
    return Regions(ExtractedText(text), normalize(text), JUDGEMENT, blank or [])


def test_the_parts_of_a_document_in_order_with_their_offsets() -> None:
    regions = _regions(SUMMARY)
    found = segments(regions)
    assert [segment.kind for segment in found] == [
        "title",
        "addressee",
        "opening",
        "heading",
        "body",
        "body",
        "body",
        "closing",
    ]
    assert SUMMARY[found[0].start : found[0].end] == "县某某中心2026年上半年工作总结"
    assert SUMMARY[found[-1].start : found[-1].end] == "县某某中心\n2026年7月1日"
    assert [(segment.first, segment.last) for segment in found][-1] == (7, 8)


def test_a_reading_with_a_part_blank_keeps_every_offset() -> None:
    line = "　　（二）关于收费标准，我中心与县财政局意见尚未统一，待县政府研究决定，暂不对外。"
    start = SUMMARY.index(line)
    whole, blank = _regions(SUMMARY), _regions(SUMMARY, [(start, start + len(line))])
    assert len(blank.text) == len(whole.text)
    assert len(blank.lines) == len(whole.lines) - 1
    kept = [(item.start, item.end) for item in blank.lines]
    assert kept == [(item.start, item.end) for item in whole.lines if item.start != start]
    document, _ = find_signals(JUDGEMENT, whole)
    left, _ = find_signals(JUDGEMENT, blank)
    assert "circulation-restricted" in document
    assert "circulation-restricted" not in left
    assert "title-public-matter" in left
