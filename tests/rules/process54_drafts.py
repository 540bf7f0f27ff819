"""process54 (session 20): blind drafts of process information in offices no tuning part speaks for.

Written before the rules, in my own words: a 美术馆's minutes with a meeting room and a repair among their
words, an 档案局's request whose outsourcing firms are scored (绩效考核), a 外事办's report of the service
windows' ratings (测评) kept for the leaders, a 歌舞剧院's minutes on an audience member's complaint
(处理意见); and beside a topic's own category, a 歌舞剧院's request on a concert's guarding, a 党史研究室's
report on a gathering with two courses put up, a 干休所's stability assessment of a move not yet decided, an
档案局's request on rotating two of its section heads; an 档案局's letter asking another agency's view
before any case is opened, a 行政学院's rule in revision sent round for opinions. Twins that must stay as
they are: a 批复, a meeting's news item, a published decision, a notice asking the public's comments.
"""

from __future__ import annotations

# The gallery's own meeting, held in its meeting room, on a partner's exhibition still undecided; a repair
# of the halls is one more item. Process information (讨论记录), not the gallery's logistics.
GALLERY_MINUTES = (
    "市美术馆馆长办公会议纪要\n"
    "〔2026〕第4期\n"
    "\n"
    "    10月9日下午，馆长在馆二楼小会议室主持召开馆长办公会议，研究明年春季特展合作事宜。副馆长、"
    "典藏部、展览部、公共教育部负责同志参加。现将讨论情况纪要如下。\n"
    "    一、关于春季特展合作方式。展览部介绍，青岚艺术品有限公司提出以其收藏的近代版画120件合办特展，"
    "有两种合作方式：一是由我馆主办、该公司出借展品，我馆承担运输保险；二是双方联合主办，门票收入按比例分成。"
    "典藏部认为展品来源证明尚不完整，建议先做鉴定；公共教育部倾向于第一种方式。会议未形成一致意见，"
    "请展览部补充展品来源材料、测算两种方式的费用后，再提交馆党支部会研究。\n"
    "    二、关于二号展厅恒湿设备维修。会议同意由典藏部按程序申请维修经费，11月底前完成。\n"
    "    在党支部会研究前，各部门不得就合作事项对外表态。\n"
    "\n"
    "出席：钟某、孟某、韦某\n"
    "记录：包某\n"
    "\n"
    "江宁市美术馆办公室\n"
    "2026年10月10日"
)

# An archives bureau asks the county to choose how its digitising contractors are paid by their scores.
ARCHIVES_SCORING_REQUEST = (
    "关于调整档案数字化外包服务费用结算方式的请示\n"
    "\n"
    "县人民政府：\n"
    "    我局自2024年起将馆藏档案数字化加工委托社会服务机构承担，目前有两家企业在场作业。现行结算办法"
    "按加工页数付费，部分页面质量不达标仍须返工。为提高加工质量，我局研究提出两种调整方式：\n"
    "    方案一：保留按页数付费，另按季度绩效考核得分扣减，得分低于80分的扣减当季费用的5%；\n"
    "    方案二：改为按验收合格页数付费，不合格页面不计费。\n"
    "    我局倾向于方案一，便于与现行合同衔接。调整方式确定后，拟在明年续签合同时写入。\n"
    "    妥否，请批示。\n"
    "\n"
    "岚口县档案局\n"
    "2026年9月22日"
)

# A foreign affairs office reports the ratings of the service windows to the mayor before a decision.
FOREIGN_AFFAIRS_RATINGS = (
    "关于全市涉外服务窗口满意度测评结果及运用建议的报告\n"
    "\n"
    "市人民政府：\n"
    "    根据市政府安排，我办委托第三方于8月对全市12个涉外服务窗口开展满意度测评，共回收外籍人士和企业"
    "问卷1860份。测评结果显示，综合满意度为86.4分，其中出入境证件受理窗口得分最低，为71.2分。\n"
    "    关于测评结果的运用，我办提出以下建议：一是将测评结果纳入年度涉外服务考评，二是对得分末位的窗口"
    "由主管部门约谈。上述建议尚未征求各主管部门意见，是否通报、以何种方式通报，请市政府研究决定。\n"
    "    以上报告仅供市领导参阅。\n"
    "\n"
    "澄湾市人民政府外事办公室\n"
    "2026年9月30日"
)

# A theatre's own meeting on an audience member's complaint against its ticket agent, the course not chosen.
THEATRE_COMPLAINT_MINUTES = (
    "市歌舞剧院院长办公会议记录\n"
    "\n"
    "时间：2026年11月3日上午\n"
    "地点：剧院会议室\n"
    "主持：院长\n"
    "出席：副院长、演出营销部、办公室负责人\n"
    "记录：院办公室\n"
    "\n"
    "    议题：观众对票务代理公司退票收费投诉的处理意见\n"
    "    演出营销部介绍，一名观众投诉我院委托的票务代理公司对因病退票收取30%手续费，要求全额退款。"
    "经初步核查，代理合同对退票费只写明“按行业惯例”，未约定具体比例。\n"
    "    讨论中形成两种意见：一种意见认为由我院先行全额退款，再与代理公司结算；另一种意见认为应先约谈"
    "代理公司，由其自行处理。会议暂不作结论，请演出营销部补充了解后下周再议。\n"
    "    会前材料及本记录不对外提供。\n"
)

# A song and dance theatre asks its bureau to choose how the New Year concert's crowd is guarded.
THEATRE_GUARDING_REQUEST = (
    "关于新年音乐会现场安全保卫方案的请示\n"
    "\n"
    "市文化和旅游局：\n"
    "    我院定于12月31日晚在大剧院举办新年音乐会，预计观众1500人，演出结束时段与跨年活动人流叠加。"
    "经与属地派出所会商，现场安全保卫有两种方案：\n"
    "    方案一：演出结束后分三批疏散，东侧主出口由派出所安排民警8名值守，西侧安全通道仅保留一处出口，"
    "由我院保卫人员6名控制；\n"
    "    方案二：演出结束时间提前至22时30分，避开跨年人流，警力减为4名。\n"
    "    我院倾向于方案一。保卫方案确定后，我院将与派出所签订安保协议。\n"
    "    妥否，请批示。\n"
    "\n"
    "江宁市歌舞剧院\n"
    "2026年11月20日"
)

# A stability assessment, made before the government decides whether a retirees' rest home moves.
REST_HOME_ASSESSMENT = (
    "市第二军队离退休干部休养所迁建项目社会稳定风险评估报告\n"
    "\n"
    "    受市人民政府委托，评估组于10月对休养所迁建项目开展社会稳定风险评估，走访休养人员及家属"
    "86人，召开座谈会3次。\n"
    "    一、主要风险。部分休养人员对新址距离市区较远、就医不便意见较大，有12名休养人员联名表示，"
    "如强行搬迁将集体到市委反映。个别家属在微信群中串联，存在聚集上访的苗头。\n"
    "    二、评估结论。项目社会稳定风险等级为中风险。评估组建议在就医保障方案落实前暂缓作出迁建决定，"
    "由市政府研究后再定。\n"
    "    三、防范措施。建议由休养所所长牵头，对联名人员逐一包保稳控，做好思想工作，掌握其动向。\n"
    "    本报告仅供决策参考，不得外传。\n"
    "\n"
    "市第二军队离退休干部休养所迁建项目社会稳定风险评估组\n"
    "2026年11月5日"
)

# A party-history office reports former settlers' plan to gather at its memorial hall's opening and asks the
# city to choose between two courses: the gathering is security, the choice put up is process information.
MEMORIAL_GATHERING_REPORT = (
    "关于部分原下乡知青拟在知青纪念馆开馆日聚集有关情况的报告\n"
    "\n"
    "市委办公室：\n"
    "    知青纪念馆定于12月22日开馆。据了解，部分原下乡知青因养老补贴问题，在微信群中相约开馆当日到馆前"
    "聚集，拟拉横幅反映诉求，目前已有40余人报名，组织者为原青山农场知青李某某。\n"
    "    对开馆安排，我室研究提出两种考虑：一是按原计划举行开馆仪式，由属地派出所在馆前广场预置警力，"
    "劝离聚集人员；二是开馆仪式推迟至春节后，先由民政部门就补贴问题与知青代表座谈。我室倾向于第二种考虑。\n"
    "    以上意见，请市委领导决定。\n"
    "\n"
    "中共澄湾市委党史研究室\n"
    "2026年12月8日"
)

# An archives bureau asks the organisation department to choose how two of its section heads are rotated:
# its own staff.
ARCHIVES_ROTATION_REQUEST = (
    "关于两名科室负责人岗位轮换有关事项的请示\n"
    "\n"
    "县委组织部：\n"
    "    按照关键岗位定期轮岗的要求，我局档案接收征集科科长邹某某、档案利用服务科科长阮某某在同一岗位"
    "已满五年，需进行岗位轮换。我局提出两种安排：一是两人互换岗位；二是邹某某调整至办公室，阮某某暂不"
    "轮换。我局倾向于第一种安排。\n"
    "    妥否，请批示。\n"
    "\n"
    "岚口县档案局\n"
    "2026年10月12日"
)

# An archives bureau asks the enforcement bureau's view whether a firm's destroyed files break the law,
# before anyone decides to open a case.
ARCHIVES_CONSULTATION_LETTER = (
    "关于商请对某建设工程档案销毁行为性质提出意见的函\n"
    "\n"
    "县综合行政执法局：\n"
    "    近日我局在档案业务指导中发现，岚口某置业有限公司在竣工验收后销毁了部分施工记录档案。该行为是否"
    "属于应移交城建档案而未移交的情形，我局与贵局的职责如何划分，目前尚不明确。我局初步认为应由贵局"
    "依据城建档案管理的规定处理，但尚未形成最终意见，是否立案调查，拟待贵局意见后再定。\n"
    "    请于12月5日前函复。\n"
    "\n"
    "岚口县档案局\n"
    "2026年11月25日"
)

# A school of administration sends its revised rule round the agencies for their opinions.
ACADEMY_DRAFT_FOR_OPINIONS = (
    "关于征求《市行政学院外聘教师课酬管理办法（修改稿）》意见的函\n"
    "\n"
    "市财政局、市人力资源和社会保障局：\n"
    "    我院对2019年制定的外聘教师课酬管理办法进行了修改，形成修改稿（附后），现送你们研究提出修改意见。"
    "修改稿拟将课酬标准由每学时400元调整为500元，具体标准尚待与你们商定。\n"
    "    请于12月10日前将书面意见反馈我院办公室，逾期视为无意见。\n"
    "\n"
    "澄湾市行政学院\n"
    "2026年11月28日"
)

# A coordination meeting of a health bureau on hospital beds short next winter, the course not chosen: the
# shortfall is a plan's need (床位缺口), no reserve whose gap endangers supply.
BEDS_COORDINATION_MINUTES = (
    "全市冬春季住院床位保障专题协调会会议纪要\n"
    "\n"
    "    12月2日，市卫生健康委员会召开专题协调会，市财政局、市医疗保障局及5家市属医院负责同志参加。\n"
    "    一、床位测算。据测算，今冬明春呼吸道疾病高峰期间，市属医院内科床位缺口约340张、重症床位缺口约"
    "60张。\n"
    "    二、扩容方式。会上形成两种意见：一是临时加床，由各医院自行调剂；二是启用城东院区闲置病区，"
    "需追加改造资金约800万元。市财政局认为资金来源尚需研究，会议未形成一致意见，请市卫生健康委员会会同"
    "市财政局进一步测算后再报市政府。\n"
    "\n"
    "市卫生健康委员会办公室\n"
    "2026年12月3日"
)

# A finance bureau asks the city to choose how a state-owned guarantee firm whose ratio passed its
# regulatory warning line is rescued: a threshold passed, no police cordon.
GUARANTEE_RESCUE_REQUEST = (
    "关于市融资担保集团补充资本金有关事项的请示\n"
    "\n"
    "市人民政府：\n"
    "    市融资担保集团是市财政出资设立的政策性担保机构。受部分小微企业经营困难影响，截至10月末该集团"
    "代偿率已超过监管警戒线，需补充资本金。我局研究提出两种方式：一是由市财政一次性注资2亿元；二是分两年"
    "注资，每年1亿元，同时压降新增担保规模。我局倾向于第二种方式，并建议成立工作专班跟踪代偿回收。\n"
    "    妥否，请批示。\n"
    "\n"
    "澄湾市财政局\n"
    "2026年11月16日"
)

# Twins, public as they are.
ARCHIVES_APPROVAL = (
    "岚口县人民政府关于同意调整档案数字化外包服务费用结算方式的批复\n"
    "\n"
    "县档案局：\n"
    "    你局《关于调整档案数字化外包服务费用结算方式的请示》收悉。经研究，同意自2027年起对档案数字化"
    "外包服务实行按验收合格页数付费，不合格页面不计费。请你局在续签合同时明确有关条款，并做好档案安全"
    "管理工作。\n"
    "    此复。\n"
    "\n"
    "岚口县人民政府\n"
    "2026年10月18日"
)
GALLERY_MEETING_NEWS = (
    "市美术馆召开馆长办公会议 部署春季特展筹备工作\n"
    "\n"
    "    10月9日，市美术馆召开馆长办公会议，研究部署明年春季特展筹备工作。会议指出，春季特展是我馆"
    "明年的重点展览，要坚持公益属性，做好展品鉴定和安全保障。会议强调，要加强与社会收藏机构合作，"
    "丰富公共教育活动，让更多市民走进美术馆。会议还研究了展厅设备维护等工作。\n"
    "\n"
    "江宁市美术馆\n"
    "2026年10月10日"
)
THEATRE_FARE_DECISION = (
    "江宁市歌舞剧院关于扩大惠民票价优惠范围的决定\n"
    "\n"
    "    为让更多市民走进剧场，经研究，决定自2027年1月1日起扩大惠民票价优惠范围：\n"
    "    一、全日制在校学生凭学生证购买周末场演出票，按票面价格五折优惠；\n"
    "    二、70周岁以上老年人购买日场演出票，按票面价格五折优惠。\n"
    "    购票时应出示有效证件。本决定现予公布。\n"
    "\n"
    "江宁市歌舞剧院\n"
    "2026年12月1日"
)
ACADEMY_PUBLIC_COMMENT = (
    "关于《澄湾市行政学院面向社会开放培训课程管理办法（征求意见稿）》公开征求意见的公告\n"
    "\n"
    "    为规范我院面向社会开放的培训课程，我院起草了《澄湾市行政学院面向社会开放培训课程管理办法"
    "（征求意见稿）》，现向社会公开征求意见。公众可于2026年12月31日前通过电子邮件或信函提出意见建议。\n"
    "\n"
    "澄湾市行政学院\n"
    "2026年12月1日"
)
