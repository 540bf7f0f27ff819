"""A report on one third party's own application (judge18, session 11): the decision it awaits is on
that party's matter, taken by a published scheme's conditions, so the report is 删减后公开 with the party's
data cut (第十五条、第三十七条), while the same data in the agency's own deliberation keeps the report whole
(第十六条第二款). Near twins of tune27/tune28 drafts, written here."""

from __future__ import annotations

import pytest

from secreview import Engine
from tests.testing.judgement import assert_case_attribute

FIRM_DATA = (
    "    一、企业提供的2025年财务报表显示,营业收入3.2亿元,净利润1860万元,毛利率21.4%,"
    "以上数据未经审计,企业要求保密。"
)
INFORMANT = "    11月12日接到举报,称某助剂厂露天堆放危险化学品。举报人系该厂职工蒋某某,要求对其身份保密。"
ONE_FIRM = "关于南岭电子有限公司申请技改补贴的审核意见"
CASES = {
    # one named firm's application, reviewed by the scheme's conditions: the firm's data cut
    "one-firm": (
        [
            ONE_FIRM,
            "局领导:",
            "    南岭电子有限公司于10月提交技改补贴申请。经产业科审核,情况如下:",
            FIRM_DATA,
            "    二、审核意见:该企业符合《某县技改补贴办法》规定的条件,建议按8%核定补贴96万元。",
            "    以上意见,请审定。",
            "产业科",
        ],
        "redacted",
    ),
    # differing views on that firm's matter: the paragraph that holds them is cut too, not the report
    "one-firm-two-views": (
        [
            ONE_FIRM,
            "局领导:",
            "    南岭电子有限公司于10月提交技改补贴申请。经产业科审核,情况如下:",
            FIRM_DATA,
            "    二、对补贴金额有两种意见:财务科认为应按6%核定,产业科倾向于按8%核定,尚未统一。",
            "    以上意见,请审定。",
            "产业科",
        ],
        "redacted",
    ),
    # a batch of applicants going to a meeting: the agency's own allocation, process information whole
    "batch": (
        [
            "关于2026年度技改补贴项目审核情况的报告",
            "局领导:",
            "    今年共有6家企业申报技改补贴。经产业科审核,情况如下:",
            FIRM_DATA.replace("企业提供的", "南岭电子有限公司提供的"),
            "    二、审核意见:6家企业均符合条件,建议按8%核定补贴合计420万元,拟提交局党组会议研究。",
            "    以上意见,请审定。",
            "产业科",
        ],
        "withheld",
    ),
    # a 请示 on a firm's request for a discretionary concession: the agency proposes, the superior decides
    "request": (
        [
            "关于南岭电子有限公司申请减免土地出让金的请示",
            "县人民政府:",
            "    南岭电子有限公司申请减免新厂区土地出让金。",
            FIRM_DATA,
            "    二、我局建议减免50%。",
            "    妥否,请批示。",
            "县工信局",
        ],
        "withheld",
    ),
    # a public fund's stake in a firm that applied for it: the fund's own deal, its price still to negotiate
    "fund-stake": (
        [
            "关于南岭电子有限公司申请市产业引导基金投资的审查意见",
            "市产业引导基金投资决策委员会:",
            FIRM_DATA,
            "    二、审查意见:估值偏高,建议以不超过40亿元的投前估值进行谈判。",
            "    以上意见请决策委员会审议时参考。",
            "市发展和改革委员会",
        ],
        "withheld",
    ),
    # a batch already decided and announced: the report records the decision, the firms' data cut
    "batch-decided-published": (
        [
            "2026年度技改补贴项目审核情况",
            "    今年共有6家企业申报技改补贴,经审核,拟对其中5家给予补贴,合计420万元。",
            FIRM_DATA.replace("企业提供的", "南岭电子有限公司提供的"),
            "    以上审核意见已经9月16日局务会审定,补贴对象及金额已按规定在县政府网站公示,现报县财政局备案。",
            "产业科",
        ],
        "redacted",
    ),
    # the same batch still to be announced: a proposal awaiting the decision
    "batch-to-be-published": (
        [
            "2026年度技改补贴项目审核情况",
            "    今年共有6家企业申报技改补贴,经审核,拟对其中5家给予补贴,合计420万元。",
            FIRM_DATA.replace("企业提供的", "南岭电子有限公司提供的"),
            "    以上审核意见经局务会审定后,拟在县政府网站公示。",
            "产业科",
        ],
        "withheld",
    ),
    # a reward the published scheme sets, proposed for an informant who asked to stay unknown
    "reward-by-scheme": (
        [
            "关于举报事项核查情况的报告",
            "局领导:",
            INFORMANT,
            "    经现场核查,举报基本属实,已对企业立案。",
            "    举报查实,拟按《某县安全生产举报奖励办法》给予举报人奖励3000元。",
            "危化股",
        ],
        "redacted",
    ),
    # the same reward proposed for the leader's decision, with no scheme named
    "reward-asked": (
        [
            "关于举报事项核查情况的报告",
            "局领导:",
            INFORMANT,
            "    经现场核查,举报基本属实,已对企业立案。",
            "    举报查实,拟给予举报人奖励3000元,妥否,请批示。",
            "危化股",
        ],
        "withheld",
    ),
    # judge23: a licence is granted on one applicant's application by the conditions the law sets (行政许可法
    # 第三十四条、第三十八条); the review of that application is its procedure, the applicant's books are cut
    "licence-review": (
        [
            "关于青禾演艺有限公司营业性演出许可申请的审查意见",
            "局领导:",
            "    一、申请人情况。该公司拟于明年1月举办巡回演出,现有演员36人。",
            "    二、申请人报送的经营资料显示,2025年票务收入2140万元,与场馆签订的服务合同价为88万元,"
            "公司书面请求对上述数据保密。",
            "    三、审查结论。经核查,符合《营业性演出管理条例》规定的条件,建议准予许可。",
            "文化市场科",
        ],
        "redacted",
    ),
    "licence-review-no-name": (
        [
            "大型群众性活动安全许可审查意见",
            "(秋季灯会)",
            "    一、承办者提交的资料显示:已售门票8200张,票房收入516万元,承办者要求对票务收入保密。",
            "    二、现场核查。疏散通道、安全出口符合要求,新增安检口拟于活动前一日设置完毕。",
            "    三、审查结论。符合《大型群众性活动安全管理条例》规定的条件,建议作出准予许可的决定。",
            "治安大队",
        ],
        "redacted",
    ),
    # the agency's own doubt on a licence, put to the superior: deliberation, withheld whole
    "licence-request": (
        [
            "关于青禾演艺有限公司申请营业性演出许可的请示",
            "县人民政府:",
            "    二、申请人报送的经营资料显示,2025年票务收入2140万元,公司书面请求对上述数据保密。",
            "    三、该演出场所距学校仅80米,能否许可法规未作规定。我局倾向于不予许可。",
            "    妥否,请批示。",
            "县文化和旅游局",
        ],
        "withheld",
    ),
    # many licences reviewed together and going to a meeting: the agency's own allocation, whole
    "licence-batch": (
        [
            "关于全市旅馆业特种行业许可审查情况的报告",
            "局领导:",
            "    今年共受理12家旅馆的许可申请,情况如下:",
            "    一、锦程酒店管理有限公司报送的资料显示,2025年营业收入2316万元,企业要求保密。",
            "    二、审查意见:对其中3家是否准予许可存在不同意见,拟提交局长办公会研究。",
            "治安科",
        ],
        "withheld",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_party_application_cut_or_whole(engine: Engine, name: str) -> None:
    lines, expected = CASES[name]
    assert_case_attribute(engine, name, lines, expected)
