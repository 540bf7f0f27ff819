"""Severability (第三十七条) of the judgement layer: a finding whose content is confined to a passage that can
be cut out of an otherwise public document makes it 删减后公开 with that passage as the redacted span — the
packs' passage rules (SR003, SR004) as much as the judgement's own paragraph combinations — while content that
spreads through the text, or a document whose own genre withholds it, stays withheld whole."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category, TraceRole
from tests.testing.judgement import assert_cut, assert_withheld_whole, redacted_copy, report_of

PLAN = (
    "宁川市春运工作方案\n一、运力保障\n道路客运企业投入营运客车600辆,加班车80辆。\n"
    "二、服务保障\n汽车客运中心站开通重点旅客绿色通道。\n"
    "三、站区安保\n每日18时至22时,机动处置力量集中部署于客运中心站东侧停车场,以便5分钟内到达两站。\n"
    "四、信息发布\n每日通过公众号发布客流、路况和天气信息。\n宁川市交通运输局"
)


def test_a_pack_finding_inside_a_severable_section_is_cut_with_it(engine: Engine) -> None:
    report = report_of(engine, PLAN)
    security = assert_cut(report, Category.SECURITY_RISK)
    assert {f.rule for f in security} == {"SR003", "JD056"}
    [passage] = [f for f in security if f.rule == "JD056"]
    assert passage.text.startswith("三、站区安保") and "信息发布" not in passage.text
    assert "第三十七条" in report.reasons[0].basis
    combined = [step.message for step in report.trace if step.role is TraceRole.COMBINED]
    assert any(message.startswith("SR003 ") and "可分割的段落" in message for message in combined)
    copy = redacted_copy(engine, PLAN)
    assert "东侧停车场" not in copy and "绿色通道" in copy and "公众号" in copy


def test_deployments_through_most_of_the_text_withhold_it_whole(engine: Engine) -> None:
    text = (
        "宁川市春运站区安保部署\n一、客运中心站\n机动处置力量集中部署于客运中心站东侧停车场,夜间不撤。\n"
        "二、高铁站\n特警分队部署于高铁站北广场地下通道出口,每日两班。\n宁川市公安局"
    )
    report = report_of(engine, text)
    assert_withheld_whole(report, Category.SECURITY_RISK)


def test_a_request_with_a_deployment_paragraph_stays_withheld_for_its_genre(engine: Engine) -> None:
    text = (
        "关于增加春运站区安保经费的请示\n市人民政府:\n春运期间站区安保任务重。\n"
        "三、站区安保\n机动处置力量集中部署于客运中心站东侧停车场,以便5分钟内到达两站。\n"
        "妥否,请批示。\n宁川市公安局"
    )
    report = report_of(engine, text)
    assert_withheld_whole(report, Category.PROCESS_INFO)


PROGRESS = (
    "南环路改建工程项目进展情况\n一、项目概况\n南环路改建工程全长6.8公里,总投资4.2亿元,计划2027年10月建成通车。\n"
    "二、施工进展\n已完成雨水管道敷设3.1公里、路基施工2.4公里,累计完成投资1.36亿元。\n"
    "三、清表工作安排\n(一)警力。区公安分局将于清表当天调集警力150人,在东环路口、南沟村村口设置管控卡点,"
    "对聚集人员实行劝离。\n(二)机械和人员。两台挖掘机由区城管局在前一日夜间调至现场待命;"
    "区卫健局安排救护车1辆在村委会院内待命。\n"
    "四、下一步安排\n6月底前完成剩余路段管线迁改,7月起全面进入路面施工阶段。\n南环路改建工程指挥部办公室"
)


def test_an_operation_told_through_the_items_of_one_section_cuts_that_section(engine: Engine) -> None:
    report = report_of(engine, PROGRESS)
    assert report.attribute is Attribute.REDACTED
    sections = [
        f for f in report.findings if f.category is Category.SECURITY_RISK and f.text.startswith("三、")
    ]
    assert sections and all(f.severable for f in sections)
    assert "(二)机械和人员" in sections[0].text and "四、下一步安排" not in sections[0].text
    combined = [step.message for step in report.trace if step.role is TraceRole.COMBINED]
    assert any("一节" in message and "删除该节" in message for message in combined)
    copy = redacted_copy(engine, PROGRESS)
    assert "管控卡点" not in copy and "救护车" not in copy and "路面施工" in copy


def test_the_same_section_in_a_request_to_the_superior_withholds_the_whole(engine: Engine) -> None:
    text = PROGRESS.replace("南环路改建工程项目进展情况\n", "关于南环路清表工作安排的请示\n区人民政府:\n")
    report = report_of(engine, text + "\n妥否,请批示。")
    assert report.attribute is Attribute.WITHHELD


def test_a_reserve_price_found_by_a_pack_rule_cuts_its_paragraph(engine: Engine) -> None:
    text = (
        "乡村振兴项目进展情况\n一、一标段\n村组道路硬化已完成80%,新建排水沟3.2公里,安装太阳能路灯126盏,"
        "完成投资1260万元,占计划的78%。\n二、二标段\n"
        "二标段标底已由造价咨询单位编制完成,标底价为1863.27万元,定于7月15日开标。\n三、下一步\n抓紧推进施工。\n县农业农村局"
    )
    report = report_of(engine, text)
    assert report.attribute is Attribute.REDACTED
    [passage] = [f for f in report.findings if f.rule == "JD061"]
    assert passage.severable and "定于7月15日开标" in passage.text and "道路硬化" not in passage.text


# judge24 (tune36 bl-032): a case paragraph holding a report's only "keep it inside" (不对外) is cut out;
# but when the weak point the report is withheld for is told in another paragraph, a copy without the case
# paragraph still holds the combination: the cut is not where the exempt content is, and the report is
# withheld whole (第十四条).
INTRUSION = (
    "市委网信办:\n"
    "　　9月14日下午,市住房公积金管理中心门户网站首页被篡改,中心运维人员当晚发现后立即关"
    "闭外网访问。现将有关情况报告如下。\n"
    "　　一、初步分析。经技术支撑单位分析,对方借助网站后台的一个上传漏洞放置了后门程序,访问"
    "来源为境外代理地址。\n"
    "　　二、案件办理。市公安局网安支队已于9月16日以涉嫌破坏计算机信息系统案立案侦查,正在"
    "调取服务器日志和访问记录。公安机关要求侦查期间不对外公布入侵途径和调查线索。\n"
    "　　三、整改情况。已对中心各业务系统开展同类排查,停用了网站的文件上传功能。网上服务大厅"
    "已于9月17日恢复运行,缴存、提取业务未受影响。\n"
    "　　后续情况将及时报告。\n"
    "\n"
    "市住房公积金管理中心\n"
    "2026年9月18日"
)
# The same report with the weak point told only inside the case paragraph: cut with it.
INTRUSION_CUT = (
    "市委网信办:\n"
    "　　9月14日下午,市住房公积金管理中心门户网站首页被篡改,中心运维人员当晚发现后立即关"
    "闭外网访问。现将有关情况报告如下。\n"
    "　　一、初步分析。经技术支撑单位分析,首页被替换为与公积金业务无关的页面,访问来源为境外"
    "代理地址。\n"
    "　　二、案件办理。经查,对方借助网站后台的一个上传漏洞放置了后门程序。市公安局网安支队已"
    "于9月16日以涉嫌破坏计算机信息系统案立案侦查,正在调取服务器日志和访问记录。公安机关要"
    "求侦查期间不对外公布入侵途径和调查线索。\n"
    "　　三、整改情况。已对中心各业务系统开展同类排查,停用了网站的文件上传功能。网上服务大厅"
    "已于9月17日恢复运行,缴存、提取业务未受影响。\n"
    "　　后续情况将及时报告。\n"
    "\n"
    "市住房公积金管理中心\n"
    "2026年9月18日"
)


def test_a_cut_that_leaves_the_weak_point_in_the_copy_withholds_the_whole(engine: Engine) -> None:
    report = report_of(engine, INTRUSION)
    assert_withheld_whole(report, Category.SECURITY_RISK)


def test_a_weak_point_told_only_inside_the_case_paragraph_goes_with_it(engine: Engine) -> None:
    report = report_of(engine, INTRUSION_CUT)
    assert report.attribute is Attribute.REDACTED
    assert not any(f.category is Category.SECURITY_RISK for f in report.findings)
    copy = redacted_copy(engine, INTRUSION_CUT)
    assert "上传漏洞" not in copy and "恢复运行" in copy


def test_a_section_cut_is_worded_as_a_cut_not_as_the_document_withheld(engine: Engine) -> None:
    """The section a document combination holds on is cut: its finding says so (the policy's severable
    wording), not the combination's 本文件…不予公开."""
    cut = [f for f in report_of(engine, PROGRESS).findings if f.severable and f.rule.startswith("JD")]
    [section] = [f for f in cut if f.text.startswith("三、")]
    assert "删除该部分后其余内容可公开" in section.message
    assert [f.message for f in cut if "不予公开" in f.message] == []
