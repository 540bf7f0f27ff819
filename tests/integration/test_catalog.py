"""The disclosure catalog: one row per document and the totals an office reports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from secreview.catalog import CatalogEntry, render, totals
from tests.testing.cli import CLEAN, WITH_ID, run, write

WITH_NUMBER = (
    "某市人民政府办公室文件\n某政办发〔2024〕12号\n关于印发某项工作方案的通知\n各区县人民政府:现印发给你们。\n"
    "(此件公开发布)\n"
)
MARKED = "000001\n机密★1年\n关于某专项工作的通知\n"


def make_folder(root: Path) -> Path:
    folder = root / "docs"
    write(folder / "a-clean.txt", "\n\n" + CLEAN)
    write(folder / "b-number.txt", WITH_NUMBER)
    write(folder / "c-list.txt", WITH_ID)
    write(folder / "d-marked.txt", MARKED)
    (folder / "e-broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    return folder


def test_csv_catalog_rows_and_printed_totals(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    output = tmp_path / "catalog.csv"
    result = run("catalog", "--isolated", folder, "--output", output)
    assert result.returncode == 2  # one file could not be read: the catalog is incomplete
    assert "主动公开 2  删减后公开 1  依申请公开 0  不公开 1  未能检查 1" in result.stdout
    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads a CSV with a BOM as UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    by_name = {Path(row["路径"]).name: row for row in rows}
    assert [Path(row["路径"]).name for row in rows] == sorted(by_name)
    assert by_name["a-clean.txt"]["标题"] == "关于做好2024年政务公开工作的通知"
    assert by_name["b-number.txt"]["文号"] == "某政办发〔2024〕12号"
    assert by_name["b-number.txt"]["自述属性"] == "主动公开"
    assert by_name["c-list.txt"]["建议属性"] == "删减后公开"
    assert "身份证件号码" in by_name["c-list.txt"]["理由"]
    assert int(by_name["c-list.txt"]["高"]) >= 2
    assert by_name["d-marked.txt"]["建议属性"] == "不公开"
    assert by_name["e-broken.docx"]["建议属性"] == "" and by_name["e-broken.docx"]["错误"]


def test_json_catalog_uses_attribute_codes(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    output = tmp_path / "catalog.json"
    run("catalog", "--isolated", folder, "-o", output, "--jobs", "2")
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["totals"] == {"proactive": 2, "redacted": 1, "on_request": 0, "withheld": 1, "error": 1}
    number = next(doc for doc in document["documents"] if doc["path"].endswith("b-number.txt"))
    assert number["declared_attribute"] == "proactive" and number["attribute"] == "proactive"


def test_xlsx_catalog_holds_the_documents_and_the_totals(tmp_path: Path) -> None:
    import openpyxl

    output = tmp_path / "目录.xlsx"
    result = run("catalog", "--isolated", make_folder(tmp_path), "-o", output)
    assert result.returncode == 2 and "e-broken.docx" in result.stderr  # its row is written all the same
    workbook = openpyxl.load_workbook(output)
    assert workbook.sheetnames == ["公开属性目录", "合计"]
    header, *rows = list(workbook["公开属性目录"].iter_rows(values_only=True))
    assert header[:5] == ("路径", "标题", "文号", "自述属性", "建议属性")
    by_name = {Path(str(row[0])).name: dict(zip(header, row, strict=True)) for row in rows}
    assert by_name["b-number.txt"]["文号"] == "某政办发〔2024〕12号"
    assert by_name["c-list.txt"]["建议属性"] == "删减后公开" and by_name["c-list.txt"]["高"] >= 2
    assert by_name["d-marked.txt"]["建议属性"] == "不公开"
    assert list(workbook["合计"].iter_rows(values_only=True)) == [
        ("建议属性", "文件数"),
        ("主动公开", 2),
        ("删减后公开", 1),
        ("依申请公开", 0),
        ("不公开", 1),
        ("未能检查", 1),
    ]


def test_xlsx_text_is_never_a_formula_and_odd_characters_are_dropped(tmp_path: Path) -> None:
    import openpyxl

    from secreview.xlsx_writer import workbook

    path = tmp_path / "odd.xlsx"
    path.write_bytes(workbook([("a/b[c]", [["标题", "数"], ["=1+1\x07<&>", 3]]), ("a_b_c_", [["x"]])]))
    loaded = openpyxl.load_workbook(path)
    assert loaded.sheetnames == ["a_b_c_", "a_b_c__2"]
    assert [cell.value for cell in loaded["a_b_c_"]["A2":"B2"][0]] == ["=1+1<&>", 3]
    assert loaded["a_b_c_"]["A2"].data_type == "s"


def test_an_unknown_output_type_is_a_usage_error(tmp_path: Path) -> None:
    result = run("catalog", "--isolated", make_folder(tmp_path), "-o", tmp_path / "catalog.txt")
    assert result.returncode == 2 and ".csv、.xlsx 或 .json" in result.stderr
    entry = CatalogEntry("a", "t", "", "", "", "proactive", "主动公开", "", 0, 0, 0, "")
    assert totals([entry])["proactive"] == 1
    assert render([entry], ".json").endswith("\n")


def test_a_title_holding_a_finding_is_starred_out(tmp_path: Path) -> None:
    (tmp_path / "leaky.txt").write_text("王某某 430102199003071234 的补贴申请\n正文。\n", encoding="utf-8")
    result = run("catalog", tmp_path, "--output", tmp_path / "catalog.csv")
    content = (tmp_path / "catalog.csv").read_text(encoding="utf-8-sig")
    assert result.returncode in (0, 1), result.stderr
    assert "430102199003071234" not in content
    assert "王某某 ****************** 的补贴申请" in content
