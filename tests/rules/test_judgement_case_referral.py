"""judge28 (session 12, tune27 av-031): a letter that transfers one case to the police (现将此案移送你局)
and asks to be told whether it is opened (请将是否立案的决定书面告知我局) is an enforcement file
(第十六条第二款), not only a consultation between agencies. A public summary that counts the cases transferred
and answered stays public. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories
from tests.testing.known_public import public

LETTER = (
    "青川县市场监督管理局\n关于移送某食品商行涉嫌销售有毒有害食品案件的函\n\n青川县公安局:\n"
    "　　2026年11月20日,我局在监督抽检中发现某食品商行销售的散装腊肉检出禁用物质,货值约3.6万元。"
    "经询问,经营者承认从外地无证作坊进货。该行为涉嫌构成销售有毒、有害食品罪,现将此案移送你局依法处理。\n"
    "　　随函移送:询问笔录3份、检验报告1份、涉案物品清单。\n"
    "　　请依法审查,并将是否立案的决定书面告知我局。\n\n青川县市场监督管理局\n2026年11月28日"
)
SUMMARY = (
    "青川县市场监督管理局2026年行政执法与刑事司法衔接工作情况\n\n"
    "　　2026年,我局全年向公安机关移送涉嫌犯罪案件12件,公安机关均已将是否立案的决定书面告知我局,"
    "其中已立案10件、不予立案2件。\n　　下一步,我局将继续加强与公安、检察机关的协作配合。\n\n"
    "青川县市场监督管理局\n2026年12月10日"
)


def test_a_case_transfer_letter_is_an_enforcement_file(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, LETTER)
    assert attribute is Attribute.WITHHELD and Category.ENFORCEMENT_FILE in categories


public(__name__, SUMMARY, "SUMMARY")


def test_a_summary_counting_cases_transferred_stays_public(engine: Engine) -> None:
    assert attribute_and_categories(engine, SUMMARY) == (Attribute.PROACTIVE, set())
