"""judge44 (session 16): process information cited under the wrong article. A 请示 or report that
lays out options for the superior to choose weighs what each course might bring — an option's
drawback (弊端是…村民可能聚集, 缺点是…容易引发…聚集), what the recommended course would bring
(建议选择第2种方式,实施后可能引起…上访) — and that weighing is the deliberation (第十六条第二款),
not a crowd the text reports (第十四条): the first reason is process information (tune49 ci-036,
tune50 cn-033). A group's plan told on the option's line (村民已相约…聚集) stays security. The rules
alone are tested; drafts written for these tests before the rule (殡葬, 民航, 口腔医院).
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories

FUNERAL_HOME_SITE_REQUEST = (
    "关于县殡仪馆迁建选址的请示\n"
    "\n"
    "县人民政府：\n"
    "\n"
    "县殡仪馆现址已被纳入城区规划范围，需迁建。我局会同自然资源局比选了两个选址：\n"
    "（一）城北青龙山地块，用地手续简便，距城区8公里，弊端是邻近两个行政村，村民可能聚集阻挠施工；\n"
    "（二）城西石门岭地块，远离村庄，但需新修道路3公里，投资增加约1200万元。\n"
    "我局建议采用第（二）项。以上意见尚未与财政局取得一致。\n"
    "妥否，请批示。\n"
    "\n"
    "县民政局\n"
    "2026年11月12日"
)
AIRPORT_RENT_REQUEST = (
    "关于机场航站楼商业网点租金调整的请示\n"
    "\n"
    "市人民政府：\n"
    "\n"
    "机场航站楼现有商业网点46家，租金标准已执行6年。经测算，提出三种调整方式：\n"
    "1.一次性上调30%，年增收约900万元，缺点是部分商户可能集体反映、要求减租；\n"
    "2.分三年逐步上调，每年10%；\n"
    "3.维持现行标准至合同期满。\n"
    "我办建议选择第2种方式，实施后可能引起少数商户集中上访，需提前做好沟通。以上建议请市政府研究决定。\n"
    "\n"
    "市民航发展办公室\n"
    "2026年10月9日"
)
DENTAL_HOSPITAL_DORMITORY_REPORT = (
    "关于口腔医院职工宿舍收回问题的报告\n"
    "\n"
    "市卫生健康委：\n"
    "\n"
    "医院原职工宿舍楼28户住户中，已退休职工19户。现有两种处理办法：一是全部收回改作门诊用房，缺点是容易引发退休职工聚集到委里反映；二是只收回空置的9套。医院倾向于第二种办法，待委党组研究后再定。\n"
    "\n"
    "市口腔医院\n"
    "2026年9月2日"
)
FUNERAL_HOME_SITE_VILLAGERS_PLANNING = (
    "关于县殡仪馆迁建选址的请示\n"
    "\n"
    "县人民政府：\n"
    "\n"
    "县殡仪馆现址需迁建。我局比选了两个选址：\n"
    "（一）城北青龙山地块，用地手续简便，风险是青龙村部分村民已相约下周一到县政府门前聚集，反对选址；\n"
    "（二）城西石门岭地块，远离村庄，投资增加约1200万元。\n"
    "我局建议采用第（二）项。\n"
    "妥否，请批示。\n"
    "\n"
    "县民政局\n"
    "2026年11月12日"
)


@pytest.mark.parametrize(
    "text", [FUNERAL_HOME_SITE_REQUEST, AIRPORT_RENT_REQUEST, DENTAL_HOSPITAL_DORMITORY_REPORT]
)
def test_a_weighed_course_is_process_information_not_security(rules_alone: Engine, text: str) -> None:
    _, categories = attribute_and_categories(rules_alone, text)
    assert Category.PROCESS_INFO in categories
    assert Category.SECURITY_RISK not in categories


def test_a_groups_plan_on_the_options_line_stays_security(rules_alone: Engine) -> None:
    _, categories = attribute_and_categories(rules_alone, FUNERAL_HOME_SITE_VILLAGERS_PLANNING)
    assert Category.SECURITY_RISK in categories
