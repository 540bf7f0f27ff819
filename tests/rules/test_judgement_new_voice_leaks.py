"""judge33 (session 13): a leak hunt ahead of the held-out parts, rules alone (the learned signal
switched off in this module's engine, as tests/unit/test_learned.py does; the shipped policy is
untouched).

Short non-publishable drafts of the five judged classes, written for these tests in voices no
writer has used: a city's 住房和城乡建设局 (烂尾楼 buyers, 预售资金, 物业 handover), a county's
市场监督管理局 (特种设备, one firm's 食品 sample before its 复检), a hospital under the health
commission (医疗纠纷 crowds, a doctor's 考核), a district's 城市管理局 (拆违 operations, 摊贩
relocation), a school's 校园安全 gaps, a 交通运输局's 出租车 strike risk, a 人社局's 欠薪 crowds, a
统计局's firm-level figures, a 生态环境局's 监测 of one plant under investigation. None may come
out 主动公开 by the rules alone; its near twin (the public notice, the account after the event,
the aggregate) must. A draft the rules alone still let out is in ``LEAKING`` (strict xfail: the
test fails once it is held, so the entry must go).

Classes fixed here, in the law's terms:
- A group's own plan to gather, stop work or block a gate, told before it happens (第十四条):
  the threat those concerned voice (扬言, 并称明日将聚集…) and a chat group's agreement to act
  届时 are `state-threat-anticipated`; 集体停运, 罢运, 医闹 are `subject-security-crowd`; JD162
  withholds such a report whatever its frame (a 风险研判 or 情况汇报 with no addressee), as
  JD012 does one sent up.
- A case still open (第十六条第二款, 行政执法案卷): a firm's request to have its failed sample
  tested again (已申请复检, 复检结果) and a matter the police have taken up (派出所已受理) are
  `subject-case` steps, so a 情况说明 on one firm's sample, a school's bullying case or a 城管
  obstruction case before its end is JD040's.
- A named firm's debt position (第十五条): loans past due and unpaid (到期未偿银行贷款) and the
  balance left in its presale escrow account (监管账户余额仅剩) are `paragraph-firm-debt-default`'s;
  JD100 cuts the paragraph from a circular sent down, the aggregate stays.
- The agency's own position still to be settled (第十六条第二款): a 处理意见 or 测算 that 尚需院务会/
  市政府常务会研究决定 is `state-awaiting-decision` (JD007); a text that calls itself an internal
  working draft (本材料为内部工作稿) is `circulation-restricted`, so a figure 待省统计局核定后再行发布
  is JD008's.
- A forced or joint operation set for a day (定于…实施强制交接, 定于…开展联合执法) is
  `state-proposed`, so JD017 withholds its deployment however the plan is titled (处置预案, 工作提示).
- A school's open hazards listed one to a row (围墙倒塌…夜间可直接进入; 监控全部损坏) are
  `paragraph-security-weakness`'s (第十四条): JD044 cuts the rows, the counts stay.
- What is proposed about one of the agency's own staff (关于…赵某医师…问题的处理建议) is its
  personnel management (第十六条第一款): `title-internal-matter`, JD030.
- A list of demolition targets kept from them until the day (行动前不得外传) is an operation's
  (第十四条): the instruction is `subject-security-operations`, JD010 holds the list.

- A firm named by its short name, without 公司 (安居物业, 宏达钢铁), is `paragraph-enterprise` where
  its own books follow the name or the names are counted as firms (judge34): its debts in an
  evaluation note (JD100) and its monthly output in a chat message (JD022) are cut.

Still let out (``LEAKING``): none."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories, attribute_and_found

JUDGED = {
    Category.SECURITY_RISK,
    Category.TRADE_SECRET,
    Category.INTERNAL_AFFAIRS,
    Category.PROCESS_INFO,
    Category.ENFORCEMENT_FILE,
}

# Non-publishable drafts: name → (the attribute a careful officer gives it, the category, the text).
DRAFTS: dict[str, tuple[Attribute, Category, str]] = {
    "zj-crowd-report": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "关于“锦澜华府”项目购房人聚集情况的报告\n"
            "\n"
            "市政府:\n"
            "锦澜华府项目自2025年8月停工以来,已交款未交房购房人共412户。据社区摸排,"
            "部分购房人在业主群中商议,拟于12月15日上午组织百余人到市政府门前拉横幅集体反"
            "映,并有个别人员扬言堵塞滨江路。我局已会同街道、公安分局制定稳控方案,对28名牵"
            "头人员逐一落实包保责任人。\n"
            "特此报告。\n"
            "\n"
            "市住房和城乡建设局\n"
            "2026年12月3日"
        ),
    ),
    "zj-crowd-brief": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "锦澜华府停工项目稳控工作情况\n"
            "\n"
            "一、基本情况\n"
            "项目停工16个月,涉及购房人412户。\n"
            "二、风险研判\n"
            "购房人情绪激烈,近期可能采取到省里集体访、围堵售楼部等过激行为,其中王某、陈某等"
            "5人多次在网上串联,组织能力较强。\n"
            "三、下步措施\n"
            "对重点人员实行一对一盯控,节前开展一次集中走访。"
        ),
    ),
    "zj-escrow": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "关于商品房预售资金监管工作情况的通报\n"
            "\n"
            "各有关单位:\n"
            "今年以来,全市新增预售资金监管项目36个,监管资金总额48.6亿元,累计拨付41"
            ".2亿元。\n"
            "\n"
            "从监管账户看,恒泰置业开发的御景湾项目监管账户余额仅剩312万元,该公司另有到期"
            "未偿银行贷款1.8亿元,资金链高度紧张。\n"
            "\n"
            "下一步,我局将严格按节点拨付监管资金,确保资金用于项目建设。\n"
            "\n"
            "市住房和城乡建设局\n"
            "2026年11月20日"
        ),
    ),
    "zj-property-dispute-plan": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "碧水蓝庭小区物业交接处置预案\n"
            "\n"
            "因业委会与原物业服务企业交接纠纷,原物业公司拒不撤场,双方人员已发生两次推搡。定"
            "于12月10日7时由街道牵头实施强制交接,公安民警20名、保安30名于6时30分"
            "在小区南门集结,先行控制监控室和配电房,再清点移交资料。如原物业人员阻挠,由民警"
            "现场带离。"
        ),
    ),
    "sj-food-sample": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "关于禾丰食品有限公司产品抽检情况的说明\n"
            "\n"
            "在2026年第四季度食品安全监督抽检中,我局抽取的禾丰食品有限公司生产的速冻水饺"
            "(批号20261012)经检验菌落总数项目不符合食品安全国家标准。该公司已于11"
            "月28日提出复检申请,目前复检尚未出具结论。我局已对该批次产品立案调查,待复检结"
            "果确定后依法处理。"
        ),
    ),
    "sj-special-equip": (
        Attribute.REDACTED,
        Category.SECURITY_RISK,
        (
            "县特种设备安全专项检查情况通报\n"
            "\n"
            "11月,我局对全县312台电梯、46台锅炉开展专项检查,共发现隐患57处,已整改"
            "49处。\n"
            "\n"
            "检查发现,县人民医院住院部3号电梯制动器磨损严重,限速器已超期未校验,目前仍在带"
            "病运行;城东液化气站储罐安全阀失效,罐区围墙有缺口,夜间无人值守。\n"
            "\n"
            "下一步,我局将督促相关单位限期整改。"
        ),
    ),
    "yy-dispute-crowd": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "关于一起医疗纠纷引发聚集情况的紧急报告\n"
            "\n"
            "市卫生健康委:\n"
            "12月2日,我院心内科一名68岁患者术后死亡,家属对诊疗结果有异议。当日下午,家"
            "属及亲友约40人在门诊大厅摆放花圈、拉横幅,并称明日将聚集更多人员堵住医院大门。"
            "我院已启动医患纠纷应急预案,报请辖区派出所到场维持秩序。\n"
            "\n"
            "市第二人民医院\n"
            "2026年12月2日"
        ),
    ),
    "yy-doctor-review": (
        Attribute.WITHHELD,
        Category.INTERNAL_AFFAIRS,
        (
            "心内科医师2026年度考核结果\n"
            "\n"
            "按照院考核办法,经科室评议、医务科审核,心内科12名医师年度考核结果如下:\n"
            "张建国 优秀\n"
            "李明 合格\n"
            "赵文 基本合格(全年医疗投诉3起,扣减绩效)\n"
            "周红 不合格(发生三级医疗事故1起)\n"
            "考核结果与职称聘任、绩效工资挂钩,请各科室知悉。"
        ),
    ),
    "yy-dispute-minutes": (
        Attribute.WITHHELD,
        Category.PROCESS_INFO,
        (
            "医疗纠纷处理情况说明\n"
            "\n"
            "患者家属要求赔偿86万元。经医务科、法务部和分管院领导研究,初步倾向于在30万元"
            "以内调解,如家属坚持,拟建议通过医疗纠纷人民调解委员会处理;鉴定结论出来之前不主"
            "动提出具体数额。此意见尚需院长办公会研究确定。"
        ),
    ),
    "cg-demolition-plan": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "滨河片区违法建设集中拆除行动方案\n"
            "\n"
            "一、行动时间\n"
            "2026年12月18日凌晨5时开始,当天完成。\n"
            "二、力量部署\n"
            "城管执法队员80名、公安民警40名、挖掘机6台,分三组自东向西推进;第二组负责控"
            "制片区北口,防止外来人员进入。\n"
            "三、重点对象\n"
            "沈某某等3户曾扬言以死相拼,由专人盯守。\n"
            "四、工作纪律\n"
            "行动前严格保密,不得向当事人透露拆除时间。"
        ),
    ),
    "cg-vendor": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "关于人民路夜市摊贩疏导搬迁工作的情况汇报\n"
            "\n"
            "人民路夜市现有摊贩186户。拟于明年1月5日起全面清退,迁入新建的东湖便民市场。"
            "经摸排,约30户摊贩明确表示不愿搬迁,其中9人曾于去年清退时与执法人员发生冲突,"
            "另有摊贩在微信群中约定届时集体到区政府静坐。我局建议清退当日调集区公安分局警力配"
            "合。"
        ),
    ),
    "jy-campus-gaps": (
        Attribute.REDACTED,
        Category.SECURITY_RISK,
        (
            "实验小学2026年秋季学期校园安全自查报告\n"
            "\n"
            "一、总体情况\n"
            "本学期共开展安全教育12次,组织应急疏散演练2次。\n"
            "\n"
            "二、存在的问题\n"
            "学校西侧围墙高度仅1.5米且紧邻小巷,为防范薄弱部位;东门监控探头10月起故障未"
            "修复;夜间仅1名门卫值守,22时后无人巡查。\n"
            "\n"
            "三、整改措施\n"
            "申请专项资金加高围墙,更换监控设备。"
        ),
    ),
    "jt-taxi-strike": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "出租汽车行业稳定风险研判\n"
            "\n"
            "受网约车冲击和燃气价格上涨影响,巡游出租车驾驶员收入下降明显。据企业反映,金安、"
            "通达两家公司部分驾驶员在群内酝酿于12月20日起集体停运,并计划将车辆开到市交通"
            "运输局门前。目前两家公司共有车辆420辆,如停运将影响城区一半运力。建议由公安交"
            "警、街道提前介入,对带头驾驶员开展劝导。"
        ),
    ),
    "rs-wage": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "关于城南安置房项目农民工欠薪问题的报告\n"
            "\n"
            "城南安置房项目总包单位拖欠96名农民工工资共计386万元。11月以来,农民工多次"
            "到项目部讨要,并扬言若月底前不结清将到市政府集体上访、爬塔吊。我局已约谈总包单位"
            "负责人,并会同公安部门对带头人员进行劝导。\n"
            "\n"
            "市人力资源和社会保障局\n"
            "2026年11月25日"
        ),
    ),
    "tj-firm-figures": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "2026年前三季度全市工业经济运行分析\n"
            "\n"
            "前三季度,全市规模以上工业增加值同比增长6.2%,其中装备制造业增长9.1%。"
            "\n"
            "\n"
            "从重点企业看,据企业联网直报数据,华威电子有限公司前三季度营业收入同比下降23%"
            ",利润总额亏损1.2亿元;东泰化工产值下降15.6%。\n"
            "\n"
            "下阶段,要加快推进新建项目投产达效。"
        ),
    ),
    "tj-firm-table": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "重点工业企业主要指标监测情况\n"
            "\n"
            "全市纳入监测的重点工业企业30家,前三季度合计产值612亿元。\n"
            "\n"
            "企业名称 | 产值(亿元) | 利润(万元)\n"
            "华威电子有限公司 | 48.2 | -12000\n"
            "东泰化工有限公司 | 36.5 | 2300\n"
            "\n"
            "以上为统计部门掌握的单位调查资料。"
        ),
    ),
    "hb-monitoring": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "关于鑫源化工有限公司废水排放问题的调查情况\n"
            "\n"
            "11月12日,我局执法人员对鑫源化工有限公司开展现场检查,在其雨水排口采样,监测"
            "结果显示化学需氧量浓度为286毫克/升,超过排放标准4.7倍。目前案件正在调查中"
            ",已对该公司负责人制作询问笔录,拟进一步调取其在线监测历史数据,待调查终结后依法"
            "作出处理。"
        ),
    ),
    "hb-monitoring-news": (
        Attribute.REDACTED,
        Category.ENFORCEMENT_FILE,
        (
            "全市重点排污单位监督性监测情况\n"
            "\n"
            "2026年第三季度,全市对128家重点排污单位开展监督性监测,达标率96.1%。"
            "\n"
            "\n"
            "其中,鑫源化工有限公司雨水排口化学需氧量超标,目前我局正在立案调查,正在调取证据"
            ",尚未作出处理决定。\n"
            "\n"
            "下一步,我局将继续加大监测频次。"
        ),
    ),
    "zj-staff-duty": (
        Attribute.WITHHELD,
        Category.INTERNAL_AFFAIRS,
        (
            "局机关干部考勤管理补充规定\n"
            "\n"
            "一、局机关干部每日上下班须在指纹机打卡,迟到早退每月累计3次以上的,扣发当月绩效"
            "奖励。\n"
            "二、外出办事须在办公室登记,写明去向和返回时间。\n"
            "三、本规定仅适用于局机关各科室工作人员,由办公室负责考勤统计,每月在局务会上通报"
            "。"
        ),
    ),
    "cg-internal-cars": (
        Attribute.WITHHELD,
        Category.INTERNAL_AFFAIRS,
        (
            "执法车辆使用和加油管理办法\n"
            "\n"
            "为加强局执法车辆管理,现规定如下:\n"
            "1.执法车辆由装备科统一调度,各中队用车须提前一天报装备科;\n"
            "2.加油卡由装备科专人保管,每车每月加油不得超过400元;\n"
            "3.车辆钥匙下班后交值班室统一保管。\n"
            "本办法在局内部执行。"
        ),
    ),
    "rs-pending": (
        Attribute.WITHHELD,
        Category.PROCESS_INFO,
        (
            "关于最低工资标准调整方案的研究意见\n"
            "\n"
            "根据省里要求,我市最低工资标准需于明年调整。经测算,提出两个方案:方案一,一类区"
            "域由2100元调至2250元;方案二,调至2300元。企业方代表倾向方案一,工会"
            "倾向方案二。我局倾向方案一,尚待市政府常务会议研究决定,决定前不得对外发布。"
        ),
    ),
    "tj-revision": (
        Attribute.WITHHELD,
        Category.PROCESS_INFO,
        (
            "关于2026年地区生产总值初步核算数据的商议意见\n"
            "\n"
            "经与省统计局初步衔接,我市前三季度GDP增速初步核算为4.9%,低于年初目标。考"
            "虑到部分服务业数据尚未完全入库,初步核算结果可能调整,拟待省局反馈后再确定发布口"
            "径。本意见为内部研究稿,最终数据以省统计局反馈为准。"
        ),
    ),
    "jy-bully-case": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "关于第三中学一起学生欺凌事件的调查处理情况\n"
            "\n"
            "11月15日,初二(3)班学生刘某某在宿舍被同班3名学生殴打致轻微伤。经学校调查"
            ",该3名学生自10月起多次向刘某某索要财物。目前派出所已受理,正在调查取证,学校"
            "拟给予3名学生记过处分,待公安机关结论作出后一并处理。"
        ),
    ),
    "sj-elevator-accident": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "关于万达广场一起电梯伤人事故的调查进展\n"
            "\n"
            "11月30日,万达广场自动扶梯发生一起夹伤事故,一名7岁儿童右手受伤。经初步调查"
            ",扶梯维保单位未按规定进行半月维保,事发前3天曾报告梳齿板损坏未处理。事故调查组"
            "正在调取维保记录和监控录像,责任认定尚未作出,暂不对外公布调查情况。"
        ),
    ),
    "hb-plant-data-nongenre": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "2026年第三季度辖区空气质量分析\n"
            "\n"
            "三季度,辖区PM2.5平均浓度32微克/立方米,同比下降5.9%。\n"
            "\n"
            "从工业源看,据企业在线监测系统数据,宏达钢铁有限公司三号高炉因除尘设备故障,烧结"
            "工序实际产能利用率仅61%,其吨钢能耗为企业内部核算数据,请勿外传。\n"
            "\n"
            "下一步,将继续推进重点行业超低排放改造。"
        ),
    ),
    "jt-strike-plan": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "出租车驾驶员可能集体停运应对工作方案\n"
            "\n"
            "为防范出租车驾驶员集体停运事件,制定本方案。一、由客运管理处牵头,12月19日前"
            "逐一走访金安、通达公司带头驾驶员。二、公安交警部门在市交通运输局门前、火车站广场"
            "预置警力各30人。三、公交公司准备备用车辆50辆,如出现停运立即加密线路。四、本"
            "方案内部掌握,不得外传。"
        ),
    ),
    "yy-crowd-prevent": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "医院春节期间安全保卫工作安排\n"
            "\n"
            "一、门急诊大厅、住院部各安排保安2名24小时值守。\n"
            "二、监控中心23个摄像头中,急诊楼后门和地下车库摄像头故障尚未修复,为监控盲区,"
            "由保卫科安排专人巡查。\n"
            "三、王某某家属医疗纠纷尚未调解,家属扬言春节期间到医院闹事,保卫科须重点关注,发"
            "现聚集立即报警。"
        ),
    ),
    "rs-wage-threat": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "欠薪问题风险排查台账(12月)\n"
            "\n"
            "序号1:城北物流园二期项目,欠薪对象为钢筋班组32人,金额118万元。据项目经理"
            "反映,工人声称若春节前拿不到工资,要到住建局门口静坐。责任单位:劳动保障监察大队"
            "。"
        ),
    ),
    "jt-ridehail-threat": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "交通运输工作动态\n"
            "第47期\n"
            "\n"
            "近日,受平台抽成上调影响,部分网约车驾驶员放话下周一起集体罢运,并到平台公司城市"
            "运营中心聚集。市运管处已约谈平台公司,要求其调整抽成方案。"
        ),
    ),
    "sj-cylinder-case": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "气瓶充装问题核查进展\n"
            "\n"
            "12月1日,我局对宏达气体有限公司开展特种设备检查,发现其为超期未检气瓶充装液化"
            "石油气23只。该公司对检验机构的结论有异议,已申请复检。目前复检结果尚未出具,案"
            "件正在调查,暂不作出处理。"
        ),
    ),
    "cg-case-police": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "关于王家巷违法建设当事人阻碍执法情况的说明\n"
            "\n"
            "11月20日,执法队员在王家巷对违法搭建的彩钢棚进行查处时,当事人持铁锹阻挠,致"
            "一名队员手臂受伤。我局已向辖区派出所报案,派出所已受理,目前正在调查。"
        ),
    ),
    "rs-firm-debt": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "全市根治欠薪工作进展通报\n"
            "\n"
            "各县(市、区)人社局:\n"
            "1至11月,全市共办结欠薪案件312件,追回工资6320万元。\n"
            "\n"
            "目前,欠薪金额最大的是鼎盛建工集团有限公司,该公司未偿还民间借款3000万元,资"
            "金链十分紧张,已拖欠6个项目农民工工资。\n"
            "\n"
            "请各地持续做好欠薪隐患排查。"
        ),
    ),
    "yy-settle-claim": (
        Attribute.WITHHELD,
        Category.PROCESS_INFO,
        (
            "关于患者李某某赔偿诉求的处理意见\n"
            "\n"
            "患者李某某认为我院延误诊断,要求赔偿20万元。医务科调阅病历后认为,诊疗过程存在"
            "告知不充分的问题。经与法务部商量,拟同意在5万元以内协商解决,超出部分引导其申请"
            "医疗损害鉴定。本意见尚需院务会研究决定。"
        ),
    ),
    "rs-benefit-calc": (
        Attribute.WITHHELD,
        Category.PROCESS_INFO,
        (
            "关于调整失业保险金标准的测算情况\n"
            "\n"
            "按照省里规定,失业保险金标准按最低工资标准的90%确定。经测算,拟由每月1800"
            "元调至1950元,全年需增加基金支出约4600万元,基金可支付月数由26个月降至"
            "23个月。此方案尚需市政府常务会研究决定。"
        ),
    ),
    "tj-income-draft": (
        Attribute.WITHHELD,
        Category.PROCESS_INFO,
        (
            "2026年全市居民人均可支配收入初步测算\n"
            "\n"
            "根据住户调查样本数据,初步测算全年全市居民人均可支配收入为4.86万元,增长5."
            "1%,其中农村居民增长6.3%。部分调查户数据尚在核实。本材料为内部工作稿,待省"
            "统计局核定后再行发布。"
        ),
    ),
    "jt-raid-day": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "关于火车站周边非法营运整治的工作提示\n"
            "\n"
            "经研究,定于12月22日凌晨5时开展联合执法,交通执法人员50名、公安民警20名"
            "分别在火车站南广场、长途汽车站出口设卡,对“黑车”集中查扣。各参与单位须于4时3"
            "0分在南广场集结,行动前不得向外透露。"
        ),
    ),
    "hb-plant-brief": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "环境执法工作简报\n"
            "2026年第12期\n"
            "\n"
            "本月,支队对宏远印染有限公司夜间偷排问题开展突击检查。在线监测数据显示,该公司1"
            "1月5日至18日夜间总磷浓度多次超过限值,最高达6.8毫克/升。执法人员已提取水"
            "样送检,检测报告尚未出具,下一步将调取该公司用电记录进行比对。"
        ),
    ),
    "jy-gaps-table": (
        Attribute.REDACTED,
        Category.SECURITY_RISK,
        (
            "全县中小学校园安全隐患排查情况\n"
            "\n"
            "本次共排查学校46所,发现隐患58处,已整改41处。\n"
            "\n"
            "未整改隐患如下:\n"
            "学校 | 隐患\n"
            "城关二小 | 北侧围墙倒塌约6米未修复,夜间可直接进入\n"
            "石桥中学 | 宿舍楼监控全部损坏,夜间无人巡查\n"
            "\n"
            "请各校于12月底前完成整改。"
        ),
    ),
    "cg-demolition-list": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "第二批违法建筑集中拆除对象清单\n"
            "\n"
            "(内部掌握,行动前不得外传)\n"
            "\n"
            "1.滨河路17号 彩钢棚 当事人曾扬言阻挠\n"
            "2.柳巷8号 加层 当事人家中有老人,需医护人员随行\n"
            "拆除时间另行通知,各组提前熟悉路线。"
        ),
    ),
    "jt-firm-ops": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "全市巡游出租车行业运营分析\n"
            "\n"
            "2026年全市巡游出租车日均载客12.6万人次,同比下降8%。\n"
            "\n"
            "据企业报送的经营数据,金安出租汽车公司单车日均营收降至386元,公司亏损额达62"
            "0万元,现金流仅能维持3个月。\n"
            "\n"
            "下一步,将研究出台行业扶持措施。"
        ),
    ),
    "yy-doctor-pending": (
        Attribute.WITHHELD,
        Category.INTERNAL_AFFAIRS,
        (
            "关于心内科赵某医师涉嫌违规开具处方问题的处理建议\n"
            "\n"
            "经医务科核查,赵某医师今年以来多次超适应证开具同一厂家药品。医务科建议暂停其处方"
            "权3个月,年度考核不得评为优秀,并由纪检部门进一步了解有无收受回扣问题。"
        ),
    ),
    "zj-bid-eval": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "碧水蓝庭小区物业服务招标评标情况\n"
            "\n"
            "本次招标共有3家物业服务企业投标,经评标委员会评审,推荐安居物业为第一中标候选人"
            "。\n"
            "\n"
            "据投标文件所附财务报表,安居物业2025年净利润仅为42万元,资产负债率高达87"
            "%,另有2笔银行贷款逾期未还,合计560万元。\n"
            "\n"
            "评标结果将于网站公示3日。"
        ),
    ),
    "jy-principal": (
        Attribute.WITHHELD,
        Category.INTERNAL_AFFAIRS,
        (
            "县教育局关于部分中小学校长调整的初步考虑\n"
            "\n"
            "一、城关二小校长王某任职已满9年,拟交流至石桥中学任校长。\n"
            "二、石桥中学校长李某年度考核排名末位,群众反映其管理能力不足,拟调整为副校长。"
            "\n"
            "三、以上人选尚需局党组研究。"
        ),
    ),
    "sj-complaint-firm": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "关于消费者投诉鑫鑫超市销售过期食品的核查情况\n"
            "\n"
            "经执法人员现场检查,该超市货架上有过期酸奶12盒。该超市负责人称系员工漏检。目前"
            "已对涉案产品先行登记保存,正在核实该批产品进货数量和销售情况,尚未作出处理。"
        ),
    ),
    "rs-leaders": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "欠薪群体重点人员情况\n"
            "\n"
            "城北物流园二期项目欠薪农民工中,带头人员3名:\n"
            "1.张某,钢筋班组长,多次在群里号召到政府聚集;\n"
            "2.刘某,曾因讨薪堵路被训诫;\n"
            "3.孙某,情绪激动,扬言轻生。\n"
            "以上人员已落实包保干部,每日报告动态。"
        ),
    ),
    "hb-data-firm": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "2026年度重点排污单位排放情况分析\n"
            "\n"
            "全市127家重点排污单位化学需氧量排放总量较上年下降6.3%。\n"
            "\n"
            "其中,宏远印染有限公司提供的生产台账显示,其全年实际产量较排污许可核定产能高出3"
            "8%,单位产品用水量为行业平均水平的1.6倍,企业要求不对外提供上述数据。\n"
            "\n"
            "下一步,将推动印染行业清洁化改造。"
        ),
    ),
    "tj-firm-chat": (
        Attribute.WITHHELD,
        Category.TRADE_SECRET,
        (
            "【工作群消息】各位同事:宏达钢铁、东泰化工两家企业11月产值数据已报上来,宏达产"
            "值环比下降41%,东泰已连续3个月亏损。数据只在本群核对,不要对外说,月度通报只"
            "写全市总数。——综合科"
        ),
    ),
    "hb-meeting-notice": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "关于召开鑫源化工案件集体讨论会的通知\n"
            "\n"
            "局执法支队、法规科:\n"
            "定于12月16日下午3时在三楼会议室召开鑫源化工有限公司超标排放案集体讨论会。支"
            "队提出的处罚建议为罚款80万元并责令停产整治,该公司已提出听证申请。请支队准备案"
            "卷材料,准时参会。"
        ),
    ),
    "sj-elevator-firm": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "全县电梯维保质量评价情况\n"
            "\n"
            "2026年全县在用电梯1860台,维保单位23家,维保质量总体平稳。\n"
            "\n"
            "据维保单位报送的经营资料,通力达电梯工程有限公司今年已流失小区客户17个,欠缴员"
            "工社保费用86万元,银行贷款逾期320万元。\n"
            "\n"
            "下一步,将加大对维保质量的抽查力度。"
        ),
    ),
    "yy-crowd-wechat": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "保卫科工作提示\n"
            "\n"
            "据了解,12床患者家属已联系老家亲友二十余人,准备周五上午到行政楼走廊拉横幅。请"
            "门诊、住院部保安加强巡查,发现人员聚集第一时间报告保卫科,并通知派出所。"
        ),
    ),
    "cg-vendor-plan": (
        Attribute.WITHHELD,
        Category.SECURITY_RISK,
        (
            "东湖便民市场摊贩入驻工作安排\n"
            "\n"
            "一、1月5日前完成186户摊贩摊位分配。\n"
            "二、对拒不入驻的9名重点人员,由街道落实一人一策稳控,城管中队每日盯守。\n"
            "三、清退当日调派民警20名、城管队员60名于6时在人民路东口集结。"
        ),
    ),
    "rs-arbitration": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "劳动保障监察案件办理情况\n"
            "\n"
            "案由:华美制衣有限公司拖欠32名工人工资\n"
            "进展:已向该公司送达责令改正指令书,该公司尚未支付,拟于下周移送公安机关。证据尚"
            "在补充。"
        ),
    ),
    "tj-survey-firms": (
        Attribute.REDACTED,
        Category.TRADE_SECRET,
        (
            "2026年全市服务业发展情况\n"
            "\n"
            "全市规模以上服务业企业营业收入增长7.8%。\n"
            "\n"
            "从调查单位看,根据企业报送的统计报表,顺达物流有限公司营业收入下降32%,从业人"
            "员减少210人;云海软件有限公司利润总额亏损4800万元。\n"
            "\n"
            "总体看,服务业保持平稳增长。"
        ),
    ),
    "zj-developer-talks": (
        Attribute.WITHHELD,
        Category.PROCESS_INFO,
        (
            "锦澜华府项目盘活工作专班会商意见\n"
            "\n"
            "一、专班初步考虑由城投公司收购剩余未售房源,收购价格暂按市场价7折测算,约需资金"
            "3.2亿元。\n"
            "二、购房人补偿方案意见尚未统一。\n"
            "三、上述考虑待市政府专题会研究后再定。"
        ),
    ),
    "hb-plant-monitor": (
        Attribute.WITHHELD,
        Category.ENFORCEMENT_FILE,
        (
            "宏远印染偷排案件监测数据\n"
            "\n"
            "采样时间 | 点位 | 总磷(mg/L)\n"
            "11月5日 23:10 | 雨水排口 | 6.8\n"
            "11月12日 01:40 | 雨水排口 | 5.2\n"
            "\n"
            "说明:以上数据为案件证据,案件尚在调查中。"
        ),
    ),
}
# Near twins, publishable as they stand: the public notice, the account after the event, the aggregate.
TWINS: dict[str, str] = {
    "zj-crowd-twin": (
        "关于锦澜华府项目复工进展的情况通报\n"
        "\n"
        "锦澜华府项目于2026年10月复工,目前主体结构已完成18层,预计2027年9月"
        "交付。我局将继续加强预售资金监管,督促开发企业按期交房。购房人可拨打12345热"
        "线咨询项目进展。\n"
        "\n"
        "市住房和城乡建设局\n"
        "2026年12月3日"
    ),
    "zj-escrow-twin": (
        "关于商品房预售资金监管工作情况的通报\n"
        "\n"
        "各有关单位:\n"
        "今年以来,全市新增预售资金监管项目36个,监管资金总额48.6亿元,累计拨付41"
        ".2亿元。\n"
        "\n"
        "下一步,我局将严格按节点拨付监管资金,确保资金用于项目建设。\n"
        "\n"
        "市住房和城乡建设局\n"
        "2026年11月20日"
    ),
    "sj-food-twin": (
        "关于2026年第四季度食品安全监督抽检情况的通告\n"
        "\n"
        "本季度我局共抽检食品样品420批次,检验合格410批次。不合格产品已依法处置,相"
        "关企业已完成整改。具体信息详见附表。"
    ),
    "cg-demolition-twin": (
        "滨河片区违法建设集中整治情况通报\n"
        "\n"
        "12月18日,区城市管理局会同有关部门对滨河片区违法建设开展集中整治,共拆除违法"
        "建筑23处、面积4600平方米,整治过程平稳有序。下一步,我局将持续巩固整治成果"
        "。"
    ),
    "rs-wage-twin": (
        "关于2026年根治欠薪工作情况的通报\n"
        "\n"
        "今年以来,全市人社部门共受理欠薪投诉案件312件,为4860名劳动者追回工资报酬"
        "6320万元,向公安机关移送涉嫌拒不支付劳动报酬案件6件。"
    ),
    "tj-twin": (
        "2026年前三季度全市工业经济运行情况\n"
        "\n"
        "前三季度,全市规模以上工业增加值同比增长6.2%,其中装备制造业增长9.1%,高"
        "技术制造业增长12.3%。"
    ),
    "hb-twin": (
        "关于鑫源化工有限公司环境违法行为的行政处罚决定公示\n"
        "\n"
        "鑫源化工有限公司于2026年11月12日被查实通过雨水排口排放废水,化学需氧量超"
        "标4.7倍。我局依据《中华人民共和国水污染防治法》第八十三条,对其处以罚款50万"
        "元。"
    ),
    "jy-twin": (
        "实验小学2026年秋季学期安全工作总结\n"
        "\n"
        "本学期共开展安全教育12次,组织应急疏散演练2次,校园周边交通秩序良好。下一步,"
        "学校将加强与公安、交通部门的协作,持续做好校园安全工作。"
    ),
    "jt-twin": (
        "关于调整巡游出租车燃油附加费的公告\n"
        "\n"
        "经市政府同意,自2027年1月1日起,巡游出租车燃油附加费由每运次1元调整为2元"
        "。乘客可拨打12328交通运输服务热线反映问题。"
    ),
    "yy-twin": (
        "市第二人民医院医疗纠纷处理程序告知\n"
        "\n"
        "患者对诊疗有异议的,可向医院医患关系办公室投诉,也可申请医疗纠纷人民调解委员会调"
        "解或依法向人民法院起诉。医院投诉电话:0571-86001234。"
    ),
    "rs-threat-twin": (
        "关于做好春节前农民工工资支付工作的通知\n"
        "\n"
        "各县(市、区)人力资源和社会保障局:\n"
        "为保障农民工按时足额拿到工资,现就有关事项通知如下:一、开展欠薪问题排查;二、对"
        "欠薪线索做到接诉即办;三、公布举报投诉电话12333。"
    ),
    "jt-threat-twin": (
        "交通运输工作动态\n"
        "第48期\n"
        "\n"
        "近日,市运管处约谈网约车平台公司,就平台抽成比例、驾驶员权益保障等问题提出整改要"
        "求,平台公司已承诺下调抽成比例。"
    ),
    "sj-case-twin": (
        "行政处罚信息公示\n"
        "\n"
        "宏达气体有限公司为超期未检气瓶充装液化石油气,违反《中华人民共和国特种设备安全法"
        "》第四十条,我局于2027年1月10日依法对其作出罚款3万元的行政处罚。"
    ),
    "rs-debt-twin": (
        "全市根治欠薪工作进展通报\n"
        "\n"
        "各县(市、区)人社局:\n"
        "1至11月,全市共办结欠薪案件312件,追回工资6320万元,其中工程建设领域占"
        "七成。\n"
        "\n"
        "请各地持续做好欠薪隐患排查。"
    ),
    "tj-income-twin": (
        "2026年全市国民经济和社会发展统计公报\n"
        "\n"
        "全年全市居民人均可支配收入4.86万元,比上年增长5.1%。其中,城镇居民人均可"
        "支配收入6.12万元,增长4.6%;农村居民人均可支配收入2.85万元,增长6."
        "3%。"
    ),
    "rs-benefit-twin": (
        "关于调整失业保险金标准的通知\n"
        "\n"
        "各县(市、区)人力资源和社会保障局:\n"
        "经市政府同意,自2027年1月1日起,全市失业保险金标准由每月1800元调整为1"
        "950元。请各地做好发放工作。"
    ),
    "jt-raid-twin": (
        "火车站周边非法营运整治情况通报\n"
        "\n"
        "12月22日,市交通运输局会同公安部门在火车站周边开展联合执法,查扣非法营运车辆"
        "17辆,行动平稳有序。下一步,将持续保持高压态势。"
    ),
    "hb-brief-twin": (
        "环境执法工作简报\n"
        "2026年第13期\n"
        "\n"
        "本月,支队共开展执法检查126家次,立案查处环境违法案件9件,罚没款合计86万元"
        "。宏远印染有限公司偷排案已于12月10日作出行政处罚决定,处罚款45万元。"
    ),
    "jy-gaps-twin": (
        "全县中小学校园安全隐患排查整治情况通报\n"
        "\n"
        "本次共排查学校46所,发现隐患58处,已全部整改完毕。下一步,县教育局将建立隐患"
        "排查常态化机制。"
    ),
    "yy-principal-twin": (
        "县教育局关于王某某等同志任职的通知\n"
        "\n"
        "各中小学:\n"
        "经局党组研究决定:王某某任石桥中学校长;李某某任石桥中学副校长。"
    ),
    "tj-chat-twin": (
        "全市11月份规模以上工业生产情况\n"
        "\n"
        "11月,全市规模以上工业增加值同比增长4.1%,其中钢铁行业下降6.2%,化工行"
        "业下降3.5%。"
    ),
    "cg-vendor-twin": (
        "关于东湖便民市场摊位分配的公告\n"
        "\n"
        "东湖便民市场现有摊位200个,原人民路夜市经营户可于1月5日前到街道便民服务中心"
        "办理入驻手续,摊位按抽签确定。"
    ),
}

# The drafts of the classes fixed here, each found as its class with the attribute it deserves.
FIXED = [
    "zj-escrow",
    "zj-bid-eval",
    "zj-property-dispute-plan",
    "sj-food-sample",
    "yy-dispute-crowd",
    "yy-dispute-minutes",
    "cg-vendor",
    "jt-taxi-strike",
    "tj-revision",
    "jy-bully-case",
    "rs-wage-threat",
    "jt-ridehail-threat",
    "rs-firm-debt",
    "yy-settle-claim",
    "rs-benefit-calc",
    "tj-income-draft",
    "jy-gaps-table",
    "yy-doctor-pending",
    "cg-demolition-list",
    "yy-crowd-wechat",
]

# Drafts the rules alone still publish (reported to the lead; the learned signal may hold some of them).
LEAKING: dict[str, str] = {}


def _marked(name: str) -> object:
    if name in LEAKING:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=LEAKING[name]))
    return name


@pytest.mark.parametrize("name", [_marked(name) for name in DRAFTS])
def test_the_rules_alone_do_not_publish_a_non_publishable_draft(rules_alone: Engine, name: str) -> None:
    attribute, categories = attribute_and_categories(rules_alone, DRAFTS[name][2])
    assert attribute is not Attribute.PROACTIVE
    assert categories & JUDGED


@pytest.mark.parametrize("name", FIXED)
def test_a_fixed_class_is_found_as_its_own(rules_alone: Engine, name: str) -> None:
    expected, category, text = DRAFTS[name]
    assert attribute_and_found(rules_alone, text, category) == (expected, True)


@pytest.mark.parametrize("name", list(TWINS))
def test_the_near_twin_stays_published(rules_alone: Engine, name: str) -> None:
    attribute, categories = attribute_and_categories(rules_alone, TWINS[name])
    assert attribute is Attribute.PROACTIVE
    assert not categories & JUDGED
