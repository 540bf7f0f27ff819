"""judge31 (session 13, tune39 br-025, tune41 bt-040): one passage of a public document about one person's
management — a section's member named with 同志 whose merit rating is deferred after a reminder talk, or a
manager whose post is to be changed while the successor is still being vetted — is internal personnel
management (第十六条第一款): the passage is cut (第三十七条) and the rest is published. The same document
with the counts only, or with the change made, stays public. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

YOUTH = (
    "共青团青溪县委员会2026年工作总结\n\n　　2026年,团县委围绕中心、服务大局,各项工作稳步推进。\n"
    "　　一是青年就业创业。举办招聘会6场,帮助青年就业830人。\n"
    "　　二是志愿服务。注册志愿者新增2100人。\n"
    "　　三是机关建设。年度考核中,因青少年部陈思远同志多次无"
    "故缺席例会,书记已对其谈话提醒,并取消其当年评先评优资格。"
    "全年开展集中学习10次。\n"
    "　　2027年,我们将继续加强基层团组织建设。\n\n共青团青溪县委员会\n2026年12月4日"
)
YOUTH_COUNTS = YOUTH.replace(
    "年度考核中,因青少年部陈思远同志多次无故缺席例会,书记已对其谈话提醒,并取消其当年评先评优资格。",
    "年度考核中,机关干部均为称职以上等次。",
)
MEETING = (
    "县农业农村局召开2026年度局属单位负责人会议\n\n    12月5日,"
    "县农业农村局召开2026年度局属单位负责人会议,局长韩立军出席并讲话。\n"
    "    会议通报了全年农技推广、动物防疫等工作情况,全县粮食总产稳定在28万吨以上。\n"
    "    会后,韩立军与县种子站站长罗文彬进行了谈话,指出该站春播供种两次出现延误,局里拟于明年调整其站长职务,"
    "接任人选尚在酝酿之中。\n"
    "    会议还表彰了2026年度先进集体和先进个人。"
)
MEETING_DONE = MEETING.replace(
    "会后,韩立军与县种子站站长罗文彬进行了谈话,指出该站春播供种两次出现延误,局里拟于明年调整其站长职务,"
    "接任人选尚在酝酿之中。",
    "会议要求各局属单位认真总结春播供种工作经验,确保明年供种及时到位。",
)


copied(__name__, {"YOUTH": YOUTH, "MEETING": MEETING})


def test_a_named_member_and_a_post_still_to_fill_are_cut(engine: Engine) -> None:
    assert_cut_out(engine, YOUTH, Category.INTERNAL_AFFAIRS, gone=["陈思远"], kept=["注册志愿者新增2100人"])
    assert_cut_out(engine, MEETING, Category.INTERNAL_AFFAIRS, gone=["罗文彬"], kept=["28万吨"])


public(__name__, {"YOUTH_COUNTS": YOUTH_COUNTS, "MEETING_DONE": MEETING_DONE})


def test_counts_and_a_public_request_stay_public(engine: Engine) -> None:
    for text in (YOUTH_COUNTS, MEETING_DONE):
        assert attribute_and_found(engine, text, Category.INTERNAL_AFFAIRS) == (Attribute.PROACTIVE, False)
