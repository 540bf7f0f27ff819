"""judge49 (session 18): a progress report to the government whose only open matter is one
household's own.

A report on a compensation programme's progress (签约率, 补偿款拨付, 工程进度) is public information in
its own right; what a household's paragraph tells — its householder's illness, what the street is still
arranging for it — is that household's (第十五条、第三十七条) and is cut. A count of the households not
yet signed (目前未签约3户) is a progress figure, not a matter the agency has still to decide. The report
stays whole when its own matter is undecided (a compensation standard still being studied for the
government's approval). Drafts written for these tests before the rule, in offices no tuning part
speaks for (a 轨道交通建设指挥部, a 交通运输局 road project); the rules alone are tested.
"""

from __future__ import annotations

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, assert_withheld_whole, report_of

METRO_DEPOT_PROGRESS = (
    "关于地铁3号线车辆段征收补偿工作进展情况的报告\n"
    "\n"
    "市人民政府：\n"
    "地铁3号线车辆段项目涉及北城区桂花街道房屋征收62户。截至11月20日，已签订征收补偿协议59户，签约率95%；"
    "已拨付补偿款8,460万元；车辆段场平工程完成计划的64%。\n"
    "\n"
    "一、未签约户情况\n"
    "目前未签约3户，情况如下：\n"
    "（一）桂花社区邓秋云户，评估补偿金额112.5万元。户主独居，患帕金森病，行动不便，其儿子在外省工作，"
    "街道正在协调一处带电梯的安置房源。\n"
    "（二）桂花社区另两户对房屋评估结果有异议，已申请专家委员会鉴定。\n"
    "\n"
    "二、下一步工作\n"
    "一是12月底前完成剩余房屋的拆除；二是按规定将分户补偿结果在征收范围内公布；三是确保车辆段明年6月具备铺轨条件。\n"
    "\n"
    "市轨道交通建设指挥部\n"
    "2026年11月22日"
)

ROAD_REALIGNMENT_PROGRESS = (
    "国道改线工程征地拆迁工作进展情况汇报\n"
    "\n"
    "县人民政府：\n"
    "国道改线工程涉及两个乡镇的村民房屋拆迁41户。截至10月底，已签约38户，尚未签约3户，补偿款已全部拨付到户，路基工程完成70%。\n"
    "\n"
    "石门村村民汪德福家，其本人患尿毒症，每周需透析三次，乡政府正在协调就近安置。"
    "另两户因宅基地界址问题与邻户存在争议，村委会正在调解。\n"
    "\n"
    "下一步，我局将配合乡镇做好剩余拆迁工作，确保年底前全线贯通。\n"
    "\n"
    "县交通运输局\n"
    "2026年11月3日"
)

METRO_DEPOT_STANDARD_UNDECIDED = METRO_DEPOT_PROGRESS.replace(
    "二、下一步工作\n",
    "二、补偿标准调整\n"
    "考虑到周边房价上涨，我部拟将货币补偿标准由每平方米1.8万元调整为2.1万元，该方案正在研究，尚未报市政府审定。\n"
    "\n"
    "三、下一步工作\n",
)


def test_a_households_illness_in_a_metro_progress_report_is_cut(rules_alone: Engine) -> None:
    assert_cut_out(
        rules_alone,
        METRO_DEPOT_PROGRESS,
        Category.TRADE_SECRET,
        ["帕金森病"],
        ["签约率95%", "目前未签约3户"],
    )


def test_a_households_illness_in_a_road_progress_report_is_cut(rules_alone: Engine) -> None:
    assert_cut_out(rules_alone, ROAD_REALIGNMENT_PROGRESS, Category.TRADE_SECRET, ["尿毒症"], ["已签约38户"])


def test_a_progress_report_whose_own_standard_is_undecided_stays_whole(rules_alone: Engine) -> None:
    assert_withheld_whole(report_of(rules_alone, METRO_DEPOT_STANDARD_UNDECIDED), Category.PROCESS_INFO)
