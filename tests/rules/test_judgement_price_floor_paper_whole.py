"""judge43 (session 16): a paper whose matter is the floor of a procedure not yet held is withheld whole.
The 标底, 招标控制价 or 最高限价 (底价, 保留价) is kept from the bidders until the opening
(招标投标法 第二十二条, 招标投标法实施条例 第二十七条); a paper that exists to compute, review, hand
over or approve it (its title names the floor) has nothing public left once the figure and what reveals
it are cut: only the project's name and that a floor was fixed (第三十七条 cuts only what can be
separated; benchmarks/judgement/LABELS.md, price floors, session 16). A report whose matter is public
and which tells the floor in one sentence is cut; a tender notice prints the ceiling the rules require
it to publish.

Drafts written for these tests before the rule, in offices no tuning part speaks for (国防动员,
民航/机场, 图书馆), with twins. Main cut the mobilisation office's note, withheld the airport's report
(its 妥否,请审定 as process information) and let out the library's letter with no finding at all. The
override `price-floor-paper` (rules/policy.toml: a title line naming the floor) reaches the note; the
letter stays out, a gap of finding, not of separating. Written before the second override
(`price-floor-note`: a line of the first five names the floor, the title no evaluation), a fishing port
authority's 便函 that main cut (TS001) is reached; a broadcaster's untitled reply, out with no finding,
is not.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut, assert_public, report_of
from tests.testing.known_public import public

MOBILISATION_CEILING_NOTE = (
    "关于人防指挥所通信设备更新项目招标控制价的说明\n"
    "\n"
    "办领导：\n"
    "    人防指挥所通信设备更新项目已完成预算评审，拟于12月20日在市公共资源交易中心开标。经造价咨询单位测算，"
    "本项目招标控制价为386.50万元，其中短波电台及天线系统142.30万元，卫星通信终端98.60万元，集成与安装调试"
    "145.60万元。控制价较财政评审预算下浮4%，评标基准价拟按有效报价平均值的97%确定。\n"
    "    控制价在招标文件发出前仅限办领导和计划财务科知悉，请勿外传。\n"
    "\n"
    "计划财务科\n"
    "2026年11月30日"
)
AIRPORT_BAGGAGE_FLOOR_REPORT = (
    "关于航站楼行李处理系统改造工程标底编制情况的报告\n"
    "\n"
    "集团总经理办公会：\n"
    "    航站楼行李处理系统改造工程定于2027年1月8日开标。受集团委托，工程部会同造价咨询公司完成了标底编制。\n"
    "    一、标底总价为2,186.40万元，其中设备购置1,432.70万元，安装工程518.20万元，其他费用235.50万元。\n"
    "    二、主要设备单价参考了两家意向供应商的内部报价，分拣机每台约86万元。\n"
    "    三、标底已密封，由纪检监察室保管，开标前不得泄露。\n"
    "    妥否，请审定。\n"
    "\n"
    "工程部\n"
    "2026年12月4日"
)
LIBRARY_CEILING_LETTER = (
    "关于报送市图书馆古籍修复室设备采购项目最高限价的函\n"
    "\n"
    "市公共资源交易中心：\n"
    "    我馆古籍修复室设备采购项目已完成采购需求论证，现将经馆务会确定的最高限价报送你中心：项目最高限价"
    "168.00万元（纸张脱酸设备72.00万元、恒温恒湿修复台46.00万元、显微检测设备50.00万元）。\n"
    "    上述限价在采购文件发布前请予保密，开标时再行公布。\n"
    "\n"
    "市图书馆\n"
    "2026年12月1日"
)
# The twins: the library's work report that tells the ceiling in one sentence (its matter is public), and the
# airport's published tender notice with the ceiling the rules require it to print.
LIBRARY_PROGRESS_REPORT = (
    "市图书馆2026年重点工作推进情况\n"
    "\n"
    "    一、新馆少儿区改造已完成，12月起对外开放。\n"
    "    二、全年举办阅读推广活动186场，线上服务访问量增长23%。\n"
    "    三、古籍修复室设备采购项目已完成需求论证，最高限价确定为168.00万元，定于12月22日开标，限价在采购文件"
    "发布前保密。\n"
    "    四、下一步将做好春节期间开放服务工作。\n"
    "\n"
    "市图书馆办公室\n"
    "2026年12月1日"
)
AIRPORT_TENDER_NOTICE = (
    "航站楼行李处理系统改造工程招标公告\n"
    "\n"
    "    一、招标条件：本工程已批准建设，招标人为市机场集团有限公司。\n"
    "    二、工程概况：航站楼行李处理系统改造，最高投标限价为2,300.00万元。\n"
    "    三、投标截止及开标时间：2027年1月8日9时30分。\n"
    "    特此公告。\n"
    "\n"
    "市机场集团有限公司\n"
    "2026年12月5日"
)

# Written before the second rule: the floor handed over in a note whose title does not name it (a 便函, a
# 工作联系单, a reply with no title at all), its opening paragraph giving the figure.
FISHING_PORT_NOTE = (
    "便函\n"
    "\n"
    "市公共资源交易中心：\n"
    "    我局渔港航道疏浚工程拟于1月15日开标。经造价咨询单位编制，本工程标底为1,126.80万元，其中疏浚土方"
    "842.50万元、抛泥及运输211.30万元、其他费用73.00万元。请在开标前妥善保管，勿向任何投标人透露。\n"
    "\n"
    "市海洋与渔业局\n"
    "2026年12月28日"
)
BROADCASTER_CEILING_REPLY = (
    "市广播电视台：\n"
    "\n"
    "    你台送审的演播厅灯光系统改造项目招标控制价已审核完毕，审定金额为312.46万元（送审金额338.90万元），"
    "其中灯具及控制系统241.20万元、安装调试52.86万元、其他18.40万元。审定结果在招标文件发布前请勿外传。\n"
    "\n"
    "市财政投资评审中心\n"
    "2026年12月2日"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MOBILISATION_CEILING_NOTE, id="mobilisation-ceiling-note"),
        pytest.param(AIRPORT_BAGGAGE_FLOOR_REPORT, id="airport-baggage-floor-report"),
        pytest.param(FISHING_PORT_NOTE, id="fishing-port-note"),
    ],
)
def test_a_paper_whose_matter_is_the_floor_is_withheld_whole(engine: Engine, text: str) -> None:
    report = report_of(engine, text)
    assert report.attribute is Attribute.WITHHELD
    assert any(reason.category is Category.TRADE_SECRET for reason in report.reasons)


@pytest.mark.xfail(
    strict=True, reason="no finding at all: what the letter is goes unread, not its separability"
)
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LIBRARY_CEILING_LETTER, id="library-ceiling-letter"),
        pytest.param(BROADCASTER_CEILING_REPLY, id="broadcaster-ceiling-reply"),
    ],
)
def test_a_letter_handing_over_the_ceiling_is_withheld(engine: Engine, text: str) -> None:
    assert report_of(engine, text).attribute is Attribute.WITHHELD


def test_a_report_telling_the_floor_in_one_sentence_is_cut(engine: Engine) -> None:
    assert_cut(report_of(engine, LIBRARY_PROGRESS_REPORT), Category.TRADE_SECRET)


public(__name__, AIRPORT_TENDER_NOTICE, "AIRPORT_TENDER_NOTICE")


def test_a_tender_notice_with_its_published_ceiling_stays_public(engine: Engine) -> None:
    assert_public(engine, AIRPORT_TENDER_NOTICE)
