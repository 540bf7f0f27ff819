"""Process information with no title (session 12, tune38 bq-006, bq-044): in a vertically managed system
(烟草, 邮政, 税务 …) a bureau writes to its superior by the superior's short name (省局…处:, 市局:), and a
reply may open on the consultation letter it answers (你处《关于征求〈…〉意见的函》收悉) instead of a title.
A request that weighs options for the superior to decide, and opinions on another agency's draft, are
process information (第十六条第二款) whatever their heading. Near twins — a notice sent down to the
county bureaus, a public consultation, a reply on a decided matter — stay 主动公开."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_found, found_and_public
from tests.testing.known_public import public

FOUND = [
    # options weighed for the superior division, the public consultation a step still to come
    "市局货物和劳务税科:\n"
    "按市局部署,我局对辖区定额户核定标准作了测算,拟作调整,形成两个方案,现报请审定:\n"
    "方案一:月销售额核定下限由1万元提高至1.5万元。\n方案二:按行业分档核定,不再统一下限。\n"
    "我局倾向于方案一。县市场监管局对方案二有不同意见,尚未统一。\n"
    "请市局研究后予以指导,我局再据此组织公开征求意见。\n\n某县税务局\n2026年11月2日",
    # a reply to another agency's consultation on its draft, opening on the letter it answers
    "县交通运输局:\n"
    "你局《关于征求〈县城区公交线网优化方案(送审稿)〉意见的函》收悉。经研究,现提出意见如下:\n"
    "一、建议保留经过县人民医院的3路公交。\n二、对撤并5路、9路,我局持保留意见。\n"
    "以上意见供参考。\n\n某县卫生健康局\n2026年10月20日",
]

PUBLIC = [
    # a notice sent down, addressed to the county bureaus and the city bureau's divisions
    "关于调整元旦期间办税服务时间的通知\n各县局、市局各处室:\n"
    "元旦期间,全市办税服务厅1月1日暂停服务,1月2日起恢复正常。请各单位做好公告和引导工作。\n"
    "某市税务局\n2026年12月20日",
    # the public consultation itself
    "关于《县城区公交线网优化方案(征求意见稿)》公开征求意见的公告\n"
    "现将《县城区公交线网优化方案(征求意见稿)》全文公布,向社会公开征求意见。"
    "请于12月31日前通过电子邮件提出意见。\n某县交通运输局",
]


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize(("text", "expected"), found_and_public(FOUND, Attribute.WITHHELD, PUBLIC))
def test_untitled_request_and_consultation_reply_are_process_info_their_twins_public(
    engine: Engine, text: str, expected: tuple[Attribute, bool]
) -> None:
    assert attribute_and_found(engine, text, Category.PROCESS_INFO) == expected
