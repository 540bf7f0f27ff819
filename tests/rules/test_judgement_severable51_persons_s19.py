"""severable51 (session 19, issue 15): a named person's health in a public text that no rule read — the
copy was cut at the person's phone or identity number only, the diagnosis published (第十五条、第三十七条).

Drafts written before the rules that read them, in offices no tuning part speaks for (a 城市客运管理处 and
a 公路事业发展中心), one shape each:
- a complaints bulletin to the firms it supervises whose typical case names a passenger and what the
  hospital found (送医后诊断为急性阑尾炎): that case's paragraph is cut, the counts and demands published;
- a penalty decision against a villager whose statement tells his wife's illness and treatment (其妻子患
  尿毒症,每周需到县人民医院透析三次): the decision is published, that paragraph is cut;
- a 妇女联合会's means-test note whose household member is introduced by name and age with her illness
  (覃某某,41岁,2023年起患乳腺癌): that paragraph is cut, the proposed aid published.
Twins (the passenger's case told without the diagnosis, the statement without the illness) stay public.
main b38de81 failed the first two cut drafts and main 5591a68 the third (the diagnosis and the illness left in
the copy), with the rules alone and with the learned signal.
"""

from __future__ import annotations

import pytest

from secreview.models import Category
from tests.testing.judgement import cut_out_test, public_test

TAXI_CASE = (
    "　　（二）乘客方丽萍于8月9日投诉，其乘坐湘A·T5832号出租汽车前往高铁站途中腹痛加剧，"
    "驾驶员拒绝改道就近送医，乘客自行下车后由路人送医，经诊断为急性阑尾炎并当日手术。"
    "经调查属实，对该驾驶员作出停运学习15天的处理。\n"
)
TAXI_BULLETIN = (
    "关于2026年第三季度出租汽车服务投诉处理情况的通报\n"
    "各出租汽车经营企业：\n"
    "　　第三季度，市城市客运管理处共受理出租汽车服务投诉426件，办结419件，办结率98.4%，"
    "乘客满意率91.2%。现将有关情况通报如下。\n"
    "　　一、投诉总体情况。拒载、绕路、不打表三类投诉占比分别为31%、24%和12%，较上季度均有下降。\n"
    "　　二、典型案例\n"
    "　　（一）8月2日，驾驶员在火车站候客区拒载短途乘客，经核实对其记服务质量信誉考核扣分6分。\n"
    f"{TAXI_CASE}"
    "　　三、工作要求。各企业要加强驾驶员职业道德教育，遇乘客突发疾病须就近送医。\n"
    "市城市客运管理处\n"
    "2026年10月15日"
)
TAXI_BULLETIN_PLAIN = TAXI_BULLETIN.replace(
    TAXI_CASE,
    "　　（二）8月9日，一名乘客投诉驾驶员在其身体不适时拒绝改道就近送医，"
    "经调查属实，对该驾驶员作出停运学习15天的处理。\n",
)

LAND_STATEMENT = (
    "　　2026年5月8日，本机关向当事人送达《行政处罚告知书》。当事人在陈述申辩中称，其妻子患尿毒症，"
    "每周需到县人民医院透析三次，家中无其他劳动力，请求从轻处罚。本机关经复核认为，当事人所述情况属实，"
    "但不影响违法事实的认定，对其陈述理由部分采纳。\n"
)
LAND_PENALTY = (
    "县公路事业发展中心行政处罚决定书\n"
    "县公路罚字〔2026〕17号\n"
    "当事人：龚某平，男，1968年3月出生，汉族\n"
    "　　当事人未经许可，于2025年11月擅自在国道G321线石桥镇清水村路段公路用地范围内搭建养殖棚舍186平方米，"
    "经本机关调查，违法事实清楚。\n"
    f"{LAND_STATEMENT}"
    "　　依据《中华人民共和国公路法》第八十一条的规定，本机关决定：责令当事人限期拆除"
    "在公路用地范围内搭建的棚舍，并处罚款人民币3720元。\n"
    "　　如不服本决定，可在收到本决定书之日起六十日内向县人民政府申请行政复议，"
    "或在六个月内向县人民法院提起行政诉讼。\n"
    "县公路事业发展中心\n"
    "2026年5月20日"
)
LAND_PENALTY_PLAIN = LAND_PENALTY.replace(
    LAND_STATEMENT,
    "　　2026年5月8日，本机关向当事人送达《行政处罚告知书》。当事人在陈述申辩中称，建棚是为扩大养殖规模，"
    "请求从轻处罚。本机关经复核认为，当事人所述理由不影响违法事实的认定，不予采纳。\n",
)


# a household member introduced by name and age in a means-test note (第十五条): the 妇女联合会 version
WOMEN_FEDERATION_MEMBERS = (
    "　　一、家庭成员。覃某某，41岁，2023年起患乳腺癌，目前仍在市肿瘤医院化疗，无固定收入；"
    "其女儿14岁，在县第二中学读初二。\n"
)
WOMEN_FEDERATION_NOTE = (
    "关于单亲困难母亲帮扶对象入户核查情况的说明\n"
    "市妇女联合会权益部：\n"
    "　　根据《单亲困难母亲帮扶项目实施方案》，县妇联于9月对申报对象开展了入户核查，现将情况说明如下。\n"
    f"{WOMEN_FEDERATION_MEMBERS}"
    "　　二、核查意见。该户符合帮扶条件，建议给予一次性帮扶金3000元，帮扶名单将按规定公示。\n"
    "县妇女联合会\n"
    "2026年9月20日"
)

CUT = [
    pytest.param(
        TAXI_BULLETIN,
        Category.TRADE_SECRET,
        ["急性阑尾炎", "方丽萍"],
        ["426件", "98.4%"],
        id="taxi-complaint-diagnosis",
    ),
    pytest.param(
        LAND_PENALTY,
        Category.TRADE_SECRET,
        ["尿毒症", "透析三次"],
        ["186平方米", "3720元"],
        id="land-penalty-statement",
    ),
    pytest.param(
        WOMEN_FEDERATION_NOTE,
        Category.TRADE_SECRET,
        ["乳腺癌", "化疗"],
        ["3000元", "帮扶名单"],
        id="women-federation-member",
    ),
]


test_the_persons_health_is_cut_and_the_rest_published = cut_out_test(CUT)


test_the_twins_without_the_health_stay_public = public_test(
    [
        pytest.param(TAXI_BULLETIN_PLAIN, id="taxi-plain"),
        pytest.param(LAND_PENALTY_PLAIN, id="land-penalty-plain"),
    ],
    "rules_alone",
)
