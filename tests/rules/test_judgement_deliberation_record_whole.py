"""judge43 (session 16): a record of deliberation is not cut, it is withheld whole. 第十六条第二款 names the
genres of process information — 讨论记录 (minutes), 过程稿, 磋商信函 (a letter asking another agency's
opinion), 请示报告 — and an expert 论证意见 or 评审意见 records a deliberation the same way. When one item
of such a record is what the paragraph rules cut (the point still disputed, the option not yet chosen, the
measure not yet decided), its other items are the same deliberation: 第三十七条 cuts only what can be
separated, and the record whose genre is the deliberation has no public remainder of its own (tune49
ck-011: a 专家论证意见 of which only the dissenting expert's item was cut). A third party's data in a
review (its costs, its process) stays severable (第十五条): the review of a firm's application is the
basis of a public result, the firm's figures are cut from it.

Drafts written for these tests, before the rule, in offices no tuning part speaks for (海洋渔业, 图书馆,
殡葬, then 民航, 广播电视台, 口腔医院), with twins that must stay as they are. Main withheld four of the six
already (their document combinations read 暂不对外, 纪要 with 主持, 征求意见的函, 会商意见 with 未达成一致)
and cut two (the broadcaster's and the dental hospital's, whose record is told only by its title): the rule
(`whole_in` of the paragraph combinations: the genre fires outside the cut) reaches both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Attribute, Engine
from secreview.errors import RulePackError
from secreview.judge import load_judgement
from secreview.judge.load import builtin_judgement
from secreview.models import Category
from tests.testing.cli import write
from tests.testing.judgement import assert_cut, assert_withheld_whole, report_of

# A fisheries bureau's expert opinion on moving the summer moratorium: the experts split, and the bureau is
# asked to keep the view to itself until the neighbouring counties agree.
FISHERIES_MORATORIUM_OPINION = (
    "关于调整伏季休渔起始时间的专家论证意见\n"
    "\n"
    "2026年10月28日，市海洋与渔业局邀请省水产研究所、海洋大学等单位7位专家，对我市近海伏季休渔起始时间"
    "调整问题进行论证。专家组听取了局渔政科的情况汇报，查阅了近五年渔获物监测资料。意见如下：\n"
    "一、近五年带鱼、小黄鱼幼鱼比例在4月下旬明显上升，多数专家认为休渔起始时间有提前的必要。\n"
    "二、关于提前的幅度，专家之间分歧较大：四位专家主张提前至4月15日，三位专家认为提前半个月对"
    "渔民收入影响过大，主张先提前至4月25日试行一年，意见未能统一。\n"
    "三、调整涉及相邻两县的渔船作业，建议局里与两县协商一致后再报省厅，在报省厅前暂不对外公布本意见。\n"
    "\n"
    "专家组组长：（签名）\n"
    "2026年10月28日"
)
# A city library's management meeting: two matters settled, the third still open between its departments.
LIBRARY_MEETING_MINUTES = (
    "市图书馆2026年第9次馆务会议纪要\n"
    "\n"
    "时间：2026年11月6日下午\n"
    "地点：馆三楼会议室\n"
    "主持：周馆长\n"
    "参加：馆领导班子成员，办公室、采编部、古籍部、读者服务部负责人\n"
    "\n"
    "会议研究了以下事项：\n"
    "一、同意少儿阅览区于12月闭馆改造，改造期间少儿图书外借移至一楼大厅办理。\n"
    "二、同意2027年中文图书采购经费按上年标准安排，由采编部拟订采购计划。\n"
    "三、关于古籍部整体搬迁至新库房的问题，古籍部认为新库房恒温恒湿设备尚未验收，搬迁风险大，主张推迟"
    "到明年下半年；办公室认为旧库房租约年底到期，续租费用过高，主张按原计划1月搬迁。会议未形成一致意见，"
    "待向市文化广电旅游局汇报后再定。\n"
    "\n"
    "市图书馆办公室\n"
    "2026年11月7日"
)
# A funeral administration's letter asking the price bureau's view on its cemetery fee options, before the
# civil affairs bureau decides.
FUNERAL_FEE_CONSULTATION = (
    "市殡葬管理所关于公益性公墓收费标准调整方案征求意见的函\n"
    "\n"
    "市发展和改革委员会：\n"
    "    我所管理的青松岭公益性公墓现行收费标准系2015年核定，已不能覆盖墓区维护成本。经所务会研究，拟订了"
    "调整方案，现送你委征求意见。\n"
    "    一、墓穴维护费由每穴每年60元调整为每穴每年90元。\n"
    "    二、关于骨灰格位价格，所内有两种意见：一种意见主张由每格2800元调整为3600元，另一种意见认为涨幅过大"
    "易引发群众不满，主张调整为3200元并对低保家庭减半。两种意见均待市民政局研究确定。\n"
    "    请于11月20日前提出书面意见。\n"
    "\n"
    "市殡葬管理所\n"
    "2026年11月10日"
)
# Three more, written after the first three came out withheld already (main's document combinations
# read their 暂不对外, 纪要 with 主持, 征求意见的函): what the record is is told only by its title, the
# deliberation only in its one disputed item.
BROADCASTER_CALLSIGN_OPINION = (
    "关于市广播电视台新闻频道台标及呼号调整的专家论证意见\n"
    "\n"
    "11月14日，市广播电视台邀请5位传媒、设计领域专家，对新闻频道台标及呼号调整方案进行论证。专家们观看了"
    "样片，听取了总编室的说明，意见如下：\n"
    "1.新台标以江水纹样为主体，辨识度较原台标有明显提高，多数专家表示认可。\n"
    "2.关于呼号由“市台新闻”改为“江城新闻”，两位专家持保留意见，认为老观众认知度高，贸然更改可能造成收视"
    "流失，建议先做观众调查再议。\n"
    "3.建议台标在屏幕右上角的显示尺寸适当缩小。\n"
    "\n"
    "专家组：（签名略）"
)
DENTAL_IMPLANT_REVIEW = (
    "市口腔医院种植体品牌遴选评审意见\n"
    "\n"
    "根据国家种植牙集中带量采购结果，院药事与耗材管理委员会于12月2日对拟在我院使用的种植体品牌进行评审，"
    "意见如下：\n"
    "一、集采中选的6个品牌中，4个品牌临床资料完整，同意进入我院目录。\n"
    "二、另2个国产品牌，修复科认为骨结合数据样本偏少，不宜使用；种植中心认为价格优势明显，应当纳入，"
    "委员会内部意见不一，需补充资料后再次评审。\n"
    "三、各科室在目录确定前继续使用现有库存。\n"
    "\n"
    "院药事与耗材管理委员会\n"
    "2026年12月3日"
)
AIRPORT_LIAISON_NOTES = (
    "关于机场货运区道路改造有关问题的会商意见\n"
    "\n"
    "12月1日，市交通运输局与机场集团、民航站就货运区道路改造进行会商，形成意见如下：\n"
    "1.货运区主干道改造工程由机场集团负责实施，2027年3月开工。\n"
    "2.施工期间货车临时通道的设置，双方原则同意利用东侧停机坪外围道路。\n"
    "3.关于市政排水管网接入部分的费用，机场集团主张由市财政承担，市交通运输局认为应按产权划分各自承担，"
    "双方未达成一致，各自向上级请示后再行商议。\n"
    "\n"
    "参加会商人员：（略）"
)

# The twins. The fisheries bureau's public notice of the adjusted moratorium, whose one paragraph tells the
# neighbouring county's dates still being negotiated: the notice is public, the paragraph is cut.
FISHERIES_MORATORIUM_NOTICE = (
    "关于2027年伏季休渔时间调整的通告\n"
    "\n"
    "全市各渔业乡镇、渔业村，广大渔民朋友：\n"
    "    根据省海洋与渔业厅统一部署，现将我市2027年伏季休渔有关事项通告如下：\n"
    "    一、休渔时间：2027年5月1日12时至9月16日12时。\n"
    "    二、休渔范围：本市管辖海域内除钓具外的所有作业类型。\n"
    "    三、关于与相邻县交界海域的休渔起始时间，两县意见分歧较大，目前尚在协商中，待省厅协调后另行通知。\n"
    "    四、休渔期间渔船应回港停泊，违者依法处罚。\n"
    "    特此通告。\n"
    "\n"
    "市海洋与渔业局\n"
    "2026年12月1日"
)
# A funeral administration's expert review of a firm's cremator upgrade: the review is the basis of a
# subsidy result, the firm's own cost and process figures are cut from it.
FUNERAL_CREMATOR_REVIEW = (
    "关于环保型火化机改造项目的专家评审意见\n"
    "\n"
    "申报单位：青松殡仪服务有限公司\n"
    "\n"
    "评审组听取汇报、查阅资料并现场察看后，形成意见如下：\n"
    "1.项目采用二次燃烧和布袋除尘工艺，排放达到国家标准。企业提供的工艺参数及单台改造成本42万元为企业"
    "内部资料，要求不对外提供。\n"
    "2.项目实施后年减少燃油消耗约18%。\n"
    "评审结论：同意通过评审。\n"
    "\n"
    "评审组组长：（签名）\n"
    "2026年11月19日"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(FISHERIES_MORATORIUM_OPINION, id="fisheries-moratorium-opinion"),
        pytest.param(LIBRARY_MEETING_MINUTES, id="library-meeting-minutes"),
        pytest.param(FUNERAL_FEE_CONSULTATION, id="funeral-fee-consultation"),
        pytest.param(AIRPORT_LIAISON_NOTES, id="airport-liaison-notes"),
        pytest.param(BROADCASTER_CALLSIGN_OPINION, id="broadcaster-callsign-opinion"),
        pytest.param(DENTAL_IMPLANT_REVIEW, id="dental-implant-review"),
    ],
)
def test_a_deliberation_record_is_withheld_whole(engine: Engine, text: str) -> None:
    assert_withheld_whole(report_of(engine, text), Category.PROCESS_INFO)


def test_a_public_notice_with_one_undecided_item_is_cut(engine: Engine) -> None:
    assert_cut(report_of(engine, FISHERIES_MORATORIUM_NOTICE), Category.PROCESS_INFO)


def test_a_firms_data_in_a_review_stays_severable(engine: Engine) -> None:
    report = report_of(engine, FUNERAL_CREMATOR_REVIEW)
    assert report.attribute is not Attribute.PROACTIVE
    assert_cut(report, Category.TRADE_SECRET)


def test_whole_in_names_a_document_signal_of_a_paragraph_combination(tmp_path: Path) -> None:
    text = builtin_judgement().read_text(encoding="utf-8")
    listed = 'whole_in = ["genre-minutes",'
    assert listed in text
    broken = write(
        tmp_path / "judgement.toml", text.replace(listed, 'whole_in = ["paragraph-deliberation",', 1)
    )
    with pytest.raises(RulePackError, match=r"E245 .*whole_in: no signal 'paragraph-deliberation' of the"):
        load_judgement(broken)
