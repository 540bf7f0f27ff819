"""extract_html: visible text, page metadata and attributes, comments; no script or style."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.engine import Document
from secreview.extract.base import ATTRIBUTE, BODY, COMMENT, METADATA, SCRIPT_DATA, TABLE, ExtractedText
from secreview.extract.htmlfile import decode_html, extract_html

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>关于公布名单的通知</title>
<meta name="description" content="页面描述文字"><meta name="keywords" content="名单,公示">
<style>.x {{ color: red }} 样式里的字</style><script>var secret = "脚本里的字";</script>
</head><body><h1>正文标题</h1><p>第一段&nbsp;文字,<b>加粗</b>部分。</p>
<img src="a.png" alt="图片替代文字"><a href="#" title="链接提示">链接</a>
<table><tr><th>姓名</th><th>电话</th></tr><tr><td>张三</td><td>13800138000</td></tr></table>
<!-- 编辑备注:待删除 --><noscript>无脚本提示</noscript></body></html>"""


def part_of(extracted: ExtractedText, marker: str) -> str:
    start = extracted.text.find(marker)
    assert start >= 0, f"{marker!r} missing from {extracted.text!r}"
    return extracted.part_at(start, start + len(marker))


@pytest.mark.parametrize(("charset", "codec"), [("utf-8", "utf-8"), ("gb2312", "gb18030"), ("GBK", "gbk")])
def test_visible_text_metadata_attributes_and_comments(charset: str, codec: str) -> None:
    extracted = extract_html(PAGE.format(charset=charset).encode(codec))
    assert part_of(extracted, "关于公布名单的通知") == METADATA
    assert part_of(extracted, "页面描述文字") == METADATA
    assert part_of(extracted, "名单,公示") == METADATA
    assert part_of(extracted, "图片替代文字") == ATTRIBUTE
    assert part_of(extracted, "链接提示") == ATTRIBUTE
    assert part_of(extracted, "正文标题") == BODY
    assert part_of(extracted, "加粗") == BODY
    assert part_of(extracted, "张三") == TABLE
    assert part_of(extracted, "编辑备注:待删除") == COMMENT
    assert part_of(extracted, "无脚本提示") == BODY
    assert part_of(extracted, "脚本里的字") == SCRIPT_DATA  # a script's string (it may write it on the page)
    assert "样式里的字" not in extracted.text  # a style sheet's text outside its strings and comments
    assert "第一段\xa0文字" in extracted.text  # entities decoded, offsets into the decoded text


def test_blocks_are_lines() -> None:
    extracted = extract_html("<div>甲</div><div>乙<br>丙</div><p>丁</p>".encode())
    assert extracted.text.split() == ["甲", "乙", "丙", "丁"]
    assert extracted.text.count("\n") >= 3


def test_a_wrong_meta_charset_falls_back_to_detection() -> None:
    data = '<meta charset="utf-8"><p>国标编码的正文</p>'.encode("gb18030")
    text, encoding = decode_html(data)
    assert encoding == "gb18030" and "国标编码的正文" in text


def test_unknown_charset_names_fall_back_to_detection() -> None:
    text, encoding = decode_html('<meta charset="x-no-such"><p>正文</p>'.encode())
    assert (encoding, "正文" in text) == ("utf-8", True)


@pytest.mark.parametrize(
    "markup",
    ["<p", "<![if !supportLists]>文字<![endif]>", "<!DOCTYPE", "</p></div>文字<", "<script>未闭合的脚本"],
)
def test_malformed_markup_gives_text_or_one_error(markup: str) -> None:
    extracted = extract_html(markup.encode())
    assert "未闭合的脚本" not in extracted.text


def test_table_rows_are_lines_with_column_headings() -> None:
    page = (
        "<p>名单</p><table><caption>附表</caption><tr><th>序号</th><th>姓名</th><th colspan=2>住址</th></tr>"
        "<tr><td>1</td><td>张三</td><td>和平村</td><td>3组<br>12号</td></tr>"
        "<tr><td>2</td><td><table><tr><td>李</td><td>四</td></tr></table><!-- 备注 --></td></tr>"
        "</table><p>完</p>"
    )
    extracted = extract_html(page.encode())
    assert extracted.text.split("\n")[:5] == [
        "名单",
        "附表",
        "序号\t姓名\t住址",
        "1\t张三\t和平村\t3组 12号",
        "2\t李 四",
    ]
    labels = {extracted.text[s.start : s.end]: (s.location, s.label) for s in extracted.segments}
    assert labels["张三"] == ("表1 B3", "姓名")
    assert labels["12号"] == ("表1 D3", "住址")  # a heading spanning two columns labels both
    assert labels["四"] == ("表1 B4", "姓名")  # a nested table is read into its cell
    assert labels["序号"] == ("表1 A2", None)
    assert part_of(extracted, "备注") == COMMENT and extracted.text.index("备注") > extracted.text.index("四")
    assert part_of(extracted, "完") == BODY


# --- encodings as browsers find them --------------------------------------------------------------

UTF8_PAGE = "<p>户主张伟,身份证号430102199003071234,联系电话13912345678。</p>"


@pytest.mark.parametrize(
    "label", ["cp500", "utf-7", "unicode_escape", "utf-16", "UTF-16LE", "rot13", "hz-gb-2312", "x-no-such"]
)
def test_labels_the_standard_does_not_know_or_maps_to_utf8_leave_a_utf8_page_readable(label: str) -> None:
    data = f'<html><head><meta charset="{label}"></head><body>{UTF8_PAGE}</body></html>'.encode()
    data += b" " * (len(data) % 2)  # an even length, which UTF-16 would decode without an error
    text, encoding = decode_html(data)
    assert encoding == "utf-8" and UTF8_PAGE in text


@pytest.mark.parametrize(
    ("meta", "codec", "expected"),
    [
        ('<meta charset="gb2312">', "gb18030", "gb18030"),
        ('<meta charset="x-gbk">', "gb18030", "gb18030"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=GBK">', "gb18030", "gb18030"),
        ('<meta charset="big5">', "big5hkscs", "big5hkscs"),
        ("<meta charset=shift_jis>", "cp932", "cp932"),
    ],
)
def test_labels_map_as_the_whatwg_table_says(meta: str, codec: str, expected: str) -> None:
    body = {"cp932": "<p>申請者の電話</p>", "big5hkscs": "<p>戶主張偉</p>"}.get(codec, "<p>户主张伟</p>")
    text, encoding = decode_html(f"<html><head>{meta}</head><body>{body}</body></html>".encode(codec))
    assert encoding == expected and body in text


def test_a_meta_in_a_comment_or_an_attribute_value_is_not_a_declaration() -> None:
    data = f'<!-- <meta charset="koi8-r"> --><p title="<meta charset=koi8-r>">{UTF8_PAGE}</p>'.encode()
    assert decode_html(data) == (
        f'<!-- <meta charset="koi8-r"> --><p title="<meta charset=koi8-r>">{UTF8_PAGE}</p>',
        "utf-8",
    )


def test_a_meta_after_the_first_1024_bytes_is_not_read() -> None:
    data = f"<p>{'说明' * 200}</p><meta charset=koi8-r>{UTF8_PAGE}".encode()
    text, encoding = decode_html(data)
    assert encoding == "utf-8" and UTF8_PAGE in text


def test_a_page_declared_in_an_ebcdic_codec_is_still_checked(engine: Engine) -> None:
    data = f'<html><head><meta charset="cp500"></head><body>{UTF8_PAGE}</body></html>'.encode()
    report = engine.review(Document("p.html", data))
    assert {f.category for f in report.findings} >= {"id_number", "phone", "person_name"}


def test_form_fields_in_a_table_keep_their_part_and_column_heading() -> None:
    page = (
        "<table><tr><th>姓名</th><th>备注</th></tr><tr><td>张伟</td><td><textarea>家住和平村</textarea>"
        '</td></tr></table><script type="application/json">{"a": "\\ud800x"}</script>'
    )
    extracted = extract_html(page.encode())
    segments = {extracted.text[s.start : s.end]: (s.part, s.location, s.label) for s in extracted.segments}
    assert segments["家住和平村"] == ("form-field", "表1 B2", "备注")
    assert segments["\ufffdx"] == ("script-data", "JSON1 A1", "a")  # a lone surrogate escape is no character
