"""Where a finding stands, in the words an officer uses: 正文第3行, 表格1 第7行第3列, 页眉, 批注.

The JSON keeps the machine fields (``part``, ``location``, ``line``, ``column``); this is for people.
"""

from __future__ import annotations

from secreview.build_cache import compile_regex
from secreview.models import Finding

PART_ZH = {
    "body": "正文",
    "table": "表格",
    "header": "页眉",
    "footer": "页脚",
    "footnote": "脚注",
    "endnote": "尾注",
    "comment": "批注",
    "revision": "修订记录(已删除或改动的文字)",
    "textbox": "文本框",
    "metadata": "文件属性(标题、作者、单位等)",
    "altchunk": "嵌入内容块(altChunk)",
    "chart": "图表",
    "smartart": "SmartArt 图形",
    "alt-text": "图片替代文字",
    "pivot-cache": "数据透视表缓存",
    "defined-name": "定义的名称",
    "data-validation": "数据验证",
    "formula": "公式",
    "hyperlink": "超链接",
    "attribute": "网页属性(图片替代文字、提示文字等)",
    "form-field": "表单字段的值",
    "script-data": "网页脚本中的数据(JSON)",
    "link": "链接地址(电话、邮件链接)",
    "annotation": "注释",
    "custom-tag": "自定义标签",
}
# A cell reference (C7), optionally after a table number (表1 C7) or a sheet (名单!C7).
_CELL = compile_regex(r"^(?:(?P<table>表\d+) |(?P<sheet>[^!]+)!)?(?P<column>[A-Z]{1,3})(?P<row>\d+)$")
_PAGE = compile_regex(r"^page:(?P<page>\d+)$")
_OCR_PAGE = compile_regex(r"^ocr:page (?P<page>\d+)\b")


def column_number(letters: str) -> int:
    """3 for ``C``, 28 for ``AB``."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _cell(location: str) -> str | None:
    match = _CELL.match(location)
    if match is None:
        return None
    where = f"第{match['row']}行第{column_number(match['column'])}列"
    if match["table"]:
        return f"{match['table'].replace('表', '表格')} {where}"
    if match["sheet"]:
        return f"工作表“{match['sheet']}” {where} ({match['column']}{match['row']})"
    return where


def place(finding: Finding) -> str:
    """正文第2行第11字, 表格1 第3行第2列, 工作表“名单” 第7行第3列 (C7), 页眉, 批注 …"""
    part, location = finding.part, finding.location or ""
    if part.startswith("sheet:"):
        sheet = part.removeprefix("sheet:")
        cell = _cell(location)
        return f"工作表“{sheet}” {cell}" if cell else f"工作表“{sheet}”"
    if finding.box is not None:
        return _ocr_place(finding)
    page = _PAGE.match(location)
    name = PART_ZH.get(part, part)
    if part.startswith("embedded:"):
        return " ".join(filter(None, (f"嵌入文件“{part.removeprefix('embedded:')}”", location)))
    if part.startswith("attachment:"):
        name = f"附件“{part.removeprefix('attachment:')}”"
        return f"{name} 第{page['page']}页" if page else f"{name} {location}".rstrip()
    if part == "body":
        return f"第{page['page']}页" if page else f"正文第{finding.line}行第{finding.column}字"
    if part == "table":
        cell = _cell(location)
        if cell is None:
            return f"表格 第{finding.line}行"
        return cell if cell.startswith("表格") else f"表格 {cell}"
    # Headers, footers, notes, comments and properties: the part, never a line of the extracted text.
    cell = _cell(location) if location else None
    if cell is not None:
        return f"{name} {cell}"
    if page is not None:
        return f"{name} 第{page['page']}页"
    return name


_UNIT_ZH = {"pt": "磅", "px": "像素", "mm": "毫米"}


def _ocr_place(finding: Finding) -> str:
    """OCR 第3页 (x 120, y 300, 宽 200 × 高 16 磅): where on the page or image the text was seen."""
    box = finding.box
    assert box is not None
    image = finding.part.removeprefix("ocr:")
    where = f"第{finding.page}页" if finding.page is not None else image.replace("image", "图像", 1)
    if finding.part.startswith("attachment:"):  # the page or image of the attachment, from the location
        page = _OCR_PAGE.match(finding.location or "")
        inner = f"第{page['page']}页" if page else "图像"
        where = f"附件“{finding.part.removeprefix('attachment:')}” {inner}"
    unit = _UNIT_ZH.get(box.unit, box.unit)
    return f"OCR {where} (x {box.x:g}, y {box.y:g}, 宽 {box.w:g} × 高 {box.h:g} {unit})"
