"""Look-alikes decided by why the data is public (precision22), written before the rules in the voices of
offices no tuning part speaks for (a 水库管理处, a 气象台, a 高速公路管理处, a 职业技术学院, a 动物园,
a 港务管理局, a 机场改扩建征迁安置指挥部). Five reasons, not five offices:

- *a word is no name*: 本人银行卡 in a list of papers is the applicant's own card, not a person called 银行卡;
- *an office's own contact*: a fax, a landline or a mailbox in brackets right after a body's name (报市气象台
  业务科(传真…,邮箱…@163.com)) is where the addressees send their returns: the body's, on a free host too;
- *an allocation result publishes the unit allocated*: a resettlement 分配/选房结果公示 lists, household by
  household, the flat each was given (《国有土地上房屋征收与补偿条例》第二十九条: 分户补偿情况 published in
  the expropriation area); the column of allocated units is that result, not a home address;
- *a duty roster told to the public* (游客如遇…请拨打值班电话) is a notice of the duty lines, not the agency's
  internal arrangement (LABELS.md, the agency's own duty arrangements);
- *an aggregate figure*: 为辖区企业办理留抵退税 is the total over many firms, no taxpayer's own data.

The twins keep the same data where it is a person's (a contact person's own mailbox, a name after 本人, a
home address column, a roster that only instructs the staff, a named firm's refund): still found."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_still_cut, attribute_and_found, report_of
from tests.testing.known_public import public
from tests.testing.personal import (
    assert_personal_found,
    assert_proactive_without_personal_findings,
)

RESERVOIR_GUIDE = (
    "大中型水库移民后期扶持资金发放办事指南\n\n"
    "一、适用对象:经核定登记的大中型水库农村移民。\n"
    "二、所需材料:\n"
    "1.移民本人身份证复印件;\n"
    "2.户口簿复印件;\n"
    "3.本人银行卡(社会保障卡)复印件;\n"
    "4.委托他人代办的,提供委托书。\n"
    "三、发放方式:扶持资金每年按季度直接转入本人银行卡。\n"
    "四、办理地点:县水库管理处移民扶持股,工作日8:30—17:30。\n"
)

COLLEGE_GRANT = (
    "关于做好2026—2027学年国家助学金发放工作的通知\n\n"
    "各二级学院:\n\n"
    "根据省教育厅有关要求,现将本学年国家助学金发放工作通知如下:\n"
    "一、助学金按月发放,每生每月330元。\n"
    "二、请各二级学院于10月20日前收齐受助学生本人银行卡(一类账户)复印件,确保资金及时到账。\n"
    "三、学生资助管理中心将于11月起按月发放。\n\n"
    "市职业技术学院学生资助管理中心\n"
    "2026年10月9日\n"
)

WEATHER_RETURNS = (
    "关于报送2027年汛期值班表的通知\n\n"
    "各区县气象局:\n\n"
    "2027年汛期即将到来。为做好汛期气象服务,现就有关事项通知如下:\n"
    "一、汛期实行24小时值班和领导带班制度。\n"
    "二、请各区县气象局于4月25日前将汛期值班表报市气象台业务科(传真0716-8223410,邮箱qxtywk@163.com)。\n"
    "三、重要天气过程期间,各区县局应当加密会商。\n\n"
    "市气象台\n"
    "2027年4月12日\n"
)

EXPRESSWAY_RETURNS = (
    "关于开展冬季路面结冰隐患排查的通知\n\n"
    "各收费站、各养护工区:\n\n"
    "为确保冬季道路安全畅通,决定在全线开展路面结冰隐患排查。\n"
    "一、排查范围:全线桥梁、隧道进出口、背阴路段。\n"
    "二、排查结果请于12月15日前报送管理处养护科(电话0745-6612208,电子邮箱gsglc_yhk@126.com)。\n\n"
    "市高速公路管理处\n"
    "2026年12月3日\n"
)

RESERVOIR_ALLOCATION = (
    "青峰水库移民安置房分配结果公示\n\n"
    "根据《青峰水库移民安置实施方案》,第二批移民安置房选房工作已于2026年10月18日在青峰镇文化站完成,"
    "全程由县公证处公证。现将分配结果公示如下:\n\n"
    "序号  选房顺序号  户主     安置房号              面积(㎡)\n"
    "1     001         刘*国    青峰家园3栋2单元401   96.5\n"
    "2     002         陈*      青峰家园3栋2单元402   96.5\n"
    "3     003         杨*芳    青峰家园5栋1单元201   78.2\n"
    "(共计64户,其余详见附件)\n\n"
    "公示期:2026年10月20日至10月26日。对公示结果有异议的,请在公示期内向县水库移民安置办公室书面反映。\n\n"
    "县水库移民安置办公室\n"
    "2026年10月20日\n"
)

AIRPORT_ALLOCATION = (
    "机场改扩建工程征迁户回迁房选房结果公告\n\n"
    "机场改扩建工程第一批征迁户回迁房选房已于2026年9月6日在指挥部完成。现将选房结果公告如下:\n\n"
    "序号\t被征收人\t选定房源\t建筑面积(平方米)\n"
    "1\t黄*兵\t航城花园12幢1单元1502\t118.4\n"
    "2\t周*\t航城花园12幢2单元903\t89.7\n"
    "3\t韦*华\t航城花园8幢1单元601\t89.7\n\n"
    "公告期5个工作日。如有异议,请向指挥部征迁安置组反映。\n\n"
    "机场改扩建工程征迁安置指挥部\n"
    "2026年9月8日\n"
)

WEATHER_ROSTER = (
    "市气象台2027年春节假期值班安排表\n\n"
    "日期        带班领导(职务)        值班预报员    值班电话\n"
    "2月10日     赵建明(台长)          孙悦          0716-8223400\n"
    "2月11日     钱立新(副台长)        吴昊          0716-8223400\n"
    "2月12日     钱立新(副台长)        郑琳          0716-8223400\n\n"
    "说明:\n"
    "1.值班地点:市气象台业务大楼二楼预报平台。\n"
    "2.遇灾害性天气,值班预报员应当及时报告带班领导并发布预警。\n"
    "3.公众需要天气预报服务的,可拨打12121气象服务热线或市气象台值班电话。\n\n"
    "市气象台办公室\n"
    "2027年2月5日\n"
)

ZOO_ROSTER = (
    "市动物园2026年国庆假期值班安排\n\n"
    "日期        带班领导        值班人员      值班电话\n"
    "10月1日     林海(园长)      何静          0731-8661100\n"
    "10月2日     许波(副园长)    唐军          0731-8661100\n"
    "10月3日     许波(副园长)    宋洁          0731-8661100\n\n"
    "值班地点:园区游客服务中心。游客如遇走失、受伤等情况,请拨打园区值班电话0731-8661100。\n\n"
    "市动物园办公室\n"
    "2026年9月28日\n"
)

PORT_SUMMARY = (
    "市港务管理局2026年上半年工作总结\n\n"
    "上半年,全市港口完成货物吞吐量1.26亿吨,同比增长5.1%。\n\n"
    "一、优化口岸营商环境。联合税务部门为辖区企业办理留抵退税3.6亿元,为港航企业减免港口建设费4200万元。\n\n"
    "二、加强港口安全监管。开展危险货物港口作业检查42次,整改隐患118处。\n\n"
    "下半年,我局将继续推进智慧港口建设。\n\n"
    "市港务管理局\n"
    "2026年7月8日\n"
)

PORT_OFFICE_REVIEW = (
    "市口岸办2026年度工作情况\n\n"
    "一、通关便利化。全年进出口通关时间压缩至38小时以内。\n\n"
    "二、惠企政策落实。会同海关、税务部门为出口企业办理出口退税12.4亿元,惠及企业860余家。\n\n"
    "三、口岸基础设施。完成查验场地改造2处。\n\n"
    "市口岸办\n"
    "2027年1月6日\n"
)

PUBLIC_DOCUMENTS = {
    "reservoir_guide": RESERVOIR_GUIDE,
    "college_grant": COLLEGE_GRANT,
    "weather_returns": WEATHER_RETURNS,
    "expressway_returns": EXPRESSWAY_RETURNS,
    "reservoir_allocation": RESERVOIR_ALLOCATION,
    "airport_allocation": AIRPORT_ALLOCATION,
    "weather_roster": WEATHER_ROSTER,
    "zoo_roster": ZOO_ROSTER,
    "port_summary": PORT_SUMMARY,
    "port_office_review": PORT_OFFICE_REVIEW,
}


public(__name__, PUBLIC_DOCUMENTS)


@pytest.mark.parametrize("name", sorted(PUBLIC_DOCUMENTS))
def test_public_document_stays_public(engine: Engine, name: str) -> None:
    assert_proactive_without_personal_findings(engine, PUBLIC_DOCUMENTS[name])
    assert report_of(engine, PUBLIC_DOCUMENTS[name]).attribute is Attribute.PROACTIVE


PRIVATE_TWINS = {
    # a name after 本人 that closes its clause is the person's
    "name_after_self": (
        RESERVOIR_GUIDE + "五、填写示例:申请人本人银宏伟,男,青峰镇人。\n",
        "PN001",
        "银宏伟",
    ),
    # a contact person's own mailbox in brackets after his name, not after a body's
    "contact_person_mailbox": (
        WEATHER_RETURNS.replace("报市气象台业务科(", "报预报员刘德伟(").replace(
            "qxtywk@163.com", "liudewei1985@163.com"
        ),
        "PI103",
        "liudewei1985@163.com",
    ),
    # a complainant's mailbox after the body he wrote to is still his
    "complainant_mailbox": (
        EXPRESSWAY_RETURNS
        + "三、投诉人李某向管理处养护科反映路面结冰问题(投诉人邮箱lixm1988@126.com),请一并核查。\n",
        "PI103",
        "lixm1988@126.com",
    ),
    # the same allocation told in a progress report, with each household's home address: a home address
    "home_address_in_a_result": (
        RESERVOIR_ALLOCATION.replace("安置房号", "家庭住址"),
        "AD002",
        "3栋2单元",
    ),
}


@pytest.mark.parametrize("name", sorted(PRIVATE_TWINS))
def test_private_twin_stays_found(engine: Engine, name: str) -> None:
    text, rule, value = PRIVATE_TWINS[name]
    assert_personal_found(engine, text, rule, value)


ROSTER_FOR_STAFF_ONLY = (
    "市气象台2027年春节假期值班安排表\n\n"
    "日期        带班领导(职务)        值班预报员\n"
    "2月10日     赵建明(台长)          孙悦\n"
    "2月11日     钱立新(副台长)        吴昊\n\n"
    "要求:\n"
    "1.值班人员须于当日8:00到岗,在值班室24小时值守,不得脱岗、替岗;\n"
    "2.确需调换的,须提前一天报办公室同意。\n\n"
    "市气象台办公室\n"
    "2027年2月5日\n"
)

NAMED_FIRM_REFUND = PORT_SUMMARY.replace(
    "为辖区企业办理留抵退税3.6亿元", "为青港集装箱码头有限公司办理留抵退税9400万元"
)


def test_roster_for_the_staff_only_stays_internal(engine: Engine) -> None:
    attribute, found = attribute_and_found(engine, ROSTER_FOR_STAFF_ONLY, Category.INTERNAL_AFFAIRS)
    assert found and attribute is Attribute.WITHHELD


def test_named_firm_refund_is_still_cut(engine: Engine) -> None:
    assert_still_cut(engine, NAMED_FIRM_REFUND, Category.TRADE_SECRET)
