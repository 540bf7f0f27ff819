"""Process information that is not the agency's internal affairs (judge39, session 15).

第十六条第一款 covers the agency's own 人事管理、后勤管理、内部工作流程; 第十六条第二款 the deliberation
of a matter still open. Three shapes of the second read as the first (tune47/48 cd-006, cd-028, cg-011,
ch-043): a reform of the whole government's official cars or offices proposed to the superior (a policy, not
one agency's housekeeping), the reception standard a government sets for all its agencies (a spending rule,
not a canteen's settlement), and the scores, votes and records of outsiders in a procedure the agency runs (a
title committee's applicants, a village election's candidates), not its own staff. These drafts are in other
offices' words: a county's administrative-affairs centre, a foreign-affairs office, a health commission's
title committee, a township's civil-affairs office; the near twins: its own cars, its own cadres."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import report_of


def reasons_of(engine: Engine, lines: list[str]) -> tuple[Attribute | None, list[Category]]:
    report = report_of(engine, "\n".join(lines) + "\n")
    return report.attribute, [reason.category for reason in report.reasons]


def car_request(title: str, scope: str) -> list[str]:
    return [
        title,
        "县人民政府:",
        f"    我中心对{scope}现有公务用车进行了梳理,共有车辆186辆,其中平台车辆52辆。经研究,提出两种方案:",
        "    方案一:平台车辆全部划转县公务用车服务平台统一调度,驾驶员需分流14人;",
        "    方案二:平台车辆分两批划转,驾驶员分流逐步消化。",
        "    我中心倾向于方案二。以上请示妥否,请批示。",
        "县机关事务服务中心",
        "2026年11月20日",
    ]


def test_reform_of_the_governments_cars_is_process_information(engine: Engine) -> None:
    attribute, reasons = reasons_of(
        engine, car_request("关于推进全县党政机关公务用车制度改革有关问题的请示", "全县党政机关")
    )
    assert attribute is Attribute.WITHHELD
    assert reasons[0] is Category.PROCESS_INFO
    assert Category.INTERNAL_AFFAIRS not in reasons


def test_own_cars_arranged_stay_internal_affairs(engine: Engine) -> None:
    lines = [
        "局机关公务用车使用安排",
        "    下周起局机关公务用车由办公室统一派车,出车单须经分管领导签批,车辆钥匙下班后交办公室。",
        "县审计局办公室",
    ]
    attribute, reasons = reasons_of(engine, lines)
    assert attribute is Attribute.WITHHELD
    assert Category.INTERNAL_AFFAIRS in reasons


FOREIGN_RECEPTION_LETTER = [
    "关于商请研究调整外宾接待经费标准的函",
    "市财政局:",
    "    近年来我市承接的友好城市来访、国际会议明显增多,现行外宾接待工作餐标准(每人每餐不超过200元)"
    "执行中反映较多。经我办初步测算,拟将工作餐标准调整为每人每餐不超过260元,全年经费增加约80万元。",
    "    上述调整属我办初步考虑,尚未报市政府。请你局从经费保障角度研究提出意见,以便我办修改后再按程序报批。",
    "市人民政府外事办公室",
    "2026年12月1日",
]


def test_reception_standard_for_all_agencies_is_process_information(engine: Engine) -> None:
    attribute, reasons = reasons_of(engine, FOREIGN_RECEPTION_LETTER)
    assert attribute is Attribute.WITHHELD
    assert reasons[0] is Category.PROCESS_INFO
    assert Category.INTERNAL_AFFAIRS not in reasons


TITLE_COMMITTEE_MINUTES = [
    "市卫生系列高级职称评审委员会(口腔医学专业组)评议会议纪要",
    "时间:2026年11月26日上午",
    "出席:评委9人,到会8人",
    "记录:评审办工作人员",
    "    会议对12名申报副主任医师人员进行了评议。",
    "    1. 申报人陈晓燕(市口腔医院):病例报告中2例与他人雷同,委员意见不一,暂缓表决,由评审办核实后再议。",
    "    2. 申报人郑凯:答辩得分70分,但临床业绩突出,有委员提议破格,投票得票4票,未通过。",
    "    3. 申报人蒋丽:曾借调到市卫健委工作一年,借调期间的业绩是否认定,待人事部门意见后再定。",
    "    评审结果报市人社局审核,经公示无异议后发文。评委对评议情况严格保密。",
]

VILLAGE_ELECTION_REPORT = [
    "关于石门村村民委员会换届候选人初步人选酝酿情况的汇报",
    "    按照镇换届工作部署,石门村村民选举委员会组织各村民小组推荐提名,"
    "现将初步人选和指导组意见汇报如下,请镇党委把关:",
    "    主任人选:村民小组提名较集中的为王某(得票41)和李某(得票19)。"
    "指导组意见:王某作为主要人选,李某保留为差额人选。",
    "    委员人选:共提名9人,指导组建议确定5人,其余人选待与本人谈话后再定。",
    "    以上为酝酿阶段情况,候选人名单最终以村民选举委员会依法确定并公布的为准。",
    "镇民政办",
    "2026年11月30日",
]


@pytest.mark.parametrize(
    "lines",
    [TITLE_COMMITTEE_MINUTES, VILLAGE_ELECTION_REPORT],
    ids=["title-applicants", "village-candidates"],
)
def test_outsiders_weighed_in_the_agencys_procedure_are_no_internal_affairs(
    engine: Engine, lines: list[str]
) -> None:
    attribute, reasons = reasons_of(engine, lines)
    assert attribute is Attribute.WITHHELD
    assert reasons[0] is Category.PROCESS_INFO
    assert Category.INTERNAL_AFFAIRS not in reasons


def test_own_cadres_weighed_stay_internal_affairs(engine: Engine) -> None:
    lines = [
        "局机关中层干部竞聘考察情况汇报",
        "局党组:",
        "    按照局党组部署,对办公室副主任岗位2名竞聘人选进行了考察。经民主测评,张某得票21票,李某得票9票。",
        "    考察组建议张某作为拟提拔人选,李某暂缓,待年度考核后再议。以上意见,请局党组研究。",
        "局人事科",
        "2026年12月2日",
    ]
    attribute, reasons = reasons_of(engine, lines)
    assert attribute is Attribute.WITHHELD
    assert Category.INTERNAL_AFFAIRS in reasons


# A meeting's handling of a project (…项目处理意见) and staff drawn to help with a task (临时抽调…协助) are
# the work's arrangements (tune47 cc-011, a trading centre's office meeting): an airport authority's minutes
def airport_minutes(last_item: str) -> list[str]:
    return [
        "机场管理办公室主任办公会会议纪要",
        "时间:2026年11月25日下午",
        "主持:主任",
        "参加:副主任2人,各科室负责人",
        "记录:综合科",
        "    一、关于航站楼扩建项目(二次招标)处理意见。首次招标流标,有意见认为应调整资格条件后再次招标,"
        "也有意见认为可请示改为竞争性谈判。会议倾向于前一种意见,但未形成决定,由工程科起草请示后再议。",
        "    二、关于国际航线补贴办法。具体补贴标准待与市财政局沟通后再提交办公会研究。",
        last_item,
    ]


def test_task_staffing_in_business_minutes_is_no_internal_affairs(engine: Engine) -> None:
    lines = airport_minutes(
        "    三、关于春运期间人员安排。会议同意从综合科、财务科临时抽调3人到联检大厅协助旅客引导,"
        "原岗位工作由科室内部调剂。"
    )
    attribute, reasons = reasons_of(engine, lines)
    assert attribute is Attribute.WITHHELD
    assert reasons[0] is Category.PROCESS_INFO
    assert Category.INTERNAL_AFFAIRS not in reasons


def test_cadres_weighed_in_the_same_minutes_stay_internal_affairs(engine: Engine) -> None:
    lines = airport_minutes(
        "    三、关于干部调整。经民主测评,运行科副科长考核等次拟定为基本称职,由分管领导进行提醒谈话,"
        "另1名干部拟交流轮岗到安检站。"
    )
    attribute, reasons = reasons_of(engine, lines)
    assert attribute is Attribute.WITHHELD
    assert Category.INTERNAL_AFFAIRS in reasons
