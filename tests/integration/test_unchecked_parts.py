"""Parts not read (a page that is only an image): listed in every output, never a clean document."""

from __future__ import annotations

import json
from pathlib import Path

from secreview.engine import Engine
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.models import UncheckedPart
from secreview.ocr.pages import OFF_HINT
from secreview.unchecked import IMAGE_ONLY, summary
from tests.integration.test_sarif import assert_valid_sarif
from tests.testing.cli import CLEAN, ID_NUMBER, run_in_process, write
from tests.testing.pdf_builder import build_pdf

READ_PAGE = ["低保对象公示", f"户主张三,身份证号 {ID_NUMBER},联系电话 13912345678。"]


# These files are read with OCR off (--no-ocr): with it, the image pages would be read (tests/ocr).
OFF = f"{IMAGE_ONLY};{OFF_HINT}"


def _half_scanned(tmp_path: Path) -> Path:
    return write(tmp_path / "公示.pdf", build_pdf([READ_PAGE, None, ["第三页"], None]))


def test_json_lists_the_pages_and_keeps_the_findings_of_the_pages_read(tmp_path: Path) -> None:
    result = run_in_process("check", "--isolated", "--no-ocr", "--format", "json", _half_scanned(tmp_path))
    assert result.returncode == 2
    (file,) = json.loads(result.stdout)["files"]
    assert file["attribute"] is None and file["attribute_zh"] is None
    assert file["error"] == f"第 2、4 页{OFF},未完整检查"
    assert file["unchecked"] == [{"part": f"page {n}", "reason": OFF} for n in (2, 4)]
    assert {finding["category"] for finding in file["findings"]} >= {"id_number", "phone"}
    assert "公示.pdf" in result.stderr and "第 2、4 页" in result.stderr


def test_the_text_report_names_the_pages_and_the_findings(tmp_path: Path) -> None:
    result = run_in_process("check", "--isolated", "--no-ocr", _half_scanned(tmp_path))
    assert result.returncode == 2
    assert "主动公开 (proactive)" not in result.stdout
    assert "未检查 [page 2]" in result.stdout and "未检查 [page 4]" in result.stdout
    assert ID_NUMBER in result.stdout
    assert "未能检查的文件 1 个" in result.stdout


def test_sarif_has_the_results_and_a_notification_listing_the_pages(tmp_path: Path) -> None:
    result = run_in_process("check", "--isolated", "--no-ocr", "--format", "sarif", _half_scanned(tmp_path))
    log = json.loads(result.stdout)
    assert_valid_sarif(log)
    (sarif_run,) = log["runs"]
    (invocation,) = sarif_run["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["descriptor"]["id"] == "unchecked-parts"
    assert [item["part"] for item in notification["properties"]["unchecked"]] == ["page 2", "page 4"]
    assert {item["ruleId"] for item in sarif_run["results"]} >= {"PI001"}


def test_a_clean_text_with_an_unread_part_is_not_proactive() -> None:
    unread = UncheckedPart(part="attachment:名单.xlsx", reason="超过嵌套层数")
    extracted = ExtractedText(CLEAN, [Segment(0, len(CLEAN), BODY)], unchecked=[unread])
    report = Engine().review(extracted, "notice.ofd")
    assert report.attribute is None and report.unchecked == [unread]
    assert report.error == "attachment:名单.xlsx 超过嵌套层数,未完整检查"
    clean = Engine().review(ExtractedText(CLEAN, [Segment(0, len(CLEAN), BODY)]), "notice.ofd")
    assert clean.attribute is not None and clean.error is None
    assert "unchecked" not in json.loads(clean.model_dump_json())


def test_the_summary_groups_pages_by_reason_and_lists_at_most_ten() -> None:
    pages = [UncheckedPart(part=f"page {n}", reason=IMAGE_ONLY) for n in range(1, 13)]
    other = UncheckedPart(part="attachment:a.zip", reason="无法读取")
    said = summary([*pages, other])
    assert said.startswith("第 1、2、3、4、5、6、7、8、9、10 等 页只有图像")
    assert said.endswith(";attachment:a.zip 无法读取,未完整检查")


def test_redact_refuses_pdf_and_ofd_and_writes_nothing(tmp_path: Path) -> None:
    from tests.testing.ofd_builder import build_ofd
    from tests.testing.pdf_builder import with_places

    pdf = write(tmp_path / "表.pdf", with_places(build_pdf([["申请表"]]), fields={"身份证号": ID_NUMBER}))
    ofd = write(tmp_path / "答复.ofd", build_ofd([READ_PAGE]))
    for source in (pdf, ofd):
        before = source.read_bytes()
        target = tmp_path / f"out{source.suffix}"
        result = run_in_process("redact", source, "-o", target)
        # Only scans are redacted (by drawing on what OCR read): a text layer or a form field is refused.
        assert result.returncode == 2 and "无法安全删减,未生成删减稿" in result.stderr
        assert not target.exists() and source.read_bytes() == before


def test_extract_prints_the_pages_read_and_names_the_others(tmp_path: Path) -> None:
    result = run_in_process("extract", "--no-ocr", _half_scanned(tmp_path))
    assert result.returncode == 2 and ID_NUMBER in result.stdout
    assert "未检查 [page 2]" in result.stderr and "未检查 [page 4]" in result.stderr
