"""Public documents that the identifier, address and recipient rules took for private ones (sessions 8, 9):
each form is proactive with no medium or high personal-data finding (an approval's reply-to-one-unit finding
stays, overridden by the article that makes it public), and its near twin — a private person's name or home,
a reply that concerns only its addressee — is still found."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from tests.testing.known_public import public
from tests.testing.personal import assert_proactive_without_personal_findings, loud_personal


def _attribute(engine: Engine, text: str) -> Attribute | None:
    return engine.check_text(text).files[0].attribute


PUBLIC_FORMS = [
    # setting up a college is a public education matter (第二十条(十一)), like a school or a hospital
    "省教育厅关于同意设立安澜康养职业技术学院的批复\n\n安澜市人民政府:\n"
    "你市《关于申请设立安澜康养职业技术学院的请示》(安政〔2026〕31号)收悉。经研究,现批复如下:\n"
    "一、同意设立安澜康养职业技术学院。学校为全日制公办普通高等职业学校。\n此复。\n\n省教育厅\n2026年11月18日",
    # the units residents belong to change: the approval must be widely known (第十九条)
    "青禾县人民政府关于同意石桥镇调整部分村民小组的批复\n\n石桥镇人民政府:\n\n"
    "你镇《关于调整河湾村、柳塘村部分村民小组的请示》(石政〔2026〕31号)收悉。经研究,批复如下:\n\n"
    "一、同意将河湾村六组、七组合并为河湾村六组,将柳塘村五组划入柳塘村四组。\n"
    "二、调整后,请你镇依法做好村民小组集体资产清理、村务档案移交等工作。\n\n此复。\n\n"
    "青禾县人民政府\n2026年9月3日",
    "某市人民政府关于同意某县调整部分乡镇行政区划的批复\n\n某县人民政府:\n"
    "你县《关于调整部分乡镇行政区划的请示》收悉。经研究,同意撤销石门乡,将其所辖区域划归青石镇管辖。\n",
    # 住 at the head of 住宅, 住房, 住户 is no cue of a home address
    "东汐县人民政府关于房屋征收决定的公告\n三、范围内非住宅房屋涉及的单位如下:\n"
    "1.东汐县供销合作社联合社(人民路112号,建筑面积2315平方米)\n住宅房屋共计386户,按户另行告知。\n",
    # a role word at the head of a longer word (居民区, 村民委员会) names no one
    "11月18日,集镇供水主管道被挖断。镇政府调派送水车四台次向学校、卫生院和居民区送水。",
    # a would-be name whose last character belongs to the next word (农村常|住 of 农村常住居民)
    "(三)农民收入持续增长。\n农村常住居民人均可支配收入达到24680元,增长6.9%。",
    # a reply to a deputy or a CPPCC member answers a duty performed in public, whatever its title says
    "关于刘建华代表反映城南农贸市场问题的答复\n刘建华代表:\n您在县人大会议期间提出的问题收悉。现答复如下:\n"
    "城南农贸市场改造已列入2027年计划。\n青禾县商务局\n2026年7月10日",
    # the room numbers of a vaccination site or an examination room are public premises
    "关于2026年秋季流感疫苗接种安排的通告\n"
    "一、接种地点:城关镇社区卫生服务站(幸福家园12号楼1单元101室)、龙泉社区卫生室(锦绣小区5栋2单元)。",
    "青禾县2026年公开招聘教师笔试考场安排\n考点:青禾县第一中学(人民路88号),第一考场设在3栋201室,"
    "第二考场设在3栋202室。",
    "青禾县人民政府关于同意撤销石门村、河湾村设立石河村的批复\n城关镇人民政府:\n"
    "你镇《关于撤并石门村、河湾村的请示》收悉。经研究,同意撤销石门村、河湾村,设立石河村。",
    # a reply to a message left on the government's mailbox is published with the message
    "关于对群众来信反映城南路灯不亮问题的回复\n网民“城南老街坊”:\n"
    "您在县长信箱反映的城南路灯不亮问题收悉。经核实,已于2026年9月3日修复。\n青禾县城市管理和综合执法局",
    # a shelter before a stairwell, a polling station at the village committee's office
    "关于城南区域应急避难场所设置的公告\n一、城南中学操场(解放路18号),可容纳3000人;\n"
    "二、幸福家园小区中心广场(幸福家园3栋2单元门前),可容纳800人。",
    "关于2026年度村级换届选举投票站设置的公告\n"
    "和平村投票站设在和平村村民委员会办公楼一楼会议室(和平村3组);\n龙泉村投票站设在龙泉村综合服务中心(龙泉村5组)。",
    # a line of public contact points, an official's mobile among the units' lines (第二十条(二))
    "关于做好2026年冬季征兵报名工作的通告\n报名地点:各乡镇人民武装部。\n"
    "咨询电话:县征兵办 0745-6212580;城关镇武装部 0745-6213301;龙泉镇武装部部长 李建军 13907451111",
    # a leader's office landline on the line of the leader's duties (负责人姓名 and 联系方式, 第二十条(二))
    "青禾县人民政府办公室关于调整县政府领导分工的通知\n各乡镇人民政府,县直各单位:\n"
    "刘志刚县长:主持县政府全面工作。\n王德明副县长:负责发展改革、财政、审计工作。联系电话:0745-6212002",
    # a public institution's recruitment publishes whom it means to hire (拟聘人员公示)
    "关于青禾县2026年度高层次人才引进拟聘人员的公示\n"
    "刘小红,女,1995年5月生,博士研究生,毕业于中南大学,拟聘为县人民医院主治医师。",
    # an election announces whom it elected (村民委员会组织法 第十五条)
    "关于和平村选举结果的公告\n和平村第十二届村民委员会选举于2026年5月8日举行,选举结果如下:\n"
    "主任:刘德顺\n副主任:王秀英\n委员:陈国富、张玉兰",
    # a company's or an agency's seat (住所) in a review decision is no one's home (民法典 第六十三条)
    "行政复议决定书\n申请人:青禾县恒达建材有限公司,住所地青禾县临江区滨江路266号。\n法定代表人:马国庆,该公司总经理。\n"
    "被申请人:青禾县生态环境局,住所地青禾县文昌路9号。\n法定代表人:吴海峰,该局局长。\n"
    "本机关决定:维持被申请人作出的青环罚〔2026〕41号行政处罚决定。",
    # a title naming the project it approves is a construction-project approval (第二十条(十))
    "青禾县人民政府关于城南实验小学新建工程项目的批复\n\n县教育局:\n"
    "你局《关于要求批准城南实验小学新建工程项目的请示》(青教〔2026〕87号)收悉。经研究,现批复如下:\n"
    "一、同意建设城南实验小学新建工程项目,按36个班规模建设。\n此复。\n\n青禾县人民政府\n2026年12月4日",
    # moving penalty powers to another agency must be published (行政处罚法 第十八条、第二十四条)
    "青禾县人民政府关于同意县综合行政执法局承接部分行政处罚权的批复\n\n县综合行政执法局:\n"
    "你局《关于承接住建领域部分行政处罚权的请示》(青综执〔2026〕12号)收悉。经研究,现批复如下:\n"
    "一、同意将县住房和城乡建设局行使的物业管理等领域共68项行政处罚权划转由你局集中行使。\n此复。",
    # a superior's decision on a public body's 请示 is the basis of administration (第十三条、第十九条):
    # a fare, public reserves, a public hospital's equipment, a policy question, a township's budget
    "县人民政府关于城区公交票价调整的批复\n\n县交通运输局:\n你局《关于城区公交票价调整方案的请示》收悉。"
    "经研究,批复如下:\n一、同意你局提出的调整方案,普通线路票价调整为2元。\n县人民政府\n2026年12月20日",
    "青禾县人民政府\n关于2027年度县级储备粮轮换计划的批复\n\n县粮食和物资储备局:\n"
    "你局《关于2027年度县级储备粮轮换计划的请示》收悉。经研究,批复如下:\n一、同意轮换到期县级储备粮稻谷0.3万吨。",
    "关于同意县中医院购置核磁共振设备的批复\n\n县中医院:\n你院《关于购置核磁共振设备的请示》(青中医〔2026〕12号)"
    "收悉。经研究,批复如下:\n一、同意你院购置1.5T核磁共振一台。\n此复。",
    "关于城乡居民医保参保缴费有关政策问题的复函\n\n县医疗保障局:\n你局《关于城乡居民医保参保缴费有关政策问题的请示》"
    "收悉。经研究,现函复如下:\n一、新生儿出生后90天内参保的,自出生之日起享受待遇。",
    "关于县级储备猪肉收储计划的批复\n\n县商务局:\n你局关于2027年县级储备猪肉收储计划的请示(青商〔2026〕9号)收悉。"
    "经研究,批复如下:\n一、同意收储冻猪肉200吨。",
    "县人民政府关于同意石门镇2026年财政预算调整方案的批复\n\n石门镇人民政府:\n"
    "你镇《关于2026年财政预算调整方案的请示》收悉。经研究,同意你镇调整方案。",
    # a village committee's request on a public-welfare project; a 批复 answering a 报告
    "关于同意和平村实施2027年村级公益事业一事一议项目的批复\n\n和平村村民委员会:\n"
    "你村《关于实施2027年村级公益事业一事一议项目的请示》收悉。经研究,同意实施村组道路硬化1.2公里。",
    "关于城区路内停车泊位设置的批复\n\n县城市管理局:\n你局《关于城区停车泊位设置情况的报告》收悉。"
    "经研究,同意新增路内停车泊位320个。",
    # a state forest farm asks as a public institution does (tune29 bd-014)
    "关于国有青峰林场2026年度森林采伐计划的批复\n\n青峰林场:\n你场《关于申请下达2026年度森林采伐计划的请示》"
    "(青峰林〔2026〕3号)收悉。经研究,同意你场2026年度采伐蓄积量4850立方米,在全县采伐限额内安排。\n此复。",
    # officials sent to serve elsewhere (现任…,拟挂任…) and a delegation of officials abroad are named by rule
    "青禾县2027年度对口协作挂职干部人选公示\n经组织考察,拟选派以下同志挂职锻炼,现予公示:\n"
    "1.刘志刚,男,1987年3月生,现任县商务局外贸股股长,拟挂任东江市商务局副局长;\n"
    "2.王秀英,女,1990年8月生,现任县农业农村局副局长,拟挂任东江市农业农村局副局长。",
    "青禾县商务局2026年第三季度因公出国(境)团组信息公开\n团组名称:青禾县经贸考察团\n"
    "出访人员:陈国富(县商务局局长)、李建军(县商务局外贸股股长)\n出访国家:越南\n经费来源:县级财政预算",
    # the contact line above a joint signature (two issuers on one line) is theirs
    "对公示项目有异议的,请书面反映。\n\n联系电话:0745-6235516\n\n青禾县商务局  青禾县财政局\n2026年12月6日",
    # a price the government sets is published by the body that sets it, whoever asked (价格法 第二十四条)
    "关于同意调整城区公交票价的批复\n\n青禾县公交有限公司:\n你公司《关于调整城区公交票价的请示》收悉。"
    "经研究,同意普通线路票价调整为2元。\n",
]


public(__name__, PUBLIC_FORMS, "PUBLIC_FORMS")


@pytest.mark.parametrize("text", PUBLIC_FORMS)
def test_public_forms_are_proactive_without_findings(engine: Engine, text: str) -> None:
    assert_proactive_without_personal_findings(engine, text)


RECIPIENT_TWINS = [
    # the same kind of reply arranging the institution's own offices or staff concerns its addressee only
    "省教育厅关于同意调整安澜康养职业技术学院内设机构的批复\n\n安澜康养职业技术学院:\n"
    "你院《关于调整内设机构的请示》收悉。经研究,现批复如下:\n",
    "关于同意调整某社区居委会办公地点的批复\n某街道办事处:\n你处《关于调整办公地点的请示》收悉。\n",
    "关于同意石门镇调整领导班子成员分工的批复\n石门镇人民政府:\n你镇《关于调整领导班子成员分工的请示》收悉。\n",
    # a letter to one private person, not to a deputy
    "关于刘建华同志来信反映问题的答复\n刘建华:\n你的来信收悉。现答复如下:\n",
    # a letter to one person about the project or the moved powers concerns that person
    "关于王建国来信反映城南实验小学新建工程项目施工噪声问题的答复\n王建国:\n你的来信收悉。现答复如下:\n",
    "关于刘建华来信反映承接行政处罚权后执法问题的复函\n刘建华:\n你的来信收悉。现答复如下:\n",
    # a decision on a body's 请示 about one household, one firm, or the body's own cars, funds, offices
    "关于同意给予刘德伟家庭临时救助的批复\n\n县民政局:\n你局《关于刘德伟家庭申请临时救助的请示》收悉。"
    "经研究,同意给予临时救助金5000元。\n",
    "关于同意青禾县恒达建材有限公司缓缴土地出让金的批复\n\n县自然资源局:\n"
    "你局《关于青禾县恒达建材有限公司申请缓缴土地出让金的请示》收悉。经研究,同意缓缴至2027年6月。\n",
    "关于同意县人民医院更新公务用车的批复\n\n县人民医院:\n你院《关于更新公务用车的请示》收悉。经研究,同意更新1辆。\n",
    "关于县交通运输局调整办公经费的批复\n\n县交通运输局:\n你局《关于调整办公经费的请示》收悉。经研究,同意调整。\n",
    "关于同意县疾控中心调整内设科室的批复\n\n县疾病预防控制中心:\n你中心《关于调整内设科室的请示》收悉。经研究,同意调整。\n",
    # the forest farm's own offices; a family farm is a family's business
    "关于同意国有青峰林场调整内设机构的批复\n\n青峰林场:\n你场《关于调整内设机构的请示》收悉。经研究,同意调整。\n",
    "关于绿源农场2026年度采伐计划的批复\n\n绿源家庭农场:\n你场《关于申请下达2026年度采伐计划的请示》收悉。"
    "经研究,同意采伐蓄积量120立方米。\n",
    # an open case, and a decision whose first lines name the private party it concerns
    "关于县某某公司涉嫌非法集资案件处置的批复\n\n县金融工作局:\n你局《关于县某某公司涉嫌非法集资案件处置的请示》收悉。"
    "经研究,同意移送公安机关立案侦查。\n",
    "关于同意收回城南地块国有建设用地使用权的批复\n\n县自然资源局:\n你局《关于收回城南地块国有建设用地使用权的请示》"
    "收悉。经研究,同意收回该地块,使用权人为刘德伟。\n",
    "关于拨付2027年春运安保专项资金的批复\n\n县公安局:\n你局《关于拨付2027年春运安保专项资金的请示》收悉。"
    "经研究,同意拨付专项资金80万元。\n",
    # opinions on a question, asked by 请示, are a consultation (第十六条第二款)
    "关于城区停车管理有关问题的复函\n\n县城市管理局:\n你局《关于城区停车管理有关问题的请示》收悉。"
    "经研究,意见如下:\n一是泊位收费标准宜分时段设置。\n",
    # a letter answering another agency's 函 is a consultation, not a decision on a 请示
    "关于城区公交票价调整有关问题的复函\n\n县交通运输局:\n你局《关于城区公交票价调整有关问题的函》收悉。现函复如下:\n",
    # a company's own matter; an opinion on a price proposal; a unit's own canteen prices
    "关于同意青禾县公交有限公司延期缴纳线路经营权使用费的批复\n\n青禾县公交有限公司:\n"
    "你公司《关于延期缴纳线路经营权使用费的请示》收悉。经研究,同意延期至2027年6月。\n",
    "关于同意调整县人民医院职工食堂餐费价格的批复\n\n县人民医院:\n你院《关于调整职工食堂餐费价格的请示》收悉。\n",
]


@pytest.mark.parametrize("text", RECIPIENT_TWINS)
def test_a_reply_about_the_addressees_own_affairs_stays_on_request(engine: Engine, text: str) -> None:
    assert _attribute(engine, text) is Attribute.ON_REQUEST


CONSULTATION_REPLIES = [
    # a reply opening on the consultation it answers (你局《关于征求…意见的…》收悉) gives opinions on another
    # agency's draft: process information between agencies (第十六条第二款), withheld, not 依申请公开 (JD050)
    "关于对《城区停车管理办法(草案)》的复函\n\n县城市管理局:\n"
    "你局《关于征求〈城区停车管理办法(草案)〉意见的报告》收悉。现提出以下意见:\n",
    "关于对城区公交票价调整方案意见的复函\n\n县发展和改革局:\n你局《关于征求城区公交票价调整方案意见的函》收悉。\n",
]


@pytest.mark.parametrize("text", CONSULTATION_REPLIES)
def test_a_reply_to_another_agencys_consultation_is_withheld(engine: Engine, text: str) -> None:
    assert _attribute(engine, text) is Attribute.WITHHELD


PRIVATE_TWINS = [
    # a household's village group among persons' data is its home
    ("低保对象审核情况\n户主刘德伟 和平村3组 家庭人口4人", "和平村3组"),
    # the expropriated owner's own home in the same notice
    ("住宅房屋共计386户。被征收人刘德伟,住城南街道人民路12号,按户另行告知。", "城南街道人民路12号"),
    # a resident named after the role word, and a person at the head of a clause with an address
    ("停水期间,居民王秀兰称其家中水管破裂。", "王秀兰"),
    ("经入户核查,刘德顺住和平村,家庭人口2人。", "刘德顺"),
    # a flat named in the shelter notice
    (
        "二、幸福家园小区中心广场(幸福家园3栋2单元门前)。\n三、独居老人刘德伟(幸福家园3栋2单元501室)由社区专人转移。",
        "501室",
    ),
    # an identity number beside the published name of a person to be hired
    (
        "关于青禾县2026年度高层次人才引进拟聘人员的公示\n刘小红,女,身份证号430102199505071234,拟聘为主治医师。",
        "430102199505071234",
    ),
    # a household head's landline on a line of the same shape
    ("户主刘德伟:家庭人口3人。联系电话:0745-6212002", "0745-6212002"),
    # a household head's mobile in the same line of contact points
    ("咨询电话:县征兵办 0745-6212580;户主刘德伟 13907451234", "13907451234"),
    # a resident's flat beside the public premises; the person who complains about the election
    ("居民刘德伟(幸福家园12号楼1单元101室)反映楼道漏水。", "12号楼1单元101室"),
    (
        "关于和平村选举结果的公告\n选举结果如下:\n主任:刘德顺\n信访人王德发反映选举中存在拉票行为,已转镇纪委核查。",
        "王德发",
    ),
    # a natural person's domicile in the same review decision, beside the agency's seat
    (
        "行政复议决定书\n申请人:王建国,男,1968年3月出生,住所地青禾县临江区滨江路266号。\n"
        "被申请人:青禾县生态环境局,住所地青禾县文昌路9号。\n法定代表人:吴海峰,该局局长。",
        "滨江路266号",
    ),
    (
        "申请人:青禾县恒达建材有限公司,住所地青禾县文昌路9号。\n申请人:李秀英,住所地青禾县滨江路266号。",
        "滨江路266号",
    ),
    # a complainant or his relative named in the same 人选公示 or delegation disclosure
    (
        "挂职干部人选公示\n1.孟庆华,现任市商务局外贸科科长,拟挂任东江市商务局副局长;\n"
        "另,信访人王德发反映其家属被拖欠工资。",
        "王德发",
    ),
    (
        "因公出国(境)团组信息公开\n出访人员:赵国强(市外事侨务办主任)\n经查,举报人王德发反映有关情况。",
        "王德发",
    ),
    # a complainant's identity number inside a decision on a public body's 请示 that is published
    (
        "县人民政府关于城区公交票价调整的批复\n\n县交通运输局:\n你局《关于城区公交票价调整方案的请示》收悉。"
        "经研究,批复如下:\n一、同意调整方案。\n二、听证中刘德伟(身份证号430102199505071234)提出的意见请一并答复。",
        "430102199505071234",
    ),
]


@pytest.mark.parametrize(("text", "value"), PRIVATE_TWINS)
def test_a_private_datum_beside_the_public_forms_is_found(engine: Engine, text: str, value: str) -> None:
    loud = loud_personal(engine, text)
    assert any(value in found for _, found in loud), loud
