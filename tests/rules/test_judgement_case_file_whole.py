"""judge24 (session 12): when is an open case's paragraph severable, and when is the draft the case
file itself (第十六条第二款)? A note told through, line after line, with one case's questioning, evidence
and proposed penalty is the file and is withheld whole; a month's work report with one open case among
its items has that paragraph cut (第三十七条). Drafts written for these tests (for tune35 bb-034)."""

from __future__ import annotations

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut, assert_withheld_whole, report_of

CASE_NOTE = (
    "11月18日,执法三中队在城西农贸市场检查时发现,个体户罗某经营的摊位销售的冷冻鸡爪无检"
    "验检疫证明,现场查扣86公斤。现将办理情况说明如下,请领导审阅。\n"
    "\n"
    "一、检查情况:执法人员制作了现场检查笔录,对冷库温度和货品标签拍照留存。\n"
    "\n"
    "二、询问情况:罗某在询问笔录中称货品由外地客商送货上门,未索取票据。\n"
    "\n"
    "三、证据情况:已调取市场监控录像2段和罗某的询问笔录,货品已先行登记保存;罗某手机中的进"
    "货聊天记录其拒绝出示,拟申请调取。\n"
    "\n"
    "四、拟处理意见:罗某的行为违反《食品安全法》有关规定,建议依据该法第一百二十四条没收货品"
    "并处货值金额十倍罚款。\n"
    "\n"
    "承办人:龚立新、谢明"
)
MONTH_REPORT = (
    "城西市场监管所11月份工作情况\n"
    "\n"
    "一、日常监管。全月检查农贸市场、超市等经营主体126户次,开展冷链食品专项抽检40批次,"
    "合格率97.5%。\n"
    "\n"
    "二、投诉举报。受理消费投诉58件,办结55件,为消费者挽回经济损失4.2万元。\n"
    "\n"
    "三、案件办理。查处一般程序案件6件,罚没款合计3.8万元。其中个体户罗某销售无检验检疫证"
    "明冷冻鸡爪一案,已制作询问笔录,货品已先行登记保存,其进货聊天记录拟申请调取。\n"
    "\n"
    "四、下月安排。开展元旦春节食品安全专项检查,做好年货市场价格监测。\n"
    "\n"
    "城西市场监管所\n"
    "2026年12月2日"
)


def test_a_note_told_through_with_one_case_is_the_case_file(engine: Engine) -> None:
    assert_withheld_whole(report_of(engine, CASE_NOTE), Category.ENFORCEMENT_FILE)


def test_a_work_report_with_one_open_case_has_its_paragraph_cut(engine: Engine) -> None:
    assert_cut(report_of(engine, MONTH_REPORT), Category.ENFORCEMENT_FILE)
