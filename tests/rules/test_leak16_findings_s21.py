"""Findings leak15 left to session 21 (leak16), in drafts of my own. (1) A 联系人 a private party names
(申请人联系人, 联系人：申请人某某, 紧急联系人) with a free-mail address: the address is that person's
(PI117), and the office's phone rules no longer take the line for the office's contact (PB006); the
office's own 联系人 line with a mailbox on a free mail host stays published. (2) Technical parameters a
firm bought from another (…系从某企业有偿引进，孔网参数为…): the seller's know-how (TS005), the approved
design's figures stay. (3) An evaluation report's line of one bidder's component scores
(某公司：技术分…，商务分…，价格分…): the panel's evaluation of that bidder (JD182 with
`paragraph-bidder-scores`); the candidates' 公示 publishes them."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.masking import Style, must_redact
from secreview.redact import redact_bytes

STYLES = pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])

# 自然资源局: a reply to an information request; the requester named his son as the contact.
REQUEST_REPLY = "\n".join(
    [
        "关于韦某某政府信息公开申请的答复",
        "",
        "韦某某：",
        "本机关于2026年10月12日收到你提交的政府信息公开申请，申请表载明的申请人联系人：韦晓东（申请人之子），"
        "电子邮箱weixiaodong1998@qq.com，当事人联系人：韦晓东，手机13974105862。",
        "经查，你申请获取的宗地界址调整批复文件不存在。",
        "特此告知。",
        "",
        "联系人：覃某，电话：0736-5821279，邮箱：lszrzyj@163.com",
        "",
        "临山县自然资源局",
        "2026年11月2日",
    ]
)

# 应急管理局: a licence review of a cement plant's quarry; the firm bought its blasting design from another.
QUARRY = "\n".join(
    [
        "临山县青石水泥有限公司石灰岩矿扩建工程安全设施设计审查意见",
        "",
        "临山县青石水泥有限公司：",
        "你公司报送的《安全设施设计》收悉。经审查，同意该设计。现将审查意见告知如下：",
        "一、主要安全设施",
        "台阶高度12米，安全平台宽度4米，最终边坡角不大于53度；爆破警戒范围200米。",
        "你公司采用的逐孔起爆网络参数系向市外某爆破工程公司有偿购买，孔距为3.6米、排距3.2米、炸药单耗0.38千克每吨。",
        "二、有关要求",
        "你公司应严格按照审查同意的设计组织施工。",
        "",
        "临山县应急管理局",
        "2026年9月14日",
    ]
)

_SCORES = [
    "三、详细评审",
    "　　各投标人得分（5位评委平均分）如下：",
    "　　临山鸿业市政工程有限公司：技术分48.36，商务分8.50，价格分29.10，总分85.96。评委意见：施工组织合理，"
    "但项目经理同时在建项目2个。",
    "　　临山通达路桥建设有限公司：技术分45.12，商务分9.00，价格分28.84，总分82.96。"
    "评委意见：拟将沥青摊铺分包给无资质班组。",
    "",
]

# 交通运输局: a tender evaluation report for a road resurfacing.
EVALUATION = "\n".join(
    [
        "临山县城区道路沥青罩面工程评标报告",
        "",
        "招标人：临山县交通运输局",
        "开标时间：2026年5月20日9时30分",
        "",
        "一、评标委员会组成",
        "　　评标委员会由5人组成，从省综合评标专家库随机抽取。",
        "",
        *_SCORES,
        "四、推荐意见",
        "　　评标委员会推荐中标候选人如下：",
        "　　第一中标候选人：临山鸿业市政工程有限公司，投标报价1286.40万元；",
        "　　第二中标候选人：临山通达路桥建设有限公司，投标报价1302.70万元。",
        "",
        "2026年5月20日",
    ]
)

# The same scores in the candidates' public notice: published.
CANDIDATES_NOTICE = EVALUATION.replace("评标报告", "中标候选人公示")


def _copy(engine: Engine, text: str, style: Style, published: bool = True) -> tuple[list[str], str]:
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "draft.txt", style)
    if published:  # a reply to one requester is 依申请公开: its copy is made all the same
        assert copy.original.attribute is Attribute.REDACTED
        assert copy.recheck.attribute is Attribute.PROACTIVE
    cut = [f"{f.rule} {f.text}" for f in copy.original.findings if must_redact(f)]
    return cut, copy.data.decode("utf-8")


@STYLES
def test_a_private_partys_contact_is_cut_the_offices_stays(engine: Engine, style: Style) -> None:
    cut, kept = _copy(engine, REQUEST_REPLY, style, published=False)
    assert "PI117 weixiaodong1998@qq.com" in cut
    assert not any("lszrzyj" in each for each in cut)
    for gone in ("weixiaodong1998@qq.com", "13974105862"):
        assert gone not in kept, gone
    for stays in ("lszrzyj@163.com", "0736-5821279"):
        assert stays in kept, stays


@STYLES
def test_bought_technical_parameters_are_cut_the_design_stays(rules_alone: Engine, style: Style) -> None:
    cut, kept = _copy(rules_alone, QUARRY, style)
    assert any(each.startswith("TS005 ") for each in cut), cut
    for gone in ("3.6米", "3.2米", "0.38千克"):
        assert gone not in kept, gone
    for stays in ("台阶高度12米", "安全平台宽度4米", "爆破警戒范围200米", "2026年9月14日"):
        assert stays in kept, stays


@STYLES
def test_a_bidders_component_scores_are_cut_from_an_evaluation_report(engine: Engine, style: Style) -> None:
    cut, kept = _copy(engine, EVALUATION, style)
    assert any(each.startswith("JD182 ") for each in cut), cut
    for gone in ("48.36", "45.12", "85.96", "无资质班组"):
        assert gone not in kept, gone
    for stays in ("第一中标候选人：临山鸿业市政工程有限公司，投标报价1286.40万元", "2026年5月20日9时30分"):
        assert stays in kept, stays


def test_the_candidates_notice_publishes_the_scores(engine: Engine) -> None:
    report = engine.review_text(CANDIDATES_NOTICE)
    assert not any(f.rule == "JD182" for f in report.findings)
