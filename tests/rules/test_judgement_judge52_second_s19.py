"""judge52 (session 19), second step: more papers whose whole matter is exempt, decided 删减后公开 or
主动公开.

- *(内部流转) after a title* is the paper's own circulation mark, like (内部传阅) (WS004, 第十六条第一款).
- *An evaluation whose measures still await a decision body* (尚待局党组审定, 尚待领导小组审定): the
  paper puts its matter up for decision (第十六条第二款), withheld whole, not cut at its options paragraph.
- *A paper of one case before it is closed* (案件办结前,有关材料不得向当事人提供): an open case's file
  (第十六条第二款); a rule for every case in an issued code stays public.
- *A guard arrangement for the agency's own patrol groups* (各巡护组:) naming a gap not yet closed: the
  arrangement is the weak point (第十四条), withheld whole.
- *A report on one tender before its opening* (…工程招标有关情况) that gives the 标底: the report is the
  tender's pre-opening information (LABELS.md, price floors: the floor is the paper's matter), withheld whole;
  a progress report that tells the floor in one sentence is still cut.

Drafts written for these tests before the rules, in offices no tuning part speaks for (a city 船闸管理处, a
city 植物园, a city 天文台, a city 盐务局), with twins that must stay as they are.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import public_test, report_of, weighed_test, weighing

# A lock authority's approval slip for lending its traffic records of named shipping firms, marked for
# internal circulation after its title.
LOCK_DATA_SLIP = (
    "船闸过闸船舶数据调用申请审批单（内部流转）\n"
    "\n"
    "申请部门：调度科\n"
    "申请事项：市港航发展中心商请提供2026年1至9月过闸船舶明细，用于编制航运发展规划。\n"
    "拟提供内容：江陵顺达航运有限公司、江陵长丰船务有限公司等43家企业的过闸艘次、载货量和货种明细。\n"
    "调度科意见：企业明细涉及其经营数据，建议只提供按货种汇总的数据。\n"
    "分管副处长意见：同意调度科意见。\n"
)
# Twin: the lock authority tells the public how its letters are handled; 内部流转 is a word of the text.
LOCK_LETTERS_NOTICE = (
    "关于优化群众来信办理流程的公告\n"
    "\n"
    "    为提高办理效率，自2026年10月1日起，我处收到的群众来信实行登记后内部流转、限时办结，"
    "一般事项15个工作日内答复。\n"
    "    特此公告。\n"
    "\n"
    "江陵市船闸管理处\n"
    "2026年9月25日"
)

# A salt bureau's evaluation of two sites for its reserve depot, its choice put to the Party group.
SALT_DEPOT_EVALUATION = (
    "市级食盐储备库迁建选址评估报告\n"
    "\n"
    "    一、基本情况。现储备库位于城区和平路，库容3000吨，周边已建成住宅小区，消防间距不足，需迁建。\n"
    "    二、备选地址。甲地块位于城东物流园，交通便利，土地出让价约每亩28万元；乙地块位于北郊原粮站，"
    "为国有划拨用地，无需购地，但需改造进库道路约1.2公里。\n"
    "    三、评估意见。评估组倾向于乙地块，可节约购地资金约600万元，但道路改造需与市交通运输局协调。\n"
    "    以上两个备选地址的比选意见，尚待局党组审定。\n"
    "\n"
    "评估组：澄江市盐务局、市应急管理局、市自然资源和规划局\n"
    "2026年8月10日"
)
# Twin: the same kind of report once decided and published.
SALT_DEPOT_RESULT = (
    "市级食盐储备库迁建选址评估报告\n"
    "\n"
    "    经评估，市级食盐储备库迁建至北郊原粮站地块，该方案已经局党组审定，现予公布。迁建工程计划于2027年底"
    "前完成，库容4000吨。\n"
    "\n"
    "澄江市盐务局\n"
    "2026年9月20日"
)

# A salt bureau's slip to its inspection brigade on one open case, the file kept from the party until closed.
SALT_CASE_SLIP = (
    "交办单\n"
    "\n"
    "稽查支队：\n"
    "城南农贸市场某调味品店涉嫌销售假冒碘盐一案，现场查获的样品检验结果已出，但店主与供货人的陈述不一致，"
    "请你支队于10月20日前完成对供货人的询问，调取其进货票据，并提出处理意见报局法制科审核。"
    "案件办结前，有关材料不得向当事人及其委托人提供。\n"
    "\n"
    "澄江市盐务局办公室\n"
    "2026年10月9日"
)
# Twin: the code issued to every county bureau says the same for every case.
SALT_CASE_CODE = (
    "关于印发《澄江市盐业执法办案规范》的通知\n"
    "\n"
    "各县（市、区）盐务局：\n"
    "    现将《澄江市盐业执法办案规范》印发给你们，请遵照执行。规范明确，办案人员在案件办结前不得向当事人透露"
    "调查情况，询问应当由两名以上执法人员进行。\n"
    "\n"
    "澄江市盐务局\n"
    "2026年3月2日"
)

# The garden's night patrol arrangement for its own patrol groups, with a fence gap not yet closed.
GARDEN_PATROL_ARRANGEMENT = (
    "珍稀植物园区秋冬季夜间巡护安排\n"
    "\n"
    "各巡护组：\n"
    "    近期园区周边出现夜间挖采兰花的情况，自11月1日起调整夜间巡护：\n"
    "    一、20:00至24:00，第一组2人巡查兰园和苏铁园；0:00至6:00，第二组1人巡查全园。\n"
    "    二、北侧围网缺口约20米尚未修复，暂以临时围挡替代，该段每小时巡查一次。\n"
    "    三、兰园内价值较高的兜兰、石斛共46盆，每晚闭园后清点一次。\n"
    "\n"
    "青岚市植物园安全保卫部\n"
    "2026年10月28日"
)
# Twin: the garden tells visitors the north gate is closed while the fence is mended.
GARDEN_GATE_NOTICE = (
    "关于植物园北门临时关闭的公告\n"
    "\n"
    "    因北侧围网修复施工，植物园北门自2026年11月5日起临时关闭，预计11月20日恢复开放。"
    "施工期间请游客从南门、东门出入。\n"
    "\n"
    "青岚市植物园\n"
    "2026年11月1日"
)

# The lock authority's report to its meeting on one tender before the opening: floor, bidders so far, panel.
LOCK_TENDER_REPORT = (
    "江陵二线船闸上闸首工作闸门更换工程招标有关情况\n"
    "\n"
    "处务会：\n"
    "    江陵二线船闸上闸首工作闸门更换工程已于10月8日发布招标公告，定于10月30日9时开标。现将有关情况汇报如"
    "下：\n"
    "    一、截至10月15日，已有5家单位购买招标文件，其中2家曾承担一线船闸闸门制造。\n"
    "    二、经委托造价咨询机构编制并审核，本工程标底为862.4万元，其中闸门制造516.0万元、安装调试198.6万元、"
    "临时工程147.8万元。\n"
    "    三、评标委员会由7人组成，业主代表1人，其余从省综合评标专家库随机抽取。\n"
    "\n"
    "江陵市船闸管理处工程科\n"
    "2026年10月16日"
)
# Twin: a quarter's progress report that tells the same floor in one sentence is cut, not held whole.
LOCK_PROGRESS_REPORT = (
    "江陵市船闸管理处2026年三季度重点工作推进情况\n"
    "\n"
    "    一、通航保障。三季度船闸运行1.2万闸次，通过船舶4.6万艘次，货物通过量1860万吨，同比增长6%。\n"
    "    二、工程建设。二线船闸上闸首工作闸门更换工程已发布招标公告，定于10月30日开标，标底为862.4万元。\n"
    "    三、四季度安排。做好冬季枯水期调度和闸门更换施工准备。\n"
    "\n"
    "江陵市船闸管理处\n"
    "2026年10月12日"
)

CASES = [
    (LOCK_DATA_SLIP, Category.WORK_SECRET, "lock-data-slip"),
    (SALT_DEPOT_EVALUATION, Category.PROCESS_INFO, "salt-depot-evaluation"),
    (SALT_CASE_SLIP, Category.ENFORCEMENT_FILE, "salt-case-slip"),
    (GARDEN_PATROL_ARRANGEMENT, Category.SECURITY_RISK, "garden-patrol-arrangement"),
    (LOCK_TENDER_REPORT, Category.TRADE_SECRET, "lock-tender-report"),
]
CASES_PARAMS = [pytest.param(text, category, id=name) for text, category, name in CASES]
# Main let out or cut these (the learned signal held the salt case's slip, the rules alone did not); the rules
# alone reach all of them now.


test_a_paper_whose_matter_is_exempt_is_withheld_whole = weighed_test(CASES_PARAMS, Attribute.WITHHELD)


test_the_rules_alone_withhold_it = weighed_test(CASES_PARAMS, Attribute.WITHHELD, "rules_alone")


test_the_public_twins_stay_public = public_test(
    [
        pytest.param(LOCK_LETTERS_NOTICE, id="letters-notice"),
        pytest.param(SALT_DEPOT_RESULT, id="depot-result"),
        pytest.param(SALT_CASE_CODE, id="case-code"),
        pytest.param(GARDEN_GATE_NOTICE, id="gate-notice"),
    ]
)


def test_a_progress_report_telling_the_floor_in_one_sentence_is_cut(engine: Engine) -> None:
    report = report_of(engine, LOCK_PROGRESS_REPORT)
    assert report.attribute is Attribute.REDACTED
    floor = [f for f in weighing(report) if f.category is Category.TRADE_SECRET]
    assert floor and all(f.severable for f in floor)
