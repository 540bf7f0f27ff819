"""judge35 (session 14): paragraphs of an otherwise public document that the severable combinations
missed on the parts scored unseen (tune44-tune46), each written here in other offices' words.
(1) *A post's present guard gap* (第十四条, tune45 cb-023): how thin the watch is now (仅1名…值守),
how little the cameras cover (监控只覆盖…) and a way round the check (可不经查验直接进入): JD044
cuts the paragraph; the same post fully staffed stays public.
(2) *One of the agency's own staff told by the post alone* (第十六条第一款, tune46 bx-009):
原股长因…谈话提醒, 调整至… names the person as surely as a name; JD034 cuts it, and a count of
talks stays public. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

DETENTION = (
    "市看守所2026年度警务工作总结\n\n"
    "一、监管秩序平稳。全年收押在押人员1862人次,实现“四无”目标。\n"
    "二、会见服务便民。开通律师网上预约会见,全年安排律师会见3120次。\n"
    "三、存在的不足。西侧家属送物通道目前夜间仅1名辅警值班,视频探头只覆盖通道大门,"
    "送物人员可不经安检直接进入候见区,在新增警力到位前暂难解决。\n"
    "四、明年工作打算。深化“智慧监所”建设,推进所务公开。\n\n"
    "市看守所\n2026年12月2日"
)
DETENTION_STAFFED = DETENTION.replace(
    "西侧家属送物通道目前夜间仅1名辅警值班,视频探头只覆盖通道大门,送物人员可不经安检直接进入候见区,在新增警力到位前暂难解决。",
    "家属送物通道实行24小时双人值守,视频监控全覆盖,送物人员须经安检后方可进入候见区。",
)
DATA_ROOM = (
    "区政务数据中心2026年运行维护方案\n\n"
    "一、总体目标。保障全区政务云平台全年可用率不低于99.9%。\n"
    "二、运维内容。包括机房动力环境、网络链路、云主机和备份系统的日常巡检。\n"
    "三、现状。中心主机房周末只有1人值守,监控摄像头仅覆盖机房正门,"
    "备用机房后门外来人员能不经登记直接出入。\n"
    "四、保障措施。运维经费列入年度预算。\n\n"
    "区大数据中心\n2026年3月1日"
)
DATA_ROOM_STAFFED = DATA_ROOM.replace(
    "中心主机房周末只有1人值守,监控摄像头仅覆盖机房正门,备用机房后门外来人员能不经登记直接出入。",
    "中心机房实行7×24小时双人值守,监控全覆盖,外来人员一律登记后由专人陪同进入。",
)

LIBRARY = (
    "县图书馆2026年工作总结\n\n"
    "一、阅读推广。举办“书香青禾”读书节等活动42场,参与读者1.6万人次。\n"
    "二、总分馆建设。新建乡镇分馆3个,通借通还覆盖全部乡镇。\n"
    "三、队伍建设。原采编部主任因图书采购未按规定询价、验收台账缺失,经馆务会研究,"
    "由馆长对其进行了谈话提醒,本人已作出书面检查,并调整至流通部工作。\n"
    "四、明年打算。推进数字阅读平台建设。\n\n"
    "县图书馆\n2026年12月5日"
)
LIBRARY_COUNTS = LIBRARY.replace(
    "原采编部主任因图书采购未按规定询价、验收台账缺失,经馆务会研究,由馆长对其进行了谈话提醒,本人已作出书面检查,并调整至流通部工作。",
    "全年开展业务培训8次,组织干部职工轮岗交流5人次。",
)
HEALTH_CENTRE = (
    "镇卫生院2026年上半年工作情况\n\n"
    "一、基本医疗。上半年门诊量4.3万人次,住院1260人次。\n"
    "二、公共卫生。65岁以上老年人健康体检率达72%。\n"
    "三、内部管理。该院时任副院长在药品带量采购中未执行集体议价,经卫健局党委研究,对其进行诫勉谈话,"
    "已免去其副院长职务,调整至医务科工作。\n"
    "四、下半年打算。推进家庭医生签约服务提质扩面。"
)
HEALTH_CENTRE_COUNTS = HEALTH_CENTRE.replace(
    "该院时任副院长在药品带量采购中未执行集体议价,经卫健局党委研究,对其进行诫勉谈话,已免去其副院长职务,调整至医务科工作。",
    "上半年修订内部管理制度12项,开展廉政谈话23人次。",
)


copied(__name__, {"DETENTION": DETENTION, "DATA_ROOM": DATA_ROOM})


def test_a_posts_present_guard_gap_is_cut(engine: Engine) -> None:
    assert_cut_out(engine, DETENTION, Category.SECURITY_RISK, gone=["不经安检"], kept=["律师会见3120次"])
    assert_cut_out(engine, DATA_ROOM, Category.SECURITY_RISK, gone=["不经登记"], kept=["99.9%"])


public(__name__, {"DETENTION_STAFFED": DETENTION_STAFFED, "DATA_ROOM_STAFFED": DATA_ROOM_STAFFED})


def test_the_post_fully_staffed_stays_public(engine: Engine) -> None:
    for text in (DETENTION_STAFFED, DATA_ROOM_STAFFED):
        assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)


copied(__name__, {"LIBRARY": LIBRARY, "HEALTH_CENTRE": HEALTH_CENTRE})


def test_a_staff_member_told_by_the_post_is_cut(engine: Engine) -> None:
    assert_cut_out(engine, LIBRARY, Category.INTERNAL_AFFAIRS, gone=["采编部主任"], kept=["1.6万人次"])
    assert_cut_out(engine, HEALTH_CENTRE, Category.INTERNAL_AFFAIRS, gone=["副院长职务"], kept=["4.3万人次"])


public(__name__, {"LIBRARY_COUNTS": LIBRARY_COUNTS, "HEALTH_CENTRE_COUNTS": HEALTH_CENTRE_COUNTS})


def test_counts_of_talks_and_moves_stay_public(engine: Engine) -> None:
    for text in (LIBRARY_COUNTS, HEALTH_CENTRE_COUNTS):
        assert attribute_and_found(engine, text, Category.INTERNAL_AFFAIRS) == (Attribute.PROACTIVE, False)


# (3) *One named person's illness or household means inside a public piece* (第十五条, tune46 bx-025,
# tune44 ca-042): the person is named with the number that identifies them, in brackets after the role
# (经营者…), again with 本人, or after the category of person the office serves (残疾人…); a public
# notice's result stays, the paragraph telling the diagnosis and the family's income is cut (JD058, which
# no longer stands back for a 公告 or 公示).
DISABLED_VISIT = (
    "区残联开展“全国助残日”走访慰问活动\n\n"
    "5月18日,区残联组织工作人员和志愿者分三组走访慰问全区困难残疾人家庭,送去慰问金和生活用品。\n"
    "在东湖街道,工作人员看望了一级肢体残疾人刘桂珍,她去年确诊乳腺癌,丈夫早逝,家庭月收入仅1200元,"
    "街道已为其申请临时救助。\n"
    "据统计,此次活动共走访慰问困难残疾人家庭126户,发放慰问金12.6万元。"
)
DISABLED_VISIT_GENERAL = DISABLED_VISIT.replace(
    "在东湖街道,工作人员看望了一级肢体残疾人刘桂珍,她去年确诊乳腺癌,丈夫早逝,家庭月收入仅1200元,街道已为其申请临时救助。",
    "在东湖街道,工作人员与残疾人家庭拉家常、问冷暖,详细了解他们的生活和康复需求。",
)
SOCIAL_INSURANCE = (
    "关于准予缓缴2026年第三季度社会保险费的公告\n\n"
    "根据有关规定,经审核,准予下列参保单位缓缴社会保险费,现公告如下:\n"
    "一、青川县宏远机械制造有限公司:受订单大幅下降影响,准予缓缴单位缴费部分46.8万元,缓缴期至2026年12月31日。\n"
    "二、青川县城关镇周记面馆(经营者周建明):周建明本人患尿毒症,每周透析三次,家庭年收入仅2.1万元,"
    "准予缓缴单位缴费部分1.2万元,缓缴期至2026年12月31日。\n"
    "缓缴期间免收滞纳金。\n\n青川县人力资源和社会保障局\n2026年10月9日"
)
SOCIAL_INSURANCE_RESULT = SOCIAL_INSURANCE.replace(
    "周建明本人患尿毒症,每周透析三次,家庭年收入仅2.1万元,", "因经营困难,"
)


copied(__name__, {"DISABLED_VISIT": DISABLED_VISIT, "SOCIAL_INSURANCE": SOCIAL_INSURANCE})


def test_a_named_persons_illness_in_a_public_piece_is_cut(engine: Engine) -> None:
    assert_cut_out(engine, DISABLED_VISIT, Category.TRADE_SECRET, gone=["乳腺癌"], kept=["126户"])
    assert_cut_out(engine, SOCIAL_INSURANCE, Category.TRADE_SECRET, gone=["尿毒症"], kept=["46.8万元"])


public(
    __name__,
    {"DISABLED_VISIT_GENERAL": DISABLED_VISIT_GENERAL, "SOCIAL_INSURANCE_RESULT": SOCIAL_INSURANCE_RESULT},
)


def test_the_visit_and_the_result_stay_public(engine: Engine) -> None:
    for text in (DISABLED_VISIT_GENERAL, SOCIAL_INSURANCE_RESULT):
        assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)


# (4) *A table of named persons with their identity numbers and a column of what ails them* (第十五条, tune46
# bx-014, tune45 cb-038): a row opening with the name and the number (no row number before it), and a cell
# opening with the diagnosis and going on with its course, are the person and the illness of JD058's row.
AID_TABLE = (
    "关于2026年第三批医疗救助对象资金审核情况的函\n\n"
    "县财政局:\n"
    "经乡镇初审、我局复核,第三批医疗救助对象共36人,拟拨付救助资金41.2万元。其中大额救助对象如下:\n\n"
    "姓名    公民身份号码          乡镇      主要病情                救助金额(元)\n"
    "黄德顺  522731195811203418    龙场镇    肝癌晚期,靶向治疗        28000\n"
    "罗小梅  52273119870305642X    平寨乡    尿毒症,每周透析两次      24000\n"
    "吴正华  522731196903117215    龙场镇    脑梗后偏瘫,长期卧床      16000\n\n"
    "请予拨付。\n\n县医疗保障局\n2026年11月20日"
)
AID_TABLE_AMOUNTS = (
    AID_TABLE.replace("主要病情                ", "")
    .replace("肝癌晚期,靶向治疗        ", "")
    .replace("尿毒症,每周透析两次      ", "")
    .replace("脑梗后偏瘫,长期卧床      ", "")
)
AID_BY_TOWN = (
    "关于2026年第三批医疗救助资金审核情况的函\n\n"
    "县财政局:\n"
    "经乡镇初审、我局复核,第三批医疗救助对象共36人,拟拨付救助资金41.2万元。分乡镇情况如下:\n\n"
    "乡镇      人数    主要病种                救助金额(元)\n"
    "龙场镇    14      恶性肿瘤、尿毒症        168000\n"
    "平寨乡    9       尿毒症、脑梗后遗症      102000\n\n"
    "请予拨付。\n\n县医疗保障局\n2026年11月20日"
)


copied(__name__, AID_TABLE, "AID_TABLE")


def test_a_table_of_named_persons_diagnoses_is_cut_row_by_row(engine: Engine) -> None:
    assert_cut_out(
        engine, AID_TABLE, Category.TRADE_SECRET, gone=["靶向治疗", "每周透析", "长期卧床"], kept=["41.2万元"]
    )


def test_the_same_table_without_diagnoses_or_by_town_has_no_third_party_finding(rules_alone: Engine) -> None:
    # The rules' class is what this tests: the learned signal retrained in session 15 (learned8) scores this
    # invented public twin above its threshold (JL002, a false alarm the history records), so the rules alone.
    for text in (AID_TABLE_AMOUNTS, AID_BY_TOWN):
        assert not attribute_and_found(rules_alone, text, Category.TRADE_SECRET)[1]


# (5) *What a party worked out about itself and put before the agency* (第十五条, tune46 bv-003, bv-040): a
# contractor's own costing of its cost and margin written into a contract, the costing a firm handed over in
# the negotiation quoted in a public account; the contract's own price and the account's facts stay.
LAB_CONTRACT = (
    "县人民医院医学检验外送服务合同\n\n"
    "甲方:县人民医院\n乙方:江南康检医学检验实验室有限公司\n\n"
    "第一条 服务内容\n乙方承接甲方本院无法开展的特殊检验项目的外送检测。\n"
    "第二条 结算价格\n"
    "(一)基因检测类项目按省医保目录价格的七折结算,乙方测算其单样本试剂和人工成本约占结算价的62%,"
    "对其他医院的同类结算价为目录价的八五折;\n"
    "(二)每月5日前对账,次月15日前结算。\n"
    "第三条 合同期限\n2027年1月1日至2027年12月31日。\n\n"
    "甲方(盖章):    乙方(盖章):\n2026年12月1日"
)
LAB_CONTRACT_TERMS = LAB_CONTRACT.replace(
    ",乙方测算其单样本试剂和人工成本约占结算价的62%,对其他医院的同类结算价为目录价的八五折;", ";"
)
ORDER_FARMING = (
    "我县推进高粱订单种植 带动农户增收\n\n"
    "今年,县农业农村局引导龙头企业与种植大户签订高粱订单,全县订单面积达3.6万亩,惠及农户2100户。\n"
    "订单收购企业为赤水河酒业有限公司。据该企业在洽谈中提供的测算资料,其每吨高粱收购及烘干成本为4120元,"
    "订单部分的原料成本较外购低约11%。\n"
    "县农业农村局将继续做好订单履约服务,保障农户按约售粮、及时结算。"
)
ORDER_FARMING_FACTS = ORDER_FARMING.replace(
    "据该企业在洽谈中提供的测算资料,其每吨高粱收购及烘干成本为4120元,订单部分的原料成本较外购低约11%。",
    "订单收购价为每斤1.6元,高于市场价0.1元。",
)


copied(__name__, {"LAB_CONTRACT": LAB_CONTRACT, "ORDER_FARMING": ORDER_FARMING})


def test_a_partys_own_costing_is_cut(engine: Engine) -> None:
    assert_cut_out(engine, LAB_CONTRACT, Category.TRADE_SECRET, gone=["62%"], kept=["2027年1月1日"])
    assert_cut_out(engine, ORDER_FARMING, Category.TRADE_SECRET, gone=["4120元"], kept=["3.6万亩"])


public(__name__, {"LAB_CONTRACT_TERMS": LAB_CONTRACT_TERMS, "ORDER_FARMING_FACTS": ORDER_FARMING_FACTS})


def test_the_contracts_terms_and_the_orders_facts_stay_public(engine: Engine) -> None:
    for text in (LAB_CONTRACT_TERMS, ORDER_FARMING_FACTS):
        assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)


# (6) *A draft sent round other agencies before it goes out for comment* (第十六条第二款, tune46 bw-026): the
# public consultation planned for after they agree (拟在…达成一致后…向社会公开征求意见) is a step to come, not
# a draft out for comment (第十九条): the consultation letter stays withheld (PD005); the notice that puts the
# draft out for comment now is published.
HOUSING_LETTER = (
    "关于征求《青川县住房租赁补贴实施办法(修订)》意见的函\n\n"
    "县财政局、县民政局:\n"
    "我局起草了《青川县住房租赁补贴实施办法(修订)》初稿,计划在各部门意见统一后报县政府常务会议审定,"
    "再向社会公开征求意见。现送请你们研提意见。\n"
    "修订稿第八条补贴标准,我局拟由每月300元提高至400元,县财政局此前意见为不超过350元,暂保留两种表述。\n"
    "请于12月10日前反馈书面意见。\n\n青川县住房和城乡建设局\n2026年11月25日"
)
HOUSING_NOTICE = (
    "关于公开征求《青川县住房租赁补贴实施办法(修订征求意见稿)》意见的公告\n\n"
    "为增强政策制定的透明度和公众参与度,现将《青川县住房租赁补贴实施办法(修订征求意见稿)》全文公布,"
    "向社会公开征求意见。\n"
    "征求意见截止日期为2027年1月10日。\n\n青川县住房和城乡建设局\n2026年12月10日"
)


def test_a_draft_sent_round_before_its_consultation_is_withheld(engine: Engine) -> None:
    attribute, found = attribute_and_found(engine, HOUSING_LETTER, Category.PROCESS_INFO)
    assert found and attribute is Attribute.WITHHELD


public(__name__, HOUSING_NOTICE, "HOUSING_NOTICE")


def test_the_draft_out_for_comment_is_published(engine: Engine) -> None:
    assert attribute_and_found(engine, HOUSING_NOTICE, Category.PROCESS_INFO) == (Attribute.PROACTIVE, False)


# (7) *A table of named firms with one figure between text cells, set off by bars* (第十五条, tune44
# ca-019): the firms' customers' shares and margins in an inspection report are cut row by row (JD120);
# the results notice naming the firms and the amounts it approved stays published.
SUBSIDY_CHECK = (
    "2026年度技术改造补助资金使用情况抽查汇报\n\n"
    "今年我局对获得技术改造补助的12家企业开展资金使用情况抽查,总体使用规范。\n\n"
    "附:抽查企业经营数据明细\n\n"
    "企业名称 | 补助额(万元) | 主要客户及销售占比 | 综合毛利率 | 抽查结论\n"
    "青川华宇精密机械有限公司 | 320 | 长城汽车41%、宁德某电池厂17% | 18.4% | 规范\n"
    "青川瑞丰食品有限公司 | 150 | 永辉超市33%、本地团餐22% | 9.7% | 规范\n\n"
    "企业服务科\n2026年11月12日"
)
SUBSIDY_NOTICE = (
    "关于2026年度技术改造补助资金拨付结果的公告\n\n"
    "经企业申报、专家评审和局党组研究,现将补助资金拨付结果公告如下:\n\n"
    "企业名称 | 补助额(万元) | 项目名称 | 验收结论\n"
    "青川华宇精密机械有限公司 | 320 | 数控加工车间智能化改造 | 合格\n"
    "青川瑞丰食品有限公司 | 150 | 冷链仓储扩建 | 合格\n\n"
    "青川县工业和信息化局\n2026年11月12日"
)


copied(__name__, SUBSIDY_CHECK, "SUBSIDY_CHECK")


def test_a_barred_table_of_firms_figures_is_cut(engine: Engine) -> None:
    assert_cut_out(engine, SUBSIDY_CHECK, Category.TRADE_SECRET, gone=["41%", "9.7%"], kept=["12家企业"])


public(__name__, SUBSIDY_NOTICE, "SUBSIDY_NOTICE")


def test_the_barred_results_notice_stays_public(engine: Engine) -> None:
    assert attribute_and_found(engine, SUBSIDY_NOTICE, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)


# (8) *What a firm pays named people* (第十五条, tune46 bw-041): the salaries of a project's named staff in an
# audit of a funded project are cut (JD058); the total the project spent on its staff stays.
FUND_AUDIT = (
    "县农业科技专项结题审计报告(摘要)\n\n"
    "项目:设施蔬菜水肥一体化示范(编号QNK2025-06)\n承担单位:青川绿源农业科技有限公司\n\n"
    "一、经费使用。项目总预算120万元,其中县财政资助40万元。\n"
    "二、人员费。人员费合计31.2万元,技术骨干月薪分别为 冯建国 1.2万元、孙丽 0.9万元。\n"
    "三、审计结论。财政资金40万元使用合规。\n\n"
    "青川正和会计师事务所\n2026年10月8日"
)
FUND_AUDIT_TOTAL = FUND_AUDIT.replace(
    "人员费合计31.2万元,技术骨干月薪分别为 冯建国 1.2万元、孙丽 0.9万元。",
    "人员费合计31.2万元,支付技术骨干2人。",
)


copied(__name__, FUND_AUDIT, "FUND_AUDIT")


def test_a_named_persons_pay_is_cut(engine: Engine) -> None:
    assert_cut_out(engine, FUND_AUDIT, Category.TRADE_SECRET, gone=["冯建国"], kept=["使用合规"])


public(__name__, FUND_AUDIT_TOTAL, "FUND_AUDIT_TOTAL")


def test_the_total_pay_stays_public(engine: Engine) -> None:
    assert attribute_and_found(engine, FUND_AUDIT_TOTAL, Category.TRADE_SECRET) == (
        Attribute.PROACTIVE,
        False,
    )


# (9) *Places the cameras do not reach yet* (第十四条, tune46 bv-009): 尚未被视频监控覆盖 beside
# the blind spots it leaves is a present gap: JD044 cuts the paragraph; full coverage stays public.
MUSEUM = (
    "县博物馆2026年安全管理工作总结\n\n"
    "一、开放服务。全年接待观众18.6万人次,举办临展6个。\n"
    "二、安防改造。新增高清探头24个。目前二号展厅西侧疏散通道和文物库房后门尚未被监控覆盖,"
    "两处盲区拟在明年汛期前补装,其间由保安每两小时巡查一次。\n"
    "三、明年打算。推进智慧博物馆建设。\n\n县博物馆\n2026年12月3日"
)
MUSEUM_COVERED = MUSEUM.replace(
    "目前二号展厅西侧疏散通道和文物库房后门尚未被监控覆盖,两处盲区拟在明年汛期前补装,其间由保安每两小时巡查一次。",
    "展厅、库房和疏散通道已实现监控全覆盖。",
)


copied(__name__, MUSEUM, "MUSEUM")


def test_places_no_camera_reaches_are_cut(engine: Engine) -> None:
    assert_cut_out(engine, MUSEUM, Category.SECURITY_RISK, gone=["文物库房后门"], kept=["18.6万人次"])


public(__name__, MUSEUM_COVERED, "MUSEUM_COVERED")


def test_full_coverage_stays_public(engine: Engine) -> None:
    assert attribute_and_found(engine, MUSEUM_COVERED, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)


# (10) *A complainant's own words asking not to be named* (第十五条, tune46 bv-018): quoted in a handling
# report (来信中称"…请千万不要透露我的名字"), the request makes the paragraph naming the person a third
# party's to cut (JD021); the same paragraph without the request has no such finding.
HOTLINE_REPLY = (
    "关于市民反映锦绣花园小区夜间施工噪声问题的办理情况\n\n"
    "11月,市12345热线转来市民来电,反映锦绣花园小区北侧工地夜间施工噪声扰民。"
    "来电人为该小区业主郑海燕,来电时说“我家就在工地对面,请一定不要告诉施工方我的名字”。\n\n"
    "经区城管局核查,该工地确有夜间施工未办理许可的情况,已责令停止夜间施工并依法立案。\n\n"
    "以上办理情况已向来电人反馈。\n\n某区城市管理局\n2026年12月2日"
)
HOTLINE_REPLY_PLAIN = HOTLINE_REPLY.replace(
    "来电时说“我家就在工地对面,请一定不要告诉施工方我的名字”。", "来电时说“我家就在工地对面,每晚都被吵醒”。"
)


copied(__name__, HOTLINE_REPLY, "HOTLINE_REPLY")


def test_a_complainants_own_request_not_to_be_named_is_cut(engine: Engine) -> None:
    assert_cut_out(engine, HOTLINE_REPLY, Category.TRADE_SECRET, gone=["郑海燕"], kept=["停止夜间施工"])


def test_without_the_request_there_is_no_third_party_finding(engine: Engine) -> None:
    assert not attribute_and_found(engine, HOTLINE_REPLY_PLAIN, Category.TRADE_SECRET)[1]
