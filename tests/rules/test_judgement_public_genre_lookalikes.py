"""Public documents whose genre publishes the very words the judgement layer reads as exempt (judge37,
session 14; drafts written for this test in offices of my own choosing, not in the tuning parts' words).

A rule's condition stated for whoever falls under it (企业因涉嫌走私被立案调查尚未结案的,海关暂停…;
因涉嫌合同欺诈正在立案调查的,不予公示) is a rule, like 应当 and 不得, not the state of one case: a published
list or notice that carries it stays 主动公开. The twin names one firm whose case is open, and stays cut
(第十六条第二款, 第三十七条).

A rule whose head note says which meeting adopted it and when it takes effect ((…第9次会议通过,自…起施行))
is the rule as adopted and published (第二十条第(一)项): the conditions its articles list (救助对象尚未确定的;
版权归属尚未明确的,或者捐赠人意见不一致的) are no pending state of the document. A 送审稿, or a note that
the rule is still to be submitted (拟提交…审议通过), stays withheld as process information
(第十六条第二款)."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut, attribute_and_categories, report_of

PUBLIC: dict[str, str] = {
    "customs-credit-list": (
        "关于公布2026年度海关高级认证企业名单的公告\n\n"
        "根据《海关注册登记和备案企业信用管理办法》,经企业申请、海关认证,现将本关区新认证的高级认证企业名单予以公布:\n\n"
        "企业名称                 统一社会信用代码\n临川远航国际物流有限公司   91360100MA35K2LX7P\n"
        "临川市金鹏机电进出口有限公司 913601007055123456\n\n"
        "高级认证企业适用较低查验率、优先办理通关手续等便利措施。企业因涉嫌走私被立案调查尚未结案的,"
        "海关暂停适用相应管理措施;案件办结后依规恢复。\n\n特此公告。\n\n临川海关\n2026年6月3日"
    ),
    "insurance-agreement-notice": (
        "关于2027年度定点医药机构协议续签工作的通知\n\n各定点医药机构:\n\n"
        "现将2027年度医保服务协议续签有关事项通知如下:\n一、续签范围:2026年度考核合格的定点医药机构。\n"
        "二、暂缓续签情形:定点医药机构因涉嫌欺诈骗保被立案调查、尚未办结的,暂缓续签协议,"
        "待案件办结后根据处理结果确定是否续签。\n三、续签材料于12月20日前报送。\n\n市医疗保障局\n2026年12月1日"
    ),
    "contract-credit-call": (
        "关于开展2026年度“守合同重信用”企业公示活动的公告\n\n"
        "为推进社会信用体系建设,现开展2026年度“守合同重信用”企业公示活动,有关事项公告如下:\n"
        "一、申报条件:在本市登记注册满三年,近三年无严重违法失信记录。\n"
        "二、不予公示情形:企业存在严重违法失信行为,或因涉嫌合同欺诈正在立案调查的,不予公示。\n"
        "三、申报时间:2026年7月1日至7月31日。\n\n特此公告。\n\n市市场监督管理局\n2026年6月20日"
    ),
}

PUBLIC.update(
    {
        "court-aid-rules-adopted": (
            "临川县人民法院司法救助资金管理规定\n\n(2026年5月8日院审判委员会第9次会议通过,自2026年6月1日起施行)\n\n"
            "第一条 为规范司法救助资金管理,根据有关规定,结合本院实际,制定本规定。\n"
            "第二条 司法救助资金实行专户管理、专款专用。\n"
            "第三条 有下列情形之一的,暂缓发放:(一)救助对象尚未确定的;(二)申请人对救助金额有异议且正在复核的。"
            "暂缓发放应当经分管院领导审批。\n第四条 本规定由本院立案庭负责解释。"
        ),
        "library-rules-adopted": (
            "临川市图书馆古籍数字化资源开放利用办法\n\n(2026年8月14日馆务会议通过)\n\n"
            "第一条 为促进古籍数字化资源开放利用,制定本办法。\n第二条 古籍数字化资源原则上全部向读者开放。\n"
            "第三条 版权归属尚未明确的,或者捐赠人意见不一致的,由馆学术委员会研究后确定开放方式。\n"
            "第四条 本办法自2026年9月1日起施行。"
        ),
    }
)

RULE_STILL_TO_ADOPT = {
    "draft-for-review": (
        "临川市图书馆古籍数字化资源开放利用办法(送审稿)\n\n第一条 为促进古籍数字化资源开放利用,制定本办法。\n"
        "第二条 古籍数字化资源开放范围尚未确定,待馆务会议研究后再定。\n第三条 本办法自2026年9月1日起施行。"
    ),
    "note-to-be-submitted": (
        "临川县人民法院司法救助资金管理规定\n\n(2026年5月8日拟提交院审判委员会审议通过)\n\n"
        "第一条 为规范司法救助资金管理,制定本规定。\n第二条 救助标准尚未确定,待审判委员会研究后再定。\n"
        "第三条 本规定由本院立案庭负责解释。"
    ),
}

OPEN_CASE_TWIN = (
    "关于公布2026年度海关高级认证企业名单的公告\n\n"
    "根据《海关注册登记和备案企业信用管理办法》,经企业申请、海关认证,现将本关区新认证的高级认证企业名单予以公布:\n\n"
    "企业名称                 统一社会信用代码\n临川远航国际物流有限公司   91360100MA35K2LX7P\n\n"
    "另,临川市金鹏机电进出口有限公司因涉嫌走私被立案调查,案件尚未结案,执法人员已对其报关员制作询问笔录,"
    "其认证申请暂缓办理。\n\n特此公告。\n\n临川海关\n2026年6月3日"
)


@pytest.fixture(scope="module")
def rules_alone() -> Engine:
    engine = Engine()
    engine.learned = None
    return engine


@pytest.mark.parametrize("name", list(PUBLIC))
def test_a_public_genre_stays_published(rules_alone: Engine, name: str) -> None:
    attribute, categories = attribute_and_categories(rules_alone, PUBLIC[name])
    assert attribute is Attribute.PROACTIVE
    assert categories == set()


def test_a_named_firms_open_case_is_still_cut(rules_alone: Engine) -> None:
    assert_cut(report_of(rules_alone, OPEN_CASE_TWIN), Category.ENFORCEMENT_FILE)


@pytest.mark.parametrize("name", list(RULE_STILL_TO_ADOPT))
def test_a_rule_still_to_adopt_stays_withheld(rules_alone: Engine, name: str) -> None:
    attribute, categories = attribute_and_categories(rules_alone, RULE_STILL_TO_ADOPT[name])
    assert attribute is Attribute.WITHHELD
    assert Category.PROCESS_INFO in categories
