"""judge28 (session 12, tune38 bq-024): a public work summary whose one paragraph posts guards for an event
still to come, so many a shift at a named post (民警与安保人员每班各4人在进站安检口值守), tells where and how
thinly the place is held: the paragraph is cut (第十四条、第三十七条). The same summary promising only to keep
the event safe stays public. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import report_of, weighing
from tests.testing.known_public import public

LANTERN = (
    "南屏县文化广电旅游局2026年工作总结\n\n　　2026年,我局全年举办群众文化活动210场,接待游客420万人次。\n"
    "　　一、公共文化服务。新建城市书房3个,送戏下乡120场。\n"
    "　　二、明年元宵灯会安保。灯会期间,拟由保安公司安保人员每班3名在主灯组配电房驻守,东侧入口的两台安检门"
    "届时将停用,改为人工检查;北侧围挡尚未安装监控。\n"
    "　　三、文旅市场监管。全年检查经营单位560家次。\n"
    "　　2027年,我局将继续推动文旅融合发展。\n\n南屏县文化广电旅游局\n2026年12月2日"
)
LANTERN_PROMISE = LANTERN.replace(
    "灯会期间,拟由保安公司安保人员每班3名在主灯组配电房驻守,东侧入口的两台安检门届时将停用,改为人工检查;"
    "北侧围挡尚未安装监控。",
    "灯会期间,我局将会同公安机关做好现场安全保障,确保群众平安观灯。",
)
STATION = (
    "青川市交通运输局2026年春运工作总结\n\n　　春运40天,全市发送旅客186万人次,未发生重大安全事故。\n"
    "　　一、运力保障。投入客车600辆,加开夜班车120班次。\n"
    "　　二、明年春运站区安保。拟由铁路公安民警与站区保安每班各4人在进站安检口和售票厅东门值守,"
    "西侧通道的两台安检机届时将检修停用。\n"
    "　　三、服务提升。设立爱心服务台12个。\n\n青川市交通运输局\n2026年3月10日"
)


def _security(engine: Engine, text: str) -> tuple[Attribute | None, list[bool]]:
    report = report_of(engine, text)
    return report.attribute, [f.severable for f in weighing(report) if f.category is Category.SECURITY_RISK]


def test_guards_posted_per_shift_for_a_coming_event_are_cut(engine: Engine) -> None:
    for text in (LANTERN, STATION):
        assert _security(engine, text) == (Attribute.REDACTED, [True])


public(__name__, LANTERN_PROMISE, "LANTERN_PROMISE")


def test_a_promise_to_keep_the_event_safe_stays_public(engine: Engine) -> None:
    assert _security(engine, LANTERN_PROMISE) == (Attribute.PROACTIVE, [])
