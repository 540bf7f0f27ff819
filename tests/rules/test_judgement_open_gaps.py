"""judge24 (session 12): an incident briefing whose one paragraph lists a system's gaps still open, with the
server's address and the port to reach them, has that paragraph cut (第十四条、第三十七条); the same briefing
saying the gaps are closed stays public. Drafts written for these tests (for tune36 bl-008)."""

from __future__ import annotations

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, assert_public
from tests.testing.known_public import copied, public

BRIEFING = (
    "关于社保经办系统异常访问事件的情况通报\n"
    "\n"
    "各县(市、区)人力资源和社会保障局:\n"
    "　　10月9日凌晨,社保经办系统查询接口出现大量异常请求,市信息中心随即封禁来源地址,当"
    "日7时恢复正常。经核查,未发现参保人员信息泄露。\n"
    "　　事件反映出部分单位账号口令长期未更换等问题,市信息中心已完成全部账号的口令重置。\n"
    "　　经复查,尚有以下问题未整改完毕:待遇核定模块所在的应用服务器(192.168.20."
    "17)仍使用已停止维护的中间件,计划于11月停机升级;与银行对账的接口(端口9090)未"
    "启用双向认证,升级前仍可被内网其他主机访问。\n"
    "　　请各单位于10月31日前完成本单位账号和终端的自查,并将自查情况报市局信息科。\n"
    "\n"
    "市人力资源和社会保障局\n"
    "2026年10月12日"
)
BRIEFING_CLOSED = BRIEFING.replace(
    "尚有以下问题未整改完毕:待遇核定模块所在的应用服务器(192.168.20.17)仍使用已停止维护的中间件,"
    "计划于11月停机升级;与银行对账的接口(端口9090)未启用双向认证,升级前仍可被内网其他主机访问。",
    "中间件升级和对账接口双向认证均已完成。",
)


copied(__name__, BRIEFING, "BRIEFING")


def test_open_gaps_with_address_and_port_are_cut(engine: Engine) -> None:
    assert_cut_out(engine, BRIEFING, Category.SECURITY_RISK, gone=["192.168.20.17"], kept=["口令重置"])


public(__name__, BRIEFING_CLOSED, "BRIEFING_CLOSED")


def test_gaps_reported_closed_stay_public(engine: Engine) -> None:
    assert_public(engine, BRIEFING_CLOSED)
