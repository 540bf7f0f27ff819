"""judge41 (session 15, tune47 cd-024, tune48 cg-038): a public document with one paragraph telling
the agency's deliberation rather than what it did or decided (第十六条第二款): in a yearly summary
of done work, a request sent up and not answered while other bodies still differ on it
(尚有不同意见,目前仍在协调中); in a 公示 of candidates, the panel's own record of a split vote
passed with doubts and a member's reservation (以5票同意、4票反对勉强通过, 仍有保留). The
paragraph is cut (第三十七条) and the rest published; the same documents telling the matter decided
stay public. Drafts written for these tests, in offices no tuning part speaks for (a county's
funeral administration, a dental hospital)."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

FUNERAL_SUMMARY = (
    "青川县民政局2026年殡葬管理工作总结\n"
    "\n"
    "2026年，县民政局坚持殡葬改革惠民方向，扎实推进殡葬管理服务各项工作。现总结如下：\n"
    "\n"
    "一、惠民殡葬政策全面落实。全年为城乡居民减免遗体接运、火化等基本殡葬服务费用312万元，惠及"
    "群众2140户。\n"
    "\n"
    "二、公益性公墓建设稳步推进。新建农村公益性公墓6处，城北公益性公墓二期建成墓穴1200个并投入"
    "使用。\n"
    "\n"
    "三、殡葬服务市场整治成效明显。联合市场监管部门检查殡葬服务机构23家次，查处违规收费问题4起"
    "，全部整改到位。\n"
    "\n"
    "四、关于殡仪馆迁建。我局已向县政府报送《关于县殡仪馆迁建选址的请示》，拟选址城北工业园区东"
    "侧，县自然资源局和县生态环境局对选址尚有不同意见，目前仍在协调中。\n"
    "\n"
    "2027年，我局将继续深化殡葬改革，提升殡葬服务水平。\n"
    "\n"
    "青川县民政局\n"
    "2026年12月6日"
)
# The same summary with the move approved.
FUNERAL_SUMMARY_DECIDED = (
    "青川县民政局2026年殡葬管理工作总结\n"
    "\n"
    "2026年，县民政局坚持殡葬改革惠民方向，扎实推进殡葬管理服务各项工作。现总结如下：\n"
    "\n"
    "一、惠民殡葬政策全面落实。全年为城乡居民减免遗体接运、火化等基本殡葬服务费用312万元，惠及"
    "群众2140户。\n"
    "\n"
    "二、公益性公墓建设稳步推进。新建农村公益性公墓6处，城北公益性公墓二期建成墓穴1200个并投入"
    "使用。\n"
    "\n"
    "三、殡葬服务市场整治成效明显。联合市场监管部门检查殡葬服务机构23家次，查处违规收费问题4起"
    "，全部整改到位。\n"
    "\n"
    "四、关于殡仪馆迁建。县殡仪馆迁建项目已获县政府批复，选址城北工业园区东侧，计划明年3月开工"
    "。\n"
    "\n"
    "2027年，我局将继续深化殡葬改革，提升殡葬服务水平。\n"
    "\n"
    "青川县民政局\n"
    "2026年12月6日"
)
DENTAL_CANDIDATES = (
    "澄海市口腔医院2026年度卫生高级职称推荐人选公示\n"
    "\n"
    "经个人申报、科室推荐、院职称推荐委员会评议，拟推荐以下5名同志参加2026年度卫生高级职称评审"
    "，现予公示：\n"
    "\n"
    "一、主任医师（2人）\n"
    "口腔正畸科：何雨晴\n"
    "口腔颌面外科：蒋立群\n"
    "\n"
    "二、副主任医师（3人）\n"
    "牙体牙髓科：沈嘉怡\n"
    "儿童口腔科：邹文博\n"
    "口腔种植科：范明杰\n"
    "\n"
    "经推荐委员会两轮评议，蒋立群以5票同意、4票反对勉强通过，两名委员对其临床工作量统计数据仍有"
    "保留，建议公示期间核实。\n"
    "\n"
    "公示时间：2026年12月8日至12月14日。对公示人员有异议的，请以书面形式实名向医院人事科反映。\n"
    "\n"
    "联系电话：0571-86032145\n"
    "\n"
    "澄海市口腔医院\n"
    "2026年12月7日"
)
# The same 公示 saying only that the candidates qualified.
DENTAL_CANDIDATES_PLAIN = (
    "澄海市口腔医院2026年度卫生高级职称推荐人选公示\n"
    "\n"
    "经个人申报、科室推荐、院职称推荐委员会评议，拟推荐以下5名同志参加2026年度卫生高级职称评审"
    "，现予公示：\n"
    "\n"
    "一、主任医师（2人）\n"
    "口腔正畸科：何雨晴\n"
    "口腔颌面外科：蒋立群\n"
    "\n"
    "二、副主任医师（3人）\n"
    "牙体牙髓科：沈嘉怡\n"
    "儿童口腔科：邹文博\n"
    "口腔种植科：范明杰\n"
    "\n"
    "以上人选经推荐委员会评议，均达到推荐条件。\n"
    "\n"
    "公示时间：2026年12月8日至12月14日。对公示人员有异议的，请以书面形式实名向医院人事科反映。\n"
    "\n"
    "联系电话：0571-86032145\n"
    "\n"
    "澄海市口腔医院\n"
    "2026年12月7日"
)


copied(__name__, FUNERAL_SUMMARY, "FUNERAL_SUMMARY")


def test_a_request_still_in_coordination_is_cut_from_the_yearly_summary(engine: Engine) -> None:
    assert_cut_out(
        engine, FUNERAL_SUMMARY, Category.PROCESS_INFO, gone=["不同意见"], kept=["312万元", "查处违规收费"]
    )


copied(__name__, DENTAL_CANDIDATES, "DENTAL_CANDIDATES")


def test_the_panels_split_vote_and_reservation_are_cut_from_the_candidates_notice(engine: Engine) -> None:
    assert_cut_out(
        engine,
        DENTAL_CANDIDATES,
        Category.PROCESS_INFO,
        gone=["4票反对", "仍有保留"],
        kept=["何雨晴", "公示时间"],
    )


public(
    __name__,
    {"FUNERAL_SUMMARY_DECIDED": FUNERAL_SUMMARY_DECIDED, "DENTAL_CANDIDATES_PLAIN": DENTAL_CANDIDATES_PLAIN},
)


def test_the_same_summary_and_notice_telling_the_matter_decided_stay_public(engine: Engine) -> None:
    for text in (FUNERAL_SUMMARY_DECIDED, DENTAL_CANDIDATES_PLAIN):
        assert attribute_and_found(engine, text, Category.PROCESS_INFO) == (Attribute.PROACTIVE, False)
