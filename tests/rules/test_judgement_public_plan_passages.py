"""judge31 (session 13, tune43 bz-011, bz-025, tune42 by-009): a public plan, notice or an agency's own news
release with one paragraph that must go. (1) An assessment naming a venue's weak spot (a fence too low, no
light at night, called the weak point of the guard), or a store's camera broken since spring and where its
keys are kept, tells where to get in (第十四条); (2) what a firm handed the agency, quoted in the agency's
release (该公司向我局提供的数据显示, its unit price and margin), is the agency's file of a third party
(第十五条). The paragraph is cut (第三十七条); the same plan promising only to keep the event safe, the
store guarded, and the same release quoting the firm's published annual report, stay public. Drafts written
for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

FAIR = (
    "第三届青溪农产品交易会工作方案\n\n"
    "经县政府同意,定于2027年5月8日至10日在县体育中心举办第三届青溪农产品交易会。现将工作方案公布如下。\n\n"
    "一、展会内容\n设特色农产品、农机装备、预制菜3个展区,邀请参展企业300家。\n\n"
    "二、安全保障\n经评估,体育中心西侧停车场围墙低矮、夜间光线昏暗,为安保薄弱部位,"
    "开幕期间须安排保安在该处24小时值守。\n\n"
    "三、工作要求\n各有关部门要按照分工做好交通组织和食品安全工作。\n\n青溪县商务局\n2027年3月1日"
)
FAIR_PROMISE = FAIR.replace(
    "经评估,体育中心西侧停车场围墙低矮、夜间光线昏暗,为安保薄弱部位,开幕期间须安排保安在该处24小时值守。",
    "公安机关将做好现场安全保障,确保群众安全有序参观。",
)
SIGNING = (
    "我县今年新引进亿元以上制造业项目9个\n\n"
    "　　记者从县投资促进中心获悉,今年以来,我县新引进亿元以上制造业项目9个,计划总投资68亿元。\n"
    "　　其中,恒川精密部件有限公司扩建项目总投资6亿元,预计2027年投产。\n"
    "　　据了解,该企业向县投资促进中心报送的资料显示,其主要产品销售单价今年下降12%,现有产线毛利率已降至8.3%,"
    "曾考虑将新增产能放在外省。\n"
    "　　县投资促进中心负责人表示,将加快已签约项目开工建设。"
)
SIGNING_PUBLISHED = SIGNING.replace(
    "据了解,该企业向县投资促进中心报送的资料显示,其主要产品销售单价今年下降12%,"
    "现有产线毛利率已降至8.3%,曾考虑将新增产能放在外省。",
    "据该公司公开披露的年度报告,其2025年营业收入12亿元。",
)

STORES = (
    "青溪县2027年救灾物资储备情况公告\n\n为方便各乡镇在紧"
    "急情况下调用物资,现将县级救灾物资储备情况公告如下:\n\n"
    "一、储备地点:县救灾物资仓库(城南工业园区8号)。\n\n"
    "二、储备品种:帐篷400顶,折叠床1200张,棉被3000床。\n\n"
    "三、需要说明的是,仓库东侧摄像头自今年3月起失灵,库房钥匙集中存放在门卫室抽屉内。\n\n"
    "四、调用程序:由乡镇向县应急管理局提出申请,批准后调用。\n\n青溪县应急管理局\n2027年4月2日"
)
STORES_GUARDED = STORES.replace(
    "仓库东侧摄像头自今年3月起失灵,库房钥匙集中存放在门卫室抽屉内。", "仓库实行24小时值守,监控设施运行正常。"
)


copied(__name__, {"FAIR": FAIR, "STORES": STORES})


def test_a_venues_weak_spot_is_cut_from_a_public_plan(engine: Engine) -> None:
    assert_cut_out(engine, FAIR, Category.SECURITY_RISK, gone=["围墙低矮"], kept=["邀请参展企业300家"])
    assert_cut_out(engine, STORES, Category.SECURITY_RISK, gone=["门卫室抽屉"], kept=["帐篷400顶"])


copied(__name__, SIGNING, "SIGNING")


def test_what_a_firm_handed_the_agency_is_cut_from_its_release(engine: Engine) -> None:
    assert_cut_out(
        engine, SIGNING, Category.TRADE_SECRET, gone=["毛利率已降至8.3%"], kept=["计划总投资68亿元"]
    )


public(
    __name__,
    {"FAIR_PROMISE": FAIR_PROMISE, "STORES_GUARDED": STORES_GUARDED, "SIGNING_PUBLISHED": SIGNING_PUBLISHED},
)


def test_a_promise_and_a_published_report_stay_public(engine: Engine) -> None:
    for text in (FAIR_PROMISE, STORES_GUARDED):
        assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)
    assert attribute_and_found(engine, SIGNING_PUBLISHED, Category.TRADE_SECRET) == (
        Attribute.PROACTIVE,
        False,
    )
