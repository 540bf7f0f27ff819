"""inner59 (session 23): blind drafts of an agency's internal affairs told without the words the rules know,
of deliberation in enforcement offices, and of their public twins.

Written before the rules, in my own words, in offices no tuning part speaks for:
国家统计局青岚县调查队, 县特殊教育学校, 县应急管理综合行政执法大队, 市卫生健康综合监督执法局, 市药品检验所,
市公安局交通警察支队车辆管理所, 市医疗保障局, 县农业综合行政执法大队, 市生态环境保护综合行政执法支队,
市文化市场综合执法支队.

Internal affairs (第十六条第一款, 不予公开 whole): who the paper is for (the agency's own leader, its own
meeting, its own groups), what it arranges (its own staff's merit quota, posts, a staff member's absence, its
recruits; its own cars, rooms and furniture; how its own papers move), and that it is settled inside.
Deliberation in an enforcement office (第十六条第二款, process information, no case file): a 请示 on a
policy for a class of cases, a meeting's record of how such cases should be handled, a letter consulting
another agency on a draft procedure, a proposal awaiting the superior's decision; they count cases, they
are not one case's file.
Twins that stay public: a published internal-control rule, a recruitment notice, a closed case's penalty
publicity, a policy draft published for comment. Second round (before the rules that read them): a public term
summary and a monthly bulletin whose one paragraph tells what a named staff member was made to bear (no duty,
no merit this year, paid less, moved to other work): the paragraph is cut (删减后公开, 第十六条第一款、
第三十七条).
"""

from __future__ import annotations

# -------------------------------------------------------------- internal affairs, without the tell-tale words

# A survey team's office weighing how to share the year's merit quota among its groups, with named staff.
SURVEY_MERIT_QUOTA = (
    "关于今年评先名额怎么分的几点想法\n"
    "队长:\n"
    "    市队给我队分了年度优秀2个名额,按在编人数的15%测算。各组推荐的情况是:住户调查组推荐赵某某,"
    "农业调查组推荐孙某某和钱某,价格调查组没有推荐。\n"
    "    钱某去年已经评过一次,按队里的惯例连续两年不重复评;孙某某今年被抽调参加农业普查半年,"
    "组里认为应当适当倾斜。\n"
    "    我的想法是住户组和农业组各给一个,农业组报孙某某。价格组今年有两次数据报送迟延,建议今年不给名额,"
    "年底总结时请队长在会上点一下。\n"
    "    以上想法供队务会研究时参考。\n"
    "综合办 周某\n"
    "12月3日\n"
)

# A special-education school's office putting next term's staff posts to the head's meeting.
SCHOOL_STAFF_POSTS = (
    "下学期教师岗位安排(初稿)\n"
    "校长办公会:\n"
    "    一、康复部王某某老师申请回培智班任教,康复部空出的课时由新进的李某承担。\n"
    "    二、教务处副主任刘某某因身体原因不再兼任,建议由张某某接替;张某某原来负责的送教上门任务交给陈某。\n"
    "    三、生活老师徐某家住城东,晚班排得较多,家长反映她值夜班时晚点名不及时,建议调整到白班,"
    "晚班由新来的两名生活老师轮流。\n"
    "    以上安排请办公会定。\n"
    "校办\n"
)

# An enforcement brigade reporting one of its own officers' absence from a night check and what it means to
# do about him: staff discipline, not a case.
BRIGADE_ABSENT_OFFICER = (
    "关于执法队员吴某某夜查缺岗情况的报告\n"
    "局分管领导:\n"
    "    11月20日晚,大队组织对城区烟花爆竹经营点进行夜查,安排吴某某带第二组。吴某某当晚未到岗,"
    "事先也没有请假,电话一直联系不上,由副大队长临时顶上。\n"
    "    第二天吴某某说明是家中老人突发疾病住院,但没有按规定报告。大队研究后意见如下:一是当月绩效奖扣发一半;"
    "二是本年度不参加评先;三是写出书面检查,在队务会上作说明;四是由大队长找他本人谈一次。\n"
    "    以上意见当否,请示。\n"
    "县应急管理综合行政执法大队\n"
    "11月22日\n"
)

# A health-inspection bureau's office sharing out its remaining cars among its own sections.
INSPECTION_CARS = (
    "局里车辆调配的安排\n"
    "    两台桑塔纳报废后,局里能用的车还剩5台。经请示局长,从下周一起按以下办法安排:\n"
    "    1.别克商务车仍由办公室统一调度,主要保障局领导外出开会和上级来局检查。\n"
    "    2.两台执法车分给医疗卫生监督一科、二科各一台,钥匙和加油卡由科室内勤保管,每月5日前把上月行车记录"
    "交办公室。\n"
    "    3.公共场所监督科和职业卫生科合用一台,单双周轮换;两个科同时要出车的,提前一天找办公室协调。\n"
    "    4.剩下的一台皮卡留作应急,平时停在后院,不是应急任务不派。\n"
    "    车辆保险年底到期,续保由办公室统一询价。\n"
    "办公室\n"
)

# A drug-testing institute's section proposing where its own labs and staff sit after a move, and the
# furniture to buy for them.
INSTITUTE_ROOMS = (
    "三楼实验区调整后的人员座位和家具添置\n"
    "所长:\n"
    "    理化室搬到三楼东侧以后,三楼西侧空出的房间拟按以下方式使用:\n"
    "    一、301、302两间打通,作为中药室办公区,中药室8人集中办公;二楼原中药室腾出来给微生物室作准备间。\n"
    "    二、档案资料统一放到303,由质量保证科管理,借阅在科里登记。\n"
    "    三、需新添办公桌椅10套、文件柜6组,按上次询价约4.2万元,从今年办公经费中列支,拟在政采云上直接下单。\n"
    "    四、搬迁安排在元旦假期,各室自行打包,后勤组联系搬家公司。\n"
    "    妥否,请批示。\n"
    "综合科\n"
)

# A vehicle office's section reporting the interviews of its window assistants and whom to take on.
VEHICLE_OFFICE_RECRUITS = (
    "窗口辅助人员招录面谈情况\n"
    "所长:\n"
    "    按所务会安排,这次补充3名窗口辅助人员,报名26人,笔试后12人进入面谈。面谈由我和登记科、驾管科两位科长"
    "进行,情况如下:\n"
    "    一、综合排名前三的是王某某、冯某、何某某。\n"
    "    二、冯某面谈时表示最多干一年就要备考研究生,登记科科长倾向不用,由第四名郑某递补。\n"
    "    三、何某某是所里一位老同志的亲属,面谈时该同志已回避,但为免议论,建议再请人社部门派人复核一次分数。\n"
    "    建议录用王某某、郑某、何某某三人,试用期三个月。请所长定。\n"
    "综合科 罗某\n"
)

# A survey team's own rules for how its papers move and where its staff are: they bind no one outside it.
SURVEY_WORKING_RULES = (
    "队内工作运转的几项要求\n"
    "各调查组、综合办:\n"
    "    为理顺队内工作运转,经队务会研究,从明年1月起按以下要求办:\n"
    "    一、每周一上午8点半开队务例会,各组组长参加,会前把上周完成情况和本周安排发到队里的工作群。\n"
    "    二、报市队和县政府的材料,先经组长审核、分管副队长签字,再由综合办统一报送,各组不要直接报。\n"
    "    三、各组联系调查户的电话各自登记,综合办每月汇总一次。\n"
    "    四、外出调查当天回不了队的,出发前到综合办登记去向。\n"
    "国家统计局青岚县调查队\n"
    "2026年12月16日\n"
)

INTERNAL = {
    "SURVEY_MERIT_QUOTA": SURVEY_MERIT_QUOTA,
    "SCHOOL_STAFF_POSTS": SCHOOL_STAFF_POSTS,
    "BRIGADE_ABSENT_OFFICER": BRIGADE_ABSENT_OFFICER,
    "INSPECTION_CARS": INSPECTION_CARS,
    "INSTITUTE_ROOMS": INSTITUTE_ROOMS,
    "VEHICLE_OFFICE_RECRUITS": VEHICLE_OFFICE_RECRUITS,
    "SURVEY_WORKING_RULES": SURVEY_WORKING_RULES,
}

# ------------------------------------------------------------------ deliberation in an enforcement office

# A medical-insurance bureau's request on a policy for a class of minor breaches: options, a preference,
# another agency's view, 妥否请批示. It counts cases; it is no case's file.
INSURANCE_POLICY_REQUEST = (
    "关于定点医药机构轻微违规行为适用“首违不罚”有关问题的请示\n"
    "市人民政府:\n"
    "    今年以来,我局对全市定点医药机构开展专项检查,立案查处违规使用医保基金案件148件,其中约六成是串换项目、"
    "超标准收费,金额在2000元以下且当事人主动退回的轻微情形。按现行做法,这类案件一律立案、罚款,"
    "基层医疗机构反映较大。\n"
    "    为此我局研究了两个方案:\n"
    "    方案一:对首次发生、金额在2000元以下并在规定期限内退回基金的,不予行政处罚,只作约谈;\n"
    "    方案二:金额标准提高到5000元,但每起须经局基金监管科集体讨论。\n"
    "    我局倾向于方案一。市司法局认为方案二可能超出裁量基准的授权范围,建议先报省医保局备案。\n"
    "    妥否,请批示。\n"
    "市医疗保障局\n"
    "2026年11月6日\n"
)

# An enforcement brigade's record of a meeting on how one class of cases should be handled; undecided.
BRIGADE_HANDLING_MEETING = (
    "大队执法业务讨论会记录\n"
    "时间:3月14日下午\n"
    "地点:大队会议室\n"
    "主持:大队长\n"
    "出席:副大队长、各中队长、法制员\n"
    "记录:何某\n"
    "    议题:小微企业未按规定配备专职安全员的案件如何处理。\n"
    "    一中队:去年以来检查发现此类问题43家,多数是十人以下的小作坊,按条款起罚就是1万元,企业负担重,"
    "建议首次发现的责令限期改正,逾期不改的再立案。\n"
    "    法制员:条文是“责令限期改正,可以处五万元以下的罚款”,先改正后处罚有依据,但要统一口径,"
    "避免同案不同罚。\n"
    "    二中队:有的企业改正后又把人撤了,建议建立回访台账,复查时再发现的直接立案。\n"
    "    意见未完全统一,由法制员整理两种处理意见,报局党委会研究后再定。\n"
)

# A health-inspection bureau consulting the market regulator on a draft procedure for passing cases between
# them: a consultation letter on a text (磋商信函), the cases it counts are the procedure's matter.
INSPECTION_REFERRAL_CONSULTATION = (
    "关于医疗美容违法案件移送衔接问题征求意见的函\n"
    "市市场监督管理局:\n"
    "    近年来,生活美容场所超范围开展注射类医疗美容的投诉逐年增多。今年我局受理此类投诉37件,立案12件,"
    "其中5件涉及发布违法广告,已移送贵局。在办理中,两局对以下问题认识还不一致:\n"
    "    一、生活美容店既无医疗机构执业许可证又无营业执照的,由哪一方牵头查处;\n"
    "    二、移送时证据材料移送原件还是复印件,移送后我局是否中止本局程序。\n"
    "    我局草拟了《医疗美容违法案件移送衔接工作规程(初稿)》,请贵局研究,于5月20日前提出意见,"
    "以便修改后联合印发。\n"
    "市卫生健康综合监督执法局\n"
    "2026年4月28日\n"
)

# A vehicle office proposing measures against a class of touts to its detachment's leaders, awaiting them.
VEHICLE_OFFICE_TOUT_PROPOSAL = (
    "关于二手车交易市场“黄牛”代办问题的处置意见\n"
    "支队领导:\n"
    "    近一年来,城北二手车交易市场周边“黄牛”代办过户、代约考试的问题反映较多。所里去年查处伪造委托书"
    "代办案件9起,移交派出所2起。经所务会研究,提出以下处置意见:\n"
    "    一、在交易市场登记服务站推行本人办理或持公证委托书办理,取消普通委托;\n"
    "    二、与市场主办方签订协议,对场内发现的违规代办人员清出市场;\n"
    "    三、对多次被查处的代办人员,建议支队统一纳入重点管理,是否在网上公布名单,请支队研究。\n"
    "    以上意见妥否,请批示。\n"
    "车辆管理所\n"
)

# An agricultural enforcement brigade's request on how far to go with anglers in the fishing ban: it counts
# the cases and tells the steps every such case takes, to ask for one standard; no case is its matter.
FISHERIES_STANDARD_REQUEST = (
    "关于禁渔期垂钓行为执法尺度的请示\n"
    "县农业农村局:\n"
    "    今年禁渔期以来,大队在沿江巡查中发现垂钓人员312人次,对使用多线多钩、可视锚鱼等方式垂钓的立案调查27起,"
    "现场制作询问笔录,扣押渔具,其中涉嫌非法捕捞水产品罪的2起已移送公安机关。\n"
    "    目前各中队执法尺度不一:有的对一人一杆一线一钩的也登记劝离,有的只对多线多钩的立案。"
    "群众对同样的行为处理不同意见较大。\n"
    "    为统一尺度,大队建议:一是一人一杆一线一钩的不予处罚,只作宣传劝导;二是多线多钩、使用可视锚鱼设备的,"
    "首次予以警告,再次发现的依法罚款。以上意见拟经局党组研究后,形成执法指引对外公布。\n"
    "    妥否,请批示。\n"
    "县农业综合行政执法大队\n"
    "2026年5月8日\n"
)

# An environmental enforcement detachment's report on why one kind of complaint is hard to bring to a case,
# proposing a division of work it asks the bureau to settle with another agency.
ENVIRONMENT_DIFFICULTY_REPORT = (
    "关于餐饮油烟投诉案件查处难点及建议的汇报\n"
    "局领导:\n"
    "    今年1至9月,支队接到餐饮油烟扰民投诉418件,立案查处36件。这类案件立案后需委托检测、调取证据、"
    "询问当事人,平均办案周期45天,多数店铺在检测前已临时停用灶头,证据难以固定。\n"
    "    另外,对未安装油烟净化设施的,城管部门和我支队都有处罚依据,投诉人常被两边来回转办。\n"
    "    建议:一是由局里与市城管局商定,临街餐饮店由城管部门负责,商住楼内的由我支队负责;"
    "二是对多次被投诉的店铺,先由街道组织调解,调解不成再立案。\n"
    "    以上建议是否可行,请局领导研究。\n"
    "市生态环境保护综合行政执法支队\n"
    "2026年10月12日\n"
)

# A culture-market enforcement detachment's record of a joint meeting with the police on venues of one kind:
# what the agencies agreed, and what they put to the government undecided.
CULTURE_JOINT_MEETING = (
    "剧本娱乐经营场所联合执法会商纪要\n"
    "    10月15日,市文化市场综合执法支队与市公安局治安支队、市消防救援支队在支队会议室会商剧本娱乐经营场所"
    "监管问题。支队副支队长主持。\n"
    "    会议通报:今年以来三部门共检查剧本娱乐场所64家次,立案11起,其中内容含有禁止情形的4起、消防通道堵塞的"
    "5起、涉嫌容留未成年人的2起。\n"
    "    会议议定:一、明年一季度开展一次联合检查;二、执法中发现属于对方职责的,三日内书面移送。\n"
    "    会议对以下问题未形成一致意见:未备案经营的场所是由文化部门先行立案,还是先由公安部门核查;"
    "对剧本内容的审核是否委托第三方。拟提请市政府分管领导召集研究后再定。\n"
    "出席:市文化市场综合执法支队、市公安局治安支队、市消防救援支队\n"
    "市文化市场综合执法支队(代章)\n"
)

# Third round (before the rules that read them): a request on how a kind of case should be handled that tells
# one open case as its example, with the courses it puts up and its preference: the request's matter is the
# standard.
INSPECTION_BEAUTY_REQUEST = (
    "关于生活美容场所超范围开展医疗美容行为处理尺度的请示\n"
    "市卫生健康委员会:\n"
    "    近年来,生活美容场所超范围开展注射类项目的问题屡禁不止,今年我局共立案查处此类行为19起。"
    "对其中“无证行医”还是“超范围经营”的定性,各执法科室掌握的尺度不一。\n"
    "    例如,城北一家美容工作室为顾客注射玻尿酸一案,我局已制作询问笔录,调取了进货票据,目前仍在调查,"
    "当事人坚持称所用产品为“化妆品”。\n"
    "    对此类行为的处理,我局研究了两种意见:\n"
    "    第一种意见:凡实施注射的,一律按非法行医立案,没收药品器械并处罚款;\n"
    "    第二种意见:首次发现且未造成损害后果的,责令停止并予警告,再次发现的按非法行医处理。\n"
    "    我局倾向于第二种意见。妥否,请批示。\n"
    "市卫生健康综合监督执法局\n"
    "2026年9月3日\n"
)

FISHERIES_ELECTRIC_REQUEST = (
    "关于电鱼行为移送标准的请示\n"
    "县农业农村局:\n"
    "    今年以来,大队查处电鱼行为41起,其中渔获物不足5公斤的占八成。对达不到刑事立案标准的,"
    "是一律行政处罚还是视情移送公安机关,大队内部意见不一。\n"
    "    如7月在白沙河查获的电鱼一案,当事人系初犯,渔获物仅2公斤,大队已扣押电鱼器具,询问笔录已做,"
    "是否移送正在研究。\n"
    "    大队提出两个方案:方案一,使用电鱼器具的一律移送公安机关;方案二,渔获物5公斤以下且为初犯的,"
    "由大队依法处罚,其余移送。大队倾向于方案二。\n"
    "    妥否,请批示。\n"
    "县农业综合行政执法大队\n"
    "2026年8月20日\n"
)

DELIBERATION = {
    "INSURANCE_POLICY_REQUEST": INSURANCE_POLICY_REQUEST,
    "BRIGADE_HANDLING_MEETING": BRIGADE_HANDLING_MEETING,
    "INSPECTION_REFERRAL_CONSULTATION": INSPECTION_REFERRAL_CONSULTATION,
    "VEHICLE_OFFICE_TOUT_PROPOSAL": VEHICLE_OFFICE_TOUT_PROPOSAL,
    "FISHERIES_STANDARD_REQUEST": FISHERIES_STANDARD_REQUEST,
    "ENVIRONMENT_DIFFICULTY_REPORT": ENVIRONMENT_DIFFICULTY_REPORT,
    "CULTURE_JOINT_MEETING": CULTURE_JOINT_MEETING,
    "INSPECTION_BEAUTY_REQUEST": INSPECTION_BEAUTY_REQUEST,
    "FISHERIES_ELECTRIC_REQUEST": FISHERIES_ELECTRIC_REQUEST,
}

# ---------------------------------------------------- one paragraph of a public paper on a named staff member

# A special-education school's term summary; one paragraph tells what a named night warden was made to bear.
SCHOOL_TERM_SUMMARY = (
    "青岚县特殊教育学校2026年秋季学期工作总结\n"
    "    一、教育教学。本学期在校学生86人,送教上门学生23人,开设康复训练课程12门,完成个别化教育计划86份。\n"
    "    二、安全管理。全学期开展应急疏散演练3次,食堂食品留样全部合格。生活老师徐某某本学期两次夜班没有到岗,"
    "学校让她写了书面检查,下学期不再安排她带夜班,年底不参加评先。\n"
    "    三、家校合作。召开家长会2次,家访126人次,家长满意率97%。\n"
    "青岚县特殊教育学校\n"
    "2027年1月15日\n"
)
SCHOOL_TERM_SUMMARY_GONE = ["徐某某", "书面检查"]
SCHOOL_TERM_SUMMARY_KEPT = ["在校学生86人", "家长满意率97%"]

# A survey team's monthly bulletin; one item tells how a named surveyor was moved and paid less.
SURVEY_MONTHLY_BULLETIN = (
    "国家统计局青岚县调查队2026年10月工作动态\n"
    "    一、住户调查。完成120户记账户10月账页的审核录入,记账户月度收支数据按时报送市队。\n"
    "    二、农业调查。完成秋粮实割实测样本32个,平均亩产较上年增长2.1%。\n"
    "    三、数据质量。住户调查组赵某某10月份记账户数据多次录入差错,队里已让其改做资料整理工作,"
    "不再负责记账审核,本季度奖金按七成发放。\n"
    "    四、价格调查。采集价格数据4860个,居民消费价格同比上涨0.4%。\n"
)
SURVEY_MONTHLY_BULLETIN_GONE = ["赵某某", "七成"]
SURVEY_MONTHLY_BULLETIN_KEPT = ["平均亩产较上年增长2.1%", "同比上涨0.4%"]

SEVERABLE = {
    "SCHOOL_TERM_SUMMARY": SCHOOL_TERM_SUMMARY,
    "SURVEY_MONTHLY_BULLETIN": SURVEY_MONTHLY_BULLETIN,
}

# ------------------------------------------------------------------ public twins

# The survey team's internal-control rule, published with its notice.
SURVEY_CONTROL_RULE = (
    "关于印发《国家统计局青岚县调查队内部控制管理办法》的通知\n"
    "各调查组、综合办:\n"
    "    《国家统计局青岚县调查队内部控制管理办法》已经队务会审议通过,现印发给你们,请认真遵照执行。\n"
    "国家统计局青岚县调查队\n"
    "2026年12月10日\n"
    "国家统计局青岚县调查队内部控制管理办法\n"
    "第一章 总则\n"
    "    第一条 为规范本队经济活动和业务活动,防范廉政风险,"
    "根据《行政事业单位内部控制规范(试行)》,制定本办法。\n"
    "    第二条 本办法适用于本队各调查组和综合办。\n"
    "第二章 预算和收支控制\n"
    "    第五条 预算编制、审批、执行和决算分岗设置,不得由一人办理经济业务的全过程。\n"
    "    第六条 一次性支出5000元以上的,须经队务会集体研究。\n"
    "第三章 采购和资产控制\n"
    "    第九条 政府采购实行需求提出、采购实施和验收三分离。\n"
    "    第十条 公务用车实行定点维修、定点加油,车辆使用情况每季度在队内通报。\n"
    "第四章 附则\n"
    "    第十五条 本办法自印发之日起施行。\n"
)

# The special-education school's recruitment notice.
SCHOOL_RECRUITMENT_NOTICE = (
    "青岚县特殊教育学校2027年公开招聘教师公告\n"
    "    根据《事业单位公开招聘人员暂行规定》,经县人力资源和社会保障局同意,我校面向社会公开招聘教师4名。"
    "现将有关事项公告如下:\n"
    "    一、招聘岗位:培智教育教师2名、康复训练教师1名、生活指导教师1名。\n"
    "    二、报名条件:具有全日制本科及以上学历,特殊教育、康复治疗等相关专业,年龄35周岁以下。\n"
    "    三、招聘程序:报名、资格审查、笔试、面试、体检、考察、公示。笔试和面试成绩按5:5合成总成绩,"
    "按总成绩从高到低确定体检人选。\n"
    "    四、报名时间和方式:2027年3月1日至3月7日,登录县人社局网站报名。\n"
    "    咨询电话:0736-5123408。\n"
    "青岚县特殊教育学校\n"
    "2027年2月20日\n"
)

# The emergency bureau's penalty publicity of a closed case.
EMERGENCY_PENALTY_PUBLICITY = (
    "青岚县应急管理局行政处罚信息公示\n"
    "    行政处罚决定书文号:青应急罚〔2026〕17号\n"
    "    被处罚单位:青岚县鑫达五金制品厂\n"
    "    统一社会信用代码:91430726MA4R8K2X3P\n"
    "    法定代表人:廖某某\n"
    "    违法事实:该厂未按规定配备专职安全生产管理人员,经责令限期改正,逾期未改正。\n"
    "    处罚依据:《中华人民共和国安全生产法》第九十七条。\n"
    "    处罚内容:罚款人民币1万元。\n"
    "    处罚机关:青岚县应急管理局\n"
    "    处罚日期:2026年9月12日\n"
    "    罚款已于2026年9月20日缴纳,该案已结案。\n"
)

# The medical-insurance bureau's notice putting the draft list to the public for comment.
INSURANCE_COMMENT_NOTICE = (
    "关于公开征求《医疗保障领域轻微违法行为不予行政处罚清单(征求意见稿)》意见的公告\n"
    "    为推进包容审慎监管,我局起草了《医疗保障领域轻微违法行为不予行政处罚清单(征求意见稿)》,"
    "现向社会公开征求意见。\n"
    "    一、征求意见时间:2026年12月1日至12月30日。\n"
    "    二、主要内容:对定点医药机构首次发生、涉及金额在2000元以下并在规定期限内主动退回医保基金的"
    "串换项目、超标准收费等行为,不予行政处罚,由医保部门约谈并督促整改。\n"
    "    三、意见反馈方式:电子邮件发送至ybjjjg@example.gov.cn,或邮寄至市医疗保障局基金监管科。\n"
    "    附件:医疗保障领域轻微违法行为不予行政处罚清单(征求意见稿)\n"
    "市医疗保障局\n"
    "2026年11月30日\n"
)

TWINS = {
    "SURVEY_CONTROL_RULE": SURVEY_CONTROL_RULE,
    "SCHOOL_RECRUITMENT_NOTICE": SCHOOL_RECRUITMENT_NOTICE,
    "EMERGENCY_PENALTY_PUBLICITY": EMERGENCY_PENALTY_PUBLICITY,
    "INSURANCE_COMMENT_NOTICE": INSURANCE_COMMENT_NOTICE,
}
