"""The reason an officer reads (judge26, session 12): a draft withheld for the right attribute must name the
category the law gives for what it is — process information (第十六条第二款) for the agency's own undecided
matter, internal affairs (第十六条第一款) for its own staff, a case file only for a case, security (第十四条)
only where publishing endangers it. Near twins of tune33–tune36 drafts, written here; each class has a twin
that keeps the other category."""

from __future__ import annotations

import pytest

from secreview import Engine, Severity
from secreview.judge.schema import JUDGED
from secreview.models import TraceRole

CASES: dict[str, tuple[list[str], str, set[str]]] = {
    # teachers moved between schools: the sector's policy (《义务教育法》第三十二条), a 请示 to the county
    "teacher-exchange-request": (
        [
            "关于2027年中小学教师县域内交流轮岗实施方案的请示",
            "县人民政府:",
            "    为促进城乡教育均衡,我局拟订了两个方案。方案一按20%比例交流,涉及教师约160人;"
            "方案二仅交流新晋升高级职称的教师和拟提拔为副校长的教师,涉及约70人。",
            "    经局党组研究,倾向于方案二。",
            "    妥否,请批示。",
            "县教育局",
        ],
        "withheld",
        {"process_info"},
    ),
    "principal-exchange-minutes": (
        [
            "县教育局党组会议纪要",
            "主持:局长",
            "出席:班子成员",
            "    会议讨论了乡镇中心学校校长交流轮岗的范围,对是否将任职满6年的校长全部纳入交流,意见不一,"
            "会议决定下次再议,拟提拔人选暂不研究。",
        ],
        "withheld",
        {"process_info"},
    ),
    # the twin: the bureau's own cadres rotated — internal affairs, process information second
    "cadre-exchange-request": (
        [
            "关于局机关中层干部交流轮岗的请示",
            "县人民政府:",
            "    拟对在同一岗位任职满5年的中层干部实施交流轮岗,涉及6人,拟提拔人选另行报告。",
            "    妥否,请批示。",
            "县教育局",
        ],
        "withheld",
        {"internal_affairs"},
    ),
    # an expropriation's stability risk: a site handed over and a firm's stoppage losses are no case
    "expropriation-stability-risk": (
        [
            "老城东片区房屋征收稳定风险评估",
            "一、基本情况:片区涉及住户380户,未签约57户,须于2027年4月底前完成场地移交。",
            "二、风险点:未签约户中有20余户组成维权群,计划春节前到区政府集体上访;"
            "一家建材企业索要停产停业损失900万元,为其出面的人员背景尚在核查。",
            "三、防控措施(拟):由街道分片入户做工作,春节前后在区政府周边增派警力,现场安排保安24小时值守。",
            "区房屋征收办公室",
            "2026年12月1日",
        ],
        "withheld",
        {"security_risk"},
    ),
    # the twin: a case whose firm is ordered to stop and is handed to the police stays a case file
    "case-handed-to-police": (
        [
            "关于某建材公司涉嫌非法占地案件办理情况的报告",
            "局领导:",
            "    3月2日立案调查,已制作询问笔录,责令该公司停产停业。",
            "    经初步核查,该公司负责人涉嫌非法占用农用地,拟将案件移交公安机关,目前尚在核查其资金往来。",
            "    特此报告。",
            "执法大队",
        ],
        "withheld",
        {"enforcement_file"},
    ),
    # a 请示 weighing whether to name units, one option feared for the news it would make: the agency's own
    # undecided matter (第十六条第二款), no threat to stability
    "naming-units-request": (
        [
            "关于拟对部分单位信访件办理超期情况进行通报的请示",
            "局领导:",
            "    今年以来,4家单位超期办理信访件共210件。"
            "拟以市政府办公室名义通报并点名,对超期最多的单位约谈。",
            "    考虑到点名通报可能引发负面舆情、被媒体炒作,另一种做法是暂不点名,仅在年度考核中扣分。"
            "两种做法利弊附后,我们倾向第一种。",
            "    妥否,请批示。",
            "市信访事项办理督查中心",
        ],
        "withheld",
        {"process_info"},
    ),
    # the twin: the news stirs depositors queueing for their money — a run, withheld for security
    "news-stirs-a-run": (
        [
            "关于某村镇银行网点近期情况的报告",
            "市政府领导:",
            "    网上流传该行即将倒闭的消息并被炒作,近两日已有200余名储户到网点集中取款,部分储户情绪激动。",
            "    拟请公安机关在网点周边增派警力,由人民银行协调调运现金,以上措施尚未实施。",
            "    妥否,请批示。",
            "市地方金融管理局",
        ],
        "withheld",
        {"security_risk"},
    ),
    # a brigade's own staff appraisal put to its party committee: internal affairs, process information second
    "brigade-appraisal": (
        [
            "2026年度交警大队民警辅警考核等次初步意见",
            "(供大队党委会研究)",
            "    大队考核领导小组对在编在岗的64名民警辅警进行了测评,现将初步意见汇报如下:",
            "    一、拟确定为基本称职等次的人员:二中队民警韩某某,全年迟到早退11次,已由大队长谈话提醒。",
            "    二、需党委会研究的问题:韩某某本人对拟定等次有意见,请党委会研究。",
            "大队考核领导小组",
        ],
        "withheld",
        {"internal_affairs"},
    ),
    # minutes of a meeting on a penalty rule, its point put off: the meeting's matter, not a case
    "penalty-rule-minutes": (
        [
            "县交通运输局局长办公会议纪要",
            "主持:局长",
            "出席:班子成员,法制科、执法大队负责人",
            "    会议研究了《超限运输行政处罚裁量基准(修订稿)》。执法大队提出对首次违法、主动卸载的不予处罚,"
            "法制科认为应从轻处罚,罚款幅度待市局统一口径后再议。",
            "    会议认为,涉及移送公安机关的刑事案件标准暂不写入。",
        ],
        "withheld",
        {"process_info"},
    ),
    # a year's work report still being drafted, counting its cases: the draft's, not a case's
    "year-report-draft": (
        [
            "县市场监管局关于2026年度执法稽查工作情况的报告",
            "县人民政府:",
            "    (按局长意见再改一稿,暂不外发)",
            "    全年立案查处违法案件【待法规股核定】件,移送公安机关4件,罚没款【待财务核对】万元。",
            "    某超市涉嫌销售过期食品的处理意见尚未批复,此段措辞请法规股把关。",
            "县市场监管局",
        ],
        "withheld",
        {"process_info"},
    ),
    # the twin: one case's report whose handling awaits the bureau's decision stays a case file
    "one-case-awaiting-decision": (
        [
            "关于城东某超市涉嫌销售过期食品案件的情况说明",
            "局领导:",
            "    经现场检查,已调取进货台账,对超市负责人制作了询问笔录,涉案食品货值1.2万元。",
            "    对该案的处理意见尚未确定,待局务会审定后再报。",
            "稽查股",
        ],
        "withheld",
        {"enforcement_file"},
    ),
    # a hotline brief on buyers agreeing in their chat groups to gather on a set day: 第十四条, not a report's
    # process information
    "hotline-brief-planned-gathering": (
        [
            "12345热线要情专报(第12期)",
            "    近一周热线接到“御景湾”项目购房人来电186件,反映项目停工半年、开发商资金链断裂。",
            "    从来电内容研判,部分购房人在两个业主群中约定于3月8日(周六)上午到区政府门前集体上访,"
            "预计80人左右,群主为购房人代表一名。",
            "    建议:请区住建局提前与购房人代表沟通,属地派出所做好现场准备。",
            "报:区委办公室、区政府办公室",
            "区12345热线管理中心",
        ],
        "withheld",
        {"security_risk"},
    ),
    # the agency's own 局务会 weighing how to qualify an audit's finding: its deliberation, not a case file
    "audit-bureau-minutes": (
        [
            "县审计局2026年第4次局务会议纪要",
            "主持:局长",
            "出席:班子成员,法规审理股负责人",
            "    一、关于某中心工程结算问题的定性。分管副局长认为属虚报工程量,应移送主管部门处理;"
            "法规审理股认为现有证据尚不充分,建议补充取证后再定。会议倾向于补充取证。",
            "    二、下次会议再议第一项。",
        ],
        "withheld",
        {"process_info"},
    ),
    # the twin: a case review meeting's minutes on an open case stay a case file
    "case-review-minutes": (
        [
            "重大行政处罚案件集体讨论纪要",
            "主持:局长",
            "    会议讨论了某建材公司涉嫌非法占用农用地一案。经调查,已制作询问笔录3份,调取了卫星图斑。"
            "法制股认为占地面积证据尚不充分,需补充调查,待测绘结果出具后再提请讨论。",
        ],
        "withheld",
        {"enforcement_file"},
    ),
    # a deployment against a planned gathering sent to the bureau's own units: its guards, duty and
    # drivers are the deployment's (第十四条), not the agency's housekeeping
    "deployment-to-own-units": (
        [
            "关于做好3月5日货车司机聚集现场处置工作的通知",
            "各科室、局属各单位:",
            "    据掌握,部分货车驾驶员在微信群中相约于3月5日上午到市政府东门聚集,带头人为驾驶员3人。",
            "    一、在市政府东门、物流园、高速出口三个点位各部署执法人员12人、保安4人,8时前到位。",
            "    二、局机关当日全员值班,带班领导在三楼会议室值守,公务用车由办公室统一调度。",
            "市交通运输局",
        ],
        "withheld",
        {"security_risk"},
    ),
    # the twin: the bureau's own holiday duty and cars, sent to its sections, stay internal affairs
    "own-holiday-duty": (
        [
            "关于春节期间局机关值班安排的通知",
            "各科室:",
            "    春节期间局机关实行24小时值班,带班领导在三楼会议室值守,值班人员在值班室就餐。",
            "    公务用车由办公室统一调度,驾驶员手机保持畅通,出车须填写派车单。",
            "局办公室",
        ],
        "withheld",
        {"internal_affairs"},
    ),
    # a township's urgent report on two villages facing off, with its own plan for police posts: 第十四条
    "village-standoff-report": (
        [
            "关于东坳村与西坳村水源纠纷有关情况的紧急报告",
            "县人民政府:",
            "    两村为山塘取水争执多年。12月2日两村各有五六十人在坝上对峙,有人拿了锄头,派出所赶到后才劝散。",
            "    现在情况还没有平息,西坳村有人放话“再来就打”,东坳村晚上在坝上搭棚轮流守着。",
            "    镇里的打算是:县水利局12月9日来现场划界,请县公安局派警力40人在两条进村路口布点,"
            "提前把两村牵头的5个人叫到镇里谈话,划界结果当天不宣布。",
            "东坳镇人民政府",
        ],
        "withheld",
        {"security_risk"},
    ),
    # a 请示 weighing how a platform company leaves the financing-platform list, one path adding hidden debt:
    # the agency's undecided matter (第十六条第二款), no threat to stability
    "platform-exit-request": (
        [
            "关于县城投公司退出融资平台名单路径的请示",
            "县人民政府:",
            "    经测算,路径一需县城投公司新增融资约6亿元用于置换,可能新增隐性债务;路径二需延后两年退出。",
            "    我局倾向于路径二,待县政府研究后再报市财政局。",
            "    妥否,请批示。",
            "县财政局",
        ],
        "withheld",
        {"process_info"},
    ),
    # the twin: the same company's products past due with investors gathering — security (第十四条)
    "platform-default-gathering": (
        [
            "关于县城投公司定向融资产品兑付风险的紧急报告",
            "县人民政府:",
            "    县城投公司定向融资产品3笔共1.2亿元将于12月到期,兑付资金缺口约8000万元,"
            "已有投资人到公司聚集。",
            "    拟请县公安局在公司周边增派警力,由县财政局协调过桥资金,以上措施尚未实施。",
            "    妥否,请批示。",
            "县财政局",
        ],
        "withheld",
        {"security_risk"},
    ),
}


def first_reasons(engine: Engine, text: str, name: str) -> tuple[str | None, set[str]]:
    """The attribute and the judged categories cited as a first reason (as the benchmark counts them)."""
    report = engine.check_text(text, name).files[0]
    second = {
        step.category.value
        for step in report.trace
        if step.role is TraceRole.CONTRIBUTING and step.category and step.attribute is report.attribute
    }
    cited = {f.category.value for f in report.findings if f.severity in (Severity.HIGH, Severity.MEDIUM)} & {
        category.value for category in JUDGED
    }
    return (report.attribute.value if report.attribute else None), cited - second


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name", sorted(CASES))
def test_category_read(engine: Engine, name: str) -> None:
    lines, attribute, categories = CASES[name]
    assert first_reasons(engine, "\n".join(lines) + "\n", f"{name}.txt") == (attribute, categories)
