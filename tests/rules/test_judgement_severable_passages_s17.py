"""severable49 (session 17, issue 15): one exempt passage in a public document — cut it, neither let it out
nor hold the whole (第三十七条).

Drafts written before the rules, in offices no tuning part speaks for (a 水库管理处, a 高速公路管理处,
a 动物园, a 气象局 and its 气象台, a 职业技术学院, a 监狱), one class each:
- a planned operation told with its force's numbers, its places and its hour, in a public progress bulletin
  (第十四条): the paragraph is cut, not the bulletin held whole, not published;
- a named staff member's appraisal grade, transfer and follow-up talks in a public work plan or summary, and
  such a summary signed by the agency's Party group or by the section whose year it sums up (第十六条第一款):
  the paragraph is cut;
- a person who reported a problem by name and asked not to be named, in a public bulletin (第十五条): the
  paragraph is cut, not only the phone number in it;
- a named person's illness and household income in a 公示 of a public allocation (第十五条): the paragraph
  is cut.
Twins (the same documents with the matter told as counts, done, or as a rule for everyone) stay public, and a
paper that limits its own circulation is still withheld.
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_withheld_whole, cut_out_test, public_test, report_of

# ---------------------------------------------------------------- a planned operation with numbers and hours

RESERVOIR_CLEARANCE = (
    "青岚水库管理处库区违建清理工作进展通报\n"
    "（2026年第4期）\n"
    "\n"
    "一、总体进展\n"
    "截至11月25日，库区一级保护区内排查违建43处，已自行拆除31处，拆除率72.1%；清理网箱养殖2600平方米。\n"
    "\n"
    "二、库尾码头剩余违建处置\n"
    "对库尾码头剩余5处违建，县水利局已申请法院强制执行。执行当日拟由县公安局出动警力80人、水政执法人员30人，"
    "从大坝北端和库尾码头两处同时封控，凌晨4时进场，上午8时前完成拆除。\n"
    "\n"
    "三、下步安排\n"
    "1. 做好拆除后的植被恢复；\n"
    "2. 开展库区巡查，防止违建反弹。\n"
    "\n"
    "青岚水库管理处\n"
    "2026年11月28日"
)
RESERVOIR_CLEARANCE_DONE = RESERVOIR_CLEARANCE.replace(
    "县水利局已申请法院强制执行。执行当日拟由县公安局出动警力80人、水政执法人员30人，"
    "从大坝北端和库尾码头两处同时封控，凌晨4时进场，上午8时前完成拆除。",
    "经法院裁定，已于11月20日依法强制拆除，现场秩序平稳，建筑垃圾已清运完毕。",
)
TOLL_STATION_BULLETIN = (
    "关于东环高速入城收费站改造工程推进情况的通报\n"
    "\n"
    "各路段管理所、沿线各区交通运输局：\n"
    "　　入城收费站改造工程计划投资1.2亿元，截至11月底已完成投资0.86亿元，现将有关情况通报如下。\n"
    "　　一、工程进展。收费广场拓宽完成80%，新增ETC车道6条已开通4条。\n"
    "　　二、存在的问题。施工期间车道压缩，早晚高峰排队较长；部分货车司机对绕行方案意见较大。\n"
    "　　三、约30名货车司机拟于12月8日到收费站广场集体反映通行费问题，"
    "届时由高速交警安排8名警力在收费广场东侧值守，"
    "收费站提前对牵头人孙某、韩某做好劝导。\n"
    "　　四、下一步要求。各单位要在12月20日前完成剩余车道改造，确保元旦前全部开通。\n"
    "东环高速公路管理处\n"
    "2026年12月2日"
)
TOLL_STATION_BULLETIN_PLAIN = TOLL_STATION_BULLETIN.replace(
    "　　三、约30名货车司机拟于12月8日到收费站广场集体反映通行费问题，"
    "届时由高速交警安排8名警力在收费广场东侧值守，"
    "收费站提前对牵头人孙某、韩某做好劝导。\n",
    "　　三、对货车司机反映的通行费问题，处里已在收费站设立咨询台，逐一解释绕行方案和通行费优惠政策。\n",
)
ZOO_RELOCATION = (
    "东浦动物园北门片区改造工作情况通报\n"
    "\n"
    "一、改造进展。北门广场铺装完成，新游客中心主体封顶，预计明年4月开放；北门停车场扩建新增车位320个，"
    "充电桩40个已通电运行；园区主干道雨污分流改造完成1.8公里，占计划的75%。\n"
    "\n"
    "二、动物福利。熊猫馆、灵长馆室外活动场改造完成，新增丰容设施26处；冬季保暖设施已全部检修到位。\n"
    "\n"
    "三、摊点迁移。园外原有摊点62个，已迁入新设便民市场48个。剩余14户摊主拟于12月15日到园区管理处集体反映，"
    "属地派出所将安排10名警力于当日上午7时前在北门广场和停车场入口两处集结待命。\n"
    "\n"
    "四、游览安排。改造期间游客请由东门、南门入园，北门公交站临时迁至植物园路口，"
    "园内观光车增开至每15分钟一班。\n"
    "\n"
    "东浦动物园管理处\n"
    "2026年12月1日"
)
ZOO_RELOCATION_PLAIN = ZOO_RELOCATION.replace(
    "剩余14户摊主拟于12月15日到园区管理处集体反映，"
    "属地派出所将安排10名警力于当日上午7时前在北门广场和停车场入口两处集结待命。",
    "剩余14户摊主正在协商迁入事宜，园区将逐户上门听取意见。",
)
# A traffic notice for the day may tell the roads closed and that officers keep order: no force, no post.
HIGHWAY_TRAFFIC_NOTICE = (
    "关于东环高速入城收费站施工期间交通组织的通告\n"
    "\n"
    "因入城收费站改造施工，12月8日凌晨4时至上午8时封闭入城方向全部车道，车辆请由城东互通绕行。"
    "届时交警将在沿线维护交通秩序，请过往车辆服从现场指挥。\n"
    "\n"
    "特此通告。\n"
    "\n"
    "东环高速公路管理处\n"
    "2026年12月2日"
)

# ---------------------------------------------------------------- a named staff member's grade and talks

WEATHER_PLAN = (
    "东浦市气象台2027年工作要点\n"
    "\n"
    "2027年，市气象台将围绕“监测精密、预报精准、服务精细”目标，重点抓好以下工作：\n"
    "\n"
    "一、提升预报准确率。24小时晴雨预报准确率达到88%以上，暴雨预警提前量不少于45分钟。\n"
    "\n"
    "二、完善观测网络。新建区域自动气象站12个，完成2部天气雷达的升级。\n"
    "\n"
    "三、加强队伍建设。严格执行考勤、请销假制度。对2026年度考核为基本称职的预报科王建国同志，年初调整至资料室，"
    "由分管副台长每季度进行一次谈话，跟踪其改进情况。\n"
    "\n"
    "四、做好公众服务。气象预警信息发布覆盖率达到98%。\n"
    "\n"
    "东浦市气象台\n"
    "2027年1月8日"
)
WEATHER_PLAN_PLAIN = WEATHER_PLAN.replace(
    "对2026年度考核为基本称职的预报科王建国同志，年初调整至资料室，"
    "由分管副台长每季度进行一次谈话，跟踪其改进情况。",
    "全年组织业务培训6期。",
)
WEATHER_INTEGRITY = (
    "东浦市气象局2026年度党风廉政建设工作情况\n"
    "\n"
    "一年来，局党组认真落实全面从严治党主体责任，推动党风廉政建设各项任务落地见效。\n"
    "\n"
    "（一）压实责任。局党组召开专题会议3次，与各科室、直属单位签订责任书14份，开展廉政谈话32人次。\n"
    "\n"
    "（二）聚焦重点。围绕人工影响天气作业、气象探测设施建设资金，开展专项检查2次，未发现违规问题。\n"
    "\n"
    "（三）强化日常监督。对观测科科长韩立军在设备验收中接受供应商宴请的问题进行了谈话提醒，"
    "对财务科科员许丽多次未按时报账的问题进行了批评教育，二人年度考核均不确定为优秀等次。\n"
    "\n"
    "（四）加强教育。组织观看警示教育片2次，开展廉政党课4次。\n"
    "\n"
    "中共东浦市气象局党组\n"
    "2026年12月12日"
)
WEATHER_INTEGRITY_PLAIN = WEATHER_INTEGRITY.replace(
    "对观测科科长韩立军在设备验收中接受供应商宴请的问题进行了谈话提醒，"
    "对财务科科员许丽多次未按时报账的问题进行了批评教育，二人年度考核均不确定为优秀等次。",
    "全年开展日常监督检查6次，发现问题均已整改。",
)
COLLEGE_SECTION_SUMMARY = (
    "东浦职业技术学院教务科2026年度工作总结\n"
    "\n"
    "2026年，教务科在学院党委领导下，围绕人才培养质量提升，较好完成了全年工作任务。\n"
    "\n"
    "一、教学运行。全年开设课程1,326门次，组织期末考试218场，考试违纪率0.3%。\n"
    "\n"
    "二、专业建设。新增专业2个，获批省级精品在线开放课程3门。\n"
    "\n"
    "三、队伍建设。开展业务培训8期。本年度科里有两名同志受到谈话提醒：教学秘书周海燕因排课差错多次被投诉"
    "被学院纪委谈话提醒；教务员冯杰因在监考期间离岗被批评教育，已调整岗位。\n"
    "\n"
    "四、明年打算。推进智慧教室建设，完善教学质量监控体系。\n"
    "\n"
    "教务科\n"
    "2026年12月8日"
)
COLLEGE_SECTION_SUMMARY_PLAIN = COLLEGE_SECTION_SUMMARY.replace(
    "本年度科里有两名同志受到谈话提醒：教学秘书周海燕因排课差错多次被投诉"
    "被学院纪委谈话提醒；教务员冯杰因在监考期间离岗被批评教育，已调整岗位。",
    "全处年度考核优秀2人。",
)
# The same handling sent only to the agency's own sections, and told so: a paper kept inside, withheld whole.
PRISON_RESTRICTED_NOTICE = (
    "关于两名民警违反工作纪律情况的通报\n"
    "\n"
    "各监区、机关各科室：\n"
    "\n"
    "教育科科员吴海涛多次迟到早退，已对其进行谈话提醒，年度考核不得评为优秀；四监区民警陈立因值班期间脱岗被批评教育，"
    "已调整岗位。\n"
    "\n"
    "本通报发至各监区、机关各科室，不得外传。\n"
    "\n"
    "东浦监狱政治处\n"
    "2026年12月3日"
)
# A section's report to the agency's own leaders on named staff dealt with: the paper is the handling itself.
COLLEGE_REPORT_TO_LEADERS = (
    "关于教务科两名工作人员违反工作纪律情况的报告\n"
    "\n"
    "院党委：\n"
    "\n"
    "现将教务科两名工作人员违反工作纪律的情况报告如下。\n"
    "\n"
    "一、基本情况。本学期教务科共组织期末考试218场。\n"
    "\n"
    "二、有关问题。教学秘书周海燕因排课差错多次被投诉，已由学院纪委谈话提醒；教务员冯杰因在监考期间离岗被批评教育，"
    "已调整岗位，二人年度考核均不确定为优秀等次。\n"
    "\n"
    "特此报告。\n"
    "\n"
    "教务科\n"
    "2026年12月8日"
)

# ---------------------------------------------------------------- one who reported and asked not to be named

PRISON_BULLETIN = (
    "东浦监狱2026年第三季度狱务公开工作情况通报\n"
    "\n"
    "一、基本情况。本季度通过狱务公开栏、网站公开执法信息126条，接待罪犯亲属来访312人次。\n"
    "\n"
    "二、存在问题。个别监区会见预约电话接通率不高，亲情电话使用登记不规范。\n"
    "\n"
    "三、问题线索来源。本季度发现的物资入监查验问题，来源于为我狱配送物资的东浦捷运物流有限公司驾驶员周建平的实名反映，周建平反映后要求不公开其身份，"
    "联系电话13812345678，其反映的民警索要财物问题已移交驻狱检察室。\n"
    "\n"
    "四、整改要求。各监区要在10个工作日内完成整改。\n"
    "\n"
    "东浦监狱\n"
    "2026年10月9日"
)
PRISON_BULLETIN_PLAIN = PRISON_BULLETIN.replace(
    "三、问题线索来源。本季度发现的物资入监查验问题，来源于为我狱配送物资的东浦捷运物流有限公司驾驶员周建平的实名反映，周建平反映后要求不公开其身份，"
    "联系电话13812345678，其反映的民警索要财物问题已移交驻狱检察室。\n",
    "三、举报渠道。对狱务公开工作有意见的，可向监狱纪委反映，我狱将对举报人信息严格保密。\n",
)
ZOO_BULLETIN = (
    "东浦动物园2026年游客服务质量情况通报\n"
    "\n"
    "一、总体情况。全年接待游客186万人次，游客满意度94.6%。\n"
    "\n"
    "二、投诉处理。全年受理游客投诉57件，办结率100%。其中园内商店超标价售卖饮品的问题，由游客林建华实名举报，"
    "林建华举报时要求不公开其姓名，商店已被责令整改。\n"
    "\n"
    "三、下步工作。完善园内商品明码标价公示。\n"
    "\n"
    "东浦动物园\n"
    "2027年1月5日"
)

# ---------------------------------------------------------------- a named person's illness and income

COLLEGE_HOUSING_RESULT = (
    "东浦职业技术学院2026年青年教师周转房配租结果公示\n"
    "\n"
    "根据《学院青年教师周转房管理办法》，经个人申请、资格审核和综合评分，现将配租结果予以公示。\n"
    "\n"
    "一、配租结果：机电工程系 何雨轩、信息工程系 沈佳怡等18人，详细名单见附件。\n"
    "\n"
    "二、优先配租说明：以下1名申请人按困难情形优先配租：经济管理系 邓丽，本人患白血病正在化疗，"
    "丈夫失业，家庭收入仅3200元。\n"
    "\n"
    "三、公示时间：2026年11月23日至11月29日。对公示结果有异议的，可向学院后勤处反映。\n"
    "\n"
    "东浦职业技术学院\n"
    "2026年11月22日"
)
COLLEGE_HOUSING_RESULT_PLAIN = COLLEGE_HOUSING_RESULT.replace(
    "二、优先配租说明：以下1名申请人按困难情形优先配租：经济管理系 邓丽，本人患白血病正在化疗，"
    "丈夫失业，家庭收入仅3200元。",
    "二、优先配租说明：申请人本人或家庭成员患重大疾病的，按《办法》第九条优先配租。",
)
RESERVOIR_RESETTLEMENT = (
    "青岚水库移民安置房第二批分配结果公示\n"
    "\n"
    "根据县水库移民安置实施方案，经资格审核和公开抽签，现将第二批安置房分配结果公示如下。\n"
    "\n"
    "一、分配结果：共分配安置房40套，名单见附件。\n"
    "\n"
    "二、照顾分配：移民户 谢长顺，本人患肝硬化长期服药，家庭年收入仅7800元，按照顾情形分配一楼住房。\n"
    "\n"
    "三、公示期为7天。对公示结果有异议的，可向青岚水库管理处反映。\n"
    "\n"
    "青岚水库管理处\n"
    "2026年12月6日"
)

# Before the rules (main 8a4ca69) none of these was cut, with the learned signal or without it.
CUT = [
    pytest.param(
        RESERVOIR_CLEARANCE,
        Category.SECURITY_RISK,
        ["警力80人", "凌晨4时"],
        ["72.1%", "植被恢复"],
        id="reservoir-clearance",
    ),
    pytest.param(
        TOLL_STATION_BULLETIN,
        Category.SECURITY_RISK,
        ["8名警力", "孙某"],
        ["ETC车道", "元旦前"],
        id="toll-station",
    ),
    pytest.param(
        ZOO_RELOCATION,
        Category.SECURITY_RISK,
        ["10名警力", "集结待命"],
        ["游客中心", "东门"],
        id="zoo-relocation",
    ),
    pytest.param(
        WEATHER_PLAN,
        Category.INTERNAL_AFFAIRS,
        ["王建国", "基本称职"],
        ["88%", "自动气象站"],
        id="weather-plan",
    ),
    pytest.param(
        WEATHER_INTEGRITY,
        Category.INTERNAL_AFFAIRS,
        ["韩立军", "许丽"],
        ["警示教育片", "责任书14份"],
        id="weather-integrity",
    ),
    pytest.param(
        COLLEGE_SECTION_SUMMARY,
        Category.INTERNAL_AFFAIRS,
        ["周海燕", "冯杰"],
        ["1,326", "智慧教室"],
        id="college-section",
    ),
    pytest.param(
        PRISON_BULLETIN,
        Category.TRADE_SECRET,
        ["周建平", "实名反映"],
        ["126条", "10个工作日"],
        id="prison-informant",
    ),
    pytest.param(
        ZOO_BULLETIN,
        Category.TRADE_SECRET,
        ["林建华"],
        ["94.6%", "明码标价"],
        id="zoo-informant",
    ),
    pytest.param(
        COLLEGE_HOUSING_RESULT,
        Category.TRADE_SECRET,
        ["白血病", "3200元"],
        ["何雨轩", "后勤处"],
        id="college-housing",
    ),
    pytest.param(
        RESERVOIR_RESETTLEMENT,
        Category.TRADE_SECRET,
        ["肝硬化", "7800元"],
        ["40套", "公示期"],
        id="reservoir-resettlement",
    ),
]


test_the_one_exempt_paragraph_is_cut_and_the_rest_published = cut_out_test(CUT)


test_the_twins_without_the_passage_stay_public = public_test(
    [
        pytest.param(RESERVOIR_CLEARANCE_DONE, id="reservoir-clearance-done"),
        pytest.param(TOLL_STATION_BULLETIN_PLAIN, id="toll-station-plain"),
        pytest.param(ZOO_RELOCATION_PLAIN, id="zoo-relocation-plain"),
        pytest.param(HIGHWAY_TRAFFIC_NOTICE, id="highway-traffic-notice"),
        pytest.param(WEATHER_PLAN_PLAIN, id="weather-plan-plain"),
        pytest.param(WEATHER_INTEGRITY_PLAIN, id="weather-integrity-plain"),
        pytest.param(COLLEGE_SECTION_SUMMARY_PLAIN, id="college-section-plain"),
        pytest.param(PRISON_BULLETIN_PLAIN, id="prison-bulletin-plain"),
        pytest.param(COLLEGE_HOUSING_RESULT_PLAIN, id="college-housing-plain"),
    ],
    "rules_alone",
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(PRISON_RESTRICTED_NOTICE, id="kept-inside"),
        pytest.param(COLLEGE_REPORT_TO_LEADERS, id="to-own-leaders"),
    ],
)
def test_a_handling_paper_kept_inside_or_sent_to_the_leaders_is_still_withheld_whole(
    rules_alone: Engine, text: str
) -> None:
    assert_withheld_whole(report_of(rules_alone, text), Category.INTERNAL_AFFAIRS)
