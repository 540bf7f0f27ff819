"""judge28 (session 12, tune37 bp-032): a risk assessment of one facility whose every item is a single
point of failure (只有一路进线, 无替代水源, 依赖一台服务器而没有备份) and whose remedy still waits for
approval (尚待…批复) is the weak point itself: it is withheld whole by the rules (第十四条), not cut paragraph
by paragraph and not left to the learned signal. The same assessment once the remedies are built is public;
a summary with one weak paragraph has that paragraph cut. Drafts written for these tests (for bp-032)."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import report_of, weighing
from tests.testing.known_public import public

PLANT = (
    "城北水厂安全风险评估情况\n\n水厂承担城区约60%的供水任务。8月,我局组织对水厂进行了安全风险评估,主要结论如下:\n\n"
    "1. 供电:水厂只有一路10千伏进线,备用发电机只能维持约6小时,一旦进线中断,全厂将在当天停产。\n"
    "2. 取水:取水泵站无替代水源,上游一旦发生污染,只能停止取水。\n"
    "3. 控制:中控系统依赖一台服务器运行,没有备份,服务器故障时只能人工操作。\n\n"
    "拟采取措施:新建第二路进线和应急水源连通管(概算共计1800万元),已列入明年项目储备,尚待市发改委批复。\n\n"
    "市水务局\n2026年9月3日"
)
PLANT_DONE = PLANT.replace(
    "拟采取措施:新建第二路进线和应急水源连通管(概算共计1800万元),已列入明年项目储备,尚待市发改委批复。",
    "上述问题已于10月底前全部整改完毕:第二路进线和应急水源连通管均已建成投用,中控系统已完成双机热备。",
)
SUMMARY = (
    "城北水厂2026年工作总结\n\n一、供水保障。全年供水4860万吨,水质合格率100%。\n"
    "二、服务提升。新装用户2300户,办理时限压缩至3个工作日。\n"
    "三、安全管理。经排查,厂区西侧围墙存在监控盲区,夜间无人巡查。\n四、队伍建设。开展技能培训12场。\n\n"
    "城北水厂\n2026年12月1日"
)


def _security(engine: Engine, text: str) -> tuple[Attribute | None, list[tuple[str, bool]]]:
    report = report_of(engine, text)
    security = [f for f in weighing(report) if f.category is Category.SECURITY_RISK]
    return report.attribute, [(f.rule[:2], f.severable) for f in security]


def test_single_points_of_failure_awaiting_their_remedy_withhold_the_whole(engine: Engine) -> None:
    assert _security(engine, PLANT) == (Attribute.WITHHELD, [("JD", False)])


public(__name__, PLANT_DONE, "PLANT_DONE")


def test_the_same_assessment_once_remedied_is_public(engine: Engine) -> None:
    assert _security(engine, PLANT_DONE) == (Attribute.PROACTIVE, [])


def test_one_weak_paragraph_in_a_summary_is_cut(engine: Engine) -> None:
    assert _security(engine, SUMMARY) == (Attribute.REDACTED, [("JD", True)])
