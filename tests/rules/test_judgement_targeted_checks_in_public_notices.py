"""judge46 (session 16, tune52 cw-009): a public notice with one item that tells a check aimed at named firms
and says the check must be kept from them (重点针对某公司等3家企业…不得向报关员透露布控来源).

第十四条: a targeted check told in advance to those it targets is defeated; the item is cut (第三十七条) and
the rest of the notice published. Drafts written before the rule, in offices no tuning part speaks for (a
fisheries bureau's summer-moratorium notice, an airport's cargo-terminal notice); the same notices telling
only the public rules of the checks, and a public inspection plan's rule that inspectors keep the date from
those checked (no firm named), stay public.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

FISHING_MORATORIUM = (
    "东浦市海洋与渔业局关于2027年伏季休渔期间渔船管理有关事项的通告\n"
    "\n"
    "各渔业乡镇、各渔业企业和渔船船东：\n"
    "\n"
    "根据国家伏季休渔制度，现将2027年休渔期间渔船管理有关事项通告如下：\n"
    "\n"
    "一、休渔时间为2027年5月1日12时至9月16日12时，休渔期间所有拖网渔船应回港停泊。\n"
    "\n"
    "二、休渔渔船应将网具集中封存，船籍港所在乡镇负责登记造册。\n"
    "\n"
    "三、休渔期间我局将对涉嫌偷捕的渔船开展暗查，重点针对石塘远洋渔业有限公司等4家企业所属渔船，"
    "执法船每日凌晨突击登临检查，执法人员不得向船东透露检查时间。\n"
    "\n"
    "四、举报偷捕行为请拨打0574-86050110。\n"
    "\n"
    "东浦市海洋与渔业局\n"
    "2027年4月10日"
)
FISHING_MORATORIUM_PLAIN = FISHING_MORATORIUM.replace(
    "三、休渔期间我局将对涉嫌偷捕的渔船开展暗查，重点针对石塘远洋渔业有限公司等4家企业所属渔船，"
    "执法船每日凌晨突击登临检查，执法人员不得向船东透露检查时间。",
    "三、休渔期间我局将加强海上巡查，对违规出海的渔船依法查处。",
)
AIRPORT_CARGO = (
    "东浦机场集团有限公司关于春运期间货运站收运安排的通知\n"
    "\n"
    "各货运代理企业：\n"
    "\n"
    "为保障春运期间航空货物运输安全有序，现就货运站收运有关事项通知如下：\n"
    "\n"
    "一、春运期间（2027年1月20日至2月28日）国内货运站收运时间延长至每日23:00。\n"
    "\n"
    "二、鲜活易腐货物实行优先收运、优先安检、优先装机。\n"
    "\n"
    "三、春运期间货运安检将加强针对性检查，重点针对东浦恒达航空货运代理有限公司等2家企业，"
    "其申报的电子产品货物一律开箱检查，安检人员不得向货代企业透露检查名单。\n"
    "\n"
    "四、咨询电话：0571-89025566。\n"
    "\n"
    "东浦机场集团有限公司\n"
    "2027年1月8日"
)
AIRPORT_CARGO_PLAIN = AIRPORT_CARGO.replace(
    "三、春运期间货运安检将加强针对性检查，重点针对东浦恒达航空货运代理有限公司等2家企业，"
    "其申报的电子产品货物一律开箱检查，安检人员不得向货代企业透露检查名单。",
    "三、锂电池等危险品应如实申报，未如实申报的一律不予收运。",
)
# A public inspection plan's rule, to every inspector, naming no firm.
INSPECTION_PLAN = (
    "东浦市殡葬管理所2027年度“双随机、一公开”抽查工作计划\n"
    "\n"
    "一、抽查对象：全市殡仪服务机构、经营性公墓和殡葬用品经营户。\n"
    "\n"
    "二、抽查比例：殡仪服务机构不低于30%，经营性公墓不低于20%。\n"
    "\n"
    "三、工作纪律：检查人员不得向被检查单位透露检查时间，抽查结果于结束后20个工作日内公示。\n"
    "\n"
    "东浦市殡葬管理所\n"
    "2027年1月5日"
)


copied(__name__, FISHING_MORATORIUM, "FISHING_MORATORIUM")


def test_a_moratorium_notices_dawn_raid_on_named_firms_is_cut(engine: Engine) -> None:
    assert_cut_out(
        engine,
        FISHING_MORATORIUM,
        Category.SECURITY_RISK,
        gone=["石塘远洋", "凌晨"],
        kept=["网具", "9月16日"],
    )


copied(__name__, AIRPORT_CARGO, "AIRPORT_CARGO")


def test_a_cargo_notices_check_on_named_forwarders_is_cut(engine: Engine) -> None:
    assert_cut_out(
        engine, AIRPORT_CARGO, Category.SECURITY_RISK, gone=["恒达", "检查名单"], kept=["23:00", "鲜活易腐"]
    )


public(
    __name__,
    {
        "FISHING_MORATORIUM_PLAIN": FISHING_MORATORIUM_PLAIN,
        "AIRPORT_CARGO_PLAIN": AIRPORT_CARGO_PLAIN,
        "INSPECTION_PLAN": INSPECTION_PLAN,
    },
)


@pytest.mark.parametrize("text", [FISHING_MORATORIUM_PLAIN, AIRPORT_CARGO_PLAIN, INSPECTION_PLAN])
def test_the_same_notices_and_a_public_plans_rule_stay_public(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)
