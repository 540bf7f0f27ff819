"""Look-alikes decided by the document's structure (precision20): public documents written for this
test in the voices of offices no tuning part speaks for (a 林业和草原局, a 水文局, a 植物园, a 动物园,
a 地质勘查院, a 矿山救护队, a 美术馆, a 天文馆, a 自然博物馆, a 财政局 approving a 水文局's purchase).
Each carries data that is public by where it stands — the phone of a party that procurement law makes a
body, a second line the reader is told to dial, a consultation line under a recruitment's list, the
names of a recruitment's stage list, the criminal measure of a unit's legal representative in a statutory
publication of violations, the channels a notice lists for clues — or talks like a withheld document in
a public genre (a reply deciding another body's request, the annual report on disclosure work, a draft
offered to the public for comment, an award notice's clause on the bid files, an approval after a public
announcement, a list of closed cases that counts the open ones, a bulletin of typical closed cases, a
year's inspection summary counting one open case), and comes out 主动公开. The twins keep the same data or
matter where the document gives it to a private person or holds it: still found, still held."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from tests.testing.known_public import public
from tests.testing.personal import loud_personal, public_documents_test

PROCUREMENT_RESULT = (
    "青崖植物园温室环境控制系统采购项目成交结果公告\n\n"
    "一、项目编号:QYCG-2026-1187\n"
    "二、成交供应商:青崖市绿域农业科技有限公司\n"
    "三、成交金额:人民币壹佰零叁万元整(¥1,030,000.00)\n"
    "四、公告期限:自本公告发布之日起1个工作日。\n"
    "五、联系方式\n"
    "采购人:青崖植物园  联系电话:0719-86627315\n"
    "采购代理机构:青崖市公共资源交易中心政府采购部  联系电话:0719-86351236\n"
)

TENDER_AGENT = (
    "青崖县水文局水文站网改造工程招标公告\n\n"
    "一、招标条件:本工程已由县发展和改革局批准建设,资金来源为财政资金。\n"
    "二、投标人资格要求:具备水利水电工程施工总承包三级及以上资质。\n"
    "三、招标文件获取:2026年12月8日至12月14日在县公共资源交易网下载。\n"
    "四、联系方式\n"
    "招标人:青崖县水文局 联系人:陈工 电话:0719-6623108\n"
    "招标代理机构:青崖恒信工程项目管理部 电话:0719-8823410\n"
)

ZOO_NOTICE = (
    "关于青崖动物园猛兽区临时闭园的公告\n\n"
    "因猛兽区围栏加固施工,12月10日至12月20日猛兽区暂停开放,其他区域正常开放。"
    "游园期间发现动物逃逸等紧急情况,请立即远离并拨打园区安全保卫部电话0719-8836110,或北门岗亭电话0719-8836100。\n\n"
    "青崖动物园\n2026年12月5日\n"
)

GALLERY_NOTICE = (
    "青崖美术馆关于冬季开放时间调整的通知\n\n"
    "自12月1日起,本馆开放时间调整为9:00—16:30(周一闭馆)。团体参观请提前三日预约,"
    "预约请拨打开放部电话0719-8851206,或宣教部电话0719-8851200。\n"
)

RECRUITMENT_STAGE_LIST = (
    "青崖市地质勘查院2026年公开招聘工作人员资格复审合格人员名单公告\n\n"
    "根据招聘公告,现将资格复审合格、进入面试人员名单公布如下。面试时间另行通知。\n\n"
    "报考岗位   准考证号       姓名     笔试成绩\n"
    "地质勘查员  2612030114   苏景行   74.50\n"
    "地质勘查员  2612030207   任思远   72.00\n"
    "测量技术员  2612030321   葛晓岚   70.50\n\n"
    "咨询电话:0719-86627104(院人事科)\n\n"
    "青崖市地质勘查院\n2026年12月5日\n"
)

RESCUE_RECRUITMENT = (
    "青崖矿山救护队2026年招聘队员体检人员名单公示\n\n"
    "招聘单位   报考岗位   姓名\n"
    "矿山救护队  救护队员  邵清和\n"
    "矿山救护队  救护队员  闵嘉树\n\n"
    "咨询电话:0719-8871102\n"
)

TAX_PUBLICATION = (
    "国家税务总局青崖市税务局\n"
    "重大税收违法失信主体信息公布\n"
    "(2026年第3期)\n"
    "\n"
    "根据《重大税收违法失信主体信息公布管理办法》,现将我局查处的重大税收违法失信主体信息公布如下:\n"
    "\n"
    "一、青崖市宏拓矿产品贸易有限公司\n"
    "纳税人识别号:91330200MA2H8XXXXX\n"
    "法定代表人:邵清远\n"
    "主要违法事实:经国家税务总局青崖市税务局稽查局检查,该公司2024年至2025年采取虚假申报手段少缴增值税等税款386.2万元。\n"
    "相关法律依据及税务处理处罚情况:依法追缴税款、加收滞纳金并处少缴税款一倍的罚款。该公司逾期未缴纳,已移送公安机关,法定代表人邵清远因涉嫌逃税罪被依法逮捕。\n"
    "\n"
    "国家税务总局青崖市税务局\n"
    "2026年12月4日\n"
)

SINGLE_SOURCE_APPROVAL = (
    "青崖市财政局关于同意市水文局采用单一来源方式采购的批复\n"
    "\n"
    "青财采〔2026〕211号\n"
    "\n"
    "市水文局:\n"
    "\n"
    "你单位《关于申请采用单一来源方式采购水文遥测站网数据平台运维服务的请示》(青水文〔2026〕37号)收悉。经审核,该项目须与原遥测平台保持兼容,只能从原供应商处采购。经在市政府采购网公示5个工作日无异议,根据《中华人民共和国政府采购法》第三十一条的规定,同意你单位采用单一来源方式向青崖汇川数据科技有限公司采购该项服务,预算金额36.8万元。\n"
    "\n"
    "请你单位按规定组织协商,做好协商情况记录,并按规定公告采购结果。\n"
    "\n"
    "青崖市财政局\n"
    "2026年12月1日\n"
)

REPAIR_APPROVAL = (
    "青崖市林业和草原局关于市自然博物馆办公用房维修改造的批复\n"
    "\n"
    "青林草〔2026〕88号\n"
    "\n"
    "市自然博物馆:\n"
    "\n"
    "你馆《关于标本库房屋面及给排水管网维修改造的请示》(青博〔2026〕12号)收悉。经研究,批复如下:\n"
    "\n"
    "一、同意你馆对标本库房屋面防水、给排水管网及配电线路进行维修改造。该楼建于2001年,经检测存在管网老化、屋面渗漏隐患,影响馆藏标本保存,确需维修。\n"
    "二、项目预算控制在92万元以内,资金从部门预算维修专项中安排。\n"
    "三、维修改造应严格执行办公用房维修标准,不得擅自扩大面积、提高装修标准。\n"
    "四、项目应依法实施政府采购,完工后及时组织验收,并将验收情况报我局备案。\n"
    "\n"
    "此复。\n"
    "\n"
    "青崖市林业和草原局\n"
    "2026年11月30日\n"
)

DISCLOSURE_ANNUAL_REPORT = (
    "青崖市林业和草原局2026年政府信息公开工作年度报告\n"
    "\n"
    "本报告根据《中华人民共和国政府信息公开条例》要求编制,所列数据统计期限为2026年1月1日至12月31日。\n"
    "\n"
    "一、总体情况\n"
    "2026年,本局主动公开政府信息共计214条,其中林业行政处罚决定38件、林木采伐许可结果62件、野生动物保护科普44条。\n"
    "\n"
    "二、依申请公开情况\n"
    "全年收到政府信息公开申请19件,全部按期答复。申请内容主要集中在林业案件调查、行政处罚决定和采伐许可等方面。其中予以公开11件,部分公开3件,不予公开4件(属于商业秘密1件、属于尚未办结的案件调查材料2件、属于内部事务信息1件),本机关不掌握相关政府信息1件。\n"
    "对申请公开滥伐林木案件调查材料的,调查已经结束并作出处理的,依法提供了调查结论;对尚在调查中的,告知申请人待案件办结后可再次申请。对涉及第三方商业秘密的,书面征求了第三方意见,第三方不同意公开的,决定不予公开。\n"
    "\n"
    "三、行政复议和行政诉讼情况\n"
    "因政府信息公开被申请行政复议1件,结果为维持。\n"
    "\n"
    "四、存在的主要问题及改进情况\n"
    "部分基层林业站公开信息更新不及时。2027年将按月公开林业行政处罚决定。\n"
    "\n"
    "青崖市林业和草原局\n"
    "2027年1月20日\n"
)

PUBLIC_CONSULTATION = (
    "青崖市古树名木保护办法\n"
    "(征求意见稿)\n"
    "\n"
    "为加强古树名木保护,现将《青崖市古树名木保护办法(征求意见稿)》全\n"
    "文公布,征求社会各界意见。公众可于2026年12月8日至2027年1月7日,通过以下方\n"
    "式提出意见:\n"
    "(一)电子邮件:qylcj_gs@163.com\n"
    "(二)信函:青崖市林荫路9号市林业和草原局生态保护修复科(邮编311300),请在信\n"
    "封上注明“古树名木保护办法征求意见”字样。\n"
    "\n"
    "第一条 为加强古树名木保护,根据《城市绿化条例》等法规,结合本市实际,制定本办法。\n"
    "第八条 古树名木养护责任单位应当遵守养护技术规范,不得擅自移植、砍伐古树名木。\n"
    "第二十条 本办法自2027年3月1日起施行。\n"
    "\n"
    "青崖市林业和草原局\n"
    "2026年12月8日\n"
)

AWARD_NOTICE = (
    "青崖天文馆球幕影院放映系统升级项目中标结果公告\n"
    "\n"
    "一、项目编号:QYTW-2026-GC-009\n"
    "二、中标人:青崖星穹数字科技有限公司\n"
    "    中标价:人民币3,486,200.00元\n"
    "三、其他中标候选人:\n"
    "    第二名:青崖光影视听工程有限公司   投标报价 3,529,800.00元\n"
    "    第三名:青崖恒辉科技有限公司   投标报价 3,612,450.00元\n"
    "四、本项目最高投标限价为3,800,000.00元,已于招标公告中公布。\n"
    "五、投标人或其他利害关系人对评标结果有异议的,应在公示期内向招标人提出。本公告涉及的投标文件中的商业秘密,依法不予公开。\n"
    "六、联系方式:招标人 青崖天文馆综合部 0719-8862103\n"
    "\n"
    "                                       2026年12月4日\n"
)

CLOSED_CASES_LIST = (
    "青崖市林业和草原局2026年第三季度林业行政处罚案件信息公开\n"
    "\n"
    "根据《中华人民共和国政府信息公开条例》和行政执法公示制度,现将我局2026年第三季度办结的林业行政处罚案件信息公开如下:\n"
    "\n"
    "一、青崖县宏林木业有限公司滥伐林木案。经查,该公司在未取得林木采伐许可证的情况下,于2026年5月在溪口村集体林地采伐杉木,经鉴定滥伐林木蓄积38.6立方米。依据《中华人民共和国森林法》第七十六条,决定责令补种滥伐株数五倍的树木,并处罚款1.93万元。\n"
    "二、青崖市绿源苗木专业合作社违法调运林木种苗案。该合作社未依法取得植物检疫证书调运苗木,决定处罚款0.5万元。\n"
    "\n"
    "另有2起案件尚在调查中,待办结后依法公开。\n"
    "\n"
    "青崖市林业和草原局\n"
    "2026年10月12日\n"
)

TYPICAL_CASES_BULLETIN = (
    "青崖市林业和草原局关于2026年破坏森林资源典型案例的通报\n"
    "\n"
    "各县(市、区)林业主管部门:\n"
    "\n"
    "为发挥典型案例警示作用,现将2026年我市查处的3起破坏森林资源典型案例通报如下:\n"
    "\n"
    "一、青崖县某木材加工厂非法收购盗伐林木案。2026年4月,县林业综合行政执法队接群众举报,经调查取证,查明该厂明知是盗伐的林木仍予收购,涉案杉木原木42.3立方米。执法队依法制作询问笔录、调取收购台账,依据《森林法》第七十八条,没收违法所得并处罚款2.1万元。\n"
    "二、溪口镇村民邓某擅自开垦林地案。经现场勘验和卫星遥感比对,查明邓某毁林开垦林地3.6亩,依法责令限期恢复植被并处罚款1.8万元。\n"
    "三、石门乡某养殖场违法占用林地案。目前该案已依法移送县人民检察院审查起诉。\n"
    "\n"
    "各地要以案为鉴,加大执法力度。\n"
    "\n"
    "青崖市林业和草原局\n"
    "2026年12月3日\n"
)

CLUE_COLLECTION_NOTICE = (
    "关于征集青崖动物园周边非法经营野生动物线索的通告\n"
    "\n"
    "为严厉打击非法经营野生动物及其制品违法犯罪行为,市林业和草原局、市公安局、市市场监督管理局决定,即日起至2027年3月31日,面向社会征集非法经营野生动物违法犯罪线索。\n"
    "\n"
    "一、征集范围:非法收购、出售、运输、加工野生动物及其制品的线索。\n"
    "二、举报方式:举报电话0719-6623110;电子邮箱qylcj_jb@163.com。\n"
    "三、对举报人信息严格保密。经查证属实的,按规定给予奖励。\n"
    "\n"
    "青崖市林业和草原局  青崖市公安局  青崖市市场监督管理局\n"
    "2026年12月1日\n"
)

INSPECTION_SUMMARY = (
    "青崖市矿山救护队2026年度安全生产执法检查工作总结\n"
    "\n"
    "2026年,我队配合市应急管理局对全市非煤矿山开展安全生产执法检查4轮次,检查企业46家次,发现并督促整改隐患213项,提请市应急管理局立案查处违法行为9起,罚款共计62.4万元。其中1起因企业涉嫌生产安全事故隐患拒不整改,已移送公安机关,目前正在侦查中。\n"
    "\n"
    "存在的问题:部分企业主体责任落实不到位,隐患整改反复。2027年将加大执法检查频次。\n"
    "\n"
    "青崖市矿山救护队\n"
    "2027年1月8日\n"
)

PUBLIC_DOCUMENTS = {
    "procurement-result": PROCUREMENT_RESULT,
    "tender-agent": TENDER_AGENT,
    "zoo-notice": ZOO_NOTICE,
    "gallery-notice": GALLERY_NOTICE,
    "recruitment-stage-list": RECRUITMENT_STAGE_LIST,
    "rescue-recruitment": RESCUE_RECRUITMENT,
    "tax-publication": TAX_PUBLICATION,
    "single-source-approval": SINGLE_SOURCE_APPROVAL,
    "repair-approval": REPAIR_APPROVAL,
    "disclosure-annual-report": DISCLOSURE_ANNUAL_REPORT,
    "public-consultation": PUBLIC_CONSULTATION,
    "award-notice": AWARD_NOTICE,
    "closed-cases-list": CLOSED_CASES_LIST,
    "typical-cases-bulletin": TYPICAL_CASES_BULLETIN,
    "clue-collection-notice": CLUE_COLLECTION_NOTICE,
    "inspection-summary": INSPECTION_SUMMARY,
}


public(__name__, PUBLIC_DOCUMENTS)


test_public_document_stays_public = public_documents_test(PUBLIC_DOCUMENTS)


# The twins: the same places, the number or the names a private person's.
PRIVATE_TWINS = {
    # the person who speaks for a supplier in a complaint's record, on the line above the purchaser's
    "supplier-representative": (
        "青崖植物园温室环境控制系统采购项目质疑处理情况\n\n质疑供应商:青崖市博远科技有限公司\n"
        "质疑人代表:刘德伟  住宅电话:0719-86627315\n采购人:青崖植物园  联系电话:0719-86627316\n",
        "PI102",
        "0719-86627315",
    ),
    # an alternative the reader is told to dial that is a private holder's line
    "dial-a-party": (
        ZOO_NOTICE.replace("或北门岗亭电话", "或当事人家属电话"),
        "PI102",
        "0719-8836100",
    ),
    "dial-a-person": (
        ZOO_NOTICE.replace("或北门岗亭电话", "或饲养员家属刘德伟电话"),
        "PI102",
        "0719-8836100",
    ),
    # a bare line of a kind that may be a private party's own (投诉电话 in a visit's record), or one whose
    # bracket names a holder, not a unit, under a line naming a private person
    "complaint-line": (
        "青崖市天文馆来访登记\n来访人:邹国平\n投诉电话:0719-8867215\n事由:反映观测台夜间灯光扰民。",
        "PI115",
        "0719-8867215",
    ),
    # a channel item that points at a private party's own mailbox
    "channel-of-a-party": (
        CLUE_COLLECTION_NOTICE.replace(
            "二、举报方式:举报电话0719-6623110;电子邮箱qylcj_jb@163.com。",
            "二、举报方式:请投诉人本人通过邮箱wangli1985@163.com补充材料。",
        ),
        "PI103",
        "wangli1985@163.com",
    ),
    "line-of-a-relative": (
        "青崖市天文馆来访登记\n来访人:邹国平\n联系电话:0719-8867215(其子)\n事由:反映观测台夜间灯光扰民。",
        "PI102",
        "0719-8867215",
    ),
}


@pytest.mark.parametrize("name", sorted(PRIVATE_TWINS))
def test_private_twin_stays_found(engine: Engine, name: str) -> None:
    text, rule, value = PRIVATE_TWINS[name]
    assert (rule, value) in loud_personal(engine, text)


def test_names_of_a_list_no_rule_publishes_stay_found(engine: Engine) -> None:
    """The same list under a report's title (no 公示, 公告 or 公布 of a result or list) is no stage list."""
    report = RECRUITMENT_STAGE_LIST.replace("资格复审合格人员名单公告", "资格复审情况的报告").replace(
        "现将资格复审合格、进入面试人员名单公布如下", "现将资格复审情况报告如下"
    )
    found = loud_personal(engine, report)
    assert ("PN001", "苏景行") in found, found


def test_criminal_measures_of_others_stay_found(engine: Engine) -> None:
    """A statutory publication publishes its unit's legal representative's measure, nobody else's; and the
    same sentence in a report (no publication's title) stays found."""
    bystander = TAX_PUBLICATION.replace(
        "已移送公安机关,法定代表人邵清远因涉嫌逃税罪被依法逮捕。",
        "已移送公安机关。检查中,王建国(男,1986年生)因阻挠检查被行政拘留十日。",
    )
    assert ("SN003", "行政拘留十日") in loud_personal(engine, bystander)
    report = TAX_PUBLICATION.replace("重大税收违法失信主体信息公布", "重大税收违法案件查处情况").replace(
        "现将我局查处的重大税收违法失信主体信息公布如下", "现将我局查处的重大税收违法案件报告如下"
    )
    assert ("SN003", "涉嫌逃税罪") in loud_personal(engine, report)


# The same matters where the document is not the public genre: still held.
OWN_LOGISTICS_ARRANGEMENT = (
    "关于局机关办公用房和公务用车调整的安排\n"
    "\n"
    "局机关各科室:\n"
    "\n"
    "经局长办公会研究,现对局机关办公用房和公务用车作如下调整:\n"
    "\n"
    "一、三楼东侧办公用房调整给法规科使用,原资料室并入档案室。\n"
    "二、公务用车由办公室统一调度,用车须提前一天填写派车单,经分管领导签批。\n"
    "三、值班室移至一楼,值班人员按值班表轮流值守。\n"
    "\n"
    "局办公室\n"
    "2026年11月30日\n"
)

OPEN_CASE_REPORT = (
    "关于青崖县宏林木业有限公司涉嫌滥伐林木案办理情况的报告\n"
    "\n"
    "局领导:\n"
    "\n"
    "2026年11月3日,我队接群众举报后对青崖县宏林木业有限公司涉嫌滥伐林木一案立案调查。目前已对该公司负责人进行了询问并制作询问笔录,调取了采伐许可证及作业设计,委托林业调查规划院对采伐面积进行测量。案件尚在调查中,测量结果尚未出具,拟待结果出具后提出处理意见。\n"
    "\n"
    "特此报告。\n"
    "\n"
    "市林业综合行政执法队\n"
    "2026年12月2日\n"
)

EVALUATION_REPORT = (
    "关于青崖天文馆球幕影院放映系统升级项目评标情况的报告\n"
    "\n"
    "馆长办公会:\n"
    "\n"
    "本项目共3家投标人递交投标文件。评标委员会对投标文件进行了详细评审。各投标人的分项报价如下:\n"
    "青崖星穹数字科技有限公司放映机单价86.5万元,安装调试费12.4万元;青崖光影视听工程有限公司放映机单价88.2万元,安装调试费13.1万元。\n"
    "上述分项报价涉及投标人商业秘密,依法不予公开。\n"
    "\n"
    "综合部\n"
    "2026年12月2日\n"
)

HELD_TWINS = {
    # the agency's own rooms and cars arranged for its sections (no reply deciding another body's request)
    "own-logistics": (OWN_LOGISTICS_ARRANGEMENT, Attribute.WITHHELD),
    # one case still under investigation, told to the agency's leaders (no annual report's count of requests)
    "open-case": (OPEN_CASE_REPORT, Attribute.WITHHELD),
    # the bidders' itemised prices, which the report says are their secret (no notice's clause on bid files)
    "bidders-prices": (EVALUATION_REPORT, Attribute.REDACTED),
    # a draft sent to the member units for their comments (no channels offered to the public)
    "internal-consultation": (
        PUBLIC_CONSULTATION.replace(
            "》全\n文公布,征求社会各界意见。公众可于2026年12月8日至2027年1月7日,通过以下方",
            "》印\n发你们,请各成员单位于2026年12月15日前,通过以下方",
        ),
        Attribute.WITHHELD,
    ),
    # an open case beside the closed ones, told with its investigation
    "open-case-told": (
        CLOSED_CASES_LIST.replace(
            "另有2起案件尚在调查中,待办结后依法公开。",
            "另有2起案件尚在调查中,已对当事人制作询问笔录,待鉴定结果出具后作出处理。",
        ),
        Attribute.REDACTED,
    ),
    # the same case with its penalty only proposed, the party still to be heard
    "penalty-proposed": (
        TYPICAL_CASES_BULLETIN.replace(
            "调取收购台账,依据《森林法》第七十八条,没收违法所得并处罚款2.1万元。",
            "调取收购台账,拟依据《森林法》第七十八条,没收违法所得并处罚款2.1万元,已告知当事人陈述申辩权利。",
        ),
        Attribute.REDACTED,
    ),
    # the open case of a year's summary named by its firm
    "open-case-named": (
        INSPECTION_SUMMARY.replace("其中1起因企业涉嫌", "其中青崖县大岭石料有限公司因涉嫌"),
        Attribute.WITHHELD,
    ),
    # the approval of a procurement method that tells of no announcement: a reply to one unit
    "unannounced-single-source": (
        SINGLE_SOURCE_APPROVAL.replace("经在市政府采购网公示5个工作日无异议,根据", "根据"),
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(HELD_TWINS))
def test_held_twin_stays_held(engine: Engine, name: str) -> None:
    text, attribute = HELD_TWINS[name]
    report = engine.check_text(text).files[0]
    rules = [finding.rule for finding in report.findings]
    if attribute is None:
        assert "SP002" in rules, rules
    else:
        assert report.attribute is attribute, rules
