"""Public documents the judgement layer cut as a third party's confidential data (session 12,
tune36): each public form comes out 主动公开 with no trade_secret finding, and its near twin — an informant
who asks, a firm's unpublished figures — is still found as trade_secret."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category, Severity


def _trade_secret(engine: Engine, text: str) -> tuple[Attribute | None, bool]:
    report = engine.check_text(text).files[0]
    counted = [f for f in report.findings if f.severity.rank >= Severity.MEDIUM.rank]
    found = any(f.category is Category.TRADE_SECRET for f in counted)
    return report.attribute, found


PUBLIC = [
    # the agency's undertaking to whoever reports, under a hotline (a warning, a case bulletin, a reward rule)
    "警情通报:警惕冒充客服退款诈骗\n近期,我市发生多起冒充网店客服以退款为名实施诈骗的案件。\n"
    "如发现可疑线索,可拨打市公安局反诈中心举报电话0571-66820110,对举报人信息严格保密。\n某市公安局",
    "燃气安全违法行为典型案例通报(第2期)\n案例一:某餐饮店违规使用液化石油气案。执法部门依法责令整改并处罚款。\n"
    "欢迎社会各界监督举报,举报电话0571-86012345,我局将对举报人身份严格保密,经查实的按规定给予奖励。\n某市城市管理局",
    "某市住房公积金违规提取举报奖励办法\n第三条 举报人可以通过电话、信函、网站等方式举报。\n"
    "第六条 管理中心应当对举报人的信息严格保密,不得将举报情况透露给被举报人。",
]

FOUND = [
    # an informant named by role who asks, beside the same undertaking
    "关于转办违规提取住房公积金举报线索的函\n某区管理部:\n"
    "举报人系该公司人事专员,要求对其身份保密,担心被公司知道。我中心将对举报人信息严格保密。\n请依法核查。\n"
    "某市住房公积金管理中心",
]


@pytest.mark.parametrize("text", PUBLIC, ids=[f"public-{i}" for i in range(len(PUBLIC))])
def test_a_public_form_is_no_trade_secret(engine: Engine, text: str) -> None:
    assert _trade_secret(engine, text) == (Attribute.PROACTIVE, False)


@pytest.mark.parametrize("text", FOUND, ids=[f"found-{i}" for i in range(len(FOUND))])
def test_its_near_twin_is_still_found(engine: Engine, text: str) -> None:
    attribute, found = _trade_secret(engine, text)
    assert found and attribute is not Attribute.PROACTIVE
