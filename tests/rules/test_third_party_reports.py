"""A third party's data passed between agencies (judge23, session 12): what a respondent reported to a
statistical survey may be given to no one (《统计法》第二十五条、第三十九条), so a letter passing named
firms' reported figures is 删减后公开 with those figures cut (第十五条、第三十七条), and an instruction whose
object is those figures (以上数据为企业报送的基层统计资料,请勿转发) is the firms' protection, cut with
them; the same instruction on the agency's own unsettled figures keeps the letter whole (第十六条第二款).
Drafts written here, in other words than tune34's."""

from __future__ import annotations

import pytest

from secreview import Engine
from tests.testing.judgement import assert_case_attribute
from tests.testing.known_public import public

TABLE = [
    "企业名称 | 11月产值(万元) | 同比(%) | 利润总额(万元)",
    "南溪精工机械有限公司 | 9,320 | -8.1 | -215",
    "南溪华盛纸业有限公司 | 4,118 | 6.4 | 142",
]
FIRM_LINES = (
    "    一、据企业报送的未经公开的财务资料,2025年营业收入6,120万元,净利润-238万元。\n"
    "    二、检测模型由企业自行训练,检测精度据企业提供的测试报告为98.6%;"
    "两项发明专利尚在实审阶段(申请号已提供,暂不对外披露)。"
)
CASES = {
    # named firms' survey figures for the leaders' reference; the instruction protects the firms' figures
    "survey-letter": (
        [
            "南溪县统计局关于报送重点企业11月份生产经营情况的函",
            "县政府办公室:",
            "    现将纳入联网直报的重点工业企业11月份主要指标报送如下,供县领导参考:",
            *TABLE,
            "    另,精工公司反映其主要客户已将明年订单削减35%,企业拟于明年初停产检修两个月,尚未对外公布。",
            "    以上数据均为企业直报的基层统计资料,请勿转发。",
            "南溪县统计局",
        ],
        "redacted",
    ),
    # the same letter whose figures are the bureau's own estimate still to be settled: its circulation stays
    "own-estimate": (
        [
            "南溪县统计局关于全县11月份工业增速预估情况的函",
            "县政府办公室:",
            "    现将全县11月份规模以上工业增加值预估情况报送如下,供县领导参考:",
            "    初步预估增长4.2%,较上月回落0.6个百分点。",
            "    以上数据为初步测算,尚未最终审定,请勿转发。",
            "南溪县统计局",
        ],
        "withheld",
    ),
    # one firm's reported figures given to another agency for its review: cut, the reply itself goes out
    "reply-one-firm": (
        [
            "关于提供南溪精工机械有限公司有关统计数据的复函",
            "县商务局:",
            "    你局《关于商请提供企业统计数据的函》收悉。现将该企业报送数据提供如下:",
            "    一、2025年营业收入6.2亿元,研发费用0.41亿元。",
            "    二、其第一大客户为某汽车集团,占销售额的37%。",
            "    上述数据属于能够识别单个统计调查对象的资料,仅供你局评审使用,不得用于其他目的。",
            "南溪县统计局",
        ],
        "redacted",
    ),
    # a review of what one applicant handed in, a project's name in 《》: no opinion on another agency's draft
    "application-materials": (
        [
            "关于对《滨江灯光秀提升项目》专项资金申报材料的审核意见",
            "局计划财务科:",
            "    一、申报单位为滨江文旅发展有限公司,本次申报补助300万元。",
            "    二、该公司未经公开的财务报表显示:营业收入5,216万元,净利润-936万元,"
            "企业书面申明不得对外提供。",
            "    三、审核结论。申报材料基本完整,建议按程序进入专家评审。",
            "产业发展科",
        ],
        "redacted",
    ),
    # an opinion on another agency's draft rules stays the exchange of a draft (磋商信函), withheld whole
    "opinion-on-draft": (
        [
            "关于对《滨江区文旅专项资金管理办法(征求意见稿)》的意见",
            "区财政局:",
            "    一、建议第五条单个项目补助上限由300万元调整为200万元。",
            "    二、第九条绩效评价的时限尚需与你局进一步商定。",
            "区文化和旅游局",
        ],
        "withheld",
    ),
    # a review table of the firms' own books, cells with their units: each firm's row is cut
    "review-table": (
        [
            "2026年度规上工业企业稳岗奖补资金审核汇总表",
            "    以下营业收入、利润数据为企业申报时提供的财务报表所载,企业未公开披露。",
            "企业名称 | 2025年营业收入 | 利润总额 | 核定奖补",
            "南溪精工机械有限公司 | 6200万元 | -315万元 | 6万元",
            "南溪华盛纸业有限公司 | 2380万元 | 142万元 | 4万元",
            "    审核意见:2家企业均符合奖补条件,建议按上表核定金额拨付。",
            "企业服务科",
        ],
        "redacted",
    ),
    # the 公示 of the same grants with each project's investment: published by rule, stays public
    "grant-notice-table": (
        [
            "关于2026年度规上工业企业技改奖补资金拟补助项目的公示",
            "    经企业申报、专家评审,现将拟补助项目公示如下:",
            "企业名称 | 项目总投资 | 拟补助金额",
            "南溪精工机械有限公司 | 1200万元 | 60万元",
            "南溪华盛纸业有限公司 | 800万元 | 40万元",
            "    公示期为5个工作日。如有异议,请以书面形式向县工信局反映。",
            "南溪县工业和信息化局",
        ],
        "proactive",
    ),
    # a public notice telling of one informant who asked not to be named: that paragraph is cut
    "notice-one-informant": (
        [
            "县市场监管局2026年投诉举报奖励兑现情况公告",
            "    一、全年受理举报214件,查实87件,核定奖励资金5.6万元。",
            "    二、典型举报:某餐饮店帮厨举报该店使用过期食材,经查属实。"
            "该举报人请求对其身份保密,担心被店方辞退。",
            "    三、奖励资金已全部兑付。",
            "    特此公告。",
            "县市场监督管理局",
        ],
        "redacted",
    ),
    # the same notice promising every informant confidentiality: nobody's request, stays public
    "notice-promise": (
        [
            "县市场监管局2026年投诉举报奖励兑现情况公告",
            "    一、全年受理举报214件,查实87件,核定奖励资金5.6万元。",
            "    二、我局依法对举报人信息严格保密,举报人要求对其身份保密的,一律不在通报中出现其个人信息。",
            "    三、奖励资金已全部兑付。",
            "    特此公告。",
            "县市场监督管理局",
        ],
        "proactive",
    ),
    # a circular that tells of a report against a named agency still being checked: the case paragraph is cut
    "circular-open-check": (
        [
            "2026年第三季度旅游投诉处理情况通报",
            "各旅行社:",
            "    一、第三季度共受理旅游投诉186件,办结181件。",
            "    二、9月有游客举报青禾国际旅行社在一日游中强迫购物,现核查仍在进行。",
            "    三、各旅行社要规范合同签订。",
            "县文化和旅游局",
        ],
        "redacted",
    ),
    # the same report already dealt with and published as a penalty: stays public
    "circular-check-closed": (
        [
            "2026年第三季度旅游投诉处理情况通报",
            "各旅行社:",
            "    一、第三季度共受理旅游投诉186件,办结181件。",
            "    二、9月有游客举报青禾国际旅行社在一日游中强迫购物,经核查属实,"
            "已依法作出罚款2万元的行政处罚。",
            "    三、各旅行社要规范合同签订。",
            "县文化和旅游局",
        ],
        "proactive",
    ),
    # a statistics bureau's release naming one firm with its survey figures (《统计法》第二十五条): cut
    "statistics-brief-firm": (
        [
            "南溪县统计局",
            "2026年前三季度全县工业经济运行简况",
            "    前三季度,全县规模以上工业增加值同比增长4.6%。",
            "    重点企业中,南溪华盛纸业有限公司利润总额为-3,160万元,产成品库存增至2.4亿元。",
            "    下阶段,全县将继续做好工业稳增长工作。",
        ],
        "redacted",
    ),
    # the same release with the leading firms summed: no respondent is identified, stays public
    "statistics-brief-aggregate": (
        [
            "南溪县统计局",
            "2026年前三季度全县工业经济运行简况",
            "    前三季度,全县规模以上工业增加值同比增长4.6%。",
            "    产值前10位企业合计完成产值86.3亿元,同比增长2.9%。",
            "    下阶段,全县将继续做好工业稳增长工作。",
        ],
        "proactive",
    ),
    # the firm's unpublished patents and test results hold the only 暂不对外: its condition, cut with them
    "review-firm-patents": (
        [
            "南溪县科技计划项目专家评审意见(南溪智测科技有限公司)",
            FIRM_LINES,
            "    三、评审结论:技术路线可行,建议予以立项支持。",
            "专家组",
        ],
        "redacted",
    ),
    # the same review whose own conclusion is kept back until the leaders decide: deliberation, whole
    "review-conclusion-held": (
        [
            "南溪县科技计划项目专家评审意见(南溪智测科技有限公司)",
            FIRM_LINES,
            "    三、评审结论暂不对外,待局党组会议研究后确定是否立项。",
            "专家组",
        ],
        "withheld",
    ),
}


public(
    __name__,
    {name: "\n".join(lines) + "\n" for name, (lines, expected) in CASES.items() if expected == "proactive"},
)


@pytest.mark.parametrize("name", sorted(CASES))
def test_third_party_report(engine: Engine, name: str) -> None:
    lines, expected = CASES[name]
    assert_case_attribute(engine, name, lines, expected)
