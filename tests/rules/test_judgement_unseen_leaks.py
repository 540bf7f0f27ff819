"""judge32 (session 13, tune42 and tune43 scored unseen): drafts the rules alone let through.

- A procedure or logistics rule that governs only the agency's own departments
  (仅在…各项目部、综合部和分管领导之间执行) or the agency and its own affiliated centre
  (适用于局机关及…中心) is its internal affairs (第十六条第一款), withheld whole; the same rule
  written for those it serves stays published.
- A public plan or notice with one paragraph on a site's physical gaps (a low fence, no light at
  night, a camera out of order, where the keys are kept) keeps that paragraph back (第十四条、第三十七条);
  a paragraph that only says security will be stepped up stays.
- A firm's figures quoted from what it gave the agency (该公司向我局提供的数据显示) or handed over on
  condition that they reach no third party (要求不得向第三方披露) are its commercial secrets (第十五条):
  the paragraph is cut; figures the firm published itself stay.
- A notice to exam sites on how the papers are escorted, kept and guarded is a security operation
  (第十四条), withheld whole, not merely cut for its broken lock.

Drafts written for these tests."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import (
    assert_cut_out,
    assert_still_found,
    assert_withheld_whole,
    attribute_and_categories,
    attribute_and_found,
    report_of,
)
from tests.testing.known_public import public

INTERNAL_RULES = [
    "市会展办展会项目信息内部登记和审核规程\n\n"
    "第一条 为规范办内展会项目信息的登记和审核,制定本规程。本规程仅在办各业务部、综合部和分管领导之间执行。\n"
    "第二条 业务部接洽主办方后3个工作日内在项目台账中登记,对外联络一律使用项目编号。\n"
    "第三条 主办方提交的预算和招商资料由业务部专人保管,不得复印外带。\n"
    "第四条 本规程由综合部负责解释,自印发之日起执行。",
    "局机关公务用车和应急抢险车辆管理规定\n\n"
    "第一条 为加强局机关公务用车和应急抢险车辆管理,制定本规定。\n"
    "第二条 本规定适用于局机关及县水文站。局现有公务用车3台、抢险指挥车1台,由办公室统一调度。\n"
    "第三条 用车须填写派车单,经办公室主任审批;出县用车须经分管局领导批准。\n"
    "第四条 机关食堂由个体经营户承包,干部职工每餐交纳伙食费6元。\n"
    "第五条 本规定自局务会研究通过之日起施行。",
]
PUBLIC_RULE = (
    "市会展办展会项目服务规程\n\n"
    "第一条 为方便主办方申请展会服务,制定本规程。本规程适用于在本市举办展会的主办方。\n"
    "第二条 主办方提交申请后3个工作日内,由业务部登记并告知办理进度。\n"
    "第三条 主办方可在市会展办网站查询办理结果。\n"
    "第四条 本规程由综合部负责解释,自印发之日起执行。"
)


@pytest.mark.parametrize("text", INTERNAL_RULES, ids=["departments-only", "agency-and-its-centre"])
def test_a_rule_confined_to_the_agency_and_its_own_units_is_withheld(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.INTERNAL_AFFAIRS) == (Attribute.WITHHELD, True)


public(__name__, PUBLIC_RULE, "PUBLIC_RULE")


def test_the_same_procedure_written_for_those_it_serves_stays_published(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, PUBLIC_RULE)
    assert attribute is Attribute.PROACTIVE
    assert Category.INTERNAL_AFFAIRS not in categories


GAP = "北侧停车场围墙较低、夜间照明不足,为安保薄弱部位,泵房钥匙统一存放于门卫室抽屉内,东侧摄像头上月起损坏。"
PUBLIC_PLAN = (
    "2027年春季花卉展览活动方案\n\n"
    "为丰富市民文化生活,定于2027年3月20日至28日在滨湖公园举办春季花卉展览。现将活动方案公布如下。\n\n"
    "一、展览内容\n设郁金香、兰花、盆景3个展区,免费向市民开放。\n\n"
    "二、入园方式\n市民凭预约码入园,每日限流2万人次。\n\n"
    "三、安全保障\n{security}\n\n"
    "四、工作要求\n各有关单位按分工做好交通、卫生和宣传工作。\n\n"
    "市园林局\n2027年2月10日"
)


def test_a_public_plans_paragraph_on_a_sites_gaps_is_cut(engine: Engine) -> None:
    text = PUBLIC_PLAN.format(security=GAP)
    gone, kept = ["夜间照明不足", "钥匙"], ["每日限流2万人次"]
    assert_cut_out(engine, text, Category.SECURITY_RISK, gone=gone, kept=kept)


def test_a_public_plan_that_only_steps_up_security_stays_published(engine: Engine) -> None:
    text = PUBLIC_PLAN.format(security="活动期间公安机关将加强园区巡逻,请市民服从现场管理。")
    attribute, categories = attribute_and_categories(engine, text)
    assert attribute is Attribute.PROACTIVE
    assert Category.SECURITY_RISK not in categories


NEWS = (
    "我区前三季度新签约制造业项目9个\n\n"
    "记者从区商务局获悉,今年以来我区新签约总投资5亿元以上制造业项目9个,协议投资合计86亿元。\n\n"
    "其中,恒岳精密部件有限公司扩建项目总投资12亿元,预计2027年投产。\n\n"
    "{firm}\n\n"
    "区商务局有关负责人表示,将加快已签约项目的供地和开工进度。"
)
FIRM_TOLD_AGENCY = (
    "据了解,恒岳精密部件此次扩建,该企业向我局提供的资料显示,其主要产品出厂价今年下降7%,毛利率降至11.2%。"
)
FIRM_PUBLISHED = "恒岳精密部件有限公司在其公开发布的年度报告中披露,2025年营业收入增长18%。"


def test_a_firms_figures_from_what_it_gave_the_agency_are_cut_from_a_news_item(engine: Engine) -> None:
    text = NEWS.format(firm=FIRM_TOLD_AGENCY)
    assert_cut_out(engine, text, Category.TRADE_SECRET, gone=["毛利率降至11.2%"], kept=["协议投资合计86亿元"])


def test_figures_the_firm_published_itself_stay_in_the_news_item(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, NEWS.format(firm=FIRM_PUBLISHED))
    assert attribute is Attribute.PROACTIVE
    assert Category.TRADE_SECRET not in categories


REVIEW = (
    "“华锐新材料基地”项目招商评审意见\n\n"
    "评审时间:2026年10月9日\n\n"
    "一、项目概况\n投资方拟在高新区建设电池隔膜生产基地,总投资18亿元。\n\n"
    "二、投资方提供的技术数据\n项目拟采用的湿法隔膜工艺良率目前为88%,{condition}\n\n"
    "三、评审意见\n同意提交项目联审会议审议。"
)


def test_a_firms_process_data_handed_over_on_condition_of_confidence_are_cut(engine: Engine) -> None:
    text = REVIEW.format(condition="相关工艺参数由投资方提供,投资方要求不得向第三方透露。")
    assert_cut_out(engine, text, Category.TRADE_SECRET, gone=["良率目前为88%"], kept=["总投资18亿元"])


EXAM_NOTICE = (
    "关于做好2027年高考试卷保管工作的通知\n\n"
    "各考区负责人:\n\n"
    "现将试卷交接和保管有关事项通知如下。\n"
    "1.试卷于6月6日凌晨由市招办专车押运至县招办,沿途由交警护送。\n"
    "2.试卷存放于县招办保密室,保密室仅有一道防盗门,红外对射报警器上周起失灵,尚未修好。\n"
    "3.考试期间每晚由两名民警和一名招办工作人员值守。\n"
    "4.各考区领卷人员凭证件领取试卷,不得代领。\n\n"
    "县招生考试办公室\n2027年5月28日"
)


def test_a_notice_on_how_exam_papers_are_escorted_and_guarded_is_withheld_whole(engine: Engine) -> None:
    assert_withheld_whole(report_of(engine, EXAM_NOTICE), Category.SECURITY_RISK)


# Look-alikes (tune43 bz-005, bz-019, bz-029): the agency's promise to keep what firms hand in
# (对企业提交的…将严格保密) is no secret of this text, the question of a published Q&A (问:…能否…?)
# asks nobody to decide, and a notice calling staff to a training with its attendance rules
# (不得请假, 成绩纳入年度考核) tells no one's results.
RELEASE = (
    "我县前三季度外贸进出口保持增长\n\n"
    "记者从县商务局获悉,1—9月全县外贸进出口总额42.6亿元,同比增长8.1%。\n\n"
    "县商务局有关负责人介绍,今年以来走访外贸企业210余家次,协调解决融资、物流等问题58个;"
    "对企业提供的经营资料依法保守商业秘密。\n\n"
    "下一步,县商务局将组织企业参加广交会等重点展会。"
)
POLICY_QA = (
    "《某县支持外贸企业稳订单若干措施》政策解读\n\n"
    "一、主要内容\n对年出口额增长20%以上的企业给予最高50万元奖励。\n\n"
    "二、常见问题\n"
    "问:今年10月后投产的项目能否参照执行?\n"
    "答:可以。申报企业须提交报关单和审计报告。对申报企业提交的财务数据等涉及商业秘密的内容,受理部门将严格保密,"
    "不对外公开。\n\n"
    "三、咨询方式\n县商务局外贸股。"
)
TRAINING = (
    "关于举办2027年度政务公开业务培训的通知\n\n"
    "局机关各科室、县投资促进中心:\n\n"
    "经研究,决定举办2027年度政务公开业务培训。现将有关事项通知如下:\n"
    "一、时间地点:2027年3月10日下午,局三楼会议室。\n"
    "二、参训人员:局机关全体干部职工。\n"
    "三、有关要求:各科室严格考勤,无特殊情况不得请假;培训后进行测试,成绩纳入年度考核。\n\n"
    "县商务局办公室\n2027年3月1日"
)


public(__name__, {"RELEASE": RELEASE, "POLICY_QA": POLICY_QA, "TRAINING": TRAINING})


@pytest.mark.parametrize(
    "text", [RELEASE, POLICY_QA, TRAINING], ids=["pledge", "policy-qa", "training-notice"]
)
def test_promises_faqs_and_training_notices_stay_published(engine: Engine, text: str) -> None:
    attribute, categories = attribute_and_categories(engine, text)
    assert attribute is Attribute.PROACTIVE
    assert not categories


def test_a_firms_unpublished_figures_beside_the_promise_stay_found(engine: Engine) -> None:
    text = RELEASE.replace(
        "对企业提供的经营资料依法保守商业秘密。",
        "其中某电子公司报送的未公开财务报表显示,其出口毛利率已降至6.3%。",
    )
    assert_still_found(engine, text, Category.TRADE_SECRET)


def test_a_request_that_asks_whether_it_may_proceed_is_still_undecided(engine: Engine) -> None:
    text = (
        "关于外贸企业稳订单奖励资金来源的请示\n县人民政府:\n"
        "奖励资金约600万元,拟从商务发展专项中列支,本意见暂不对外公开。\n"
        "可否从今年预算中先行调剂?请批示。\n县商务局"
    )
    assert_still_found(engine, text, Category.PROCESS_INFO)


def test_a_notice_of_named_staffs_results_to_own_sections_stays_withheld(engine: Engine) -> None:
    text = (
        "2026年度工作人员考核结果及绩效分配意见\n局机关各科室:\n"
        "基本合格(1名):外贸股钱某,全年办件差错5件,奖励性绩效按0.6倍发放,明年调离审核岗位;请假超期2次。\n"
        "如有异议于12月8日前向办公室反映。"
    )
    assert_still_found(engine, text, Category.INTERNAL_AFFAIRS)


# tune43 bz-041: a report on a critical site's weak points that asks for guarding until the fix
# is done (整改完成前,请公安机关将该站列为重点巡查目标) is withheld whole (第十四条): its gaps are
# still open, so the report is the weakness itself, not a public paper with one paragraph to cut.
ASSESSMENT = (
    "城南液化气储配站安全风险评估情况\n\n"
    "受县安委办委托,我局组织专家对城南液化气储配站(全县唯一的储配站)进行了安全风险评估。主要问题如下:\n\n"
    "1.周界防范。储配站东侧围墙可翻越,视频监控存在盲区,夜间仅1名门卫值守。\n\n"
    "2.人员管理。装卸外包人员流动性大,部分人员未经培训即上岗。\n\n"
    "评估结论为“一般风险”,整改建议共9条,预计投资约300万元。\n\n"
    "{closing}"
)


def test_a_weak_point_report_still_awaiting_its_fix_is_withheld_whole(engine: Engine) -> None:
    text = ASSESSMENT.format(
        closing="我局拟于下月督促企业制定整改计划;整改完成前,请公安机关将该站列为重点巡查目标。"
    )
    assert_withheld_whole(report_of(engine, text), Category.SECURITY_RISK)


def test_a_public_notice_closing_a_site_until_its_repair_stays_published(engine: Engine) -> None:
    text = (
        "关于城南公园儿童游乐区暂停开放的公告\n\n"
        "因游乐设施例行检修,儿童游乐区自6月1日起暂停开放,整改完成前请市民勿进入施工区域。\n\n"
        "特此公告。\n\n县园林管理所\n2027年5月28日"
    )
    attribute, categories = attribute_and_categories(engine, text)
    assert attribute is Attribute.PROACTIVE
    assert not categories


# tune43 bz-016: a report to the superior that says its own figures, once out, would set off
# hoarding and price swings (一旦外传,容易引发囤货和价格异常波动) has judged its release a danger to
# economic security (第十四条).
RESERVE_REPORT = (
    "关于春节期间县级储备蔬菜底数的报告\n\n"
    "分管副县长:\n\n"
    "县级储备耐储蔬菜实有800吨,仅为规定规模的55%,主要存放于城北冷库。{closing}\n\n"
    "请县财政追加收储资金约200万元。\n\n"
    "县商务局\n2027年1月5日"
)


def test_a_report_saying_its_figures_would_set_off_hoarding_is_withheld_for_security(engine: Engine) -> None:
    text = RESERVE_REPORT.format(closing="储备缺口一旦外传,容易引发囤货和价格异常波动。")
    assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.WITHHELD, True)


def test_a_report_that_markets_are_calm_holds_no_security_risk(engine: Engine) -> None:
    text = RESERVE_REPORT.format(closing="节日期间市场供应充足,价格总体平稳,未出现异常波动。")
    _, categories = attribute_and_categories(engine, text)
    assert Category.SECURITY_RISK not in categories


# tune42 by-003: a 请示 weighing two ways to raise a utility's price is the agency's process information
# (第十六条第二款); a price adjusted to a level (调整至2.80元) moves no one, and the utility's cost as the
# price authority's cost audit found it (成本监审) goes out with the price hearing, no firm's secret.
PRICE_REQUEST = (
    "关于调整城区管道燃气价格有关事项的请示\n\n"
    "县人民政府:\n"
    "县城区居民用气价格为2.60元/立方米。{cost}\n\n"
    "方案一:一次性调整到位,居民用气调整至3.10元/立方米。\n\n"
    "方案二:分两步调整,2028年再调整至3.10元/立方米,其间缺口由县财政补贴。\n\n"
    "我局倾向于方案二。妥否,请批示。\n\n县发展和改革局\n2027年4月2日"
)


def test_a_request_weighing_price_options_is_process_information_alone(engine: Engine) -> None:
    text = PRICE_REQUEST.format(cost="经县发改局成本监审,县燃气公司2026年单位供气成本为3.05元/立方米。")
    attribute, categories = attribute_and_categories(engine, text)
    assert attribute is Attribute.WITHHELD
    assert categories == {Category.PROCESS_INFO}


def test_a_firms_own_unpublished_books_in_the_request_stay_its_secret(engine: Engine) -> None:
    text = PRICE_REQUEST.format(cost="县燃气公司报送的未公开财务报表显示,其2026年净利润为-860万元。")
    assert_still_found(engine, text, Category.TRADE_SECRET)
