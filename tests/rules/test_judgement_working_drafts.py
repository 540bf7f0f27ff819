"""judge30 (session 13, tune41 bu-038, bs-017; tune39 br-033): two forms of a text still being
written. A draft whose title marks its stage with a note or a count
(（初稿，法规股修改意见附后）, （第三次修改稿）: PD004), and the table of the departments'
opinions on an agency's own draft with how it means to handle them (意见汇总及处理情况, JD076),
are process information (《政府信息公开条例》第十六条第二款). The decision as issued and the
account of a public consultation's opinions adopted (《重大行政决策程序暂行条例》第十五条)
stay published. Drafts written for these tests."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories, report_of
from tests.testing.known_public import public

WORKING = [
    "某县人民政府关于集体土地权属争议的处理决定(修改稿,司法局审核意见附后)\n\n申请人:石门村民委员会\n被申请人:上坪村民委员会\n\n"
    "经调查,争议地块约35亩,1982年土地清册登记在上坪村名下。决定如下:争议地块归被申请人所有。\n\n"
    "司法局审核意见:1.土地清册复印件与原件是否一致尚未核实;2.县政府尚未研究,待县政府常务会议审议后再定稿,"
    "本稿暂不送达。",
    "2027年全县文化旅游工作要点(第二次讨论稿)\n\n一、推进全域旅游示范区创建。\n二、办好第五届茶文化旅游节,"
    "举办时间待县委、县政府研究后确定。\n三、启动县博物馆新馆建设,选址仍在比选。",
]
DIGESTS = [
    "《某市城市绿化管理办法(修订草案)》各单位意见汇总及处理情况\n\n"
    "序号 | 单位 | 意见 | 拟处理\n1 | 市财政局 | 不同意设立绿化补偿基金 | 暂不采纳,待法制审核后再议\n"
    "2 | 市住建局 | 增加老旧小区绿地改造条款 | 拟采纳\n\n"
    "说明:第二十二条罚款幅度各科室仍有分歧,报局务会研究后确定。",
]
PUBLISHED = [
    "某县人民政府关于集体土地权属争议的处理决定\n\n申请人:石门村民委员会\n被申请人:上坪村民委员会\n\n"
    "经调查,争议地块约35亩,1982年土地清册登记在上坪村名下。决定如下:争议地块归被申请人所有。\n\n"
    "如不服本决定,可在收到本决定书之日起60日内向市人民政府申请行政复议。\n\n某县人民政府\n2026年12月20日",
    "关于《某市城市绿化管理办法》公开征求意见采纳情况的说明\n\n"
    "2026年10月,我局通过门户网站向社会公开征求意见,共收到意见23条,采纳9条,部分采纳5条;"
    "未采纳的主要是超出上位法规定的建议,已逐条说明理由。\n\n某市园林绿化局\n2026年12月1日",
]


@pytest.mark.parametrize("text", WORKING, ids=["stage-with-note", "stage-with-count"])
def test_a_draft_marking_its_stage_with_a_note_or_a_count_is_process_information(
    engine: Engine, text: str
) -> None:
    report = report_of(engine, text)
    assert report.attribute is Attribute.WITHHELD
    assert "PD004" in {finding.rule for finding in report.findings}


@pytest.mark.parametrize("text", DIGESTS, ids=["departments-opinions-digest"])
def test_the_departments_opinions_on_a_draft_are_process_information(engine: Engine, text: str) -> None:
    report = report_of(engine, text)
    assert report.attribute is Attribute.WITHHELD
    assert "JD076" in {finding.rule for finding in report.findings}


public(__name__, PUBLISHED, "PUBLISHED")


@pytest.mark.parametrize("text", PUBLISHED, ids=["decision-issued", "public-consultation-account"])
def test_the_issued_decision_and_the_public_consultation_account_stay_published(
    engine: Engine, text: str
) -> None:
    attribute, categories = attribute_and_categories(engine, text)
    assert attribute is Attribute.PROACTIVE
    assert Category.PROCESS_INFO not in categories
