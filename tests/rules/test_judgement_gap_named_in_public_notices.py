"""judge41 (session 15, tune47 cd-007, tune48 cg-006): a public document (an open day's 公告, an
exam notice to the test centres, a port's yearly 通报) with one paragraph naming a gap to its place:
a spot the text itself calls the weak point (货运区3号门为安保薄弱点) or a camera's blind spot whose
fix is not finished (盲区尚未完成改造). The paragraph is cut (第十四条, 第三十七条) and the rest
published; the same documents telling the gaps closed stay public. Drafts written for these tests,
in offices no tuning part speaks for (an airport's open day, a fishing port's safety report)."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

AIRPORT = (
    "关于东浦机场2026年“航空开放日”活动的公告\n"
    "\n"
    "为普及民航知识，东浦机场集团公司定于2026年12月20日举办“航空开放日”活动。现将有关事项公告如"
    "下：\n"
    "\n"
    "一、活动时间：上午9:00至12:00，分三批次入场，每批次限150人。\n"
    "二、活动内容：参观航站楼值机大厅、消防救援站、气象观测站，观摩飞机牵引和除冰作业演示。\n"
    "三、报名方式：通过“东浦机场”微信公众号预约，凭身份证入场。\n"
    "四、安全保卫：机场公安分局在参观路线设立四个执勤岗，货运区3号门为安保薄弱点，活动当天关闭"
    "；飞行区西侧围界监控尚有一段盲区未完成改造，参观车辆不经过该区域。\n"
    "五、参观须知：请勿携带打火机、充电宝等物品，服从工作人员引导。\n"
    "\n"
    "咨询电话：0571-89021234\n"
    "\n"
    "东浦机场集团有限公司\n"
    "2026年12月8日"
)
# The same notice whose security item tells only the visitors' rules.
AIRPORT_CALM = (
    "关于东浦机场2026年“航空开放日”活动的公告\n"
    "\n"
    "为普及民航知识，东浦机场集团公司定于2026年12月20日举办“航空开放日”活动。现将有关事项公告如"
    "下：\n"
    "\n"
    "一、活动时间：上午9:00至12:00，分三批次入场，每批次限150人。\n"
    "二、活动内容：参观航站楼值机大厅、消防救援站、气象观测站，观摩飞机牵引和除冰作业演示。\n"
    "三、报名方式：通过“东浦机场”微信公众号预约，凭身份证入场。\n"
    "四、安全保卫：参观全程由工作人员引导，参观人员须通过安全检查，飞行区内不得擅自离队。\n"
    "五、参观须知：请勿携带打火机、充电宝等物品，服从工作人员引导。\n"
    "\n"
    "咨询电话：0571-89021234\n"
    "\n"
    "东浦机场集团有限公司\n"
    "2026年12月8日"
)
FISHING_PORT = (
    "东浦市海洋与渔业局关于石塘中心渔港2026年度安全生产工作情况的通报\n"
    "\n"
    "各渔业乡镇，各渔业合作社：\n"
    "\n"
    "2026年，石塘中心渔港全年进出港渔船4.6万艘次，未发生较大以上安全事故，现将有关情况通报如下"
    "。\n"
    "\n"
    "一、渔船安全管理。全年检查渔船2860艘次，整改隐患412处，为312艘渔船更新救生衣和救生筏。\n"
    "\n"
    "二、港区设施建设。完成港池疏浚12万立方米，新建避风锚地一处，港区照明改造全部完工。\n"
    "\n"
    "三、存在问题。港区油库西侧围墙为安保薄弱点，现有监控有一处盲区尚未完成改造，计划明年一季度"
    "完成。\n"
    "\n"
    "四、下步工作。继续开展渔船安全隐患排查，加强渔民安全培训。\n"
    "\n"
    "东浦市海洋与渔业局\n"
    "2026年12月5日"
)
# The same report whose problems are the boats' equipment and the crews' training.
FISHING_PORT_CALM = (
    "东浦市海洋与渔业局关于石塘中心渔港2026年度安全生产工作情况的通报\n"
    "\n"
    "各渔业乡镇，各渔业合作社：\n"
    "\n"
    "2026年，石塘中心渔港全年进出港渔船4.6万艘次，未发生较大以上安全事故，现将有关情况通报如下"
    "。\n"
    "\n"
    "一、渔船安全管理。全年检查渔船2860艘次，整改隐患412处，为312艘渔船更新救生衣和救生筏。\n"
    "\n"
    "二、港区设施建设。完成港池疏浚12万立方米，新建避风锚地一处，港区照明改造全部完工。\n"
    "\n"
    "三、存在问题。部分老旧渔船救生设备配备不足，渔民安全培训覆盖面有待扩大。\n"
    "\n"
    "四、下步工作。继续开展渔船安全隐患排查，加强渔民安全培训。\n"
    "\n"
    "东浦市海洋与渔业局\n"
    "2026年12月5日"
)

# A water company's open day, written before the rule: a barrier short of its height at a named spot with no
# camera there (围栏高度不足1.2米,且该处未安装摄像头).
WATER_OPEN_DAY = (
    "东浦市城市供水有限公司关于第三水厂开展“水厂开放日”活动的公告\n"
    "\n"
    "为增进市民对城市供水的了解，我公司定于2026年12月26日（星期六）开展第三水厂开放日活动，现将"
    "有关事项公告如下：\n"
    "\n"
    "一、活动内容：参观取水泵房、絮凝沉淀池、滤池和中央控制室，了解自来水生产全过程，现场体验水"
    "质检测。\n"
    "二、参加方式：即日起通过“东浦供水”公众号报名，限额120人，额满为止。\n"
    "三、安全保障：参观全程由专人引导。清水池东侧检修通道的围栏高度不足1.2米，且该处未安装摄像"
    "头，当天由两名保安看守；加氯间不对外开放。\n"
    "四、注意事项：请穿平底鞋，勿携带宠物，未成年人须由监护人陪同。\n"
    "\n"
    "咨询电话：0571-89033123\n"
    "\n"
    "东浦市城市供水有限公司\n"
    "2026年12月10日"
)
WATER_OPEN_DAY_PLAIN = (
    "东浦市城市供水有限公司关于第三水厂开展“水厂开放日”活动的公告\n"
    "\n"
    "为增进市民对城市供水的了解，我公司定于2026年12月26日（星期六）开展第三水厂开放日活动，现将"
    "有关事项公告如下：\n"
    "\n"
    "一、活动内容：参观取水泵房、絮凝沉淀池、滤池和中央控制室，了解自来水生产全过程，现场体验水"
    "质检测。\n"
    "二、参加方式：即日起通过“东浦供水”公众号报名，限额120人，额满为止。\n"
    "三、安全保障：参观全程由专人引导。参观路线全程设置护栏和指示标志；加氯间不对外开放。\n"
    "四、注意事项：请穿平底鞋，勿携带宠物，未成年人须由监护人陪同。\n"
    "\n"
    "咨询电话：0571-89033123\n"
    "\n"
    "东浦市城市供水有限公司\n"
    "2026年12月10日"
)


copied(__name__, AIRPORT, "AIRPORT")


def test_an_open_days_security_item_naming_the_weak_point_is_cut(engine: Engine) -> None:
    assert_cut_out(
        engine, AIRPORT, Category.SECURITY_RISK, gone=["3号门", "盲区"], kept=["除冰作业", "充电宝"]
    )


copied(__name__, FISHING_PORT, "FISHING_PORT")


def test_a_ports_report_naming_its_weak_wall_and_blind_spot_is_cut(engine: Engine) -> None:
    assert_cut_out(
        engine, FISHING_PORT, Category.SECURITY_RISK, gone=["油库西侧围墙"], kept=["港池疏浚", "安全培训"]
    )


public(
    __name__,
    {
        "AIRPORT_CALM": AIRPORT_CALM,
        "FISHING_PORT_CALM": FISHING_PORT_CALM,
        "WATER_OPEN_DAY_PLAIN": WATER_OPEN_DAY_PLAIN,
    },
)


def test_the_same_notice_and_report_without_the_gaps_stay_public(engine: Engine) -> None:
    for text in (AIRPORT_CALM, FISHING_PORT_CALM, WATER_OPEN_DAY_PLAIN):
        assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)


copied(__name__, WATER_OPEN_DAY, "WATER_OPEN_DAY")


def test_a_barrier_short_of_its_height_without_a_camera_is_cut(engine: Engine) -> None:
    assert_cut_out(
        engine, WATER_OPEN_DAY, Category.SECURITY_RISK, gone=["1.2米"], kept=["絮凝沉淀池", "平底鞋"]
    )
