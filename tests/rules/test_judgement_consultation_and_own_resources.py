"""judge44 (session 16): exempt drafts that came out 主动公开 because what the document is lay where
no signal read it. The rules alone are tested (the class is theirs). Drafts written for these tests,
in offices no tuning part speaks for (海洋渔业, 殡葬, 国防动员, 广播电视台, 口腔医院), before any rule
of this change was written; each class with public twins.

- A draft rule sent to other agencies for their written opinions by a date (第十六条第二款,
  过程性信息: an inter-agency consultation), however the request is worded:
  请于…前将书面意见…反馈, 如有修改意见请于…前函告, 意见请在…前以书面形式报…, and the default
  for silence (逾期视为无意见, 逾期未函告的视为同意, 到期不报的按无意见处理) (tune50 cm-013).
  A revised rule issued with a request for feedback on its use, and a draft released for
  public comment, stay public.
- The agency's own offices, cars, canteen and its staff's board and allowances (第十六条第一款,
  内部事务信息), told in a paper put to its own leadership meeting (提请台长办公会研究,
  请院长办公会审定) or in an arrangement written and signed by its own office (院办公室,
  局办公室), whose items are the staff's lodging, meals, allowances and cars (tune49 ck-045,
  tune50 cl-043). A public body's 公示 of its offices and cars and a public service's holiday
  notice stay public.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_withheld_whole, attribute_and_found, report_of

FISHERIES_RULE_SENT_FOR_COMMENT = (
    "市公安局海警支队、市交通运输局、市市场监管局：\n"
    "\n"
    "我局起草了《青屿市海洋伏季休渔期渔船管理办法（修改稿）》，现送你们征询意见。其中渔船集中停泊点的划定，市交通运输局此前有不同考虑，请一并研究。如有修改意见，请于6月20日前函告我局；逾期未函告的，视为同意。\n"
    "\n"
    "联系人：渔政科 许文涛 0580-2236718\n"
    "\n"
    "青屿市海洋与渔业局\n"
    "2026年6月8日"
)
FUNERAL_FEES_DRAFT_LETTER = (
    "关于征求《滨江区殡葬服务收费管理实施细则（代拟稿）》意见的函\n"
    "\n"
    "区发展改革局、区卫生健康局、区财政局：\n"
    "\n"
    "根据区政府工作安排，我局代拟了《滨江区殡葬服务收费管理实施细则》，现将代拟稿送上。细则中骨灰寄存费标准的调整幅度尚未与区发展改革局取得一致，请重点提出意见。请各单位将书面意见加盖公章后，于9月12日前送至我局社会事务科。\n"
    "\n"
    "附件：滨江区殡葬服务收费管理实施细则（代拟稿）\n"
    "\n"
    "滨江区民政局\n"
    "2026年9月1日"
)
CIVIL_DEFENCE_RULE_REVISION = (
    "市住房城乡建设局、市自然资源和规划局、市城市管理局：\n"
    "\n"
    "《临川市人民防空工程平时使用管理规定》修订稿已形成，现随文附上，请你们结合职责提出修改建议。建议请在11月30日前以书面形式报我办工程科，到期不报的按无意见处理。\n"
    "\n"
    "市国防动员办公室\n"
    "2026年11月16日"
)
BROADCASTER_CARS_TO_OWN_MEETING = (
    "台长办公会议题材料（台办公室）\n"
    "\n"
    "台机关公务用车调整方案：现有车辆14台，超编2台。拟将2台老旧越野车交市机关事务管理局统一处置，新闻采访车由各部门轮流使用改为总编室统一调度，台领导不再固定配车。以上方案提请台长办公会研究。"
)
DENTAL_HOSPITAL_CANTEEN_PAPER = (
    "关于院职工食堂运营调整的意见\n"
    "\n"
    "院长办公会：\n"
    "\n"
    "职工食堂现由个人承包，近半年就餐人数下降约三成，职工反映菜品单一。经院办公室与后勤科商议，拟于明年1月起收回承包，改由院后勤科自营，伙食补助由每人每月300元调整为400元，所需经费从院工会经费和职工福利费中列支。\n"
    "妥否，请院长办公会审定。\n"
    "\n"
    "院办公室\n"
    "2026年11月20日"
)
FISHERIES_PATROL_PROVISIONS = (
    "2027年伏季休渔海上巡航期间后勤保障安排\n"
    "\n"
    "一、人员：渔政执法人员、船员及随船工作人员共38人，巡航时间5月1日至8月16日，分三批轮换。\n"
    "二、住宿：随船人员在执法船上住宿，轮休人员由局办公室统一安排在渔港宾馆。\n"
    "三、就餐：船上伙食由船员自行采购，标准每人每天90元；岸上就餐在渔港宾馆，费用从执法专项经费列支。\n"
    "四、补助：出海人员每人每天发放海上补助150元，巡航结束后按出海天数统一结算。\n"
    "五、车辆：局机关调派中型客车1台负责轮换人员接送。\n"
    "\n"
    "局办公室\n"
    "2027年4月18日"
)
FISHERIES_REVISED_RULE_ISSUED = (
    "关于印发《青屿市渔港管理办法》的通知\n"
    "\n"
    "各区人民政府，市各有关单位：\n"
    "\n"
    "我局修订了《青屿市渔港管理办法》，经市政府同意，现予印发，请认真贯彻执行。执行中遇到的问题，请于每季度末前将书面意见反馈我局渔港科。\n"
    "\n"
    "青屿市海洋与渔业局\n"
    "2026年7月1日"
)
CEMETERY_RULE_PUBLIC_COMMENT = (
    "关于公开征求《滨江区公益性公墓管理办法（征求意见稿）》意见的公告\n"
    "\n"
    "为提高决策的科学性，现将《滨江区公益性公墓管理办法（征求意见稿）》全文公布，公开征求社会各界意见。\n"
    "请于2026年10月8日前将意见发送至电子邮箱mzj_bj@163.com，或邮寄至滨江区民政局社会事务科，逾期视为无意见。\n"
    "\n"
    "滨江区民政局\n"
    "2026年9月8日"
)
FUNERAL_HOME_HOLIDAY_NOTICE = (
    "关于2027年清明节期间殡仪馆服务安排的公告\n"
    "\n"
    "一、服务时间：4月3日至4月6日每天7:00至18:00。\n"
    "二、车辆：殡仪馆增开祭扫接驳车，从市区三个站点发车。\n"
    "三、就餐：馆内便民餐厅正常营业，提供简餐。\n"
    "四、咨询：服务热线24小时有人值班。\n"
    "\n"
    "市殡仪馆\n"
    "2027年3月25日"
)
BROADCASTER_OFFICE_SPACE_NOTICE = (
    "市广播电视台2026年度办公用房和公务用车使用情况公示\n"
    "\n"
    "根据市机关事务管理局要求，现将我台办公用房和公务用车使用情况公示如下：台机关办公用房面积2860平方米，符合核定标准；公务用车12台，均为定向化保障车辆。公示期间如有意见，请向台办公室反映。\n"
    "\n"
    "市广播电视台\n"
    "2026年12月1日"
)


@pytest.mark.parametrize(
    "text", [FISHERIES_RULE_SENT_FOR_COMMENT, FUNERAL_FEES_DRAFT_LETTER, CIVIL_DEFENCE_RULE_REVISION]
)
def test_a_draft_sent_to_agencies_for_comment_is_process_information(rules_alone: Engine, text: str) -> None:
    assert_withheld_whole(report_of(rules_alone, text), Category.PROCESS_INFO)


@pytest.mark.parametrize(
    "text", [BROADCASTER_CARS_TO_OWN_MEETING, DENTAL_HOSPITAL_CANTEEN_PAPER, FISHERIES_PATROL_PROVISIONS]
)
def test_own_offices_cars_and_board_are_internal_affairs(rules_alone: Engine, text: str) -> None:
    assert_withheld_whole(report_of(rules_alone, text), Category.INTERNAL_AFFAIRS)


@pytest.mark.parametrize(
    "text",
    [
        FISHERIES_REVISED_RULE_ISSUED,
        CEMETERY_RULE_PUBLIC_COMMENT,
        FUNERAL_HOME_HOLIDAY_NOTICE,
        BROADCASTER_OFFICE_SPACE_NOTICE,
    ],
)
def test_public_twins_stay_public(rules_alone: Engine, text: str) -> None:
    attribute, found = attribute_and_found(rules_alone, text, Category.PROCESS_INFO)
    assert (attribute, found) == (Attribute.PROACTIVE, False)
    assert attribute_and_found(rules_alone, text, Category.INTERNAL_AFFAIRS) == (Attribute.PROACTIVE, False)
