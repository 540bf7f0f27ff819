"""judge47 (session 17): a review, form or approval about one named party — a firm applying for a
renewal, a student or a volunteer asking for aid — whose only exempt content is that party's own data.

第十五条 and 第三十七条: the firm's unpublished turnover, margins, prices and technical figures, and a
person's health and family income, are a third party's; the rest (what was applied for, the conditions,
the decision taken) is public in its own right, so the paragraphs that tell the data are cut and the rest
published. The party is named once, at the head of the paper (申请人：…, the firm in the title), and the
paragraph that tells its data does not name it again (2025年营业收入…, 申请人本人患有…): the head names
whom the paragraph is about. Drafts written before the rules, in offices no tuning part speaks for (a
vocational college, a zoo, a reservoir's administration, an expressway administration, a meteorological
observatory); the twins without the data, and the public result of the same procedure, have no third
party's data found.
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found

# ------------------------------------------------------------ a person named at the head, health told below
COLLEGE_FEE_WAIVER = (
    "关于护理学院学生学费减免申请的审核意见\n"
    "\n"
    "申请人：钟晓岚，女，2025级护理专业学生。\n"
    "申请事项：减免2026—2027学年学费5,800元。\n"
    "\n"
    "审核情况：\n"
    "经查阅申请人提交的材料并电话家访，申请人本人患有癫痫，需长期服药，父亲在外务工，母亲无固定收入。\n"
    "\n"
    "依据《湖滨职业技术学院家庭经济困难学生学费减免办法》第六条，申请人符合全额减免条件。\n"
    "\n"
    "审核意见：同意减免2026—2027学年学费5,800元。\n"
    "\n"
    "湖滨职业技术学院学生资助管理中心\n"
    "2026年9月18日"
)
ZOO_VOLUNTEER = (
    "关于志愿讲解员意外伤害慰问金的审批意见\n"
    "\n"
    "申请人：骆嘉怡，男，62岁，本园志愿讲解员。\n"
    "申请事项：志愿者意外伤害慰问金。\n"
    "\n"
    "基本情况：\n"
    "10月12日在两栖爬行馆讲解时滑倒，致右腕受伤。其本人患有2型糖尿病多年，伤口愈合较慢，目前仍在康复治疗。\n"
    "\n"
    "依据《临江动物园志愿者管理办法》第十九条，发放慰问金2,000元。\n"
    "\n"
    "审批意见：同意。\n"
    "\n"
    "临江动物园志愿服务办公室\n"
    "2026年11月3日"
)
RESERVOIR_HARDSHIP = (
    "青山水库移民后期扶持困难户临时补助审批表\n"
    "\n"
    "户主：阙志平\n"
    "家庭人口：4人\n"
    "申请原因：户主本人患帕金森病多年，生活不能自理；妻子患慢性肾病，长期透析，家庭收入主要靠低保。\n"
    "管理处意见：按《青山水库移民后期扶持项目资金管理办法》给予临时补助3,000元。\n"
    "\n"
    "青山水库管理处\n"
    "2026年12月2日"
)
# The twins: the same review with no one's health in it, and the public result of the waivers.
COLLEGE_FEE_WAIVER_PLAIN = COLLEGE_FEE_WAIVER.replace(
    "申请人本人患有癫痫，需长期服药，父亲在外务工，母亲无固定收入。", "申请人系脱贫家庭学生，材料齐全。"
)
COLLEGE_WAIVER_RESULT = (
    "湖滨职业技术学院2026—2027学年学费减免结果公示\n"
    "\n"
    "经个人申请、学院审核，拟对以下学生减免学费，现予公示：\n"
    "\n"
    "序号  姓名    专业    减免金额\n"
    "1     钟晓岚  护理    5,800元\n"
    "2     韦思远  机电    2,900元\n"
    "\n"
    "公示期为5个工作日。\n"
    "\n"
    "湖滨职业技术学院学生资助管理中心\n"
    "2026年9月25日"
)

# ------------------------------------------------------------ a firm named at the head, its books told below
EXPRESSWAY_RENEWAL = (
    "关于畅安服务区经营管理有限公司申请延长东湖服务区经营期限的审核意见\n"
    "\n"
    "处领导：\n"
    "\n"
    "畅安服务区经营管理有限公司于10月提出申请，请求将东湖服务区经营期限延长三年。经营运科审核，情况如下：\n"
    "\n"
    "一、履约情况\n"
    "合同期内未发生重大安全事故，年度考核均为合格以上。\n"
    "\n"
    "二、经营情况\n"
    "2025年营业收入4,860万元，毛利率18.2%，餐饮档口平均租金每平方米每月210元，油品销售量1.26万吨。\n"
    "\n"
    "三、审核意见\n"
    "符合《东湖服务区经营管理合同》约定的续期条件，建议同意延长经营期限三年。\n"
    "\n"
    "以上意见，请审定。\n"
    "\n"
    "营运科\n"
    "2026年11月20日"
)
COLLEGE_TRAINING_BASE = (
    "关于恒科数控设备有限公司申请共建实训基地的审查意见\n"
    "\n"
    "院领导：\n"
    "\n"
    "恒科数控设备有限公司申请与我院共建数控加工实训基地。教务处会同机电学院审查如下：\n"
    "\n"
    "一、资质材料齐全，具有相应的生产经营资格。\n"
    "\n"
    "二、近三年主营业务收入分别为1.12亿元、1.35亿元、1.58亿元，研发投入占比6.4%，五轴数控系统定位精度0.003毫米。\n"
    "\n"
    "三、符合《湖滨职业技术学院校企合作管理办法》规定的条件，建议同意共建。\n"
    "\n"
    "湖滨职业技术学院教务处\n"
    "2026年10月15日"
)
OBSERVATORY_FILING = (
    "关于云途航空气象服务有限公司气象信息服务备案的核查报告\n"
    "\n"
    "台领导：\n"
    "\n"
    "云途航空气象服务有限公司于9月报送气象信息服务备案材料。业务科核查如下：\n"
    "\n"
    "一、备案材料齐全，从业人员均具备相应资质。\n"
    "\n"
    "二、2025年气象服务合同收入2,340万元，其中航班定制服务收入1,710万元，服务单价每航班次85元。\n"
    "\n"
    "三、符合《气象信息服务管理办法》规定的备案条件，建议予以备案。\n"
    "\n"
    "以上，请审阅。\n"
    "\n"
    "澄江市气象台业务科\n"
    "2026年9月28日"
)
EXPRESSWAY_RENEWAL_PLAIN = EXPRESSWAY_RENEWAL.replace(
    "2025年营业收入4,860万元，毛利率18.2%，餐饮档口平均租金每平方米每月210元，油品销售量1.26万吨。",
    "服务区运行正常，旅客满意度测评为优良。",
)
OBSERVATORY_FILING_PLAIN = OBSERVATORY_FILING.replace(
    "二、2025年气象服务合同收入2,340万元，其中航班定制服务收入1,710万元，服务单价每航班次85元。",
    "二、该公司已建立气象信息服务质量管理制度。",
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(COLLEGE_FEE_WAIVER, ["癫痫"], ["全额减免条件"], id="college-fee-waiver"),
        pytest.param(ZOO_VOLUNTEER, ["糖尿病"], ["慰问金2,000元"], id="zoo-volunteer"),
        pytest.param(
            RESERVOIR_HARDSHIP,
            ["帕金森病", "透析"],
            ["临时补助3,000元"],
            id="reservoir-hardship",
        ),
    ],
)
def test_the_health_of_the_person_the_paper_is_about_is_cut(
    engine: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(engine, text, Category.TRADE_SECRET, gone=gone, kept=kept)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            EXPRESSWAY_RENEWAL,
            ["4,860万元", "18.2%"],
            ["延长经营期限三年"],
            id="expressway-renewal",
        ),
        pytest.param(
            COLLEGE_TRAINING_BASE,
            ["1.58亿元", "0.003毫米"],
            ["建议同意共建"],
            id="college-base",
        ),
        pytest.param(
            OBSERVATORY_FILING,
            ["2,340万元", "85元"],
            ["建议予以备案"],
            id="observatory-filing",
        ),
    ],
)
def test_the_books_of_the_firm_the_review_is_about_are_cut(
    engine: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(engine, text, Category.TRADE_SECRET, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(COLLEGE_FEE_WAIVER_PLAIN, id="waiver-without-health"),
        pytest.param(COLLEGE_WAIVER_RESULT, id="waiver-result-notice"),
        pytest.param(EXPRESSWAY_RENEWAL_PLAIN, id="renewal-without-books"),
        pytest.param(OBSERVATORY_FILING_PLAIN, id="filing-without-books"),
    ],
)
def test_the_twins_without_the_data_have_no_third_partys_data(rules_alone: Engine, text: str) -> None:
    assert attribute_and_found(rules_alone, text, Category.TRADE_SECRET)[1] is False
