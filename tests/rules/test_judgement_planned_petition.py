"""judge31 (session 13, tune39 br-010): a public work summary with one paragraph telling of a collective
petition workers have agreed on and not yet made — who set up the group and when and where they mean to go
(由班组长二人牵头建群,商议12月下旬到县委大门口集体讨薪) — tells whom to watch and where to expect them; the
paragraph is cut (第十四条、第三十七条) and the rest of the summary is published. The same summary telling
of wages already paid stays public; the same plan told in a 专报 to the leaders is what the report is for,
and it is withheld whole. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, assert_withheld_whole, attribute_and_found, report_of
from tests.testing.known_public import copied, public

WEAVERS = (
    "青溪县总工会2026年职工维权工作总结\n\n　　今年,县总工会受理"
    "职工来访来电186件,办结率97%,帮助职工追回欠薪420万元。\n"
    "　　一、源头参与。推动18家企业签订工资集体协议。\n"
    "　　二、需要关注的问题。城南纺织厂约60名职工因社保断缴,由车间主任带头建群,准备春节后到县委大院讨薪;"
    "县人社局正在核查该厂欠缴情况。\n"
    "　　三、服务职工。开展送温暖活动32场。\n\n青溪县总工会\n2026年12月3日"
)
WEAVERS_PAID = WEAVERS.replace(
    "城南纺织厂约60名职工因社保断缴,由车间主任带头建群,"
    "准备春节后到县委大院讨薪;县人社局正在核查该厂欠缴情况。",
    "城南纺织厂社保断缴问题已由县人社局牵头协调,该厂于11月补缴到位,职工权益得到保障。",
)
OWNERS = (
    "临川区住房和城乡建设局2026年物业管理工作总结\n\n　　全年新成立业主委员会14个,调处物业纠纷230件。\n"
    "　　一、规范服务。开展物业服务质量评价,通报5家。\n"
    "　　二、维修资金。全年审核使用维修资金1860万元。\n"
    "　　三、矛盾纠纷。锦园小区因车位出售问题,由业委会成员二人牵头拉群,商议下周一到区委门口集体维权;"
    "街道已安排专人做工作。\n"
    "　　2027年,我局将继续推进物业管理规范化。\n\n临川区住房和城乡建设局\n2026年12月5日"
)

LEADERS_PAPER = (
    "职工队伍稳定情况专报(第12期)\n\n　　近期城南纺织厂职工因社保断缴反映强烈。\n"
    "　　一、城南纺织厂约60名职工由车间主任带头建群,准备春节后到县委大院讨薪。\n"
    "　　二、拟请县人社局提前约见职工代表,县公安局做好现场秩序维护准备。\n\n"
    "报:县委办公室、县政府办公室\n青溪县总工会　　2026年12月3日"
)


copied(__name__, {"WEAVERS": WEAVERS, "OWNERS": OWNERS})


def test_a_planned_petition_with_its_organisers_is_cut_from_a_public_summary(engine: Engine) -> None:
    assert_cut_out(
        engine, WEAVERS, Category.SECURITY_RISK, gone=["带头建群", "到县委大院讨薪"], kept=["送温暖活动32场"]
    )
    assert_cut_out(
        engine, OWNERS, Category.SECURITY_RISK, gone=["牵头拉群", "到区委门口"], kept=["维修资金1860万元"]
    )


public(__name__, WEAVERS_PAID, "WEAVERS_PAID")


def test_wages_already_paid_stay_public(engine: Engine) -> None:
    assert attribute_and_found(engine, WEAVERS_PAID, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)


def test_the_same_plan_in_a_report_only_for_the_leaders_is_withheld_whole(engine: Engine) -> None:
    assert_withheld_whole(report_of(engine, LEADERS_PAPER), Category.SECURITY_RISK)
