"""Identifier validators and rules: known vectors, masks, the findings' categories, severities and spans."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Finding, Severity
from secreview.validators import (
    Verdict,
    account_number,
    bank_card,
    cn_landline,
    cn_mobile,
    cn_plate,
    foreign_permanent_residence,
    gb11643,
    gb11643_15,
    gb32100,
    known_region,
    luhn,
    not_citizen_id,
    not_date,
    organisation_email,
    personal_email,
    region_codes,
    residence_permit,
)

ENGINE = Engine()
IDENTIFIER_CATEGORIES = {"id_number", "phone", "bank_account", "email", "vehicle_plate"}


def findings(text: str) -> list[Finding]:
    return ENGINE.review_text(text).findings


def loud(text: str) -> list[tuple[str, str, str]]:
    """(rule, category, text) of the high and medium findings."""
    return [
        (finding.rule, finding.category.value, finding.text)
        for finding in findings(text)
        if finding.severity is not Severity.LOW
    ]


# --- validators -------------------------------------------------------------------------------------


def test_region_table_holds_current_and_abolished_codes() -> None:
    codes = region_codes()
    assert len(codes) > 6000
    assert {"110101", "430102", "110103", "810000", "820000", "830000"} <= codes  # 110103 崇文区 until 2010
    assert known_region("340524")  # pre-1983 code of the GB 11643 example: known province and prefecture
    assert not known_region("119901")
    assert not known_region("990102")


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",
        "440524188001010014",
        "34052419800101001X",
        "34052419800101001x",
        "110103198001010013",
    ],
)
def test_the_standards_examples_and_old_region_codes_are_valid(number: str) -> None:
    assert gb11643(number) is Verdict.VALID


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("110105199001011234", "check digit"),
        ("119901199001011239", "no such prefecture"),
        ("810000199408230021", "a residence permit, not a citizen number"),
        ("11010519491231002", "17 characters"),
    ],
)
def test_invalid_citizen_numbers(number: str, why: str) -> None:
    assert gb11643(number) is Verdict.INVALID, why


def test_legacy_fifteen_digit_numbers() -> None:
    assert gb11643_15("110105491231002") is Verdict.VALID
    assert gb11643_15("110105491331002") is Verdict.INVALID  # month 13
    assert gb11643_15("990105491231002") is Verdict.INVALID  # region


def test_residence_permits_and_foreigners_cards() -> None:
    assert residence_permit("810000199408230021") is Verdict.VALID
    assert residence_permit("830000198501010014") is Verdict.VALID
    assert residence_permit("810000199408230022") is Verdict.INVALID
    assert residence_permit("430102199003071234") is Verdict.INVALID
    assert foreign_permanent_residence("931156198503120016") is Verdict.VALID
    assert foreign_permanent_residence("931156198503120011") is Verdict.INVALID
    assert foreign_permanent_residence("999156198503120016") is Verdict.INVALID  # province 99


@pytest.mark.parametrize("code", ["91512081MA62K0260E", "9131000063159284XQ", "113417020032563511"])
def test_gb32100_vectors(code: str) -> None:
    assert gb32100(code) is Verdict.VALID


@pytest.mark.parametrize(
    ("code", "why"),
    [
        ("91310115MA1G4L1WXK", "the wrong example of a Q&A page fails the real check"),
        ("91512081MA62K0260F", "check character"),
        ("91512081MA62K026OE", "O is not in the character set"),
        ("540102197208230711", "shaped like a mistyped citizen number"),
    ],
)
def test_gb32100_rejects(code: str, why: str) -> None:
    assert gb32100(code) is Verdict.INVALID, why


def test_organisation_context_never_claims_a_citizen_number() -> None:
    assert not_citizen_id("430102199003071234") is Verdict.INVALID
    assert not_citizen_id("91310115MA1G4L1WXK") is Verdict.VALID


def test_luhn_and_bank_cards() -> None:
    assert luhn("4111111111111111") and luhn("6222021234567890128")
    assert not luhn("6222021234567890123")
    assert bank_card("6222 0212 3456 7890 128") is Verdict.VALID
    assert bank_card("1222021234567890121") is Verdict.INVALID  # no card issuer starts with 1
    assert bank_card("430102199003071234") is Verdict.INVALID  # a citizen number that passes Luhn
    assert bank_card("622202123456789") is Verdict.INVALID  # 15 digits
    assert bank_card("622202123456789014") is Verdict.INVALID  # 18 digits: only with a context word (PI202)
    assert account_number("622202123456789014") is Verdict.VALID


def test_account_numbers_by_context() -> None:
    assert account_number("43050170123456789") is Verdict.VALID
    assert account_number("13912345678") is Verdict.INVALID
    assert account_number("0000000000") is Verdict.INVALID
    assert account_number("430102199003071234") is Verdict.INVALID


def test_phones() -> None:
    assert cn_mobile("19212345678") is Verdict.VALID
    assert cn_mobile("16101234567") is Verdict.VALID  # 1610, a four-digit range of the numbering plan
    assert cn_mobile("17405123456") is Verdict.VALID and cn_mobile("17406123456") is Verdict.INVALID
    assert cn_mobile("15412345678") is Verdict.INVALID  # 154 is not allocated
    assert cn_mobile("14612345678") is Verdict.INVALID  # 146 IoT numbers are 13 digits in phonenumbers
    assert [
        cn_landline(n).value
        for n in ("010-83978888", "0731-8588011", "(0571)87054901", "0571-87054901转8001")
    ] == ["valid"] * 4
    assert [cn_landline(n).value for n in ("011-83978888", "0731-0588011", "021-1234567", "0731-858801")] == [
        "invalid"
    ] * 4


def test_plates() -> None:
    for plate in ("湘A12345", "粤B·D12345", "京AF12345", "苏E12345D", "沪A1234学", "川AB123C"):
        assert cn_plate(plate) is Verdict.VALID, plate
    for plate in ("湘AABCDE", "美A12345", "湘AO12345", "湘A1234"):
        assert cn_plate(plate) is Verdict.INVALID, plate


def test_email_role_addresses_and_public_domains() -> None:
    assert personal_email("zhangsan1990@163.com") is Verdict.VALID
    # An organisation's own domain is the organisation's; a person's work address only in a person's row.
    assert personal_email("li.ming@pku.edu.cn") is Verdict.INVALID
    assert organisation_email("li.ming@pku.edu.cn") is Verdict.VALID
    assert organisation_email("zhangsan1990@vip.163.com") is Verdict.INVALID
    for address in (
        "zwgk@hunan.gov.cn",
        "wang@changsha.gov.cn",
        "xxgk@163.com",
        "xxgk2@163.com",
        "bgs@qq.com",
    ):
        assert personal_email(address) is Verdict.INVALID, address


def test_dates_are_not_short_numbers() -> None:
    assert not_date("20300101") is Verdict.INVALID
    assert not_date("01234567") is Verdict.VALID
    assert not_date("20301301") is Verdict.VALID


# --- rules through the engine -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "category"),
    [
        ("护照号码:E12345678", "PI006", "id_number"),
        ("港澳居民来往内地通行证 H1234567800", "PI007", "id_number"),
        ("台胞证号码 01234567", "PI008", "id_number"),
        ("社保卡号:A12345678", "PI009", "id_number"),
        ("军官证号 军1234567", "PI010", "id_number"),
        ("外国人永久居留证 USA110085031201", "PI004", "id_number"),
        ("申请人外国人永久居留身份证 931156198503120016", "PI003", "id_number"),
        ("港澳台居民居住证 830000198501010014", "PI005", "id_number"),
        ("身份证号 110105491231002", "PI002", "id_number"),
        ("当事人住宅电话:0731-84561234", "PI102", "phone"),
        ("邮箱 zhangsan1990@163.com", "PI103", "email"),
        ("户名:李四 账号:6228 4800 1234 5678 911", "PI201", "bank_account"),
        ("存折账号 1801 0104 0012 3456", "PI202", "bank_account"),
        ("车主王某,号牌湘A12345", "PI301", "vehicle_plate"),
    ],
)
def test_each_identifier_rule_reports_its_category(text: str, rule: str, category: str) -> None:
    assert (rule, category) in {(r, c) for r, c, _ in loud(text)}


@pytest.mark.parametrize(
    "text",
    [
        "索引号:113417020032563511/202504-00057",
        "统一社会信用代码:91430102MA4L1B2C3X",
        "某某商贸有限公司(9131000063159284XQ)",
        "湘政办发〔2023〕13号",
        "成文日期:20231123,发布日期 2023-11-23",
        "身份证号:430102********1234,手机:138****5678,卡号:**** **** **** 0128",
        "政务服务便民热线 12345,消费者投诉 12315,住房公积金 96128,客服 400-800-1234",
        "监督电话:0731-85880114;咨询电话:13912345678",
        "联系人:王科长,联系电话:0731-85880114、13912345678。",
        "政务公开邮箱:zwgk@hunan.gov.cn",
        "收款单位:某市财政局非税收入汇缴结算户\n开户银行:中国农业银行某支行\n账号:6228480018123456784",
        "本次采购公务用车湘A12345等3辆",
        "参照 GB 11643-1999 和 GB/T 2260-2007 执行",
        "产品型号 E12345678",
    ],
)
def test_public_numbers_are_not_findings(text: str) -> None:
    assert [found for found in loud(text) if found[1] in IDENTIFIER_CATEGORIES] == []


def test_a_mistyped_id_next_to_its_label_is_medium_and_without_label_nothing() -> None:
    flagged = [f for f in findings("身份证号码:430102199003071235") if f.category.value == "id_number"]
    assert [(f.rule, f.severity) for f in flagged] == [("PI001", Severity.MEDIUM)]
    assert loud("编号 430102199003071235") == []


def test_masks_follow_the_publication_conventions() -> None:
    text = "身份证 430102199003071234 手机 13912345678 银行卡 6222021234567890128 驾驶湘A12345 车辆"
    replacements = {f.rule: (f.text, f.replacement) for f in findings(text)}
    assert replacements["PI001"] == ("430102199003071234", "430102********1234")
    assert replacements["PI101"] == ("13912345678", "139****5678")
    assert replacements["PI201"] == ("6222021234567890128", "***************0128")
    assert replacements["PI301"] == ("湘A12345", "湘A*****")


def test_grouped_and_full_width_numbers_keep_original_offsets() -> None:
    text = "证件号码:４３０１０２　１９９００３０７　１２３４。"
    (finding,) = [f for f in findings(text) if f.category.value == "id_number"]
    assert text[finding.start : finding.end] == "４３０１０２　１９９００３０７　１２３４"
    assert finding.replacement == "４３０１０２　********　１２３４"


def test_column_heading_is_context_for_a_bare_number() -> None:
    from secreview.extract.base import TABLE, ExtractedText, Segment

    text = "张三\t0731-84561234"
    extracted = ExtractedText(
        text, [Segment(0, 2, TABLE, "A2", "姓名"), Segment(3, 16, TABLE, "B2", "联系电话")]
    )
    report = ENGINE.review(extracted, "list.docx")
    phones = [(f.rule, f.text) for f in report.findings if f.category.value == "phone"]
    assert phones == [("PI102", "0731-84561234")]  # the identifier rule, not only the column (TC003)
