"""judge30 (session 13, tune41 bt-016, tune40 bm-013): the agency's own matters decided inside it.
(1) A note without a title that says the agency's meeting consented (经主任办公会同意) to how
its rooms and cars are arranged is internal affairs withheld whole (第十六条第一款), not a plate
to cut; the same consent told to the public in a notice of the office's move stays published.
(2) A work summary's paragraph on a rotation of named officers still before the party group is
cut as internal affairs (JD039, 第三十七条) though it also names 中央八项规定; the same summary
counting rotations already made stays published. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories, report_of
from tests.testing.known_public import public

CONSENT = (
    "    经局长办公会同意,机关用房和车辆作如下调整:\n"
    "    1.三楼305室调整为王建华副局长办公室,306、307室合并作为规划股和财务股办公室。\n"
    "    2.机关公务用车3辆(湘H·2K315、湘H·8M702、湘H·5C991),其中湘H·2K315主要保障局长和应急值班,"
    "其余由办公室统一调派。\n"
    "    3.机关食堂明年起不再承包,改由县机关事务中心统一配餐。\n"
    "    请办公室于12月25日前落实。\n\n办公室\n2026年12月10日"
)
SUMMARY = (
    "某县商务局2026年工作总结\n\n"
    "一、消费市场稳步回暖。全年社会消费品零售总额增长5.8%。\n"
    "二、外贸外资稳中有进。新增外贸备案企业36家,实际利用外资1.2亿美元,同比增长9.6%,"
    "举办跨境电商培训班4期、参训企业220家次,组织企业参加广交会、进博会等展会11场。\n"
    "三、流通体系不断完善。新建乡镇商贸中心3个、村级快递物流服务站42个,改造农贸市场5个,"
    "县域商业体系建设通过省级验收,农产品网络零售额增长18.3%。\n"
    "四、营商环境持续优化。全年办理商务领域政务服务事项1860件,按时办结率100%,"
    "开展“外贸企业服务月”活动,走访企业96家,协调解决用工、融资、物流等问题37个。\n"
    "五、自身建设。严格落实中央八项规定精神,“三公”经费下降4.1%。下一步,局机关将对任职满五年的股长开展交流轮岗,"
    "初步考虑将市场股股长周立与外贸股股长何敏对调,财务股股长陈光仍拟交流至机关党支部,相关人选尚待党组研究。\n\n"
    "某县商务局\n2027年1月15日"
)
SUMMARY_DONE = (
    "某县商务局2026年工作总结\n\n"
    "一、消费市场稳步回暖。全年社会消费品零售总额增长5.8%。\n"
    "二、外贸外资稳中有进。新增外贸备案企业36家。\n"
    "三、自身建设。严格落实中央八项规定精神,“三公”经费下降4.1%,全年交流轮岗股级干部6人。\n\n"
    "某县商务局\n2027年1月15日"
)


def test_the_agencys_meeting_consent_on_its_rooms_and_cars_is_internal_affairs(engine: Engine) -> None:
    report = report_of(engine, CONSENT)
    assert report.attribute is Attribute.WITHHELD
    assert "JD035" in {finding.rule for finding in report.findings}


def test_a_pending_rotation_of_named_officers_in_a_summary_is_cut_as_internal_affairs(engine: Engine) -> None:
    report = report_of(engine, SUMMARY)
    assert report.attribute is Attribute.REDACTED
    assert any(f.rule == "JD039" and f.severable for f in report.findings)


public(__name__, SUMMARY_DONE, "SUMMARY_DONE")


def test_the_summary_counting_rotations_made_stays_published(engine: Engine) -> None:
    assert Category.INTERNAL_AFFAIRS not in attribute_and_categories(engine, SUMMARY_DONE)[1]
    assert attribute_and_categories(engine, SUMMARY_DONE)[0] is Attribute.PROACTIVE


NOTICE = (
    "关于县商务局办公地点搬迁的公告\n\n"
    "经局长办公会同意,县商务局办公用房自2027年1月1日起搬迁至县行政中心3号楼,"
    "来访车辆请停放在行政中心北侧公共停车场。搬迁期间业务照常办理。\n\n特此公告。\n\n某县商务局\n2026年12月20日"
)


public(__name__, NOTICE, "NOTICE")


def test_the_same_consent_told_to_the_public_in_a_notice_stays_published(engine: Engine) -> None:
    assert attribute_and_categories(engine, NOTICE) == (Attribute.PROACTIVE, set())
