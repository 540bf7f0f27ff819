"""Public documents in voices no writer has used yet (precision18's hunt before the held-out part): a prison's
狱务公开 guide, a science bureau's high-tech enterprise notice, an archive's and a tax office's guides, a
veterans' service guide, a river chief sign, a notice clearing long-parked vehicles, a roll of martyrs, a
prison's proposals of commutation and parole, a flood evacuation notice to every villager, grid workers
and family doctors, duty lawyers, teachers' licences, an environmental impact consultation, a building
site's sign, a proposed martyr, operators' certificates, a court's judgment defaulters, an informant's
reward, void plates. The names and numbers in them are public by law or by the genre; each comes out
主动公开, and its near twin — a private person's number, mailbox, account, plate or name in the same
layout — is still found."""

from __future__ import annotations

import pytest

from secreview import Engine
from tests.testing.known_public import public
from tests.testing.personal import assert_proactive_without_personal_findings, loud_personal

PRISON_GUIDE = (
    "青山监狱狱务公开指南\n\n一、会见\n罪犯亲属会见实行预约制度,每月可会见一次。"
    "亲属可拨打预约电话0731-88710100预约。\n"
    "二、汇款\n亲属可向罪犯个人账户汇款,收款单位:青山监狱,开户行:中国建设银行长沙望城支行,"
    "账号:43050168360809001234。\n"
    "三、监督\n执法监督电话:0731-88710110;纪检监察电子邮箱:qsjyjjjc@163.com。\n\n青山监狱\n2026年11月\n"
)

HIGH_TECH_NOTICE = (
    "关于公示枫城市2026年第二批拟认定高新技术企业名单的通知\n\n"
    "经企业申报、专家评审,现将拟认定高新技术企业名单予以公示。\n\n"
    "序号\t企业名称\t统一社会信用代码\n1\t湖南枫电科技有限公司\t91431122MA4QX5R27P\n\n"
    "任何单位和个人对名单有异议的,请在公示期内以书面形式实名向市科技局高新技术科提出。\n"
    "联系电话:0745-8223066;电子邮箱:fcsgqrd@163.com\n\n枫城市科学技术局\n2026年11月20日\n"
)

PAROLE_CONTACTS = (
    "青山监狱狱务公开:提请减刑、假释工作程序\n\n"
    "监狱提请减刑、假释,经分监区集体评议、监区长办公会审核、刑罚执行科审查后,在狱内公示5日。"
    "对公示内容有异议的,可向监狱刑罚执行科或驻监检察室反映。\n"
    "刑罚执行科电话:0731-88710231\u3000驻监检察室电话:0731-88710288\n\n青山监狱\n2026年12月1日\n"
)

ARCHIVE_GUIDE = (
    "枫城县档案馆查档利用指南\n\n一、开放范围:县档案馆向社会开放已满二十五年的档案。\n"
    "二、查档须持本人居民身份证;委托他人查阅的,须提供委托书。\n"
    "三、查档地址:枫城县文昌路6号县档案馆一楼查阅大厅。\n"
    "四、查档电话:0745-8229306;电子邮箱:fcxdag@163.com。\n"
)

TAX_GUIDE = (
    "国家税务总局枫城县税务局办税指南\n\n一、办税时间:周一至周五上午8:30-12:00。\n"
    "二、纳税服务热线:12366。\n"
    "三、投诉举报:枫城县税务局纳税服务股,电话0745-8223300,邮箱fcswjnfg@163.com。\n"
)

VETERANS_GUIDE = (
    "枫城县退役军人服务中心服务指南\n\n一、服务事项:优待证申领、就业创业服务、帮扶援助。\n"
    "二、咨询电话:0745-8225100。\n三、各乡镇退役军人服务站:\n"
    "城关镇退役军人服务站\u3000人民路12号\u30000745-8221301\n"
    "白沙镇退役军人服务站\u3000站长\u3000刘春生\u300013907458801\n"
)

RIVER_SIGN = (
    "湘江枫城段河长公示牌\n\n河流名称:湘江(枫城段)\n县级河长:王德明(县委副书记)\n"
    "镇级河长:刘春生(城关镇镇长)\u3000联系电话:0745-8221001\n"
    "村级河长:曾庆林(河口村党支部书记)\u3000联系电话:13907451235\n"
    "河长职责:负责组织领导河段的管理和保护工作。\n监督电话:12345\n\n枫城县河长制办公室\n"
)

PARKED_VEHICLES = (
    "枫城县交通警察大队关于清理长期停放车辆的公告\n\n"
    "我大队在巡查中发现以下车辆长期停放于公共道路,影响通行安全:\n\n"
    "序号\t号牌号码\t车辆类型\t停放地点\n1\t湘K3A126\t小型轿车\t人民路与文昌路交叉口\n"
    "2\t湘KB9127\t小型普通客车\t滨江路88号对面\n\n"
    "请上述车辆所有人于本公告发布之日起15日内将车辆驶离,逾期将依法拖移。\n\n"
    "枫城县公安局交通警察大队\n2026年12月2日\n"
)

MARTYRS_ROLL = (
    "枫城县烈士英名录\n\n枫城县革命烈士纪念馆现收录烈士英名如下:\n\n"
    "姓名\t籍贯\t牺牲时间\t生前所在部队及职务\n谭国华\t城关镇\t1948年10月\t某部排长\n"
    "李春林\t石门乡\t1951年2月\t中国人民志愿军某部战士\n\n枫城县退役军人事务局\n2026年4月\n"
)

PAROLE_LIST = (
    "青山监狱关于提请罪犯减刑、假释的公示\n\n"
    "经监区集体评议、监狱减刑假释评审委员会评审,拟对下列罪犯提请减刑、假释,现予公示:\n\n"
    "序号\t姓名\t罪名\t原判刑期\t现刑期止日\t提请意见\n"
    "1\t刘建军\t盗窃罪\t有期徒刑五年\t2028年3月14日\t减刑八个月\n"
    "2\t周海波\t诈骗罪\t有期徒刑三年六个月\t2027年9月2日\t假释\n\n"
    "公示期为5日。对公示内容有异议的,可向监狱刑罚执行科反映。\n\n青山监狱\n2026年12月1日\n"
)

FLOOD_NOTICE = (
    "石门水库下游群众防汛避险转移告知书\n\n尊敬的村民朋友:\n"
    "为保障大家汛期生命财产安全,现将有关事项告知如下:\n"
    "一、红色预警时,请立即沿村道向东转移至青石镇中学。\n"
    "二、联系方式\n青石镇防汛办:0739-7660110  县防指办:0739-7822000\n\n青石镇人民政府\n2026年5月\n"
)

GRID_WORKERS = (
    "城关镇和平社区网格员公示\n\n为方便居民群众反映诉求,现将社区网格员及联系方式公示如下:\n\n"
    "网格\t网格员\t联系电话\t服务范围\n第一网格\t刘小梅\t13974501201\t人民路1-99号\n"
    "第二网格\t谭建军\t13974501202\t文昌路全段\n\n城关镇和平社区居民委员会\n2026年11月\n"
)

DOCTOR_TEAMS = (
    "枫城县人民医院家庭医生签约服务团队公示\n\n"
    "团队名称\t团队长\t职称\t签约咨询电话\t服务区域\n第一团队\t陈明华\t主任医师\t0745-8225301\t和平社区\n"
    "第三团队\t谭伟\t主治医师\t13974502203\t石门乡\n\n枫城县人民医院\n2026年11月\n"
)

DUTY_LAWYERS = (
    "枫城县司法局关于公布法律援助值班律师名单的公告\n\n现将2027年度派驻法律援助工作站的值班律师名单公布如下:\n\n"
    "序号\t姓名\t执业机构\t执业证号\t值班地点\n1\t欧阳明\t湖南枫城律师事务所\t14311201510123456\t县人民法院\n"
    "2\t唐丽\t湖南正衡律师事务所\t14311201810234567\t县看守所\n\n枫城县司法局\n2026年12月1日\n"
)

TEACHER_LICENCES = (
    "关于2026年下半年中小学教师资格认定结果的公示\n\n经个人申请、资格审查、体检,以下人员拟认定中小学教师资格,现予公示:\n\n"
    "序号\t姓名\t性别\t资格种类\t任教学科\n1\t刘雨婷\t女\t小学教师资格\t语文\n2\t陈浩\t男\t初级中学教师资格\t数学\n\n"
    "公示期为5个工作日。对公示有异议的,请向县教育局人事股反映,电话0745-8224102。\n\n枫城县教育局\n2026年12月2日\n"
)

IMPACT_CONSULTATION = (
    "湖南枫建新材料有限公司年产10万吨新型建材项目环境影响评价第二次公示\n\n"
    "一、建设项目概况:项目位于枫城县工业园区,年产新型建材10万吨。\n"
    "二、公众可通过信函、电子邮件等方式提交意见,电子邮箱:fjxcl2026@163.com。\n"
)

SITE_SIGN = (
    "工程质量终身责任信息公示牌\n\n工程名称:枫城县第二中学教学楼改扩建工程\n"
    "建设单位:枫城县第二中学\u3000项目负责人:王建国\u3000联系电话:0745-8223501\n"
    "施工单位:湖南枫建建设工程有限公司\u3000项目经理:唐志勇\u3000联系电话:13974503301\n"
    "监理单位:湖南正衡监理有限公司\u3000总监理工程师:周立新\u3000联系电话:13974503302\n"
)

MARTYR_NOTICE = (
    "关于拟评定刘志刚同志为烈士的公示\n\n刘志刚,男,1990年5月生,枫城县石门乡人,生前系县消防救援大队消防员。"
    "2026年7月15日,在洪涝灾害抢险救援中壮烈牺牲。根据《烈士褒扬条例》,拟报请评定刘志刚同志为烈士,现予公示。\n\n"
    "枫城县退役军人事务局\n2026年8月10日\n"
)

OPERATOR_CERTIFICATES = (
    "枫城县市场监督管理局特种设备作业人员证书发证公告\n\n经考试合格,现对以下人员核发证书,予以公告:\n\n"
    "序号\t姓名\t作业项目\t证书编号\n1\t彭立新\t叉车司机\tTS431122202600123\n"
    "2\t唐文斌\t电梯安全管理\tTS431122202600124\n\n枫城县市场监督管理局\n2026年12月1日\n"
)

DEFAULTERS = (
    "枫城县人民法院失信被执行人名单公布\n\n现将我院纳入失信被执行人名单的人员予以公布:\n\n"
    "序号\t被执行人姓名\t性别\t身份证号码\t未履行金额(元)\n1\t陈志强\t男\t431122197805****1234\t86000\n"
    "2\t刘德胜\t男\t431122198203****5678\t42500\n\n枫城县人民法院\n2026年12月1日\n"
)

REWARD_NOTICE = (
    "枫城县应急管理局关于安全生产举报奖励的公示\n\n经核查,下列举报事项属实,拟给予举报人奖励,现予公示:\n\n"
    "序号\t举报事项\t奖励金额(元)\n1\t某建材厂违规动火作业\t3000\n\n"
    "举报人信息依法予以保密。领奖请持本人身份证到县应急管理局办理,电话0745-8226501。\n\n"
    "枫城县应急管理局\n2026年12月1日\n"
)

VOID_PLATES = (
    "枫城县公安局交通警察大队关于机动车号牌、行驶证作废的公告\n\n"
    "下列机动车逾期未检验,经公告督促仍未办理,其号牌、行驶证予以作废,现予公告:\n\n"
    "序号\t号牌号码\t车辆类型\t逾期未检验时间\n1\t湘K3A127\t小型轿车\t2023年5月\n\n"
    "枫城县公安局交通警察大队\n2026年12月1日\n"
)

PUBLIC = [
    # plates a notice declares void
    VOID_PLATES,
    # the office the public is asked to go to, its number
    REWARD_NOTICE,
    # a court's judgment defaulters
    DEFAULTERS,
    # the persons responsible for a building project, on its sign
    SITE_SIGN,
    # the one a county proposes to name a martyr
    MARTYR_NOTICE,
    # certificates granted are a licensing result
    OPERATOR_CERTIFICATES,
    # the posts that serve residents and their numbers
    GRID_WORKERS,
    DOCTOR_TEAMS,
    # practising lawyers by their licence
    DUTY_LAWYERS,
    # a qualification granted is a licensing result
    TEACHER_LICENCES,
    # the mailbox a consultation asks the public to write to
    IMPACT_CONSULTATION,
    # a prison's proposals of commutation and parole, with the crimes and terms the court publishes too
    PAROLE_LIST,
    # a notice to every villager below a reservoir, each office's landline after its name and a colon
    FLOOD_NOTICE,
    # a prison's account for relatives' payments, its 纪检监察 mailbox
    PRISON_GUIDE,
    # a contact line above the signature holding a landline and a mailbox
    HIGH_TECH_NOTICE,
    # each section's number above the signature of a prison
    PAROLE_CONTACTS,
    # guides tell the public where to call and write
    ARCHIVE_GUIDE,
    TAX_GUIDE,
    # a service point's head and number in a guide's list
    VETERANS_GUIDE,
    # the chiefs' numbers a river chief sign gives the public
    RIVER_SIGN,
    # the plates through which a clearing notice reaches the owners
    PARKED_VEHICLES,
    # the martyrs a county commemorates
    MARTYRS_ROLL,
]


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize("text", PUBLIC)
def test_new_voices_are_proactive_without_personal_findings(engine: Engine, text: str) -> None:
    assert_proactive_without_personal_findings(engine, text)


PRIVATE_TWINS = [
    # a relative named as the payee: the account is his
    (
        PRISON_GUIDE.replace("收款单位:青山监狱", "收款人:刘德伟,系服刑人员家属"),
        ("PI202", "43050168360809001234"),
    ),
    # an objector's own line above the signature
    (
        HIGH_TECH_NOTICE.replace("联系电话:0745", "投诉人:邹国平\n联系电话:0745"),
        ("PI103", "fcsgqrd@163.com"),
    ),
    # a sample form in a guide: the applicant's number and mailbox
    (
        ARCHIVE_GUIDE + "五、填写示例:申请人:刘德伟,联系电话:0745-8226191,电子邮箱:liudewei1985@163.com\n",
        ("PI103", "liudewei1985@163.com"),
    ),
    # a householder in a guide's list is no service point's head
    (
        VETERANS_GUIDE.replace("白沙镇退役军人服务站\u3000站长", "白沙镇\u3000户主"),
        ("PI101", "13907458801"),
    ),
    # a cleaner on the sign is no river chief
    (RIVER_SIGN.replace("村级河长:曾庆林(河口村党支部书记)", "河道保洁员:曾庆林"), ("PI101", "13907451235")),
    # a car parked long, in a reply to a complaint
    (
        "关于反映小区车辆长期停放问题的答复\n张某:\n你反映的湘K3A126号小型轿车长期停放在消防通道一事,已通知车主驶离。",
        ("PI301", "湘K3A126"),
    ),
    # a martyr's widow in a register of hardship is a private person
    (
        MARTYRS_ROLL.replace("枫城县烈士英名录", "烈士遗属家庭困难情况登记表").replace(
            "现收录烈士英名如下", "登记的困难遗属如下"
        ),
        ("TC001", "谭国华"),
    ),
]


SENTENCES = [
    # the same table in a prison's statistics publishes nothing
    (PAROLE_LIST.replace("关于提请罪犯减刑、假释的公示", "2026年罪犯教育改造情况统计"), ("SN003", "盗窃罪")),
    (PAROLE_LIST.replace("关于提请罪犯减刑、假释的公示", "2026年罪犯教育改造情况统计"), ("PN001", "刘建军")),
    # a relative's letter about a prisoner's sentence
    (
        "信访人刘建军反映,其子刘小兵因盗窃罪被判处有期徒刑五年,现在青山监狱服刑。",
        ("SN003", "判处有期徒刑五年"),
    ),
    # the illness beside a name in a commutation notice is no published column
    (
        PAROLE_LIST.replace("提请意见", "病情").replace("减刑八个月", "肝硬化晚期"),
        ("SN001", "肝硬化晚期"),
    ),
    # a notice of one demolition to one villager is his
    ("责令限期拆除告知书\n村民刘德伟:\n你于2026年3月在石门村违法建房。", ("PN001", "刘德伟")),
    # a householder's number after his name and a colon stays his
    (FLOOD_NOTICE.replace("青石镇防汛办:0739-7660110", "户主张德才:0739-7660119"), ("PI102", "0739-7660119")),
]
PRIVATE_TWINS += SENTENCES
PRIVATE_TWINS += [
    # a stolen plate in an account of one owner's case
    (
        "关于刘德伟机动车号牌被盗后补领的情况说明\n刘德伟的湘K3A127号小型轿车号牌于3月被盗,已申请补领。",
        ("PI301", "湘K3A127"),
    ),
    # a householder sent to the office, his own number after
    ("请户主张德才到县民政局办理,电话0745-8226501。", ("PI102", "0745-8226501")),
    # the debtor of a reward notice, with his home, is no list of defaulters
    (
        "枫城县人民法院执行悬赏公告\n\n被执行人:陈志强,男,1978年5月生,住枫城县城关镇和平路36号。"
        "凡提供被执行人可供执行财产线索的,经查证属实,给予奖励。",
        ("PN001", "陈志强"),
    ),
    # a project manager's mobile in a reply to a worker's complaint
    (
        "关于农民工反映工资拖欠问题的答复\n刘德伟:\n你反映的项目经理唐志勇,联系电话:13974503301,已约谈。",
        ("PI101", "13974503301"),
    ),
    # a family's application answered, no proposal published
    (
        MARTYR_NOTICE.replace("关于拟评定刘志刚同志为烈士的公示", "关于刘志刚家属申请抚恤的答复"),
        ("PN001", "刘志刚"),
    ),
    # certificates revoked are no licence granted
    (
        OPERATOR_CERTIFICATES.replace("证书发证公告", "证书吊销公告").replace("核发证书", "吊销证书"),
        ("PN001", "彭立新"),
    ),
    # the residents a grid worker visits, and the residents who signed up with a doctor, keep their numbers
    (
        GRID_WORKERS.replace("社区网格员公示", "网格员走访困难群众名单").replace(
            "网格\t网格员", "网格\t居民姓名"
        ),
        ("PI101", "13974501201"),
    ),
    (DOCTOR_TEAMS.replace("\t团队长\t", "\t签约居民\t"), ("PI101", "13974502203")),
    # a list of lawyers without their licence numbers reads as persons
    (
        DUTY_LAWYERS.replace("\t执业证号", "")
        .replace("\t14311201510123456", "")
        .replace("\t14311201810234567", ""),
        ("PN001", "欧阳明"),
    ),
    # those refused a licence for their health are no list the licence publishes
    (
        TEACHER_LICENCES.replace("教师资格认定结果的公示", "教师资格认定体检不合格人员名单").replace(
            "以下人员拟认定中小学教师资格,现予公示", "以下人员体检不合格,不予认定"
        ),
        ("PN001", "刘雨婷"),
    ),
    # a complainant's own mailbox after the consultation
    (
        IMPACT_CONSULTATION + "三、投诉人刘德伟补充了材料,电子邮箱:liudewei1985@163.com。\n",
        ("PI103", "liudewei1985@163.com"),
    ),
]


@pytest.mark.parametrize(("text", "finding"), PRIVATE_TWINS)
def test_a_private_datum_in_the_same_layout_is_found(
    engine: Engine, text: str, finding: tuple[str, str]
) -> None:
    assert finding in loud_personal(engine, text)
