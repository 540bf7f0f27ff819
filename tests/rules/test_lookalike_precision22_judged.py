"""Look-alikes of the judgement layer and the reply form, decided by why the draft is public (precision22,
second step), written before the rules in the voices of a 气象台, a 水文站, a 动物园, a 水库管理处, a 高速公路
管理处 and a 职业技术学院. Six reasons:

- *an approval of a public body's request* decides a public matter, whatever word ends the body's name
  (市气象台, 县水文站 is a 站 already; 市动物园, 水库管理处, 职业技术学院): 第十三条、第十九条;
- *a number the reader is told to text* (听障人士可发送短信至…) is a public line, as one told to dial;
- *康复 is no name* (残疾儿童康复和托养服务);
- *a count of cases* (尚在调查中的2件) is an aggregate figure, no open case;
- *a training or meeting notice's attendance and leave* are the event's own arrangements (JD036's siblings
  stand back for it already);
- *a press report* the agency writes for publication (本报讯, 记者从…获悉, 新闻通稿) publishes the case it
  tells.

Twins: a reply on a body's own staff, a private holder's number to text, a name after 儿童, an open case
told in a report, an internal paper on a named officer's talk, a press line kept internal (口径)."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_found, report_of
from tests.testing.known_public import public
from tests.testing.personal import loud_personal

WEATHER_APPROVAL = (
    "省气象局关于同意市气象台天气雷达站升级改造的批复\n\n"
    "市气象台:\n\n"
    "你台《关于天气雷达站升级改造的请示》(市气台〔2026〕12号)收悉。经研究,批复如下:\n"
    "一、同意你台实施天气雷达站双偏振升级改造,总投资控制在420万元以内,资金由省级气象事业经费安排。\n"
    "二、改造期间应当做好临时观测替代,确保预警信息发布不中断。\n"
    "三、项目完成后,按规定组织验收并报我局。\n\n"
    "此复。\n\n"
    "省气象局\n"
    "2026年8月12日\n"
)

ZOO_APPROVAL = (
    "市园林局关于同意市动物园大熊猫馆改造方案的批复\n\n"
    "市动物园:\n\n"
    "你园《关于大熊猫馆改造方案的请示》收悉。经研究,同意你园按所报方案改造大熊猫馆,扩建室外活动场1200平方米,"
    "所需资金从市级园林专项资金中安排。改造期间应当合理调整游览线路,做好游客引导。\n\n"
    "此复。\n\n"
    "市园林局\n"
    "2026年5月6日\n"
)

RESERVOIR_APPROVAL = (
    "县水利局关于青峰水库管理处溢洪道除险加固实施方案的批复\n\n"
    "青峰水库管理处:\n\n"
    "你处《关于溢洪道除险加固实施方案的请示》收悉。经研究,原则同意所报实施方案,工程于汛后开工,"
    "2027年汛前完工。施工期间应当制定度汛方案,确保水库安全。\n\n"
    "此复。\n\n"
    "县水利局\n"
    "2026年9月20日\n"
)

TEXT_THE_LINE = (
    "市气象台关于春节期间气象服务安排的公告\n\n"
    "广大市民朋友:\n\n"
    "春节期间我台实行24小时值班,可通过以下方式获取气象服务:\n"
    "气象服务热线:12121(24小时)\n"
    "值班电话:0716-8223400\n"
    "听力、言语障碍人士可发送短信至 139 0716 2121(节日期间有专人回复)。\n\n"
    "市气象台\n"
    "2027年2月5日\n"
)

ZOO_TEXT_LINE = (
    "市动物园关于国庆假期游园预约的公告\n\n"
    "国庆假期实行分时段预约游园。不便使用手机小程序的老年游客,可发短信至13807311100预约,"
    "短信注明姓名、人数和入园时段。\n\n"
    "市动物园\n"
    "2026年9月25日\n"
)

REHAB_NEWS = (
    "县残疾人康复中心召开年度工作会议 部署残疾儿童康复和托养服务工作\n\n"
    "12月2日,县残疾人康复中心召开年度工作会议,总结全年工作,部署残疾儿童康复和托养服务等工作。"
    "全年共为残疾儿童提供康复训练服务4800人次。会议要求,明年要继续加强残疾儿童康复和托养服务。\n\n"
    "(县残疾人康复中心办公室 供稿)\n"
)

EXPRESSWAY_CASES = (
    "市高速公路管理处2026年度路政执法工作情况\n\n"
    "2026年,全处依法开展路政执法工作,现将有关情况公布如下。\n\n"
    "一、案件查处情况。全年受理路政案件126件,立案调查98件,不予立案28件。办结案件95件,"
    "尚在调查中的3件。收取路产损失赔偿费86万元。\n\n"
    "二、下一年工作。继续开展超限运输治理。\n\n"
    "市高速公路管理处\n"
    "2027年1月10日\n"
)

COLLEGE_TRAINING = (
    "关于举办2026年度保密知识培训的通知\n\n"
    "院机关各处室:\n\n"
    "为增强教职工保密意识,定于12月10日举办保密知识培训。现将有关事项通知如下:\n"
    "一、培训时间:12月10日下午2:30。\n"
    "二、培训地点:学院行政楼报告厅。\n"
    "三、培训内容\n"
    "(一)保密法解读,涉密载体管理中的常见泄密风险;\n"
    "(二)工作秘密的界定,不得在微信群中传输考试试卷、学生信息等内容。\n"
    "四、有关要求:请各部门严格考勤,因公不能参加的须书面请假,培训成绩纳入年度考核。\n\n"
    "市职业技术学院办公室\n"
    "2026年12月3日\n"
)

ZOO_PRESS = (
    "市动物园协助查获一起非法收购珍贵野生动物案\n\n"
    "本报讯 记者从市动物园获悉,市森林公安局近日侦破一起非法收购国家重点保护野生动物案,"
    "抓获犯罪嫌疑人3名,查获蜂猴2只。经动物园兽医鉴定,蜂猴健康状况良好,已移交动物园救护。"
    "目前,该案已移送检察机关审查起诉。\n\n"
    "动物园提醒,购买、饲养国家重点保护野生动物属违法行为。\n"
)

RESERVOIR_PRESS = (
    "青峰水库库区非法采砂案件查处情况\n"
    "(新闻通稿)\n\n"
    "近日,县水利局会同县公安局在青峰水库库区查获一起非法采砂案件,扣押采砂船2艘。"
    "涉事采砂公司已被立案调查,案件正在进一步调查中。\n"
    "县水利局提醒,库区内禁止一切采砂活动。\n"
)

PUBLIC_DRAFTS = {
    "weather_approval": WEATHER_APPROVAL,
    "zoo_approval": ZOO_APPROVAL,
    "reservoir_approval": RESERVOIR_APPROVAL,
    "text_the_line": TEXT_THE_LINE,
    "zoo_text_line": ZOO_TEXT_LINE,
    "rehab_news": REHAB_NEWS,
    "expressway_cases": EXPRESSWAY_CASES,
    "college_training": COLLEGE_TRAINING,
    "zoo_press": ZOO_PRESS,
    "reservoir_press": RESERVOIR_PRESS,
}


public(__name__, PUBLIC_DRAFTS)


@pytest.mark.parametrize("name", sorted(PUBLIC_DRAFTS))
def test_public_draft_stays_public(engine: Engine, name: str) -> None:
    report = report_of(engine, PUBLIC_DRAFTS[name])
    loud = [(f.rule, f.text) for f in report.findings if f.severity.rank >= 2]
    assert report.attribute is Attribute.PROACTIVE, loud


STAFF_APPROVAL = WEATHER_APPROVAL.replace("天气雷达站升级改造", "增加编制和人员").replace(
    "实施天气雷达站双偏振升级改造,总投资控制在420万元以内,资金由省级气象事业经费安排", "增加事业编制2名"
)

OPEN_CASE_REPORT = (
    "关于青峰水库库区非法采砂案件查处情况的报告\n\n"
    "县人民政府:\n\n"
    "近日,县水利局会同县公安局在青峰水库库区查获一起非法采砂案件,扣押采砂船2艘。"
    "涉事采砂公司已被立案调查,案件正在进一步调查中,已制作询问笔录5份,下一步拟调取采砂公司账目。\n\n"
    "特此报告。\n\n"
    "县水利局\n"
    "2026年10月9日\n"
)

PRESS_LINES_KEPT_INSIDE = (
    "关于青峰水库非法采砂案件的对外宣传口径(内部掌握)\n\n"
    "如记者问及案件进展,统一答复为“正在依法调查”。涉事采砂公司已被立案调查,已制作询问笔录5份,"
    "下一步拟调取采砂公司账目,不得透露调查细节。\n\n"
    "县水利局办公室\n"
    "2026年10月9日\n"
)


def test_reply_on_a_bodys_own_staff_stays_on_request(engine: Engine) -> None:
    assert report_of(engine, STAFF_APPROVAL).attribute is Attribute.ON_REQUEST


@pytest.mark.parametrize("text", [OPEN_CASE_REPORT, PRESS_LINES_KEPT_INSIDE], ids=["report", "press_lines"])
def test_open_case_outside_a_press_report_stays_found(engine: Engine, text: str) -> None:
    attribute, found = attribute_and_found(engine, text, Category.ENFORCEMENT_FILE)
    assert found and attribute is not Attribute.PROACTIVE


def test_private_holders_number_to_text_stays_found(engine: Engine) -> None:
    text = TEXT_THE_LINE + "如需联系投诉人刘德伟,可发送短信至13907165566。\n"
    assert ("PI101", "13907165566") in loud_personal(engine, text)


def test_child_named_after_the_role_stays_found(engine: Engine) -> None:
    text = REHAB_NEWS + "受助儿童康小明,男,6岁,家住城关镇。\n"
    assert any(rule == "PN001" and "康小明" in found for rule, found in loud_personal(engine, text))
