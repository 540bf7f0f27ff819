"""judge41 (session 15, tune48 cf-009, ch-020): a bulletin (简报, 动态) is a set of items each telling its own
matter, reported, sent and issued alike (报/送/发). When a document combination holds on a bulletin framed
only as public documents are too (a weak genre: 简报 read as a report) and every hit of its subject, state
and circulation signals lies in one item under its 【】 heading, that item is the exempt content set apart
from the rest: it is cut (第三十七条) and the bulletin published, instead of withheld whole. The same
operation told over two items, or the same paragraph in a report to the superior, stays withheld whole; the
bulletin with the item telling only what the public is invited to stays public. Drafts written for these
tests, in offices no tuning part speaks for (a city's radio and television station, a county's funeral
administration, a city's fisheries bureau). A plan or time of an operation kept from those it targets
(行动方案不得对外透露) is `subject-security-operations`, as judge33's 行动前不得外传 was."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import (
    assert_cut,
    assert_cut_out,
    assert_withheld_whole,
    attribute_and_found,
    report_of,
)
from tests.testing.known_public import copied, public

BROADCAST = (
    "安全播出工作简报\n"
    "第12期\n"
    "澄海市广播电视台总编室        2026年12月2日\n"
    "\n"
    "【11月安全播出情况】\n"
    "11月，全台6个电视频道、3套广播节目累计安全播出12960小时，未发生停播、错播事故，技术指标合格率100"
    "%。\n"
    "\n"
    "【融媒体平台上线】\n"
    "“澄海视听”客户端完成改版，新增直播回看和政务服务入口，月活跃用户达到21万。\n"
    "\n"
    "【近期安保安排】\n"
    "12月31日跨年晚会直播期间，市公安局将安排民警12名在演播大楼值守，对曾多次到台里缠访的原聘用人员王"
    "某、赵某由台保卫科落实包保，防止其进入直播现场。行动前不得外传。\n"
    "\n"
    "【下月安排】\n"
    "一是做好元旦、春节期间安全播出；二是开展播控机房消防检查；三是组织新闻采编人员业务培训。\n"
    "\n"
    "（报：市委宣传部、市文广旅局；送：台领导；发：各部门）"
)
# The same bulletin telling the guards in one item and the people watched in another.
BROADCAST_SPREAD = (
    "安全播出工作简报\n"
    "第12期\n"
    "澄海市广播电视台总编室        2026年12月2日\n"
    "\n"
    "【11月安全播出情况】\n"
    "11月，全台6个电视频道、3套广播节目累计安全播出12960小时，未发生停播、错播事故，技术指标合格率100"
    "%。\n"
    "\n"
    "【融媒体平台上线】\n"
    "“澄海视听”客户端完成改版，新增直播回看和政务服务入口，月活跃用户达到21万。\n"
    "\n"
    "【近期安保安排】\n"
    "12月31日跨年晚会直播期间，市公安局将安排民警12名在演播大楼值守。行动前不得外传。\n"
    "\n"
    "【下月安排】\n"
    "一是做好元旦、春节期间安全播出；二是开展播控机房消防检查；三是对曾多次到台里缠访的原聘用人员王某"
    "、赵某由台保卫科落实包保，防止其进入直播现场。\n"
    "\n"
    "（报：市委宣传部、市文广旅局；送：台领导；发：各部门）"
)
# The same items as paragraphs of a report to the superior.
BROADCAST_REPORT = (
    "关于跨年晚会直播安全保障工作的情况报告\n"
    "\n"
    "市委宣传部：\n"
    "11月，全台6个电视频道、3套广播节目累计安全播出12960小时，未发生停播、错播事故，技术指标合格率100"
    "%。\n"
    "\n"
    "“澄海视听”客户端完成改版，新增直播回看和政务服务入口，月活跃用户达到21万。\n"
    "\n"
    "12月31日跨年晚会直播期间，市公安局将安排民警12名在演播大楼值守，对曾多次到台里缠访的原聘用人员王"
    "某、赵某由台保卫科落实包保，防止其进入直播现场。行动前不得外传。\n"
    "\n"
    "一是做好元旦、春节期间安全播出；二是开展播控机房消防检查；三是组织新闻采编人员业务培训。\n"
    "\n"
    "特此报告。\n"
    "\n"
    "澄海市广播电视台\n"
    "2026年12月2日"
)
# The same bulletin whose item tells only what the public is invited to.
BROADCAST_CALM = (
    "安全播出工作简报\n"
    "第12期\n"
    "澄海市广播电视台总编室        2026年12月2日\n"
    "\n"
    "【11月安全播出情况】\n"
    "11月，全台6个电视频道、3套广播节目累计安全播出12960小时，未发生停播、错播事故，技术指标合格率100"
    "%。\n"
    "\n"
    "【融媒体平台上线】\n"
    "“澄海视听”客户端完成改版，新增直播回看和政务服务入口，月活跃用户达到21万。\n"
    "\n"
    "【跨年晚会】\n"
    "12月31日跨年晚会直播期间，欢迎市民通过“澄海视听”客户端观看，现场观众凭票入场。\n"
    "\n"
    "【下月安排】\n"
    "一是做好元旦、春节期间安全播出；二是开展播控机房消防检查；三是组织新闻采编人员业务培训。\n"
    "\n"
    "（报：市委宣传部、市文广旅局；送：台领导；发：各部门）"
)
# A funeral administration's bulletin, its items opening inline with their 【】 headings.
FUNERAL = (
    "殡葬服务管理工作简报\n"
    "第7期\n"
    "青川县民政局殡葬管理股           2026年11月30日\n"
    "\n"
    "    【本月服务情况】11月，县殡仪馆共接运遗体186具，火化186具，惠民殡葬政策减免基本服务费用27.9万"
    "元，群众满意率98%。\n"
    "    【公墓建设】城北公益性公墓二期完成墓穴建设1200个，已通过竣工验收，12月起向城乡居民开放。\n"
    "    【需关注事项】原城南公墓迁坟安置户李建华、周桂兰仍在联络其他未签约户，筹划冬至前后赴省反映，"
    "民政局已落实包保责任人，每日掌握二人动向，有异动立即报告县信访局和城关派出所。\n"
    "    【下月安排】一是做好冬至祭扫服务保障；二是开展殡葬服务收费专项检查；三是推进农村公益性公墓建"
    "设。\n"
    "\n"
    "（报：县委、县政府分管领导；送：县信访局；发：各乡镇民政办）"
)

# A fisheries bureau's bulletin whose item plans a boarding raid and keeps the plan from its targets.
FISHERIES = (
    "海洋渔业执法工作简报\n"
    "第23期\n"
    "东浦市海洋与渔业局办公室        2026年12月3日\n"
    "\n"
    "【伏季休渔后渔港秩序总体平稳】\n"
    "11月，全市各渔港共检查出港渔船1870艘次，查验船员证书5230本，纠正渔具违规使用问题41起，发放"
    "安全生产宣传资料3600份。\n"
    "\n"
    "【渔船安全设备更新稳步推进】\n"
    "市局补助更新北斗终端和AIS设备412台套，完成率86%，剩余设备12月底前安装到位。\n"
    "\n"
    "【近期行动部署】\n"
    "12月9日凌晨4时，市渔政支队将会同海警工作站对石塘渔港锚地涉嫌使用禁用网具的渔船开展突击登临"
    "检查，届时出动执法艇3艘、执法人员36人，在港口东、西航道各设一处拦截点，重点盯住曾两次暴力"
    "抗拒检查的船主陈某、林某，防止再次发生冲撞执法艇事件。行动方案不得对外透露。\n"
    "\n"
    "【渔民培训】\n"
    "全年举办渔民安全培训班18期，培训渔民2100人次。"
)
# The same raid as a paragraph of a unit's report to its bureau.
FISHERIES_REPORT = (
    "关于石塘渔港锚地突击登临检查行动的情况报告\n"
    "\n"
    "市海洋与渔业局：\n"
    "    11月，全市各渔港共检查出港渔船1870艘次，查验船员证书5230本，纠正渔具违规使用问题41起。"
    "\n"
    "    12月9日凌晨4时，市渔政支队将会同海警工作站对石塘渔港锚地涉嫌使用禁用网具的渔船开展突击"
    "登临检查，届时出动执法艇3艘、执法人员36人，在港口东、西航道各设一处拦截点，重点盯住曾两次"
    "暴力抗拒检查的船主陈某、林某，防止再次发生冲撞执法艇事件。行动方案不得对外透露。\n"
    "    全年举办渔民安全培训班18期，培训渔民2100人次。\n"
    "    特此报告。\n"
    "\n"
    "东浦市渔政支队\n"
    "2026年12月3日"
)

# An airport liaison office's bulletin, written before the rule was tried on it: three combinations
# hold on its one item (a pay protest planned at the terminal).
AIRPORT_LIAISON = (
    "民航工作联络简报\n"
    "第4期\n"
    "东浦市人民政府机场工作联络办公室      2026年12月1日\n"
    "\n"
    "【航线开通】11月，东浦机场新开通至昆明、哈尔滨两条航线，全月旅客吞吐量达到41.3万人次，同比"
    "增长12%。\n"
    "【口岸建设】国际航站楼联检设施改造完成，计划明年一季度申请口岸临时开放。\n"
    "【春运保障】民航、铁路、公交三方联席会议确定春运期间增开夜间机场大巴2条线路。\n"
    "【值得关注】据机场集团反映，其地面服务外包公司拖欠68名员工11月工资，部分员工已在群里约定12"
    "月15日到航站楼出发大厅聚集讨薪，机场公安分局已掌握带头的3人情况，届时将在出发大厅加派警力"
    "。\n"
    "（报：市政府领导；送：市交通运输局、市公安局；发：机场集团）"
)


copied(__name__, BROADCAST, "BROADCAST")


def test_an_item_holding_a_planned_operation_is_cut_from_the_bulletin(engine: Engine) -> None:
    assert_cut_out(
        engine, BROADCAST, Category.SECURITY_RISK, gone=["民警12名", "王某"], kept=["12960小时", "消防检查"]
    )


copied(__name__, FUNERAL, "FUNERAL")


def test_an_inline_item_naming_the_people_watched_is_cut_from_the_bulletin(engine: Engine) -> None:
    assert_cut_out(
        engine, FUNERAL, Category.SECURITY_RISK, gone=["李建华", "包保"], kept=["火化186具", "冬至祭扫"]
    )


def test_an_operation_told_over_two_items_withholds_the_bulletin(engine: Engine) -> None:
    assert_withheld_whole(report_of(engine, BROADCAST_SPREAD), Category.SECURITY_RISK)


def test_the_same_paragraph_in_a_report_to_the_superior_stays_withheld(engine: Engine) -> None:
    assert_withheld_whole(report_of(engine, BROADCAST_REPORT), Category.SECURITY_RISK)


public(__name__, BROADCAST_CALM, "BROADCAST_CALM")


def test_the_bulletin_without_the_operation_stays_public(engine: Engine) -> None:
    assert attribute_and_found(engine, BROADCAST_CALM, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)


copied(__name__, FISHERIES, "FISHERIES")


def test_an_item_keeping_a_raids_plan_from_its_targets_is_cut_from_the_bulletin(engine: Engine) -> None:
    assert_cut_out(
        engine, FISHERIES, Category.SECURITY_RISK, gone=["陈某", "拦截点"], kept=["1870艘次", "渔民安全培训"]
    )


def test_the_raid_in_a_report_to_the_bureau_is_withheld(engine: Engine) -> None:
    assert_withheld_whole(report_of(engine, FISHERIES_REPORT), Category.SECURITY_RISK)


copied(__name__, AIRPORT_LIAISON, "AIRPORT_LIAISON")


def test_an_item_several_combinations_hold_on_is_reported_once(engine: Engine) -> None:
    assert len(assert_cut(report_of(engine, AIRPORT_LIAISON), Category.SECURITY_RISK)) == 1
    assert_cut_out(
        engine,
        AIRPORT_LIAISON,
        Category.SECURITY_RISK,
        gone=["68名员工"],
        kept=["41.3万人次", "夜间机场大巴"],
    )


def test_the_item_cut_is_worded_as_a_cut_and_the_report_withheld_as_a_whole(engine: Engine) -> None:
    """The combination's own message says the whole document is withheld (本文件…不予公开): the item cut
    from the bulletin says what is cut instead (the policy's severable wording); the report keeps it."""
    [item] = assert_cut(report_of(engine, BROADCAST), Category.SECURITY_RISK)
    assert "删除该部分后其余内容可公开" in item.message and "本文件" not in item.message
    report = report_of(engine, BROADCAST_REPORT)
    whole = [f for f in report.findings if f.rule == item.rule]
    assert whole and all("本文件" in f.message and not f.severable for f in whole)
