"""judge28 (session 12, tune37 bp-011): an appraisal paper withheld whole as the agency's own personnel matter
(第十六条第一款) that leaves one staff member's grade open while the discipline office checks his claims is
not cut again as an open case file: the check is part of the personnel matter. An open case in a public work
summary is still cut (第十六条第二款、第三十七条). Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories

APPRAISAL = (
    "局党组:\n\n经各科室民主测评、局考核委员会审议,现将2026年度机关工作人员考核等次建议报告如下:\n\n"
    "一、拟定为优秀等次(5人):陈立、王芳、赵建国、孙敏、李涛。\n"
    "二、拟暂不确定等次(1人):执法大队周某某,因涉嫌违规领取加班补贴,局纪检组正在核查,待核查结论作出后再定。\n"
    "三、其余36人拟定为称职。\n\n以上建议妥否,请党组会议研究。\n\n政治处\n2026年12月5日"
)
SUMMARY = (
    "青川县市场监督管理局2026年工作总结\n\n一、市场主体培育。全年新登记市场主体5200户。\n"
    "二、执法办案。全年立案查处各类违法案件312件。其中某商贸公司涉嫌虚假宣传一案目前正在立案调查,"
    "执法人员已对其负责人进行询问,相关宣传资料已封存。\n"
    "三、消费维权。受理投诉举报4100件,办结率99%。\n\n青川县市场监督管理局\n2026年12月1日"
)


def _judged(engine: Engine, text: str) -> tuple[Attribute | None, set[Category]]:
    attribute, categories = attribute_and_categories(engine, text)
    return attribute, categories & {Category.INTERNAL_AFFAIRS, Category.ENFORCEMENT_FILE}


def test_a_staff_check_inside_an_appraisal_withheld_whole_is_no_case_file(engine: Engine) -> None:
    assert _judged(engine, APPRAISAL) == (Attribute.WITHHELD, {Category.INTERNAL_AFFAIRS})


def test_an_open_case_in_a_public_summary_is_still_cut(engine: Engine) -> None:
    assert _judged(engine, SUMMARY) == (Attribute.REDACTED, {Category.ENFORCEMENT_FILE})
