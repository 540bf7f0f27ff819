"""severable50 (session 18, issue 15): one exempt passage in a public document, and a third
party's data that no rule read — cut the passage, neither let it out nor hold the whole (第三十七条).

Drafts written before the rules, in offices no tuning part speaks for (a 精神卫生中心, a 林业和草原局,
a 老龄办, a 景区管委会, a 老年大学, a 见义勇为基金会), one class each:
- a private person named in an otherwise public bulletin or news item (by village and name with sex
  and age in brackets, by a role and a name, by 名叫) with that person's illness, cause of death or
  earnings (第十五条): the paragraph is cut, the rest published;
- an open case told after the closed ones in a yearly report (均已结案。另外, …已立案侦查, …在逃),
  and in a report to the government whose words 管控 and 视频监控点位 are no security operation: the
  case paragraph is cut, the report neither published whole nor withheld whole (第十六条第二款);
- a holiday notice's paragraph on named people likely to gather (有…聚集上访的苗头) and the police
  posted to turn them back (第十四条): the paragraph is cut;
- a notice whose rule on who may read the participants' health data (相关信息仅限随队医生使用) is
  no limit on the notice itself, with one section on the police posted and a camera gap not yet
  closed: the section is cut;
- a procurement report whose system's 等级保护测评 is no personnel appraisal, with a sealed 标底 of
  a tender not yet opened: that paragraph is cut (第十五条).
Twins (counts instead of persons, the case closed, no deployment, a 公示 of allowances by rule) stay
public.
"""

from __future__ import annotations

import pytest

from secreview.models import Category
from tests.testing.judgement import cut_out_test, public_test

# ---------------------------------------------------------------- a named private person's health or earnings

MENTAL_HEALTH_FOLLOWUP = (
    "关于2025年第三季度严重精神障碍患者随访管理质量抽查情况的通报\n"
    "各乡镇卫生院，各社区卫生服务中心：\n"
    "　　9月，市精神卫生中心对全市12个乡镇卫生院、4个社区卫生服务中心的"
    "严重精神障碍患者随访管理工作进行了抽查，"
    "共抽查在册患者档案240份。现将抽查情况通报如下。\n"
    "　　一、总体情况。抽查档案中规范管理率为91.3%，服药率为86.7%，面访率较上季度提高4.2个百分点。\n"
    "　　二、存在的问题。部分卫生院随访记录流于形式。"
    "白鹤镇双井村周德贵（男，52岁）因精神分裂症复发于8月住院治疗，"
    "其母亲长期卧床，家庭年收入不足8000元，随访记录却连续两次填写为“病情稳定”；部分档案未及时更新监护人信息。\n"
    "　　三、整改要求。各单位于10月31日前完成自查整改，并将整改情况报市精神卫生中心。\n"
    "市精神卫生中心\n"
    "2025年10月9日"
)
MENTAL_HEALTH_FOLLOWUP_COUNTS = MENTAL_HEALTH_FOLLOWUP.replace(
    "白鹤镇双井村周德贵（男，52岁）因精神分裂症复发于8月住院治疗，"
    "其母亲长期卧床，家庭年收入不足8000元，随访记录却连续两次填写为“病情稳定”；",
    "有3份档案的随访记录与住院记录不一致；",
)
FOREST_RANGERS_CHECK = (
    "关于生态护林员履职情况专项检查的通报\n"
    "各乡镇林业站：\n"
    "　　为加强生态护林员管理，县林业和草原局于6月对全县生态护林员履职情况开展了专项检查，"
    "共抽查护林员86人。\n"
    "　　一、总体情况。绝大多数护林员能够按要求巡山护林，巡护轨迹上传率达到93%。\n"
    "　　二、发现的问题。个别护林员长期不在岗。双河乡新寨村护林员杨光明（脱贫户）2024年起在县城建筑工地务工，"
    "月工资4200元，全年巡护轨迹仅11条；石门乡护林员3人巡护日志存在代签。\n"
    "　　三、处理意见。对长期不在岗的护林员予以解聘，由乡镇林业站按程序重新选聘。\n"
    "县林业和草原局\n"
    "2025年7月2日"
)
ELDERLY_ALLOWANCE_AUDIT = (
    "关于高龄津贴发放情况核查的通报\n"
    "各街道办事处，各镇人民政府：\n"
    "　　区老龄办会同区民政局对2025年上半年高龄津贴发放情况进行了核查，共核查享受对象3126人。\n"
    "　　一、核查结果。发放对象资格总体准确，按时足额发放率为99.2%。\n"
    "　　二、存在的问题。死亡人员未及时停发。城南街道桂花社区居民邓玉珍（女，91岁）于2025年2月因脑梗去世，"
    "家属未申报，至8月仍在领取高龄津贴，多发1200元。\n"
    "　　三、工作要求。各街道、镇要与公安、卫健部门按月比对死亡信息，多发资金于9月底前追回。\n"
    "区老龄工作委员会办公室\n"
    "2025年8月28日"
)
ELDERLY_ALLOWANCE_AUDIT_COUNTS = ELDERLY_ALLOWANCE_AUDIT.replace(
    "城南街道桂花社区居民邓玉珍（女，91岁）于2025年2月因脑梗去世，家属未申报，至8月仍在领取高龄津贴，多发1200元。",
    "有2名享受对象去世后家属未申报，多发津贴合计2400元。",
)
RESCUE_NEWS = (
    "少年勇救落水儿童 市见义勇为基金会予以表彰\n"
    "　　7月16日下午，在白沙河滨河公园游玩的一名儿童不慎落入河中。正在附近散步的市第三中学高二学生林浩然"
    "跳入水中，将落水儿童救上岸。\n"
    "　　被救的男孩名叫王小宇，今年9岁，患有孤独症，家住滨河路锦绣小区，事发时脱离了家人的看护。\n"
    "　　市见义勇为基金会经调查核实，决定授予林浩然“见义勇为好少年”称号，并给予奖励5000元。"
    "基金会提醒广大家长，暑期要看护好孩子，远离河道、水塘。\n"
    "（市见义勇为基金会 供稿）"
)
RESCUE_NEWS_PLAIN = RESCUE_NEWS.replace(
    "　　被救的男孩名叫王小宇，今年9岁，患有孤独症，家住滨河路锦绣小区，事发时脱离了家人的看护。\n",
    "　　被救的是一名9岁男孩，经医院检查身体无大碍。\n",
)
# A 公示 of who gets the allowance is published by rule (names and amounts, no health or income told).
ELDERLY_ALLOWANCE_LIST = (
    "桂花社区2025年第三季度新增高龄津贴对象公示\n"
    "　　根据《区高龄津贴发放办法》，经本人申请、社区初审、街道审核，拟新增以下高龄津贴对象，现予公示：\n"
    "　　1. 邓玉珍，女，90周岁，每月200元；\n"
    "　　2. 韩德茂，男，80周岁，每月100元。\n"
    "　　公示期为9月1日至9月7日。如有异议，请向城南街道民政办反映。\n"
    "城南街道办事处\n"
    "2025年9月1日"
)

# ---------------------------------------------------------------- an open case in a public report

FORESTRY_YEAR_REPORT = (
    "县林业和草原局2025年度林业行政执法工作情况报告\n"
    "　　2025年，我局坚持依法治林，林业行政执法工作平稳有序。\n"
    "　　一、主要工作。全年开展林区巡查1260次，受理涉林举报线索41条，查处毁林、非法占用林地案件18起，"
    "均已结案。另外，10月在白石岭发现的非法占用林地一案，森林公安已立案侦查，涉嫌人员张某某仍在逃，"
    "违法占地面积正在委托鉴定。\n"
    "　　二、存在问题。基层林业站执法力量薄弱，部分案件取证难。\n"
    "　　三、下一步工作。推进林长制与执法协作，加强林业站执法人员培训。\n"
    "县林业和草原局\n"
    "2025年12月20日"
)
FORESTRY_YEAR_REPORT_CLOSED = FORESTRY_YEAR_REPORT.replace(
    "均已结案。另外，10月在白石岭发现的非法占用林地一案，森林公安已立案侦查，涉嫌人员张某某仍在逃，"
    "违法占地面积正在委托鉴定。",
    "均已结案，恢复林地植被42亩。",
)
FORESTRY_REPORT_TO_GOVERNMENT = (
    "县林业和草原局关于2025年森林督查问题整改情况的报告\n"
    "县人民政府：\n"
    "　　现将我县2025年森林督查问题整改情况报告如下。\n"
    "　　一、整改进展。省反馈的疑似违法图斑163个已全部核实，其中违法图斑58个，已整改52个，"
    "林地用途管控进一步严格；新建林区视频监控点位15个，全部接入县林长制平台，但个别点位视频离线率偏高。\n"
    "　　二、重点案件。梨树湾采石场非法占用林地一案目前仍在调查，采石场实际经营人刘某某拒不到案，"
    "拟在林地鉴定意见出具后移送县公安局。\n"
    "　　三、下一步工作。11月底前完成剩余6个图斑的整改，并对整改情况开展一次回头看。\n"
    "县林业和草原局\n"
    "2025年10月15日"
)

# -------------------------------------------------------- persons likely to gather, and the police on them

SCENIC_PASSAGE = (
    "据掌握，原北门商户刘某某等人有在假期到景区大门聚集上访的苗头，派出所安排警力6人、景区保安8人，"
    "于10月1日至7日在北门广场、南门停车场轮流值守，发现上述人员聚集立即劝离。"
)
SCENIC_HOLIDAY_NOTICE = (
    "关于做好2025年国庆假期景区安全和服务保障工作的通知\n"
    "景区各科室、各经营单位：\n"
    "　　国庆假期即将到来，预计景区接待游客将超过20万人次。为确保假期景区安全有序，现将有关事项通知如下。\n"
    "　　一、做好客流疏导。游客中心、索道站要实行分时预约，高峰时段启动限流。\n"
    f"　　二、做好信访稳定工作。{SCENIC_PASSAGE}\n"
    "　　三、做好服务保障。各经营单位要明码标价，不得欺客宰客。景区服务热线0771-5551234保持畅通。\n"
    "云岭山景区管理委员会\n"
    "2025年9月25日"
)
SCENIC_HOLIDAY_NOTICE_PLAIN = SCENIC_HOLIDAY_NOTICE.replace(
    SCENIC_PASSAGE, "各科室要做好矛盾纠纷排查化解，对游客投诉做到当日受理、及时答复。"
)

# ---------------------------------------------------------------- a rule on who may read third parties' data

SENIOR_COLLEGE_TRIP_NOTICE = (
    "关于做好2025年秋季学员研学活动安全管理工作的通知\n"
    "各教学系，各班级：\n"
    "　　学校定于10月中旬组织学员赴青龙湖研学基地开展秋季研学活动。为保障学员安全，现就有关事项通知如下。\n"
    "　　一、健康管理。各班级要逐一了解学员的慢性病史和用药情况，相关信息仅限随队医生使用。"
    "年满80周岁的学员原则上不参加户外项目。\n"
    "　　二、交通安全。租用具有道路旅客运输资质的车辆，每车配备1名安全员。\n"
    "　　三、基地安保。研学期间，青龙湖派出所派驻民警3名、辅警6名，夜间分两组沿基地西侧围墙和湖边栈道巡逻；"
    "西侧围墙约50米路段为监控盲区，新增摄像头尚未安装到位，研学前以临时照明和人员值守替代。\n"
    "　　四、应急处置。发生学员受伤、走失等情况，带队老师须立即报告学校办公室。\n"
    "市老年大学\n"
    "2025年9月30日"
)

# ------------------------------------------------------------ a system's assessment is no personnel appraisal

WELFARE_HOME_PROCUREMENT = (
    "市精神卫生中心2025年前三季度政府采购执行情况报告\n"
    "市卫生健康委员会：\n"
    "　　现将我中心2025年前三季度政府采购执行情况报告如下。\n"
    "　　一、总体情况。全年政府采购预算860万元，已完成项目5个，合同金额512万元。"
    "采购意向、采购公告和结果公告均按规定在省政府采购网公开。\n"
    "　　二、正在实施项目。心理评估和康复训练设备采购项目预算210万元，"
    "招标公告已于9月26日发布，开标定于10月20日。\n"
    "　　该项目经中心办公会审定的标底为188.40万元，由财务科封存，测算依据为邻市两家同类医院设备成交价。\n"
    "　　另有院内信息系统等级保护测评服务项目正在比选。\n"
    "　　三、下一步工作。做好采购人员轮岗后的业务衔接，规范履约验收。\n"
    "市精神卫生中心\n"
    "2025年10月8日"
)

CUT = [
    pytest.param(
        MENTAL_HEALTH_FOLLOWUP,
        Category.TRADE_SECRET,
        ["精神分裂症", "8000元"],
        ["91.3%", "10月31日"],
        id="mental-health-followup",
    ),
    pytest.param(
        FOREST_RANGERS_CHECK,
        Category.TRADE_SECRET,
        ["4200元", "建筑工地"],
        ["93%", "解聘"],
        id="forest-rangers",
    ),
    pytest.param(
        ELDERLY_ALLOWANCE_AUDIT,
        Category.TRADE_SECRET,
        ["脑梗", "邓玉珍"],
        ["99.2%", "9月底前"],
        id="elderly-audit",
    ),
    pytest.param(
        RESCUE_NEWS,
        Category.TRADE_SECRET,
        ["孤独症", "王小宇"],
        ["林浩然", "5000元"],
        id="rescue-news",
    ),
    pytest.param(
        FORESTRY_YEAR_REPORT,
        Category.ENFORCEMENT_FILE,
        ["张某某", "仍在逃"],
        ["基层林业站", "林长制"],
        id="forestry-year",
    ),
    pytest.param(
        FORESTRY_REPORT_TO_GOVERNMENT,
        Category.ENFORCEMENT_FILE,
        ["刘某某", "拒不到案"],
        ["163个", "回头看"],
        id="forestry-to-government",
    ),
    pytest.param(
        SCENIC_HOLIDAY_NOTICE,
        Category.SECURITY_RISK,
        ["刘某某", "警力6人"],
        ["分时预约", "明码标价"],
        id="scenic-notice",
    ),
    pytest.param(
        SENIOR_COLLEGE_TRIP_NOTICE,
        Category.SECURITY_RISK,
        ["监控盲区", "辅警6名"],
        ["随队医生", "安全员"],
        id="senior-college-trip",
    ),
    pytest.param(
        WELFARE_HOME_PROCUREMENT,
        Category.TRADE_SECRET,
        ["188.40", "财务科封存"],
        ["860万元", "履约验收"],
        id="welfare-home-procurement",
    ),
]
# Every draft above failed on main 8454864 (rules alone and with the learned signal).


test_the_exempt_passage_is_cut_and_the_rest_published = cut_out_test(CUT)


test_the_twins_without_the_passage_stay_public = public_test(
    [
        pytest.param(MENTAL_HEALTH_FOLLOWUP_COUNTS, id="mental-health-counts"),
        pytest.param(ELDERLY_ALLOWANCE_AUDIT_COUNTS, id="elderly-audit-counts"),
        pytest.param(RESCUE_NEWS_PLAIN, id="rescue-news-plain"),
        pytest.param(ELDERLY_ALLOWANCE_LIST, id="elderly-allowance-list"),
        pytest.param(FORESTRY_YEAR_REPORT_CLOSED, id="forestry-year-closed"),
        pytest.param(SCENIC_HOLIDAY_NOTICE_PLAIN, id="scenic-notice-plain"),
    ],
    "rules_alone",
)
