"""judge52 (session 19), third step: two more frames that make the whole paper's matter exempt.

- *The agency's leaders and its sections addressed together* (局领导、各科室、稽查支队:): the paper is sent
  inside the agency, like 局机关各科室:, and a meeting it convenes on a matter its sections still dispute is
  no public notice (第十六条), withheld whole rather than cut at the agenda.
- *A report sent to its addressee for comments before it is final* (现将检查组…的检查报告送达你公司征求意见):
  a draft in consultation (第十六条第二款), whatever its title calls it; the final report's public bulletin
  stays public.

Drafts written for these tests before the rules, in offices no tuning part speaks for (a city 盐务局, a city
天文台), with twins that must stay as they are.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_weighed, public_test, report_of

# A salt bureau convenes its own meeting on a reserve change its sections still dispute.
SALT_MEETING_NOTICE = (
    "关于召开食盐储备规模调整专题会议的通知\n"
    "\n"
    "局领导、各科室、稽查支队：\n"
    "    经局长同意，定于11月12日上午9时在局四楼会议室召开专题会议，研究市级食盐储备规模调整事项。\n"
    "    一、会议议题。市政府要求我局年底前提出储备规模调整建议。储运科主张由3000吨压减至2000吨，"
    "以减少轮换费用；市场科认为春节前后需求波动大，主张维持现有规模。会议将对两种意见进行讨论，"
    "形成我局意见后报市政府。\n"
    "    二、会前准备。储运科准备近三年轮换费用测算，市场科准备节日期间销量分析。\n"
    "    请参会人员准时出席。\n"
    "\n"
    "澄江市盐务局办公室\n"
    "2026年11月6日"
)
# Twin: the bureau tells the public of its consumer-rights day.
SALT_OPEN_DAY_NOTICE = (
    "关于举办“3·15”食盐安全开放日活动的公告\n"
    "\n"
    "    为普及食盐安全知识，澄江市盐务局定于2027年3月15日上午在人民广场举办食盐安全开放日活动，"
    "现场提供碘盐快速检测和真假盐辨识咨询，欢迎市民参加。\n"
    "\n"
    "澄江市盐务局\n"
    "2027年3月1日"
)

# The salt bureau sends its inspection report to the inspected firm for comments before it is final.
SALT_INSPECTION_DRAFT = (
    "澄江市盐务局\n"
    "关于对澄江市盐业有限公司2026年食盐储备管理情况的检查报告\n"
    "\n"
    "澄江市盐业有限公司：\n"
    "    根据年度检查计划，现将检查组对你公司2026年食盐储备管理情况的检查报告送达你公司征求意见，"
    "请自收到之日起7日内提出书面意见，逾期未提出的，视同无异议。\n"
    "    一、发现的问题。储备库账面库存与实物相差12.6吨，原因有待进一步核实；轮换出库记录缺少审批签字。\n"
    "    二、处理建议（拟）。责令限期补齐轮换审批手续，对库存差异开展专项核查。\n"
    "\n"
    "检查组组长：刘某某\n"
    "2026年10月20日"
)
# An observatory's draft report on a contractor's work sent back for comments.
OBSERVATORY_ACCEPTANCE_DRAFT = (
    "关于凤凰岭观测基地供电线路改造工程的验收检查报告\n"
    "\n"
    "青岚电力安装工程有限公司：\n"
    "    现将验收组对你公司承建的凤凰岭观测基地供电线路改造工程的验收检查报告送交你公司征求意见，"
    "请于11月30日前反馈书面意见。\n"
    "    一、检查情况。线路敷设基本符合设计要求，但2处接地电阻偏大，备用电源切换时间超过设计值。\n"
    "    二、初步结论。暂不具备验收条件，整改后再行组织验收。\n"
    "\n"
    "青岚市天文台验收组\n"
    "2026年11月18日"
)
# Twin: the bureau's published bulletin of the year's inspections.
SALT_INSPECTION_BULLETIN = (
    "澄江市2026年食盐储备管理检查情况通报\n"
    "\n"
    "    2026年，市盐务局对全市3家食盐储备企业开展了储备管理检查，总体情况良好。检查发现的轮换审批手续不全"
    "等问题，"
    "已责令相关企业整改到位。\n"
    "    特此通报。\n"
    "\n"
    "澄江市盐务局\n"
    "2026年12月20日"
)

# Main cut the meeting notice at its agenda and let the salt bureau's draft report out (the learned signal
# held it, with no category); it already withheld the observatory's draft (a guard). The rules alone reach
# all three now.
CASES = [
    pytest.param(SALT_MEETING_NOTICE, id="salt-meeting-notice"),
    pytest.param(SALT_INSPECTION_DRAFT, id="salt-inspection-draft"),
    pytest.param(OBSERVATORY_ACCEPTANCE_DRAFT, id="observatory-acceptance-draft"),
]
INSIDE = {Category.INTERNAL_AFFAIRS, Category.PROCESS_INFO}


@pytest.mark.parametrize("text", CASES)
def test_a_paper_whose_matter_is_exempt_is_withheld_whole(engine: Engine, text: str) -> None:
    assert_weighed(report_of(engine, text), Attribute.WITHHELD, *INSIDE)


@pytest.mark.parametrize("text", CASES)
def test_the_rules_alone_withhold_it(rules_alone: Engine, text: str) -> None:
    assert_weighed(report_of(rules_alone, text), Attribute.WITHHELD, *INSIDE)


test_the_public_twins_stay_public = public_test(
    [
        pytest.param(SALT_OPEN_DAY_NOTICE, id="open-day-notice"),
        pytest.param(SALT_INSPECTION_BULLETIN, id="inspection-bulletin"),
    ]
)
