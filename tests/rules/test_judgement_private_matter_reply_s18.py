"""judge50 (session 18): a reply to one person whose matter is someone's health, income or family is
withheld whole, not 依申请公开 and not cut.

A 复函, 答复 or 处理意见书 answering one letter-writer exists for that person; when what it tells is a named
or identifiable person's illness, disability, income, savings or family (a neighbour the writer complained of,
a relative asked about, or the writer's own household), that private matter is its substance. 第十五条 forbids
publishing it (个人隐私), an applicant other than the person concerned would be refused after the third party
is consulted (第三十二条), and once it is taken out only the salutation and the formulas are left, nothing
public in its own right (第三十七条): 不予公开 whole, category `trade_secret` in this project's mapping of
第十五条 (benchmarks/judgement/LABELS.md, "A reply to one person about a third party"). A reply to one person
that tells nothing of the kind (a rule explained, the writer's own ordinary errand) stays 依申请公开
(第二十七条): not published proactively, released on application with identifiers cut.

Drafts written for these tests before the rule, in offices no tuning part speaks for (a county 老干部局, a
city 侨联, a county 工商联, a county 征兵办公室), with twins that must stay as they are. Main decided the four
replies 依申请公开 by their form alone (SP001), finding the names and health words but no judged category.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import report_of, weighing
from tests.testing.known_public import public

# A retired cadre asks why another retiree got a hardship grant; the reply tells that retiree's cancer,
# pension and his son's disability.
VETERAN_CADRE_REPLY = (
    "关于对周德厚同志来信所提问题的答复\n"
    "\n"
    "周德厚同志：\n"
    "    您10月9日的来信收悉。您在信中提出，同为县农机局退休干部的孔繁林今年两次领取县委老干部局困难帮扶金，"
    "而您多次申请未获批准，认为评定不公。我局对有关情况进行了复核，现答复如下：\n"
    "    孔繁林同志今年3月在市中心医院确诊为直肠癌，已做手术，目前仍在化疗，上半年自付医疗费用约9.2万元。"
    "其月退休金4,350元，老伴无退休收入，儿子孔某为二级智力残疾，无劳动能力，一家三口主要靠其退休金生活。"
    "按照《县离退休干部困难帮扶办法》第五条，经局务会研究，分两次给予帮扶金共12,000元。\n"
    "    您的家庭人均收入高于帮扶标准，故未予批准。今后如遇重大疾病等特殊困难，可以再次提出申请。\n"
    "    感谢您对老干部工作的关心。\n"
    "\n"
    "中共临岗县委老干部局\n"
    "2026年11月3日"
)
# An overseas Chinese asks after his aunt in the home town; the reply gives her stroke, care and means.
OVERSEAS_RELATIVE_REPLY = (
    "沅江市归国华侨联合会关于林振声先生来函询问亲属近况的复函\n"
    "\n"
    "林振声先生：\n"
    "    您9月20日自马来西亚寄来的信函收悉。您委托我会了解您姑母林秀凤在家乡的生活情况，我会会同石塘镇侨联"
    "于10月8日上门走访，现将情况函复如下。\n"
    "    林秀凤今年82岁，独居，今年5月突发脑梗，在镇卫生院和市人民医院住院41天，出院后左侧偏瘫，"
    "生活不能自理，目前由邻居每天照看。她为农村特困供养人员，每月领取供养金920元，另有高龄津贴每月100元，住院费用经医保和"
    "医疗救助报销后自付约3,600元，由村委会先行垫付。\n"
    "    镇政府已将其列为重点关爱对象，拟安排入住镇敬老院，本人尚在考虑。您如需与她通话，可联系石塘镇侨联。\n"
    "    顺致问候。\n"
    "\n"
    "沅江市归国华侨联合会\n"
    "2026年10月16日"
)
# A member's petition: why did another businessman get the chamber's hardship fund? The answer is his
# leukaemia and his debts.
CHAMBER_MEMBER_REPLY = (
    "关于对钱立新同志反映困难会员帮扶问题的答复\n"
    "\n"
    "钱立新同志：\n"
    "    你于11月2日反映的问题收悉。你认为县工商联将“困难会员关爱基金”发给了经营状况尚可的会员雷志勇，"
    "要求说明情况。经核实，答复如下：\n"
    "    雷志勇2025年8月被诊断为急性髓系白血病，先后三次入院化疗，目前正在等待骨髓移植，"
    "已花费治疗费用约38万元。其经营的五金店因无人打理已于今年3月停业，店面转租，个人尚欠银行经营贷款26万元，家中积蓄已全部用于治病。"
    "关爱基金管理小组据此研究，一次性给予关爱金20,000元，程序符合基金章程。\n"
    "    如你对本答复有异议，可在收到答复之日起30日内向县委统战部反映。\n"
    "\n"
    "丰邑县工商业联合会\n"
    "2026年11月20日"
)
# A mother asks to defer her son's call-up; the reply weighs her own household's illness and income.
CONSCRIPTION_DEFERRAL_REPLY = (
    "关于唐慧芳女士申请其子暂缓入伍的复函\n"
    "\n"
    "唐慧芳女士：\n"
    "    你提交的关于你子宋文博暂缓应征入伍的申请及相关证明材料收悉。经县征兵办公室审核，现函复如下：\n"
    "    根据你提供的县人民医院诊断证明，你的丈夫宋长河于今年6月被诊断为尿毒症，每周需透析三次，已无法务工；"
    "你本人患类风湿性关节炎多年。你家2025年家庭年收入约2.4万元，宋文博为家中唯一的劳动力。\n"
    "    经研究，你家情况符合《征兵工作条例》关于家庭确有特殊困难可以缓征的规定，同意宋文博本年度暂缓入伍，"
    "明年可再次报名。\n"
    "\n"
    "南溪县征兵办公室\n"
    "2026年8月12日"
)
# Main decided the cadre's reply cut (JD058), the relative's withheld as process information (JD051: the home
# 拟安排, 本人尚在考虑), the other two 依申请公开 (SP001); the rules alone reach all four now.
PRIVATE_MATTER_REPLIES = [
    pytest.param(VETERAN_CADRE_REPLY, id="veteran-cadre-reply"),
    pytest.param(OVERSEAS_RELATIVE_REPLY, id="overseas-relative-reply"),
    pytest.param(CHAMBER_MEMBER_REPLY, id="chamber-member-reply"),
    pytest.param(CONSCRIPTION_DEFERRAL_REPLY, id="conscription-deferral-reply"),
]

# The twins. A reply to one retiree explaining the rule (its conditions name illnesses, no one's), and a
# reply to an overseas Chinese on his own errand: both 依申请公开 for their form, nothing judged. A yearly
# summary that counts the retirees helped stays public.
VETERAN_RULE_REPLY = (
    "关于对邹国祥同志来信咨询困难帮扶政策的答复\n"
    "\n"
    "邹国祥同志：\n"
    "    您10月15日的来信收悉。关于离退休干部困难帮扶的申请条件，答复如下：\n"
    "    按照《县离退休干部困难帮扶办法》，患有恶性肿瘤、尿毒症等重大疾病，"
    "当年自付医疗费用超过家庭年收入50%的，或家庭人均收入低于本县最低生活保障标准1.5倍的，可以申请帮扶。申请时需提交申请表、诊断证明和收入证明，"
    "由原单位初审后报我局。\n"
    "    如有疑问，请与我局生活待遇科联系，电话0736-4821356。\n"
    "\n"
    "中共临岗县委老干部局\n"
    "2026年10月22日"
)
OVERSEAS_ERRAND_REPLY = (
    "沅江市归国华侨联合会关于黄启明先生来函咨询办理侨眷身份证明的复函\n"
    "\n"
    "黄启明先生：\n"
    "    您的来函收悉。您的母亲在沅江居住，如需办理侨眷身份证明，可由本人或委托代理人持户口簿、身份证和您的"
    "护照复印件，到户籍所在地侨联提出申请，一般10个工作日内办结。\n"
    "    我会地址：沅江市人民路18号，联系电话0737-2216480。\n"
    "\n"
    "沅江市归国华侨联合会\n"
    "2026年9月30日"
)
VETERAN_YEAR_SUMMARY = (
    "中共临岗县委老干部局2026年工作总结\n"
    "\n"
    "    一、落实政治待遇。组织离退休干部阅读文件、参观学习12次，参加1,860人次。\n"
    "    二、落实生活待遇。全年走访慰问离退休干部1,247人次，为患重大疾病、家庭生活困难的23名老干部发放帮扶金"
    "21.6万元。\n"
    "    三、下一步打算。完善困难帮扶机制，推进老年大学分校建设。\n"
    "\n"
    "中共临岗县委老干部局\n"
    "2026年12月10日"
)


@pytest.mark.parametrize("text", PRIVATE_MATTER_REPLIES)
def test_a_reply_whose_matter_is_a_persons_health_or_means_is_withheld(engine: Engine, text: str) -> None:
    report = report_of(engine, text)
    assert report.attribute is Attribute.WITHHELD
    assert any(reason.category is Category.TRADE_SECRET for reason in report.reasons)


@pytest.mark.parametrize("text", PRIVATE_MATTER_REPLIES)
def test_the_rules_alone_withhold_it(rules_alone: Engine, text: str) -> None:
    assert report_of(rules_alone, text).attribute is Attribute.WITHHELD


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(VETERAN_RULE_REPLY, id="rule-explained"),
        pytest.param(OVERSEAS_ERRAND_REPLY, id="own-errand"),
    ],
)
def test_a_reply_telling_no_ones_private_matter_stays_on_request(engine: Engine, text: str) -> None:
    report = report_of(engine, text)
    assert report.attribute is Attribute.ON_REQUEST
    assert not any(f.category is Category.TRADE_SECRET for f in weighing(report))


public(__name__, VETERAN_YEAR_SUMMARY, "VETERAN_YEAR_SUMMARY")


def test_a_summary_counting_those_helped_stays_public(engine: Engine) -> None:
    report = report_of(engine, VETERAN_YEAR_SUMMARY)
    assert report.attribute is Attribute.PROACTIVE
