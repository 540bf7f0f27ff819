"""judge30 (session 13, tune40 bm-036, tune41 bs-038): a procedure that says it governs only
the agency's own sections — its internal review of its approvals, how its papers go round, who
sits on duty — is its internal workflow (内部工作流程, 《政府信息公开条例》第十六条第一款),
withheld whole, even where it reads like a rule and its sign-offs read like a request for
instructions. The same steps written for applicants (适用于申请人) are the public procedure of a
licence (《行政许可法》第三十条) and stay published. Drafts written for these tests."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories, attribute_and_found
from tests.testing.known_public import public

INTERNAL = [
    "县市场监管局食品经营许可内部审核流程\n\n"
    "一、窗口受理后,承办人应在1个工作日内完成初审,材料不得带出办公区。\n"
    "二、承办人提出意见后报科长复核,分管副局长签批;涉及特殊食品的,另需法制科会签。\n"
    "三、科室内部办理时限比对外承诺时限缩短1个工作日,超时一次扣减当月绩效3分。\n"
    "四、本流程只适用于局行政审批科、法制科和分管领导之间的工作衔接,自印发之日起执行。",
    "市外事办机关印章使用和值班规程\n\n"
    "本规程适用于办机关各科室。\n"
    "一、办印章由综合科专人保管,用印须填写用印审批单,经分管副主任签批后方可使用。\n"
    "二、节假日值班由科级以上干部轮流带班,值班表由综合科每月编排,报主任审定。\n"
    "三、本规程由综合科负责解释。",
]
PUBLIC = (
    "县市场监管局食品经营许可办理规程\n\n"
    "第一条 为方便申请人办理食品经营许可,制定本规程。\n"
    "第二条 本规程适用于在本县申请食品经营许可的单位和个人。\n"
    "第三条 窗口受理后,承办人在1个工作日内完成初审,科长复核,分管副局长签批。\n"
    "第四条 许可决定自作出之日起7个工作日内在局门户网站公开,申请人可在政务服务网查询办理进度。"
)


@pytest.mark.parametrize("text", INTERNAL, ids=["approval-review-flow", "seal-and-duty-rule"])
def test_a_procedure_confined_to_the_agencys_own_sections_is_internal_affairs(
    engine: Engine, text: str
) -> None:
    assert attribute_and_found(engine, text, Category.INTERNAL_AFFAIRS) == (Attribute.WITHHELD, True)


public(__name__, PUBLIC, "PUBLIC")


def test_the_same_steps_written_for_applicants_stay_published(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, PUBLIC)
    assert attribute is Attribute.PROACTIVE
    assert Category.INTERNAL_AFFAIRS not in categories


# tune41 bs-021: the agency's own logistics arranged under a title that says so (机关后勤保障调整事项), JD037;
# the sector's reform of logistics services reported as news stays published.
LOGISTICS = (
    "局机关后勤保障调整事项\n\n一、公务用车。现有公务用车5辆,其中1辆已达报废年限,拟报废后不再新购,"
    "统一由办公室调度。\n二、食堂。食堂承包合同年底到期,拟不再续签,改由县机关事务中心统一配餐,伙食费标准不变。\n"
    "三、办公用房。规划股增编1人,拟将三楼档案室隔出一间作为办公用房。\n\n办公室\n2026年12月2日"
)
NEWS = (
    "全市机关后勤服务社会化改革工作推进会召开\n\n12月2日,全市机关后勤服务社会化改革工作推进会在市行政中心召开。"
    "会议通报了机关食堂、公务用车、办公用房管理改革进展,部署下一步工作。\n\n(市机关事务管理局供稿)"
)


def test_the_agencys_own_logistics_arranged_under_its_title_is_internal_affairs(engine: Engine) -> None:
    report_rules = {f.rule for f in engine.check_text(LOGISTICS).files[0].findings}
    attribute, categories = attribute_and_categories(engine, LOGISTICS)
    assert attribute is Attribute.WITHHELD and Category.INTERNAL_AFFAIRS in categories
    assert "JD037" in report_rules


public(__name__, NEWS, "NEWS")


def test_news_of_the_sectors_logistics_reform_stays_published(engine: Engine) -> None:
    assert attribute_and_categories(engine, NEWS) == (Attribute.PROACTIVE, set())
