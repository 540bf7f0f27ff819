"""What redacted copies kept beside a third party's cut data in shapes the tuning drafts did not write
(leak14, session 19: on the unseen part scored at the session's start the copies kept 0.120 of the labelled
figures): the items of a list about private persons (a masked name opening the item, 本人, 其配偶) beside an
item cut as one person's hardship; the items under a lead-in that says they are the parties' own figures in
other words (各经营户提交的经营情况, 各投标人的报价); lines without a marker each opening with an
applicant; a party's amount given again in 亩 or a full-width ％; and what must stay beside them: the
office's decision and publication, a section's number (第7标段), the dates and a 文号."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.masking import Style
from secreview.redact import redact_bytes
from tests.testing.copies import STYLES, assert_gone_and_kept, cut_copy
from tests.testing.findings import made_finding

# 镇人民政府: a report on rural housing aid; the rules cut one household's item (an illness she asked to keep
# from the village), not the other households' ages, incomes and debts, told of masked names.
HOUSEHOLDS = "\n".join(
    [
        "关于2025年度农村危房改造补助资金发放情况的报告",
        "",
        "县住房和城乡建设局：",
        "2025年，我镇共实施农村危房改造32户，已全部竣工验收，补助资金按每户2.5万元标准发放到位，共计80万元。"
        "现将有关情况报告如下：",
        "一、总体情况。32户中，低保户18户、分散供养特困人员6户、低保边缘家庭8户。",
        "二、需要说明的几户情况。",
        "1. 花溪村付某林，男，67岁，2025年3月突发脑梗，左侧偏瘫，家中仅靠其妻务农维持，年收入不足6,000元；",
        "2. 龙井村石某英，本人患乳腺癌正在化疗，自付医疗费约3.8万元，要求不在村里公示其病情；",
        "3. 新寨村罗某贵，欠信用社贷款4.2万元，月收入约1,800元，已同意以每月600元分期偿还；",
        "4. 高坡村杨某，独居，房屋改造后由其侄子照料。",
        "三、下一步工作。做好竣工房屋的回访，防止出现新的危房。",
        "",
        "龙门镇人民政府",
        "2026年1月15日",
    ]
)

# 街道办事处: a market's stall operators' statements of their business, one item each; the rules cut the one
# who asked to keep hers back.
STALLS = "\n".join(
    [
        "关于城西农贸市场摊位租金减免申请的审核意见",
        "",
        "市场服务中心：",
        "经核查，现将各经营户提交的经营情况说明如下：",
        "（一）水产区12号摊位经营户陈某，2025年月均营业额约2.6万元，本人要求对其经营数据保密；",
        "（二）蔬菜区5号摊位经营户黄某，2025年月均营业额约1.4万元，月租金3,600元，欠缴租金3个月；",
        "（三）熟食区3号摊位经营户周某，月均营业额约3.1万元，雇工2人，月工资合计7,200元。",
        "审核意见：符合减免条件的，按月租金的30％减免，期限6个月。",
        "",
        "城西街道办事处",
        "2026年3月6日",
    ]
)

# 人才工作领导小组办公室: applicants told line by line under a section's heading, no list marker; the rules
# cut one applicant's line (a spouse's dialysis she asked to keep), not the others' rent, pay and debt; the
# line of the office's own allotment keeps its rent.
APPLICANTS = "\n".join(
    [
        "关于澜州市2026年第一批人才公寓配租情况的报告",
        "",
        "市住房保障中心：",
        "本批次人才公寓共受理申请58户，经资格审查，符合条件51户，现将有关情况报告如下：",
        "一、配租结果。51户已全部签订租赁合同，租金按市场租金的60%收取。",
        "二、个别申请人情况。",
        "申请人许某，某医院主治医师，配偶患尿毒症需长期透析，每月透析费用自付约3,400元，本人要求对其家庭情况保密；",
        "申请人郑某，某高校讲师，现租住城中村，月租金2,800元，月收入约9,600元；",
        "申请人秦某，某科技企业工程师，名下有车贷余额18.5万元。",
        "申请人钱某，某中学教师，已核定配租一室户，月租金1,150元。",
        "三、下一步工作。做好入住管理。",
        "",
        "澜州市人才工作领导小组办公室",
        "2026年4月2日",
    ]
)

# 水务局: the bidders' prices told to the director under a lead-in naming them as a whole; the rules cut
# two bidders' items, not the third one's, written by a short name without a firm's ending.
TENDERS = "\n".join(
    [
        "关于城东污水处理厂提标改造工程造价审核情况的说明",
        "",
        "局长：",
        "现将城东污水处理厂提标改造工程（澜水发〔2026〕18号立项）各投标人的报价情况说明如下：",
        "（一）华清环境：投标总价4,386万元，其中膜组件单价每平方米218元，据其来函，该单价为与供货商的协议价，"
        "不得对外提供；",
        "（二）碧源水务：投标总价4,120万元，膜组件单价每平方米196元至205元，质保期5年；",
        "（三）江河环保：投标总价4,510万元，运行电耗每吨水0.32千瓦时。",
        "评标委员会推荐碧源水务为第一中标候选人，工期210日历天。",
        "",
        "市水务局计划财务科",
        "2026年7月9日",
    ]
)

# 农业农村局: a contractor's cost data cut, then named again in a closing line by its short name; the
# section it built (第7标段) is the project's public number, not the contractor's figure.
SECTION = "\n".join(
    [
        "关于2026年高标准农田建设项目施工企业履约评价情况的通报",
        "",
        "各乡镇人民政府：",
        "2026年度全县高标准农田建设项目共12个标段，总投资1.46亿元，已于10月底全部完工。现将施工企业履约评价"
        "情况通报如下：",
        "一、评价结果。12家施工企业中，优秀5家、良好6家、合格1家。",
        "二、有关情况。江源建设工程有限公司承建的第7标段，据该公司向我局提交的内部成本核算资料，实际完成土方量"
        "18.6万立方米，综合单价每立方米23.4元，项目亏损约86万元，该公司申请不对外公布其成本资料。",
        "三、下一步工作。请各乡镇督促施工企业做好工程保修，质保金按合同约定于2027年10月前返还。",
        "综上，江源建设第7标段实际土方量18.6万立方米，亏损约86万元，主要原因为土方外运距离增加，亏损率约9.7％。",
        "",
        "县农业农村局",
        "2026年11月18日",
    ]
)

# 农业农村局: a tea firm's own figures cut, two of them given again in the office's opinion below, in 亩 and
# a full-width ％.
REPEATED = "\n".join(
    [
        "关于2026年省级现代农业产业园项目申报情况的报告",
        "",
        "市农业农村局：",
        "我县申报省级现代农业产业园1个，牵头实施主体为青山县绿源茶业有限公司。现将申报情况报告如下：",
        "一、基本情况。产业园规划面积3.2万亩，涉及4个乡镇，计划总投资2.6亿元。",
        "二、牵头企业情况。据该企业提供的未经审计的内部资料，2025年加工干茶1,860吨，出口占比41.5％，自有茶园"
        "4,260亩，亩均产值1.86万元，企业要求对其经营数据保密。",
        "三、联农带农情况。产业园带动农户3,200户，户均增收4,800元。",
        "四、意见。产业园茶园面积中有4,260亩由牵头主体自营，出口占比41.5％，建议推荐上报省农业农村厅。",
        "",
        "青山县农业农村局",
        "2026年2月16日",
    ]
)

# 民政局: a 公示 of the aid it grants, one item per person by a masked name; where the copy cuts the item
# that tells one person's illness she asked to keep, the aid the office publishes stays in the others.
AID_NOTICE = "\n".join(
    [
        "2026年第二季度临时救助发放公示",
        "",
        "根据《澜溪县临时救助实施办法》，经本人申请、乡镇审核，本季度对以下困难群众给予临时救助，现予公示：",
        "1. 蒙*华，澜溪镇，因灾致困，救助金2,500元；",
        "2. 韦*芳，石牌乡，因病致困，救助金3,000元。该户户主韦建芳，现住石牌乡新街12号，系艾滋病病毒感染者，"
        "由县疾控中心转介，本人要求对病情严格保密；",
        "3. 覃*东，澜溪镇，因学致困，救助金2,000元。",
        "",
        "本季度共救助3人，发放救助金7,500元。公示期7天。",
        "",
        "澜溪县民政局",
        "2026年7月2日",
    ]
)

# 旧改指挥部: the firms to be expropriated, one row each; the rules cut the row of the firm that asked to keep
# its tax records; the table's evaluated compensation is what the closing line says the office publishes.
EXPROPRIATION = "\n".join(
    [
        "关于城北片区旧改项目被征收企业补偿评估情况的报告",
        "",
        "区政府：",
        "现将城北片区旧改项目被征收企业补偿评估情况报告如下：",
        "企业名称 | 用地面积（亩） | 评估补偿（万元） | 停产损失（万元） | 备注",
        "澜州华丰印务有限公司 | 18.6 | 3,260 | 412 | 企业提供的近三年纳税资料显示年均利润386万元，"
        "企业要求保密",
        "澜州金石机械厂 | 9.2 | 1,540 | 186 | 同意按评估结果签约",
        "澜州青禾食品有限公司 | 12.4 | 2,180 | 265 | 要求另行安置用地",
        "合计 | 40.2 | 6,980 | 863 |",
        "以上评估结果经区征收办审核后将在征收范围内公示。",
        "",
        "城北片区旧改指挥部",
        "2026年8月3日",
    ]
)


@STYLES
@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            HOUSEHOLDS,
            ["67岁", "6,000元", "4.2万元", "1,800元", "每月600元"],
            ["每户2.5万元", "共计80万元", "低保户18户", "2026年1月15日"],
            id="persons-items",
        ),
        pytest.param(
            APPLICANTS,
            ["2,800元", "9,600元", "18.5万元"],
            ["符合条件51户", "市场租金的60%", "月租金1,150元", "2026年4月2日"],
            id="persons-lines",
        ),
        pytest.param(
            REPEATED,
            ["4,260亩", "41.5％"],
            ["规划面积3.2万亩", "总投资2.6亿元", "户均增收4,800元", "2026年2月16日"],
            id="repeated-in-mu-and-full-width-percent",
        ),
        pytest.param(
            STALLS,
            ["1.4万元", "3,600元", "3.1万元", "7,200元"],
            ["月租金的30％减免", "期限6个月", "2026年3月6日"],
            id="operators-lead-in",
        ),
        pytest.param(
            TENDERS,
            ["4,510万元", "0.32千瓦时"],
            ["工期210日历天", "〔2026〕18号", "2026年7月9日"],
            id="bidders-lead-in",
        ),
    ],
)
def test_the_figures_of_the_items_beside_a_cut_go(
    engine: Engine, style: Style, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_gone_and_kept(cut_copy(engine, text, style), gone, kept)


@STYLES
def test_a_sections_number_stays_where_its_builder_is_named_again(engine: Engine, style: Style) -> None:
    copy = cut_copy(engine, SECTION, style)
    assert "江源建设第7标段" in copy
    for figure in ("18.6万立方米", "86万元", "9.7％"):
        assert figure not in copy, figure
    for figure in ("共12个标段", "总投资1.46亿元", "2027年10月前"):
        assert figure in copy, figure


def test_a_request_sentence_ends_at_a_full_width_mark() -> None:
    # The figures of the sentence where the party asks to keep its data go, over its clauses (；); what comes
    # after a full-width ！ or ？ is another sentence and keeps its own (the county's totals).
    from secreview.extract.base import ExtractedText
    from secreview.models import Category
    from secreview.redact_figures import requested_figures

    text = (
        "三、其他情况。该项目冷库库容2.6万吨，供应商及单价企业要求不对外提供；年租金收入318万元！"
        "全县冷库总库容达到48万吨？年增12.5%\n"
    )
    cut = made_finding(Category.TRADE_SECRET, rule="JD020", text=text[:2], message="")
    figures = [finding.text for finding in requested_figures(ExtractedText(text), cut)]
    assert figures == ["2.6万吨", "318万元"]


def test_a_published_aid_list_keeps_its_amounts_beside_a_cut_person() -> None:
    # The policy alone (the rules cut this list whole): the second item cut as the person's data, the
    # others' amounts are what the office grants and publishes (给予临时救助，现予公示), not their data.
    from secreview.extract.base import ExtractedText
    from secreview.models import Category
    from secreview.redact_figures import with_sibling_figures

    start = AID_NOTICE.index("2. 韦*芳")
    end = AID_NOTICE.index("\n", start)
    line = AID_NOTICE.count("\n", 0, start) + 1
    cut = made_finding(
        Category.TRADE_SECRET, rule="JD058", text=AID_NOTICE[start:end], start=start, message="", line=line
    )
    assert with_sibling_figures(ExtractedText(AID_NOTICE), [cut]) == [cut]
    # The same list under a lead-in that tells of the persons (需要说明的几户) gives their figures.
    told = AID_NOTICE.replace("本季度对以下困难群众给予临时救助，现予公示：", "需要说明的几户情况如下：")
    shift = len(told) - len(AID_NOTICE)
    moved = cut.model_copy(update={"start": start + shift, "end": end + shift})
    added = [f.text for f in with_sibling_figures(ExtractedText(told), [moved]) if f is not moved]
    assert added == ["2,500", "2,000"]


# --- a workbook: the rows beside a cut row --------------------------------------------------------------


def _workbook(rows: list[list[object]]) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "汇总"
    for row in rows:
        sheet.append(row)
    sheet.column_dimensions["A"].width = 36
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cells(data: bytes) -> list[list[object]]:
    import io

    import openpyxl

    return [
        [cell.value for cell in row] for row in openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows()
    ]


VENUES = [
    ["2026年度全民健身场馆低收费开放补助初审情况汇总（评审用）"],
    ["场馆", "申报单位", "申请补助", "年开放时长", "运营数据", "拟补助"],
    ["城西游泳馆", "澜州市碧波体育发展有限公司", "36万", "3,200小时", "救生员8人，月薪5600元/人", 30],
    [
        "北岸羽毛球馆",
        "澜州市飞羽体育文化有限公司",
        "18万",
        "2,900小时",
        "场地利用率62%，股东借款余额120万元",
        15,
    ],
    [
        "东湖网球中心",
        "澜州东湖网球运营有限公司",
        "24万",
        "2,600小时",
        "会员卡预收款312万元，企业要求对预收款数额保密，不得对外提供",
        20,
    ],
    ["江滨全民健身中心", "澜州市江滨体育场馆管理有限公司", 36, 3500, "—", 12],
    ["说明：评审结果公示时只公布场馆名称、申报单位和拟补助金额。"],
]


@STYLES
def test_a_workbooks_rows_beside_a_cut_row_lose_their_figures_in_their_cells_alone(
    engine: Engine, style: Style
) -> None:
    # 体育局's summary as a workbook (leak12's table of venues): the rows beside the row the rules cut give
    # their applicants' figures, cut in their cells; the office's 拟补助 column stays, and the same short
    # digits written elsewhere in the package (a column's width of 36, the theme) do not refuse the copy
    # (main 518c87c keeps every figure: a workbook was outside the figures policy).
    copy = redact_bytes(engine, _workbook(VENUES), ".xlsx", "draft.xlsx", style)
    assert copy.recheck.attribute is Attribute.PROACTIVE
    rows = _cells(copy.data)
    text = "\n".join("\t".join(str(value) for value in row if value is not None) for row in rows)
    for figure in ("3,200", "5600", "2,900", "3500"):
        assert figure not in text, figure
    assert "312" not in text  # the row that asks to keep its prepayments, which the rules leave
    assert [rows[2][-1], rows[4][-1], rows[5][-1]] == [30, 20, 12]  # the row the rules cut is cut whole
    assert rows[1] == VENUES[1] and rows[-1][0] == VENUES[-1][0]


@STYLES
def test_a_table_its_closing_line_publishes_keeps_its_rows_figures(engine: Engine, style: Style) -> None:
    # The rows beside the cut one keep their land and compensation (以上评估结果…将在征收范围内公示); without
    # that line the same rows are the firms' own figures beside a cut firm's and go.
    copy = cut_copy(engine, EXPROPRIATION, style)
    assert "386万元" not in copy
    for row in ("澜州金石机械厂 | 9.2 | 1,540 | 186", "澜州青禾食品有限公司 | 12.4 | 2,180 | 265"):
        assert row in copy, row
    closing = "以上评估结果经区征收办审核后将在征收范围内公示。\n"
    unpublished = cut_copy(engine, EXPROPRIATION.replace(closing, ""), style)
    assert "9.2" not in unpublished and "186" not in unpublished
