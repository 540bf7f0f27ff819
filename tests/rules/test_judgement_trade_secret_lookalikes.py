"""Public documents the judgement layer cut as a third party's confidential data (session 12,
tune36): each public form comes out 主动公开 with no trade_secret finding, and its near twin — an informant
who asks, a firm's unpublished figures — is still found as trade_secret."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import (
    assert_public,
    assert_still_found,
    attribute_and_found,
    report_of,
    weighing,
)
from tests.testing.known_public import public

PUBLIC = [
    # the agency's undertaking to whoever reports, under a hotline (a warning, a case bulletin, a reward rule)
    "警情通报:警惕冒充客服退款诈骗\n近期,我市发生多起冒充网店客服以退款为名实施诈骗的案件。\n"
    "如发现可疑线索,可拨打市公安局反诈中心举报电话0571-66820110,对举报人信息严格保密。\n某市公安局",
    "燃气安全违法行为典型案例通报(第2期)\n案例一:某餐饮店违规使用液化石油气案。执法部门依法责令整改并处罚款。\n"
    "欢迎社会各界监督举报,举报电话0571-86012345,我局将对举报人身份严格保密,经查实的按规定给予奖励。\n某市城市管理局",
    "某市住房公积金违规提取举报奖励办法\n第三条 举报人可以通过电话、信函、网站等方式举报。\n"
    "第六条 管理中心应当对举报人的信息严格保密,不得将举报情况透露给被举报人。",
    # a tender notice publishes its budget and ceiling; its clause on what bidders may mark as secret says
    # nothing of figures in it
    "市民服务中心物业管理服务项目竞争性磋商公告\n采购人:某市机关事务管理局\n"
    "二、预算金额:1,260万元;最高限价:1,200万元。\n"
    "七、其他:供应商在响应文件中提供的人员工资、成本测算等涉及商业秘密的内容,应当在响应文件中注明,"
    "采购人将依法予以保密。\n八、响应文件递交截止时间:2026年12月28日9时30分。",
    # a firm's own periodic report, disclosed by rule
    "某市水务投资集团有限公司2025年年度报告(摘要)\n\n一、公司基本情况\n公司为市国资委全资控股的国有独资公司。\n"
    "二、主要财务数据\n营业收入 21.36亿元,净利润 0.82亿元,资产负债率 58.4%。\n"
    "三、债券存续情况\n公司存续公司债券及债务融资工具共8只,余额46.2亿元,均按期付息兑付。\n"
    "本报告已在上海证券交易所网站披露。",
]

FOUND = [
    # an informant named by role who asks, beside the same undertaking
    "关于转办违规提取住房公积金举报线索的函\n某区管理部:\n"
    "举报人系该公司人事专员,要求对其身份保密,担心被公司知道。我中心将对举报人信息严格保密。\n请依法核查。\n"
    "某市住房公积金管理中心",
    # the same figures of the same firm in a report to the agency that supervises it
    "关于某市水务投资集团有限公司2025年经营情况的报告\n市国资委:\n"
    "某市水务投资集团有限公司营业收入21.36亿元,净利润0.82亿元,资产负债率58.4%。\n特此报告。\n某市财政局",
    # a firm's own statement that these figures are its secret, beside the general clause
    "关于某物业公司服务费调整申请的审核意见\n局领导:\n"
    "该公司报送的成本测算显示,人员成本每月186万元,利润率约6%,企业书面声明上述数据属其商业秘密。\n"
    "涉及商业秘密的内容,应当按规定保管。\n物业管理科",
]


INTERNAL_CONTROL = (
    "某县医疗保障局内部控制管理办法\n第二条 本办法适用于局机关各股室及所属事业单位。\n"
    "第六条 政府采购实行采购需求、采购实施、履约验收三分离。\n"
    "第八条 公务用车实行定点维修、定点加油,车辆使用情况每季度在局机关内部通报。\n"
    "第十条 本办法由局办公室负责解释,自2027年1月1日起施行。"
)
LOGISTICS_RULE = (
    "某县医疗保障局机关公务用车使用调度规定\n"
    "第二条 局机关现有公务用车3辆,由办公室统一调度,派车须经办公室负责人签批。\n"
    "第五条 车辆实行定点维修、定点加油。\n第七条 本规定在局机关内部执行。"
)


public(__name__, INTERNAL_CONTROL, "INTERNAL_CONTROL")


def test_an_internal_control_rule_is_published_and_a_car_rota_is_not(engine: Engine) -> None:
    assert_public(engine, INTERNAL_CONTROL)
    report = report_of(engine, LOGISTICS_RULE)
    assert report.attribute is Attribute.WITHHELD
    assert Category.INTERNAL_AFFAIRS in {f.category for f in report.findings}


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize("text", PUBLIC, ids=[f"public-{i}" for i in range(len(PUBLIC))])
def test_a_public_form_is_no_trade_secret(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)


@pytest.mark.parametrize("text", FOUND, ids=[f"found-{i}" for i in range(len(FOUND))])
def test_its_near_twin_is_still_found(engine: Engine, text: str) -> None:
    assert_still_found(engine, text, Category.TRADE_SECRET)


FIRMS_GRADED = (
    "关于2026年第三季度物业服务企业信用考核情况的通报\n各物业服务企业:\n"
    "一、总体情况\n第三季度共受理物业投诉612件,办结率100%。\n"
    "二、考核结果\n考核等次为A级的企业:某物业公司、某服务公司;考核等次为C级的企业:某管家物业公司。"
    "对C级企业,市住建局已进行约谈,并责令限期整改。\n某市住房和城乡建设局"
)
HANDLED_PROBLEM = (
    "关于县第二中学教辅资料征订问题调查处理情况的通报\n各中小学校:\n"
    "一、核查情况\n经查,该校统一征订教辅资料,未履行学生自愿原则。\n"
    "二、处理情况\n(一)责令该校退还已收费用;\n(二)对该校分管副校长作出诫勉谈话处理,对教务主任予以批评教育。\n"
    "某县教育局"
)
STAFF_GRADED = (
    "关于窗口工作人员第三季度考核情况的通报\n中心各科室:\n"
    "窗口工作人员某某两次离岗,考核等次定为基本称职,中心已对其进行约谈。\n某市政务服务中心"
)


def test_firms_graded_and_a_handled_problem_are_no_personnel_and_a_staff_grade_is(engine: Engine) -> None:
    for text in (FIRMS_GRADED, HANDLED_PROBLEM):
        report = report_of(engine, text)
        assert Category.INTERNAL_AFFAIRS not in {f.category for f in report.findings}, text
    report = report_of(engine, STAFF_GRADED)
    assert Category.INTERNAL_AFFAIRS in {f.category for f in report.findings}


PLATFORM_OWN = (
    "关于集团2027年到期债务偿付安排的汇报\n市人民政府:\n"
    "一、截至10月末,集团有息债务余额312.4亿元,其中银行贷款150.2亿元,非标融资成本在7.8%左右。\n"
    "二、集团经营性现金流仅能覆盖利息的约40%,市财政对集团的项目回购款尚欠28.6亿元。\n"
    "三、集团建议申请特殊再融资债券额度置换非标债务,该方案尚未经市政府研究,请市政府决定。\n"
    "某市城市建设投资集团有限公司\n2026年11月20日"
)
PRIVATE_GROUP = (
    "关于某建材集团有限公司经营困难情况的报告\n市人民政府:\n"
    "某建材集团有限公司有息负债12.6亿元,其中银行贷款8.1亿元,融资成本在8.5%左右。\n"
    "经审核,该企业符合纾困条件,建议给予贴息支持,请市政府决定。\n某市工业和信息化局"
)


def test_a_platform_reporting_its_own_debts_to_its_owner_is_no_third_party(engine: Engine) -> None:
    assert attribute_and_found(engine, PLATFORM_OWN, Category.TRADE_SECRET) == (Attribute.WITHHELD, False)
    assert_still_found(engine, PRIVATE_GROUP, Category.TRADE_SECRET)


MINUTES_WEIGHING = (
    "局党组会议纪要\n〔2026〕9号\n"
    "会议专题研究城东学校选址问题,纪要如下:\n"
    "一、项目办汇报了两个备选地块:A地块需征收集体土地,征拆成本约2100万元;B地块为原县机械厂,改造成本约900万元。\n"
    "二、会议意见:选址暂不确定,请项目办进一步论证后再提交党组研究。\n"
    "出席:张某 王某\n列席:李某(项目办)"
)
MINUTES_CONFIDENTIAL = (
    "局党组会议纪要\n〔2026〕10号\n"
    "会议研究某精密机械有限公司技改补助申请,纪要如下:\n"
    "一、该公司单件制造成本由38.6元降至29.2元,企业书面要求对上述数据保密,不同意对外公开。\n"
    "二、会议意见:同意按程序报县政府审定。\n出席:张某 王某"
)


def test_deliberated_figures_are_no_third_party_and_a_firms_confidential_ones_are(engine: Engine) -> None:
    assert attribute_and_found(engine, MINUTES_WEIGHING, Category.TRADE_SECRET) == (Attribute.WITHHELD, False)
    assert_still_found(engine, MINUTES_CONFIDENTIAL, Category.TRADE_SECRET)


CANTEEN = (
    "关于机关食堂承包经营合同续签有关情况的说明\n局领导:\n"
    "局机关食堂由某餐饮管理有限公司承包经营,合同于2026年12月31日到期。\n"
    "一、该公司报价提出管理费上调至每月3.2万元,伙食补贴按每人每餐12元核拨,就餐人数日均150人。\n"
    "二、办公室意见:建议先续签一年,公务用车和食堂的其他安排不变。\n请审定。\n办公室\n2026年12月2日"
)


def test_a_canteen_contractors_quote_goes_with_the_logistics_withheld_whole(engine: Engine) -> None:
    report = report_of(engine, CANTEEN)
    categories = {f.category for f in weighing(report)}
    assert report.attribute is Attribute.WITHHELD
    assert Category.INTERNAL_AFFAIRS in categories and Category.TRADE_SECRET not in categories
