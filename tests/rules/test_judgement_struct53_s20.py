"""struct53 (session 20, issue 15): the rest is public in its own right — a document whose genre and purpose
are public (a progress report, a work summary, a 通报, a market analysis) and whose exempt matter sits in one
paragraph or item is 删减后公开 with that part cut (第三十七条), not withheld whole; a document whose whole
matter is the exempt one (a case's own report, a 请示 on one firm's price, a deliberation's minutes, a weak
point reported to the leaders, one official's discipline) stays 不予公开.

Drafts written before the rules, in offices no tuning part speaks for (a 城市照明管理处, a 地质环境监测站, a
风景名胜区管理委员会, a 价格认证中心, a 无线电管理局, a 乡村振兴局, a 商务局, a 烟草专卖局,
a 市政设施养护中心, a 网信办, a 经济和信息化局, a 轨道交通建设指挥部), one part each:
- an open case told in one item of a half-year report to the superior (照明: a cable theft under appraisal;
  烟草: a shop's counterfeit cigarettes still under examination) — 第十六条第二款, enforcement_file;
- a deliberation between agencies told in one paragraph of a public summary, still undecided and not to be
  told outside (监测站: a relocation standard; 养护中心: next year's maintenance quota) — process_info;
- where the police stand and the only way out in a holiday 通报 (景区), a monitoring station's gap not yet
  repaired in a quarterly summary (无线电) — 第十四条, security_risk;
- a named official's admonition or sanction in a progress report or a work summary (乡村振兴局, 网信办) —
  第十六条第一款, internal_affairs;
- a check still open of one firm's subsidy claim (its contracts and bank records taken, whether to recover
  the subsidy undecided) in a half-year report upward (经信局) — an enforcement file (first written down as
  process_info; read again, the check gathers evidence of a suspected fraud: 第十六条第二款's 行政执法案卷);
  a tender's ceiling fixed before its publication in a quarterly progress report (轨道交通) — trade_secret
  (price floors, LABELS.md: one passage of a document whose matter is public);
- a named firm's unaudited figures in a cost-survey report and in a trade analysis (价格认证中心, 商务局) —
  第十五条, trade_secret.
Twins whose whole matter is the exempt one stay 不予公开 whole, and the public twins (the same documents with
the part told in public terms) stay 主动公开.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category, TraceRole
from tests.testing.judgement import (
    BOTH_ENGINES,
    assert_cut_out,
    cut_out_test,
    decided_test,
    public_test,
    redacted_copy,
    report_of,
)
from tests.testing.known_public import copied

# ---------------------------------------------------------------- an open case in a report to the superior

LIGHTING_CASE = (
    "　　（三）打击盗窃破坏照明设施。上半年发生路灯电缆被盗案件6起，其中5起已由公安机关破案。"
    "5月14日城南大道中段被盗接电缆一案，经排查为沿街某汽修厂私自接线用电，我处已固定现场照片和电表读数，"
    "涉案用电量正在委托电力部门鉴定，待鉴定结论出具后再决定是否移送公安机关，目前不宜对外透露该厂名称。\n"
)
LIGHTING_REPORT = (
    "市城市照明管理处2026年上半年工作情况报告\n"
    "市城市管理局：\n"
    "　　今年以来，我处围绕“亮得起来、亮得节约、亮得安全”的目标，"
    "扎实推进城市照明各项工作，现将上半年情况报告如下。\n"
    "　　一、主要工作成效\n"
    "　　（一）设施运行。全市城市道路照明设施亮灯率保持在98.5%以上，主干道亮灯率达到99.2%，"
    "受理市民报修1,326件，24小时内修复率96%。\n"
    "　　（二）节能改造。完成老旧高压钠灯LED改造4,860盏，年可节约用电约310万千瓦时，"
    "新增单灯控制系统覆盖道路42条。\n"
    f"{LIGHTING_CASE}"
    "　　二、存在的问题\n"
    "　　部分老城区线路老化，雨季故障率偏高；部分背街小巷照明仍有盲区。\n"
    "　　三、下半年工作打算\n"
    "　　完成滨江路、人民路景观照明提升，新建背街小巷路灯300盏，开展汛期照明设施安全隐患排查。\n"
    "市城市照明管理处\n"
    "2026年7月3日"
)
LIGHTING_REPORT_PLAIN = LIGHTING_REPORT.replace(
    LIGHTING_CASE,
    "　　（三）打击盗窃破坏照明设施。上半年发生路灯电缆被盗案件6起，其中5起已由公安机关破案，"
    "我处配合公安机关开展夜间巡查28次，新装防盗电缆井盖1,200套。\n",
)

TOBACCO_CASE = (
    "　　4月以来，对城西某副食店涉嫌销售假冒卷烟一案，已扣押涉案卷烟86条，"
    "样品送省烟草质量监督检测站鉴定，鉴定结果尚未出具，当事人拒不说明进货来源，案件仍在调查中，"
    "待查清上线后研究是否并案移送公安机关。\n"
)
TOBACCO_SUMMARY = (
    "县烟草专卖局2026年上半年专卖管理工作总结\n"
    "　　上半年，县烟草专卖局坚持依法行政、规范管理，专卖市场秩序持续向好。现将有关情况总结如下。\n"
    "　　一、许可管理。新办烟草专卖零售许可证62户，延续214户，停业、歇业注销39户，"
    "全县持证零售户达到2,108户，许可办理平均时限压缩至5个工作日。\n"
    "　　二、市场监管。开展市场检查3,420户次，查处无证经营、异地进货等一般违法案件41起，"
    "依法公示行政处罚信息41条。\n"
    f"{TOBACCO_CASE}"
    "　　三、宣传服务。开展“烟草专卖法律进商户”活动12场，发放宣传资料4,000余份，"
    "对零售户开展诚信等级评定，评出A级诚信户326户。\n"
    "　　四、下半年打算。继续做好许可证“一网通办”，加强校园周边和集贸市场监管，"
    "确保市场净化率保持在95%以上。\n"
    "县烟草专卖局\n"
    "2026年7月8日"
)
TOBACCO_SUMMARY_PLAIN = TOBACCO_SUMMARY.replace(
    TOBACCO_CASE,
    "　　查处涉嫌销售假冒卷烟案件3起，涉案卷烟均已依法处理，处罚决定已在局门户网站公示。\n",
)

# ---------------------------------------------------------------- a deliberation in a public summary

MONITORING_TALKS = (
    "　　四、关于龙潭村滑坡隐患点农户搬迁补助标准。我站建议按每户6万元执行，乡政府认为财力有限、"
    "主张按每户4.5万元并分两年兑现，县财政局尚未表态，三方意见尚未统一，"
    "拟待汛后提请县政府专题会研究确定，确定前不对外公布补助标准。\n"
)
MONITORING_SUMMARY = (
    "县地质环境监测站2026年汛期地质灾害防治工作总结\n"
    "　　今年汛期，全县未发生因地质灾害造成人员伤亡的事件，地质灾害防治工作总体平稳。现总结如下。\n"
    "　　一、隐患排查。汛前、汛中组织技术人员对全县218处地质灾害隐患点开展三轮排查，"
    "新发现隐患点7处，已全部纳入群测群防体系并设立警示牌。\n"
    "　　二、监测预警。全县安装普适型监测设备96套，发布地质灾害气象风险预警信息11期，"
    "提前转移受威胁群众1,430人次。\n"
    "　　三、应急演练。指导乡镇开展避险转移演练24场，参演群众3,800余人。\n"
    f"{MONITORING_TALKS}"
    "　　五、下步工作。汛后对重点隐患点开展详细调查，推进3处隐患点工程治理项目前期工作。\n"
    "县地质环境监测站\n"
    "2026年10月12日"
)
MONITORING_SUMMARY_PLAIN = MONITORING_SUMMARY.replace(
    MONITORING_TALKS,
    "　　四、搬迁避让。配合乡政府做好龙潭村滑坡隐患点农户搬迁避让工作，"
    "补助标准按县政府已公布的《地质灾害避险搬迁实施办法》执行。\n",
)

UPKEEP_TALKS = (
    "　　三、关于2027年道路桥梁养护定额。我中心提出将城市道路养护定额由每平方米8.6元提高到11元，"
    "市财政局认为应维持现行标准、另行安排专项资金，双方意见分歧较大，尚待市政府常务会议研究决定，"
    "相关测算数据暂不对外提供。\n"
)
UPKEEP_SUMMARY = (
    "市市政设施养护中心2026年工作总结\n"
    "　　2026年，市市政设施养护中心围绕“路平、桥安、井盖牢”目标，扎实做好城市道路桥梁养护各项工作。\n"
    "　　一、道路养护。完成道路坑槽修补3.2万平方米，改造破损人行道4.6万平方米，"
    "整治“问题井盖”2,840座，道路完好率达到95.3%。\n"
    "　　二、桥梁管理。完成全市86座城市桥梁常规检测，对5座三类桥梁实施维修加固，"
    "城市桥梁一、二类比例提高到94%。\n"
    f"{UPKEEP_TALKS}"
    "　　四、便民服务。开通“市政随手拍”报修渠道，全年受理市民报修4,115件，按时办结率99%。\n"
    "市市政设施养护中心\n"
    "2026年12月28日"
)
UPKEEP_SUMMARY_PLAIN = UPKEEP_SUMMARY.replace(
    UPKEEP_TALKS,
    "　　三、养护资金。全年使用道路桥梁养护资金1.26亿元，严格执行市政设施养护定额标准，"
    "资金使用情况已纳入部门决算向社会公开。\n",
)

# ---------------------------------------------------------------- security in a public 通报 and a summary

SCENIC_GUARD = (
    "　　三、安全保障。假期游客高峰时段，山门广场由县公安局景区派出所民警10人、特警6人值守，"
    "索道上站只保留东侧步道作为唯一的应急疏散通道，应急处置分队在游客中心二楼集结待命，"
    "现场指挥部使用对讲机第5频道，以上安排节后继续沿用。\n"
)
SCENIC_BULLETIN = (
    "青霞山风景名胜区管理委员会关于2026年国庆假期景区运行情况的通报\n"
    "各景点、各管理站、景区各经营单位：\n"
    "　　国庆假期，青霞山风景名胜区共接待游客32.6万人次，同比增长11.4%，实现门票收入1,860万元，"
    "景区运行安全平稳，未发生安全生产事故和重大投诉。现将有关情况通报如下。\n"
    "　　一、游客服务。实行分时段预约入园，高峰日最大承载量控制在4.5万人次以内，"
    "新增临时停车位1,200个，开通景区接驳专线8条。\n"
    "　　二、市场秩序。联合市场监管部门检查景区商户136户次，处理游客投诉23件，办结率100%。\n"
    f"{SCENIC_GUARD}"
    "　　四、下步要求。各单位要认真总结假期经验，做好冬季旅游产品准备，继续提升服务质量。\n"
    "青霞山风景名胜区管理委员会\n"
    "2026年10月9日"
)
SCENIC_BULLETIN_PLAIN = SCENIC_BULLETIN.replace(
    SCENIC_GUARD,
    "　　三、安全保障。公安、消防、医疗等部门在景区设立联合服务点，"
    "全程做好游客疏导和应急救援保障，假期共救助身体不适游客17人次。\n",
)

RADIO_GAP = (
    "　　三、监测设施运行。全市固定监测站21座，运行率95%。"
    "其中机场净空区北侧的鹤岭监测站因天线被雷击损坏，自8月起停止工作至今未修复，"
    "该方向航空频段目前处于监测空白，替代的移动监测车每周只能巡测两次。\n"
)
RADIO_SUMMARY = (
    "市无线电管理局2026年第三季度无线电管理工作情况\n"
    "　　第三季度，市无线电管理局认真履行无线电频率、台站和电波秩序管理职责，各项工作有序推进。\n"
    "　　一、频率台站管理。受理并办结频率使用许可申请38件、无线电台执照申请412件，"
    "5G基站新增设置1,046个，台站数据库更新率100%。\n"
    "　　二、重大活动保障。圆满完成全市马拉松赛、中秋晚会等4项活动无线电安全保障，"
    "保障频率320个，未发生有害干扰。\n"
    f"{RADIO_GAP}"
    "　　四、宣传服务。开展“世界无线电日”宣传进校园活动6场，处理群众电视信号干扰投诉15件。\n"
    "市无线电管理局\n"
    "2026年10月10日"
)
RADIO_SUMMARY_PLAIN = RADIO_SUMMARY.replace(
    RADIO_GAP,
    "　　三、监测设施运行。全市固定监测站21座，运行率95%，完成鹤岭监测站天线防雷改造，"
    "新购置移动监测车1辆。\n",
)

# ---------------------------------------------------------------- named staff in a report and a summary

REVITALISATION_STAFF = (
    "　　（三）项目监管。在项目资金专项检查中，发现项目股股长周立新对3个项目验收资料审核把关不严，"
    "局党组已对其进行诫勉谈话，并拟于下月将其调整至综合股，项目股工作暂由副股长韩晓梅负责。\n"
)
REVITALISATION_REPORT = (
    "关于2026年衔接推进乡村振兴补助资金项目实施进展情况的报告\n"
    "县人民政府：\n"
    "　　按照县政府工作部署，现将我局2026年衔接推进乡村振兴补助资金项目实施进展情况报告如下。\n"
    "　　一、资金下达情况。2026年全县共下达衔接资金1.42亿元，安排项目118个，"
    "其中产业发展类项目占比62%，基础设施类项目占比31%。\n"
    "　　二、项目实施情况\n"
    "　　（一）截至9月底，已开工项目112个，开工率94.9%；已完工项目76个，资金支出9,630万元，支出进度67.8%。\n"
    "　　（二）联农带农。产业项目带动脱贫户和监测户2.1万户增收，户均增收2,300元。\n"
    f"{REVITALISATION_STAFF}"
    "　　三、下步工作。加快剩余项目建设进度，确保11月底前资金支出进度达到95%以上，"
    "做好项目资产确权登记和后续管护。\n"
    "县乡村振兴局\n"
    "2026年10月8日"
)
REVITALISATION_REPORT_PLAIN = REVITALISATION_REPORT.replace(
    REVITALISATION_STAFF,
    "　　（三）项目监管。开展项目资金专项检查，督促整改验收资料不规范等问题9个，项目公告公示率达到100%。\n",
)

CYBERSPACE_STAFF = (
    "　　四、队伍建设。严格落实全面从严治党要求。网络安全科原副科长卢振宇因违规泄露监测数据，"
    "受到党内警告处分并调离原岗位，其处分期内年度考核不确定等次；另有2名干部被提醒谈话。\n"
)
CYBERSPACE_SUMMARY = (
    "市委网信办2026年工作总结\n"
    "　　2026年，市委网信办坚持正能量是总要求、管得住是硬道理、用得好是真本事，"
    "推动全市网信工作取得新成效。\n"
    "　　一、网上正面宣传。策划推出“家乡新变化”等网上主题宣传活动16项，相关作品阅读量累计2.3亿次。\n"
    "　　二、网络生态治理。开展“清朗”系列专项行动，督促属地网站平台清理违法和不良信息1.8万条，"
    "依法约谈网站2家。\n"
    "　　三、网络安全保障。组织关键信息基础设施运营者开展网络安全检查，完成全市网络安全应急演练1次。\n"
    f"{CYBERSPACE_STAFF}"
    "　　五、2027年工作思路。持续加强网络内容建设，提升网络综合治理能力，筑牢网络安全屏障。\n"
    "市委网信办\n"
    "2026年12月30日"
)
CYBERSPACE_SUMMARY_PLAIN = CYBERSPACE_SUMMARY.replace(
    CYBERSPACE_STAFF,
    "　　四、队伍建设。严格落实全面从严治党要求，开展警示教育4次，组织干部业务培训6期。\n",
)

# ------------------------------------------------------------ a firm's figures in a report and an analysis

PRICE_FIRM = (
    "　　（二）重点企业成本情况。据锦禾燃气有限公司报送的未经审计的内部成本台账，"
    "该公司2025年配气成本为每立方米0.86元，管网折旧占31%，企业书面要求对上述数据予以保密。\n"
)
PRICE_REPORT = (
    "关于2026年全市民生商品价格监测和价格认定工作情况的报告\n"
    "市发展和改革委员会：\n"
    "　　现将我中心2026年上半年民生商品价格监测和价格认定工作情况报告如下。\n"
    "　　一、价格监测情况\n"
    "　　（一）上半年全市居民消费价格指数同比上涨0.6%，猪肉、鸡蛋等重要民生商品价格总体平稳。\n"
    f"{PRICE_FIRM}"
    "　　二、价格认定情况。受理涉案财物价格认定132件，认定标的额2,860万元，全部在法定时限内办结。\n"
    "　　三、下步工作。做好节日期间重要民生商品价格监测，开展价格认定业务培训。\n"
    "市价格认证中心\n"
    "2026年7月10日"
)
PRICE_REPORT_PLAIN = PRICE_REPORT.replace(
    PRICE_FIRM,
    "　　（二）天然气价格情况。居民用气销售价格执行市发改委公布的每立方米2.86元，非居民用气价格保持稳定。\n",
)

TRADE_FIRM = (
    "　　三、重点企业情况。部分骨干企业经营承压。据恒远纺织有限公司向我局报送的未公开的财务快报，"
    "该公司1至9月出口额同比下降38%，亏损1,470万元，两笔银行贷款已逾期，"
    "主要客户订单转移至东南亚，企业请求对上述情况保密。\n"
)
TRADE_ANALYSIS = (
    "2026年1-9月全县外贸运行情况分析\n"
    "　　1至9月，全县实现货物进出口总额86.4亿元，同比增长4.2%，其中出口71.3亿元，增长5.6%；"
    "进口15.1亿元，下降2.1%。\n"
    "　　一、主要特点。一是民营企业主体作用突出，"
    "进出口额占全县的83%；二是对“一带一路”沿线市场出口增长12.6%；"
    "三是跨境电商出口保持较快增长，同比增长21%。\n"
    "　　二、存在问题。海运价格波动、部分订单外移等因素给传统劳动密集型产品出口带来压力。\n"
    f"{TRADE_FIRM}"
    "　　四、下步措施。落实稳外贸政策，组织企业参加境内外展会20场次，推动出口信用保险应保尽保。\n"
    "县商务局\n"
    "2026年10月16日"
)
TRADE_ANALYSIS_PLAIN = TRADE_ANALYSIS.replace(
    TRADE_FIRM,
    "　　三、重点企业情况。全县进出口额超亿元企业18家，合计进出口额占全县的61%。\n",
)

# ---------------------------------------------------------------- a period's report with one undecided item

INDUSTRY_CHECK = (
    "　　（三）技改补助资金核查。对岚丰化工有限公司申报技改补助时涉嫌虚报设备发票的问题，"
    "已会同县财政局调取该公司采购合同和银行流水，核查结论尚未作出，待核查结束后再研究是否追回已拨付的补助资金，"
    "核查期间请勿对外提及该公司。\n"
)
INDUSTRY_REPORT = (
    "关于2026年1-6月全县工业经济运行情况的报告\n"
    "县人民政府：\n"
    "　　现将上半年全县工业经济运行情况报告如下。\n"
    "　　一、总体情况\n"
    "　　（一）1至6月，全县规模以上工业增加值同比增长7.1%，高于全市平均水平1.3个百分点；"
    "规上工业企业达到286家，新增入规企业14家。\n"
    "　　（二）技术改造。实施500万元以上技改项目48个，完成技改投资21.6亿元，同比增长15.2%。\n"
    f"{INDUSTRY_CHECK}"
    "　　二、下半年工作打算。抓好重点企业生产要素保障，推动12个新开工项目尽快投产，"
    "确保全年规上工业增加值增长7%以上。\n"
    "县经济和信息化局\n"
    "2026年7月12日"
)

RAIL_FLOOR = (
    "　　（二）招标准备。2号线车辆段上盖开发配套工程施工招标文件已编制完成，"
    "招标控制价经市财政投资评审中心审定为人民币2.36亿元，其中土建部分1.71亿元，"
    "控制价尚未公布，拟于10月下旬随招标公告一并挂网。\n"
)
RAIL_REPORT = (
    "关于2026年三季度城市轨道交通建设推进情况的报告\n"
    "市人民政府：\n"
    "　　现将三季度全市城市轨道交通建设推进情况报告如下。\n"
    "　　一、工程进展\n"
    "　　（一）1号线二期完成全部车站主体结构，盾构区间累计掘进8.6公里，占总量的91%。\n"
    f"{RAIL_FLOOR}"
    "　　（三）征迁工作。完成2号线沿线房屋征收412户，交付施工用地26.3万平方米。\n"
    "　　二、下步工作。四季度完成1号线二期轨道铺设，确保明年6月开通试运营。\n"
    "市轨道交通建设指挥部办公室\n"
    "2026年10月8日"
)

# ---------------------------------------------------------------- whose whole matter is exempt: withheld

LIGHTING_CASE_REPORT = (
    "关于城南大道被盗接路灯电缆案调查进展情况的报告\n"
    "处领导：\n"
    "　　5月14日城南大道中段路灯电缆被盗接一案，现将调查进展报告如下。\n"
    "　　一、基本事实。经排查，沿街某汽修厂自2025年11月起私自从路灯线路接线用电，"
    "我处已固定现场照片、接线位置和电表读数。\n"
    "　　二、调查情况。已对汽修厂负责人进行询问，其承认接线但对用电量有异议；"
    "涉案用电量正在委托电力部门鉴定。\n"
    "　　三、下步打算。待鉴定结论出具后，拟根据金额大小决定是否移送公安机关，调查期间不对外透露该厂名称。\n"
    "市城市照明管理处设施科\n"
    "2026年6月2日"
)

PRICE_REQUEST = (
    "关于核定锦禾燃气有限公司管道天然气配气价格的请示\n"
    "市发展和改革委员会：\n"
    "　　锦禾燃气有限公司申请调整配气价格，我中心对其成本进行了监审，现将有关情况请示如下。\n"
    "　　一、企业成本。据该公司报送的未经审计的内部成本台账，2025年配气成本为每立方米0.86元，"
    "其中管网折旧占31%，企业书面要求对上述数据予以保密。\n"
    "　　二、核定意见。方案一：按每立方米0.78元核定；方案二：按每立方米0.82元核定并分两年执行。"
    "我中心倾向于方案一。\n"
    "　　妥否，请批示。\n"
    "市价格认证中心\n"
    "2026年5月20日"
)

MONITORING_MINUTES = (
    "龙潭村滑坡隐患点农户搬迁补助标准协调会议纪要\n"
    "　　2026年9月3日，县地质环境监测站会同乡政府、县财政局召开协调会，"
    "研究龙潭村滑坡隐患点农户搬迁补助标准。\n"
    "　　一、县地质环境监测站建议按每户6万元执行。\n"
    "　　二、乡政府认为财力有限，主张按每户4.5万元并分两年兑现。\n"
    "　　三、县财政局表示需测算后再表态。\n"
    "　　会议认为三方意见尚未统一，拟待汛后提请县政府专题会研究确定，确定前不对外公布补助标准。\n"
    "出席：县地质环境监测站、乡政府、县财政局有关负责同志\n"
    "记录人：吴某"
)

RADIO_GAP_REPORT = (
    "关于鹤岭监测站停止工作及航空频段监测空白情况的报告\n"
    "局领导：\n"
    "　　机场净空区北侧的鹤岭监测站因天线被雷击损坏，自8月起停止工作至今未修复，"
    "该方向航空频段目前处于监测空白。\n"
    "　　一、影响。替代的移动监测车每周只能巡测两次，期间如出现非法设台干扰航空频率，难以及时发现。\n"
    "　　二、建议。尽快申请应急维修资金18万元，修复前增加移动巡测频次。\n"
    "　　此件请勿外传。\n"
    "市无线电管理局监测站\n"
    "2026年10月9日"
)

CYBERSPACE_DISCIPLINE = (
    "关于卢振宇同志违规泄露监测数据问题处理意见的报告\n"
    "委领导：\n"
    "　　网络安全科副科长卢振宇同志违规向他人泄露网络监测数据一事，经核查属实，现将处理意见报告如下。\n"
    "　　一、基本事实。卢振宇同志于2026年8月将部分网络舆情监测数据发给非工作人员，造成不良影响。\n"
    "　　二、处理意见。建议给予其党内警告处分，调离网络安全科，处分期内年度考核不确定等次。\n"
    "　　以上意见妥否，请审定。\n"
    "市委网信办机关党委\n"
    "2026年9月15日"
)

# ---------------------------------------------------------------- the tests

# main 04de2af (the session's start) held five of the twelve whole or let them out, with the rules alone and
# the signal; the structural reading cuts three (radio-gap, revitalisation-staff, industry-check). Left: the
# lighting report, whose problems section (雨季故障率偏高) JD011 reads as a weak point whatever is cut,
# and the trade analysis, whose firm's figures no rule reads (a vocabulary gap, not a structure one).
# passage59 (session 23): the lighting report's case is cut now by its steps as a sequence (JD192: a step
# awaited, 待鉴定结论出具后再决定是否移送), rules its writer never saw; its xfail mark is lifted.
HELD_ON_MAIN = pytest.mark.xfail(strict=True, reason="main 04de2af does not cut this part")

CUT = [
    pytest.param(
        LIGHTING_REPORT,
        Category.ENFORCEMENT_FILE,
        ["汽修厂", "待鉴定结论出具后"],
        ["98.5%", "4,860盏", "滨江路"],
        id="lighting-open-case",
    ),
    pytest.param(
        TOBACCO_SUMMARY,
        Category.ENFORCEMENT_FILE,
        ["86条", "拒不说明进货来源"],
        ["2,108户", "326户"],
        id="tobacco-open-case",
    ),
    pytest.param(
        MONITORING_SUMMARY,
        Category.PROCESS_INFO,
        ["4.5万元", "三方意见尚未统一"],
        ["218处", "1,430人次"],
        id="monitoring-talks",
    ),
    pytest.param(
        UPKEEP_SUMMARY,
        Category.PROCESS_INFO,
        ["11元", "意见分歧较大"],
        ["95.3%", "4,115件"],
        id="upkeep-talks",
    ),
    pytest.param(
        SCENIC_BULLETIN,
        Category.SECURITY_RISK,
        ["第5频道", "唯一的应急疏散通道"],
        ["32.6万人次", "1,200个"],
        id="scenic-guard",
    ),
    pytest.param(
        RADIO_SUMMARY,
        Category.SECURITY_RISK,
        ["监测空白", "至今未修复"],
        ["1,046个", "320个"],
        id="radio-gap",
    ),
    pytest.param(
        REVITALISATION_REPORT,
        Category.INTERNAL_AFFAIRS,
        ["周立新", "诫勉谈话"],
        ["1.42亿元", "2,300元"],
        id="revitalisation-staff",
    ),
    pytest.param(
        CYBERSPACE_SUMMARY,
        Category.INTERNAL_AFFAIRS,
        ["卢振宇", "党内警告"],
        ["2.3亿次", "1.8万条"],
        id="cyberspace-staff",
    ),
    pytest.param(
        PRICE_REPORT,
        Category.TRADE_SECRET,
        ["0.86元", "内部成本台账"],
        ["0.6%", "132件"],
        id="price-firm",
    ),
    pytest.param(
        INDUSTRY_REPORT,
        Category.ENFORCEMENT_FILE,
        ["岚丰化工", "核查结论尚未作出"],
        ["7.1%", "21.6亿元"],
        id="industry-check",
    ),
    pytest.param(
        RAIL_REPORT,
        Category.TRADE_SECRET,
        ["2.36亿元", "1.71亿元"],
        ["8.6公里", "412户"],
        id="rail-floor",
    ),
]


# The copies of the drafts cut are public (the learned signal's floor reads them: known_public.py).
COPIED = copied(
    __name__,
    {
        "tobacco": TOBACCO_SUMMARY,
        "monitoring": MONITORING_SUMMARY,
        "upkeep": UPKEEP_SUMMARY,
        "scenic": SCENIC_BULLETIN,
        "radio": RADIO_SUMMARY,
        "revitalisation": REVITALISATION_REPORT,
        "cyberspace": CYBERSPACE_SUMMARY,
        "price": PRICE_REPORT,
        "industry": INDUSTRY_REPORT,
        "rail": RAIL_REPORT,
    },
    "CUT",
)


@pytest.mark.parametrize("name", sorted(COPIED))
def test_the_copy_of_a_cut_draft_re_checks_public(engine: Engine, name: str) -> None:
    report = report_of(engine, redacted_copy(engine, COPIED[name]))
    assert report.attribute is Attribute.PROACTIVE, [step.message for step in report.trace]


test_the_part_is_cut_and_the_rest_published = cut_out_test(CUT)


WHOLE = [
    pytest.param(LIGHTING_CASE_REPORT, id="lighting-case-report"),
    pytest.param(PRICE_REQUEST, id="price-request"),
    pytest.param(MONITORING_MINUTES, id="monitoring-minutes"),
    pytest.param(RADIO_GAP_REPORT, id="radio-gap-report"),
    pytest.param(CYBERSPACE_DISCIPLINE, id="cyberspace-discipline"),
]


test_a_paper_whose_whole_matter_is_exempt_stays_withheld = decided_test(
    WHOLE, Attribute.WITHHELD, BOTH_ENGINES
)


TWINS = [
    pytest.param(TOBACCO_SUMMARY_PLAIN, id="tobacco-plain"),
    pytest.param(MONITORING_SUMMARY_PLAIN, id="monitoring-plain"),
    pytest.param(UPKEEP_SUMMARY_PLAIN, id="upkeep-plain"),
    pytest.param(SCENIC_BULLETIN_PLAIN, id="scenic-plain"),
    pytest.param(RADIO_SUMMARY_PLAIN, id="radio-plain"),
    pytest.param(CYBERSPACE_SUMMARY_PLAIN, id="cyberspace-plain"),
    pytest.param(TRADE_ANALYSIS_PLAIN, id="trade-plain"),
]


test_the_public_twins_stay_public = public_test(TWINS, "rules_alone")


def test_the_trace_says_why_it_cut_instead_of_holding(rules_alone: Engine) -> None:
    report = report_of(rules_alone, REVITALISATION_REPORT)
    steps = [
        step.message for step in report.trace if step.role is TraceRole.COMBINED and step.rules == ["JD030"]
    ]
    assert len(steps) == 1
    assert "结构:标题“进展情况的报告”所述为公开事项" in steps[0]
    assert "依据仅见于第 8 行起的部分" in steps[0]


# The same summary, its gap told in the opening paragraph: the document's own matter, not a part of it.
RADIO_GAP_OPENING = RADIO_SUMMARY.replace(RADIO_GAP, "").replace(
    "各项工作有序推进。\n",
    "各项工作有序推进。机场净空区北侧的鹤岭监测站因天线被雷击损坏，自8月起停止工作至今未修复，"
    "该方向航空频段目前处于监测空白。\n",
)
# The same report with a second and a third item of named staff: more parts than a cut takes out.
REVITALISATION_SPREAD = REVITALISATION_REPORT.replace(
    "　　（二）联农带农。",
    "　　（二）联农带农。规划股股长吴建华因项目库审核把关不严被诫勉谈话。",
).replace(
    "　　三、下步工作。",
    "　　三、下步工作。财务股副股长郑一鸣因资金拨付滞后被诫勉谈话。",
)


test_evidence_in_the_opening_or_in_many_parts_keeps_the_document_whole = decided_test(
    [pytest.param(RADIO_GAP_OPENING, id="opening"), pytest.param(REVITALISATION_SPREAD, id="three-parts")],
    Attribute.WITHHELD,
    "rules_alone",
)


# learned18 (session 22): with the learned signal the trade analysis's firm paragraph is cut (the rest, read
# without it, no longer reads like a withheld draft): the signal's severable JL002 on that paragraph, the
# reason asking for a check under 第三十七条. learned18 once saw a full run of tests/rules hold it whole;
# tidy24 (session 23) found no such run again, on main or on learned18's own commits, and no state a review
# leaves behind (tests/unit/test_review_order.py): the one answer is the cut. The rules alone still leave
# the figures.
TRADE_GONE, TRADE_KEPT = ["1,470万元", "逾期"], ["86.4亿元", "21%"]


def test_the_trade_analysis_firm_is_cut_by_the_signal(engine: Engine) -> None:
    report = report_of(engine, TRADE_ANALYSIS)
    learned = [f for f in report.findings if f.rule.startswith("JL")]
    assert [(f.rule, f.severable, f.text) for f in learned] == [("JL002", True, TRADE_FIRM.rstrip("\n"))]
    assert report.reasons[0].category is Category.TRADE_SECRET
    assert "请人工核实" in report.reasons[0].message and "第三十七条" in report.reasons[0].basis
    assert_cut_out(engine, TRADE_ANALYSIS, Category.TRADE_SECRET, TRADE_GONE, TRADE_KEPT)


@HELD_ON_MAIN
def test_the_rules_alone_leave_the_trade_analysis_firm(rules_alone: Engine) -> None:
    assert_cut_out(rules_alone, TRADE_ANALYSIS, Category.TRADE_SECRET, TRADE_GONE, TRADE_KEPT)
