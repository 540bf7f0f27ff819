"""Hostile drafts whose redacted copy must not keep a phone or identity number (leak9, session 15): a number
broken over a Windows line end (\\r\\n) is read as one broken over a \\n, and cut."""

from __future__ import annotations

import re

import pytest

from secreview import Engine
from secreview.config import Settings
from secreview.masking import Style
from secreview.validators import gb11643_check_char
from tests.testing.copies import STYLES, cut_copy

IDENTITY = "33010419740615282" + gb11643_check_char("33010419740615282")
MOBILE = "13905712687"


@pytest.fixture(scope="module")
def rules_alone() -> Engine:
    """The rules without the learned signal (JL…): what is cut is the rules' spans; whether a figure-dense
    paragraph reads as a firm's data to the model is the learned signal's own question."""
    return Engine(settings=Settings(ignore=("JL",)))


def _read_across(copy: str, digits: str) -> bool:
    """Whether ``copy`` still holds ``digits`` as a reader reads them: separators and line ends between."""
    return re.search(r"[^0-9A-Za-z\u4e00-\u9fff]{0,3}".join(digits), copy) is not None


@STYLES
@pytest.mark.parametrize(
    ("line", "digits"),
    [
        (f"来访人蔡秋萍,联系电话:{MOBILE[:7]}\r\n{MOBILE[7:]},反映摊位被暂扣。", MOBILE),
        (f"来访人蔡秋萍,手机:{MOBILE[:3]}\r\n{MOBILE[3:]}。", MOBILE),
        (f"申请人蔡秋萍,身份证号:{IDENTITY[:10]}\r\n{IDENTITY[10:]},现住桃园新村。", IDENTITY),
    ],
    ids=["phone-7-4", "phone-3-8", "identity-10-8"],
)
def test_a_number_broken_over_a_windows_line_end_is_cut(
    engine: Engine, style: Style, line: str, digits: str
) -> None:
    text = f"关于来访事项办理情况的报告\r\n\r\n{line}\r\n\r\n县信访局\r\n2026年11月24日\r\n"
    assert not _read_across(cut_copy(engine, text, style), digits)


def test_a_count_broken_over_a_windows_line_end_stays(engine: Engine) -> None:
    # PI109's twin: a count after 联系 on the line before is no phone.
    report = engine.review_text("本季度联系人数 139\r\n8765 件,同比增长。")
    assert not [finding for finding in report.findings if finding.category == "phone"]


@STYLES
def test_a_named_persons_income_and_debts_are_cut_however_written(rules_alone: Engine, style: Style) -> None:
    # A 民政 report on one applicant: her income given as about so much, her bills and debts with amounts.
    text = "\n".join(
        [
            "关于申请人欧阳秀梅临时救助情况的报告",
            "    申请人欧阳秀梅系下岗职工,丈夫患尿毒症,家庭月收入约1650元,医疗总费用6.2万元,"
            "个人自付2.7万元,另向亲友借款3万元,家庭年收入不足2.1万元。",
            "    经审核,拟给予临时救助金5000元。",
        ]
    )
    copy = cut_copy(rules_alone, text, style)
    for figure in ["1650", "6.2万", "2.7万", "3万元", "2.1万"]:
        assert figure not in copy, figure
    assert "拟给予临时救助金5000元" in copy


def test_the_same_words_in_a_policy_sentence_are_no_finding(engine: Engine) -> None:
    report = engine.review_text(
        "全县农村居民人均月收入约1650元;大病患者医疗总费用超过5万元的,个人自付部分按60%报销,"
        "困难家庭因病借款2万元以上的可申请临时救助。"
    )
    assert not [finding for finding in report.findings if finding.category == "sensitive_personal"]
    # A firm's turnover beside its legal representative's name is no income of a household.
    report = engine.review_text("该公司法定代表人欧阳秀梅介绍,公司年收入约1800万元,带动就业120人。")
    assert not [finding for finding in report.findings if finding.category == "sensitive_personal"]


@STYLES
def test_a_case_write_ups_diagnosis_goes_with_the_identity_its_paragraph_gives(
    engine: Engine, style: Style
) -> None:
    # The diagnosis sentence names nobody; its paragraph opens with the worker's identity number.
    text = "\n".join(
        [
            "工伤认定典型案例",
            f"    职工欧阳某明,男,身份证号码{IDENTITY},系某物流公司装卸工。2026年3月2日下班途中发生交通事故。"
            "经市人民医院诊断为:右侧胫骨粉碎性骨折、脾破裂,住院治疗35天。",
            "    市人社局依法认定为工伤。",
        ]
    )
    copy = cut_copy(engine, text, style)
    for detail in ["胫骨粉碎性骨折", "脾破裂", "35天"]:
        assert detail not in copy, detail
    assert "市人社局依法认定为工伤。" in copy


def test_a_diagnosis_in_a_paragraph_without_a_person_is_no_finding(engine: Engine) -> None:
    report = engine.review_text(
        "    职工经医院诊断为:骨折、脾破裂的,住院治疗30天以内的工资由用人单位照发。咨询电话:0571-12345678。"
    )
    assert not [finding for finding in report.findings if finding.category == "sensitive_personal"]


@STYLES
@pytest.mark.parametrize("written", ["139 057 12687", "1390-571-2687", "139-05-712-687"])
def test_a_mobile_grouped_oddly_after_its_cue_is_cut(engine: Engine, style: Style, written: str) -> None:
    text = f"关于来访事项办理情况的报告\n来访人蔡秋萍,手机:{written},反映摊位被暂扣。\n县信访局\n"
    assert not _read_across(cut_copy(engine, text, style), MOBILE)
