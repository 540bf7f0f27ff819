"""judge50 (session 18): two papers withheld whole that main cut at one paragraph (tune54 cy-017, cy-002).

(1) A digest of the comments on the agency's own draft rule, with how it means to handle them, written
"供局长办公会研究" (for the director's meeting to study): the paper is put to the agency's own meeting, so its
item on views still apart is that deliberation, not a part to cut (第十六条第二款; JD043's `whole_in` read the
meeting only as 提请…办公会研究). (2) A letter reporting the agency's list of 保密要害部门部位 (the rooms and
stores holding state secrets, where they are and how they are guarded) to the secrecy bureau, saying which
guard is still missing (无专人值守 beside the 机房 it lists): the list and its gap are the places to guard
(第十四条), not a paragraph to cut.

Drafts written for these tests before the rule, in offices no tuning part speaks for (a city 地方志编纂中心, a
county 林业和草原局). Four, in my own wording, main already withheld (a title naming a draft in revision
or a comments digest; a gap told as 无人值守 or 报警器故障): they stay as guards. Two worded as the tuning
drafts are (the meeting by 供, the gap by 无专人值守 under a table of sites) main cut or let out; the rules
alone reach both now. The twins stay public: the account of a consultation once the meeting has decided and
the rule is issued, and a notice asking the units to report their lists (no list, no gap).
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import public_test, report_of
from tests.testing.known_public import public

GAZETTEER_COMMENTS_DIGEST = (
    "《临岗市地方志资料征集管理办法（修订稿）》意见征集情况及处理意见\n"
    "\n"
    "    10月下旬，我中心将办法修订稿送市档案馆、市文广旅局、各县区史志部门等12家单位征求意见，收到反馈意见"
    "27条。现将意见及拟处理情况汇总如下，供主任办公会研究。\n"
    "    一、拟采纳的意见（18条）。主要是资料移交时限、电子资料格式等，已在修订稿中作相应修改。\n"
    "    二、拟不采纳的意见（5条）。市档案馆建议将征集的原始资料一律移交档案馆保管，我中心认为志书编纂期间需"
    "随时查阅，不宜移交，但双方尚未达成一致，市档案馆表示将向市政府分管领导反映。\n"
    "    三、需要主任办公会决定的事项：征集资料是否向社会有偿征集，以及补偿标准如何确定。\n"
    "\n"
    "市地方志编纂中心办公室\n"
    "2026年11月18日"
)
FORESTRY_COMMENTS_DIGEST = (
    "《丰邑县古树名木保护管理办法（征求意见稿）》部门意见汇总及拟处理情况\n"
    "\n"
    "    根据局党组安排，办公室将征求意见稿发送县住建局、县自然资源局、各乡镇等15家单位，共收到意见22条，"
    "现汇总如下，供局长办公会审议。\n"
    "    一、拟采纳14条，涉及古树调查认定程序、养护责任人确定等。\n"
    "    二、县住建局提出城区古树的养护经费应由林业部门统一承担，县自然资源局意见相反，主张由所在地乡镇负责，"
    "两家意见分歧较大，拟提请分管副县长协调。\n"
    "    三、其余意见拟在实施细则中研究。\n"
    "\n"
    "丰邑县林业和草原局办公室\n"
    "2026年9月6日"
)
FORESTRY_KEY_SITES_LETTER = (
    "关于报送2027年度保密要害部门部位名单的函\n"
    "\n"
    "县国家保密局：\n"
    "    根据年度复核要求，我局重新核定了保密要害部门部位，现报送如下：\n"
    "    1.局机要室，位于办公楼三楼东侧306室，铁门铁窗，配保密柜两组；\n"
    "    2.林权档案室，位于办公楼一楼西侧，门禁，视频监控1路；\n"
    "    3.森林资源数据机房，位于县林业信息中心二楼，门禁，双人双锁。\n"
    "    需要说明的是，林权档案室窗户至今未加装防盗网，视频监控只覆盖正门，夜间无人值守，已列入明年改造计划，"
    "资金尚未落实。\n"
    "\n"
    "丰邑县林业和草原局\n"
    "2026年11月25日"
)
GAZETTEER_KEY_SITES_LETTER = (
    "关于报送保密要害部位情况的函\n"
    "\n"
    "市国家保密局：\n"
    "    按照贵局通知要求，现将我中心保密要害部位情况报送如下：\n"
    "    一、涉密志稿库房，位于市行政中心C座负一层，与车库相邻，门禁加铁柜；\n"
    "    二、机要文件收发室，位于C座五楼512室，铁门，报警器一台。\n"
    "    三、存在的问题：涉密志稿库房的报警器故障已两个月未修复，监控存在盲区，下班后无人巡查。\n"
    "\n"
    "市地方志编纂中心\n"
    "2026年12月2日"
)
# Written as the two tuning drafts main cuts are worded: the digest's title names no draft in revision and its
# meeting is "供…办公会研究"; the site list's gap is told as 无专人值守 beside the 机房 it lists.
FORESTRY_DIGEST_FOR_MEETING = (
    "《丰邑县古树名木保护管理办法》征求意见情况及修改说明\n"
    "\n"
    "    8月，我局将办法送县住建局、县自然资源局、各乡镇等15家单位征求意见，收到意见22条。"
    "现将意见及拟处理情况说明如下，供局长办公会研究。\n"
    "    一、拟采纳的意见14条，涉及古树调查认定程序、养护责任人确定等。\n"
    "    二、县住建局提出城区古树的养护经费应由林业部门统一承担，县自然资源局持保留意见，主张由所在乡镇负责，"
    "需进一步沟通。\n"
    "    三、其余意见拟在实施细则中研究。\n"
    "\n"
    "丰邑县林业和草原局办公室\n"
    "2026年9月6日"
)
GAZETTEER_KEY_SITES_TABLE = (
    "关于报送2027年度保密要害部门部位名单的函\n"
    "\n"
    "市国家保密局：\n"
    "    按照年度确定和调整工作要求，我中心对保密要害部门部位重新进行了核定，现将名单报送如下。\n"
    "\n"
    "序号 | 名称 | 类别 | 所在位置 | 现有防护\n"
    "1 | 中心机要室 | 要害部门 | 行政中心C座五楼512室 | 铁门、保密柜\n"
    "2 | 涉密志稿库房 | 要害部位 | 行政中心C座负一层东侧 | 门禁、视频监控1路\n"
    "3 | 志书数据机房 | 要害部位 | 行政中心C座四楼 | 门禁、双人双锁\n"
    "\n"
    "需要说明的是，涉密志稿库房的监控只照到库门，通风窗一侧至今未加装防护栏，夜间无专人值守。上述问题已列入"
    "明年改造计划，改造完成前由办公室每日下班后检查一次。\n"
    "\n"
    "市地方志编纂中心\n"
    "2026年12月2日"
)
# The twins.
GAZETTEER_ADOPTED_ACCOUNT = (
    "关于《临岗市地方志资料征集管理办法》征求意见采纳情况的说明\n"
    "\n"
    "    办法修订稿于2026年10月向社会公开征求意见，共收到意见27条。经主任办公会研究，采纳18条，部分采纳4条，"
    "未采纳5条，未采纳的主要是将原始资料一律移交档案馆保管的意见，理由是志书编纂期间需随时查阅。办法已于"
    "2026年12月1日印发施行。\n"
    "\n"
    "市地方志编纂中心\n"
    "2026年12月5日"
)
FORESTRY_KEY_SITES_NOTICE = (
    "关于做好2027年度保密要害部门部位复核工作的通知\n"
    "\n"
    "局机关各股室、各林场：\n"
    "    根据县国家保密局要求，请各单位对本单位保密要害部门部位进行复核，填写确定审批表，"
    "于11月20日前报局办公室。复核中发现防护设施不达标的，要及时整改。\n"
    "\n"
    "丰邑县林业和草原局办公室\n"
    "2026年11月5日"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(GAZETTEER_COMMENTS_DIGEST, id="gazetteer-digest"),
        pytest.param(FORESTRY_COMMENTS_DIGEST, id="forestry-digest"),
        pytest.param(FORESTRY_DIGEST_FOR_MEETING, id="forestry-digest-for-meeting"),
    ],
)
def test_a_digest_put_to_the_agencys_own_meeting_is_withheld_whole(rules_alone: Engine, text: str) -> None:
    report = report_of(rules_alone, text)
    assert report.attribute is Attribute.WITHHELD
    assert any(reason.category is Category.PROCESS_INFO for reason in report.reasons)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(FORESTRY_KEY_SITES_LETTER, id="forestry-key-sites"),
        pytest.param(GAZETTEER_KEY_SITES_LETTER, id="gazetteer-key-sites"),
        pytest.param(GAZETTEER_KEY_SITES_TABLE, id="gazetteer-key-sites-table"),
    ],
)
def test_a_list_of_key_secret_sites_with_a_gap_is_withheld_whole(rules_alone: Engine, text: str) -> None:
    report = report_of(rules_alone, text)
    assert report.attribute is Attribute.WITHHELD
    assert any(reason.category is Category.SECURITY_RISK for reason in report.reasons)


public(
    __name__,
    {
        "GAZETTEER_ADOPTED_ACCOUNT": GAZETTEER_ADOPTED_ACCOUNT,
        "FORESTRY_KEY_SITES_NOTICE": FORESTRY_KEY_SITES_NOTICE,
    },
)


test_the_twins_stay_public = public_test(
    [
        pytest.param(GAZETTEER_ADOPTED_ACCOUNT, id="adopted-account"),
        pytest.param(FORESTRY_KEY_SITES_NOTICE, id="key-sites-notice"),
    ]
)
