"""Published lists with third parties' figures, public reports with one paragraph on a plan, a weak point
fixed, a case closed or a firm, published internal-control rules, staffing and appraisal notices, canteen
and car reform, and an enforcement office's public papers (look59, session 23): 42 drafts of my own, written
blind in offices no tuning part speaks for (tests/rules/look59_drafts.py), run through the shipped engine
and the rules alone, before this session's judges widen the rules' reach. Main d91b9d52 decided two of
them otherwise, the same by both engines: a travel agencies' reward 公示 cut at 来岚峰 read as a person's
name (PN001), and a kindergarten's published expense rules (公开版) held whole as internal affairs (JD037).

The twins in the same voices stay withheld or cut: the panel's working note to the director before the
result, a note on one firm's arrears and its rescue talks before a blacklisting, an open case's report, a
summary's paragraph with a firm's figures given in confidence, the office's own staff scores sent to its
sections, a 巡察 group's transfer of problem clues, the cars' floor prices before their auction; and a
双随机 notice naming the firms to be inspected before the check, which main publishes (xfail)."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.rules.look59_drafts import PUBLIC, TWINS
from tests.rules.look59_drafts2 import PUBLIC as SECOND_ROUND
from tests.rules.look59_drafts3 import PUBLIC as THIRD_ROUND
from tests.testing.judgement import (
    BOTH_ENGINES,
    assert_cut_out,
    assert_weighed,
    doc,
    report_of,
)
from tests.testing.known_public import public
from tests.testing.personal import assert_personal_found, public_documents_test

public(__name__, PUBLIC, "PUBLIC")
public(__name__, SECOND_ROUND, "SECOND_ROUND")
public(__name__, THIRD_ROUND, "THIRD_ROUND")

# Main d91b9d52 cut the travel agencies' reward 公示 at 来岚峰 (PN001: 来 read as a surname, the would-be
# name run into 旅游) and held the kindergarten's published expense rules whole (JD037: genre-regulation did
# not read a title ending in (公开版)); persons.toml `given_as_place` and genre-regulation's 公开版
# publish both.
FAILING_ON_MAIN: set[str] = set()

test_public_document_stays_public = public_documents_test(PUBLIC, failing=FAILING_ON_MAIN)
test_public_document_stays_public_by_the_rules_alone = public_documents_test(
    PUBLIC, "rules_alone", failing=FAILING_ON_MAIN
)

# The second round (a check's results in a 通报, a farmer's success, the office's move, a letter on the
# teachers, an event's safety notice, a 绩效自评, a reply to a 建议, a recruitment's interview notice) and the
# third (an exam day's guards, a published 工作规则): main 8451427d cut the interview notice at each name
# (PN001); a public recruitment's stage notice publishes whom the stage admits (public_names.toml [award]).
test_second_round_stays_public = public_documents_test(SECOND_ROUND, BOTH_ENGINES)
test_third_round_stays_public = public_documents_test(THIRD_ROUND, BOTH_ENGINES)

_WITHHELD = {
    "one-firm-arrears-note": (Category.TRADE_SECRET, Category.PROCESS_INFO),
    "open-case-report": (Category.ENFORCEMENT_FILE,),
    "own-staff-scores": (Category.INTERNAL_AFFAIRS,),
    "inspection-clue-transfer": (Category.ENFORCEMENT_FILE, Category.INTERNAL_AFFAIRS),
    "car-floor-prices-before-auction": (Category.TRADE_SECRET,),
}


@pytest.mark.parametrize("engine_name", BOTH_ENGINES)
@pytest.mark.parametrize("name", sorted(_WITHHELD))
def test_the_twins_stay_withheld(request: pytest.FixtureRequest, engine_name: str, name: str) -> None:
    report = report_of(request.getfixturevalue(engine_name), TWINS[name])
    assert_weighed(report, Attribute.WITHHELD, *_WITHHELD[name])


@pytest.mark.parametrize("engine_name", BOTH_ENGINES)
def test_the_panels_note_before_the_result_is_not_published(
    request: pytest.FixtureRequest, engine_name: str
) -> None:
    report = report_of(request.getfixturevalue(engine_name), TWINS["evaluation-sheet-before-result"])
    assert report.attribute is not Attribute.PROACTIVE, [step.message for step in report.trace]


@pytest.mark.xfail(strict=True, reason="main d91b9d52 publishes the firms to be inspected before the check")
@pytest.mark.parametrize("engine_name", BOTH_ENGINES)
def test_the_firms_to_be_inspected_are_not_published_before_the_check(
    request: pytest.FixtureRequest, engine_name: str
) -> None:
    report = report_of(request.getfixturevalue(engine_name), TWINS["inspection-targets-before-check"])
    assert report.attribute is not Attribute.PROACTIVE, [step.message for step in report.trace]


@pytest.mark.parametrize("engine_name", BOTH_ENGINES)
def test_the_firms_confidential_figures_are_cut_from_the_summary(
    request: pytest.FixtureRequest, engine_name: str
) -> None:
    assert_cut_out(
        request.getfixturevalue(engine_name),
        TWINS["summary-with-confidential-firm-figures"],
        Category.TRADE_SECRET,
        gone=["毛利率仅为6.2%", "每吨215元"],
        kept=["耕地质量监测", "有机肥推广"],
    )


# main d91b9d52 cut the plan's paragraph too: 配方 of 测土配方施肥 read as a firm's formula
# (paragraph-commercial-data)
@pytest.mark.parametrize("engine_name", BOTH_ENGINES)
def test_the_summarys_plan_paragraph_is_kept(request: pytest.FixtureRequest, engine_name: str) -> None:
    assert_cut_out(
        request.getfixturevalue(engine_name),
        TWINS["summary-with-confidential-firm-figures"],
        Category.TRADE_SECRET,
        gone=["毛利率仅为6.2%"],
        kept=["开展秋冬季测土配方施肥技术培训10场次"],
    )


# The twins of the fixes, by the rules alone: a visitor named where the text names a place from his given name
# stays a name; a recruitment's scoring sheet (no notice of a stage) keeps its candidates' names found; a
# kindergarten's own arrangement of its car and its claims stays internal.
_NAMED_BESIDE_A_PLACE = doc(
    "岚峰市古城景区游客意外受伤情况报告",
    "    10月3日下午，游客王建华在岚峰山步道翻越护栏拍照时摔伤，已送岚峰市人民医院治疗。",
    "    建华镇派出所民警到场处置。",
)
_SCORING_SHEET = doc(
    "桐川县农业广播电视学校2026年公开招聘教师面试评分汇总表（考官用，请勿外传）",
    "姓名 | 考官一 | 考官二 | 考官三 | 平均分",
    "梁晓 | 85 | 88 | 84 | 85.67",
    "蒲海燕 | 79 | 81 | 80 | 80.00",
)
_OWN_CLAIMS_ARRANGEMENT = doc(
    "岚峰市机关幼儿园公务用车使用安排",
    "    下周起公务用车由园办公室统一派车，出车单须经园长签批；用车费用报销单据每月10日前交财务室。",
    "岚峰市机关幼儿园办公室",
)


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        pytest.param(_NAMED_BESIDE_A_PLACE, "PN001", "王建华", id="visitor-named-beside-a-place"),
        pytest.param(_SCORING_SHEET, "PN001", "梁晓", id="recruitment-scoring-sheet"),
    ],
)
def test_a_persons_name_stays_found(rules_alone: Engine, text: str, rule: str, value: str) -> None:
    assert_personal_found(rules_alone, text, rule, value)


def test_the_kindergartens_own_claims_arrangement_stays_internal(rules_alone: Engine) -> None:
    report = report_of(rules_alone, _OWN_CLAIMS_ARRANGEMENT)
    assert_weighed(report, Attribute.WITHHELD, Category.INTERNAL_AFFAIRS)
