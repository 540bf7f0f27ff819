"""Deliberation told apart from a case file (judge36, session 14, tune46 bv-021).

第十六条第二款 names 磋商信函 and 过程稿 beside 行政执法案卷 in one paragraph, but they differ: a letter
asking another body's views on a text the agency is still drafting is a consultation on a draft, whatever
cases it cites as the reasons for its rule; a letter asking another body's view on how to settle one case
is that case's file. What tells them apart is the letter's matter: a text in drafting, to be revised on
the answer (在起草《…》过程中, 根据贵局意见修改后再报…), against a case to be settled (依法作出处理).
These drafts are in other offices' words than tune46's (a prisons' bureau consulting a procuratorate)."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import (
    assert_first_reason,
    attribute_and_categories,
    draft_of,
    report_of,
    weighed_categories,
)

# a market regulator drafting its referral rules, asking the police; two cases cited as the reason
FOOD_REFERRAL_RULES = [
    "县市场监督管理局关于食品安全行政执法与刑事司法衔接有关问题商请意见的函",
    "县公安局:",
    "    我局在起草《食品安全案件移送工作细则》过程中,对以下问题尚未形成一致意见,特商请贵局提出意见:",
    "    一、涉嫌生产销售有毒有害食品的,检测报告出具前是否先行移送。"
    "我局倾向先行通报,待检测结果出具后正式移送。",
    "    二、当事人拒不配合调查、转移涉案物品的,能否由公安机关提前介入。"
    "今年此类情形有2起正在调查,涉及当事人刘某、陈某某。",
    "    三、移送后行政处罚程序是否中止。",
    "    请于11月30日前函复。我局将根据贵局意见修改完善后,报县政府审定。",
    "县市场监督管理局",
    "2026年11月10日",
]
# an emergency-management bureau revising its measures, asking a procuratorate
SAFETY_REFERRAL_MEASURES = [
    "关于安全生产违法行为移送标准有关问题征求意见的函",
    "市人民检察院第二检察部:",
    "    我局正在修订《安全生产行政执法与刑事司法衔接工作实施办法》,有三个问题需要听取贵部意见:",
    "    一、重大事故隐患拒不整改的,是否一律移送。"
    "目前有两起案件正在核查,当事人均为企业法定代表人,已制作询问笔录。",
    "    二、移送前是否需经局法制审核。",
    "    三、检察机关提前介入的条件。",
    "    以上问题,我局拟根据贵部意见修改后,再提交局务会研究。",
    "市应急管理局",
    "2026年12月1日",
]
# near twin: an agriculture bureau asking the police's view on one case, to be settled on the answer
ONE_CASE_CONSULTED = [
    "关于鑫达商贸有限公司涉嫌销售假冒化肥一案定性问题征求意见的函",
    "县公安局:",
    "    我局于10月8日对鑫达商贸有限公司涉嫌销售假冒化肥一案立案调查,现场扣押化肥320袋,已调取进货单据,"
    "询问当事人2次。经抽样检测,有效成分含量不足标示值的40%,货值约9.6万元。",
    "    该案是否达到刑事立案追诉标准,我局尚未形成一致意见,特征求贵局意见。当事人近期拒不配合调查。",
    "    请于11月20日前函复。我局将根据贵局意见依法作出处理。",
    "县农业农村局",
    "2026年11月10日",
]


@pytest.mark.parametrize("lines", [FOOD_REFERRAL_RULES, SAFETY_REFERRAL_MEASURES], ids=["food", "safety"])
def test_consultation_on_own_draft_is_process_information(engine: Engine, lines: list[str]) -> None:
    report = report_of(engine, draft_of(lines))
    assert_first_reason(report, Category.PROCESS_INFO)
    assert Category.PROCESS_INFO in weighed_categories(report)


def test_consultation_on_one_case_stays_a_case_file(engine: Engine) -> None:
    assert_first_reason(report_of(engine, draft_of(ONE_CASE_CONSULTED)), Category.ENFORCEMENT_FILE)


# A proposal of who of the agency's own staff goes out, stays on or is given other work, put up for the
# leadership's decision (tune45 cb-028, a farm bureau's village team): its matter is managing the agency's own
# staff (第十六条第一款): that is why it is withheld, not only that it awaits a decision. Here a hospital's.
STAFF_SENT_OUT = [
    "关于2027年对口支援医疗队队员的建议名单",
    "    按照市卫生健康委对口支援工作安排,我院需选派4名医务人员赴新疆服务一年半。"
    "经各科室报名、院党委初步研究,提出名单如下:",
    "姓名    科室        职称        备注",
    "周  明  心内科      副主任医师  本人报名",
    "吴  佳  儿科        主治医师    孩子年幼,尚需征求本人意见",
    "郑  涛  麻醉科      主治医师",
    "    上一批队员林某期满返回后另行安排工作;郭某本人申请留任半年。",
    "    以上名单请院党委会审定后报市卫生健康委。",
    "医务科",
    "2026年12月4日",
]
# near twin: a programme sends experts out and says so to everyone: it stays public
EXPERTS_SENT_OUT = [
    "关于选派2027年度科技特派员的通知",
    "各乡镇人民政府,局属各单位:",
    "    为推进科技服务下乡,经研究,决定选派科技特派员40名,服务期一年。请各单位按照自愿报名、择优选派的原则,"
    "于12月20日前将推荐名单报送我局农村科技科。服务期满考核合格的,在职称评审中予以倾斜。",
    "县科学技术局",
    "2026年12月1日",
]


def test_staff_sent_out_is_internal_affairs(engine: Engine) -> None:
    assert_first_reason(report_of(engine, draft_of(STAFF_SENT_OUT)), Category.INTERNAL_AFFAIRS)


def test_experts_sent_out_stay_public(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, draft_of(EXPERTS_SENT_OUT))
    assert attribute is not None and attribute.value == "proactive"
    assert not categories


# An enforcement whose measures are still to come: the property found and not yet seized, to be frozen before
# the party hears of it (tune44 ca-012, a court's enforcement team). Here an environment bureau's fine.
def fine_report(state: list[str]) -> str:
    head = [
        "关于宏泰建材有限公司逾期不缴纳罚款有关情况的报告",
        "局领导:",
        "    宏泰建材有限公司因超标排放被我局处以罚款42万元,处罚决定书已于8月送达,当事人逾期未缴纳。",
    ]
    return "\n".join([*head, *state, "执法监察大队", "2026年12月2日"]) + "\n"


MEASURES_TO_COME = [
    "    经查询,该公司基本账户目前余额约55万元,另有原料堆场一处,尚未采取查封、冻结措施。",
    "    鉴于该公司近期正在转移设备,建议:一、本周内向县农商行送达协助冻结通知书,冻结前不通知当事人;"
    "二、同步申请人民法院强制执行。",
    "    以上意见妥否,请批示。",
]
# near twin: the same fine collected and the case closed: no case file left open
CASE_CLOSED = [
    "    经申请,县人民法院于11月20日裁定准予强制执行,罚款及加处罚款已全部划缴国库,本案已结案归档。",
    "    特此报告。",
]


def test_measures_to_come_are_a_case_file(engine: Engine) -> None:
    assert_first_reason(report_of(engine, fine_report(MEASURES_TO_COME)), Category.ENFORCEMENT_FILE)


def test_closed_case_is_no_case_file(engine: Engine) -> None:
    _, categories = attribute_and_categories(engine, fine_report(CASE_CLOSED))
    assert Category.ENFORCEMENT_FILE not in categories


# A review panel's opinions gathered by one of the agency's units for its leadership, the matter still
# open (待查重后定, 意见不一, signed 计划管理科整理 with the date; tune46 bw-002, a science bureau's plan):
# the agency's working paper on an undecided matter (第十六条第二款), withheld whole by the rules, not only
# by the learned signal. A culture fund's here.
PANEL_OPINIONS = [
    "2027年度市文化产业发展专项资金会评专家意见汇总",
    "会评时间:12月2日    地点:市文化广电旅游局五楼会议室    专家组长:韩志远(市社科院)",
    "| 序号 | 项目名称 | 申报单位 | 平均分 | 专家组主要意见 | 建议 |",
    "| 1 | 古城夜游沉浸式演艺 | 青川文旅演艺有限公司 | 85.2 | 市场前景较好 | 拟立项,资助80万元 |",
    "| 2 | 非遗刺绣数字化工坊 | 锦绣坊文化传播有限公司 | 78.9 | 运营模式尚不清晰 | 拟立项,资助40万元 |",
    "| 3 | 动漫原创IP孵化 | 星河动漫科技有限公司 | 69.5 | 创新性一般 | 不建议立项 |",
    "专家组对第2项资助额度意见不一,请产业发展科核实后提交局长办公会研究。",
    "产业发展科整理  2026.12.3",
]
# near twin: the panel's own unanimous opinions, signed by the panel: no working paper of the agency's
PANEL_CONCLUSION = [
    "2027年度市文化产业发展专项资金会评专家意见汇总",
    "| 序号 | 项目名称 | 申报单位 | 平均分 | 专家组主要意见 | 建议 |",
    "| 1 | 古城夜游沉浸式演艺 | 青川文旅演艺有限公司 | 85.2 | 市场前景较好 | 建议立项 |",
    "| 2 | 动漫原创IP孵化 | 星河动漫科技有限公司 | 69.5 | 创新性一般 | 不建议立项 |",
    "专家组一致同意以上评审意见。",
    "评审专家组",
    "2026年12月3日",
]
# near twin: the grants decided and put out for objections: public
GRANTS_NOTICE = [
    "关于2027年度市文化产业发展专项资金拟资助项目的公示",
    "经单位申报、专家会评和局长办公会研究,拟对以下项目给予资助,现予公示。",
    "| 序号 | 项目名称 | 申报单位 | 拟资助金额(万元) |",
    "| 1 | 古城夜游沉浸式演艺 | 青川文旅演艺有限公司 | 80 |",
    "| 2 | 非遗刺绣数字化工坊 | 锦绣坊文化传播有限公司 | 40 |",
    "公示期为2026年12月10日至16日。对公示项目有异议的,请在公示期内向市文化广电旅游局产业发展科书面反映。",
    "市文化广电旅游局",
    "2026年12月9日",
]


def test_panel_opinions_are_process_information(engine: Engine) -> None:
    report = report_of(engine, draft_of(PANEL_OPINIONS))
    assert_first_reason(report, Category.PROCESS_INFO)
    rules = {f.rule for f in report.findings if f.category is Category.PROCESS_INFO}
    assert rules and all(rule.startswith("JD") for rule in rules)


@pytest.mark.parametrize("lines", [PANEL_CONCLUSION, GRANTS_NOTICE], ids=["conclusion", "notice"])
def test_panel_conclusion_and_grants_notice_stay_public(engine: Engine, lines: list[str]) -> None:
    attribute, categories = attribute_and_categories(engine, draft_of(lines))
    assert attribute is not None and attribute.value == "proactive"
    assert not categories


# The agency's own staff canteen and its contract, put up for the leadership (tune46 bv-042, a prison's
# 民警职工食堂): its logistics (第十六条第一款), found by the rules from its title. A bureau's here.
OWN_CANTEEN = [
    "关于干部职工食堂承包合同到期后续安排的意见",
    "局领导:",
    "    局机关干部职工食堂由鑫味餐饮服务有限公司承包,合同于明年1月15日到期。办公室梳理了有关情况:",
    "    一、今年职工满意度测评得分72分,主要反映菜品更新慢、早餐供应时间短;",
    "    二、食堂每月向局里缴纳场地费2000元,水电气费由局里承担,全年约9万元;",
    "    三、加班误餐补助由食堂统一记账,核对中发现部分月份记账不清。",
    "    建议:重新比选承包单位,新合同约定水电气费由承包方承担,误餐补助改为按加班登记表实报实销。",
    "    以上意见请局长办公会研究。",
    "办公室",
    "2026年12月4日",
]
# near twin: firms' staff canteens inspected by a regulator: public
FIRMS_CANTEENS = [
    "关于开展全市企业职工食堂食品安全专项检查的通知",
    "各区市场监督管理局:",
    "    为保障企业职工饮食安全,决定于12月至明年1月开展企业职工食堂食品安全专项检查。重点检查食堂承包单位的"
    "许可证照、从业人员健康证明、原料进货查验记录和餐具消毒情况。对检查中发现的问题,要责令限期整改。",
    "市市场监督管理局",
    "2026年12月1日",
]


def test_own_canteen_is_internal_affairs(engine: Engine) -> None:
    report = report_of(engine, draft_of(OWN_CANTEEN))
    assert_first_reason(report, Category.INTERNAL_AFFAIRS)
    rules = {f.rule for f in report.findings if f.category is Category.INTERNAL_AFFAIRS}
    assert rules and all(rule.startswith("JD") for rule in rules)


def test_firms_canteens_stay_public(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, draft_of(FIRMS_CANTEENS))
    assert attribute is not None and attribute.value == "proactive"
    assert not categories


# A request on one firm's deadline, weighed as options for the superior (tune27 at-003, a steelworks' emission
# works): the agency's deliberation (第十六条第二款). Its supplier's equipment delivered late (延期交付) is a
# contract's matter between firms, no crowd; homes delivered late to their buyers stir one (第十四条).
def test_equipment_delivered_late_is_no_crowd(engine: Engine) -> None:
    lines = [
        "关于华茂纺织印染废水提标改造完成时限调整的请示",
        "县人民政府:",
        "    按照全县印染行业提标改造工作安排,华茂纺织有限公司应于2026年9月30日前完成印染废水提标改造。"
        "该公司近日来函称,膜处理系统核心设备因供应商排产紧张延期交付,申请将完成时限延至2027年3月31日。",
        "    我局对是否同意延期提出两种意见:一是同意延期,延期期间限产30%;"
        "二是不同意延期,9月30日后对印染车间实施停产整治。",
        "    我局倾向于第一种意见。妥否,请批示。",
        "县生态环境分局",
        "2026年8月20日",
    ]
    assert_first_reason(
        report_of(engine, draft_of(lines)), Category.PROCESS_INFO, not_cited=Category.SECURITY_RISK
    )


def test_homes_delivered_late_to_a_gathering_crowd_stay_security(engine: Engine) -> None:
    lines = [
        "关于“滨江壹号”项目延期交付引发购房人聚集情况的报告",
        "区委政法委:",
        "    “滨江壹号”项目因开发商资金链断裂停工,原定12月交房将延期交付。"
        "近日部分购房人在业主群内商议于12月10日到区政府门前集体反映诉求,牵头人为业主代表2人。",
        "    拟采取的措施:一是由街道和住建局提前约谈业主代表;二是请公安分局做好现场秩序维护准备。"
        "以上措施尚未实施,请予指导。",
        "区住房和城乡建设局",
        "2026年12月5日",
    ]
    assert_first_reason(report_of(engine, draft_of(lines)), Category.SECURITY_RISK, attribute=None)


# What one of the options the agency weighs might stir (考虑到…可能引发…) is a consideration of its
# deliberation on a firm's application (tune44 ca-017, a tax office's request on a deferral): process
# information, no crowd it reports. A crowd already gathered stays security whatever the options'
# considerations say. A social-insurance centre's and a labour bureau's words here.
def test_reaction_an_option_might_stir_is_deliberation(engine: Engine) -> None:
    lines = [
        "关于鑫源机械制造有限公司申请缓缴社会保险费有关问题的请示",
        "市人力资源和社会保障局:",
        "    鑫源机械制造有限公司以订单下滑为由,申请缓缴2026年7月至12月社会保险费。"
        "经核实,该公司符合缓缴政策条件的时间段为7月至9月。",
        "    我局研究提出两种处理意见:",
        "    (一)批准缓缴3个月,要求其提供缓缴期满后的补缴计划;",
        "    (二)不予批准,依法强制征缴。但考虑到该公司在岗职工约600人,强制征缴可能引发职工集体讨薪。",
        "    我局倾向于第一种意见。妥否,请批示。",
        "县社会保险事业管理中心",
        "2026年10月12日",
    ]
    assert_first_reason(
        report_of(engine, draft_of(lines)), Category.PROCESS_INFO, not_cited=Category.SECURITY_RISK
    )


def test_crowd_gathered_stays_security_beside_weighed_options(engine: Engine) -> None:
    lines = [
        "关于鑫源机械制造有限公司职工聚集讨薪情况的报告",
        "县委政法委:",
        "    12月3日上午,鑫源机械制造有限公司约120名职工因被拖欠3个月工资,在厂门口聚集讨薪,"
        "部分职工扬言到县政府上访。",
        "    我局研究提出两种处置意见:",
        "    (一)协调企业以存货变现先行支付一个月工资;",
        "    (二)申请欠薪保障金垫付。但考虑到垫付额度有限,可能引发其他企业职工攀比。",
        "    我局倾向于第一种意见。以上措施尚未实施,请予指导。",
        "县人力资源和社会保障局",
        "2026年12月3日",
    ]
    assert_first_reason(report_of(engine, draft_of(lines)), Category.SECURITY_RISK, attribute=None)


# What a firm says of its own process in a verification record (企业另称,其…配方…拟于明年申请发明专利,
# …参数暂不对外披露; tune46 bw-003, a high-tech verification): its plan and its wish for its data, not a
# matter the agency has pending nor this paper's circulation. The same record where the checking team
# holds its own conclusion back for the bureau's meeting stays process information. An industry bureau's.
def verification_record(view: list[str]) -> str:
    lines = [
        "专精特新中小企业认定现场核查情况记录",
        "企业名称:青川恒泰新材料有限公司",
        "核查日期:2026年10月15日",
        "核查人员:市工信局中小企业科 王磊;技术专家 陈一鸣",
        "一、企业基本情况",
        "该企业成立于2016年,主营高性能密封胶。核查时在职职工156人,其中研发人员28人。",
        "二、知识产权",
        "已授权发明专利2件。企业另称,其新型耐高温配方已完成中试,拟于明年申请发明专利,固化温度等配方参数暂不对外披露。",
        *view,
        "核查结论:企业主营业务突出,研发投入符合要求。建议按程序提交认定。",
        "核查人员签字:(略)",
    ]
    return draft_of(lines)


def test_firm_own_plan_is_no_pending_matter(engine: Engine) -> None:
    _, categories = attribute_and_categories(engine, verification_record([]))
    assert Category.PROCESS_INFO not in categories


def test_team_holding_its_conclusion_stays_process(engine: Engine) -> None:
    view = ["三、核查组意见", "核查组拟于下周提交局务会研究,核查结论暂不对外。"]
    attribute, categories = attribute_and_categories(engine, verification_record(view))
    assert attribute is not None and attribute.value == "withheld"
    assert Category.PROCESS_INFO in categories
