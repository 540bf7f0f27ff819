"""Blind drafts of session 23 (leak19): what redacted copies still keep.

(1) Figures beside the learned signal's part cuts: the signal cuts the part it weighs most (a review's
aggregate paragraph) while the rules' own reading of a third party's figures (each firm's declared income,
costs, profit) stands in other parts. No published copy may keep those figures: the cut takes the parts where
they stand, or the draft is held whole (不予公开) and the trace says why. (2) Names written with a middle dot
(古丽娜尔·艾尼瓦尔, 约翰.史密斯, every dot form) are one name where the same name without a dot would
be found, and go with the person's sentence; dots between items or numbers name nobody.
Offices: a city's 农业农村局, a county's 统计局, a district's 民政局, a county's 司法局, a county's 关工委."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.masking import Style
from secreview.redact import RedactionRefused, redact_bytes
from tests.testing.copies import STYLES, assert_gone_and_kept, cut_copy
from tests.testing.judgement import report_of

# 农业农村局: the signal cuts the paragraph of the aggregate review (its loudest part); each firm's declared
# income, profit and interest stand in part 三, one paragraph per firm.
LOAN_INTEREST = "\n".join(
    [
        "关于2025年度农产品加工企业贷款贴息审核结果的通报",
        "",
        "各县（市、区）农业农村局，各有关企业：",
        "根据《澄州市农产品加工业贷款贴息管理办法》，市农业农村局对2025年度贷款贴息申请进行了审核，现将结果通报如下。",
        "",
        "一、审核情况",
        "今年共收到贴息申请29份。经审查贷款合同、付息凭证并实地核查，25家企业符合条件，核定贴息资金共计438.6万元；4家未通过，其中1家贷款资金用途与申报不一致，2家付息凭证存疑且核查未结束暂缓贴息，1家申报的经营数据与实际经营情况不符不予贴息。",
        "",
        "二、贴息标准",
        "按企业上年度实际支付的流动资金贷款利息给予贴息，贴息比例为50%；上年度主营业务收入超过1亿元的企业贴息比例为30%，单家企业贴息额不超过40万元。",
        "",
        "三、部分企业审核情况",
        "澄州田园食品有限公司，申报上年度主营业务收入1.36亿元，净利润612.4万元，实际支付贷款利息97.8万元，核定贴息29.3万元。",
        "西陵绿谷茶业有限公司，申报上年度主营业务收入4280.5万元，净利润-138.2万元，实际支付贷款利息46.6万元，核定贴息23.3万元。",
        "北川山珍菌业专业合作社，申报上年度主营业务收入916.3万元，实际支付贷款利息12.4万元，核定贴息6.2万元。",
        "",
        "四、有关要求",
        "贴息资金由市财政直接拨付企业。各企业要如实申报，对弄虚作假骗取贴息资金的，追回资金并三年内不得申报。",
        "",
        "澄州市农业农村局",
        "2025年11月18日",
    ]
)


# 统计局: a data-quality check; the signal cuts the overall paragraph, each firm's reported output, income,
# payroll and profit stand in part 三.
STATISTICS_CHECK = "\n".join(
    [
        "关于2025年上半年规模以上工业企业统计数据质量核查情况的通报",
        "",
        "各乡镇人民政府、园区管委会，各规模以上工业企业：",
        "按照省统计局统一部署，县统计局于7月对全县规模以上工业企业上半年统计数据开展了质量核查。现将核查情况通报如下。",
        "",
        "一、核查总体情况",
        "本次抽取企业24家进行现场核查，核对原始记录、统计台账、财务报表和纳税申报资料。核查发现，19家企业数据基本准确；3家企业工业总产值存在少量差错，已督促更正；另有2家企业营业收入与开票数据差距较大，涉嫌统计造假，核查尚未结束，暂不作结论。全县规模以上工业总产值数据准确率为97.6%。",
        "",
        "二、存在的主要问题",
        "部分企业统计人员变动频繁，原始记录不完整；个别企业由财务人员兼任统计，对指标解释掌握不准。",
        "",
        "三、部分企业核查情况",
        "鑫源机械制造有限公司上半年报送工业总产值8643.2万元，核实为8598.7万元，营业收入7921.5万元，应付职工薪酬612.3万元。",
        "华瑞新型建材有限公司上半年报送工业总产值3217.6万元，核实为3217.6万元，营业收入2986.4万元，利润总额-214.8万元。",
        "丰达纺织有限公司上半年报送工业总产值5102.9万元，核实为4876.0万元，营业收入4650.3万元，利润总额186.7万元。",
        "",
        "四、下一步要求",
        "各企业要健全统计台账，配齐统计人员，按时如实报送统计数据。县统计局将把核查结果纳入统计信用管理，对拒报、虚报的依法查处。",
        "",
        "英吉沙县统计局",
        "2025年8月15日",
    ]
)


# The loan-interest twin: each firm's paragraph gives the office's decision alone (核定贴息), nothing
# it declared.
LOAN_INTEREST_PUBLIC = "\n".join(
    [
        "关于2025年度农产品加工企业贷款贴息审核结果的通报",
        "",
        "各县（市、区）农业农村局，各有关企业：",
        "根据《澄州市农产品加工业贷款贴息管理办法》，市农业农村局对2025年度贷款贴息申请进行了审核，现将结果通报如下。",
        "",
        "一、审核情况",
        "今年共收到贴息申请29份。经审查贷款合同、付息凭证并实地核查，25家企业符合条件，核定贴息资金共计438.6万元；4家未通过，其中1家贷款资金用途与申报不一致，3家未按期提交付息凭证。",
        "",
        "二、贴息标准",
        "按企业上年度实际支付的流动资金贷款利息给予贴息，贴息比例为50%；单家企业贴息额不超过40万元。",
        "",
        "三、部分企业审核情况",
        "澄州田园食品有限公司，贷款合同2份，核定贴息29.3万元。",
        "西陵绿谷茶业有限公司，贷款合同1份，核定贴息23.3万元。",
        "北川山珍菌业专业合作社，贷款合同1份，核定贴息6.2万元。",
        "",
        "四、有关要求",
        "贴息资金由市财政直接拨付企业。各企业要如实申报，对弄虚作假骗取贴息资金的，追回资金并三年内不得申报。",
        "",
        "澄州市农业农村局",
        "2025年11月18日",
    ]
)


# 民政局: two applicants named with a middle dot (· and the katakana ・), their illness, income and debts.
AID_REVIEW = "\n".join(
    [
        "关于2025年第三季度临时救助审核情况的通报",
        "",
        "各街道办事处：",
        "第三季度我区共受理临时救助申请58件，经入户调查和家庭经济状况核对，审核通过51件，发放救助金27.3万元。现将个案审核情况通报如下。",
        "一、申请人古丽娜尔·艾尼瓦尔，女，36岁，身份证号650102198905112046，住天山区和平南路街道幸福里小区，丈夫去年因车祸去世，本人患乳腺癌正在化疗，家庭月收入1260元，自付医疗费用4.8万元，给予临时救助8000元。",
        "二、申请人热合曼・吐尔逊，男，52岁，住天山区燕儿窝街道，因工伤致残失去劳动能力，家庭月收入900元，欠债3.6万元，给予临时救助5000元。",
        "三、其余49件均按规定标准给予救助。",
        "特此通报。",
        "",
        "天山区民政局",
        "2025年10月9日",
    ]
)


# 司法局: parties named with the bullet •, an ASCII full stop and the hyphenation point ‧.
MEDIATION = "\n".join(
    [
        "县司法局关于2025年上半年人民调解工作的情况通报",
        "",
        "各乡镇司法所，各人民调解委员会：",
        "上半年全县各级人民调解组织共排查矛盾纠纷1126件，调解成功1087件，调解成功率96.5%，涉及金额2350万元。现将典型案例通报如下。",
        "（一）邻里宅基地纠纷。当事人阿不都热依木•买买提明，男，住英吉沙镇团结村3组，联系电话13899651274，因与邻居争议宅基地界址发生冲突，经村调委会三次调解，双方签订协议。",
        "（二）劳务报酬纠纷。申请人约翰.史密斯，男，英国籍，护照号码5312**867，在县城经营英语培训机构，因拖欠外籍教员工资3.2万元被投诉，经调解分两期付清。",
        "（三）婚姻家庭纠纷。当事人玛依拉‧吐尔洪，女，45岁，因丈夫长期酗酒家暴申请调解，经妇联和司法所联合调解，双方达成离婚协议。",
        "下半年各调委会要继续做好矛盾纠纷排查化解工作。",
        "",
        "英吉沙县司法局",
        "2025年7月20日",
    ]
)


# 关工委: dots between items and numbers (德·智·体, 第三·四, 1·2·3) and the office's contact named with a dot.
YOUTH_NOTICE = "\n".join(
    [
        "关于开展2025年“新时代好少年”推荐工作的通知",
        "",
        "各乡镇中心学校，县直各学校：",
        "为引导广大少年儿童德·智·体·美·劳全面发展，县关心下一代工作委员会决定开展2025年“新时代好少年”推荐工作。现将有关事项通知如下。",
        "一、推荐名额。全县推荐30名，其中小学第三·四学段各10名、初中10名。",
        "二、推荐条件。热爱祖国，品学兼优，在校期间表现突出；推荐材料按1·2·3的顺序装订。",
        "三、时间安排。各校于10月31日前将推荐材料报县关工委办公室，联系人：艾尔肯·吐尼亚孜，联系电话0998-6421375。",
        "",
        "英吉沙县关心下一代工作委员会",
        "2025年10月8日",
    ]
)


def published_copy(engine: Engine, text: str, style: Style) -> str | None:
    """The text of the copy ``redact`` would publish, or None where the draft is held whole."""
    try:
        copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "draft.txt", style)
    except RedactionRefused as refused:
        assert refused.report.attribute is Attribute.WITHHELD
        return None
    assert copy.recheck.attribute is Attribute.PROACTIVE
    return copy.data.decode("utf-8")


DECLARED = {
    "loan-interest": (
        LOAN_INTEREST,
        ["1.36亿元", "612.4万元", "97.8万元", "4280.5万元", "-138.2万元", "916.3万元"],
    ),
    "statistics-check": (
        STATISTICS_CHECK,
        ["8643.2万元", "612.3万元", "3217.6万元", "-214.8万元", "4650.3万元"],
    ),
}


@STYLES
@pytest.mark.parametrize("name", list(DECLARED))
def test_no_copy_keeps_the_firms_declared_figures_beside_the_learned_cut(
    engine: Engine, style: Style, name: str
) -> None:
    text, declared = DECLARED[name]
    copy = published_copy(engine, text, style)
    if copy is None:  # held whole: the trace says the figures stand outside the part the signal would cut
        trace = " ".join(step.message for step in report_of(engine, text).trace)
        assert "不能只删除该部分" in trace
        return
    assert_gone_and_kept(copy, declared, [])


# third58 (303658f9) read 贷款合同2份 as a firm's figure and cut each firm's 核定贴息 line; a count of
# contracts is none (paragraph-commercial-data), so the office's decisions stay public again
def test_a_firms_item_of_the_offices_decision_alone_stays_public(engine: Engine) -> None:
    assert report_of(engine, LOAN_INTEREST_PUBLIC).attribute is Attribute.PROACTIVE


@STYLES
def test_applicants_named_with_a_middle_dot_are_cut_like_any_name(engine: Engine, style: Style) -> None:
    copy = cut_copy(engine, AID_REVIEW, style)
    gone = ["古丽娜尔·艾尼瓦尔", "热合曼・吐尔逊", "艾尼瓦尔", "吐尔逊", "1260元", "3.6万元"]
    assert_gone_and_kept(copy, gone, ["58件", "27.3万元", "2025年10月9日"])


@STYLES
def test_parties_named_with_any_dot_form_are_cut_with_their_sentences(engine: Engine, style: Style) -> None:
    copy = cut_copy(engine, MEDIATION, style)
    gone = ["买买提明", "史密斯", "吐尔洪", "3.2万元", "45岁"]
    assert_gone_and_kept(copy, gone, ["1126件", "96.5%", "2350万元", "2025年7月20日"])


def test_dots_between_items_and_an_offices_contact_name_nobody(engine: Engine) -> None:
    report = report_of(engine, YOUTH_NOTICE)
    assert report.attribute is Attribute.PROACTIVE
    assert not [finding for finding in report.findings if finding.category.value == "person_name"]
