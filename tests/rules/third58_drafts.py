"""third58 (session 23): blind drafts of a third party's personal or business data given as items of a
public paper — a firm's purchase prices, buyers, costs or debts in one item of a summary or a result
notice, each applicant's declared takings in a subsidy's review results, a household's illness and debts
in a programme report, applicants' illnesses, incomes and credit records in a vetting result, a
complainant's phone, address and family troubles in a complaints report — and papers whose matter the
data is.

Written before the rules, in my own words, in offices no tuning part speaks for.
Cut (删减后公开, 第十五条、第三十七条: each item's data goes, the rest is published):
- 市兽药饲料监察所: a year summary; one item tells a feed mill's purchase prices, cost and buyers read
  from its books at a sampling visit;
- 县油茶产业发展中心: a notice of a processing subsidy's review results; each processor's declared takings,
  purchase cost and margin stand beside its amount;
- 县家畜改良站: a half-year report; one item tells a farmer's illness, his wife's and his debts;
- 市养老服务指导中心: a bulletin of spot checks; one private home's takings, its carers' pay and its
  unpaid rent;
- 市粮油质量检测站: a report to the grain bureau; one company's purchase price, stock and buyers told to
  the samplers;
- 县蔬菜技术推广站: a notice of greenhouse-aid applicants' vetting; named applicants' illness, disability,
  family income and overdue loan;
- 县中药材产业发展中心: a half-year report on complaints; a complainant's phone and address, her husband's
  illness and debts;
- 县散装水泥办公室: a year report; one mixing plant's cost per cubic metre, selling price and what the
  developers owe it.
Withheld whole (不予公开): the 市文物保护中心's letter handing a restorer's mortar formula to the experts;
the 家畜改良站's check of one farmer's means; the 散装水泥办公室's note on one plant's debts and cash.
Twins that stay public (published by rule): the 油茶 subsidy's 公示 with the columns its rules require, a
grain sampling result notice, an elderly homes' grading result notice, a feed office's aggregate
statistics.
"""

from __future__ import annotations

# ------------------------------------------------------------------ cut: a third party's data as items

# A feed inspection office's year summary; one item gives a feed mill's purchase prices, cost and buyers.
FEED_SUMMARY = (
    "市兽药饲料监察所2026年工作总结\n"
    "\n"
    "    2026年，我所紧紧围绕兽药饲料质量安全监管目标，较好完成了全年各项工作任务。现总结如下。\n"
    "    一、监督抽检。全年抽检饲料样品412批次、兽药样品286批次，合格率分别为98.3%和97.6%，"
    "对不合格产品全部依法移交处理。\n"
    "    二、饲料企业帮扶。在对丰谷饲料有限公司开展监督抽检时，检查人员核对了其购销台账：该公司今年"
    "1至9月玉米原料平均采购价每吨2380元，豆粕每吨3960元，猪配合饲料出厂综合成本每吨3120元，"
    "约六成产品销往县内三家规模猪场，其中温氏合作场一家就占三成。我所指导企业完善了原料验收制度。\n"
    "    三、能力建设。完成实验室资质认定复评审，新增检测参数23项，组织技术培训6期、180人次。\n"
    "    四、2027年工作打算。扩大饲料中违禁添加物筛查范围，推进兽药追溯体系建设。\n"
    "\n"
    "市兽药饲料监察所\n"
    "2027年1月8日"
)
FEED_SUMMARY_GONE = ["每吨2380元", "每吨3960元", "每吨3120元", "占三成"]
FEED_SUMMARY_KEPT = ["412批次", "新增检测参数23项"]

# A tea-oil centre's notice of a processing subsidy's review results: each processor's declared figures.
OILTEA_RESULT = (
    "县油茶产业发展中心关于2026年度油茶精深加工奖补资金审核结果的通报\n"
    "\n"
    "各乡镇农业服务中心，各油茶加工企业：\n"
    "    根据《县油茶产业高质量发展奖补办法》，我中心会同县财政局对申报2026年度油茶精深加工奖补的"
    "企业进行了审核。现将审核结果通报如下。\n"
    "    一、总体情况。共有9家企业申报，经材料审查和实地核验，7家符合条件，核定奖补资金共186万元。\n"
    "    二、审核结果。\n"
    "    1.青溪山茶油有限公司：申报年加工鲜果8600吨，申报销售收入5420万元，鲜果收购成本每公斤4.1元，"
    "毛利率21%，核定奖补48万元；\n"
    "    2.金岭粮油加工厂：申报年加工鲜果2300吨，申报销售收入1160万元，鲜果收购成本每公斤3.8元，"
    "尚欠农户鲜果款86万元，核定奖补12万元。\n"
    "    （其余5家企业审核结果见附件）\n"
    "    三、有关要求。奖补资金将在通报印发后20个工作日内拨付，企业须专款用于设备更新和品牌建设。\n"
    "\n"
    "附件：2026年度油茶精深加工奖补审核结果明细表\n"
    "\n"
    "县油茶产业发展中心\n"
    "2026年12月10日"
)
OILTEA_RESULT_GONE = ["5420万元", "每公斤4.1元", "毛利率21%", "1160万元", "鲜果款86万元"]
OILTEA_RESULT_KEPT = ["核定奖补资金共186万元", "7家符合条件"]

# A livestock breeding station's half-year report; one item tells a farmer's illness and debts.
LIVESTOCK_REPORT = (
    "县家畜改良站2026年上半年工作情况报告\n"
    "\n"
    "县农业农村局：\n"
    "    现将我站2026年上半年工作情况报告如下。\n"
    "    一、良种繁育。上半年完成肉牛冷配1.36万头，受胎率72.4%；发放优质种公羊86只，覆盖14个村。\n"
    "    二、脱贫户养殖帮扶。为37户脱贫户提供能繁母牛托管服务。坝口村养殖户蒙某顺去年确诊胃癌，"
    "做过两次化疗，妻子常年卧床，家中现欠信用社贷款6万元、欠亲戚4万元，托管分红是他家现在主要的"
    "收入来源。\n"
    "    三、疫病防控。配合完成春季重大动物疫病集中免疫，免疫牛羊4.2万头（只）。\n"
    "    四、下半年打算。推进肉牛品种改良整村示范，做好秋季配种服务。\n"
    "\n"
    "县家畜改良站\n"
    "2026年7月10日"
)
LIVESTOCK_REPORT_GONE = ["胃癌", "常年卧床", "贷款6万元"]
LIVESTOCK_REPORT_KEPT = ["1.36万头", "72.4%"]

# An elderly-care guidance centre's bulletin of spot checks; one private home's takings, pay and rent.
ELDERLY_BULLETIN = (
    "市养老服务指导中心关于2026年第三季度养老机构服务质量抽查情况的通报\n"
    "\n"
    "各区民政局，各养老机构：\n"
    "    8月至9月，我中心对全市32家养老机构开展了服务质量抽查。现将有关情况通报如下。\n"
    "    一、总体情况。抽查的32家机构中，服务质量达标的27家，限期整改的5家，主要问题为护理记录不全、"
    "消防通道堆放杂物、膳食公示不及时。\n"
    "    二、个别机构情况。民办福寿康老年公寓收住老人64名，每月收取护理费和床位费合计约21万元，"
    "护理员月工资仅2600元，流失严重；该公寓已拖欠房东租金九个月共38万元，资金周转困难。\n"
    "    三、工作要求。各机构要对照抽查问题认真整改，各区民政局要加强日常指导。\n"
    "\n"
    "市养老服务指导中心\n"
    "2026年10月16日"
)
ELDERLY_BULLETIN_GONE = ["约21万元", "2600元", "38万元"]
ELDERLY_BULLETIN_KEPT = ["32家", "达标的27家"]

# A grain quality station's report to the grain bureau; one company's price, stock and buyers.
GRAIN_REPORT = (
    "关于2026年秋粮收购质量监测工作情况的报告\n"
    "\n"
    "市粮食和物资储备局：\n"
    "    按照局里部署，我站于10月至11月开展秋粮收购质量监测。现将有关情况报告如下。\n"
    "    一、监测总体情况。共扦取稻谷样品168份，一等至三等稻谷占91.7%，较上年提高2.3个百分点；"
    "重金属和真菌毒素指标均未超标。\n"
    "    二、收购企业情况。监测人员到禾丰粮油购销有限公司扦样时，该公司负责人介绍，今年中晚籼稻"
    "收购均价每斤1.36元，比国家最低收购价高出5分钱，现有库存稻谷1.8万吨，大部分已预售给省外两家"
    "米业公司，其中一家订单占到七成。\n"
    "    三、下步工作。继续做好收购进度和质量跟踪，及时发布质量监测信息。\n"
    "\n"
    "市粮油质量检测站\n"
    "2026年11月28日"
)
GRAIN_REPORT_GONE = ["每斤1.36元", "1.8万吨", "占到七成"]
GRAIN_REPORT_KEPT = ["168份", "91.7%"]

# A vegetable station's notice of the vetting of greenhouse-aid applicants: each one's private details.
VEG_NOTICE = (
    "县蔬菜技术推广站关于2026年设施蔬菜大棚建设补助申请人审核结果的通知\n"
    "\n"
    "各乡镇农业服务中心：\n"
    "    根据《县设施蔬菜产业发展扶持办法》，我站对各乡镇报送的设施大棚建设补助申请进行了审核。现将"
    "审核结果通知如下。\n"
    "    一、审核结果。共受理申请58户，审核通过49户，需补充材料的5户，不予通过的4户，审核结果明细见"
    "附件。\n"
    "    二、个别申请人情况。\n"
    "    1.河湾镇申请人蓝某某，本人系肢体三级残疾人，其妻患尿毒症每周透析两次，按照扶持困难群众"
    "的规定予以优先安排。\n"
    "    2.石桥乡申请人樊某某，征信记录显示其名下一笔5.2万元个人贷款逾期未还，暂缓通过，结清后可"
    "重新申请。\n"
    "    3.城关镇申请人甘某某，申报家庭月收入2800元，建棚资金12万元全部向亲友借款，通过审核，请所在镇"
    "做好风险提示。\n"
    "    三、工作要求。请各乡镇于12月20日前通知申请人，组织通过审核的农户开工建设。\n"
    "\n"
    "附件：设施蔬菜大棚建设补助申请人审核结果明细表\n"
    "\n"
    "县蔬菜技术推广站\n"
    "2026年12月5日"
)
VEG_NOTICE_GONE = ["肢体三级残疾人", "尿毒症", "5.2万元个人贷款逾期", "家庭月收入2800元"]
VEG_NOTICE_KEPT = ["共受理申请58户", "审核通过49户"]

# A medicinal-herbs centre's half-year report on complaints; a complainant's contacts and family troubles.
HERB_REPORT = (
    "县中药材产业发展中心关于2026年上半年种苗质量投诉处理情况的报告\n"
    "\n"
    "县农业农村局：\n"
    "    现将我中心2026年上半年受理的中药材种苗质量投诉处理情况报告如下。\n"
    "    一、总体情况。上半年共受理投诉21件，办结20件，办结率95.2%；其中反映种苗成活率低的12件，"
    "反映品种不纯的6件，其他3件。\n"
    "    二、典型投诉。3月14日，黄坪村种植户詹某某（电话158****3306，住黄坪村五组）来访反映，从外地"
    "苗商处购买的黄精种苗大面积烂根。詹某某说其丈夫去年查出肝癌，家里为治病已欠下外债十几万元，"
    "这批种苗是借钱买的。经现场核查属实，我中心协调苗商赔付了种苗款。\n"
    "    三、下步工作。加强种苗市场巡查，编印种苗选购指南。\n"
    "\n"
    "县中药材产业发展中心\n"
    "2026年7月6日"
)
HERB_REPORT_GONE = ["158****3306", "肝癌", "外债十几万元"]
HERB_REPORT_KEPT = ["共受理投诉21件", "办结率95.2%"]

# A bulk cement office's year report; one mixing plant's cost, price and what developers owe it.
CEMENT_REPORT = (
    "县散装水泥办公室2026年工作报告\n"
    "\n"
    "县住房和城乡建设局：\n"
    "    现将我办2026年工作情况报告如下。\n"
    "    一、散装水泥推广。全年全县散装水泥供应量68.4万吨，散装率达到82.1%，预拌混凝土使用量"
    "126万立方米。\n"
    "    二、预拌混凝土企业运行。年中走访时，宏基混凝土有限公司反映，其C30混凝土单方综合成本已升至"
    "每立方米318元，而对外售价只有每立方米335元，三家房地产开发企业合计拖欠其货款2340万元，企业已"
    "向银行续贷两次。\n"
    "    三、绿色生产。督促8家搅拌站完成粉尘在线监测设施安装，完成废水回收改造3家。\n"
    "    四、2027年打算。推进预拌砂浆推广应用，做好搅拌站绿色生产评价。\n"
    "\n"
    "县散装水泥办公室\n"
    "2026年12月28日"
)
CEMENT_REPORT_GONE = ["每立方米318元", "每立方米335元", "2340万元"]
CEMENT_REPORT_KEPT = ["68.4万吨", "82.1%"]

# -------------------------------------------------------- withheld: the third party's data is the matter

# A relics conservation centre's letter handing a restoration firm's mortar formula to the experts.
RELIC_FORMULA_LETTER = (
    "关于请审查古韵文物修复有限公司灰浆配方技术资料的函\n"
    "\n"
    "钟某某、阎某某、牟某某专家：\n"
    "    古韵文物修复有限公司申请以其自主研制的传统灰浆用于城隍庙大殿墙体加固。现将该公司提交的"
    "技术资料转去，请于11月30日前提出书面审查意见。\n"
    "    一、灰浆配方：熟石灰62%，糯米浆8%，细河砂24%，桐油3%，其余为麻刀和添加剂，糯米浆按每升水"
    "加糯米粉55克熬制。\n"
    "    二、施工工艺：分三层抹压，每层间隔48小时，养护期内环境湿度保持在75%以上。\n"
    "    三、试块检测：28天抗压强度2.6兆帕，与原墙体灰浆的相容性试验结果见附表。\n"
    "    该配方该公司尚未申请专利，审查中请勿复制、外传，审查结束后资料随意见一并退回。\n"
    "\n"
    "市文物保护中心\n"
    "2026年11月12日"
)

# A breeding station's check of one farmer's means, applying for the herd trusteeship.
LIVESTOCK_CHECK = (
    "关于坝口村蒙某顺申请能繁母牛托管帮扶的核实情况\n"
    "\n"
    "县农业农村局：\n"
    "    坝口村养殖户蒙某顺申请参加能繁母牛托管帮扶。我站会同村委会入户核实，情况如下：\n"
    "    蒙某顺，61岁，2025年确诊胃癌，已做两次化疗，每月自付药费约1200元。妻子常年卧床，儿子在外"
    "打零工，月收入约2500元。家中养牛3头，去年养殖收入约9000元，欠信用社贷款6万元、欠亲戚4万元。\n"
    "    经核实，蒙某顺家庭情况属实，符合托管帮扶条件，拟列入第二批托管对象。\n"
    "\n"
    "县家畜改良站\n"
    "2026年4月15日"
)

# A bulk cement office's note to its superior on one mixing plant's debts and cash.
CEMENT_PLANT_NOTE = (
    "关于宏基混凝土有限公司经营困难情况的说明\n"
    "\n"
    "县住房和城乡建设局：\n"
    "    宏基混凝土有限公司是我县产能最大的预拌混凝土企业。据该公司财务负责人介绍，截至11月底，三家"
    "房地产开发企业共拖欠其货款2340万元，该公司欠水泥供应商货款1560万元、银行流动资金贷款3000万元，"
    "账上可用资金不足80万元，今年前11个月亏损约420万元。该公司正与一家国有建材企业洽谈股权合作。"
    "我办将继续跟踪，督促其保障在建项目混凝土供应。\n"
    "    特此说明。\n"
    "\n"
    "县散装水泥办公室\n"
    "2026年12月3日"
)

# ---------------------------------------------------------------- twins: the same kind of data, published

# A subsidy's 公示 with the columns its rules require: the grower, the area, the amount.
OILTEA_SUBSIDY_PUBLICITY = (
    "县油茶产业发展中心关于2026年新造油茶林补助对象的公示\n"
    "\n"
    "    根据《县油茶产业高质量发展奖补办法》，经农户申报、乡镇初验、县级复核，现将2026年新造油茶林"
    "补助对象公示如下：\n"
    "    1.青溪镇上岭村蓝某某，新造油茶林32亩，补助金额1.6万元；\n"
    "    2.青溪镇下岭村甘某某，新造油茶林18亩，补助金额0.9万元；\n"
    "    3.金岭乡金岭村樊某某，新造油茶林45亩，补助金额2.25万元。\n"
    "    公示期为2026年12月1日至12月7日。对公示对象有异议的，请在公示期内向县油茶产业发展中心反映，"
    "联系电话：0793-6253318。\n"
    "\n"
    "县油茶产业发展中心\n"
    "2026年11月30日"
)

# A grain sampling result notice: the firm, the sample and the result, published by rule.
GRAIN_SAMPLING_NOTICE = (
    "市粮油质量检测站关于2026年第三季度成品粮油质量抽检结果的公告\n"
    "\n"
    "    根据年度粮油质量监测计划，我站对全市成品粮油开展了质量抽检。现将抽检结果公告如下：\n"
    "    一、共抽检大米、小麦粉、食用植物油样品96批次，合格94批次，合格率97.9%。\n"
    "    二、不合格产品：禾丰粮油购销有限公司生产的“禾丰香”牌大米（生产日期2026年7月3日），黄粒米"
    "含量超标；金岭粮油加工厂生产的压榨茶油（生产日期2026年6月18日），酸价超标。\n"
    "    三、对不合格产品，已通报属地市场监管部门依法处置。\n"
    "    特此公告。\n"
    "\n"
    "市粮油质量检测站\n"
    "2026年10月20日"
)

# An elderly homes' grading result notice: each home, its beds and its grade, published by rule.
ELDERLY_GRADE_NOTICE = (
    "市养老服务指导中心关于2026年度养老机构等级评定结果的公告\n"
    "\n"
    "    根据《养老机构等级划分与评定》国家标准和我市实施办法，经机构申请、现场评定和公示，现将"
    "2026年度养老机构等级评定结果公告如下：\n"
    "    1.市社会福利院，床位420张，评定为四级养老机构；\n"
    "    2.福寿康老年公寓，床位90张，评定为二级养老机构；\n"
    "    3.安和颐养中心，床位156张，评定为三级养老机构。\n"
    "    等级评定结果有效期为三年。\n"
    "    特此公告。\n"
    "\n"
    "市养老服务指导中心\n"
    "2026年12月18日"
)

# A feed office's aggregate statistics of the trade: no firm's own figures.
FEED_STATISTICS = (
    "2026年全市饲料工业生产情况统计\n"
    "\n"
    "    2026年，全市共有取得生产许可证的饲料生产企业46家，全年生产饲料总产量128.6万吨，同比增长"
    "4.2%。其中配合饲料112.3万吨，浓缩饲料9.8万吨，添加剂预混合饲料6.5万吨。从品种看，猪饲料占"
    "58.7%，禽饲料占29.4%，水产饲料占8.1%。年产10万吨以上的企业4家，合计产量占全市的41.2%。\n"
    "\n"
    "市兽药饲料监察所\n"
    "2027年1月25日"
)
