"""judge51 (session 19): a third party's data in an otherwise public paper is cut, not held whole.

Drafts labelled 删减后公开 for a third party's data (第十五条、第三十七条) that a combination held whole by
reading the third party's words as the paper's own matter:

- *A complainant's or a firm's words are no personnel management.* An inspection report's handling
  opinion that the result be told to the complainant in person (向投诉人当面反馈) and a firm's written
  statement that its data are a trade secret (企业已书面说明属商业秘密) are not the agency's management of
  its own staff (第十六条第一款): the informant's paragraph and the firm's data are cut, the rest is public.
  A staff member's written explanation and a talk with that member stay personnel management.
- *A procurement for the agency's canteen is a procurement.* A competitive procedure's evaluation report
  recommends the 成交/中标候选人 whom the law publishes (政府采购法实施条例 第四十三条): what it buys for the
  canteen does not make it an arrangement of the agency's own logistics; the suppliers' own data are cut
  (LABELS.md, evaluation reports). A report to the leaders on the canteen's running stays internal.

Drafts written for these tests before the rules, in offices no tuning part speaks for (a 植物园, a 科技馆,
a 青少年活动中心); the rules alone are tested.
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, assert_withheld_whole, report_of

BOTANICAL_GARDEN_COMPLAINT_CHECK = (
    "关于游客反映园内茶室收费问题的核查情况\n"
    "\n"
    "园领导：\n"
    "\n"
    "9月12日，园办公室收到游客来信，反映南门茶室临时提价、不明码标价。"
    "来信人为市民范晓琳（联系电话：139 0571 2264），其在信中要求对其姓名和联系方式保密，"
    "称经常来园晨练，不愿与经营户发生矛盾。\n"
    "\n"
    "经核查：南门茶室由园区招租的经营户经营，9月以来花茶售价由每杯15元调为25元，价目牌未及时更换，存在价签不符的情况。"
    "经营户已当场更换价目牌，并承诺按原价退还多收款项。\n"
    "\n"
    "处理意见：一是责成经营管理科督促茶室规范明码标价；二是将茶室纳入本月商户检查重点；三是由经营管理科向来信人当面反馈核查结果。\n"
    "\n"
    "经营管理科\n"
    "2026年9月20日"
)

SCIENCE_MUSEUM_SUPPLIER_CHECK = (
    "展品维保服务履约情况核查报告\n"
    "\n"
    "核查对象：江城启明展示工程有限公司\n"
    "核查时间：2026年10月9日至10月16日\n"
    "核查人员：展教部 秦卓、邬婧\n"
    "\n"
    "一、合同履行情况\n"
    "该公司承担我馆常设展厅互动展品维保，合同期两年。核查期间抽查展品42件，完好率97.6%，响应时限符合合同约定。\n"
    "\n"
    "二、核查发现\n"
    "（一）备件来源。该公司提供的采购台账显示，触控屏备件由其关联企业供货，采购单价为市场价的72%，"
    "维保人员月均工资5,400元；企业已书面说明上述价格和人员成本属商业秘密，要求我馆保密。\n"
    "（二）存在问题。月度维保记录有3次未按时提交。\n"
    "\n"
    "三、处理意见\n"
    "建议按合同约定扣减当季维保费2%，并督促该公司增派1名驻场人员。\n"
    "\n"
    "市科技馆展品管理科\n"
    "2026年10月20日"
)

YOUTH_PALACE_CANTEEN_PROCUREMENT = (
    "市青少年活动中心机关食堂餐饮服务外包项目评审情况报告\n"
    "\n"
    "一、项目概况\n"
    "本项目采用竞争性磋商方式，服务期两年，最高限价每年186万元。共有三家供应商递交响应文件，均通过资格审查。\n"
    "\n"
    "二、各供应商报价及成本构成\n"
    "1. 江城味源餐饮管理有限公司：最后报价171.4万元/年。其成本测算表载明：食材成本占比61%，"
    "派驻厨师及服务人员9人，人均月工资3,860元，预计利润率4.2%。\n"
    "2. 南湖膳食服务有限公司：最后报价178.0万元/年，该公司2025年度经审计营业收入6,420万元、净利润155万元。\n"
    "3. 城东后勤服务有限公司：最后报价183.5万元/年。\n"
    "\n"
    "三、评审结果\n"
    "磋商小组按综合评分法评审，推荐江城味源餐饮管理有限公司为第一成交候选人。\n"
    "\n"
    "四、其他\n"
    "供应商成本测算表及财务报表系其申明的商业秘密，对外公开时应予删除。\n"
    "\n"
    "市青少年活动中心后勤保障科\n"
    "2026年11月3日"
)

# Twins that stay whole.

SCIENCE_MUSEUM_STAFF_ABSENCE = (
    "关于展教部工作人员脱岗问题的处理意见\n"
    "\n"
    "馆领导：\n"
    "\n"
    "10月8日下午，展教部讲解员邬某某在岗时间擅自离开展厅两小时，经调阅考勤记录属实。邬某某已书面说明情况，"
    "承认脱岗。\n"
    "\n"
    "处理意见：一是由展教部负责人对其进行提醒谈话，当面反馈处理结果；二是扣减其当月奖励性绩效300元；"
    "三是本年度考核不得评为优秀。\n"
    "\n"
    "人事科\n"
    "2026年10月12日"
)

YOUTH_CENTRE_CANTEEN_REPORT = (
    "中心机关食堂2026年运营情况汇报\n"
    "\n"
    "中心领导：\n"
    "\n"
    "今年1至10月，机关食堂日均就餐112人次，伙食补助支出28.6万元，较上年增加3.1万元。食堂现有厨师4人、帮厨2人，"
    "其中1名厨师合同将于12月到期。建议明年起早餐改为自助形式，伙食补助标准由每人每天12元调整为15元，"
    "外来人员就餐按每餐20元收费。\n"
    "\n"
    "以上妥否，请中心领导审定。\n"
    "\n"
    "后勤保障科\n"
    "2026年11月6日"
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            BOTANICAL_GARDEN_COMPLAINT_CHECK,
            ["范晓琳", "139 0571 2264"],
            ["价签不符", "当面反馈核查结果"],
            id="botanical-garden-complaint-feedback",
        ),
        pytest.param(
            SCIENCE_MUSEUM_SUPPLIER_CHECK,
            ["市场价的72%", "5,400元"],
            ["完好率97.6%", "扣减当季维保费2%"],
            id="science-museum-firm-written-statement",
        ),
    ],
)
def test_a_third_partys_words_are_no_personnel_management(
    rules_alone: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(rules_alone, text, Category.TRADE_SECRET, gone, kept, no_high=Category.INTERNAL_AFFAIRS)


def test_a_canteen_procurement_review_is_cut(rules_alone: Engine) -> None:
    gone, kept = ["占比61%", "3,860元", "净利润155万元"], ["推荐江城味源餐饮管理有限公司为第一成交候选人"]
    assert_cut_out(
        rules_alone,
        YOUTH_PALACE_CANTEEN_PROCUREMENT,
        Category.TRADE_SECRET,
        gone,
        kept,
        no_high=Category.INTERNAL_AFFAIRS,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(SCIENCE_MUSEUM_STAFF_ABSENCE, id="staff-written-explanation-and-talk"),
        pytest.param(YOUTH_CENTRE_CANTEEN_REPORT, id="canteen-report-to-the-leaders"),
    ],
)
def test_the_agencys_own_staff_and_canteen_stay_internal(rules_alone: Engine, text: str) -> None:
    assert_withheld_whole(report_of(rules_alone, text), Category.INTERNAL_AFFAIRS)


# Second step: a review of applicants' applications passed to the agency that decides them, or a calculation
# whose result the text says goes out in a 公告 or 公示.

SCIENCE_ASSOCIATION_BASE_REVIEW = (
    "关于2026年度市级科普教育基地申报审核意见\n"
    "\n"
    "市科学技术协会：\n"
    "\n"
    "根据《市级科普教育基地认定管理办法》，我县今年共有4家单位申报，经资料审核和现场查看，意见如下。\n"
    "1．青川蜂业科技有限公司“蜜蜂科普馆”。企业提供的2025年度财务报表（未对外披露）显示，营业收入3,460万元，"
    "净利润212万元，其中科普馆门票及研学收入186万元，企业要求对上述数据保密。经核，展陈面积和年接待人次符合条件，同意推荐。\n"
    "2．县青少年天文观测站。条件符合，同意推荐。\n"
    "3．另2家单位因开放时间不足，退回补正。\n"
    "以上意见，请审定。\n"
    "\n"
    "青川县科学技术协会\n"
    "2026年6月8日"
)

WOMENS_FEDERATION_BASE_REVIEW = (
    "2026年巾帼创业示范基地申报材料审核意见\n"
    "\n"
    "市妇女联合会：\n"
    "\n"
    "我县今年申报市级巾帼创业示范基地3家，经审核，拟推荐以下2家：\n"
    "1．云岭巧手刺绣专业合作社\n"
    "2．青溪茶香农业开发有限公司\n"
    "\n"
    "有关情况说明：\n"
    "（一）青溪茶香农业开发有限公司申报材料附有其红茶发酵工艺参数（发酵温度26℃、时长4.5小时）和主要客户采购单价，"
    "该公司书面要求对工艺参数和客户信息保密。\n"
    "（二）云岭巧手刺绣专业合作社附报的2025年经营收入312万元，吸纳妇女就业46人，数据未经公开。\n"
    "\n"
    "以上推荐意见请审定。\n"
    "\n"
    "青溪县妇女联合会\n"
    "2026年4月20日"
)

VILLAGE_RENEWAL_COMPENSATION_CALCULATION = (
    "关于征收城西建材有限公司厂区补偿的测算说明\n"
    "\n"
    "市城中村改造服务中心：\n"
    "\n"
    "受市政府委托，我公司对城西建材有限公司厂区（占地42.6亩）征收补偿进行了测算。\n"
    "\n"
    "一、企业提供的资料\n"
    "该公司为配合测算，提供了以下未对外公开的资料：\n"
    "1．2023—2025年度审计报告：营业收入分别为6,820万元、5,910万元、4,370万元，2025年亏损640万元；\n"
    "2．银行借款明细：以厂区土地房产抵押借款3,200万元，2027年6月到期。\n"
    "该公司来函请求对上述经营数据保密。\n"
    "\n"
    "二、补偿测算\n"
    "土地使用权补偿5,112万元，地上建筑物补偿1,368万元，停产停业损失按近三年平均利润测算为410万元，合计6,890万元。\n"
    "\n"
    "三、资金安排\n"
    "补偿款拟由城中村改造专项资金支付，分两期拨付。测算结果将按规定在征收补偿公告中公布。\n"
    "\n"
    "市城乡发展投资有限公司征收事业部\n"
    "2026年9月2日"
)

# Twins that stay whole.

SCIENCE_ASSOCIATION_REVIEW_TO_PARTY_GROUP = (
    "2026年度科普教育基地申报审核情况汇总\n"
    "\n"
    "党组：\n"
    "\n"
    "今年申报市级科普教育基地4家，科普部审核情况如下，请党组会审定推荐名单。\n"
    "1．青川蜂业科技有限公司“蜜蜂科普馆”。企业提供的2025年度财务报表（未对外披露）显示，营业收入3,460万元，"
    "净利润212万元，企业要求对上述数据保密。审核意见：拟推荐，但其研学收费偏高，是否推荐请党组研究。\n"
    "2．县青少年天文观测站。拟推荐。\n"
    "\n"
    "科普部\n"
    "2026年6月3日"
)

COMPENSATION_CALCULATION_KEPT_BACK = VILLAGE_RENEWAL_COMPENSATION_CALCULATION.replace(
    "补偿款拟由城中村改造专项资金支付，分两期拨付。测算结果将按规定在征收补偿公告中公布。",
    "补偿款拟由城中村改造专项资金支付，分两期拨付。补偿标准尚待市政府研究确定，测算结果暂不对外公布。",
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            SCIENCE_ASSOCIATION_BASE_REVIEW,
            ["3,460万元", "186万元"],
            ["县青少年天文观测站", "以上意见，请审定"],
            id="science-association-application-review",
        ),
        pytest.param(
            WOMENS_FEDERATION_BASE_REVIEW,
            ["26℃", "312万元"],
            ["云岭巧手刺绣专业合作社\n", "以上推荐意见请审定"],
            id="womens-federation-application-review",
        ),
        pytest.param(
            VILLAGE_RENEWAL_COMPENSATION_CALCULATION,
            ["6,820万元", "3,200万元"],
            ["合计6,890万元", "征收补偿公告中公布"],
            id="compensation-calculation-result-published",
        ),
    ],
)
def test_a_review_of_applications_or_a_published_result_is_cut(
    rules_alone: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(rules_alone, text, Category.TRADE_SECRET, gone, kept, no_high=Category.PROCESS_INFO)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(SCIENCE_ASSOCIATION_REVIEW_TO_PARTY_GROUP, id="review-put-to-the-party-group"),
        pytest.param(COMPENSATION_CALCULATION_KEPT_BACK, id="calculation-kept-back-undecided"),
    ],
)
def test_a_review_awaiting_the_agencys_own_decision_stays_whole(rules_alone: Engine, text: str) -> None:
    assert_withheld_whole(report_of(rules_alone, text), Category.PROCESS_INFO)


# Third step: the record of a talk with a firm the agency negotiates with (企业方: named at its head)
# is no talk with the agency's own staff (谈话记录 in its title): what the firm's people say of its
# books, its customers and the site it has agreed to move to is cut, the agency's side stays.

PARK_EXIT_TALK_RECORD = (
    "城北产业园企业退园协商谈话记录\n"
    "\n"
    "时间：2026年10月21日上午\n"
    "地点：园区管委会二楼小会议室\n"
    "我方：卢振东、晏小雯\n"
    "企业方：城北宏图塑胶制品有限公司 董事长 钟建华，财务经理 覃丽\n"
    "\n"
    "卢振东：园区道路拓宽需要收回贵公司东侧厂房，今天先听听企业的想法。\n"
    "覃丽：我们去年营业收入1.35亿，净利润只有410万，最大的客户是一家家电厂，占销量四成，停产一个月就可能丢单。\n"
    "钟建华：新厂房我们已在南山工业园看好了，租金每平方米每月14元，合同还没签，这个事暂时不想让员工知道。\n"
    "卢振东：停产停业损失会按评估结果和企业近三年纳税情况核定，谈话内容我们不会对外。\n"
    "覃丽：我们会提供近三年审计报告。\n"
    "\n"
    "（记录：晏小雯）"
)

PARK_STAFF_TALK_RECORD = (
    "园区管委会工作人员提醒谈话记录\n"
    "\n"
    "时间：2026年10月23日下午\n"
    "地点：管委会党政办\n"
    "谈话人：卢振东\n"
    "谈话对象：招商科科员 晏某某\n"
    "\n"
    "卢振东：近期群众反映你在企业服务中态度生硬，多次迟到早退，你怎么看？\n"
    "晏某某：我接受批评，今后一定改正。\n"
    "卢振东：年度考核时再看你的表现，下一步要调整到综合科。\n"
    "\n"
    "（记录：党政办）"
)


def test_a_talk_with_a_firm_is_cut_at_the_firms_data(rules_alone: Engine) -> None:
    gone, kept = ["1.35亿", "410万", "14元"], ["卢振东：园区道路拓宽需要收回贵公司东侧厂房"]
    assert_cut_out(
        rules_alone,
        PARK_EXIT_TALK_RECORD,
        Category.TRADE_SECRET,
        gone,
        kept,
        no_high=Category.INTERNAL_AFFAIRS,
    )


def test_a_talk_with_the_agencys_own_staff_stays_whole(rules_alone: Engine) -> None:
    report = report_of(rules_alone, PARK_STAFF_TALK_RECORD)
    assert_withheld_whole(report, Category.INTERNAL_AFFAIRS)


# Fourth step: a competitive selection's evaluation report titled 评审情况的报告 (a deposit bank
# chosen by a 遴选公告, an agent by 比选), whose result the text says is published: each competitor's
# own quote and books are cut as in a 评标报告, the ranking and the recommendation stay (LABELS.md,
# evaluation reports).

MAINTENANCE_FUND_BANK_SELECTION = (
    "关于2026—2028年度住宅专项维修资金专户银行遴选评审情况的报告\n"
    "\n"
    "中心主任办公会：\n"
    "根据《住宅专项维修资金管理办法》，中心于2026年3月发布遴选公告，拟选定专户银行3家。至截止时间共有5家银行提交响应文件，"
    "评审小组（中心代表1人、外聘专家4人）于4月9日进行了评审。现将评审情况报告如下：\n"
    "\n"
    "一、各银行报价及得分\n"
    "1.中国建设银行临川分行：三年期定期存款利率报价在挂牌利率基础上上浮40个基点，承诺免收系统对接费用。总分91.2分。\n"
    "2.临川农村商业银行：三年期定期存款利率报价上浮50个基点；2025年末不良贷款率2.71%，资本充足率11.9%。总分86.5分。\n"
    "3.中国银行临川分行：三年期上浮35个基点，网点30个。总分85.0分。\n"
    "4.其余2家银行得分低于80分。\n"
    "\n"
    "二、评审结果\n"
    "评审小组推荐中国建设银行临川分行、临川农村商业银行、中国银行临川分行为2026—2028年度专户银行。\n"
    "\n"
    "三、下一步工作\n"
    "办公会审定后，在中心门户网站公布遴选结果，并与专户银行签订协议。\n"
    "\n"
    "临川市住宅专项维修资金管理中心资金管理科\n"
    "2026年4月12日"
)

BOOKKEEPING_AGENT_SELECTION = (
    "村级代理记账服务机构比选评审情况的报告\n"
    "\n"
    "县农村集体资产管理服务中心：\n"
    "本次比选共有3家机构参加，比选小组按综合评分法评审，情况如下：\n"
    "（一）临川正信会计师事务所有限公司：服务报价每村每年3,200元；该所提供的2025年度财务报表显示营业收入860万元，"
    "利润率9.4%，要求对上述数据保密。得分88.0分。\n"
    "（二）临川明账财务咨询有限公司：服务报价每村每年2,950元；其人工成本每村每年约2,100元。得分84.5分。\n"
    "（三）临川诚达代理记账有限公司：服务报价每村每年3,600元。得分79.0分。\n"
    "比选小组推荐临川正信会计师事务所有限公司为第一成交候选人。比选结果将在中心网站公示5个工作日。\n"
    "\n"
    "比选小组\n"
    "2026年5月6日"
)

BANK_SELECTION_KEPT_BACK = MAINTENANCE_FUND_BANK_SELECTION.replace(
    "办公会审定后，在中心门户网站公布遴选结果，并与专户银行签订协议。",
    "建议专户银行家数由3家调整为2家，是否调整以及遴选结果是否公布，请办公会研究决定。",
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            MAINTENANCE_FUND_BANK_SELECTION,
            ["上浮40个基点", "2.71%"],
            ["评审小组推荐中国建设银行临川分行", "公布遴选结果"],
            id="deposit-bank-selection",
        ),
        pytest.param(
            BOOKKEEPING_AGENT_SELECTION,
            ["860万元", "2,100元"],
            ["推荐临川正信会计师事务所有限公司为第一成交候选人"],
            id="bookkeeping-agent-selection",
        ),
    ],
)
def test_a_selection_review_whose_result_is_published_is_cut(
    rules_alone: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(rules_alone, text, Category.TRADE_SECRET, gone, kept, no_high=Category.PROCESS_INFO)


def test_a_selection_put_to_the_meeting_undecided_stays_whole(rules_alone: Engine) -> None:
    assert_withheld_whole(report_of(rules_alone, BANK_SELECTION_KEPT_BACK), Category.PROCESS_INFO)


# Fifth step: firms' figures passed to another agency with the note that some firms have not published
# them (部分企业尚未对外公布) tell the data's state, not a matter the sender has still to decide: the
# firms' rows are cut and the letter is public; a letter whose own answer waits on a meeting stays whole.

EXPO_OFFICE_DATA_LETTER = (
    "市会展业发展办公室\n"
    "关于报送重点会展企业上半年经营数据的函\n"
    "\n"
    "市统计局：\n"
    "按照你局要求，现将我市5家重点会展企业上半年经营数据报送如下。数据由企业填报，部分企业尚未对外公布半年度财务数据，"
    "请仅用于统计分析。\n"
    "企业名称\t营业收入(万元)\t利润总额(万元)\t承办展会(场)\n"
    "江城国际会展有限公司\t12,460\t1,318\t14\n"
    "临江博览集团有限公司\t8,725\t-402\t9\n"
    "江城华展展览服务有限公司\t3,190\t286\t22\n"
    "新城会务策划有限公司\t1,044\t97\t31\n"
    "江城鸿达展台搭建有限公司\t2,378\t165\t40\n"
    "如需企业分月数据，请与我办产业科联系。\n"
    "\n"
    "市会展业发展办公室\n"
    "2026年7月15日"
)

EXPO_OFFICE_PENDING_LETTER = (
    "市会展业发展办公室\n"
    "关于会展业扶持资金分担比例意见的函\n"
    "\n"
    "市财政局：\n"
    "来函收悉。关于会展业扶持资金市、区分担比例，我办倾向于市级承担六成，但该事项尚未经办主任会议研究，"
    "待会议研究后再行函复。\n"
    "\n"
    "市会展业发展办公室\n"
    "2026年7月20日"
)


def test_firms_data_not_yet_published_is_no_pending_matter(rules_alone: Engine) -> None:
    gone, kept = ["12,460", "-402"], ["请仅用于统计分析"]
    assert_cut_out(
        rules_alone, EXPO_OFFICE_DATA_LETTER, Category.TRADE_SECRET, gone, kept, no_high=Category.PROCESS_INFO
    )


def test_a_letter_whose_answer_waits_on_a_meeting_stays_whole(rules_alone: Engine) -> None:
    assert_withheld_whole(report_of(rules_alone, EXPO_OFFICE_PENDING_LETTER), Category.PROCESS_INFO)


# Sixth step: a collection of closed mediation cases compiled for publication (优秀案例选编,
# 典型案例汇编) is no case file: a mediator who fetched a record (调取) and the parties' differences
# (分歧) it tells are the cases' story; the parties' health and means are cut, the rest is published.
# A report on a case still undecided stays whole.

CONSUMER_ASSOCIATION_CASE_COLLECTION = (
    "2025年度县消费纠纷调解典型案例汇编\n"
    "\n"
    "编者按：2025年，全县共受理消费投诉1,126件，调解成功1,048件。现从中选取3个典型案例汇编，向社会发布，引导经营者诚信经营。\n"
    "\n"
    "案例一：一起预付卡退费纠纷的调解\n"
    "【基本情况】2025年3月，消费者在县城某健身房办理年卡后，健身房停业装修两个月，消费者要求退费被拒。\n"
    "【调解过程】调解员调取了会员合同和停业通知，对健身房负责人进行了询问，组织双方面对面协商。双方分歧在于停业期间是否应顺延，"
    "经释法说理，健身房同意顺延三个月并赠送私教课两节。\n"
    "\n"
    "案例二：一起美容服务致损纠纷的调解\n"
    "【基本情况】城关镇居民吴秀芝（46岁）在某美容店做光子嫩肤后面部灼伤，经县人民医院诊断为二度烧伤，"
    "治疗花费8,600元，其本人患有糖尿病，伤口愈合缓慢。\n"
    "【调解过程】调解员会同执法人员现场检查，调取了操作记录，确认美容店操作人员无相应资质，最终美容店赔偿医疗费及误工费共1.5万元。\n"
    "\n"
    "县市场监督管理局消费者权益保护股\n"
    "2026年1月10日"
)

MARKET_CASE_UNDECIDED = (
    "关于城南某超市销售过期食品案的情况说明\n"
    "\n"
    "局领导：\n"
    "经现场检查，已调取进货台账和监控录像，对超市负责人制作了询问笔录，查明其销售超过保质期的酸奶42盒。"
    "对该案的处罚幅度，执法大队与法规科存在分歧，处理意见尚未确定。\n"
    "\n"
    "执法大队\n"
    "2026年3月2日"
)


def test_a_published_case_collection_is_cut_at_the_parties_data(rules_alone: Engine) -> None:
    gone, kept = ["二度烧伤", "糖尿病"], ["双方分歧在于停业期间是否应顺延"]
    assert_cut_out(
        rules_alone,
        CONSUMER_ASSOCIATION_CASE_COLLECTION,
        Category.TRADE_SECRET,
        gone,
        kept,
        no_high=Category.ENFORCEMENT_FILE,
    )


def test_a_case_still_undecided_stays_whole(rules_alone: Engine) -> None:
    assert_withheld_whole(report_of(rules_alone, MARKET_CASE_UNDECIDED), Category.ENFORCEMENT_FILE)
