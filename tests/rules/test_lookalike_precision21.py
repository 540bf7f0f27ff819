"""Look-alikes decided by why the data is public (precision21): public documents written for this test in
the voices of offices no tuning part speaks for (a 科技馆, a 种子管理站, a 体育彩票管理中心, a 体育运动学校, a
动物卫生监督所, a 殡仪馆 with its 民政局). Three reasons, not three offices:

- *a landline of a document that names no private person* is a body's: the sites a notice lists
  (各分馆联系电话分别为…), a service guide's offices with their addresses in brackets, a summary's
  closing 联系电话 with no signature;
- *a 公示 of a procedure's result* publishes whom it lists (资格审核结果公示, 确认结果公示: the public
  is asked to object), and *a public hearing* whom it hears (听证会参加人名单);
- *the village group of a household* in a list a rule publishes (a subsidy's 村组 column) is how the
  village posts it, not an address down to the door.

The twins keep the same data where a private person is named, the number is given as someone's, the
list punishes or is a report, the hearing is a party's, or the column goes down to the house number:
still found."""

from __future__ import annotations

import pytest

from secreview import Engine
from tests.testing.known_public import public
from tests.testing.personal import loud_personal, public_documents_test

SITES_NOTICE = (
    "关于2027年寒假青少年科普研学活动报名的通知\n\n"
    "各中小学校:\n\n"
    "市科技馆定于2027年1月20日至2月10日举办寒假青少年科普研学活动。现将有关事项通知如下:\n"
    "一、活动内容:天文观测、机器人编程、航天模型制作三个主题,每期5天。\n"
    "二、活动地点:市科技馆本馆、东湖分馆、高新分馆,各分馆联系电话分别为0716-83125506、0716-83260718、"
    "0716-83391120。\n"
    "三、报名方式:学生在市科技馆微信公众号报名,每人限报一个主题。\n"
    "四、收费标准:免费,材料费自理。\n"
)

SERVICE_GUIDE = (
    "农作物种子生产经营许可证核发办事指南\n\n"
    "一、事项名称:农作物种子生产经营许可证核发(主要农作物常规种子)\n"
    "二、办理依据:《中华人民共和国种子法》第三十一条、《农作物种子生产经营许可管理办法》。\n"
    "三、申请材料:申请表、营业执照复印件、种子生产地点检疫证明、质量检验室及仪器设备清单。\n"
    "四、办理时限:20个工作日。\n"
    "五、收费标准:不收费。\n"
    "六、办理地点及电话:\n"
    "县种子管理站许可股(城南镇农科路9号二楼)  0718-4612283\n"
    "石岭镇农业站  0718-4651023\n"
    "城南镇农业站  0718-4621087\n"
    "龙潭乡农业站  0718-4633148\n"
    "七、办公时间:工作日上午8:30—12:00,下午14:30—17:30\n"
)

SALES_SUMMARY = (
    "2026年度全市体育彩票销售情况摘要\n\n"
    "2026年,全市销售体育彩票18.6亿元,同比增长7.2%,筹集公益金4.5亿元。"
    "公益金主要用于全民健身设施建设、青少年体育活动和体育赛事。\n"
    "一、销售网点:全市实体销售网点1126个,其中新开网点83个。\n"
    "二、公益金使用:新建社区健身路径62处、笼式足球场9块。\n"
    "三、责任彩票:开展网点业主培训4期,未发生向未成年人销售彩票的情况。\n\n"
    "年度公益金使用情况全文已在市体育彩票管理中心网站公布。\n\n"
    "联系电话:0716-82238815\n"
)

ADMISSION_RESULTS = (
    "市体育运动学校2027年体育专项招生资格审核结果公示\n\n"
    "根据省体育局有关规定,经考生申请、专项测试和资格审核,现将通过资格审核的考生名单公示如下:\n\n"
    "序号 | 姓名 | 性别 | 报考项目 | 毕业学校\n"
    "1 | 韦嘉铭 | 男 | 田径 | 市第七中学\n"
    "2 | 莫思彤 | 女 | 游泳 | 城南中学\n"
    "3 | 覃浩然 | 男 | 举重 | 市第二中学\n\n"
    "公示期:2027年5月10日至5月16日。对公示名单有异议的,可在公示期内以书面形式实名向市体育运动学校招生办反映。\n"
)

VETERINARIAN_RESULTS = (
    "2027年度官方兽医资格确认结果公示\n\n"
    "按照《官方兽医制度》有关要求,经个人申请、单位推荐、培训考核,现将拟确认为官方兽医的人员名单公示如下:\n"
    "姓名\t工作单位\n"
    "蓝启东\t县动物卫生监督所\n"
    "廖春燕\t城关镇畜牧兽医站\n"
    "谭永刚\t石门镇畜牧兽医站\n\n"
    "公示时间:2027年3月1日至3月7日。如有异议,请向县动物卫生监督所反映。\n"
)

HEARING_NOTICE = (
    "县殡葬服务收费标准调整听证会公告\n\n"
    "根据《政府制定价格听证办法》,县发展和改革局定于2027年1月12日上午9:00在县政务服务中心三楼会议室举行"
    "殡葬服务收费标准调整听证会。现将有关事项公告如下:\n"
    "一、听证事项:县殡仪馆遗体接运、火化等基本服务收费标准调整方案。\n"
    "二、听证会参加人共15名,经公开报名和随机抽取确定,名单如下:\n"
    "消费者代表:杜明轩、卢慧敏、石永康、严佩珊\n"
    "经营者代表:县殡仪馆 邱振华\n"
    "人大代表、政协委员:滕素琴、方国梁\n"
    "三、旁听人员:设旁听席8个,有意者于1月8日前到县发展和改革局价格股报名。\n"
)

SEED_SUBSIDY = (
    "石岭镇2027年度水稻良种补贴发放情况公示\n\n"
    "经农户申报、村级核实、镇农业服务中心审核,现将2027年度水稻良种补贴发放情况公示如下:\n\n"
    "序号\t村组\t户主\t补贴面积(亩)\t补贴金额(元)\n"
    "1\t岭南村二组\t韦德昌\t6.5\t97.5\n"
    "2\t岭南村五组\t农秀兰\t4.2\t63.0\n"
    "3\t石桥村一组\t黄永福\t8.0\t120.0\n\n"
    "公示期7天。如有异议,请向镇农业服务中心反映。\n"
)

NOTARY_NOTICE = (
    "关于公证服务延时的公告\n\n"
    "为方便群众办理公证事项,自2027年1月1日起,市公证处实行工作日延时服务,每周六上午正常办公。"
    "城东、城西两个办证点联系电话分别为0716-82231106、0716-82231107。\n"
    "遗嘱公证、委托公证须本人到场办理,请携带身份证件原件。\n"
)

SHELTER_LIST = (
    "城区应急避难场所分布情况\n\n"
    "为便于群众在地震等灾害发生时就近避险,现将城区应急避难场所公布如下:\n"
    "人民公园避难场所(人民路18号,可容纳1.2万人)  管理电话0716-82230119\n"
    "滨江广场避难场所(滨江路6号,可容纳0.8万人)  管理电话0716-82230120\n"
)

PUBLIC_DOCUMENTS = {
    "notary_notice": NOTARY_NOTICE,
    "shelter_list": SHELTER_LIST,
    "sites_notice": SITES_NOTICE,
    "service_guide": SERVICE_GUIDE,
    "sales_summary": SALES_SUMMARY,
    "admission_results": ADMISSION_RESULTS,
    "veterinarian_results": VETERINARIAN_RESULTS,
    "hearing_notice": HEARING_NOTICE,
    "seed_subsidy": SEED_SUBSIDY,
}


public(__name__, PUBLIC_DOCUMENTS)


test_public_document_stays_public = public_documents_test(PUBLIC_DOCUMENTS)


PRIVATE_TWINS = {
    # the notice's sites, and a parent named in a complaint about them with a home line
    "parent_named_in_the_notice": (
        SITES_NOTICE + "五、家长王某某来信反映上期活动安排问题,其家庭电话0716-83125577。\n",
        "PI102",
        "0716-83125577",
    ),
    # a household pointed at but not named: its number is still someone's
    "household_pointed_at": (
        SALES_SUMMARY.replace("联系电话:0716-82238815", "该户电话:0716-82238815,多次联系未果。"),
        "PI102",
        "0716-82238815",
    ),
    # a guide's row that is a named holder's, with his address
    "holder_in_the_guide": (
        SERVICE_GUIDE.replace("县种子管理站许可股", "申请人刘德伟家")
        .replace("  0718-4612283", ",联系电话0718-4612283")
        .replace("七、办公时间:工作日上午8:30—12:00,下午14:30—17:30\n", ""),
        "PI102",
        "0718-4612283",
    ),
    # a mobile of the closing line is never read as a body's line
    "mobile_at_the_close": (SALES_SUMMARY.replace("0716-82238815", "13907162238"), "PI101", "13907162238"),
    # a list a rule publishes publishes its names, not their home lines (a phone column of the list)
    "phone_column_of_a_published_list": (
        ADMISSION_RESULTS.replace("报考项目 | 毕业学校", "报考项目 | 家庭电话").replace(
            "田径 | 市第七中学", "田径 | 0716-83125577"
        ),
        "PI102",
        "0716-83125577",
    ),
    # a guide's row that is a person's: a name in its own cell, a landline beside it
    "person_row_in_the_guide": (
        SERVICE_GUIDE.replace("县种子管理站许可股(城南镇农科路9号二楼)", "韦德昌"),
        "PI102",
        "0718-4612283",
    ),
    # a 公示 of those struck off a list punishes them
    "struck_off_list": (
        ADMISSION_RESULTS.replace("资格审核结果公示", "取消资格人员名单公示").replace(
            "现将通过资格审核的考生名单公示如下", "现将因违规被取消资格的考生名单公示如下"
        ),
        "PN001",
        "韦嘉铭",
    ),
    # the same list in a report to the superior: no 公示
    "list_in_a_report": (
        ADMISSION_RESULTS.replace("资格审核结果公示", "资格审核情况的报告").replace(
            "现将通过资格审核的考生名单公示如下", "现将资格审核情况报告如下"
        ),
        "PN001",
        "韦嘉铭",
    ),
    # a penalty's hearing names the party, not participants chosen by lot
    "party_of_a_penalty_hearing": (
        "县市场监督管理局行政处罚听证通知\n\n"
        "当事人:杜明轩,男,1979年生。\n"
        "本局拟对你作出罚款的行政处罚,你已申请听证,现定于2027年1月12日举行听证。\n",
        "PN001",
        "杜明轩",
    ),
    # the published list's house numbers below the village group
    "house_number_below_the_group": (
        SEED_SUBSIDY.replace("\t村组\t", "\t家庭住址\t").replace("岭南村二组", "岭南村二组18号"),
        "AD004",
        "岭南村二组18号",
    ),
}


@pytest.mark.parametrize("name", sorted(PRIVATE_TWINS))
def test_private_twin_stays_found(engine: Engine, name: str) -> None:
    text, rule, value = PRIVATE_TWINS[name]
    found = loud_personal(engine, text)
    assert (rule, value) in found, found
