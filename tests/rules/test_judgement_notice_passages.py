"""judge31 (session 13, tune39 br-039, tune41 bs-009): a notice to subordinate units is public, but one item
of it may not be. (1) A request already put to the superior and not yet answered — what it proposes, who has
not yet given a view, the change held until the superior's instruction, the units told to keep it to
themselves — is process information (第十六条第二款); (2) an inspection's findings still open, named to the
place (two gaps in a wall not yet mended, footage kept three days), tell where a facility can be got at
(第十四条). The item is cut (第三十七条) and the notice published; the same notice with the decided
standard, or the gaps mended, stays public. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

ALLOWANCE = (
    "关于做好2027年高龄津贴申领工作的通知\n\n各乡镇人民政府民政办:\n"
    "　　为做好2027年高龄津贴发放工作,现将有关事项通知如下:\n"
    "　　一、发放对象:具有本县户籍、年满80周岁的老年人。\n"
    "　　二、补贴标准:80至89周岁每人每月50元。我局已向县政府请示拟将标准提高至80元,县财政局尚未回复意见,"
    "待县政府批复后再行调整,请各乡镇暂勿向老人和家属透露。\n"
    "　　三、申领程序:本人或家属向村(社区)提出申请,乡镇审核后于每月10日前报县民政局。\n\n"
    "青溪县民政局\n2027年1月5日"
)
ALLOWANCE_DECIDED = ALLOWANCE.replace(
    "我局已向县政府请示拟将标准提高至80元,县财政局尚未回复意"
    "见,待县政府批复后再行调整,请各乡镇暂勿向老人和家属透露。",
    "标准如有调整,另行通知。",
)
RESERVOIRS = (
    "关于做好2027年水库安全度汛工作的通知\n\n各小型水库管理单位:\n"
    "　　为确保水库安全度汛,现就有关事项通知如下:\n"
    "　　一、各水库应于4月底前完成汛前检查,检查结果报县水利局备案。\n"
    "　　二、今年汛前抽查发现:青龙水库管理房东侧围墙有两处豁口尚"
    "未修补,大坝监控录像只保存3天。请相关单位于5月底前整改。\n"
    "　　三、汛期实行24小时值班,值班记录保存两年。\n\n青溪县水利局\n2027年3月2日"
)
RESERVOIRS_MENDED = RESERVOIRS.replace(
    "青龙水库管理房东侧围墙有两处豁口尚未修补,大坝监控录像只保存3天。请相关单位于5月底前整改。",
    "青龙水库管理房东侧围墙两处豁口已修补,大坝监控录像保存期限已延长至30天。",
)


copied(__name__, {"ALLOWANCE": ALLOWANCE, "RESERVOIRS": RESERVOIRS})


def test_an_item_of_a_notice_that_must_not_go_out_is_cut(engine: Engine) -> None:
    assert_cut_out(
        engine, ALLOWANCE, Category.PROCESS_INFO, gone=["提高至80元"], kept=["年满80周岁", "申领程序"]
    )
    assert_cut_out(engine, RESERVOIRS, Category.SECURITY_RISK, gone=["两处豁口"], kept=["值班记录保存两年"])


public(__name__, {"ALLOWANCE_DECIDED": ALLOWANCE_DECIDED, "RESERVOIRS_MENDED": RESERVOIRS_MENDED})


def test_the_same_notice_decided_or_mended_stays_public(engine: Engine) -> None:
    assert attribute_and_found(engine, ALLOWANCE_DECIDED, Category.PROCESS_INFO) == (
        Attribute.PROACTIVE,
        False,
    )
    assert attribute_and_found(engine, RESERVOIRS_MENDED, Category.SECURITY_RISK) == (
        Attribute.PROACTIVE,
        False,
    )
