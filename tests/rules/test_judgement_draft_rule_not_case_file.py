"""judge44 (session 16): a paper on a draft rule about enforcement read as an enforcement file. A
digest of the comments on a draft (…部门意见汇总及处理情况) or an opinion on another body's draft
(关于《…(修订草案)》的修改意见) is a consultation on a text (第十六条第二款, 过程稿、磋商信函) whatever
its rule is about: the cases, filings and fines it names are the rule's matter, not a case file
(tune49 cj-038, tune52 cu-044). A case's own investigation report stays an enforcement file. The
rules alone are tested; drafts written for these tests before the rule (广播电视台, 殡葬, 民航).
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories

BROADCAST_RULE_OPINION = (
    "关于《广播电视违法违规行为查处办法（征求意见稿）》的修改意见\n"
    "\n"
    "省广播电视局法规处：\n"
    "\n"
    "经台务会研究，对征求意见稿提出以下意见：\n"
    "一、第十一条对擅自插播广告的罚款幅度偏低，建议提高至五万元以上，台内对此意见不一，供参考。\n"
    "二、第十九条立案调查期间是否暂停播出，建议予以明确。\n"
    "三、第二十四条案件移送公安机关的情形，建议增加“危害国家安全”一项。\n"
    "\n"
    "市广播电视台\n"
    "2026年10月15日"
)
FUNERAL_PENALTY_BASELINE_DIGEST = (
    "《市殡葬管理违法行为行政处罚裁量基准》部门意见汇总及处理情况\n"
    "\n"
    "（第二稿，拟提交局长办公会研究）\n"
    "\n"
    "1.市场监管局：对违规收费案件的立案标准应与价格执法一致。处理：采纳。\n"
    "2.公安局：散埋乱葬涉嫌违法的，移送时限建议明确为三日。处理：待进一步研究。\n"
    "3.司法局：罚款档次过细，建议合并为三档。处理：部分采纳，仍有分歧。\n"
    "\n"
    "县民政局殡葬管理股\n"
    "2026年11月3日"
)
AIRPORT_CLEARANCE_RULE_OPINION = (
    "关于《民用机场净空保护区违法建设查处规定（修订草案）》的修改意见\n"
    "\n"
    "省民航发展促进中心：\n"
    "\n"
    "一、第九条对违法建设案件的立案主体，我办与市自然资源和规划局意见不一，倾向于由属地政府统一查处。\n"
    "二、第十四条罚款标准建议与城乡规划法保持一致。\n"
    "以上意见供参考。\n"
    "\n"
    "市民航发展办公室\n"
    "2026年9月18日"
)
FUNERAL_FIRM_OPEN_CASE = (
    "关于永安殡仪服务有限公司违规收费案件的调查报告\n"
    "\n"
    "局长：\n"
    "我局于10月8日对永安殡仪服务有限公司立案调查，目前案件仍在调查中。经调取收费台账，该公司涉嫌超标准收取遗体存放费，涉及金额约4.6万元，尚需询问当事人并调取银行流水核实。在调查终结前，请勿向当事人透露调查进展。\n"
    "\n"
    "执法股\n"
    "2026年10月20日"
)


@pytest.mark.parametrize(
    "text", [BROADCAST_RULE_OPINION, FUNERAL_PENALTY_BASELINE_DIGEST, AIRPORT_CLEARANCE_RULE_OPINION]
)
def test_a_paper_on_a_draft_rule_is_process_information(rules_alone: Engine, text: str) -> None:
    _, categories = attribute_and_categories(rules_alone, text)
    assert Category.PROCESS_INFO in categories
    assert Category.ENFORCEMENT_FILE not in categories


def test_a_cases_own_report_stays_an_enforcement_file(rules_alone: Engine) -> None:
    _, categories = attribute_and_categories(rules_alone, FUNERAL_FIRM_OPEN_CASE)
    assert Category.ENFORCEMENT_FILE in categories
