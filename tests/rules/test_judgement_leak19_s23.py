"""Cash kept where anyone can take it, told to the place and the sum (leak19, session 23; tune65 eg-016's
财务室现金存放在普通抽屉内): a facility's weak point (JD044's paragraph-security-weakness) that a copy cutting
the site's other gaps must not leave. Written after the rule (the drafts fail on main: published whole).
Offices: a county's 文物局, a county's 红十字会."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.masking import Style
from tests.testing.copies import STYLES, assert_gone_and_kept, cut_copy
from tests.testing.judgement import report_of

# 文物局: a shrine's ticket cash in the booth's drawer, the most it holds, nobody there at night.
HERITAGE_CHECK = "\n".join(
    [
        "关于2025年上半年文物保护单位安全检查情况的通报",
        "",
        "各乡镇人民政府，各文物保护单位管理机构：",
        "按照年度安全工作安排，县文物局于5月至6月对全县28处县级以上文物保护单位开展了安全检查，共发现隐患34条，已整改26条。现将有关情况通报如下。",
        "一、总体情况",
        "消防器材配备率达到96%，安防监控覆盖率达到89%，文物本体总体安全。",
        "二、重点单位存在的问题",
        "（一）陈氏宗祠：古建筑内电线未穿管保护；门票收入现金放在售票亭的抽屉里，每天闭馆前最多存放现金3000余元，夜间无人值守。",
        "（二）魁星阁：二层木楼梯扶手松动，游客较多时存在安全隐患。",
        "（三）石桥古村落：部分民居私拉电线，已督促整改。",
        "三、整改要求",
        "各单位要于7月31日前完成整改，整改情况报县文物局。",
        "",
        "县文物局",
        "2025年7月2日",
    ]
)


# 红十字会: a station's donations kept in a desk drawer, how much as a rule.
DONATION_BOXES = "\n".join(
    [
        "县红十字会2025年三季度募捐箱管理检查情况",
        "",
        "为规范募捐箱管理，9月县红十字会对设在全县商场、车站和医院的46个募捐箱进行了检查。现将情况报告如下。",
        "一、基本情况。46个募捐箱均按规定备案，开箱均有两人以上在场并登记，三季度共开箱募集善款12.6万元，已全部存入红十字会专户。",
        "二、存在问题。城南客运站募捐箱所在服务台无人看管，开箱后的善款存放在服务台办公桌抽屉内，平时存放善款约5000元，未及时送存；县人民医院门诊大厅募捐箱锁具老化。",
        "三、下一步工作。督促各设点单位明确看管责任人，善款当日送存，更换老化锁具。",
        "",
        "县红十字会",
        "2025年10月12日",
    ]
)


# The heritage twin: the cash banked each day, a safe in the booth: no gap.
HERITAGE_CHECK_PUBLIC = "\n".join(
    [
        "关于2025年上半年文物保护单位安全检查情况的通报",
        "",
        "各乡镇人民政府，各文物保护单位管理机构：",
        "按照年度安全工作安排，县文物局于5月至6月对全县28处县级以上文物保护单位开展了安全检查，共发现隐患34条，已整改26条。现将有关情况通报如下。",
        "一、总体情况",
        "消防器材配备率达到96%，安防监控覆盖率达到89%，文物本体总体安全。",
        "二、重点单位存在的问题",
        "（一）陈氏宗祠：古建筑内电线未穿管保护，已督促整改；门票收入每日存入银行，售票亭已配备保险柜。",
        "（二）魁星阁：二层木楼梯扶手松动，游客较多时存在安全隐患。",
        "三、整改要求",
        "各单位要于7月31日前完成整改，整改情况报县文物局。",
        "",
        "县文物局",
        "2025年7月2日",
    ]
)


@STYLES
def test_a_sites_cash_drawer_and_its_sum_are_cut(engine: Engine, style: Style) -> None:
    copy = cut_copy(engine, HERITAGE_CHECK, style)
    assert_gone_and_kept(copy, ["抽屉", "3000余元"], ["28处", "34条", "96%", "7月31日"])


@STYLES
def test_donations_kept_in_a_desk_drawer_are_cut(engine: Engine, style: Style) -> None:
    copy = cut_copy(engine, DONATION_BOXES, style)
    assert_gone_and_kept(copy, ["抽屉", "5000元"], ["46个", "12.6万元"])


def test_cash_banked_each_day_is_no_gap(engine: Engine) -> None:
    assert report_of(engine, HERITAGE_CHECK_PUBLIC).attribute is Attribute.PROACTIVE
