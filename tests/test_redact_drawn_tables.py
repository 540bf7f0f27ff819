"""Tables drawn in text with bars and box characters (Markdown pipes, ``｜``, ``│``, ``┃``, ``+---+`` and
``├─┼─┤`` rule lines, cells padded with full-width spaces) are read by their column headings as tab-separated
tables are (leak9, session 15); an identity-shaped number under an identity-number heading goes from the copy
whatever its check digit and whoever the table lists (a staff list of a bidder with a unit column, officials
in a 任前公示). Their twins keep their public columns: an office phone in a 办事指南, a firm's
统一社会信用代码 in a 中标公告, a lawyer's licence number."""

from __future__ import annotations

import io
import zipfile

from secreview import Attribute, Engine
from secreview.masking import Style
from secreview.normalize import normalize
from secreview.recognizers.columns import text_cells
from secreview.redact import redact_bytes
from secreview.validators import gb11643_check_char
from tests.testing.copies import STYLES
from tests.testing.docx_builder import build_docx, table


def _wrong_check(first17: str) -> str:
    """An identity number whose check character is wrong (a typo: it still names a person)."""
    right = gb11643_check_char(first17)
    return first17 + ("1" if right != "1" else "2")


def _right_check(first17: str) -> str:
    return first17 + gb11643_check_char(first17)


WRONG = [_wrong_check(first) for first in ("33010219860715342", "33010419781106273", "43010519820224022")]
RIGHT = _right_check("11010519900307123")


def _copy(engine: Engine, text: str, style: Style) -> str:
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "draft.txt", style)
    assert copy.recheck.attribute is Attribute.PROACTIVE
    return copy.data.decode("utf-8")


def _kept_whole(copy: str, numbers: list[str]) -> list[str]:
    return [number for number in numbers if number in copy]


@STYLES
def test_markdown_staff_list_with_a_unit_column_loses_its_identity_numbers(
    engine: Engine, style: Style
) -> None:
    # A bidder's staff checked by a 采购中心: a 社保缴纳单位 column makes it no list of private persons whose
    # columns decide, yet its identity numbers (two with a wrong check digit) must go.
    text = "\n".join(
        [
            "政府采购项目中标人拟派人员社保核查情况",
            "",
            "| 姓名 | 岗位 | 身份证号 | 社保缴纳单位 | 核查结论 |",
            "|------|------|----------|--------------|----------|",
            f"| 周建华 | 项目负责人 | {WRONG[0]} | 恒信工程咨询有限公司 | 一致 |",
            f"| 吴秀兰 | 造价员 | {WRONG[1]} | 恒信人力资源有限公司 | 需说明 |",
            f"| 郑国强 | 资料员 | {RIGHT} | 恒信工程咨询有限公司 | 一致 |",
            "",
            "核查意见:请中标人于5日内提交书面说明。",
        ]
    )
    copy = _copy(engine, text, style)
    assert _kept_whole(copy, [WRONG[0], WRONG[1], RIGHT]) == []
    assert copy.count("恒信工程咨询有限公司") == 2 and "恒信人力资源有限公司" in copy


# Identity numbers a typist got a month (13) or a day (32) wrong in: PI001 reports them beside a cue
# (on_invalid: the number still names its person), and an identity-number heading is that cue for its column.
BAD_DATES = ["330102198613153421", "330104197811322736"]


def _staff_list(number_heading: str) -> str:
    return "\n".join(
        [
            "政府采购项目中标人拟派人员社保核查情况",
            "",
            f"| 姓名 | 岗位 | {number_heading} | 社保缴纳单位 | 核查结论 |",
            "|------|------|----------|--------------|----------|",
            f"| 周建华 | 项目负责人 | {BAD_DATES[0]} | 恒信工程咨询有限公司 | 一致 |",
            f"| 吴秀兰 | 造价员 | {BAD_DATES[1]} | 恒信人力资源有限公司 | 需说明 |",
            "",
            "核查意见:请中标人于5日内提交书面说明。",
        ]
    )


@STYLES
def test_identity_numbers_with_an_impossible_date_go_from_a_staff_list(engine: Engine, style: Style) -> None:
    assert _kept_whole(_copy(engine, _staff_list("身份证号"), style), BAD_DATES) == []


@STYLES
def test_permits_with_a_wrong_check_character_go_from_a_staff_list(engine: Engine, style: Style) -> None:
    # A Hong Kong resident's residence permit (810000…) and a foreigner's permanent residence card (9…).
    permits = [_wrong_check("81000019900307123"), _wrong_check("93010219851212042")]
    text = _staff_list("身份证件号码").replace(BAD_DATES[0], permits[0]).replace(BAD_DATES[1], permits[1])
    assert _kept_whole(_copy(engine, text, style), permits) == []


@STYLES
def test_the_same_numbers_under_a_certificate_heading_stay(engine: Engine, style: Style) -> None:
    assert _kept_whole(_copy(engine, _staff_list("资格证书编号"), style), BAD_DATES) == BAD_DATES


@STYLES
def test_officials_in_a_public_notice_keep_their_names_not_their_identity_numbers(
    engine: Engine, style: Style
) -> None:
    # 任前公示: officials' names are published; an identity number left in by mistake is not, typo or not.
    text = "\n".join(
        [
            "关于干部任前公示的公告",
            "｜序号｜姓名｜性别｜出生年月｜身份证号码｜学历｜现任职务｜拟任职务｜",
            f"｜1｜刘振东｜男｜1978.11｜{WRONG[2]}｜大学本科｜县交通运输局副局长、党组成员｜县交通运输局局长｜",
            "公示期间如有意见,请向县委组织部反映。",
        ]
    )
    copy = _copy(engine, text, style)
    assert WRONG[2] not in copy
    assert "刘振东" in copy and "县交通运输局局长" in copy


@STYLES
def test_box_drawn_household_list_is_read_by_its_headings(engine: Engine, style: Style) -> None:
    # A 民政 list drawn with box characters, its cells padded with full-width spaces: the columns decide.
    text = "\n".join(
        [
            "2026年第四季度临时救助对象名单",
            "┌────┬──────────┬──────┬────────┐",
            "│　户主姓名　│　身份证号码　│　致困原因　│　家庭住址　│",
            "├────┼──────────┼──────┼────────┤",
            f"│　慕容小雪　│　{WRONG[0]}　│　突发重病　│　和平村三组12号　│",
            "├────┼──────────┼──────┼────────┤",
            f"│　阿依古丽　│　{WRONG[1]}　│　火灾　│　新村社区5栋2单元　│",
            "└────┴──────────┴──────┴────────┘",
        ]
    )
    copy = _copy(engine, text, style)
    for value in [*WRONG[:2], "慕容小雪", "阿依古丽", "突发重病", "和平村三组12号", "新村社区5栋2单元"]:
        assert value not in copy, value
    assert copy.count("┼") == text.count("┼")


@STYLES
def test_plus_and_dash_grid_of_pupils_is_read_by_its_headings(engine: Engine, style: Style) -> None:
    text = "\n".join(
        [
            "县教育局关于2026年秋季学期助学金发放对象的公示",
            "+--------+--------------------+-------------+",
            "| 学生姓名 | 证件号码 | 家长手机 |",
            "+--------+--------------------+-------------+",
            f"| 欧阳明轩 | {WRONG[2]} | 19212345678 |",
            "+--------+--------------------+-------------+",
        ]
    )
    copy = _copy(engine, text, style)
    for value in [WRONG[2], "19212345678"]:
        assert value not in copy, value


@STYLES
def test_a_staff_list_set_out_with_full_width_spaces_loses_its_identity_numbers(
    engine: Engine, style: Style
) -> None:
    # A Word table saved as text: columns set apart by runs of full-width spaces, a name padded with one.
    text = "\n".join(
        [
            "街道社区工作者岗位拟聘用人员名单",
            "序号　　姓　名　　　工作单位　　　　　　　　身份证号码",
            f"１　　　钱　敏　　　城南街道幸福社区　　　　{WRONG[0]}",
            f"２　　　孔德胜　　　城南街道和平社区　　　　{WRONG[1]}",
        ]
    )
    copy = _copy(engine, text, style)
    assert _kept_whole(copy, WRONG[:2]) == []
    assert "城南街道幸福社区" in copy and "城南街道和平社区" in copy


@STYLES
def test_a_household_list_set_out_with_spaces_keeps_nothing_private(engine: Engine, style: Style) -> None:
    text = "\n".join(
        [
            "2026年度城乡医疗救助对象名单",
            "户主姓名    身份证号码            致困原因    家庭住址",
            "--------    ------------------    --------    ----------------",
            f"上官婉儿    {WRONG[2]}    突发重病    新港村二组7号",
        ]
    )
    copy = _copy(engine, text, style)
    for value in [WRONG[2], "上官婉儿", "突发重病", "新港村二组7号"]:
        assert value not in copy, value


def test_a_spaced_table_labels_its_identity_numbers_only_in_rows_that_split_into_its_columns() -> None:
    # A cell left empty: the row's values would stand under the wrong headings, so none is labelled; of a
    # table read by its spaces only the identity-number column decides.
    text = f"姓名    工作单位        身份证号码\n王小明    {WRONG[0]}\n李四    财政局    {WRONG[1]}\n"
    cells = [(cell.heading, text[cell.start : cell.end]) for cell in text_cells(text)]
    assert cells == [("身份证号码", WRONG[1])]


@STYLES
def test_a_service_guide_set_out_with_spaces_stays(engine: Engine, style: Style) -> None:
    text = "\n".join(
        [
            "社会保障卡办理指南(请携带本人身份证件)",
            "事项        办理窗口            联系电话",
            "新办        政务服务中心8号窗口    0571-87052345",
            "补换        政务服务中心9号窗口    0571-87052346",
        ]
    )
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "guide.txt", style)
    assert copy.original.attribute is Attribute.PROACTIVE
    assert copy.data.decode("utf-8") == text


def test_drawn_cells_have_the_spans_of_their_values() -> None:
    text = normalize(
        "┃姓名┃身份证号┃\n┣━━┫━━━━┫\n┃王小明┃ 330104197811062731 ┃\n└┘\n| 李四 | 430102900307123 |\n"
    ).text
    cells = [(cell.heading, text[cell.start : cell.end]) for cell in text_cells(text)]
    assert cells == [
        ("姓名", "王小明"),
        ("身份证号", "330104197811062731"),
        ("姓名", "李四"),
        ("身份证号", "430102900307123"),
    ]


# --- twins: public columns stay ------------------------------------------------------------------------


@STYLES
def test_office_phone_of_a_service_guide_stays(engine: Engine, style: Style) -> None:
    text = "\n".join(
        [
            "不动产登记办事指南",
            "| 事项 | 办理窗口 | 联系电话 | 办理时限 |",
            "|---|---|---|---|",
            "| 首次登记 | 政务服务中心3号窗口 | 0571-87051234 | 5个工作日 |",
            "| 抵押登记 | 政务服务中心5号窗口 | 0571-87051235 | 3个工作日 |",
        ]
    )
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "guide.txt", style)
    assert copy.original.attribute is Attribute.PROACTIVE
    assert copy.data.decode("utf-8") == text


@STYLES
def test_firms_credit_codes_in_an_award_notice_stay(engine: Engine, style: Style) -> None:
    text = "\n".join(
        [
            "市政道路维修工程中标结果公告",
            "│中标单位│统一社会信用代码│中标金额（万元）│",
            "├──┼──┼──┤",
            "│临江市路桥建设有限公司│91331002MA2H3K4L5P│386.20│",
            "│临江市市政工程研究院│123310004700001234│12.50│",
        ]
    )
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "award.txt", style)
    assert copy.original.attribute is Attribute.PROACTIVE
    assert copy.data.decode("utf-8") == text


def test_a_licence_number_of_a_duty_lawyer_list_is_no_identity_number(engine: Engine) -> None:
    text = "\n".join(
        [
            "法律援助值班律师安排表",
            "| 值班日期 | 律师姓名 | 执业证号 | 执业机构 |",
            "| 12月8日 | 张明远 | 13301201910123456 | 浙江明远律师事务所 |",
        ]
    )
    report = engine.review_text(text)
    assert not [finding for finding in report.findings if finding.category == "id_number"]


@STYLES
def test_a_list_drawn_with_bars_in_a_word_paragraph_beside_a_real_table_is_read(
    engine: Engine, style: Style
) -> None:
    # The Word table labels its cells; the bars typed in the paragraphs below it are read as a table too.
    data = build_docx(
        [
            "物业服务项目中标人拟派人员核查表",
            table([["项目", "金额(元)"], ["物业服务费", "1260000"]]),
            "拟派人员:",
            "| 姓名 | 岗位 | 身份证号 | 社保缴纳单位 | 核查结论 |",
            f"| 周建华 | 项目负责人 | {WRONG[0]} | 恒信工程咨询有限公司 | 一致 |",
        ]
    )
    copy = redact_bytes(engine, data, ".docx", "check.docx", style)
    assert copy.recheck.attribute is Attribute.PROACTIVE
    with zipfile.ZipFile(io.BytesIO(copy.data)) as package:
        texts = [package.read(name).decode("utf-8", "replace") for name in package.namelist()]
    assert not [text for text in texts if WRONG[0] in text]
    assert any("1260000" in text for text in texts)
