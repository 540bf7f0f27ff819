"""third56 (session 21): blind drafts of third parties' data held by an agency, in offices no
tuning part speaks for.

Written before the rules, in my own words. Cut (删减后公开): a 邮政管理局's quarterly bulletin with
one courier firm's unpublished network costs; a 节约用水办公室's year summary with a brewery's
unpatented recycling process; a 供热管理办公室's season report with a heating firm's unaudited
costs, loss and loans; a 救助管理站's quarterly report with a named person's illness and family;
a 法律援助中心's half-year summary with an applicant's household illness and means; a 农作物种子管理站's
trial report with a seed firm's parent lines; a 特种设备检验研究院's year report with a lift maker's
unreleased model, customers and contract value; a 燃气管理处's subsidy report with each
household's identity number and bank account. Withheld whole (不予公开): a 救助管理站's note whose
matter is one person's illness, family and whereabouts; a 特种设备检验研究院's letter handing a
maker's design file to the experts; a 燃气管理处's reply to one resident about her neighbour's
illness and arrears; an 邮政管理局's note on a courier's complaint whose maker asked not to be
named, with a check still to be made under another pretext. Twins that must stay public
(published by rule): a subsidy's 公示 with names and amounts, a price hearing's notice with
the audited cost, a courier firm's penalty publicity, a water-efficiency leaders' list with
the firms' figures, and a station's aggregate statistics.
"""

from __future__ import annotations

# ------------------------------------------------------------------ cut: a third party's data in one passage

# A quarterly bulletin to the couriers; one passage gives a firm's own costs and its franchisees' losses
# that it handed over in the inquiry.
POSTAL_BULLETIN = (
    "市邮政管理局关于2026年第三季度快递服务质量情况的通报\n"
    "\n"
    "各快递企业本市分支机构：\n"
    "    2026年第三季度，全市快递业务量完成1.86亿件，同比增长14.2%；我局共受理消费者申诉2317件，"
    "有效申诉率为百万分之3.1，同比下降0.4个百分点。现将有关情况通报如下。\n"
    "    一、主要问题。一是未经用户同意放入快递柜、驿站的“虚假签收”问题占申诉总量的41.6%；二是延误问题"
    "占23.8%，集中在8月中下旬；三是丢失短少问题占12.1%。\n"
    "    二、关于8月部分网点停止派送的情况。8月中旬，澄远速递有限公司在我市城西片区的7个加盟网点先后停止"
    "派送，积压快件约3.2万件。经调查询问，该公司向我局说明：其本市末端单票派送成本为1.46元，总部自7月起"
    "将支付给加盟网点的派费由每票1.10元下调至0.82元，12个加盟网点中有7个连续两个月亏损，亏损最多的一个"
    "网点月亏损4.3万元。目前积压快件已全部派送完毕。\n"
    "    三、工作要求。各企业要严格落实《快递市场管理办法》，不得未经用户同意使用智能快件箱、快递服务站投递"
    "快件；要妥善处理总部与加盟网点之间的利益关系，防止因网点停摆影响用户。\n"
    "\n"
    "市邮政管理局\n"
    "2026年10月15日"
)
POSTAL_BULLETIN_GONE = ["末端单票派送成本为1.46元", "月亏损4.3万元"]
POSTAL_BULLETIN_KEPT = ["1.86亿件", "虚假签收"]

# A water-saving office's year summary; one passage gives a brewery's recycling process and its figures
# that the firm's own test report showed.
WATER_SAVING_SUMMARY = (
    "市节约用水办公室2026年工作总结\n"
    "\n"
    "    2026年，我办围绕国家节水型城市复查，扎实推进计划用水和定额管理，全年各项工作任务顺利完成。\n"
    "    一、计划用水管理。全年对412家非居民用水单位下达用水计划，计划用水覆盖率达到96%；对超计划用水的"
    "37家单位征收超计划累进加价水费218万元。\n"
    "    二、重点用水单位水平衡测试。全年督促23家重点用水单位开展水平衡测试。澄江啤酒有限公司提交的测试报告"
    "显示，其糖化车间吨酒取水量为3.9立方米，该公司对麦汁冷却水自行改造了两级回收流程，回收率达到62%，"
    "改造所用的换热器布置和回流温度控制方法均为该公司自行摸索，没有申请专利。\n"
    "    三、节水宣传。开展“节水进校园”“节水进社区”活动46场，发放宣传资料1.2万份。\n"
    "    四、明年打算。继续推进节水型单位、节水型小区创建，力争新创建节水型单位30家。\n"
    "\n"
    "市节约用水办公室\n"
    "2026年12月28日"
)
WATER_SAVING_SUMMARY_GONE = ["回收率达到62%", "吨酒取水量为3.9立方米"]
WATER_SAVING_SUMMARY_KEPT = ["412家", "218万元"]

# A heating office's season report to the city bureau; one passage is a heating firm's unaudited books.
HEATING_SEASON_REPORT = (
    "关于2025—2026年供暖季运行情况的报告\n"
    "\n"
    "市城市管理局：\n"
    "    2025—2026年供暖季已于3月20日结束。现将本供暖季运行情况报告如下。\n"
    "    一、总体情况。本供暖季全市集中供热面积达到4860万平方米，较上季增加210万平方米；供热期内室温"
    "达标率为98.7%，受理供热投诉1932件，办结率100%。\n"
    "    二、供热企业经营情况。北岸热力有限责任公司报来的未经审计的年度报表显示，该公司本季燃煤采购均价"
    "每吨812元，单位面积供热成本为每平方米28.6元，比核定价格高出3.1元，全季亏损2140万元；其向两家银行"
    "借入的1.2亿元流动资金将于明年3月到期，续贷尚未落实。\n"
    "    三、存在问题。部分老旧小区二次管网漏损严重，失水率偏高；个别换热站自动化水平低。\n"
    "    四、下一步工作。督促各供热企业在非供暖季完成管网改造68公里，6月底前完成换热站检修。\n"
    "    特此报告。\n"
    "\n"
    "市供热管理办公室\n"
    "2026年4月8日"
)
HEATING_SEASON_REPORT_GONE = ["每平方米28.6元", "全季亏损2140万元", "1.2亿元"]
HEATING_SEASON_REPORT_KEPT = ["4860万平方米", "98.7%"]

# A relief station's quarterly report to the civil affairs bureau; one passage tells a named person's illness
# and family.
RELIEF_STATION_REPORT = (
    "市救助管理站2026年第二季度救助工作情况报告\n"
    "\n"
    "市民政局：\n"
    "    现将我站2026年第二季度救助工作情况报告如下。\n"
    "    一、救助总体情况。第二季度共救助生活无着的流浪乞讨人员426人次，其中主动救助（街面巡查发现）187"
    "人次，护送返乡38人次，帮助寻亲成功21人；开展街面巡查156次，出动车辆312台次。\n"
    "    二、长期滞留人员安置。现有长期滞留人员14名，已有5名纳入特困供养，送至福利中心安置。其中受助人员"
    "龙某贵，男，约46岁，经市精神卫生中心诊断为精神分裂症，服药后病情稳定；据其回忆，原籍为邻省山区，"
    "妻子多年前已离家改嫁，两个儿子在外务工后与其失去联系，我站已通过公安人像比对找到其胞弟住址，正在联系。\n"
    "    三、下一步工作。继续做好高温时段街面巡查，配合公安机关做好寻亲工作。\n"
    "\n"
    "市救助管理站\n"
    "2026年7月6日"
)
RELIEF_STATION_REPORT_GONE = ["精神分裂症", "改嫁"]
RELIEF_STATION_REPORT_KEPT = ["426人次", "寻亲成功21人"]

# A legal aid centre's half-year summary; one passage tells an applicant's household illness and means.
LEGAL_AID_SUMMARY = (
    "县法律援助中心2026年上半年工作总结\n"
    "\n"
    "    今年以来，县法律援助中心认真落实《中华人民共和国法律援助法》，法律援助工作取得新进展。\n"
    "    一、基本情况。上半年共受理法律援助案件318件，其中民事案件196件、刑事案件109件、行政案件13件；"
    "解答法律咨询2416人次，为受援人挽回经济损失462万元。\n"
    "    二、农民工讨薪援助。受理农民工讨薪案件87件，涉及农民工412人。其中受援人韦某某在外地工地坠落"
    "致右腿胫骨骨折，其妻患尿毒症每周透析三次，家中两个孩子在读初中，家庭月收入不足1800元，名下唯一"
    "住房已抵押给村信用社。经我中心指派律师代理，已为其追回工资及赔偿款9.6万元。\n"
    "    三、队伍建设。组织法律援助律师培训2期，培训120人次；开展案件质量评查，评查案卷90件。\n"
    "    四、下半年打算。进一步扩大援助覆盖面，推进法律援助工作站向村（社区）延伸。\n"
    "\n"
    "县法律援助中心\n"
    "2026年7月10日"
)
LEGAL_AID_SUMMARY_GONE = ["尿毒症", "不足1800元", "抵押给村信用社"]
LEGAL_AID_SUMMARY_KEPT = ["318件", "462万元"]

# A seed station's report on a variety trial; one passage gives the breeder's parent lines and seed costs.
SEED_TRIAL_REPORT = (
    "县农作物种子管理站关于2026年玉米品种区域试验工作情况的报告\n"
    "\n"
    "县农业农村局：\n"
    "    按照省种子管理总站统一安排，我站承担了2026年玉米品种区域试验（中熟组）的试点任务，现将有关情况"
    "报告如下。\n"
    "    一、试验安排。试验设在城东镇试验基地，参试品种14个，随机区组排列，3次重复，小区面积20平方米，"
    "5月2日播种，9月24日收获。\n"
    "    二、试验结果。参试品种平均亩产682.4公斤，比对照品种增产5.1%；倒伏、病害情况总体较轻。\n"
    "    三、关于参试品种“禾丰698”。该品种由丰禾种业有限公司选育，据其报送的品种说明，母本为该公司"
    "自选系H127，父本为从外地引进的自交系改良而成，制种田每亩成本约1350元，亩产种子约420公斤，"
    "公司准备明年在省内扩大制种面积3000亩。\n"
    "    四、存在问题。试验期间7月下旬出现持续高温，部分品种授粉受到影响。\n"
    "\n"
    "县农作物种子管理站\n"
    "2026年10月12日"
)
SEED_TRIAL_REPORT_GONE = ["自选系H127", "每亩成本约1350元"]
SEED_TRIAL_REPORT_KEPT = ["682.4公斤", "14个"]

# An inspection institute's year report; one passage describes a lift maker's model not yet on the market,
# its first customers and the contract's value.
LIFT_INSTITUTE_REPORT = (
    "市特种设备检验研究院2026年度工作报告\n"
    "\n"
    "市市场监督管理局：\n"
    "    2026年，我院围绕特种设备安全监管中心工作，全面完成定期检验、监督检验等各项任务。现将全年工作"
    "报告如下。\n"
    "    一、检验检测工作。全年完成电梯定期检验3.12万台，锅炉、压力容器、起重机械等检验1.46万台（套），"
    "出具检验报告4.6万份，发现并督促整改隐患2870项。\n"
    "    二、新产品型式试验。受华升电梯有限公司委托，对其新开发的无机房电梯样机开展型式试验。该机型把曳引"
    "主机装在井道顶部导轨之间，采用双回路制动，实测制动距离比国家标准要求缩短40%，该机型还没有上市，"
    "首批签约的买方为江源置业和北辰物业两家，合同金额合计2160万元。\n"
    "    三、科研与标准化。参与制定地方标准2项，获得实用新型专利3件。\n"
    "    四、明年工作。推进电梯按需维保试点，提升检验信息化水平。\n"
    "\n"
    "市特种设备检验研究院\n"
    "2027年1月8日"
)
LIFT_INSTITUTE_REPORT_GONE = ["2160万元", "北辰物业"]
LIFT_INSTITUTE_REPORT_KEPT = ["3.12万台", "2870项"]

# A gas office's report on a subsidy paid, with an extract of the households' identity numbers and
# bank accounts.
GAS_SUBSIDY_REPORT = (
    "关于2026年老旧小区燃气管道改造入户补贴发放情况的报告\n"
    "\n"
    "市财政局：\n"
    "    根据《2026年城镇老旧小区燃气管道更新改造实施方案》，对完成户内燃气设施改造的居民，每户补贴"
    "户内管道及安全装置费用的50%，最高不超过800元。现将补贴发放情况报告如下。\n"
    "    一、发放情况。全市共有32个小区的4215户居民完成户内改造，经街道初审、燃气企业核对、我处复核，"
    "符合条件的4187户，补贴资金共计301.46万元，已于11月20日通过银行代发到户。\n"
    "    二、发放明细（摘录）：\n"
    "    青石街道文化巷小区　贺永年　身份证号430521195803127716"
    "　银行账号6217 0032 5510 8842 157　补贴金额800元\n"
    "    青石街道文化巷小区　鲁桂兰　身份证号430521196209085321"
    "　银行账号6217 0032 5510 9930 264　补贴金额715元\n"
    "    三、存在问题。部分居民对改造费用分担有异议，已由街道和燃气企业做好解释。\n"
    "    附件：补贴发放明细表（共32个小区）\n"
    "\n"
    "市燃气管理处\n"
    "2026年12月2日"
)
GAS_SUBSIDY_REPORT_GONE = ["430521195803127716", "6217 0032 5510 9930 264", "补贴金额715元"]
GAS_SUBSIDY_REPORT_KEPT = ["4187户", "301.46万元"]

# -------------------------------------------------------- withheld: the third party's data is the matter

# A relief station's note on one person: who he is, his illness, his family and where they are.
RELIEF_PERSON_NOTE = (
    "关于受助人员龙某贵家庭情况的说明\n"
    "\n"
    "站领导：\n"
    "    受助人员龙某贵于2025年11月由城北派出所送站，至今滞留我站。现将其情况说明如下。\n"
    "    龙某贵，男，约46岁，经市精神卫生中心诊断为精神分裂症，需长期服药，发病时有自伤行为。据其本人"
    "回忆并经公安人像比对，其原籍为邻省石门县双河乡，妻子杨某于2015年离家后改嫁外县，两个儿子在广东务工，"
    "均已多年未与其联系；其胞弟龙某富现住双河乡街上，家境困难，患有肝硬化，表示无力接回照料。\n"
    "    下一步，我站拟继续与其胞弟及当地民政部门沟通，如仍无法落实监护，将按程序报请纳入特困人员供养。\n"
    "\n"
    "市救助管理站业务科\n"
    "2026年6月18日"
)

# An inspection institute's letter handing a lift maker's design file to the experts of the type test.
LIFT_DESIGN_LETTER = (
    "关于提供华升电梯有限公司无机房电梯型式试验技术资料的函\n"
    "\n"
    "郑某某、许某某、石某某专家：\n"
    "    华升电梯有限公司新开发的HS-MRL型无机房电梯将于11月在我院开展型式试验。现将该公司提交的技术资料"
    "送上，请在试验前审阅：\n"
    "    一、曳引机安装方案：主机置于井道顶部两导轨之间，以导轨承重，不设承重梁；\n"
    "    二、制动系统：双回路制动器，制动力矩按额定载荷150%设计，响应时间0.12秒；\n"
    "    三、控制柜主板电路图及变频器参数表（共24页）；\n"
    "    四、企业自行测试的曳引能力计算书及测试记录。\n"
    "    上述资料为该公司尚未公开的设计资料，请妥善保管，试验结束后交还我院。\n"
    "\n"
    "市特种设备检验研究院检验二部\n"
    "2026年10月20日"
)

# A gas office's reply to one resident who asked why her neighbour's gas was not cut off: the neighbour's
# arrears, illness and means are the reply.
GAS_NEIGHBOUR_REPLY = (
    "市燃气管理处\n"
    "关于对柏某某来信反映问题的答复\n"
    "\n"
    "柏某某女士：\n"
    "    您10月8日来信反映，同楼502室住户长期拖欠燃气费却未被停气，要求说明原因。经我处会同燃气企业调查核实，"
    "现答复如下：\n"
    "    502室住户为独居老人詹某某，至今拖欠燃气费1342元。詹某某于今年3月确诊为肺癌晚期，正在居家接受化疗，"
    "每月仅有养老金1100元，子女均在外地且很少往来。燃气企业考虑其病情和取暖需要，暂缓停气，已会同社区为其"
    "申请临时救助，欠费待救助落实后再行处理。\n"
    "    以上情况涉及他人隐私，请您理解并勿对外传播。\n"
    "\n"
    "市燃气管理处\n"
    "2026年10月20日"
)

# A postal office's note to its leader on a courier's complaint: the complainant asked not to be named, and
# the check is to be made under the pretext of a routine inspection.
POSTAL_QUIET_COMPLAINT = (
    "关于澄远速递城西网点员工反映强制超时工作问题的情况报告\n"
    "\n"
    "局领导：\n"
    "    10月21日，澄远速递城西网点快递员宁某某（电话13975124486）通过电话向我局市场监管科反映，该网点"
    "自9月起要求快递员每天工作14小时以上，未完成派件量的每单罚款5元。宁某某担心遭到报复，明确要求我局"
    "不要向网点透露其姓名和反映的情况。\n"
    "    经研究，我科拟于11月上旬以季度例行安全检查的名义进入该网点，调阅考勤和罚款记录，不点名核实，"
    "核实后再视情约谈企业。\n"
    "    妥否，请批示。\n"
    "\n"
    "市邮政管理局市场监管科\n"
    "2026年10月23日"
)

# ------------------------------------------------------------------ twins: published by rule

# A subsidy's 公示: names, residential compounds and amounts, as its rules require.
GAS_SUBSIDY_NOTICE = (
    "2026年老旧小区燃气管道改造入户补贴发放对象公示\n"
    "\n"
    "    根据《2026年城镇老旧小区燃气管道更新改造实施方案》，经街道初审、燃气企业核对、市燃气管理处复核，"
    "现将青石街道第一批补贴发放对象公示如下：\n"
    "    序号　姓名　小区　补贴金额（元）\n"
    "    1　贺永年　文化巷小区　800\n"
    "    2　鲁桂兰　文化巷小区　715\n"
    "    3　温德厚　纺织厂宿舍　800\n"
    "    公示期为2026年11月5日至11月11日。如有异议，请在公示期内向市燃气管理处反映，电话：0731-82216650。\n"
    "\n"
    "市燃气管理处\n"
    "2026年11月4日"
)

# A price hearing's notice: the cost the audit fixed is published with it.
HEATING_HEARING_NOTICE = (
    "市发展和改革委员会关于召开居民供热价格调整听证会的公告\n"
    "\n"
    "    为完善我市居民供热价格形成机制，我委拟于2026年8月20日上午9时在市民中心三楼会议室召开居民供热价格"
    "调整听证会。现将有关事项公告如下：\n"
    "    一、听证事项：居民供热价格调整方案。\n"
    "    二、定价成本监审结论：经成本监审，北岸热力有限责任公司2025年度居民供热定价成本为每平方米26.8元。\n"
    "    三、调整方案：方案一，居民供热价格由每平方米25.5元调整为26.8元；方案二，调整为27.3元。\n"
    "    四、听证会参加人报名：消费者参加人12名，报名时间为7月25日至8月5日。\n"
    "    特此公告。\n"
    "\n"
    "市发展和改革委员会\n"
    "2026年7月22日"
)

# A courier firm's penalty, published as the law requires.
POSTAL_PENALTY_NOTICE = (
    "市邮政管理局行政处罚信息公示\n"
    "\n"
    "    行政处罚决定书文号：市邮管罚字〔2026〕17号\n"
    "    违法企业名称：澄远速递有限公司城西分公司\n"
    "    统一社会信用代码：91430100MA4QXYZ12K\n"
    "    违法事实：该企业于2026年8月未经用户同意将快件投递至智能快件箱，经查共计1260件。\n"
    "    处罚依据：《快递市场管理办法》第五十九条。\n"
    "    处罚结果：警告，罚款人民币1.5万元。\n"
    "    作出处罚决定日期：2026年10月9日\n"
    "\n"
    "市邮政管理局\n"
    "2026年10月12日"
)

# A water-efficiency leaders' list: the firms' own figures published as the scheme requires.
WATER_LEADERS_NOTICE = (
    "市节约用水办公室关于2026年度重点用水企业水效领跑者名单的公示\n"
    "\n"
    "    根据《重点用水企业水效领跑者引领行动实施方案》，经企业自愿申报、专家评审，现将2026年度重点用水企业"
    "水效领跑者拟入选名单公示如下：\n"
    "    1.澄江啤酒有限公司，单位产品取水量3.9立方米/千升；\n"
    "    2.华岭纸业股份有限公司，单位产品取水量8.2立方米/吨；\n"
    "    3.江源纺织印染有限公司，单位产品取水量1.36立方米/百米。\n"
    "    公示期5个工作日。对公示名单有异议的，请以书面形式向市节约用水办公室反映。\n"
    "\n"
    "市节约用水办公室\n"
    "2026年11月16日"
)

# A relief station's aggregate figures, nobody named.
RELIEF_STATION_STATISTICS = (
    "市救助管理站2026年上半年救助工作情况\n"
    "\n"
    "    2026年上半年，市救助管理站共救助生活无着的流浪乞讨人员812人次，同比下降6.3%。其中，男性703人次，"
    "女性109人次；60岁以上老年人146人次，未成年人11人次；疑似精神障碍患者58人次，均已送医治疗。\n"
    "    上半年共护送返乡74人次，帮助寻亲成功39人，为长期滞留人员落实特困供养9人。开展街面巡查302次，"
    "发放棉被、食品等救助物资1.3万件。\n"
    "    市民发现流浪乞讨人员，可拨打救助热线0731-84412110。\n"
    "\n"
    "市救助管理站\n"
    "2026年7月3日"
)
