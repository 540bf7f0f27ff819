"""Whose number it is, told by the document's structure (precision19): public documents written
for this test in the voices of offices no tuning part has used (a 地方志办公室, a 无线电管理局,
a 河务局, a 蚕桑站, a 农机监理站, a 通信管理局, a 盐业 office, a 老年大学, a 广播电视台,
a 职业病防治院, a 台湾事务办公室, a 公路事务中心, a 蜂业 station, a 农科所, a 海事局, a 渔政
station, a 科协, a 侨联, a 国防动员办, a 科技馆 …). Their numbers stand where a body speaks for
itself — the contact lines and last paragraph above its signature, a line the reader is told to
dial — and each comes out 主动公开. The private twins keep the same places but give the number
to a private holder (a complainant's landline, a patient's mobile, a household's number, a
person named in a case): still found."""

from __future__ import annotations

import pytest

from secreview import Engine
from tests.testing.known_public import public
from tests.testing.personal import assert_proactive_without_personal_findings, loud_personal

GAZETTEER = (
    "关于征集《青崖县志(1990—2025)》资料的公告\n\n"
    "为做好第三轮县志编纂工作,县地方志办公室现面向社会征集反映本县1990年以来经济社会发展的文字、图片和实物资料。\n"
    "提供资料者请注明资料来源。征集资料经采用的,按规定支付资料费。\n\n"
    "编纂科电话:0719-3326105\n资料征集室电话:0719-3326117\n\n"
    "青崖县地方志办公室\n2026年11月18日\n"
)

RADIO_INTERFERENCE = (
    "关于开展民航专用频率无线电干扰排查的通告\n\n"
    "近期,青崖机场航空无线电专用频率多次受到不明信号干扰。为保障民航飞行安全,我局将于12月1日至12月31日开展干扰源排查。\n"
    "请辖区内使用无线电发射设备的单位和个人配合检查;发现可疑信号源的,可向市无线电监测站反映(电话0719-8823301)。\n\n"
    "青崖市无线电管理局\n2026年11月25日\n"
)

RIVER_FLOOD = (
    "黄河凌汛期安全提示\n\n沿河各乡镇、村(居)委会:\n"
    "进入凌汛期,河道流凌、封冻情况复杂。请沿河群众不要在冰面行走、垂钓,不要在河滩放牧。\n"
    "发现冰凌壅塞、堤防渗水等险情,请立即报告所在乡镇,或拨打县河务局防汛\n值班电话0719-6652110。\n\n"
    "青崖县河务局\n2026年12月2日\n"
)

SILKWORM = (
    "关于发放2027年春蚕蚕种的通知\n\n各乡镇农业综合服务中心:\n"
    "2027年春蚕蚕种已调运到位,请各乡镇于3月10日前组织蚕农到县蚕桑站领取,领种时须携带蚕种订购单。"
    "蚕种质量问题请在领种后七日内向县蚕桑站技术股提出(电话0719-6627731),逾期不予受理。\n\n"
    "青崖县蚕桑站\n2027年2月20日\n"
)

FARM_MACHINERY = (
    "关于拖拉机和联合收割机年度检验的通告\n\n"
    "根据《拖拉机和联合收割机登记规定》,2027年度检验于4月1日起开展。机主可就近到乡镇检验点参加检验,"
    "也可到县农机监理站办理。\n"
    "检验时间:工作日上午8:30—11:30\n"
    "监理股电话:0719-6641208  事故处理股电话:0719-6641219\n\n"
    "青崖县农机监理站\n2027年3月15日\n"
)

TELECOM_COMPLAINT = (
    "关于公布电信用户申诉受理渠道的公告\n\n"
    "用户对电信业务经营者的处理结果不满意的,可向我局电信用户申诉受理中心提出申诉。\n"
    "申诉受理中心电话:0719-12300转2\n传真:0719-8867702\n"
    "网址:www.example.gov.cn\n\n"
    "青崖省通信管理局\n2026年12月1日\n"
)

SALT = (
    "关于加强食盐质量安全监管的通告\n\n"
    "一、食盐批发企业应当建立供销台账,如实记录食盐进货和销售信息。\n"
    "二、禁止销售非食用盐冒充食用盐。\n"
    "三、发现销售假冒食盐的,可向县盐业管理办公室举报,查证属实的予以奖励。举报电话:0719-6613150。\n\n"
    "青崖县盐业管理办公室\n2026年10月9日\n"
)

ELDER_COLLEGE = (
    "青崖市老年大学2027年春季招生简章\n\n"
    "一、招生对象:本市常住、身体健康、年龄在50周岁以上的市民。\n"
    "二、开设专业:书法、国画、声乐、太极、智能手机应用等18个专业。\n"
    "三、报名方式:3月1日至3月5日到老年大学教务处现场报名,报名时携带本人身份证。\n"
    "教务处电话:0719-8812306\n\n"
    "青崖市老年大学\n2027年2月15日\n"
)

BROADCASTER = (
    "关于调整电视节目播出频道的公告\n\n"
    "因设备升级改造,自2027年1月1日起,青崖广播电视台公共频道调整至数字电视第12频道播出。"
    "收视中遇到问题的观众,可在工作日与台技术部联系,联系电话:0719-8831122。\n\n"
    "青崖广播电视台\n2026年12月20日\n"
)

OCCUPATIONAL = (
    "关于开展尘肺病患者免费随访体检的通知\n\n各乡镇卫生院:\n"
    "为做好尘肺病患者随访管理,我院将于2027年3月在各乡镇卫生院设点开展免费随访体检。"
    "请各卫生院通知辖区登记在册的尘肺病患者按时参加。\n"
    "如有疑问,可咨询我院职业健康科,电话0719-8856602。\n\n"
    "青崖市职业病防治院\n2027年2月10日\n"
)

TAIWAN_AFFAIRS = (
    "关于受理台湾同胞来青崖投资咨询事项的公告\n\n"
    "为服务台湾同胞来我市投资兴业,市台湾事务办公室设立台胞台企服务窗口,受理投资咨询、权益保障等事项。\n\n"
    "服务窗口电话:0719-8802266\n经济处电话:0719-8802271\n\n"
    "中共青崖市委台湾工作办公室  青崖市人民政府台湾事务办公室\n2026年11月30日\n"
)

ROAD_CLOSURE = (
    "关于S312线青崖至石门段施工期间交通管制的通告\n\n"
    "因S312线青崖至石门段路面大修,自2026年12月10日至2027年1月20日,K45至K58路段实行半幅通行。"
    "过往车辆请减速慢行,服从现场指挥。\n"
    "通行中遇到紧急情况,请拨打公路事务中心养护科\n电话0719-6679012。\n\n"
    "青崖县公路事务中心  青崖县公安局交通警察大队\n2026年12月5日\n"
)

BEEKEEPING = (
    "关于做好冬季蜂群管理的技术提示\n\n全县养蜂户:\n"
    "入冬后气温下降,请及时调整蜂群群势,做好保温和防潮。蜂群出现异常死亡的,请及时报告(电话0719-6690231)。\n\n"
    "青崖县蜂业技术推广站\n2026年11月28日\n"
)

SEED_TRIAL = (
    "关于2027年水稻新品种展示示范观摩的通知\n\n各乡镇农业综合服务中心:\n"
    "市农科所定于2027年8月20日在石门镇示范基地举行水稻新品种展示示范观摩活动,请各乡镇组织种粮大户参加。\n"
    "参加观摩的人员名单请于8月15日前报市农科所作物育种研究室。\n"
    "联系电话:0719-8873215\n\n"
    "青崖市农业科学研究所\n2027年8月1日\n"
)

MARITIME = (
    "关于青崖港区冬季雾季船舶航行安全的航行警告\n\n"
    "冬季雾季期间,青崖港区能见度低于1000米时,船舶应当减速航行,加强瞭望,按规定鸣放声号。"
    "船舶在航行中遇有险情,应立即报告青崖海事局船舶交通管理中心(甚高频第9频道,电话0719-8690012)。\n\n"
    "青崖海事局\n2026年12月8日\n"
)

FISHERY_BAN = (
    "關於實施青崖湖禁漁期制度的通告\n\n"
    "根據《中華人民共和國漁業法》,自2027年3月1日起至6月30日止,青崖湖全湖實行禁漁。禁漁期間禁止一切捕撈作業。\n"
    "群眾發現非法捕撈行為,可向縣漁政監督管理站舉報(電話0719-6617788)。\n\n"
    "青崖縣農業農村局\n2027年2月25日\n"
)

SCIENCE_WEEK = (
    "关于举办2027年科技活动周的通知\n\n各学会、各乡镇科协:\n"
    "市科协定于5月20日至26日举办2027年科技活动周,活动期间市科技馆免费开放。\n"
    "各单位参加活动的项目请于5月10日前报市科协科普部。\n\n"
    "科普部电话:0719-8815530\n科技馆开放部电话:0719-8815561\n\n"
    "青崖市科学技术协会\n2027年4月20日\n"
)

OVERSEAS_CHINESE = (
    "关于开展2027年度归侨侨眷困难帮扶申报的通知\n\n各乡镇侨联:\n"
    "请各乡镇侨联于6月30日前汇总本辖区归侨侨眷帮扶申报材料,报市侨联权益保障部。"
    "申报中的政策问题,请与市侨联权益保障部联系(电话0719-8820451)。\n\n"
    "青崖市归国华侨联合会\n2027年5月20日\n"
)

AIR_RAID = (
    "关于2026年防空警报试鸣的通告\n\n"
    "根据《中华人民共和国人民防空法》,定于2026年9月18日上午10时在全市范围内试鸣防空警报。\n"
    "试鸣期间请市民保持正常生产生活秩序。对警报器运行有疑问的,请在工作日致电市国防动员办公室指挥通信科。\n"
    "电话:0719-8809120\n\n"
    "青崖市国防动员办公室\n2026年9月10日\n"
)

LIBRARY_CARD = (
    "关于启用新版读者证的公告\n\n"
    "自2027年1月1日起,市图书馆、市科技馆启用新版读者证,旧证可免费换领。"
    "换证请持本人身份证到市图书馆一楼服务大厅办理。\n"
    "服务大厅电话:0719-8818801\n\n"
    "青崖市图书馆\n二〇二六年十二月十日\n(此件公开发布)\n"
)

TALENT_EXCHANGE = (
    "关于举办2027年春季人才招聘会的公告\n\n"
    "市人才交流服务中心定于2027年2月28日在市体育馆举办春季人才招聘会,免费向用人单位和求职者开放。"
    "用人单位报名截止2月20日。\n\n"
    "招聘服务部电话:0719-8805522  0719-8805523\n\n"
    "青崖市人才交流服务中心\n2027年1月30日\n"
)

YOUTH_PALACE = (
    "青崖市青少年宫2027年寒假公益课程报名公告\n\n"
    "为丰富青少年寒假生活,市青少年宫开设书法、围棋、科学实验等公益课程,面向全市中小学生免费招生。\n"
    "家长可于1月10日起到青少年宫教务部为孩子报名。报名咨询请在工作时间拨打0719-8826610。\n\n"
    "青崖市青少年宫\n2027年1月5日\n"
)

PUBLIC = [
    # contact lines above the signature, each with its section (编纂科电话, 资料征集室电话)
    GAZETTEER,
    # the last paragraph sends the public to a monitoring station, its number in brackets
    RADIO_INTERFERENCE,
    # a line the public is told to dial, hard-wrapped between the phone word's purpose and the number
    RIVER_FLOOD,
    # the last paragraph names the section where a problem is raised, its number in brackets
    SILKWORM,
    # two numbers of two sections on one contact line above the signature
    FARM_MACHINERY,
    # a complaints centre's number with an extension, and a fax line, above the signature
    TELECOM_COMPLAINT,
    # a reporting line in the last numbered item above the signature
    SALT,
    # a section's line under an enrolment guide (报名时携带本人身份证 names nobody)
    ELDER_COLLEGE,
    # 联系电话 after the section the viewers are asked to contact
    BROADCASTER,
    # a notice to clinics about patients: the number of the hospital's own section
    OCCUPATIONAL,
    # two bodies sign on one line; the window's and a division's numbers above them
    TAIWAN_AFFAIRS,
    # a joint road closure: the number the drivers are told to dial, hard-wrapped
    ROAD_CLOSURE,
    # an extension station's advice to beekeepers: report (电话…)
    BEEKEEPING,
    # a bare 联系电话 line after a sentence that names the research office
    SEED_TRIAL,
    # a navigation warning: the traffic centre's number in brackets after its radio channel
    MARITIME,
    # a fishing ban in traditional characters: the fishery station's number in brackets
    FISHERY_BAN,
    # two sections' lines under a science week notice
    SCIENCE_WEEK,
    # a federation's notice: 请与…联系(电话…)
    OVERSEAS_CHINESE,
    # a bare 电话 line after the sentence that tells the public whom to call
    AIR_RAID,
    # the date written in Chinese numerals and a note in brackets after it
    LIBRARY_CARD,
    # two numbers of one section on its line
    TALENT_EXCHANGE,
    # the reader is told to dial a number with no phone word before it
    YOUTH_PALACE,
]


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize("text", PUBLIC)
def test_a_number_where_the_body_speaks_is_the_bodys(engine: Engine, text: str) -> None:
    assert_proactive_without_personal_findings(engine, text)


PRIVATE_TWINS = [
    # a complainant's landline on a contact line above the signature, a fax line after it
    (
        TELECOM_COMPLAINT.replace("申诉受理中心电话:0719-12300转2", "申诉人:邹国平\n联系电话:0719-8867215"),
        ("PI115", "0719-8867215"),
    ),
    # a household's own number: the bare phone line follows a sentence that points at the household
    (
        AIR_RAID.replace(
            "对警报器运行有疑问的,请在工作日致电市国防动员办公室指挥通信科。",
            "户主张德才反映警报器安装在其屋顶,请与其本人联系。",
        ),
        ("PI115", "0719-8809120"),
    ),
    # a number after a person's name and a home word on a contact line
    (
        GAZETTEER.replace("资料征集室电话:0719-3326117", "王建国家庭电话:0719-3326117"),
        ("PI115", "0719-3326117"),
    ),
    # a patient's mobile in the last paragraph above the signature
    (
        OCCUPATIONAL.replace(
            "如有疑问,可咨询我院职业健康科,电话0719-8856602。",
            "尘肺病患者刘德伟(联系电话13907198866)因行动不便,请石门镇卫生院上门随访。",
        ),
        ("PI101", "13907198866"),
    ),
    # a person named in a case, with a masked name, in the last paragraph
    (
        RADIO_INTERFERENCE.replace(
            "发现可疑信号源的,可向市无线电监测站反映(电话0719-8823301)。",
            "经监测,干扰信号来自石门镇居民李某(电话0719-8823301)私自架设的发射设备。",
        ),
        ("PI102", "0719-8823301"),
    ),
    # the reader is told to dial a private person's number: the phrase names him
    (
        RIVER_FLOOD.replace(
            "拨打县河务局防汛\n值班电话0719-6652110", "拨打护堤员家属刘德伟\n电话0719-6652110"
        ),
        ("PI102", "0719-6652110"),
    ),
    # a list of persons with their numbers right above the signature is theirs
    (
        SEED_TRIAL.replace(
            "联系电话:0719-8873215\n",
            "序号  姓名    电话\n1     彭建华  0719-8873215\n",
        ),
        ("PI102", "0719-8873215"),
    ),
    # a complainant's mobile in a reply's last paragraph
    (
        BEEKEEPING.replace(
            "蜂群出现异常死亡的,请及时报告(电话0719-6690231)。",
            "投诉人陈晓燕(手机13907194455)反映其蜂群异常死亡,我站已派员核查。",
        ),
        ("PI101", "13907194455"),
    ),
]


@pytest.mark.parametrize(("text", "finding"), PRIVATE_TWINS)
def test_a_private_holders_number_in_the_same_place_is_found(
    engine: Engine, text: str, finding: tuple[str, str]
) -> None:
    assert finding in loud_personal(engine, text)


# Whose name it is: the genre that publishes it, or a word that refers back to a person named elsewhere.
ESTATE_GUIDE = (
    "不动产登记资料查询办事指南\n\n"
    "一、查询主体:不动产权利人、利害关系人。\n"
    "二、申请材料:权利人本人查询的,本人持身份证件原件;委托他人查询的,提交授权委托书和双方身份证件。\n"
    "三、办理地点:青崖市不动产登记中心一楼综合窗口。\n"
)

PENSION_NOTICE = (
    "关于调整退休人员基本养老金的公告\n\n"
    "根据上级部署,2027年1月起调整退休人员基本养老金。调整增加的养老金由社保经办机构按月发放至退休人员"
    "本人社会保障卡银行账户,不需本人申请。\n"
    "经办机构不会以任何名义要求退休人员本人提供验证码或转账。\n"
)

CADRE_PLACEMENT = (
    "青崖市2027年度军队转业干部安置计划分配结果公示\n\n"
    "根据军队转业干部安置有关规定,经考试考核、按分选岗,现将分配结果公示如下:\n\n"
    "序号  姓名    原部队职级    安置单位\n"
    "1     唐志勇  正营职        市应急管理局\n"
    "2     彭建华  副营职        市生态环境局\n\n"
    "公示期5个工作日。\n"
)

TEACHER_ASSIGNMENT = (
    "2027年公费师范毕业生分配结果公告\n\n"
    "现将我县2027年公费师范毕业生分配结果公告如下:\n"
    "序号\t姓名\t毕业院校\t分配单位\n"
    "1\t邹桂香\t江川师范大学\t石门镇中心小学\n"
    "2\t欧阳明\t澜州师范学院\t县第二中学\n"
)

TAX_DEFAULTER = (
    "青崖市税务局关于重大税收违法失信主体信息的公告\n\n"
    "纳税人名称:青崖市鼎盛建材有限公司\n"
    "法定代表人:韦建军,男,身份证号码:45010219700315****\n"
    "负有直接责任的中介机构从业人员:覃丽华,女,身份证号码:45010319880921****\n"
    "主要违法事实:虚开增值税专用发票86份,金额912.30万元。\n"
)

PUBLIC_NAMES = [
    # 本人 refers back to the holder: the noun after it (本人持身份证件) is no name
    ESTATE_GUIDE,
    # 本人社会保障卡银行账户, 本人提供验证码
    PENSION_NOTICE,
    # a placement result gives each person a unit (安置单位)
    CADRE_PLACEMENT,
    # an assignment result gives each graduate a school (分配单位)
    TEACHER_ASSIGNMENT,
    # a tax authority's publication of serious violators names the persons responsible
    TAX_DEFAULTER,
]


public(__name__, PUBLIC_NAMES, "PUBLIC_NAMES")


@pytest.mark.parametrize("text", PUBLIC_NAMES)
def test_a_name_the_genre_publishes_or_no_name_at_all(engine: Engine, text: str) -> None:
    assert_proactive_without_personal_findings(engine, text)


PRIVATE_NAME_TWINS = [
    # a first-person statement: 本人 and a name closing its clause
    (
        "情况说明\n\n本人刘德伟,男,1968年3月生,系石门镇和平村村民。本人于2026年5月申请危房改造补助。\n",
        ("PN001", "刘德伟"),
    ),
    # persons under supervision are given a unit too, but their list is no result the law publishes
    (
        CADRE_PLACEMENT.replace("军队转业干部安置计划分配结果公示", "刑满释放人员安置帮教对象名单公示")
        .replace("原部队职级", "户籍地    ")
        .replace("正营职", "石门镇")
        .replace("副营职", "白沙乡")
        .replace(
            "根据军队转业干部安置有关规定,经考试考核、按分选岗,现将分配结果公示如下",
            "现将本年度安置帮教对象名单公示如下",
        ),
        ("PN001", "唐志勇"),
    ),
    # an inspection report that does not publish the defaulters keeps the names private
    (
        TAX_DEFAULTER.replace("关于重大税收违法失信主体信息的公告", "税务稽查情况通报"),
        ("PN001", "覃丽华"),
    ),
]


@pytest.mark.parametrize(("text", "finding"), PRIVATE_NAME_TWINS)
def test_a_private_persons_name_in_the_same_place_is_found(
    engine: Engine, text: str, finding: tuple[str, str]
) -> None:
    assert finding in loud_personal(engine, text)


# Whose plate it is: the sentence says the vehicles stand in a firm's name.
FLEET_SEIZURE = (
    "青崖海事法院执行裁定公告\n\n"
    "本院在执行申请人青崖港务集团有限公司与被执行人青崖顺通船舶运输有限公司船舶租赁合同纠纷一案中,"
    "依法查封被执行人青崖顺通船舶运输有限公司名下厢式货车3辆(号牌湘H·C3021、湘H·C3022、湘H·C3025),"
    "查封期限二年。\n"
)


def test_plates_of_vehicles_in_a_firms_name_are_the_firms(engine: Engine) -> None:
    assert_proactive_without_personal_findings(engine, FLEET_SEIZURE)


def test_a_plate_of_a_vehicle_in_a_persons_name_is_found(engine: Engine) -> None:
    text = FLEET_SEIZURE.replace("被执行人青崖顺通船舶运输有限公司名下", "被执行人刘德伟名下")
    assert ("PI301", "湘H·C3021") in loud_personal(engine, text)
