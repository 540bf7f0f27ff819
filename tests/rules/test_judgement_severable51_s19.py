"""severable51 (session 19, issue 15): one paragraph that differs from a public document's matter —
cut it, neither hold the document whole nor let the paragraph out (第三十七条).

Drafts written before the rules, in offices no tuning part speaks for (a 城市排水管理处, a 人民防空办公室,
a 青少年宫, a 计量测试所, a 人力资源和社会保障局's 12333 hotline, a 固体废物管理中心 with a waste-to-energy
franchise, a 药品监督管理局, a 园林绿化局), one shape each:
- a quarterly progress report to the superior body whose one paragraph fixes a tender's 标底 before the
  opening (第十五条): that paragraph is cut, the report is not held whole as deliberation;
- a public work plan whose one paragraph is a deliberation between two agencies, their positions and the
  matter still to be decided (第十六条第二款): the paragraph is cut;
- a public activity plan whose one section tells the police at each gate, the one way out and where the
  reserve waits (第十四条): that section is cut, the plan is not withheld whole;
- a public work plan whose one paragraph names staff to be rotated and one to be admonished
  (第十六条第一款): the paragraph is cut;
- a hotline's quarterly summary signed by the section that runs it, with its coming plans (拟…) and one
  paragraph of an informant who asked not to be named (第十五条): the paragraph is cut, the summary's own
  plans are no matter awaiting a decision;
- a franchise evaluation 公告 whose one item tells the operator's audited costs, debts and an unfiled
  pledge (第十五条): the item is cut;
- an inspection bulletin to lower units whose one item tells where controlled drugs are kept, how many and
  how their guard fails (第十四条): the item is cut;
- an event's safety summary whose one item tells the police strength, the only reserve's post and the radio
  channel (第十四条): the item is cut.
The floor and the deliberation are written twice more as the unseen drafts worded them (a 退役军人事务局's
procurement report to the 财政局 beside a result already announced, a 住房保障服务中心's quarterly report
with the floor "已经…审核,金额为", a 城乡供水保障中心's summary that plans a public consultation on another
matter, a 水务局's plan to its 水利站 and 股室); main already cuts the drainage floor, the civil-defence
deliberation and the 水务局 plan (guards). Twins (the same documents with the paragraph told in public terms)
stay public. main b38de81 failed nine of the cut drafts (all but the drainage floor, the civil-defence and the
水务局 deliberations) and the hotline twin, with the rules alone and with the learned signal.
"""

from __future__ import annotations

import pytest

from secreview.models import Category
from tests.testing.judgement import cut_out_test, public_test

# ---------------------------------------------------------------- a 标底 in a progress report to the superior

DRAINAGE_FLOOR = (
    "该工程标底确定为人民币3,462,800元，其中机电设备部分1,905,300元，标底文件已由计划财务科封存。"
)
DRAINAGE_REPORT = (
    "关于2025年三季度排水设施建设项目推进情况的报告\n"
    "市水务局：\n"
    "　　按照市水务局关于报送重点项目季度进展的要求，现将我处三季度项目推进情况报告如下。\n"
    "　　一、雨污分流改造。三季度完成老城区雨污分流管网改造9.6公里，累计完成年度任务的78%，"
    "涉及的12条背街小巷已全部恢复路面。\n"
    "　　二、易涝点整治。完成解放路下穿通道、火车站广场等4处易涝点整治，新增强排能力每小时3200立方米。\n"
    "　　三、泵站提标改造。城北一号泵站提标改造工程施工图预算已经审核，定于10月28日在市公共资源交易中心开标。"
    f"经处务会研究，{DRAINAGE_FLOOR}\n"
    "　　四、下一步工作。四季度重点推进剩余管网改造和泵站工程开工，确保明年汛前完工。\n"
    "市城市排水管理处\n"
    "2025年10月9日"
)

# ---------------------------------------------------------------- a deliberation between two agencies

CIVIL_DEFENCE_TALKS = (
    "　　三、关于防空地下室易地建设费收缴标准。我办提出由现行每平方米40元调整为每平方米65元，"
    "县发展和改革局认为调整幅度过大、主张分两步到位，两家意见尚不一致，"
    "拟于二季度再次会商后提请县政府研究确定，确定前仍按现行标准收缴，调整事项暂不对外宣传。\n"
)
CIVIL_DEFENCE_PLAN = (
    "县人民防空办公室2026年工作要点\n"
    "　　2026年，全县人防工作以提升战时防护和应急支援能力为重点，着力做好以下工作。\n"
    "　　一、推进人防工程建设。全年新增人防工程面积2.4万平方米，完成老旧公用人防工程维护改造3处。\n"
    "　　二、完善警报设施。新建防空警报器6台，城区警报音响覆盖率达到98%以上，组织“9·18”警报试鸣。\n"
    f"{CIVIL_DEFENCE_TALKS}"
    "　　四、加强宣传教育。开展人防知识进学校、进社区活动不少于20场，建成人防宣传教育示范社区2个。\n"
    "县人民防空办公室\n"
    "2026年1月20日"
)
CIVIL_DEFENCE_PLAN_PLAIN = CIVIL_DEFENCE_PLAN.replace(
    CIVIL_DEFENCE_TALKS,
    "　　三、规范易地建设费收缴。严格按照省定标准收缴防空地下室易地建设费，做到应收尽收、收支两条线。\n",
)

# ---------------------------------------------------------------- the police at each gate in a public plan

YOUTH_PALACE_GUARD = (
    "　　四、安全保卫。市公安局文化保卫支队在南、北两个大门各设安检点1处，每处安排民警8人、保安12人；"
    "园区只保留西侧消防通道作为唯一的应急疏散出口，上午9时至11时人流最大，"
    "机动处置小组届时在科技楼一楼大厅集结待命。\n"
)
YOUTH_PALACE_PLAN = (
    "市青少年宫2026年“六一”国际儿童节游园活动方案\n"
    "　　为让少年儿童度过一个快乐、安全的节日，市青少年宫定于6月1日举办“童心飞扬”游园活动，特制定本方案。\n"
    "　　一、活动时间和地点。6月1日8时30分至16时，市青少年宫室外广场及科技楼。\n"
    "　　二、活动内容。设置科学小实验、非遗手工、绘本剧场等游园项目24个，"
    "儿童凭游园卡免费参与，每完成5个项目可兑换纪念品1份。\n"
    "　　三、参加办法。活动免费，家长可于5月25日起通过“市青少年宫”公众号预约入园时段。\n"
    f"{YOUTH_PALACE_GUARD}"
    "　　五、其他事项。请家长看护好儿童，遇雨天活动改在科技楼内举行。咨询电话：0731-85210066。\n"
    "市青少年宫\n"
    "2026年5月18日"
)
YOUTH_PALACE_PLAN_PLAIN = YOUTH_PALACE_PLAN.replace(
    YOUTH_PALACE_GUARD,
    "　　四、安全保卫。公安部门负责活动现场秩序维护和周边交通疏导，市青少年宫做好消防设施检查，"
    "各入口设置安全提示牌和志愿服务点。\n",
)

# ---------------------------------------------------------------- named staff rotated in a public work plan

METROLOGY_STAFF = (
    "　　五、队伍建设。按照岗位轮换规定，所内将在强检受理窗口连续工作满6年的周建平调整至质量管理部，"
    "衡器检定室主任赵丽娟与电学检定室主任孙海涛互换岗位；对去年考核得分末位的检定员刘晓明由所长进行提醒谈话。\n"
)
METROLOGY_PLAN = (
    "市计量测试所2026年工作要点\n"
    "　　一、做好强制检定。完成集贸市场电子秤、加油机、医用血压计等强检计量器具检定4.8万台件，"
    "强检覆盖率保持在98%以上。\n"
    "　　二、提升能力建设。新建社会公用计量标准3项，完成2项计量标准复查。\n"
    "　　三、服务企业计量。为中小企业开展“计量服务进园区”活动10场，免费校准关键测量设备300台件。\n"
    "　　四、优化窗口服务。推行检定预约和结果线上查询，一般器具检定周期压缩至5个工作日。\n"
    f"{METROLOGY_STAFF}"
    "市计量测试所\n"
    "2026年1月12日"
)
METROLOGY_PLAN_PLAIN = METROLOGY_PLAN.replace(
    METROLOGY_STAFF,
    "　　五、队伍建设。落实关键岗位定期轮岗制度，对在同一岗位连续工作满6年的人员实行轮岗，"
    "全年组织业务培训4期。\n",
)

# ---------------------------------------------------------------- an informant in a hotline's summary

HOTLINE_INFORMANT = (
    "　　二、举报线索移交。本季度受理社保、欠薪类举报线索58条，均已移交市劳动保障监察支队。"
    "其中5月20日举报人吴桂兰（电话13907315526，系某物流公司仓库管理员）反映该公司长期未为62名员工缴纳社会保险，"
    "并请求不要透露其姓名，线索已于次日移交。\n"
)
HOTLINE_SUMMARY = (
    "12333人社服务热线2026年第二季度运行情况\n"
    "　　第二季度，12333热线共受理来电52,310个，人工接通率93.8%，较一季度提高3.5个百分点；"
    "办结转办工单1,964件，按时办结率98.7%。\n"
    "　　一、咨询热点。来电主要集中在养老保险待遇认证（占21%）、失业保险金申领（占15%）、"
    "职业技能培训补贴（占13%）等方面。\n"
    f"{HOTLINE_INFORMANT}"
    "　　三、下季度打算。高校毕业生离校期间咨询将明显增多，热线拟在7月增设就业政策专席3个，"
    "更新知识库条目200条。\n"
    "市人力资源和社会保障局12333咨询服务科\n"
    "2026年7月6日"
)
HOTLINE_SUMMARY_PLAIN = HOTLINE_SUMMARY.replace(
    HOTLINE_INFORMANT,
    "　　二、举报线索移交。本季度受理社保、欠薪类举报线索58条，均已移交市劳动保障监察支队依法处理。\n",
)

# ---------------------------------------------------------------- the operator's books in a franchise 公告

INCINERATION_BOOKS = (
    "　　四、企业财务状况：据审计机构出具的专项审计报告，项目公司2025年度吨垃圾处理综合成本为168元，"
    "发电收入占营业收入的71%，资产负债率达到82.6%；项目公司另以电费收费权为母公司一笔2.3亿元借款提供质押，"
    "未按协议报我局备案。\n"
)
INCINERATION_NOTICE = (
    "市生活垃圾焚烧发电特许经营项目运营评估结果公告\n"
    "　　依据特许经营协议和《市政公用事业特许经营运营评估办法》，我局委托第三方机构对"
    "绿源环保能源有限公司运营的市生活垃圾焚烧发电项目2025年度运营情况进行了评估。现将评估结果公告如下：\n"
    "　　一、评估范围：垃圾处理量、烟气排放、飞灰处置、设施维护和公众监督五个方面，共38项指标。\n"
    "　　二、评估结果：综合得分88.2分，等次为“良好”。\n"
    "　　三、主要问题：渗滤液处理站出水氨氮有3次超过协议限值，飞灰螯合固化台账记录不完整。\n"
    f"{INCINERATION_BOOKS}"
    "　　五、整改要求：企业应于2026年9月30日前完成渗滤液处理站提标改造，我局将跟踪整改情况。\n"
    "市固体废物管理中心\n"
    "2026年4月2日"
)
INCINERATION_NOTICE_PLAIN = INCINERATION_NOTICE.replace(INCINERATION_BOOKS, "")

# ---------------------------------------------------------------- a controlled-drug store's gap in a bulletin

DRUG_STORE_GAP = (
    "　　（二）专库安防不到位。市第三人民医院住院部二楼药房的麻醉药品专用库未安装防盗门，"
    "库内存放芬太尼注射液约420支，夜间仅1名药师值守且常离岗；城东中心医院麻精药品保险柜的钥匙和密码"
    "由同一名药师保管，钥匙放在药房值班室抽屉内。\n"
)
DRUG_INSPECTION = (
    "关于医疗机构麻醉药品和第一类精神药品管理专项检查情况的通报\n"
    "各县（区）市场监督管理局，各二级以上医疗机构：\n"
    "　　4月至5月，市药品监督管理局会同市卫生健康委员会对全市36家二级以上医疗机构的麻醉药品和"
    "第一类精神药品管理情况开展了专项检查，发现问题41项，已整改29项。现将有关情况通报如下。\n"
    "　　一、总体情况。各医疗机构普遍落实了“五专”管理要求，处方专册登记完整率达到97%。\n"
    "　　二、存在的问题\n"
    "　　（一）处方管理不规范。部分医疗机构存在处方书写不全、空安瓿回收登记不及时等问题。\n"
    f"{DRUG_STORE_GAP}"
    "　　（三）人员培训不足。个别医疗机构新入职药师未参加麻精药品管理培训即上岗。\n"
    "　　三、整改要求。各医疗机构要于6月30日前完成整改，并将整改报告报送属地市场监督管理局。\n"
    "市药品监督管理局\n"
    "2026年6月5日"
)
DRUG_INSPECTION_PLAIN = DRUG_INSPECTION.replace(
    DRUG_STORE_GAP,
    "　　（二）专库安防不到位。部分医疗机构麻醉药品专用库的安防设施不符合要求，已责令限期整改。\n",
)

# ------------------------------------------------------------- the police and the radio in an event summary

FLOWER_SHOW_FORCE = (
    "　　一、力量投入。花展期间共投入管理人员和志愿者420人次。城南公安分局共投入警力140人，"
    "其中防爆处置队16人固定驻守在主展区北门广场，是园区内唯一的应急处置力量；"
    "现场指挥部设在公园管理处办公楼三层，各岗位统一使用对讲频率455.125MHz联络。\n"
)
FLOWER_SHOW_SUMMARY = (
    "市园林绿化局2026年春季花展安全保障工作总结\n"
    "　　3月20日至4月10日，第十二届市春季花展在滨湖公园举办，累计接待游客86.5万人次，未发生安全事故。"
    "现将安全保障工作总结如下。\n"
    f"{FLOWER_SHOW_FORCE}"
    "　　二、客流管理。实行分时预约入园，单日最高客流6.2万人次，高峰时段启动限流措施3次。\n"
    "　　三、服务保障。设置游客服务点8个、临时医疗点2个，处置游客轻微伤病43人次。\n"
    "　　四、存在不足。个别时段停车场周边道路拥堵，明年将增设临时停车场和接驳公交线路。\n"
    "市园林绿化局\n"
    "2026年4月18日"
)

# ---------------------------------------------------------------- the same, worded as the unseen drafts were

VETERANS_FLOOR = (
    "经局务会审定，该项目标底为人民币96.35万元，由计划财务股密封保管；"
    "评标时投标报价低于标底20%的，评标委员会应要求投标人说明理由。\n"
)
VETERANS_PROCUREMENT_REPORT = (
    "关于2026年度政府采购项目执行进度情况的报告\n"
    "县财政局：\n"
    "　　根据《关于报送政府采购执行进度的通知》要求，现将我局2026年度政府采购项目执行进度报告如下。\n"
    "　　一、总体情况。我局年度政府采购预算项目3个，预算金额合计218万元，"
    "已完成1个，正在实施1个，未启动1个。\n"
    "　　二、各项目进展\n"
    "　　（一）退役军人服务站信息化终端采购项目。预算36万元，通过竞争性磋商采购，成交金额33.8万元，"
    "成交结果已在县政府采购网公告，设备已于5月验收。\n"
    "　　（二）县光荣院适老化改造工程。预算128万元，招标公告已于6月10日发布，计划于7月2日开标。\n"
    f"{VETERANS_FLOOR}"
    "　　（三）烈士纪念设施讲解服务项目。预算54万元，拟于9月启动，采用公开招标方式采购。\n"
    "　　三、下一步安排。我局将严格执行政府采购有关规定，按时公开采购意向和结果信息。\n"
    "县退役军人事务局\n"
    "2026年6月24日"
)
HOUSING_FLOOR = (
    "　　四、项目建设。公租房小区外墙修缮工程已完成预算审核，定于11月5日开标。"
    "该工程标底已经区财政投资评审中心审核，金额为人民币2,186,400元，其中外墙保温部分937,500元。\n"
)
HOUSING_REPORT = (
    "关于2026年第三季度住房保障工作进展情况的报告\n"
    "市住房和城乡建设局：\n"
    "　　现将我中心2026年第三季度住房保障工作进展情况报告如下：\n"
    "　　一、保障房分配。三季度新配租公租房326套，发放住房租赁补贴1,184户、286.5万元。\n"
    "　　二、资格复核。完成在保家庭年度复核4,210户，清退不再符合条件的家庭37户。\n"
    "　　三、服务改进。公租房申请实现“一网通办”，平均审核时限由20个工作日压缩至12个工作日。\n"
    f"{HOUSING_FLOOR}"
    "　　五、下一步工作。四季度重点做好冬季供暖保障和外墙修缮工程开工准备。\n"
    "市住房保障服务中心\n"
    "2026年10月8日"
)
WATER_SUPPLY_TALKS = (
    "关于农村供水水价调整，我中心已于5月向县政府报送请示，建议由每吨2.2元调整为2.8元。"
    "县政府办公室转请县财政局提出意见后，县财政局主张先由财政补贴、暂缓调价，"
    "目前正与县财政局反复沟通，双方意见仍未统一，待沟通一致后再报县政府决定。\n"
)
WATER_SUPPLY_SUMMARY = (
    "县城乡供水保障中心2026年上半年工作总结\n"
    "　　上半年，我中心围绕城乡供水一体化目标，统筹抓好工程建设、水质保障和服务管理，各项工作有序推进。\n"
    "　　一、工程建设\n"
    "　　（一）管网延伸。新铺设农村供水主管网46公里，新增受益人口1.8万人。\n"
    "　　（二）制度建设。《县农村供水工程运行管理办法》修订稿已完成起草，计划四季度向社会公开征求意见。\n"
    f"{WATER_SUPPLY_TALKS}"
    "　　二、水质保障。完成水质检测1,260批次，合格率99.6%。\n"
    "　　三、下半年打算。一是加快管网延伸；二是推进水厂自动化改造；三是做好汛期供水安全。\n"
    "县城乡供水保障中心\n"
    "2026年7月3日"
)
RURAL_WATER_TALKS = (
    "　　三、关于水管员报酬分担，目前我局已商请县财政局明确县乡分担比例。"
    "我局倾向由县级财政每人每月补助300元，"
    "县财政局初步意见是县级只承担150元，其余由乡镇自筹，双方尚未达成一致，拟于4月前再次协商后报县政府决定，"
    "决定前各乡镇暂按原渠道发放，不对外宣传调整事项。\n"
)
RURAL_WATER_PLAN = (
    "县水务局2026年农村水利工作要点\n"
    "各乡镇水利站、局机关各股室：\n"
    "　　2026年全县农村水利工作以保障农村供水安全和农田灌溉为重点，着力做好以下工作。\n"
    "　　一、巩固农村供水保障。完成12处小型供水工程标准化改造，农村自来水普及率稳定在95%以上。\n"
    "　　二、推进小型水库除险加固。完成6座小型水库除险加固主体工程，汛前全部具备安全度汛条件。\n"
    f"{RURAL_WATER_TALKS}"
    "　　四、加强基层水利队伍建设。全年培训村级水管员300人次；"
    "落实基层水管员绩效考核，奖励性绩效占比不低于30%。\n"
    "　　各乡镇水利站要结合实际制定落实措施，于2月28日前报局农村水利股。\n"
    "县水务局\n"
    "2026年2月6日"
)


CUT = [
    pytest.param(
        DRAINAGE_REPORT,
        Category.TRADE_SECRET,
        ["3,462,800", "1,905,300"],
        ["9.6公里", "3200立方米"],
        id="drainage-floor",
    ),
    pytest.param(
        CIVIL_DEFENCE_PLAN,
        Category.PROCESS_INFO,
        ["尚不一致", "65元"],
        ["2.4万平方米", "98%"],
        id="civil-defence-talks",
    ),
    pytest.param(
        YOUTH_PALACE_PLAN,
        Category.SECURITY_RISK,
        ["民警8人", "唯一的应急疏散出口"],
        ["绘本剧场", "0731-85210066"],
        id="youth-palace-guard",
    ),
    pytest.param(
        METROLOGY_PLAN,
        Category.INTERNAL_AFFAIRS,
        ["周建平", "刘晓明"],
        ["4.8万台件", "5个工作日"],
        id="metrology-staff",
    ),
    pytest.param(
        HOTLINE_SUMMARY,
        Category.TRADE_SECRET,
        ["吴桂兰", "不要透露其姓名"],
        ["93.8%", "专席3个"],
        id="hotline-informant",
    ),
    pytest.param(
        INCINERATION_NOTICE,
        Category.TRADE_SECRET,
        ["168元", "82.6%"],
        ["88.2分", "氨氮"],
        id="incineration-books",
    ),
    pytest.param(
        DRUG_INSPECTION,
        Category.SECURITY_RISK,
        ["420支", "抽屉内"],
        ["97%", "空安瓿"],
        id="drug-store-gap",
    ),
    pytest.param(
        FLOWER_SHOW_SUMMARY,
        Category.SECURITY_RISK,
        ["455.125", "唯一的应急处置力量"],
        ["86.5万人次", "6.2万人次"],
        id="flower-show-force",
    ),
    pytest.param(
        VETERANS_PROCUREMENT_REPORT,
        Category.TRADE_SECRET,
        ["96.35万元", "密封保管"],
        ["33.8万元", "适老化"],
        id="veterans-floor",
    ),
    pytest.param(
        HOUSING_REPORT,
        Category.TRADE_SECRET,
        ["2,186,400", "937,500"],
        ["326套", "4,210户"],
        id="housing-floor",
    ),
    pytest.param(
        WATER_SUPPLY_SUMMARY,
        Category.PROCESS_INFO,
        ["2.8元", "仍未统一"],
        ["46公里", "99.6%"],
        id="water-supply-talks",
    ),
    pytest.param(
        RURAL_WATER_PLAN,
        Category.PROCESS_INFO,
        ["300元", "尚未达成一致"],
        ["95%", "6座"],
        id="rural-water-talks",
    ),
]


test_the_paragraph_is_cut_and_the_rest_published = cut_out_test(CUT)


TWINS = [
    pytest.param(CIVIL_DEFENCE_PLAN_PLAIN, id="civil-defence-plain"),
    pytest.param(YOUTH_PALACE_PLAN_PLAIN, id="youth-palace-plain"),
    pytest.param(METROLOGY_PLAN_PLAIN, id="metrology-plain"),
    pytest.param(HOTLINE_SUMMARY_PLAIN, id="hotline-plain"),
    pytest.param(INCINERATION_NOTICE_PLAIN, id="incineration-plain"),
    pytest.param(DRUG_INSPECTION_PLAIN, id="drug-inspection-plain"),
]


test_the_twins_without_the_paragraph_stay_public = public_test(TWINS, "rules_alone")
