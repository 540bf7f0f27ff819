"""Public documents of session 13's new voices (tune39 br-029, tune41 bt-029, bu-005, bu-034) that
the identifier, privacy and form rules cut: office landlines each followed by its section in brackets,
the names a selection of paid public posts publishes, a superior's approval to build a public facility,
a supply-and-marketing federation's reply to a base cooperative. Each comes out 主动公开; its near
twin — a complainant's landline, a private person's name, a reply on one firm's or one unit's own
matter — is still found."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from tests.testing.known_public import public
from tests.testing.personal import assert_proactive_without_personal_findings, loud_personal

SUBSIDY_NOTICE = (
    "2026年度油茶产业发展专项资金拟补助对象公示\n\n"
    "经单位申报、县林业局会同县财政局审核,现将拟补助对象予以公示:\n"
    "| 序号 | 单位名称 | 拟补助金额(万元) |\n| 1 | 枫坪县绿源油茶专业合作社 | 20 |\n\n"
    "公示期7天。对公示对象有异议的,请以书面形式向县林业局产业股或县财政局农业股反映。"
    "异议人应提供联系方式,我局对反映人信息予以保密。\n\n"
    "联系电话:0745-6215508(产业股)  0745-6222310(财政局农业股)\n\n"
    "枫坪县林业局\n2026年12月16日\n"
)

RANGER_LIST = (
    "2027年度生态护林员拟续聘及新聘人员名单公示\n\n"
    "经村民推荐、乡镇审核、县林业局复核,现将2027年度拟聘生态护林员名单予以公示:\n\n"
    "乡镇      村          姓名      类别\n"
    "石门乡    柳树坪村    彭建华    续聘\n"
    "白沙乡    龙潭村      邹桂香    新聘\n\n"
    "公示期间如有异议,请向县林业局生态保护修复股反映,电话0745-6213370。\n\n"
    "枫坪县林业局\n2026年12月14日\n"
)

FACILITY_APPROVAL = (
    "中共枫坪县委关于同意建设县职工服务中心的批复\n\n县总工会:\n"
    "    你会《关于建设县职工服务中心的请示》(枫工发〔2026〕15号)收悉。经县委常委会研究,批复如下:\n"
    "    一、同意在县城滨江大道北侧建设县职工服务中心,总建筑面积4800平方米,面向全县职工免费开放。\n"
    "    二、请你会抓紧办理项目前期手续。\n    此复。\n\n中共枫坪县委\n2026年11月30日\n"
)

COOPERATIVE_APPROVAL = (
    "县供销合作社联合社关于同意河口供销合作社改制方案的批复\n\n河口供销合作社:\n"
    "    你社《关于河口供销合作社改制方案的请示》(河供〔2026〕8号)收悉。经联社理事会研究,现批复如下:\n"
    "    一、同意你社按照社有资产保值、职工利益保障的原则实施改制。\n"
    "    二、改制过程中要依法做好职工安置,职工安置方案须经职工大会讨论通过。\n    此复。\n\n"
    "县供销合作社联合社\n2026年10月28日\n"
)

PUBLIC = [
    # numbers after one phone word, each with its section in brackets (tune41 bu-034)
    SUBSIDY_NOTICE,
    # a selection of ecological rangers publishes whom it means to keep and to hire (tune41 bu-005)
    RANGER_LIST,
    # an approval to build a service centre open to every worker (tune39 br-029)
    FACILITY_APPROVAL,
    # a federation's approval of a base cooperative's restructuring (tune41 bt-029)
    COOPERATIVE_APPROVAL,
]


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize("text", PUBLIC)
def test_new_voices_are_proactive_without_personal_findings(engine: Engine, text: str) -> None:
    assert_proactive_without_personal_findings(engine, text)


PRIVATE_TWINS = [
    # a complainant's home number in the same list of numbers is still his
    (
        SUBSIDY_NOTICE.replace("0745-6222310(财政局农业股)", "0745-8226191(户主张德才家)"),
        ("PI102", "0745-8226191"),
    ),
    # the rangers not kept on are no list the selection publishes
    (
        RANGER_LIST.replace("拟续聘及新聘人员名单公示", "未续聘人员名单").replace(
            "现将2027年度拟聘生态护林员名单予以公示", "现将2027年度未续聘生态护林员名单通报如下"
        ),
        ("PN001", "彭建华"),
    ),
]


@pytest.mark.parametrize(("text", "finding"), PRIVATE_TWINS)
def test_a_private_datum_in_the_same_layout_is_found(
    engine: Engine, text: str, finding: tuple[str, str]
) -> None:
    assert finding in loud_personal(engine, text)


ON_REQUEST_TWINS = [
    # the union's own logistics centre is its own matter
    FACILITY_APPROVAL.replace("县职工服务中心", "县总工会机关后勤服务中心"),
    # a farmers' cooperative is a private firm: the reply on its restructuring stays with it
    COOPERATIVE_APPROVAL.replace("河口供销合作社", "河口蔬菜种植专业合作社"),
    # the federation's reply on the cooperative's staff pay is that unit's own matter
    COOPERATIVE_APPROVAL.replace("改制方案", "职工工资调整"),
]


@pytest.mark.parametrize("text", ON_REQUEST_TWINS)
def test_a_reply_on_the_addressees_own_matter_stays_on_request(engine: Engine, text: str) -> None:
    report = engine.check_text(text).files[0]
    assert "SP001" in {f.rule for f in report.findings}
    assert report.attribute is Attribute.ON_REQUEST
