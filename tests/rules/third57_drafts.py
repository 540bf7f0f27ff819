"""third57 (session 22): blind drafts of third parties' data that an agency holds, told without the
tell-tale words (no 未经审计, no 要求保密): a firm's output, costs, margins and customers told to the agency
in a review, subsidy, acceptance or complaint file; a complainant named; a person's illness and means.

Written before the rules, in my own words, in offices no tuning part speaks for.
Cut (删减后公开):
- 市标准化研究院: a year summary with the figures a food firm gave for a group standard;
- 县蜂业发展中心: a report with a cooperative's prices, margin and buyer from its subsidy file;
- 市新型墙体材料革新办公室: an acceptance bulletin with one brickworks' costs and debts;
- 县农村能源工作站: a half-year report with one household's illness and debts;
- 市旅游集散中心: a quarterly report with a partner agency's settlement discount and custom;
- 县热带作物技术推广站: a year summary naming the grower who complained;
- 市会计核算中心: a report on a payment sent to a supplier's closed account.
Withheld whole (不予公开): the 标准化研究院's letter handing a firm's formula and process to the
experts; the 旅游集散中心's note on one travel agency's arrears and cash; the 农村能源工作站's check of
one household's means for a subsidy.
Twins that stay public (published by rule): a bee subsidy's 公示 with each cooperative's hives and
amount, the list of recognised wall materials with each maker's capacity, a standards institute's
aggregate statistics, a procurement result with the price, a wall-materials office's penalty publicity.
Second round (written before the rules that read them): two replies to one person whose matter is another
person's illness or disability — the 农村能源工作站's 答复意见 to 韦某某 on her neighbour's paralysis, the
旅游集散中心's 答复意见书 to a tourist on a coach driver's medical check — withheld whole; and a 答复意见 that
only explains a rule, which is not.
"""

from __future__ import annotations

# ------------------------------------------------------------------ cut: a third party's data in one passage

# A standards institute's year summary; one item gives what a food firm told the drafting group of its own
# output, cost and buyers.
STANDARDS_SUMMARY = (
    "市标准化研究院2026年工作总结\n"
    "\n"
    "    2026年，我院围绕标准化服务产业发展，全年完成各项目标任务。现将全年工作总结如下。\n"
    "    一、标准研制。全年主导或参与制定国家标准2项、地方标准11项、团体标准17项，完成标准复审63项。\n"
    "    二、团体标准《预制菜肴冷链配送规范》起草情况。起草组赴起草单位调研时，鲜禾食品有限公司介绍，"
    "其中央厨房年产预制菜肴2.8万吨，冷链配送每吨成本约640元，毛利率在18%左右，销售额的七成来自"
    "三家连锁商超，其中最大一家占到四成。起草组据此确定了配送温度分段的技术指标。\n"
    "    三、标准化服务。为企业提供标准咨询服务420次，开展标准化培训8期，培训人员960人次。\n"
    "    四、2027年工作打算。加快推进预制菜、新能源装备等领域标准研制，提升标准信息服务平台功能。\n"
    "\n"
    "市标准化研究院\n"
    "2027年1月12日"
)
STANDARDS_SUMMARY_GONE = ["每吨成本约640元", "毛利率在18%左右", "占到四成"]
STANDARDS_SUMMARY_KEPT = ["团体标准17项", "完成标准复审63项"]

# A bee-keeping centre's report to the county agriculture bureau; one item tells a cooperative's prices,
# margin and buyer from the papers it handed in for a subsidy.
BEE_INDUSTRY_REPORT = (
    "关于全县蜂产业发展情况的报告\n"
    "\n"
    "县农业农村局：\n"
    "    根据局党组安排，我中心对全县蜂产业发展情况进行了梳理，现报告如下。\n"
    "    一、基本情况。全县现有养蜂户1380户，蜂群6.2万群，2026年产蜂蜜2140吨、蜂王浆36吨，蜂产业产值"
    "1.9亿元，带动脱贫户412户增收。\n"
    "    二、龙头合作社带动情况。百花岭养蜂专业合作社在申报产业奖补时提交的材料显示，该社今年按每公斤"
    "26元向社员收购原蜜，加工后以每公斤58元整批供给深圳一家蜂蜜出口商，扣除加工和运输费用后每公斤"
    "毛利约19元，这家出口商的订单占其全年销量的八成。\n"
    "    三、存在问题。蜜源植物种植规模偏小，蜂农老龄化明显，品牌影响力不足。\n"
    "    四、下一步打算。扩大蜜源林种植面积，争取创建省级蜂产品区域公用品牌。\n"
    "\n"
    "县蜂业发展中心\n"
    "2026年11月20日"
)
BEE_INDUSTRY_REPORT_GONE = ["每公斤26元", "每公斤58元", "毛利约19元"]
BEE_INDUSTRY_REPORT_KEPT = ["1380户", "2140吨"]

# A wall-materials office's bulletin on the acceptance of upgrade projects; one item is a brickworks' own
# costs and debts found in the acceptance.
WALL_ACCEPTANCE_BULLETIN = (
    "市新型墙体材料革新办公室关于2026年度新型墙材技改项目验收情况的通报\n"
    "\n"
    "各县（市、区）墙改办：\n"
    "    根据年度工作安排，我办于10月至11月组织专家对2026年度立项的9个新型墙材技改项目进行了验收，"
    "现将验收情况通报如下。\n"
    "    一、总体情况。9个项目中7个通过验收，2个限期整改；项目总投资2.36亿元，新增烧结保温砌块产能"
    "4.5亿块标砖。\n"
    "    二、关于青岗页岩砖厂项目。验收组查阅该厂账目发现，其新生产线每万块标砖综合成本为2860元，"
    "高于当地售价约300元，投产以来累计亏损410万元，欠付设备供应商货款680万元，工人工资已拖欠两个月。"
    "验收组要求其在明年3月前完成整改后申请复验。\n"
    "    三、工作要求。各地要加强对技改项目的跟踪服务，督促企业按期达产。\n"
    "\n"
    "市新型墙体材料革新办公室\n"
    "2026年12月5日"
)
WALL_ACCEPTANCE_BULLETIN_GONE = ["综合成本为2860元", "累计亏损410万元", "680万元"]
WALL_ACCEPTANCE_BULLETIN_KEPT = ["2.36亿元", "9个项目中7个通过验收"]

# A rural energy station's half-year report; one item tells one household's illness and debts.
RURAL_ENERGY_REPORT = (
    "县农村能源工作站2026年上半年工作情况报告\n"
    "\n"
    "县农业农村局：\n"
    "    现将我站2026年上半年工作情况报告如下。\n"
    "    一、户用沼气和清洁炉灶推广。上半年新建户用沼气池46口，推广节能炉灶1120台，完成秸秆成型燃料"
    "加工点建设3个。\n"
    "    二、户用光伏帮扶。为18户脱贫户安装户用光伏系统，户均装机5千瓦。其中白水村村民覃某某患肝硬化"
    "多年，去年两次住院花去医药费7万余元，其子在外打工收入不稳定，家里欠亲戚和信用社共11万元，"
    "光伏发电收入是他家主要的现金来源。\n"
    "    三、安全生产。组织开展沼气池安全检查2次，检查沼气池380口，整改隐患12处。\n"
    "    四、下半年工作。继续推进清洁能源进村入户，做好光伏设施运维服务。\n"
    "\n"
    "县农村能源工作站\n"
    "2026年7月8日"
)
RURAL_ENERGY_REPORT_GONE = ["肝硬化", "共11万元"]
RURAL_ENERGY_REPORT_KEPT = ["46口", "1120台"]

# A tourist distribution centre's quarterly report; one item gives a partner agency's settlement discount
# and how much of its custom the centre brings.
TOURIST_CENTRE_REPORT = (
    "市旅游集散中心2026年第三季度运营情况报告\n"
    "\n"
    "市文化广电和旅游局：\n"
    "    现将我中心2026年第三季度运营情况报告如下。\n"
    "    一、运营总体情况。第三季度共发出旅游专线班车4860班次，接送游客15.2万人次，同比增长12.6%；"
    "游客满意度测评为96.3分。\n"
    "    二、合作旅行社情况。与我中心合作的山海国际旅行社有限公司，线路门票按挂牌价的六二折与我中心结算，"
    "该社七至九月接待的散客中有55%来自我中心集散平台，其8月份还款后尚欠我中心结算款47万元。\n"
    "    三、存在问题。节假日高峰时段运力紧张，部分线路候车时间偏长。\n"
    "    四、下一步工作。增开周末夜游专线，完善线上购票系统。\n"
    "\n"
    "市旅游集散中心\n"
    "2026年10月9日"
)
TOURIST_CENTRE_REPORT_GONE = ["六二折", "55%来自", "47万元"]
TOURIST_CENTRE_REPORT_KEPT = ["4860班次", "96.3分"]

# A tropical-crops station's year summary; one item names the grower who complained of a nursery's seedlings.
TROPICAL_CROPS_SUMMARY = (
    "县热带作物技术推广站2026年工作总结\n"
    "\n"
    "    2026年，我站围绕芒果、澳洲坚果等特色热作产业，扎实开展技术推广和服务工作。\n"
    "    一、技术推广。举办芒果花果管理、坚果病虫害防治等培训班26期，培训果农2100人次；建设示范基地"
    "8个，面积3600亩。\n"
    "    二、种苗质量投诉处理。4月，那坡村果农黄某明到我站反映，其从县内一家苗圃购买的1200株芒果嫁接苗"
    "成活率不到三成。我站会同县农业综合行政执法大队现场核查，督促苗圃按合同补苗，黄某明对处理结果表示"
    "满意。\n"
    "    三、科技服务。派出科技特派员15人，开展田间指导180余次。\n"
    "    四、明年打算。加快良种苗木繁育基地建设，推广水肥一体化技术。\n"
    "\n"
    "县热带作物技术推广站\n"
    "2026年12月26日"
)
TROPICAL_CROPS_SUMMARY_GONE = ["黄某明"]
TROPICAL_CROPS_SUMMARY_KEPT = ["2100人次", "3600亩"]

# An accounting centre's quarterly report; one item gives a supplier's old and new bank accounts.
ACCOUNTING_CENTRE_REPORT = (
    "市会计核算中心关于2026年第三季度集中支付工作情况的报告\n"
    "\n"
    "市财政局：\n"
    "    现将我中心2026年第三季度国库集中支付工作情况报告如下。\n"
    "    一、支付总体情况。第三季度共审核支付单据2.86万笔，支付资金18.4亿元，退回不合规单据312笔。\n"
    "    二、一笔退汇情况。8月12日，代市园林局支付给江埠建材有限公司的货款186万元被银行退回，原因是"
    "该公司原开户行账户（中国农业银行江埠支行，账号13 5601 0104 0027 719）已于7月销户。经与该公司核实，"
    "已于8月15日改付至其新账户（中国工商银行城南支行，账号1207 0263 0920 0148 836）。\n"
    "    三、下一步工作。加强供应商账户信息变更的核对，防止类似退汇发生。\n"
    "\n"
    "市会计核算中心\n"
    "2026年10月10日"
)
ACCOUNTING_CENTRE_REPORT_GONE = ["0027 719", "0148 836"]
ACCOUNTING_CENTRE_REPORT_KEPT = ["2.86万笔", "18.4亿元"]

# -------------------------------------------------------- withheld: the third party's data is the matter

# A standards institute's letter handing one firm's formula and process file to the experts.
STANDARDS_FORMULA_LETTER = (
    "关于送请审查鲜禾食品有限公司企业标准技术资料的函\n"
    "\n"
    "陈某某、孙某某、何某某专家：\n"
    "    鲜禾食品有限公司申请将其《调理鸡排》企业标准纳入企业标准“领跑者”评估。现将该公司提交的技术"
    "资料送上，请于12月15日前提出审查意见。\n"
    "    一、产品配方：鸡胸肉78%，淀粉6.5%，大豆蛋白3.2%，复配腌制料2.8%（其中磷酸盐0.3%），其余为"
    "裹粉和冰水。\n"
    "    二、关键工艺：滚揉真空度-0.08兆帕、滚揉45分钟，速冻隧道温度-35℃，中心温度降至-18℃的时间"
    "控制在22分钟以内。\n"
    "    三、出厂检验数据：近三批产品菌落总数为每克1.2万至3.6万。\n"
    "    审查中请勿将上述资料复制或转给他人，审查结束后随审查意见一并交回。\n"
    "\n"
    "市标准化研究院\n"
    "2026年12月1日"
)

# A tourist distribution centre's note on one travel agency's arrears and failing cash.
TOURIST_AGENCY_NOTE = (
    "关于山海国际旅行社有限公司拖欠结算款情况的说明\n"
    "\n"
    "市文化广电和旅游局：\n"
    "    山海国际旅行社有限公司自去年起与我中心合作经营环湖一日游线路。截至9月底，该社尚欠我中心"
    "结算款47万元，8月以来已三次推迟还款。据该社总经理介绍，今年上半年该社营业收入1280万元，亏损"
    "96万元，另欠两家景区门票款约130万元，目前账上可用资金不足20万元，计划引入新股东注资300万元，"
    "正在谈判。我中心已暂停与该社的新线路合作，并将按合同约定追收欠款。\n"
    "    特此说明。\n"
    "\n"
    "市旅游集散中心\n"
    "2026年10月12日"
)

# A rural energy station's check report on one household's means, applying for a subsidy.
RURAL_ENERGY_CHECK = (
    "关于白水村村民覃某某申请户用光伏帮扶有关情况的核查报告\n"
    "\n"
    "县农业农村局：\n"
    "    白水村村民覃某某申请纳入户用光伏帮扶对象。我站会同白水村村委会入户核查，情况如下：\n"
    "    覃某某，58岁，患肝硬化多年，去年两次住院花去医药费7万余元，目前每月药费约900元。其妻无固定"
    "收入，其子在外打工，月收入约3000元且不稳定。家中耕地2.3亩，去年种植收入约4000元。家里欠亲戚和"
    "信用社共11万元。\n"
    "    经核查，覃某某家庭情况属实，符合帮扶条件，拟将其列入第二批帮扶对象。\n"
    "\n"
    "县农村能源工作站\n"
    "2026年5月20日"
)

# ---------------------------------------------------------------- twins: the same kind of data, published

# A bee subsidy's 公示: each cooperative's hives and amount, published by the subsidy's rules.
BEE_SUBSIDY_NOTICE = (
    "县蜂业发展中心关于2026年蜂产业发展奖补资金拟补助对象的公示\n"
    "\n"
    "    根据《县蜂产业发展奖补资金管理办法》，经申报、乡镇初审、我中心审核，现将2026年蜂产业发展奖补"
    "资金拟补助对象公示如下：\n"
    "    1.百花岭养蜂专业合作社，新增标准化蜂箱600箱，拟补助9万元；\n"
    "    2.石门坳蜂业专业合作社，新增标准化蜂箱320箱，拟补助4.8万元；\n"
    "    3.清水河家庭蜂场，新增标准化蜂箱150箱，拟补助2.25万元。\n"
    "    公示期为2026年11月1日至11月7日。如有异议，请在公示期内向县蜂业发展中心反映，联系电话："
    "0776-3825140。\n"
    "\n"
    "县蜂业发展中心\n"
    "2026年10月31日"
)

# The list of recognised wall materials with each maker's capacity, published by the recognition's rules.
WALL_RECOGNITION_NOTICE = (
    "市新型墙体材料革新办公室关于公布2026年第二批新型墙体材料产品认定结果的公告\n"
    "\n"
    "    根据《新型墙体材料产品认定管理办法》，经企业申报、专家评审和公示，现将2026年第二批新型墙体"
    "材料产品认定结果予以公布：\n"
    "    1.青岗页岩砖厂，烧结页岩多孔砖，年设计产能1.2亿块标砖，证书编号QX2026-021；\n"
    "    2.宏泰建材有限公司，蒸压加气混凝土砌块，年设计产能30万立方米，证书编号QX2026-022。\n"
    "    认定证书有效期为三年。\n"
    "    特此公告。\n"
    "\n"
    "市新型墙体材料革新办公室\n"
    "2026年9月18日"
)

# A standards institute's figures of the year: aggregates, no firm's own data.
STANDARDS_STATISTICS = (
    "2026年全市企业标准自我声明公开情况统计\n"
    "\n"
    "    2026年，全市共有1284家企业在企业标准信息公共服务平台自我声明公开标准4216项，同比增长9.8%，"
    "涉及产品9630种。其中，食品制造业企业公开标准612项，装备制造业企业公开标准1107项。全年开展企业"
    "标准随机抽查286项，发现不符合要求的31项，已全部督促整改。\n"
    "\n"
    "市标准化研究院\n"
    "2027年1月20日"
)

# A procurement result: the supplier and its price, published by law.
TOURIST_PROCUREMENT_RESULT = (
    "市旅游集散中心旅游专线客车租赁服务项目成交结果公告\n"
    "\n"
    "    一、项目编号：LYJS2026-014\n"
    "    二、项目名称：旅游专线客车租赁服务\n"
    "    三、成交信息：成交供应商：顺达旅游客运有限公司，地址：市滨湖区环湖路88号，成交金额：286.4万元"
    "（含税），单价：每车每日1180元。\n"
    "    四、评审专家名单：刘某某、钱某某、吴某某。\n"
    "    五、公告期限：自本公告发布之日起1个工作日。\n"
    "    六、联系方式：采购人：市旅游集散中心，联系电话：0771-5562013。\n"
)

# A penalty's publicity: the firm, the facts and the fine, published by the rules on penalties.
WALL_PENALTY_NOTICE = (
    "行政处罚信息公示\n"
    "\n"
    "    行政处罚决定书文号：墙改罚〔2026〕3号\n"
    "    被处罚单位：宏泰建材有限公司（统一社会信用代码：91450100MA5K8Q2X7N）\n"
    "    法定代表人：覃某\n"
    "    违法事实：该公司在城区禁止使用实心黏土砖的区域销售实心黏土砖4.6万块。\n"
    "    处罚依据：《市新型墙体材料发展应用条例》第二十一条。\n"
    "    处罚结果：没收违法所得1.38万元，罚款2万元。\n"
    "    作出处罚决定日期：2026年8月26日\n"
    "    处罚机关：市新型墙体材料革新办公室\n"
)

# ------------------------------------------- replies to one person on another's health (titled 答复意见)

# A rural energy station's reply to a villager who asked why her neighbour got the solar subsidy.
ENERGY_NEIGHBOUR_REPLY = (
    "县农村能源工作站关于韦某某来信反映问题的答复意见\n"
    "\n"
    "韦某某：\n"
    "    您于2026年6月3日寄来的信收悉。您在信中反映，同组村民覃某某“能下地干活、不符合光伏帮扶条件”。"
    "经我站会同村委会核查，现答复如下：\n"
    "    一、关于覃某某的身体状况。经查，覃某某2023年因脑出血导致右侧肢体偏瘫，持有县残联核发的肢体二级"
    "残疾人证，目前仅能拄拐在房前屋后走动，不能从事田间劳动。\n"
    "    二、关于帮扶对象的认定。覃某某系经本人申请、村委会评议、乡政府审核确定的帮扶对象，认定程序符合"
    "规定。\n"
    "    如您对本答复意见不服，可自收到之日起30日内向县农业农村局申请复查。\n"
    "\n"
    "县农村能源工作站\n"
    "2026年6月20日"
)

# A tourist centre's reply to a tourist who asked whether a coach driver is fit to drive.
TOURIST_DRIVER_REPLY = (
    "关于游客钱某某投诉事项的答复意见书\n"
    "\n"
    "钱某某先生：\n"
    "    您于2026年8月9日通过我中心服务热线反映，环湖专线驾驶员孙某某驾车途中多次急刹，怀疑其身体有病，"
    "要求核实。我中心调查后答复如下：\n"
    "    一、关于孙某某的身体状况。经调取其所在客运公司存档的年度体检材料，体检结论为患有高血压病（一级），"
    "目前服药控制，其余各项符合营运驾驶员身体条件。\n"
    "    二、关于急刹问题。经调取车载视频，当日两次急刹均因前车突然变道，驾驶员处置并无不当。\n"
    "    感谢您对我中心工作的监督。\n"
    "\n"
    "市旅游集散中心\n"
    "2026年8月16日"
)

# The twin: a reply to one person that explains a rule and tells no one's private matter (依申请公开).
ENERGY_RULE_REPLY = (
    "县农村能源工作站关于陆某某来信咨询问题的答复意见\n"
    "\n"
    "陆某某：\n"
    "    您于2026年6月5日来信咨询户用光伏帮扶的申请条件。现答复如下：\n"
    "    一、帮扶对象为脱贫户和监测对象中有劳动能力缺失或家庭收入不稳定的农户，由本人向村委会提出申请。\n"
    "    二、申请时需提交户口本复印件和屋顶产权证明，村委会评议后报乡政府审核。\n"
    "    如有疑问，可拨打我站电话0776-3826120咨询。\n"
    "\n"
    "县农村能源工作站\n"
    "2026年6月12日"
)
