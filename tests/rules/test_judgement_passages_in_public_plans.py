"""judge44 (session 16): one passage of a public document that must go (第三十七条), published with the
rest. The rules alone are tested. Drafts written for these tests before any rule of the change, in offices
no tuning part speaks for (图书馆, 殡葬, 民航, 广播电视台, 口腔医院, 海洋渔业), with twins that stay public.

- An item of a public plan or summary telling a matter asked of the superior and still unsettled (已向…请示,
  …尚未研究决定, …仍坚持…, 还没有谈拢): the agency's deliberation (第十六条第二款) is cut (tune49 ck-027).
  The same item told decided stays.
- A window when protection is down, named with its length (切换需约4分钟, 交接班时段约有15分钟无人看守) and a
  guarded transfer's route with its thin watch (经…路…转运, 夜间只有1名保安值守): 第十四条, cut
  (tune49 cj-022, tune50 cl-009). The window closed and a traffic notice naming an escort's roads stay
  public.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut, attribute_and_categories, report_of

LIBRARY_PLAN_FUNDING_UNSETTLED = (
    "市图书馆2027年工作计划\n"
    "\n"
    "一、提升阅读服务。全年举办阅读推广活动200场以上，新增城市书房5家，推进总分馆通借通还全覆盖。\n"
    "\n"
    "二、加强文献资源建设。新增纸质图书8万册，数字资源采购经费较上年增长10%。\n"
    "\n"
    "三、新馆二期扩建资金来源问题，馆里已书面请示市文化广电旅游局，馆方主张申请专项债券，市财政局意见是由区级配套解决，双方还没有谈拢，最后怎么定要看市政府意见。\n"
    "\n"
    "四、做好古籍保护。完成馆藏古籍普查登记，开展古籍修复项目2个。\n"
    "\n"
    "市图书馆\n"
    "2026年12月20日"
)
FUNERAL_SUMMARY_CEMETERY_LAND_ASKED = (
    "县民政局2026年殡葬改革工作总结\n"
    "\n"
    "一、惠民殡葬政策全面落实。全年为全县户籍居民减免基本殡葬服务费用共计312万元，惠及2680户。\n"
    "\n"
    "二、殡葬设施建设。城乡公益性公墓新建4处，完成乡镇骨灰堂改造6处。关于县城公益性公墓二期用地，我局已向县政府请示，县自然资源局认为应先调整国土空间规划，县政府尚未研究决定。\n"
    "\n"
    "三、移风易俗。开展文明祭扫宣传，网络祭扫平台注册用户达1.2万人。\n"
    "\n"
    "县民政局\n"
    "2027年1月8日"
)
AVIATION_POINTS_NOISE_PENDING = (
    "市民航发展办公室2027年工作要点\n"
    "\n"
    "一、服务航线网络拓展。新开通国内航线4条，恢复国际地区航线2条。\n"
    "\n"
    "二、推进机场改扩建。配合做好T2航站楼建设，年内完成主体结构封顶。\n"
    "\n"
    "三、第二跑道周边噪声补偿标准，我办已报请市政府，市生态环境局仍坚持按现行标准执行，该事项待市政府常务会议研究后再定。\n"
    "\n"
    "四、优化口岸营商环境。推动通关时间再压缩10%。\n"
    "\n"
    "市民航发展办公室\n"
    "2026年12月"
)
BROADCASTER_SUMMARY_SWITCHOVER_WINDOW = (
    "市广播电视台2026年安全播出工作总结\n"
    "\n"
    "一、总体情况。全年安全播出时间8760小时，未发生重大播出事故，停播率为零。\n"
    "二、重点保障。跨年晚会直播期间，主控机房备用发电机切换需约4分钟，此间为信号中断风险最高的薄弱时段，台里安排技术人员在发射塔驻守。\n"
    "三、设备更新。完成高清播控系统升级，更换老化发射机2部。\n"
    "四、下一步打算。推进4K超高清频道建设，完善应急播出体系。"
)
DENTAL_HOSPITAL_SUMMARY_UNGUARDED_HANDOVER = (
    "市口腔医院2026年度医疗质量安全工作总结\n"
    "\n"
    "一、医疗质量。全年门诊量38.6万人次，甲级病历率98.7%，未发生重大医疗事故。\n"
    "二、药品管理。严格执行麻醉药品和精神药品管理制度，麻醉药品库房实行双人双锁，但交接班时段约有15分钟无人看守，药剂科已提出改进意见。\n"
    "三、院感防控。全年开展院感培训12次，器械灭菌合格率100%。\n"
    "四、2027年打算。推进智慧医院建设，创建省级重点专科。\n"
    "\n"
    "市口腔医院\n"
    "2027年1月15日"
)
FISHERIES_NOTICE_CATCH_TRANSFER = (
    "关于2026年伏季休渔期违规捕捞执法情况的通告\n"
    "\n"
    "一、执法总体情况。伏季休渔期间，我局共出动执法船艇312航次，检查渔船1846艘次，查处违规捕捞案件41起。\n"
    "二、涉案渔获处置。查获的涉案渔获暂存于渔港冷库，由两辆执法车经港前路、海滨大道于夜间转运至指定处置点，冷库夜间只有1名保安值守。\n"
    "三、下一步工作。请广大渔民自觉遵守休渔规定，发现违规捕捞行为可拨打举报电话12345。\n"
    "\n"
    "青屿市海洋与渔业局\n"
    "2026年9月20日"
)
LIBRARY_PLAN_FUNDING_DECIDED = (
    "市图书馆2027年工作计划\n"
    "\n"
    "一、提升阅读服务。全年举办阅读推广活动200场以上，新增城市书房5家。\n"
    "\n"
    "二、新馆二期扩建。扩建资金已经市政府常务会议研究确定，由市、区两级财政按6:4分担，年内开工建设。\n"
    "\n"
    "三、做好古籍保护。完成馆藏古籍普查登记。\n"
    "\n"
    "市图书馆\n"
    "2026年12月20日"
)
BROADCASTER_SUMMARY_WINDOW_CLOSED = (
    "市广播电视台2026年安全播出工作总结\n"
    "\n"
    "一、总体情况。全年安全播出时间8760小时，未发生重大播出事故。\n"
    "二、重点保障。主控机房备用发电机切换时间已由4分钟缩短至10秒，去年排查出的薄弱环节全部整改到位。\n"
    "三、设备更新。完成高清播控系统升级。"
)
EXAM_ESCORT_TRAFFIC_NOTICE = (
    "关于2027年高考期间部分路段临时交通管制的通告\n"
    "\n"
    "6月7日至8日每天6时至7时，高考试卷押运车辆经滨江大道、学府路前往各考点，上述路段实行临时交通管制，请社会车辆提前绕行。\n"
    "\n"
    "市公安局交通警察支队\n"
    "2027年6月1日"
)


@pytest.mark.parametrize(
    "text",
    [LIBRARY_PLAN_FUNDING_UNSETTLED, FUNERAL_SUMMARY_CEMETERY_LAND_ASKED, AVIATION_POINTS_NOISE_PENDING],
)
def test_an_unsettled_item_of_a_public_plan_is_cut(rules_alone: Engine, text: str) -> None:
    assert_cut(report_of(rules_alone, text), Category.PROCESS_INFO)


@pytest.mark.parametrize(
    "text",
    [
        BROADCASTER_SUMMARY_SWITCHOVER_WINDOW,
        DENTAL_HOSPITAL_SUMMARY_UNGUARDED_HANDOVER,
        FISHERIES_NOTICE_CATCH_TRANSFER,
    ],
)
def test_a_window_or_a_guarded_transfer_in_a_public_document_is_cut(rules_alone: Engine, text: str) -> None:
    assert_cut(report_of(rules_alone, text), Category.SECURITY_RISK)


@pytest.mark.parametrize(
    "text", [LIBRARY_PLAN_FUNDING_DECIDED, BROADCASTER_SUMMARY_WINDOW_CLOSED, EXAM_ESCORT_TRAFFIC_NOTICE]
)
def test_public_twins_stay_public(rules_alone: Engine, text: str) -> None:
    assert attribute_and_categories(rules_alone, text) == (Attribute.PROACTIVE, set())
