"""Public documents whose genre publishes the very words the judgement layer reads as exempt (judge37,
session 14; drafts written for this test in offices of my own choosing, not in the tuning parts' words).

A rule's condition stated for whoever falls under it (企业因涉嫌走私被立案调查尚未结案的,海关暂停…;
因涉嫌合同欺诈正在立案调查的,不予公示) is a rule, like 应当 and 不得, not the state of one case: a published
list or notice that carries it stays 主动公开. The twin names one firm whose case is open, and stays cut
(第十六条第二款, 第三十七条).

A rule whose head note says which meeting adopted it and when it takes effect ((…第9次会议通过,自…起施行))
is the rule as adopted and published (第二十条第(一)项): the conditions its articles list (救助对象尚未确定的;
版权归属尚未明确的,或者捐赠人意见不一致的) are no pending state of the document. A 送审稿, or a note that
the rule is still to be submitted (拟提交…审议通过), stays withheld as process information
(第十六条第二款).

商业秘密 as the object of the agency's duty (申报材料中涉及企业商业秘密的,由企业注明,
我委及评审专家依法负有保密义务; 申请企业报送的财务报表等资料,市科技局将依法保护其中的商业秘密) or as
the name of a subject (培训内容:企业商业秘密保护与技术秘密管理; 侵犯商业秘密案件典型案例解读) names no
party whose figures are secret (第十五条): a call for applications, a training notice, a draft rule put out
for comment stay 主动公开, whatever caps and thresholds they set. A named firm's figures it asked to keep,
and a firm's process it keeps as its technical secret, stay cut. A law's requirement (落实《…统计法》…的
要求) is no informant's request; an informant who asks stays cut.

An inspection's published result that gives one case's bare status (…网吧接纳未成年人上网,已立案调查,案件正在
办理中; …有限公司超标排放废水,已依法立案,目前正在调查处理中) tells nothing of the case file (第十六条第二款:
who was questioned, the evidence, what is still to check): the 抽查结果公示 and the 执法检查情况通报 stay
主动公开, and their twins that tell the investigation (询问笔录, 调取监控录像核实, 检测结果尚未出具)
stay found.

An article of a rule whose state words stand in a condition or a class it names (案件尚未结案的,
暂不发放奖励; 意见分歧较大或者情况尚未查清的,应当暂缓作出决定; 以及尚在调查中的案件信息,不予公示)
states the rule, and what it forbids (工作人员不得泄露举报人姓名) binds those it governs, not this document's
circulation: a published rule without a head note stays 主动公开. An article saying the matter is still
open (奖励标准尚未确定,待局党组会议研究后再定) stays withheld as process information.

The agency's own canteen or cars told to the public — a guide for the people who come to use a service
(…机关食堂对外开放服务指南), a report that says it publishes itself with the matter named at length
(现将2025年度市级机关公务用车使用管理情况公开如下) — are public forms; the same canteen's contract or the same
cars put to the agency's own leaders stay internal affairs (第十六条第一款).

A draft marked 征求意见稿 that invites the public itself (诚邀社会公众提出修改意见; 欢迎广大市民通过…
留言) is put out for public comment (第十九条); the same draft sent to the member units for their views
stays process information."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import (
    assert_cut,
    assert_still_found,
    attribute_and_categories,
    attribute_and_found,
    report_of,
)

PUBLIC: dict[str, str] = {
    "customs-credit-list": (
        "关于公布2026年度海关高级认证企业名单的公告\n\n"
        "根据《海关注册登记和备案企业信用管理办法》,经企业申请、海关认证,现将本关区新认证的高级认证企业名单予以公布:\n\n"
        "企业名称                 统一社会信用代码\n临川远航国际物流有限公司   91360100MA35K2LX7P\n"
        "临川市金鹏机电进出口有限公司 913601007055123456\n\n"
        "高级认证企业适用较低查验率、优先办理通关手续等便利措施。企业因涉嫌走私被立案调查尚未结案的,"
        "海关暂停适用相应管理措施;案件办结后依规恢复。\n\n特此公告。\n\n临川海关\n2026年6月3日"
    ),
    "insurance-agreement-notice": (
        "关于2027年度定点医药机构协议续签工作的通知\n\n各定点医药机构:\n\n"
        "现将2027年度医保服务协议续签有关事项通知如下:\n一、续签范围:2026年度考核合格的定点医药机构。\n"
        "二、暂缓续签情形:定点医药机构因涉嫌欺诈骗保被立案调查、尚未办结的,暂缓续签协议,"
        "待案件办结后根据处理结果确定是否续签。\n三、续签材料于12月20日前报送。\n\n市医疗保障局\n2026年12月1日"
    ),
    "contract-credit-call": (
        "关于开展2026年度“守合同重信用”企业公示活动的公告\n\n"
        "为推进社会信用体系建设,现开展2026年度“守合同重信用”企业公示活动,有关事项公告如下:\n"
        "一、申报条件:在本市登记注册满三年,近三年无严重违法失信记录。\n"
        "二、不予公示情形:企业存在严重违法失信行为,或因涉嫌合同欺诈正在立案调查的,不予公示。\n"
        "三、申报时间:2026年7月1日至7月31日。\n\n特此公告。\n\n市市场监督管理局\n2026年6月20日"
    ),
}

PUBLIC.update(
    {
        "court-aid-rules-adopted": (
            "临川县人民法院司法救助资金管理规定\n\n(2026年5月8日院审判委员会第9次会议通过,自2026年6月1日起施行)\n\n"
            "第一条 为规范司法救助资金管理,根据有关规定,结合本院实际,制定本规定。\n"
            "第二条 司法救助资金实行专户管理、专款专用。\n"
            "第三条 有下列情形之一的,暂缓发放:(一)救助对象尚未确定的;(二)申请人对救助金额有异议且正在复核的。"
            "暂缓发放应当经分管院领导审批。\n第四条 本规定由本院立案庭负责解释。"
        ),
        "library-rules-adopted": (
            "临川市图书馆古籍数字化资源开放利用办法\n\n(2026年8月14日馆务会议通过)\n\n"
            "第一条 为促进古籍数字化资源开放利用,制定本办法。\n第二条 古籍数字化资源原则上全部向读者开放。\n"
            "第三条 版权归属尚未明确的,或者捐赠人意见不一致的,由馆学术委员会研究后确定开放方式。\n"
            "第四条 本办法自2026年9月1日起施行。"
        ),
    }
)

PUBLIC.update(
    {
        "meeting-rules": (
            "临川市民族宗教事务局局务会议议事规则\n\n第一条 为规范局务会议议事程序,制定本规则。\n"
            "第二条 局务会议由局长主持,每月召开一次。\n第三条 议题由分管领导提出,经局长同意后列入会议议程。\n"
            "第四条 会议讨论决定事项,应当充分讨论。意见分歧较大或者情况尚未查清的,应当暂缓作出决定,"
            "待进一步调研后提交下次会议研究。\n第五条 会议决定事项由办公室督办落实。\n"
            "第六条 本规则自印发之日起施行。"
        ),
        "tip-off-reward-rule": (
            "临川市烟草专卖局涉烟违法案件举报奖励办法\n\n第一条 为鼓励社会公众举报涉烟违法行为,制定本办法。\n"
            "第二条 举报人可以通过电话、信函、网络等方式实名或匿名举报。\n"
            "第三条 举报人要求对其身份保密的,受理举报的工作人员不得泄露举报人姓名、住址等信息。\n"
            "第四条 举报经查证属实,案件依法结案后,按罚没款金额的5%给予奖励,单案最高不超过10万元。\n"
            "第五条 案件尚未结案的,暂不发放奖励;待结案后一次性兑现。\n第六条 本办法自2026年10月1日起施行。"
        ),
        "enforcement-publicity-rule": (
            "临川市交通运输局行政执法公示办法\n\n第一条 为推行行政执法公示制度,制定本办法。\n"
            "第二条 行政处罚决定作出之日起7个工作日内,在门户网站公示执法决定信息。\n"
            "第三条 行政执法过程中形成的询问笔录、调查笔录、证据材料等行政执法案卷信息,"
            "以及尚在调查中的案件信息,不予公示。\n"
            "第四条 公示信息涉及商业秘密和个人隐私的,应当作删除处理后公示。\n"
            "第五条 本办法自2026年7月1日起施行。"
        ),
    }
)

PUBLIC.update(
    {
        "canteen-open-to-visitors": (
            "市行政中心机关食堂对外开放服务指南\n\n为方便来行政中心办事的群众就餐,自2026年7月1日起,"
            "市行政中心机关食堂二楼餐厅对外开放。\n一、开放时间:工作日11:30—13:00。\n"
            "二、就餐方式:办事群众凭身份证在一楼服务台购买餐券,每餐15元。\n三、就餐地点:行政中心B座二楼。\n\n"
            "临川市机关事务管理局\n2026年6月20日"
        ),
        "official-cars-published": (
            "2025年度市级机关公务用车使用管理情况\n\n"
            "根据公务用车管理有关规定,现将2025年度市级机关公务用车使用管理情况公开如下:\n"
            "一、车辆编制:市级机关现有公务用车186辆,其中机要通信用车42辆、应急保障用车96辆、执法执勤用车48辆。\n"
            "二、运行费用:全年公务用车运行维护费1286万元,较上年下降6.2%。\n"
            "三、管理措施:全部车辆纳入公务用车管理平台,实行派车单制度和定点加油、定点维修。\n\n"
            "临川市机关事务管理局\n2026年3月10日"
        ),
    }
)

PUBLIC.update(
    {
        "green-rule-public-comment": (
            "临川市城市绿化管理办法\n(征求意见稿)\n\n第一条 为加强城市绿化管理,制定本办法。\n"
            "第二条 本办法适用于本市城市规划区内的绿化规划、建设、保护和管理。\n"
            "第三条 任何单位和个人不得擅自砍伐、迁移城市树木。\n\n"
            "说明:为广泛听取市民意见,诚邀社会公众提出修改意见,请于2026年9月30日前发送至lcslhc@163.com。"
        ),
        "dog-rule-public-comment": (
            "临川市养犬管理规定(征求意见稿)\n\n第一条 为规范养犬行为,制定本规定。\n"
            "第二条 本市城区实行养犬登记制度。\n第三条 携犬出户应当束犬链。\n\n"
            "欢迎广大市民通过市司法局门户网站“意见征集”栏目留言,截止时间为2026年10月15日。"
        ),
    }
)

OWN_LOGISTICS = {
    "own-cars-to-leaders": (
        "关于局机关公务用车使用情况的报告\n\n局党组:\n\n今年1—9月,局机关公务用车3辆,累计行驶4.2万公里,"
        "运行维护费8.6万元。其中1辆车况较差,维修费用偏高,建议年底报废,另行申请更新。\n妥否,请审示。\n\n"
        "办公室\n2026年10月9日"
    ),
    "own-canteen-contract": (
        "关于局机关食堂承包合同到期后续安排的意见\n\n局机关食堂现承包合同12月底到期。经办公室征求干部职工意见,"
        "拟继续由现承包方经营一年,伙食补助标准维持每人每月300元不变。\n\n办公室\n2026年11月20日"
    ),
}

RULE_STILL_TO_ADOPT = {
    "draft-sent-to-member-units": (
        "临川市城市绿化管理办法\n(征求意见稿)\n\n第一条 为加强城市绿化管理,制定本办法。\n"
        "第二条 本办法适用于本市城市规划区。\n\n请各成员单位于9月30日前将修改意见反馈市城管局绿化科。"
    ),
    "reward-standard-still-open": (
        "临川市烟草专卖局涉烟违法案件举报奖励办法\n\n第一条 为鼓励社会公众举报涉烟违法行为,制定本办法。\n"
        "第二条 举报人可以实名或匿名举报。\n第三条 奖励标准尚未确定,待局党组会议研究后再定。\n"
        "第四条 本办法自2026年10月1日起施行。"
    ),
    "draft-for-review": (
        "临川市图书馆古籍数字化资源开放利用办法(送审稿)\n\n第一条 为促进古籍数字化资源开放利用,制定本办法。\n"
        "第二条 古籍数字化资源开放范围尚未确定,待馆务会议研究后再定。\n第三条 本办法自2026年9月1日起施行。"
    ),
    "note-to-be-submitted": (
        "临川县人民法院司法救助资金管理规定\n\n(2026年5月8日拟提交院审判委员会审议通过)\n\n"
        "第一条 为规范司法救助资金管理,制定本规定。\n第二条 救助标准尚未确定,待审判委员会研究后再定。\n"
        "第三条 本规定由本院立案庭负责解释。"
    ),
}

PUBLIC.update(
    {
        "energy-retrofit-call": (
            "临川市发展和改革委员会关于组织申报2027年度节能技术改造项目的通知\n\n各县(区)发展改革局,各有关企业:\n\n"
            "一、申报条件\n1.申报企业上一年度综合能耗不低于5000吨标准煤,项目节能量不低于1000吨标准煤;\n"
            "2.项目总投资不低于500万元。\n二、材料要求\n申报企业应提交能源审计报告和项目可行性研究报告。"
            "申报材料中涉及企业商业秘密的,由企业在封面注明,我委及评审专家依法负有保密义务。\n"
            "三、申报时间\n2027年2月1日至3月15日。\n\n临川市发展和改革委员会\n2026年12月10日"
        ),
        "ip-training-notice": (
            "关于举办2026年企业知识产权保护培训班的通知\n\n各县(区)市场监管局,各有关企业:\n\n"
            "定于12月18日举办企业知识产权保护培训班,有关事项通知如下:\n一、培训内容\n(一)专利申请与布局实务;\n"
            "(二)企业商业秘密保护与技术秘密管理;\n(三)侵犯商业秘密案件典型案例解读。\n"
            "二、参训对象:各企业知识产权管理人员1名。\n三、时间地点:12月18日9:00,市市场监管局三楼会议室。\n\n"
            "临川市市场监督管理局\n2026年12月8日"
        ),
        "loan-subsidy-rule-for-comment": (
            "关于公开征求《临川市科技型中小企业贷款贴息办法(征求意见稿)》意见的公告\n\n"
            "现向社会公开征求意见,意见反馈截止时间为2026年10月31日。\n\n"
            "第一条 为缓解科技型中小企业融资难题,制定本办法。\n"
            "第二条 单户企业年度贴息贷款额度最高1000万元,贴息比例不超过贷款市场报价利率的50%。"
            "申请企业报送的财务报表等资料,市科技局将依法保护其中的商业秘密。\n"
            "第三条 本办法自2027年1月1日起施行。\n\n临川市科学技术局\n2026年10月1日"
        ),
        "statistics-secrecy-training": (
            "关于开展2026年度统计数据保密教育的通知\n\n局机关各科室、各统计调查队:\n\n"
            "为增强全体职工保密意识,落实《中华人民共和国统计法》和《统计调查对象信息保护规定》的要求,"
            "局党组决定开展统计数据保密教育。现将有关事项通知如下:\n一、时间:2026年11月20日下午。\n"
            "二、内容:统计调查对象信息保护;涉密统计资料管理。\n三、请各科室于11月18日前报送参训名单。\n\n"
            "临川市统计局办公室\n2026年11月12日"
        ),
    }
)

THIRD_PARTY_TWINS = {
    "firm-asked-to-keep-figures": (
        "临川市科学技术局关于2026年度科技型中小企业贷款贴息拟支持项目的公示\n\n经专家评审,现将拟支持项目予以公示:\n"
        "一、拟支持项目12个,贴息金额合计386万元。\n二、评审中发现,临川精工机械有限公司提交的未经审计的财务报表显示,"
        "其2025年营业收入6320万元,净利润-410万元,企业要求对上述数据保密。\n公示期为5个工作日。\n\n"
        "临川市科学技术局\n2026年11月2日"
    ),
    "process-kept-as-technical-secret": (
        "关于2026年度首台套装备认定评审情况的报告\n\n市工信局:\n\n"
        "经专家评审,临川精工机械有限公司申报的数控磨床符合认定条件。\n"
        "该设备主轴采用企业自研的低温渗氮工艺,渗氮温度控制在510℃,关键工艺参数作为技术秘密管理,未申请专利。\n\n"
        "市首台套装备评审专家组\n2026年11月2日"
    ),
    "informant-asks-not-to-be-named": (
        "关于2026年第三季度信访件办理情况的通报\n\n局机关各科室:\n\n三季度共受理信访件46件,已办结41件。"
        "其中,临川纺织厂职工王某反映厂方拖欠加班费,该职工要求对其身份保密,不得向厂方透露。\n请各科室按期办结。\n\n"
        "临川市人社局办公室\n2026年10月8日"
    ),
}

PUBLIC.update(
    {
        "random-check-results": (
            "临川市文化广电旅游局2026年第二批“双随机、一公开”抽查结果公示\n\n"
            "根据年度抽查计划,我局于9月对全市旅行社、网吧开展随机抽查,共抽查市场主体32家,现将结果公示如下:\n"
            "一、未发现问题的27家;\n二、发现问题并已责令整改的4家,均已整改到位;\n"
            "三、临川乐途网吧接纳未成年人上网,已立案调查,案件正在办理中。\n详细名单见附件。\n\n"
            "临川市文化广电旅游局\n2026年10月9日"
        ),
        "discharge-inspection-bulletin": (
            "临川市生态环境局关于2026年第三季度重点排污单位执法检查情况的通报\n\n各县(区)分局,各重点排污单位:\n\n"
            "三季度,我局对全市58家重点排污单位开展执法检查,发现问题单位6家。其中:\n"
            "1.自动监测设备运维不规范的4家,已责令限期改正;\n"
            "2.临川宏达印染有限公司超标排放废水,已依法立案,目前正在调查处理中;\n"
            "3.临川金石建材有限公司未按规定设置危险废物标识,已责令改正。\n请各单位对照问题开展自查。\n\n"
            "临川市生态环境局\n2026年10月15日"
        ),
    }
)

PUBLIC["tax-random-check-results"] = (
    "国家税务总局临川市税务局关于2026年“双随机、一公开”抽查结果的公告\n\n"
    "根据税务稽查随机抽查工作安排,我局对随机抽取的32户纳税人开展检查,现将检查结果公告如下:\n"
    "1.未发现问题的24户;\n2.补缴税款及滞纳金的7户,合计补缴税款186.4万元;\n"
    "3.临川金鼎贸易有限公司涉嫌虚开增值税专用发票,已移送公安机关,目前正在侦查中。\n特此公告。\n\n"
    "国家税务总局临川市税务局\n2026年11月10日"
)

CASE_FILE_TWINS = {
    "random-check-questioned": (
        "临川市文化广电旅游局2026年第二批“双随机、一公开”抽查结果公示\n\n"
        "根据年度抽查计划,我局于9月对全市旅行社、网吧开展随机抽查,共抽查市场主体32家,现将结果公示如下:\n"
        "一、未发现问题的27家;\n二、发现问题并已责令整改的4家,均已整改到位;\n"
        "三、临川乐途网吧接纳未成年人上网,已立案调查,执法人员已对网吧负责人制作询问笔录,"
        "正在调取监控录像核实接纳人数,案件正在办理中。\n详细名单见附件。\n\n临川市文化广电旅游局\n2026年10月9日"
    ),
    "discharge-test-pending": (
        "临川市生态环境局关于2026年第三季度重点排污单位执法检查情况的通报\n\n各县(区)分局,各重点排污单位:\n\n"
        "三季度,我局对全市58家重点排污单位开展执法检查,发现问题单位6家。其中:\n"
        "1.自动监测设备运维不规范的4家,已责令限期改正;\n"
        "2.临川宏达印染有限公司超标排放废水,已依法立案,执法人员已调取其近三个月在线监测数据,"
        "水样检测结果尚未出具,目前正在调查处理中;\n"
        "3.临川金石建材有限公司未按规定设置危险废物标识,已责令改正。\n请各单位对照问题开展自查。\n\n"
        "临川市生态环境局\n2026年10月15日"
    ),
}

OPEN_CASE_TWIN = (
    "关于公布2026年度海关高级认证企业名单的公告\n\n"
    "根据《海关注册登记和备案企业信用管理办法》,经企业申请、海关认证,现将本关区新认证的高级认证企业名单予以公布:\n\n"
    "企业名称                 统一社会信用代码\n临川远航国际物流有限公司   91360100MA35K2LX7P\n\n"
    "另,临川市金鹏机电进出口有限公司因涉嫌走私被立案调查,案件尚未结案,执法人员已对其报关员制作询问笔录,"
    "其认证申请暂缓办理。\n\n特此公告。\n\n临川海关\n2026年6月3日"
)


@pytest.mark.parametrize("name", list(PUBLIC))
def test_a_public_genre_stays_published(rules_alone: Engine, name: str) -> None:
    attribute, categories = attribute_and_categories(rules_alone, PUBLIC[name])
    assert attribute is Attribute.PROACTIVE
    assert categories == set()


def test_a_named_firms_open_case_is_still_cut(rules_alone: Engine) -> None:
    assert_cut(report_of(rules_alone, OPEN_CASE_TWIN), Category.ENFORCEMENT_FILE)


def _cases(*tables: tuple[dict[str, str], Category]) -> list[object]:
    """The drafts of ``tables``, each with the category its table is about, named by their keys."""
    return [
        pytest.param(text, category, id=name) for table, category in tables for name, text in table.items()
    ]


# A rule still to adopt (process information) and the agency's own logistics (internal affairs): withheld.
@pytest.mark.parametrize(
    ("text", "category"),
    _cases((RULE_STILL_TO_ADOPT, Category.PROCESS_INFO), (OWN_LOGISTICS, Category.INTERNAL_AFFAIRS)),
)
def test_a_rule_still_to_adopt_or_the_agencys_own_logistics_stay_withheld(
    rules_alone: Engine, text: str, category: Category
) -> None:
    assert attribute_and_found(rules_alone, text, category) == (Attribute.WITHHELD, True)


# A named party's secret (trade secret) and a result that tells the investigation (enforcement file): the
# public genre does not publish them.
@pytest.mark.parametrize(
    ("text", "category"),
    _cases((THIRD_PARTY_TWINS, Category.TRADE_SECRET), (CASE_FILE_TWINS, Category.ENFORCEMENT_FILE)),
)
def test_a_named_partys_secret_or_a_told_investigation_is_still_found(
    rules_alone: Engine, text: str, category: Category
) -> None:
    assert_still_found(rules_alone, text, category)
