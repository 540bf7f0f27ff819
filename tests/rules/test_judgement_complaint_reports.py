"""judge31 (session 13, tune39 br-037, tune40 bo-005, tune41 bt-015): three things the files of a complaint
or an application tell that are not the agency's own. (1) That it was this worker who came forward
(不要告诉厂里是她本人 投诉) is the complainant's to keep (第十五条): the paragraph is found, and the
employer's threat she reports (以扣绩效相威胁, 担心被辞退) is no personnel management of the agency's own
staff (第十六条 stays silent); the agency's own reassignment of its clerk stays internal affairs. (2) A
heading's note that the figures under it are the firm's own and unpublished (企业报送,未经公开) speaks for
them: they are cut, the review's decision is published. (3) A complaint dealt with whose handling the report
proposes to publish (拟在局门户网站公布): its redacted copy, without the informant, is published. Drafts
written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import (
    assert_cut_out,
    assert_public,
    assert_still_found,
    attribute_and_categories,
    redacted_copy,
    report_of,
)
from tests.testing.known_public import copied

OVERTIME = (
    "关于职工反映被拖欠加班费的情况报告\n\n县总工会:\n"
    "　　12月2日,某服装厂缝纫车间职工王某英到我镇工会反映"
    ",该厂近三个月未支付加班费,车间主任以扣绩效、调岗相威胁,"
    "不许职工对外反映。\n"
    "　　王某英提出:不要告诉厂里是她本人投诉,担心被辞退。\n"
    "　　我镇工会拟会同镇人社所以年度劳动保障检查的名义进厂核实。\n\n青溪县城关镇总工会\n2026年12月3日"
)
OWN_CLERK = (
    "关于对办公室工作人员岗位调整的报告\n\n局党组:\n"
    "　　办公室科员王某英年度考核排名末位,且多次迟到早退,经局务会研究,拟将其调岗至档案室,并扣发当季绩效。\n\n"
    "局办公室\n2026年12月3日"
)
FEE_REVIEW = (
    "关于某某建材有限公司城市基础设施配套费缓缴申请的审核意见\n\n"
    "某某建材有限公司于2026年5月申请缓缴其厂房扩建项目城市基础设施配套费。经审核,情况如下:\n\n"
    "一、企业财务状况(企业报送,未经公开)\n2025年营业收入1.86亿元,净利润-2140万元,资产负债率82%;"
    "短期借款1.2亿元将于年内到期。\n"
    "二、政策依据\n该项目属于省级重点技改项目,符合缓缴条件。\n"
    "三、审核意见\n同意缓缴,分两期缴纳,首期50%于2026年9月30日前缴纳。\n\n"
    "市住建局城建科\n2026年6月3日"
)
GRAIN = (
    "关于对“南岗收购点短斤少两”举报的调查处理情况\n\n局领导:\n"
    "　　11月3日,局举报电话接到南岗村村民周某平(电话13955512345)举报,称南岗收购点过磅时每车少计约20公斤。"
    "举报人要求对其身份保密,担心以后卖粮受刁难。\n"
    "　　经我股于11月5日调查:该收购点地磅未按期检定,抽查过磅记"
    "录30份,其中6份少计,涉及农户6户,少付售粮款约900元。\n"
    "　　处理结果:责令该收购点于11月12日前补足差价(已补付完毕),地磅送检。\n"
    "　　以上处理结果拟在局门户网站“举报处理”栏目公开。\n\n"
    "粮食收购监督检查股\n2026年11月14日"
)


def test_a_complainants_request_is_found_and_her_employers_threat_is_no_personnel_matter(
    engine: Engine,
) -> None:
    _, categories = attribute_and_categories(engine, OVERTIME)
    assert Category.TRADE_SECRET in categories and Category.INTERNAL_AFFAIRS not in categories


def test_the_agencys_own_clerk_reassigned_stays_internal_affairs(engine: Engine) -> None:
    assert_still_found(engine, OWN_CLERK, Category.INTERNAL_AFFAIRS)


copied(__name__, FEE_REVIEW, "FEE_REVIEW")


def test_figures_under_a_heading_noted_unpublished_are_cut(engine: Engine) -> None:
    assert_cut_out(engine, FEE_REVIEW, Category.TRADE_SECRET, gone=["资产负债率82%"], kept=["同意缓缴"])


copied(__name__, GRAIN, "GRAIN")


def test_a_handled_complaint_to_be_published_goes_out_without_the_informant(engine: Engine) -> None:
    assert report_of(engine, GRAIN).attribute is Attribute.REDACTED
    copy = redacted_copy(engine, GRAIN)
    assert "周某平" not in copy and "补足差价" in copy
    assert_public(engine, copy)
