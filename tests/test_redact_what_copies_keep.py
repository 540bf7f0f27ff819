"""What redacted copies kept though it had to go (leak10, session 16), each class with twins that stay: an
identity number with a wrong check character beside a name and no cue, an account column of a table set out
with spaces, a person's pay in a table of staff, a figure in the sentence where a third party asks to keep it,
an identity number spaced digit by digit or broken over a line."""

from __future__ import annotations

import re

import pytest

from secreview import Engine
from secreview.config import Settings
from secreview.masking import Style
from secreview.redact import redact_bytes
from secreview.validators import gb11643_check_char
from tests.testing.copies import STYLES, cut_copy


def _wrong_check(first17: str) -> str:
    right = gb11643_check_char(first17)
    return first17 + ("0" if right == "X" else str((int(right) + 1) % 10))


# Real regions and birth dates, the check character wrong: a typist's slip, still the person's number.
MISTYPED = _wrong_check("32050219780914261")
MISTYPED_TOO = _wrong_check("41010319851203004")
RIGHT = "44030519660228003" + gb11643_check_char("44030519660228003")


@pytest.fixture(scope="module")
def rules_alone() -> Engine:
    return Engine(settings=Settings(ignore=("JL",)))


def _read_across(copy: str, digits: str) -> bool:
    return re.search(r"[^0-9A-Za-z\u4e00-\u9fff]{0,3}".join(digits), copy) is not None


def _id_findings(engine: Engine, text: str) -> list[str]:
    return [finding.text for finding in engine.review_text(text).findings if finding.category == "id_number"]


# --- an identity number beside a name, its check character wrong, no cue ------------------------------


@STYLES
@pytest.mark.parametrize(
    "line",
    [
        f"经调查,职工欧阳某明{MISTYPED}于2026年3月2日下班途中发生交通事故。",  # 人社: running text
        f"保障性租赁住房轮候名单:\n1. 赵丽华,女,{MISTYPED}\n2. 钱卫东,男,{MISTYPED_TOO}",  # 住建: a list
        f"学生家长孙某({MISTYPED})对处理结果无异议。",  # 教育: in brackets after a masked name
        f"退役军人{MISTYPED}(周志刚)申请优抚金。",  # 退役军人事务: the name after the number
        f"申请人周志刚 {MISTYPED[:9]}\n{MISTYPED[9:]} 已核实。",  # broken over a line
        f"申请人周志刚 {RIGHT[:9]}\n{RIGHT[9:]} 已核实。",  # broken, its check right, no cue
        f"申请人身份证号:{MISTYPED[:10]}\n{MISTYPED[10:]},已核实。",  # broken after a cue, check wrong
        f"申请人身份证号:{' '.join(RIGHT)},已核实。",  # spaced digit by digit
        f"申请人身份证号:{MISTYPED[:6]}.{MISTYPED[6:14]}.{MISTYPED[14:]},已核实。",  # dotted, check wrong
        f"申请人周志刚 {' '.join(MISTYPED[i : i + 4] for i in range(0, 18, 4))},已核实。",  # by fours
        f"经查,周志刚{MISTYPED.translate(str.maketrans('0123456789', '〇一二三四五六七八九'))}系本村村民。",
    ],
    ids=[
        "running",
        "list",
        "masked-name",
        "name-after",
        "broken",
        "broken-right",
        "broken-cued",
        "spaced",
        "dotted-cued",
        "fours-named",
        "numerals-named",
    ],
)
def test_an_identity_number_beside_a_name_goes_whatever_its_check_character(
    engine: Engine, style: Style, line: str
) -> None:
    text = f"关于有关人员情况的报告\n\n{line}\n\n县民政局\n2026年12月1日\n"
    copy = cut_copy(engine, text, style).translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    for number in (MISTYPED, MISTYPED_TOO, RIGHT):
        if number in re.sub(
            r"[\s.]", "", line.translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
        ):
            assert not _read_across(copy, number), number


@pytest.mark.parametrize(
    "line",
    [
        f"法定代表人周志刚,统一社会信用代码{MISTYPED}。",
        f"周志刚 订单号 {MISTYPED}",
        f"经办人周志刚,办件编号{MISTYPED},已办结。",
        f"收款账号 {MISTYPED} 户名周志刚",
        f"本批次共{MISTYPED}件。",
        f"方案 {MISTYPED}",
        "联系人周志刚 139057126870571876",  # a mobile and a landline run together: no region, no date
        f"周志刚 {MISTYPED[:6]}19781314{MISTYPED[14:]}",  # no such month
    ],
    ids=["credit-code", "order", "serial", "account", "count", "word", "phone-run", "no-date"],
)
def test_an_eighteen_digit_number_that_is_no_identity_number_stays(engine: Engine, line: str) -> None:
    assert not _id_findings(engine, line)


# --- a table set out with spaces: its account column ---------------------------------------------------

ACCOUNTS = ("6217995510012345678", "6230521100009876543")


@STYLES
def test_the_account_column_of_a_table_set_out_with_spaces_is_cut(engine: Engine, style: Style) -> None:
    # 农业农村局: a subsidy list saved as text, columns set apart by runs of spaces.
    rows = [
        "2026年耕地地力保护补贴发放明细",
        "",
        "序号  户主姓名  身份证号码            一卡通账号              补贴金额(元)",
        f"1     钱卫东    {RIGHT}    {ACCOUNTS[0]}     1260.50",
        f"2     赵丽华    {MISTYPED_TOO}    {ACCOUNTS[1]}     980.00",
    ]
    copy = cut_copy(engine, "\n".join(rows) + "\n", style)
    for account in ACCOUNTS:
        assert not _read_across(copy, account), account


@STYLES
def test_an_account_after_its_bank_branch_is_cut(engine: Engine, style: Style) -> None:
    # 粮食和物资储备局: a list row under a 开户银行及账号 heading lines above, the cells run together.
    rows = [
        "2026年种粮大户补贴审核表",
        "",
        "序号 户名   身份证号码          开户银行及账号                  备注",
        f"1    钱卫东 {RIGHT}  县农商行城关支行 6228480659870416  已核实",
        f"2    赵丽华 {MISTYPED_TOO}  邮储银行城关营业所 6217996310045572  已核实",
    ]
    copy = cut_copy(engine, "\n".join(rows) + "\n", style)
    for account in ("6228480659870416", "6217996310045572"):
        assert not _read_across(copy, account), account


@STYLES
def test_a_mobile_in_chinese_numerals_with_hyphens_is_cut(engine: Engine, style: Style) -> None:
    line = "来访人周志刚,手机:一三九-〇五七一-二六八七,反映摊位被暂扣。"
    text = f"关于来访事项办理情况的报告\n\n{line}\n\n县信访局\n"
    copy = cut_copy(engine, text, style).translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    assert not _read_across(copy, "13905712687")


CARD = "6222021234567890128"  # an issuer's prefix and a right Luhn digit


@STYLES
@pytest.mark.parametrize(
    "written",
    [
        ".".join([CARD[:4], CARD[4:8], CARD[8:12], CARD[12:16], CARD[16:]]),
        CARD.translate(str.maketrans("0123456789", "〇一二三四五六七八九")),
    ],
    ids=["dotted", "numerals"],
)
def test_a_bank_card_spelled_otherwise_beside_a_name_is_cut(
    engine: Engine, style: Style, written: str
) -> None:
    # 残联: where a grant was paid, no 卡号 cue, the card in the clause that names the recipient.
    text = f"关于残疾人两项补贴发放情况的报告\n\n本月补贴已发放至周志刚 {written},请查收。\n\n县残联\n"
    copy = cut_copy(engine, text, style).translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    assert not _read_across(copy, CARD)


def test_a_dotted_number_beside_no_name_stays(engine: Engine) -> None:
    for line in ("固件版本 6222.0212.3456.7890.128", "周志刚 订单 6222.0212.3456.7890.128"):
        assert not [f for f in engine.review_text(line).findings if f.category == "bank_account"], line


def test_a_units_account_in_a_table_set_out_with_spaces_stays(engine: Engine) -> None:
    # 财政局: where to pay a fee, a body's account: no table of persons.
    text = (
        "非税收入缴款账户\n\n收款单位              开户银行              账号\n"
        "县财政局非税收入专户  县农商银行营业部      6230521100009876543\n"
    )
    assert not [f for f in engine.review_text(text).findings if f.category == "bank_account"]


# --- a person's pay in a table of staff -----------------------------------------------------------------


@STYLES
def test_a_persons_pay_in_a_table_of_staff_is_cut(engine: Engine, style: Style) -> None:
    # 教育局: a security contractor's staff offered in its bid, their pay as the bid promised.
    rows = [
        "校园安保服务项目拟派人员情况表",
        "",
        "| 姓名 | 岗位 | 派遣单位 | 投标承诺月薪(元) |",
        "| 周志刚 | 安保队长 | 某保安服务公司 | 6,380 |",
        "| 孙海燕 | 监控员 | 某保安服务公司 | 4,720 |",
    ]
    copy = cut_copy(engine, "\n".join(rows) + "\n", style)
    assert "6,380" not in copy
    assert "4,720" not in copy
    assert "安保队长" in copy


def test_pay_without_a_named_person_stays(engine: Engine) -> None:
    # 人社局: a recruitment notice's posts and their pay; and the same table with the names masked.
    posts = "| 岗位 | 人数 | 月薪标准(元) |\n| 保洁员 | 3 | 4,800 |\n"
    masked = "| 姓名 | 岗位 | 派遣单位 | 月薪(元) |\n| 周* | 安保队长 | 某保安服务公司 | 6,380 |\n"
    for text in (posts, masked):
        assert not [f for f in engine.review_text(text).findings if f.category == "sensitive_personal"]


# --- a figure in the sentence where a third party asks to keep it -----------------------------------------

REVIEW = "\n".join(
    [
        "2026年度专精特新企业认定审核意见",
        "",
        "企业名称:某精密机械有限公司",
        "一、经营情况",
        "企业报送的内部财务报表显示:2025年主营业务收入2.36亿元,毛利率31.4%,研发投入1,862万元,企业要求保密。",
        "二、合作情况",
        "已与某汽车集团签订零部件供货框架协议,合同金额分别为1,450万元和960万元,协议约定不得对外披露合作内容。",
        "三、审核意见",
        "符合认定条件,建议给予一次性奖励30万元。",
    ]
)


@STYLES
def test_the_figures_of_a_sentence_asking_to_keep_them_go_with_the_partys_data(
    rules_alone: Engine, style: Style
) -> None:
    # 工信局: the firm's books are cut as its data; its contract amounts, in the sentence that says the
    # agreement must not be disclosed, go too.
    copy = cut_copy(rules_alone, REVIEW, style)
    for figure in ["2.36亿", "1,862万", "1,450万", "960万"]:
        assert figure not in copy, figure
    assert "建议给予一次性奖励30万元" in copy


def test_a_request_sentence_in_a_copy_that_cuts_no_partys_data_stays(rules_alone: Engine) -> None:
    # A notice on applications: what firms asked to keep is not published, the count is.
    text = (
        "关于专精特新企业申报受理情况的通告\n\n"
        "本次共受理申报企业126家,企业要求保密的材料不予公开。\n\n县工信局\n"
    )
    copy = redact_bytes(rules_alone, text.encode("utf-8"), ".txt", "draft.txt", Style.FULL)
    assert "126家" in copy.data.decode("utf-8")
