"""judge30 (session 13, tune40 bn-021, tune41 bu-042). (1) A case file's fields numbered as a
list's items (一、案件来源:…, 承办人:…) are still a case file's (JD041, 第十六条第二款), not an
internal paper on an undecided matter; a penalty published with the same fields stays published.
(2) A reserve's patrol turning back hikers who entered its core zone and scolding their organiser
enforces the reserve's zoning (《自然保护区条例》第二十七条), no stability operation; turning back
petitioners and watching their organiser stays security. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_still_found, attribute_and_categories, report_of
from tests.testing.known_public import public

CASE = (
    "石桥镇“刘某英”非法行医案\n调查情况及处理建议\n\n"
    "一、案件来源:2026年8月卫生监督专项检查中发现,9月2日立案。\n"
    "二、案由:未取得医疗机构执业许可证擅自执业。\n"
    "三、已取得证据:当事人询问笔录2份,患者家属询问笔录3份,现场照片15张,药品先行登记保存清单1份。\n"
    "四、处理建议:当事人行为可能涉嫌非法行医罪,拟报局长审批后,连同上述证据材料一并移送县公安局处理。\n\n"
    "承办人:周立新、吴海\n2026年9月20日"
)
PENALTY = (
    "行政处罚信息公示\n\n"
    "一、案件名称:刘某英未取得医疗机构执业许可证擅自执业案\n"
    "二、案由:未取得医疗机构执业许可证擅自执业\n"
    "三、处罚依据:《医疗机构管理条例》第四十三条\n"
    "四、处罚结果:没收药品器械,罚款5万元\n"
    "五、作出处罚的机关:某县卫生健康局\n六、处罚日期:2026年10月9日"
)
PATROL = (
    "青峰山保护区10月巡护工作情况通报\n\n"
    "10月份,各保护站共开展日常巡护280次,出动巡护人员860人次,巡护里程4100公里。\n"
    "10月6日  东岭站  劝返擅自进入核心区的登山爱好者12人,对组织者进行了批评教育;\n"
    "10月18日 西坡站  发现废弃捕兽夹3个,已收缴销毁,线索已移交森林公安;\n"
    "本月未发生森林火灾。各保护站要继续加强巡护。\n\n青峰山自然保护区管理局资源保护科\n2026年11月2日"
)
PETITION = (
    "关于做好国庆期间重点群体稳控工作的安排\n\n"
    "一、据掌握,部分集资参与人计划国庆期间赴省集体上访,组织者为王某等3人。\n"
    "二、各乡镇对本辖区参与人落实包保,发现进京赴省苗头的,立即劝返;对组织者由派出所盯防。\n\n"
    "县信访局综合股\n2026年9月25日"
)


def test_a_case_file_with_numbered_fields_is_an_enforcement_file(engine: Engine) -> None:
    report = report_of(engine, CASE)
    assert report.attribute is Attribute.WITHHELD
    assert "JD041" in {finding.rule for finding in report.findings}


def test_the_penalty_published_with_the_same_fields_stays_published(engine: Engine) -> None:
    assert Category.ENFORCEMENT_FILE not in attribute_and_categories(engine, PENALTY)[1]


public(__name__, PATROL, "PATROL")


def test_a_reserves_patrol_turning_back_hikers_is_no_stability_operation(engine: Engine) -> None:
    assert attribute_and_categories(engine, PATROL) == (Attribute.PROACTIVE, set())


def test_turning_back_petitioners_and_watching_their_organiser_stays_security(engine: Engine) -> None:
    assert_still_found(engine, PETITION, Category.SECURITY_RISK)


# tune40 bo-042: a case's file index with its progress (案件卷宗目录及办理情况) is the case
# file (JD041); a notice announcing a review of case files names no case.
INDEX = (
    "城管执法局违法建设查处案件卷宗目录及办理情况\n\n案号:城执违〔2026〕17号\n"
    "当事人:某置业有限公司(某小区屋顶违法加建)\n\n"
    "序号 | 材料名称 | 日期\n1 | 立案审批表 | 2026-04-02\n2 | 现场检查笔录 | 2026-04-05\n"
    "3 | 对该公司项目经理的询问笔录 | 2026-04-12\n4 | 限期拆除决定书 | 2026-05-20\n\n"
    "办理情况:限期届满当事人仍未拆除,准备报区政府组织强制拆除,相关方案还在起草。"
)
REVIEW_NOTICE = (
    "关于开展2026年度行政执法案卷评查的通知\n\n各执法中队:\n"
    "按照市局部署,定于11月开展行政执法案卷评查。请各中队于10月31日前报送2026年办结案卷目录,"
    "评查结果纳入年度考核。\n\n城管执法局法制科\n2026年10月10日"
)


def test_a_case_file_index_with_its_progress_is_an_enforcement_file(engine: Engine) -> None:
    report = report_of(engine, INDEX)
    assert report.attribute is Attribute.WITHHELD
    assert "JD041" in {finding.rule for finding in report.findings}


def test_a_notice_of_a_case_file_review_names_no_case(engine: Engine) -> None:
    assert Category.ENFORCEMENT_FILE not in attribute_and_categories(engine, REVIEW_NOTICE)[1]
