"""judge48 (session 17): process information cited under 第十四条. A 请示, a report or a consultation
letter whose matter is another decision (a road's route, a campus merged, a plan sent for comments) may
mention crowds only as what the agency weighs: petitions made in the past (先后多次集体反映, 多次到学院反映),
wages owed told as an amount (欠薪约86万元), what a course might bring (方案公布后可能出现…上访) or what
it means to prevent (防止群众集体上访). That is the deliberation (第十六条第二款): published, it endangers
nobody. It is security information (第十四条) only when the text reports the crowd itself — a gathering
under way with its place and numbers, its organisers, a group's plan, a run, or a title naming the unrest.
The rules alone are tested; drafts written for these tests before the rule, in offices no tuning part
speaks for (水库管理处, 职业技术学院, 动物园, 高速公路管理处).
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories

RESERVOIR_ROAD_REQUEST = (
    "关于调整青岩水库库区环库道路改线方案的请示\n"
    "\n"
    "县人民政府：\n"
    "\n"
    "青岩水库环库道路原设计沿库区南岸通行，需占用下坝村耕地约46亩。今年以来，下坝村部分村民对占地补偿标准有意见，先后多次集体反映，道路施工至今未能进场。经我处研究，拟将道路改线至北岸山脚。\n"
    "\n"
    "一、改线的好处。北岸为国有林地，不涉及征收耕地，可节约征地补偿费用约380万元。\n"
    "\n"
    "二、存在的问题。北岸线路比原线路长2.1公里，需增加投资约620万元；另需补办林地占用手续，工期推迟约半年。\n"
    "\n"
    "三、请示事项。恳请县政府同意改线方案，并协调县林业局支持办理林地手续。我处建议同步做好下坝村群众的解释工作，防止群众集体上访。\n"
    "\n"
    "妥否，请批示。\n"
    "\n"
    "青岩水库管理处\n"
    "2026年10月20日"
)

COLLEGE_CAMPUS_REPORT = (
    "关于学院城南校区办学调整有关情况的报告\n"
    "\n"
    "市教育局：\n"
    "\n"
    "按照局党组9月专题会议要求，现将我院城南校区办学调整有关情况及建议报告如下：\n"
    "\n"
    "一、基本情况\n"
    "城南校区现有在校生1120人、教职工96人，其中外聘教师41人。受生源下降影响，校区近三年招生持续减少，办学经费缺口较大，目前尚拖欠外聘教师课酬，欠薪约86万元。部分外聘教师已多次到学院反映课酬发放问题。\n"
    "\n"
    "二、调整思路\n"
    "经院务会两次研究，目前有两种方案：\n"
    "1. 城南校区整体并入主校区，校舍交由市教育局统筹使用，但主校区宿舍需新建一栋，投资约2600万元；\n"
    "2. 保留城南校区，仅将汽修、烹饪两个专业迁至主校区，经费缺口仍需财政补足。\n"
    "\n"
    "我院倾向于第1种方案，但尚未与市财政局取得一致。外聘教师课酬拟在调整方案确定后一并解决。\n"
    "\n"
    "以上报告，请审示。\n"
    "\n"
    "市职业技术学院\n"
    "2026年11月3日"
)

ZOO_PLAN_CONSULTATION = (
    "关于征求《市动物园北门片区改造方案（征求意见稿）》意见的函\n"
    "\n"
    "市城管局、市交通运输局、北湖街道办事处：\n"
    "\n"
    "为改善动物园北门片区交通和游览环境，我园起草了《市动物园北门片区改造方案（征求意见稿）》（附后），拟将北门外临时摊点集中迁入园区东侧便民市场，北门广场改为游客集散区。方案尚未报市政府审定。\n"
    "\n"
    "有关事项说明如下：\n"
    "一、北门外现有临时摊点62个，其中多数已经营十年以上。摊点迁移后，部分摊主收入可能下降，方案公布后可能出现摊主集中上访，请北湖街道对摊主的安置和解释工作提出意见。\n"
    "二、请市交通运输局对北门公交站点调整提出意见。\n"
    "\n"
    "请于10月15日前将书面意见反馈我园办公室。\n"
    "\n"
    "市动物园\n"
    "2026年9月28日"
)

HIGHWAY_STATION_MINUTES = (
    "关于东岭收费站撤并有关事项的会议纪要\n"
    "\n"
    "时间：2026年9月18日上午\n"
    "地点：管理处三楼会议室\n"
    "主持：处长 程立新\n"
    "出席：副处长 孟庆华、财务科科长 邱明、收费科科长 宋佳\n"
    "\n"
    "会议研究了东岭收费站撤并事项。讨论中，孟庆华认为撤站后人员一次性分流可能导致部分收费员讨薪、影响队伍稳定，建议分两年逐步分流；邱明提出可先将东岭站并入西岭站合署办公，节省运行费用约140万元；宋佳认为合署后西岭站通行压力较大，需增设两条ETC车道。\n"
    "\n"
    "会议意见：各方意见分歧较大，本次会议不作结论，由收费科会同财务科进一步测算后，下次处务会再研究。\n"
    "\n"
    "记录人：周敏"
)

COLLEGE_TEACHERS_GATHERING = (
    "关于学院外聘教师聚集讨要课酬情况的报告\n"
    "\n"
    "市教育局：\n"
    "\n"
    "今天上午8时起，我院城南校区约60名外聘教师聚集在行政楼门前，拉起横幅讨要拖欠课酬，带头的是汽修专业外聘教师韩某、罗某二人。据了解，他们在微信群里相约明天上午到市政府北门集体上访。\n"
    "\n"
    "我院拟采取以下措施：一是今天下午由院长与教师代表对话；二是商请市人社局协调课酬保障资金；三是拟从学院结余经费中先行垫付课酬约50万元。\n"
    "\n"
    "以上措施妥否，请审示。\n"
    "\n"
    "市职业技术学院\n"
    "2026年11月3日"
)

ZOO_STALLHOLDERS_SIT_IN = (
    "关于动物园北门摊主静坐情况的报告\n"
    "\n"
    "市城市管理局：\n"
    "\n"
    "9月26日以来，北门外临时摊点的摊主因不满迁移安排，已连续两天在动物园北门广场静坐，每天约40人，组织者为摊主协会原会长邵某。摊主扬言如本周内不答复，将堵住北门入口。\n"
    "\n"
    "我园拟于本周五前与摊主代表面谈，并商请北湖派出所届时在北门派驻民警。以上打算尚未实施，请予指导。\n"
    "\n"
    "市动物园\n"
    "2026年9月28日"
)


WEIGHED_ONLY = [
    pytest.param(RESERVOIR_ROAD_REQUEST, id="reservoir-request-past-petitions"),
    pytest.param(COLLEGE_CAMPUS_REPORT, id="college-report-wages-owed"),
    pytest.param(ZOO_PLAN_CONSULTATION, id="zoo-consultation-plan-may-stir"),
]


@pytest.mark.parametrize("text", WEIGHED_ONLY)
def test_a_crowd_only_weighed_is_process_information_not_security(rules_alone: Engine, text: str) -> None:
    attribute, categories = attribute_and_categories(rules_alone, text)
    assert attribute is Attribute.WITHHELD
    assert Category.PROCESS_INFO in categories
    assert Category.SECURITY_RISK not in categories


def test_a_members_view_in_minutes_is_process_information(rules_alone: Engine) -> None:
    attribute, categories = attribute_and_categories(rules_alone, HIGHWAY_STATION_MINUTES)
    assert attribute is Attribute.WITHHELD
    assert categories == {Category.PROCESS_INFO}


@pytest.mark.parametrize("text", [COLLEGE_TEACHERS_GATHERING, ZOO_STALLHOLDERS_SIT_IN])
def test_a_crowd_reported_under_way_stays_security(rules_alone: Engine, text: str) -> None:
    attribute, categories = attribute_and_categories(rules_alone, text)
    assert attribute is Attribute.WITHHELD
    assert Category.SECURITY_RISK in categories
