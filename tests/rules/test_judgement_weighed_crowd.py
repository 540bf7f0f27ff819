"""A crowd weighed in a deliberation is no crowd the document reports (judge39, session 15).

第十四条 withholds what the text's own content endangers: a crowd gathered or being organised, a run on a
bank, a plan whose publication tells a group where to go. A 请示, a report with options, a consultation
reply on a draft or a personnel deliberation that weighs what a course might bring is process information
(第十六条第二款) whatever its topic: the crowd is the cost of one option (an item naming the option, its
merits, then 但/风险是…), what the agency's own blanket course would bring (若一律…容易引发), what is said of
a person weighed for a post (不宜推荐的:某某(曾组织…)) or a record that is a rule's criterion (无欠薪的企业).
tune47/48 (cd-038, cf-018, cf-026, cf-041, cg-041, ch-033, ch-043) were read so; these drafts are in other
offices' words: a fisheries bureau, a county media centre, a civil-affairs bureau on funeral rules, a dental
hospital, a transport bureau's minutes."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_first_reason, attribute_and_categories, draft_of, report_of


def fisheries_request(option_two: str) -> str:
    lines = [
        "关于青屿湾近岸海域实施季节性禁捕方案的请示",
        "区人民政府:",
        "    青屿湾近岸海域近三年渔获量下降约三成,为恢复渔业资源,"
        "我局会同自然资源、海警等部门研究提出两种方案:",
        "    (一)分区轮休:每年5月至8月对核心区禁捕,其余海域限船限网,渔民收入影响较小;",
        f"    (二)全面禁捕:资源恢复最快;{option_two}",
        "    我局倾向于方案一。在区政府研究确定前,方案暂不对外发布。",
        "    妥否,请批示。",
        "青屿区海洋与渔业局",
        "2026年11月18日",
    ]
    return draft_of(lines)


MEDIA_CENTRE_REPORT = [
    "关于县级广播电视频道整合有关情况和初步考虑的报告",
    "县委宣传部:",
    "    按照省广电局关于县级频道精简整合的要求,我中心对现有4个电视频道、2套广播节目的运行情况进行了梳理,"
    "现将有关情况和初步考虑报告如下。",
    "    一、现状。4个频道中有2个自办节目占比不足两成,年运行费用约460万元。",
    "    二、初步考虑。拟将综合频道与公共频道合并,生活频道停播,广播保留两套。",
    "    三、需要关注的问题。两频道现有编外采编人员31人,若统一撤并后岗位减少,可能出现集体反映诉求的情况;"
    "停播后部分合同广告需协商解除。",
    "    上述考虑尚未与县财政局、县人社局达成一致,待部里研究确定后再制定具体方案。",
    "    以上报告,请审阅。",
    "县融媒体中心",
    "2026年12月2日",
]

FUNERAL_RULES_REPLY = [
    "关于《澄江市殡葬管理办法(修订征求意见稿)》的复函",
    "市民政局:",
    "    贵局《关于征求〈澄江市殡葬管理办法(修订征求意见稿)〉意见的函》收悉。经我局研究,现提出以下意见:",
    "    一、关于第十二条“禁止在公墓以外建造坟墓”。城郊三个镇尚有传统家族墓地约40处,"
    "若一律限期迁移,执法力量难以保障,也容易引发群众聚集。建议对已有家族墓地设置过渡期。",
    "    二、关于第二十条的罚款幅度,建议与省条例保持一致。",
    "    以上意见供参考。",
    "澄江市自然资源和规划局",
    "2026年11月27日",
]

DENTAL_CANDIDATES = [
    "关于修复科科主任人选酝酿情况的汇报",
    "院党委:",
    "    按照院党委部署,修复科于11月组织科室人员酝酿推荐科主任人选,现将初步情况汇报如下:",
    "    (1)拟推荐的:周敏(副主任医师,科室副主任,业务骨干);",
    "    (2)不宜推荐的:李某(曾组织科室人员集体讨要绩效奖金,与护理组有矛盾);",
    "    (3)需进一步了解的:其余2人。",
    "    上述人选在与本人谈话后再按程序提交院长办公会研究。是否妥当,请院党委研究。",
    "医院人事科",
    "2026年12月1日",
]

TRANSPORT_MINUTES = [
    "局务会议纪要",
    "(2026年第19次)",
    "主持:局长",
    "出席:副局长3人,总工程师",
    "    一、关于调整交通工程农民工工资保证金存储比例问题。建设管理科汇报了调整方案:"
    "拟对连续两年无欠薪的施工企业降至0.5%,对发生过欠薪的企业提高至2%。",
    "    会议讨论中意见不一,会议未形成一致意见,由建设管理科进一步测算后提交下次局务会研究。"
    "调整方案在局党组审定前不对外发布。",
    "记录:办公室",
]


@pytest.mark.parametrize(
    "text",
    [
        fisheries_request("但沿岸约800户渔民以近岸捕捞为生,风险是渔民到镇政府聚集。"),
        draft_of(MEDIA_CENTRE_REPORT),
        draft_of(FUNERAL_RULES_REPLY),
        draft_of(TRANSPORT_MINUTES),
    ],
    ids=["option-cost", "blanket-course", "draft-clause", "rule-criterion"],
)
def test_weighed_crowd_is_process_information(engine: Engine, text: str) -> None:
    assert_first_reason(report_of(engine, text), Category.PROCESS_INFO, not_cited=Category.SECURITY_RISK)


def test_person_weighed_for_a_post_is_no_security_risk(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, draft_of(DENTAL_CANDIDATES))
    assert attribute is Attribute.WITHHELD
    assert Category.SECURITY_RISK not in categories


# near twins: a group's plan told on the option's own line, and a crowd already gathered beside the weighed
# course, stay security
def test_group_plan_on_the_option_line_stays_security(engine: Engine) -> None:
    text = fisheries_request("但据掌握部分渔民已在微信群中商议于12月1日到区政府门前聚集。")
    assert_first_reason(report_of(engine, text), Category.SECURITY_RISK)


def test_crowd_gathered_beside_blanket_course_stays_security(engine: Engine) -> None:
    lines = list(MEDIA_CENTRE_REPORT)
    lines.insert(4, "    11月20日,两频道编外采编人员约30人到县委宣传部聚集,要求解决编制问题,经劝导后离开。")
    assert_first_reason(report_of(engine, draft_of(lines)), Category.SECURITY_RISK)


WATER_PRICE_REQUEST = [
    "关于调整城区居民生活用水价格的请示",
    "市人民政府:",
    "    市自来水公司近三年制水成本上升约18%,我局会同市水务局研究提出两种调价方式:",
    "    (一)一次性调整到位。居民第一阶梯水价由2.30元/立方米调至2.75元/立方米,企业亏损可一次消除;"
    "但涨幅较大,风险是部分老旧小区居民到市政府聚集。",
    "    (二)分两年调整。每年调整约0.22元/立方米,居民负担平缓,但企业需财政补贴约1600万元。",
    "    我局倾向于第二种方式。调价方案经听证后再报市政府审定,听证前暂不对外发布。",
    "    妥否,请批示。",
    "市发展和改革局",
    "2026年11月12日",
]

FUNERAL_HOME_REQUEST = [
    "关于县殡仪馆迁建选址的请示",
    "县人民政府:",
    "    县殡仪馆现址位于城区扩展范围内,需迁建。我局会同自然资源、生态环境部门初步踏勘,提出两个备选方案。",
    "    方案一选址于北山公墓东侧,可共用进场道路,投资约4800万元。",
    "    方案二选址于东岭镇林场,距村庄2.5公里,投资约6200万元,若选择方案二,周边三个村可能出现集体上访。",
    "    我局倾向于方案一。在县政府研究确定前,备选地址不对外发布。妥否,请批示。",
    "县民政局",
    "2026年12月3日",
]


@pytest.mark.parametrize(
    "lines", [WATER_PRICE_REQUEST, FUNERAL_HOME_REQUEST], ids=["option-cost-full-stop", "option-chosen"]
)
def test_option_costs_told_other_ways_are_process_information(engine: Engine, lines: list[str]) -> None:
    assert_first_reason(
        report_of(engine, draft_of(lines)), Category.PROCESS_INFO, not_cited=Category.SECURITY_RISK
    )


# near twins: a person kept out of a venue (不宜进入会场) in a security plan is no post weighed.
# judge39 held a firm's collapse that may stir a crowd (一旦全部停产,可能引发职工聚集讨薪) reported with
# the agency's measures for guidance as security; judge48 (session 17, the lead's reading of 第十四条;
# tune51 cq-031, tune52 cu-034, tune53 cr-024 labelled so) reads it as a report asking how to handle a
# risk: process information first, and security only when the text reports the crowd itself (the
# workers at the gate, who leads them)
FIRM_COLLAPSE_REPORT = [
    "关于宏达纺织有限公司经营困难情况的报告",
    "县人民政府:",
    "    宏达纺织有限公司受订单下滑影响,已停开3条生产线,拖欠职工工资两个月,涉及职工420人。"
    "一旦全部停产,可能引发职工聚集讨薪。",
    "    拟由县人社局提前介入,督促企业制定工资支付计划;由属地镇做好职工思想工作。以上措施尚未实施,请予指导。",
    "县工业和信息化局",
    "2026年11月28日",
]


def test_firms_collapse_that_may_stir_a_crowd_is_process_information(engine: Engine) -> None:
    assert_first_reason(
        report_of(engine, draft_of(FIRM_COLLAPSE_REPORT)),
        Category.PROCESS_INFO,
        not_cited=Category.SECURITY_RISK,
    )


def test_firms_workers_gathering_stays_security(engine: Engine) -> None:
    lines = list(FIRM_COLLAPSE_REPORT)
    lines[2] = (
        "    宏达纺织有限公司受订单下滑影响,已停开3条生产线,拖欠职工工资两个月。今天上午约80名职工聚集在"
        "厂区大门口讨薪,带头的是车间主任吴某。"
    )
    assert_first_reason(report_of(engine, draft_of(lines)), Category.SECURITY_RISK)


def test_person_kept_out_of_a_venue_stays_security(engine: Engine) -> None:
    lines = [
        "关于做好12月8日听证会现场秩序维护工作的请示",
        "县人民政府:",
        "    据掌握,部分拆迁户在微信群中商议于12月8日听证会当天到会场门口聚集,牵头人为拆迁户代表2人。",
        "    拟安排民警20人在会场周边值守;对扬言闹事的牵头人,不宜进入会场的由属地镇劝返。",
        "    以上措施尚未实施,妥否,请批示。",
        "县住房和城乡建设局",
        "2026年12月2日",
    ]
    assert_first_reason(report_of(engine, draft_of(lines)), Category.SECURITY_RISK)
