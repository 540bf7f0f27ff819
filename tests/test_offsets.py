"""Findings point at the original characters, whatever normalization happened on the way."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from secreview import Engine

CASES = {
    "plain": "申请人身份证号:430102199003071234,联系电话:13912345678。",
    "full_width": "身份证号:４３０１０２１９９００３０７１２３４\n手机:１３９１２３４５６７８",
    "zero_width": "身份证号:430102\u200b19900307\u200b1234,手机:139\u200d1234\u200d5678",
    "grouped": "证件号 430102 19900307 1234;电话 139-1234-5678",
    "traditional": "申請人身份證號:43010219900307123X\r\n聯繫電話:+86 139 1234 5678\r\n機密★1年",
    "crlf_and_emoji": "😀第一行\r\n\t身份证:11010519491231002x\r\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_text_of_every_finding_is_the_file_content_at_its_offsets(
    engine: Engine, tmp_path: Path, name: str, bom: bytes
) -> None:
    content = CASES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(bom + content.encode("utf-8"))
    report = engine.check_file(path).files[0]
    assert report.findings, name
    for finding in report.findings:
        assert content[finding.start : finding.end] == finding.text
        line_start = content.rfind("\n", 0, finding.start) + 1
        assert finding.line == content.count("\n", 0, finding.start) + 1
        assert finding.column == finding.start - line_start + 1


def test_traditional_marking_is_found_at_its_original_characters(engine: Engine) -> None:
    report = engine.check_text("機密★1年\n關於某事項的通知").files[0]
    assert [(f.rule, f.text) for f in report.findings] == [("CM001", "機密★1年")]
    assert report.attribute is not None and report.attribute.value == "withheld"
