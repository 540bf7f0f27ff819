"""judge46 (session 16, tune52 cu-023): a 公示 or 公告 of results about others (firms checked, readers'
ratings, departments' quality) with one paragraph on the agency's own named staff member and how he was
dealt with (执法人员郑宇航…局党组已对其进行谈话提醒,并暂停其本年度执法检查资格).

第十六条第一款 (internal personnel management), 第三十七条: the paragraph is cut and the results published. A
notice whose own matter is the handling of staff (关于对…处理结果的公示, its title says so) publishes that
handling and stays public, as does the same results notice without the paragraph. Drafts written before the
rule, in offices no tuning part speaks for (a library, a dental hospital).
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

LIBRARY_RATINGS = (
    "东浦市图书馆2026年度读者满意度测评结果公示\n"
    "\n"
    "为改进读者服务，我馆于11月委托第三方机构开展读者满意度测评，共回收有效问卷2316份，现将结果公示如下：\n"
    "\n"
    "| 序号 | 服务项目 | 满意度 |\n"
    "| 1 | 借阅服务 | 96.2% |\n"
    "| 2 | 自习座位预约 | 88.7% |\n"
    "| 3 | 数字资源 | 91.4% |\n"
    "| 4 | 少儿阅览 | 97.8% |\n"
    "\n"
    "测评期间，流通部馆员陈晓峰因多次在借还书时对读者态度生硬被投诉，馆务会已对其进行提醒谈话，"
    "并暂停其本年度评优资格。\n"
    "\n"
    "对满意度较低的自习座位预约，我馆将于明年一季度前完成系统改造。公示期间如有意见，请致电0571-87061234。\n"
    "\n"
    "东浦市图书馆\n"
    "2026年12月10日"
)
LIBRARY_RATINGS_PLAIN = LIBRARY_RATINGS.replace(
    "测评期间，流通部馆员陈晓峰因多次在借还书时对读者态度生硬被投诉，馆务会已对其进行提醒谈话，"
    "并暂停其本年度评优资格。\n\n",
    "",
)
DENTAL_QUALITY = (
    "东浦口腔医院2026年第三季度医疗质量检查结果公示\n"
    "\n"
    "按照医疗质量管理工作安排，医院于9月对各临床科室开展医疗质量检查，现将结果公示如下：\n"
    "\n"
    "| 科室 | 病历甲级率 | 院感检查 | 结果 |\n"
    "| 种植科 | 98% | 合格 | 优秀 |\n"
    "| 正畸科 | 95% | 合格 | 良好 |\n"
    "| 牙体牙髓科 | 91% | 发现问题，已整改 | 合格 |\n"
    "\n"
    "检查中，质控办检查人员吴立新未按规定完成现场核查即在检查表上签字确认，院党委已对其谈话提醒，"
    "并暂停其本年度质控检查资格。\n"
    "\n"
    "对检查发现的问题，各科室要于10月31日前整改到位。\n"
    "\n"
    "东浦口腔医院\n"
    "2026年10月9日"
)
DENTAL_QUALITY_PLAIN = DENTAL_QUALITY.replace(
    "检查中，质控办检查人员吴立新未按规定完成现场核查即在检查表上签字确认，院党委已对其谈话提醒，"
    "并暂停其本年度质控检查资格。",
    "检查中发现的问题已全部反馈相关科室。",
)
# A notice whose matter is the handling itself: its title says so, and the handling is what it publishes.
LIBRARY_HANDLING = (
    "东浦市图书馆关于对流通部工作人员处理结果的公示\n"
    "\n"
    "经查，流通部馆员陈晓峰多次在借还书时对读者态度生硬，馆务会已对其进行提醒谈话，并暂停其本年度评优资格。\n"
    "\n"
    "现将处理结果公示如下，公示期5个工作日。\n"
    "\n"
    "东浦市图书馆\n"
    "2026年12月10日"
)


copied(__name__, LIBRARY_RATINGS, "LIBRARY_RATINGS")


def test_a_librarian_dealt_with_is_cut_from_the_readers_ratings(engine: Engine) -> None:
    assert_cut_out(
        engine,
        LIBRARY_RATINGS,
        Category.INTERNAL_AFFAIRS,
        gone=["陈晓峰", "提醒谈话"],
        kept=["96.2%", "系统改造"],
    )


copied(__name__, DENTAL_QUALITY, "DENTAL_QUALITY")


def test_a_quality_inspector_dealt_with_is_cut_from_the_quality_results(engine: Engine) -> None:
    assert_cut_out(
        engine,
        DENTAL_QUALITY,
        Category.INTERNAL_AFFAIRS,
        gone=["吴立新", "谈话提醒"],
        kept=["正畸科", "10月31日"],
    )


public(
    __name__,
    {
        "LIBRARY_RATINGS_PLAIN": LIBRARY_RATINGS_PLAIN,
        "DENTAL_QUALITY_PLAIN": DENTAL_QUALITY_PLAIN,
        "LIBRARY_HANDLING": LIBRARY_HANDLING,
    },
)


@pytest.mark.parametrize("text", [LIBRARY_RATINGS_PLAIN, DENTAL_QUALITY_PLAIN, LIBRARY_HANDLING])
def test_the_results_without_the_paragraph_and_a_handling_notice_stay_public(
    engine: Engine, text: str
) -> None:
    assert attribute_and_found(engine, text, Category.INTERNAL_AFFAIRS) == (Attribute.PROACTIVE, False)
