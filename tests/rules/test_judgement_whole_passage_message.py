"""tidy17: a paragraph combination's passage that is what the document is says so. When a record of
deliberation's genre holds the passage whole (judge43's `whole_in`) or such passages make up most of the
text (`whole_when_most`), the decision is 不予公开 for the whole document; its finding said "本段……应删除该段
后公开" all the same, in the text, JSON and SARIF reports. The message's closing clause that cuts the passage
(`[judgement] cut_clauses`) now gives way to why the whole is withheld (`whole_record`, `whole_most`), as the
trace already said; a passage that is cut keeps its message.

Drafts written for these tests: a water authority's expert opinion (a record of deliberation), a district
sports bureau's two-line note whose undecided matter is most of it, and a public summary of the same bureau
whose one undecided item is cut.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secreview import Attribute, Engine
from secreview.errors import RulePackError
from secreview.judge import load_judgement
from secreview.judge.load import builtin_judgement
from secreview.models import Finding, Report
from secreview.report import FORMATS
from tests.testing.cli import write

# An expert opinion on a reservoir's flood-season level: one item still split between the experts.
RESERVOIR_LEVEL_OPINION = (
    "关于青龙水库汛限水位调整的专家论证意见\n"
    "\n"
    "2026年9月12日，县水利局组织5位专家对青龙水库汛限水位调整方案进行论证，意见如下：\n"
    "一、水库大坝安全鉴定结论为二类坝，具备适当抬高汛限水位的条件。\n"
    "二、关于抬高幅度，三位专家主张抬高0.5米，两位专家持保留意见，认为下游河道行洪能力不足，尚有分歧，"
    "待补充下游河道测量资料后再定。\n"
    "三、建议完善水情自动测报系统。\n"
    "\n"
    "专家组组长：（签名）\n"
    "2026年9月12日"
)
# A district sports bureau's short note: its one matter is still open between two bureaus.
STADIUM_NOTE = (
    "区体育场馆开放情况\n"
    "体育中心游泳馆冬季是否对外开放仍有分歧,区体育局主张延长开放时间,区财政局倾向冬季闭馆以节约能耗,"
    "待研究后再定。\n"
)
# The same bureau's public summary, one item of which is still open: the item is cut.
SPORTS_SUMMARY = (
    "区体育局2026年上半年工作总结\n"
    "一、全民健身\n"
    "(一)上半年举办全民健身赛事42场,参与群众3.1万人次。\n"
    "(二)新建社区健身路径18条,更新器材260件。\n"
    "(三)体育中心游泳馆冬季是否对外开放仍有分歧,区体育局主张延长开放时间,区财政局倾向冬季闭馆,"
    "待研究后再定。\n"
    "二、竞技体育\n"
    "区代表队在市运会上获金牌12枚、银牌9枚、铜牌15枚,团体总分列全市第三。\n"
    "三、下半年工作打算\n"
    "办好区第五届运动会,推进学校体育场地向社会开放,完成体育中心外立面改造。\n"
)
CUT_CLAUSE = "应删除该段后公开"


def _passages(engine: Engine, text: str) -> tuple[Report, list[Finding]]:
    report = engine.check_text(text, "draft.txt")
    return report, [f for f in report.files[0].findings if f.rule == "JD043"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        pytest.param(RESERVOIR_LEVEL_OPINION, "本文件即为讨论、审议的记录", id="record-of-deliberation"),
        pytest.param(STADIUM_NOTE, "此类段落占全文大半", id="most-of-the-text"),
    ],
)
def test_a_passage_withheld_whole_says_so_in_every_report(engine: Engine, text: str, why: str) -> None:
    report, passages = _passages(engine, text)
    assert report.files[0].attribute is Attribute.WITHHELD
    assert passages and all(not f.severable for f in passages)
    for finding in passages:
        assert finding.message.startswith("本段所述事项尚在研究、各方意见不一,属于过程性信息;")
        assert why in finding.message and finding.message.endswith("整篇不予公开")
        assert "删除" not in finding.message
    shown = FORMATS["text"](report, False)
    listed = json.loads(FORMATS["json"](report, False))["files"][0]["findings"]
    results = json.loads(FORMATS["sarif"](report, False))["runs"][0]["results"]
    said = [
        *(line for line in shown.splitlines() if "本段所述事项" in line),  # the findings' lines
        *(f["message"] for f in listed if f["rule"] == "JD043"),
        *(r["message"]["text"] for r in results if r["ruleId"] == "JD043"),
    ]
    assert len(said) == 3 * len(passages)
    assert all(why in line and CUT_CLAUSE not in line for line in said)


def test_a_passage_that_is_cut_keeps_its_message(engine: Engine) -> None:
    report, passages = _passages(engine, SPORTS_SUMMARY)
    assert report.files[0].attribute is Attribute.REDACTED
    assert passages and all(f.severable and f.message.endswith(CUT_CLAUSE) for f in passages)


def test_a_combination_that_may_be_whole_ends_with_a_cut_clause(tmp_path: Path) -> None:
    text = builtin_judgement().read_text(encoding="utf-8")
    message = 'message = "本段所述事项尚在研究、各方意见不一,属于过程性信息,应删除该段后公开"'
    assert message in text
    broken = write(
        tmp_path / "judgement.toml", text.replace(message, message.replace(",应删除", ",须删除"), 1)
    )
    with pytest.raises(RulePackError, match=r"E247 .*combination JD043 → message: `whole_in` or"):
        load_judgement(broken)
