"""passage59 (session 23), second round: blind drafts written after the first round's rules were written, to
measure how far they carry to other offices and other voices (a 政务信息 piece, a 汇报提纲 of dashes,
a 季度通报, a reply to a deputy's proposal, a 工作简报 on an event ahead, a terse 工作要点).

Each is a public paper with one exempt paragraph (a weak point not fixed, a supplier's own figures, a case
still being worked, a course not settled, an event's posts ahead, a visitor's illness and a claim still
open); the twins tell the same topic as public matter.

Offices: a 市湖区游船管理处, a 市教育装备中心, a 市菜篮子工程办公室, a 市绿道管理中心, a 市步行街管理办公室.
"""

from __future__ import annotations

# a 政务信息 piece: the dispatch room's recorder full, one chain across the pier at night, spares not
# before next year
BOATS_INFO = (
    "湖区游船管理处扎实做好暑期游船运营保障\n"
    "\n"
    "    暑期以来，市湖区游船管理处多措并举保障游船安全有序运营。7至8月共接待游客41.2万人次，同比增长18%，"
    "未发生安全责任事故。\n"
    "    一是加密巡航频次。每天安排巡逻艇巡航6趟，及时劝离违规下水游泳人员260余人次。\n"
    "    二是优化购票服务。开通线上分时预约购票，游客平均排队时间缩短到10分钟以内。\n"
    "    不过调度室的监控主机硬盘早就满了，从上个月起就不再录像；夜里码头只拴着一道铁链，谁都能把船解开划走。"
    "更换硬盘和加装电子围栏的钱没列进今年预算，只能等明年的采购计划批下来再说。\n"
    "    下一步，管理处将继续做好国庆假期游船运营保障工作。\n"
)
BOATS_INFO_GONE = ["从上个月起就不再录像", "夜里码头只拴着一道铁链"]
BOATS_INFO_KEPT = ["接待游客41.2万人次", "劝离违规下水游泳人员260余人次"]

# a 汇报提纲 of dashes: a supplier's own cost overrun, money it has put in, its cash
EQUIPMENT_OUTLINE = (
    "市教育装备中心2025年上半年工作汇报提纲\n"
    "\n"
    "一、主要工作\n"
    "——完成中小学实验室标准化建设86间，配备理化生实验仪器1.3万台套。\n"
    "——组织教育装备管理人员培训4期，培训320人次。\n"
    "——完成2025年教育装备政府采购项目23个，采购金额6840万元，结果均已在政府采购网公告。\n"
    "二、需要关注的情况\n"
    "——承建城东片区实验室项目的恒达教学设备有限公司来中心反映，按现在的材料价格，项目实际成本比中标价高出"
    "14%左右，公司已垫资620万元，流动资金只够维持两个月，请求提前拨付进度款。\n"
    "三、下半年打算\n"
    "——完成剩余42间实验室建设，开展装备使用效益评估。\n"
)
EQUIPMENT_OUTLINE_GONE = ["实际成本比中标价高出14%左右", "已垫资620万元"]
EQUIPMENT_OUTLINE_KEPT = ["实验室标准化建设86间", "采购金额6840万元"]

# a 季度通报: a discount shop's overcharging — the till records being pulled, the owner talked to once,
# the penalty to be decided after the comparison
VEGETABLE_BULLETIN = (
    "市菜篮子工程办公室关于2025年第三季度平价蔬菜供应情况的通报\n"
    "\n"
    "各区菜篮子工程办公室：\n"
    "    三季度，全市112家平价蔬菜店累计销售平价蔬菜1.86万吨，平价品种保持在15个以上，平均售价低于市场价"
    "18.6%。现将有关情况通报如下。\n"
    "    一、供应保障。全市蔬菜基地在田面积12.4万亩，本地蔬菜自给率达到63%。\n"
    "    二、价格监测。每周采集农贸市场、超市蔬菜价格数据2次，全季度发布价格信息26期。\n"
    "    三、有市民举报新华路一家平价店把平价菜换了标签按高价卖。市场监管局已经介入，正在把该店8、9月的收银"
    "记录和进货单一笔笔对，店长被叫去谈过一次，具体怎么处罚要等数据比完再定。\n"
    "    四、四季度要求。各区要做好冬春蔬菜储备，确保平价店正常供应。\n"
    "\n"
    "市菜篮子工程办公室\n"
    "2025年10月12日\n"
)
VEGETABLE_BULLETIN_GONE = ["收银记录和进货单一笔笔对", "店长被叫去谈过一次"]
VEGETABLE_BULLETIN_KEPT = ["在田面积12.4万亩", "发布价格信息26期"]

# a reply to a deputy's proposal: two ways to light the greenway longer, a leaning, the other bureaus
# not yet agreed
GREENWAY_REPLY = (
    "市绿道管理中心关于市人大代表第0216号建议的答复\n"
    "\n"
    "张丽华代表：\n"
    "    您提出的《关于延长城市绿道夜间照明时间的建议》收悉，现答复如下。\n"
    "    一、基本情况。全市已建成绿道286公里，其中安装照明设施的路段148公里，现行照明时间为日落至22时。\n"
    "    二、夜间使用情况。据我中心监测，19时至22时是绿道使用高峰，日均使用人数约3.2万人次，22时后明显减少。"
    "\n"
    "    三、延长照明的考虑。我们算了两笔账：全线延长到23时，一年多花电费约46万元；只延长滨江、环湖两段，约"
    "19万元。中心的想法是先做两段试点，但电费从哪里出，城管局和财政局还有不同看法，这件事眼下还没拍板。\n"
    "    感谢您对绿道建设的关心和支持。\n"
    "\n"
    "市绿道管理中心\n"
    "2025年6月20日\n"
)
GREENWAY_REPLY_GONE = ["中心的想法是先做两段试点", "这件事眼下还没拍板"]
GREENWAY_REPLY_KEPT = ["全市已建成绿道286公里", "日均使用人数约3.2万人次"]

# a 工作简报 on the lantern festival ahead: the teams and the watch posts, the command room, the closing point
STREET_BULLETIN = (
    "步行街工作简报\n"
    "第3期\n"
    "市步行街管理办公室　　2026年2月6日\n"
    "\n"
    "    一、春节经营。春节7天步行街接待游客86万人次，商户营业额1.2亿元，同比增长9.4%。\n"
    "    二、元宵灯会筹备。灯会安排在2月12日至2月14日晚上，展出大型灯组36组。\n"
    "    三、灯会期间的安保，已和公安分局对接：南、北两个入口各配特警一组，步行街中段的钟楼和电影院门口设两个"
    "便衣观察点，现场指挥部放在华联大厦三楼；街内人数超过3万人时先关闭北入口，只出不进。\n"
    "    四、环境整治。春节后完成外摆整治商户48家，更换破损地砖620平方米。\n"
    "\n"
    "报：市商务局\n"
)
STREET_BULLETIN_GONE = ["便衣观察点", "现场指挥部放在华联大厦三楼"]
STREET_BULLETIN_KEPT = ["接待游客86万人次", "展出大型灯组36组"]

# a terse 工作要点: a visitor who fell into the lake, his diagnosis and the claim still being talked over
BOATS_POINTS = (
    "市湖区游船管理处2025年第三季度工作要点完成情况\n"
    "\n"
    "1.安全运营：三季度游船运营1.26万航次，接待游客52.4万人次，开展应急救援演练2次。\n"
    "2.设施维护：完成12艘电瓶船电池更换，维修码头栏杆86米。\n"
    "3.落水事件处置：7月3日游客王某某（62岁）在2号码头登船时落水，送市二院后诊断为吸入性肺炎，住院11天；"
    "家属提出赔偿医药费、误工费共4.6万元，目前正在协商，尚未达成一致。\n"
    "4.服务提升：新增母婴室1处，码头全部实现扫码购票。\n"
)
BOATS_POINTS_GONE = ["吸入性肺炎", "共4.6万元"]
BOATS_POINTS_KEPT = ["运营1.26万航次", "新增母婴室1处"]

# ------------------------------------------------------------------ twins

BOATS_FIXED = (
    "湖区游船管理处扎实做好暑期游船运营保障\n"
    "\n"
    "    暑期以来，市湖区游船管理处多措并举保障游船安全有序运营。7至8月共接待游客41.2万人次，同比增长18%。\n"
    "    一是加密巡航频次。每天安排巡逻艇巡航6趟。\n"
    "    二是补齐安防设施。6月更换了调度室监控主机，码头加装电子围栏和夜间照明，安防设施已全部投入使用。\n"
    "    下一步，管理处将继续做好国庆假期游船运营保障工作。\n"
)

VEGETABLE_CLOSED = (
    "市菜篮子工程办公室关于2025年第四季度平价蔬菜供应情况的通报\n"
    "\n"
    "各区菜篮子工程办公室：\n"
    "    四季度，全市112家平价蔬菜店累计销售平价蔬菜1.92万吨。现将有关情况通报如下。\n"
    "    一、供应保障。本地蔬菜自给率达到61%。\n"
    "    二、新华路一家平价店调换标签高价销售平价菜的问题，市场监管局已依法作出罚款2万元的行政处罚，该店已退"
    "出"
    "平价店名单，处罚决定已在市场监管局网站公示。\n"
    "    三、一季度要求。各区要做好春节蔬菜保供。\n"
    "\n"
    "市菜篮子工程办公室\n"
    "2026年1月10日\n"
)

GREENWAY_DECIDED = (
    "市绿道管理中心关于市人大代表第0216号建议的答复\n"
    "\n"
    "张丽华代表：\n"
    "    您提出的《关于延长城市绿道夜间照明时间的建议》收悉，现答复如下。\n"
    "    一、基本情况。全市已建成绿道286公里，其中安装照明设施的路段148公里。\n"
    "    二、办理结果。经市政府同意，自2025年7月1日起，滨江、环湖两段绿道照明时间延长至23时，所需电费约19万元"
    "已列入部门预算，其余路段视试点情况再行研究。\n"
    "    感谢您对绿道建设的关心和支持。\n"
    "\n"
    "市绿道管理中心\n"
    "2025年6月20日\n"
)
