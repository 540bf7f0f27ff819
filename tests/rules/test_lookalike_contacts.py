"""Office contacts, officials, legal representatives and the owners or households a published list names
are public; a private person's number or name written in the same block or table is still found (the near
twin of each form)."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Severity
from tests.testing.known_public import public
from tests.testing.personal import assert_proactive_without_personal_findings, loud_personal

EXPROPRIATION = (
    "青岚县人民政府\n征地补偿安置公告\n三、被征地农户及面积:\n序号\t户主姓名\t征收面积(亩)\n"
    "1\t张国华\t2.36\n2\t王德明\t4.10\n"
)

PUBLIC_FORMS = [
    # the unit named right before its number (第二十条(二))
    "公示期内如有异议,请向镇社会事务办或县民政局反映。\n"
    "枫坪镇社会事务办电话:0745-6571026\n雁石县民政局社会救助股电话:0745-6216243\n\n枫坪镇人民政府\n2026年12月3日",
    "如有异议,请向县财政局或县农业农村局反映。\n"
    "联系电话:县财政局农业股 0745-6214459;县农业农村局计财股 0745-6215880\n\n以上补贴标准自公布之日起执行。",
    # a procurement result names the purchaser and its agent with their contacts (财政部令第87号第六十九条)
    "九、凡对本次公告内容提出询问,请按以下方式联系\n"
    "采购人:青禾县人民医院  地址:青禾县人民中路102号  联系电话:0745-6552201\n"
    "代理机构:安澜正信招标代理有限公司  联系电话:0745-8267730\n\n附件:中标产品明细表",
    # the agency's staff who handle the matter, at the end of a reply to a deputy's suggestion
    "您提出的建议收悉,现答复如下。\n\n签发人:何志强\n承办人:邱敏,电话:0745-2238107\n"
    "经办人:莫小兰 联系电话 0745-2238109\n\n某市住房和城乡建设局\n2026年7月15日",
    # a school as the purchaser; a duty table's row: unit, its official, the official's duty, number
    "三、采购人联系方式:南屏市第一中学,联系电话:0771-5550123。",
    "各乡镇防汛值班联系表\n单位名称\t联系人\t职务\t联系电话\n石门镇人民政府\t汪涛\t副镇长\t13907310001\n",
    # the unit to write to, then its line and mailbox; the unit in brackets after the number
    "公示期间如有异议,请向县教育局人事股反映,电话:0745-7621055,邮箱:hhxjyjrsg@163.com。",
    "公示时间:2026年9月10日至9月16日。\n联系电话:0745-6827706(局机关党委)\n如有意见请于公示期内反映。",
    # the agency named on the line above (a policy interpretation's 解读机关), a mass organisation to write to
    "二、主要内容\n……\n解读机关:某县医疗保障局\n"
    "解读人:县医疗保障局党组书记、局长 龙海波\n联系电话:0745-6218305\n",
    "公示期间,如有异议,请与县妇联联系,电话:0745-6223366。",
    # the contact persons of several units on one line
    "二、各乡镇联系人:城关镇 张志勇 13907451234;青石镇 李春华 13907451235;枫坪乡 王德民 13907451236。",
    # a contact person and the number on the next line
    "3.项目联系方式\n项目联系人:易先生\n电话:0745-6218305\n\n雁石县住房和城乡建设局\n2026年11月20日",
    # one contact line right above the signature and the date, with the section in brackets after it
    "可依法申请信用修复。\n\n联系电话:0739-5230688(法规与行政审批科)\n\n某市生态环境局\n2026年12月1日",
    "公示期间如有意见和建议,可向县卫生健康委员会规划财务股书面反映。\n联系电话:0745-6226610\n\n"
    "青禾县卫生健康委员会\n2026年9月9日",
    # a closing block whose lines name the office's letters address, then its free-mail mailbox
    "公示期间可向县委组织部干部监督室反映。\n\n受理电话:0593-12380、0593-7713380\n"
    "来信地址:汀溪县城关镇中山路1号县委组织部干部监督室 邮编:355300\n电子邮箱:txzzb12380@163.com\n\n"
    "中共汀溪县委组织部\n2026年12月4日",
    "如有意见,请来信反映。\n电子邮箱:txzzb12380@163.com\n\n中共某县委组织部\n2026年12月4日",
    # where the public is asked to send its comments or forms
    "被征收人可将书面意见邮寄至某区房屋征收服务中心(某区兴海路58号,邮编:524000),"
    "或发送电子邮件至hwqzsfw@126.com。",
    "请于12月25日前填写报名表,送至县发展和改革局价格管理股,或发送至邮箱qwxfgjjg@163.com。",
    # a table of units' contact persons: each row's landline is the unit's office line, the first row's too
    "附件:各单位联系人及联系电话\n单位\t联系人\t联系电话\n县水利局\t刘志刚\t0745-6212580\n"
    "县应急管理局\t王德明\t0745-6213301\n县气象局\t陈国富\t0745-6214402\n",
    "各单位联系方式如下:\n序号 单位 联系人 电话\n1 县民政局 刘志刚 0745-6212580\n"
    "2 县财政局 王德明 (0745)6213301\n",
    # a 公示 invites objections to a named office; its number follows the sentence, on the next line (an
    # attachment note before the signature) or after it on the same line (tune27 au-024, tune24 am-045)
    "公示期间如有异议,请以书面形式向市人社局职业能力建设科反映,并提供真实姓名和联系方式,以便调查核实。\n"
    "    联系电话:0719-6612378\n\n    附件:2026年度中级职称评审通过人员名单\n\n"
    "澄川市人力资源和社会保障局\n2026年12月4日",
    "对公示项目有异议的,请在公示期内以书面形式向市工业和信息化局技术改造科反映,并提供必要的证明材料。"
    "联系电话:0577-88234567。\n\n安澜市工业和信息化局\n2026年12月5日",
    # the request that an objection be signed names nobody: the line above the signature is the office's
    "公示期间如有异议,请以书面形式实名反映,并署本人真实姓名。\n联系电话:0745-6226610\n\n青禾县教育局\n2026年9月9日",
    # the purchaser's address and number after commas (tune28 az-013)
    "九、凡对本次公告内容提出询问,请按以下方式联系:\n"
    "采购人:北湖区城市管理和综合执法局,地址:北湖区湖滨路201号,联系方式:0571-86120211\n"
    "采购代理机构:安澜正衡招标代理有限公司,地址:北湖区学府街9号",
    # a number the public is asked to dial (tune29 bd-007)
    "发现房屋开裂、地面裂缝等异常现象,请立即撤离并报告村(社区)或拨打地质灾害报灾电话0837-7228110、12336。",
    # the issuing bureau's press line; the public invited to call or write in (tune33 bh-027, tune34 bi-010)
    "市文化广电旅游体育局新闻联络电话:0577-88120066",
    "社会公众对审计结果有意见或建议的,可来信或来电反映,电话0578-22608820。",
    # a public body's reading room, in its seat (tune34 bi-037)
    "2.现场查阅:市统计局统计资料室(清川市东湖区府前路9号行政中心3号楼208室),工作日上午8:30—12:00。",
    # compensation paid household by household is published like a subsidy (tune29 bd-045, bd-009)
    "桂花乡2026年度公益林生态效益补偿资金发放公示\n村名\t户主\t公益林面积(亩)\t补偿金额(元)\n"
    "桂花村\t邱明全\t38.5\t616.00\n松林村\t蔡永强\t27.3\t402.20\n",
    EXPROPRIATION,
]


public(__name__, PUBLIC_FORMS, "PUBLIC_FORMS")


@pytest.mark.parametrize("text", PUBLIC_FORMS)
def test_public_forms_are_no_finding(engine: Engine, text: str) -> None:
    assert_proactive_without_personal_findings(engine, text)


PRIVATE_TWINS = [
    # a household head's own number in the same closing block
    (
        "枫坪镇社会事务办电话:0745-6571026\n户主张德才电话:13912345678\n\n枫坪镇人民政府\n2026年12月3日",
        "13912345678",
    ),
    ("如有异议请联系。\n户主张德才电话:0745-6571026\n\n枫坪镇人民政府\n2026年12月3日", "0745-6571026"),
    # a given name that ends like a section (科, 办) is no unit
    ("申请人李文科电话:0731-84561234,请于五日内补正材料。", "0731-84561234"),
    # the contact line above the signature belongs to a complainant named just before it
    ("投诉人:邹国平\n联系电话:13873192046\n\n某县市场监督管理局\n2026年9月9日", "13873192046"),
    ("户主张德才家中无人,请与其本人联系。\n电话:13873192046\n\n枫坪镇人民政府\n2026年12月3日", "13873192046"),
    # a row whose person is a household, not an official on duty
    ("困难群众联系表\n村名\t姓名\t身份\t联系电话\n石门镇人民政府\t汪涛\t户主\t13907310001\n", "13907310001"),
    # the bracket names the household, not a unit; the sentence names a private person to write to
    ("公示时间:2026年9月10日至9月16日。\n联系电话:13907310001(户主本人)\n如有意见请反映。", "13907310001"),
    ("如需核实,请与申请人联系,电话:13907310001。", "13907310001"),
    # the line above names the party of a penalty, a sole trader, not an agency
    ("行政处罚决定书\n当事人:某县好运来餐馆\n联系电话:13907451234\n", "13907451234"),
    # a complainant's number after the office's on the same contact line
    ("联系人:王芳 0745-6221133;投诉人张三 13907451234", "13907451234"),
    # a person who collects or applies for someone else is a private party, not the agency's staff
    ("补贴由代办人代领。\n代办人:李四,电话:13912345678", "13912345678"),
    # an emergency contact on two lines is a private person's
    ("紧急联系人:李四\n电话:13912345678", "13912345678"),
    # a complainant's mailbox: named as such, or above the signature under the complainant's line
    ("处理结果已发送至投诉人邮箱zouguoping1968@qq.com。", "zouguoping1968@qq.com"),
    ("来信人:邹国平\n电子邮箱:zouguoping1968@qq.com\n\n某县信访局\n2026年9月9日", "zouguoping1968@qq.com"),
    # the contact person's own mobile in the units' table, a retired employee's home line after the unit
    ("单位\t联系人\t联系电话\n县水利局\t刘志刚\t13907451234\n", "13907451234"),
    ("慰问对象:县民政局退休职工 刘德伟 家庭电话 0745-6212580", "0745-6212580"),
    # the objection sentence, then the objector's own line and mobile above the signature
    (
        "公示期间如有异议,请以书面形式向区城管执法局人事科反映,并署真实姓名和联系方式。\n反映人:张三\n"
        "联系电话:13912345678\n\n北湖区城市管理和综合执法局\n2026年12月3日",
        "13912345678",
    ),
    (
        "公示期间如有异议,请以书面形式向区城管执法局人事科反映。\n户主张德才联系电话:13912345678\n\n"
        "北湖区城市管理和综合执法局\n2026年12月3日",
        "13912345678",
    ),
    ("投诉人张三已于12月1日向区城管执法局人事科反映。联系电话:13912345678。", "13912345678"),
    (
        "公示期间如有异议,请署本人真实姓名。\n投诉人:邹国平\n联系电话:13873192046\n\n某县市场监督管理局\n2026年9月9日",
        "13873192046",
    ),
    # a private party's address and number after commas, as the purchaser's are written
    ("投诉人:刘德伟,地址:某县城关镇和平村3组,联系方式:13912345678", "13912345678"),
    ("当事人:刘德伟,住所:某县城关镇和平村3组,联系电话:0745-6212580", "0745-6212580"),
    # a private party's number dialled by the agency's staff, or given to them to dial
    ("执法人员当场拨打当事人电话0837-7228110,无人接听。", "0837-7228110"),
    ("请工作人员拨打户主张德才电话13912345678核实。", "13912345678"),
    # a press liaison's home line; a household head asked to call in; a person's flat in the same layout
    ("市民政局新闻联络员刘德伟家庭电话0745-6212580", "0745-6212580"),
    ("请户主张德才来电联系,电话13912345678。", "13912345678"),
    ("2.调查对象:刘德伟(清川市东湖区府前路9号3号楼208室),工作日上午8:30—12:00在家。", "3号楼208室"),
]


@pytest.mark.parametrize(("text", "number"), PRIVATE_TWINS)
def test_a_private_number_beside_the_public_forms_is_found(engine: Engine, text: str, number: str) -> None:
    assert any(found == number for _, found in loud_personal(engine, text))


PENALTY_LIST = (
    "某区市场监督管理局行政处罚信息公示\n决定书文号\t当事人名称\t法定代表人\t处罚内容\n"
    "某市监处罚〔2026〕12号\t某某餐饮管理有限公司\t陈建明\t罚款5万元\n"
    "某市监处罚〔2026〕15号\t某某汽车修理厂\t黄志强\t警告"
)


public(__name__, PENALTY_LIST, "PENALTY_LIST")


def test_a_legal_representative_column_is_public(engine: Engine) -> None:
    report = engine.check_text(PENALTY_LIST).files[0]
    assert report.attribute is Attribute.PROACTIVE
    assert {(f.rule, f.text) for f in report.findings} == {("PN005", "陈建明"), ("PN005", "黄志强")}


def test_a_sole_traders_operator_is_public_and_other_persons_are_not(engine: Engine) -> None:
    operators = PENALTY_LIST.replace("当事人名称\t法定代表人", "当事人名称\t经营者姓名")
    assert loud_personal(engine, operators) == []
    listed = (
        "2.某区鸿运汽车修理厂(统一社会信用代码92430902MA4P8H0W6K,经营者:阮小兵)\n"
        "违法事实:喷漆作业未在密闭空间内进行。"
    )
    assert loud_personal(engine, listed) == []
    # the names hidden in a published penalty are those of persons other than the party
    agent = "行政处罚决定书\n当事人:某某汽车修理厂,经营者:阮小兵\n委托代理人:卜建新,男,住某市某路8号。"
    assert ("PN001", "卜建新") in loud_personal(engine, agent)
    assert ("PN001", "阮小兵") not in loud_personal(engine, agent)
    mobile = "企业名单\n企业名称\t法定代表人姓名\t联系电话\n某某有限公司\t陈建明\t13912345678"
    assert loud_personal(engine, mobile) == [("PI101", "13912345678")]
    home = "当事人:某某小吃店,经营者:王德明,住址:某县城关镇溪滨路东三巷14号302室,联系电话:13859071634。"
    assert ("PI101", "13859071634") in loud_personal(engine, home)


ARREARS = (
    "欠税公告\n二、个体工商户\n1. 锦屏区老街阿兴五金店\n   业主:黄兴\n   欠税税种:增值税\n"
    "   欠税金额:12,460.80元\n"
)

INVESTOR_PENALTY = (
    "行政处罚决定书\n当事人:青禾县德顺百货商行(个人独资企业)\n统一社会信用代码:91430902MA4P8H0W6K\n"
    "投资人:刘德伟\n住所:青禾县人民路18号\n"
)

PUBLISHED_PARTIES = [
    # 欠税公告办法(试行) 第六条 publishes the 业主 of a sole trader in arrears (tune28 ay-002)
    (ARREARS, [("PN005", "黄兴")]),
    # 个人独资企业的投资人 is registered and published with the enterprise (市场主体登记管理条例 第八条)
    (INVESTOR_PENALTY, [("PN005", "刘德伟")]),
]


public(__name__, [text for text, _ in PUBLISHED_PARTIES], "PUBLISHED_PARTIES")


@pytest.mark.parametrize(("text", "findings"), PUBLISHED_PARTIES)
def test_a_published_owner_or_investor_is_public(
    engine: Engine, text: str, findings: list[tuple[str, str]]
) -> None:
    report = engine.check_text(text).files[0]
    assert report.attribute is Attribute.PROACTIVE
    assert [(f.rule, f.text) for f in report.findings] == findings


PRIVATE_PARTIES = [
    # the owner's identity number is still private; the owner of a flat is a private person
    (
        ARREARS.replace("业主:黄兴", "业主:黄兴,身份证号码:430102199003071234"),
        ("PI001", "430102199003071234"),
    ),
    ("锦绣华庭小区物业服务情况通报\n小区业主:黄兴,反映物业公司违规收费问题。", ("PN001", "黄兴")),
    # a household's identity number in the same list is still private; a petitioner about a compensation
    # is a private person
    (
        EXPROPRIATION.replace("张国华\t2.36", "张国华\t430102199003071234\t2.36"),
        ("PI001", "430102199003071234"),
    ),
    ("关于征地补偿纠纷信访事项的处理意见\n信访人:张国华,男,1965年生,住柏香村四组。", ("PN001", "张国华")),
    # the investor's own residence is still private
    (
        "当事人:青禾县德顺百货商行(个人独资企业)\n投资人:刘德伟,住青禾县城关镇和平村3组\n",
        ("AD001", "青禾县城关镇和平村3组"),
    ),
    # an investor anywhere else — the victims of illegal fund-raising — is a private person
    ("经查,投资人:王秀兰,女,1965年生,投入资金5万元。", ("PN001", "王秀兰")),
    ("非法集资案件处置情况通报\n投资人刘德伟、王秀兰共损失12万元。", ("PN001", "刘德伟")),
]


@pytest.mark.parametrize(("text", "finding"), PRIVATE_PARTIES)
def test_a_private_party_beside_the_published_ones_is_found(
    engine: Engine, text: str, finding: tuple[str, str]
) -> None:
    assert finding in loud_personal(engine, text)


def test_a_branch_admitting_a_member_publishes_the_name(engine: Engine) -> None:
    text = (
        "关于接收预备党员的公示\n经支部委员会研究,拟接收下列同志为中共预备党员,现予公示:\n"
        "彭志远,男,1994年3月生,大学学历,县水利局科员。\n"
    )
    findings = engine.check_text(text).files[0].findings
    assert [(f.rule, f.text, f.severity) for f in findings] == [("PN002", "彭志远", Severity.LOW)]
    # a name in running text of another paper is no published list
    other = "关于某村低保复核情况的报告\n户主彭志远,男,1994年3月生,现住某村3组。\n"
    assert ("PN001", "彭志远") in loud_personal(engine, other)


def test_an_election_publishes_its_candidates(engine: Engine) -> None:
    text = (
        "溪头村第十二届村民委员会成员候选人公示\n经村民提名、村民选举委员会审查,现将正式候选人公示如下:\n"
        "主任候选人:杨德明、龙春生\n委员候选人:吴小凤、姚国平、田建军\n"
    )
    assert loud_personal(engine, text) == []
    # the villagers who object are private persons, even in the same notice
    objection = (
        text + "村民吴德顺、龙秀英对候选人资格提出异议,经审查不成立。\n举报人:吴德顺,电话:13907310001\n"
    )
    assert ("PN001", "吴德顺") in loud_personal(engine, objection)
