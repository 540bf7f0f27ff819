"""judge28 (session 12, tune37 bp-026): a bureau's serial bulletin (简报, 第几期) goes to 报/送/发 alike, an
exchange of information and no request to the superior (第十六条第二款): a plan of its own that waits for
a budget or an approval (待…批复后实施) does not make it process information, whatever the bulletin is named
for (工作, 服务, 信息). The same text as a report to the superior stays withheld. Drafts written for these
tests."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_found
from tests.testing.known_public import public

FARM = (
    "一、技术指导。4月以来组织农技人员下乡开展春播指导56场次,培训种植户2300人次。\n"
    "二、农资保障。全县储备化肥1.2万吨、种子860吨,供应总体平稳。\n"
    "三、存在的问题。部分偏远村缺少村级农技员,拟在明年新增20名,待县人社部门核定编制后招聘;"
    "土壤墒情监测点偏少,已列入明年建设计划,尚待资金落实。\n"
)
BULLETINS = [
    "为农服务简报\n第8期\n青禾县农业农村局　　　　2026年5月6日\n\n春播生产服务情况\n\n"
    + FARM
    + "四、下一步。加强病虫害监测预警,做好小麦一喷三防。\n\n"
    "报:县委、县人大、县政府、县政协\n送:县委、县政府分管领导\n发:各乡镇人民政府",
    "政务信息简报(2026年第5期)\n\n南屏区人民政府办公室编　　　2026年4月30日\n\n"
    "【工作动态】区政务服务中心一季度办件4.6万件,按时办结率99.8%。\n"
    "【基层声音】群众反映部分社区自助终端故障较多。区政务服务管理局正在研究更换方案,初步考虑分两批更换,"
    "待明年预算安排后实施。\n"
    "【下步打算】继续推进高频事项一网通办。\n\n报:区委、区政府领导\n送:区委各部门\n发:各街道办事处",
]
REPORT = (
    "青禾县农业农村局关于春播生产服务情况的报告\n\n县人民政府:\n"
    + FARM
    + "特此报告。\n\n青禾县农业农村局\n2026年5月6日"
)


public(__name__, BULLETINS, "BULLETINS")


@pytest.mark.parametrize("text", BULLETINS, ids=["service-bulletin", "information-bulletin"])
def test_a_serial_bulletin_with_a_plan_awaiting_approval_is_published(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.PROCESS_INFO) == (Attribute.PROACTIVE, False)


def test_the_same_matter_reported_to_the_superior_stays_withheld(engine: Engine) -> None:
    assert attribute_and_found(engine, REPORT, Category.PROCESS_INFO) == (Attribute.WITHHELD, True)
