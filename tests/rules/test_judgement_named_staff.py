"""judge24 (session 12): a public annual summary with one passage naming frontline staff by post and full
name with their sanctions (降级, 调离, 书面检查) has that passage cut as internal personnel management
(第十六条第一款、第三十七条); the same summary with counts only stays public. Drafts written for these tests
(for tune36 bl-021)."""

from __future__ import annotations

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, assert_public
from tests.testing.known_public import copied, public

SUMMARY = (
    "县政务服务中心2026年工作总结\n"
    "\n"
    "2026年,县政务服务中心全年办理各类事项38.6万件,好评率99.6%。\n"
    "\n"
    "一、审批提速。企业开办压缩至1个工作日,工程建设项目审批时限压缩40%。\n"
    "\n"
    "二、服务提质。推行延时错时服务,全年延时服务2,310人次。对群众反映的服务问题,窗口人"
    "员贺晓东因多次推诿群众,已给予降级处理并调离窗口岗位,组长汪静作出书面检查并调整至后台审"
    "核岗。\n"
    "\n"
    '三、明年打算。持续推进"高效办成一件事",拓展"跨省通办"事项。\n'
    "\n"
    "县政务服务中心\n"
    "2026年12月10日"
)
SUMMARY_COUNTS = SUMMARY.replace(
    "对群众反映的服务问题,窗口人员贺晓东因多次推诿群众,已给予降级处理并调离窗口岗位,组长汪静作出书面检查"
    "并调整至后台审核岗。",
    "全年开展窗口人员轮岗交流12人次,对群众反映的服务问题均已整改。",
)


copied(__name__, SUMMARY, "SUMMARY")


def test_staff_named_with_their_sanctions_are_cut_from_a_summary(engine: Engine) -> None:
    assert_cut_out(engine, SUMMARY, Category.INTERNAL_AFFAIRS, gone=["贺晓东"], kept=["企业开办"])


public(__name__, SUMMARY_COUNTS, "SUMMARY_COUNTS")


def test_the_summary_with_counts_only_stays_public(engine: Engine) -> None:
    assert_public(engine, SUMMARY_COUNTS)
