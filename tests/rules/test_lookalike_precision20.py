"""Look-alikes decided by the document's structure (precision20): public documents written for this
test in the voices of offices no tuning part speaks for (a 林业和草原局, a 水文局, a 植物园, a 动物园,
a 地质勘查院, a 矿山救护队, a 美术馆, a 国家公园管理局, a 天文馆). Each carries data that is public by
where it stands — the phone of a party that procurement law makes a body, a second line the reader is
told to dial, a consultation line under a recruitment's list, the names of a recruitment's stage list —
and comes out 主动公开. The twins keep the same data where the document gives it to a private person:
still found."""

from __future__ import annotations

import pytest

from secreview import Engine
from tests.testing.personal import assert_proactive_without_personal_findings, loud_personal

PROCUREMENT_RESULT = (
    "青崖植物园温室环境控制系统采购项目成交结果公告\n\n"
    "一、项目编号:QYCG-2026-1187\n"
    "二、成交供应商:青崖市绿域农业科技有限公司\n"
    "三、成交金额:人民币壹佰零叁万元整(¥1,030,000.00)\n"
    "四、公告期限:自本公告发布之日起1个工作日。\n"
    "五、联系方式\n"
    "采购人:青崖植物园  联系电话:0719-86627315\n"
    "采购代理机构:青崖市公共资源交易中心政府采购部  联系电话:0719-86351236\n"
)

TENDER_AGENT = (
    "青崖县水文局水文站网改造工程招标公告\n\n"
    "一、招标条件:本工程已由县发展和改革局批准建设,资金来源为财政资金。\n"
    "二、投标人资格要求:具备水利水电工程施工总承包三级及以上资质。\n"
    "三、招标文件获取:2026年12月8日至12月14日在县公共资源交易网下载。\n"
    "四、联系方式\n"
    "招标人:青崖县水文局 联系人:陈工 电话:0719-6623108\n"
    "招标代理机构:青崖恒信工程项目管理部 电话:0719-8823410\n"
)

ZOO_NOTICE = (
    "关于青崖动物园猛兽区临时闭园的公告\n\n"
    "因猛兽区围栏加固施工,12月10日至12月20日猛兽区暂停开放,其他区域正常开放。"
    "游园期间发现动物逃逸等紧急情况,请立即远离并拨打园区安全保卫部电话0719-8836110,或北门岗亭电话0719-8836100。\n\n"
    "青崖动物园\n2026年12月5日\n"
)

GALLERY_NOTICE = (
    "青崖美术馆关于冬季开放时间调整的通知\n\n"
    "自12月1日起,本馆开放时间调整为9:00—16:30(周一闭馆)。团体参观请提前三日预约,"
    "预约请拨打开放部电话0719-8851206,或宣教部电话0719-8851200。\n"
)

RECRUITMENT_STAGE_LIST = (
    "青崖市地质勘查院2026年公开招聘工作人员资格复审合格人员名单公告\n\n"
    "根据招聘公告,现将资格复审合格、进入面试人员名单公布如下。面试时间另行通知。\n\n"
    "报考岗位   准考证号       姓名     笔试成绩\n"
    "地质勘查员  2612030114   苏景行   74.50\n"
    "地质勘查员  2612030207   任思远   72.00\n"
    "测量技术员  2612030321   葛晓岚   70.50\n\n"
    "咨询电话:0719-86627104(院人事科)\n\n"
    "青崖市地质勘查院\n2026年12月5日\n"
)

RESCUE_RECRUITMENT = (
    "青崖矿山救护队2026年招聘队员体检人员名单公示\n\n"
    "招聘单位   报考岗位   姓名\n"
    "矿山救护队  救护队员  邵清和\n"
    "矿山救护队  救护队员  闵嘉树\n\n"
    "咨询电话:0719-8871102\n"
)

PUBLIC_DOCUMENTS = {
    "procurement-result": PROCUREMENT_RESULT,
    "tender-agent": TENDER_AGENT,
    "zoo-notice": ZOO_NOTICE,
    "gallery-notice": GALLERY_NOTICE,
    "recruitment-stage-list": RECRUITMENT_STAGE_LIST,
    "rescue-recruitment": RESCUE_RECRUITMENT,
}


@pytest.mark.parametrize("name", sorted(PUBLIC_DOCUMENTS))
def test_public_document_stays_public(engine: Engine, name: str) -> None:
    assert_proactive_without_personal_findings(engine, PUBLIC_DOCUMENTS[name])


# The twins: the same places, the number or the names a private person's.
PRIVATE_TWINS = {
    # the person who speaks for a supplier in a complaint's record, on the line above the purchaser's
    "supplier-representative": (
        "青崖植物园温室环境控制系统采购项目质疑处理情况\n\n质疑供应商:青崖市博远科技有限公司\n"
        "质疑人代表:刘德伟  住宅电话:0719-86627315\n采购人:青崖植物园  联系电话:0719-86627316\n",
        "PI102",
        "0719-86627315",
    ),
    # an alternative the reader is told to dial that is a private holder's line
    "dial-a-party": (
        ZOO_NOTICE.replace("或北门岗亭电话", "或当事人家属电话"),
        "PI102",
        "0719-8836100",
    ),
    "dial-a-person": (
        ZOO_NOTICE.replace("或北门岗亭电话", "或饲养员家属刘德伟电话"),
        "PI102",
        "0719-8836100",
    ),
    # a bare line of a kind that may be a private party's own (投诉电话 in a visit's record), or one whose
    # bracket names a holder, not a unit, under a line naming a private person
    "complaint-line": (
        "青崖市天文馆来访登记\n来访人:邹国平\n投诉电话:0719-8867215\n事由:反映观测台夜间灯光扰民。",
        "PI115",
        "0719-8867215",
    ),
    "line-of-a-relative": (
        "青崖市天文馆来访登记\n来访人:邹国平\n联系电话:0719-8867215(其子)\n事由:反映观测台夜间灯光扰民。",
        "PI102",
        "0719-8867215",
    ),
}


@pytest.mark.parametrize("name", sorted(PRIVATE_TWINS))
def test_private_twin_stays_found(engine: Engine, name: str) -> None:
    text, rule, value = PRIVATE_TWINS[name]
    assert (rule, value) in loud_personal(engine, text)


def test_names_of_a_list_no_rule_publishes_stay_found(engine: Engine) -> None:
    """The same list under a report's title (no 公示, 公告 or 公布 of a result or list) is no stage list."""
    report = RECRUITMENT_STAGE_LIST.replace("资格复审合格人员名单公告", "资格复审情况的报告").replace(
        "现将资格复审合格、进入面试人员名单公布如下", "现将资格复审情况报告如下"
    )
    found = loud_personal(engine, report)
    assert ("PN001", "苏景行") in found, found
