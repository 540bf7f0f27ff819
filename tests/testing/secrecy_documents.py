"""Labelled 公文 for the secrecy and exemption rules: documents with a category, public ones that only talk.

Every document is assembled from templates written for this project (no published text is copied), with
places, agencies, topics and dates drawn from a seeded ``random.Random``, so a seed always gives the same set.
``category`` is the one category a document must be flagged with, or ``None`` for a public document, which is
deliberately full of secrecy vocabulary (保守国家秘密, 保密审查, 工作秘密, 请示, 笔录, 标底 …) in
ordinary sentences.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

PLACES = ("青川县", "临溪市", "东岭区", "云湖县", "北塘县", "南屏市", "西岗区", "柳河县", "安平市", "白沙县")
TOWNS = ("石门镇", "云台乡", "河口街道", "桃源镇", "新田乡", "长岗镇")
AGENCIES = (
    "民政局",
    "财政局",
    "自然资源局",
    "生态环境局",
    "市场监督管理局",
    "住房和城乡建设局",
    "交通运输局",
    "农业农村局",
    "卫生健康委员会",
    "应急管理局",
    "司法局",
    "水利局",
)
TOPICS = (
    "城乡低保提标",
    "老旧小区改造",
    "农村公路养护",
    "河道综合治理",
    "养老服务补贴",
    "中小学校舍维修",
    "垃圾分类收运",
    "乡村振兴示范村建设",
    "防汛物资储备",
    "政务服务中心改造",
)
SURNAMES = "王李张刘陈杨赵黄周吴"
COMPANIES = (
    "恒远建设工程有限公司",
    "青禾化工有限公司",
    "明达食品厂",
    "瑞丰农业科技有限公司",
    "华通建材有限公司",
)
PROJECTS = ("污水处理厂提标改造", "城区供水管网延伸", "乡镇卫生院迁建", "县城停车场建设", "农贸市场改造")

# Ordinary sentences of 政务公开 and secrecy-work documents: none of them marks the document itself.
BAIT = (
    "严格落实公开前保密审查机制,做到涉密信息不上网、上网信息不涉密。",
    "正确处理政务公开与保守国家秘密的关系,不得公开涉及国家秘密、商业秘密和个人隐私的信息。",
    "对拟公开的政府信息,按照“谁公开、谁审查、谁负责”的原则进行保密审查。",
    "各单位要加强工作秘密管理,涉及工作秘密的事项不得在互联网上发布。",
    "内部资料、内部参考类材料应当登记管理,不得擅自对外提供。",
    "机关保密委员会每年组织一次保密自查,检查秘密文件的收发、传阅和销毁情况。",
    "公文首页左上角应当按规定标注份号和“机密★5年”等密级标志。",
    "对标注“内部资料”的文件,应当在规定范围内传达。",
    "报上级机关的请示和报告,以及向有关部门征求意见的公文,一般确定为不予公开。",
    "行政执法案卷中的询问笔录、调查笔录和证据材料,依法可以不予公开。",
    "招标人设有标底的,标底必须保密。",
    "涉及商业秘密的信息,经权利人同意或者不公开可能对公共利益造成重大影响的,予以公开。",
    "干部考察材料、人事档案等内部管理信息按规定不予公开。",
    "对于批复、复函等涉及特定对象的公文,可以确定为依申请公开。",
    "做好重大决策社会稳定风险评估工作,从源头上预防和减少矛盾纠纷。",
    "加强重点目标的安全防范,落实安保责任。",
    "涉密会议和活动应当严格控制知情范围。",
    "未经保密审查的政府信息不得公开,保密期限届满的应当及时解密。",
    "如本方案涉及国家秘密,应当依法定密并标明密级。",
    "对下级机关的请示要及时研究、按时批复。",
    "对群众来信反映的问题,要在规定期限内答复。",
    "依法公开行政处罚决定,执法过程中形成的笔录和证据材料不在公开之列。",
    "规章草案应当向社会公开征求意见,期限一般不少于30日。",
    "严禁在非涉密计算机上处理涉密文件,严禁将内部文件带出办公场所。",
    "对照国家秘密事项范围,准确界定本单位的国家秘密和工作秘密。",
    "文件定密后,发放范围、份数和保密期限应当一并标明。",
)

FILLER = (
    "坚持以人民为中心的发展思想,聚焦群众关切,推动各项工作落地见效。",
    "各有关单位要加强组织领导,明确责任分工,确保按时完成各项任务。",
    "建立健全工作台账,实行清单化管理、项目化推进,定期通报进展情况。",
    "加大资金保障力度,统筹上级补助资金和本级财政资金,提高资金使用效益。",
    "强化督促检查,对工作推进不力的单位进行通报,并纳入年度目标考核。",
    "注重总结经验做法,及时宣传推广典型案例,营造良好社会氛围。",
    "进一步优化办事流程,压缩办理时限,提升群众满意度。",
    "加强部门协同联动,形成工作合力,切实解决群众急难愁盼问题。",
)


@dataclass(frozen=True, slots=True)
class LabelledDocument:
    """A generated document, the one category it must be flagged with (None: public), and how it was made."""

    name: str
    text: str
    category: str | None
    kind: str


class _Draw:
    """Seeded choices of the parts a 公文 is made of."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.turn = 0

    def form(self, count: int) -> int:
        """Which of ``count`` templates the current document uses: every template in turn."""
        return self.turn % count + 1

    def pick(self, options: tuple[str, ...]) -> str:
        return self.rng.choice(options)

    def place(self) -> str:
        return self.pick(PLACES)

    def agency(self) -> str:
        return self.place() + self.pick(AGENCIES)

    def person(self) -> str:
        return self.rng.choice(SURNAMES) + "某" + self.rng.choice(("", "某"))

    def date(self) -> str:
        return f"{self.rng.randint(2018, 2025)}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def number(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def amount(self) -> str:
        return f"{self.rng.randint(80, 4800)}.{self.rng.randint(1, 9)}万元"

    def body(self, paragraphs: int, bait: int) -> list[str]:
        lines = [self.pick(FILLER) for _ in range(paragraphs)]
        for _ in range(bait):
            lines.insert(self.rng.randint(0, len(lines)), self.pick(BAIT))
        return lines


def place_of(agency: str) -> str:
    return next((place for place in PLACES if agency.startswith(place)), "")


def _doc(*lines: str | list[str]) -> str:
    flat: list[str] = []
    for line in lines:
        flat.extend(line if isinstance(line, list) else [line])
    return "\n".join(flat) + "\n"


# ---- documents that carry a category ----


def _state_secret(d: _Draw) -> tuple[str, str]:
    agency, topic = d.agency(), d.pick(TOPICS)
    title = f"关于{topic}有关事项的通知"
    term = d.pick(
        ("★1年", "★5年", "★10年", "★长期", "★", " ★ 6个月", "☆2年", "*3年", "★启用前", "★2099年12月31日前")
    )
    level = d.pick(("秘密", "机密", "绝密", "机 密"))
    form = d.form(7)
    body = d.body(3, 1)
    if form == 1:
        return "mark", _doc(f"{level}{term}", title, "各乡镇人民政府,县直各单位:", body, agency, d.date())
    if form == 2:
        return "copy-number+mark", _doc(
            f"{d.number(1, 999):06d}", f"{level}{term}", "特急", title, body, agency
        )
    if form == 3:
        return "level-field", _doc(
            f"份号:{d.number(1, 60):04d}  密级:{d.pick(('秘密', '机密'))}", title, body, d.date()
        )
    if form == 4:
        statement = d.pick(
            (
                "本文件属机密级,请妥善保管,阅后退回。",
                "此件涉及国家秘密,仅限阅知人员范围内使用。",
                "本通知内容属于国家秘密,不得擅自复制。",
                "本方案定为秘密级,严禁在互联网上传输。",
            )
        )
        return "declaration", _doc(title, "各有关单位:", body[:2], statement, body[2:], agency, d.date())
    if form == 5:
        return "attachment-declaration", _doc(
            title, "各有关单位:", body, f"附件{d.number(1, 4)}定为机密级,另行印发。", agency, d.date()
        )
    if form == 6:
        return "exam-paper", _doc(
            f"{' ' * d.number(0, 30)}绝密★启用前",
            f"{place_of(agency)}{d.number(2019, 2025)}年教师招聘考试笔试试卷",
            body[:1],
        )
    return "copy-number+level", _doc(f"{d.number(1, 999):06d}", d.pick(("机密", "绝密")), title, body, agency)


def _work_secret(d: _Draw) -> tuple[str, str]:
    agency, topic = d.agency(), d.pick(TOPICS)
    title = f"{agency}关于{topic}工作情况的通报"
    body = d.body(3, 1)
    form = d.form(7)
    if form == 1:
        return "work-secret-top", _doc("工作秘密", title, body, agency, d.date())
    if form == 2:
        marking = d.pick(
            (
                "内部资料 注意保存",
                "内部资料,注意保管",
                "内部资料 注意保密",
                "内部使用,不得外传",
                "内部资料 请勿外传",
            )
        )
        return "internal-material-top", _doc(marking, title, body, agency, d.date())
    if form == 3:
        return "no-reprint-note", _doc(
            title, body, agency, d.date(), d.pick(("(此件不得翻印)", "此件不得翻印"))
        )
    if form == 4:
        note = d.pick(("(此件发至县团级)", "(此件发至乡镇人民政府)", "(发至县处级)"))
        return "distribution-note", _doc(title, body, agency, d.date(), note)
    if form == 5:
        return "reference-top", _doc(d.pick(("内部参考", "(内部传阅)", "仅供参阅")), title, body, agency)
    if form == 6:
        return "work-secret-note", _doc(
            title, body, agency, d.date(), "(此件属工作秘密,严禁通过互联网、手机、微信等传播和对外发布)"
        )
    return "work-secret-statement", _doc(
        title, body[:2], "本通报涉及工作秘密,请在规定范围内传达。", body[2:], agency, d.date()
    )


def _process_info(d: _Draw) -> tuple[str, str]:
    place, topic = d.place(), d.pick(TOPICS)
    agency = place + d.pick(AGENCIES)
    body = d.body(3, 1)
    form = d.form(7)
    if form == 1:
        closing = d.pick(("妥否,请批示。", "当否,请批复。", "以上请示,请审定。", "特此请示。"))
        title = f"{agency}关于申请{topic}\n专项资金的请示" if d.turn % 2 else f"关于申请{topic}专项资金的请示"
        return "request", _doc(title, f"{place}人民政府:", body, closing, agency, d.date())
    if form == 2:
        return "request-closing-only", _doc(
            f"{agency}", f"{place}人民政府:", body, "妥否,请批示。", agency, d.date()
        )
    if form == 3:
        marker = d.pick(("讨论稿", "送审稿", "初稿", "(第二稿)", "征求意见稿"))
        return "draft-marker", _doc(marker, f"{place}{topic}实施方案", body, d.date())
    if form == 4:
        return "draft-title", _doc(
            f"{place}{topic}管理办法({d.pick(('征求意见稿', '送审稿', '讨论稿', '修改稿'))})",
            "第一条 为规范相关工作,制定本办法。",
            body,
            "请各单位于10日内将修改意见书面反馈县司法局。",
        )
    if form == 5:
        return "consultation-letter", _doc(
            f"关于征求《{place}{topic}工作方案(代拟稿)》意见的函",
            "县直各有关单位:",
            body,
            "请于5个工作日内将意见反馈我局,逾期视为无意见。",
            agency,
            d.date(),
        )
    if form == 6:
        return "consultation-reply", _doc(
            f"关于对《{place}{topic}工作方案(征求意见稿)》的反馈意见",
            f"{place}{d.pick(AGENCIES)}:",
            "经认真研究,我局提出以下修改意见:",
            body,
            agency,
            d.date(),
        )
    # A report to a superior is 不予公开 in the local attribute rules (domain.md §2.2; 第十六条第二款
    # 请示报告) whether or not its matter is still pending (JD049, medium; JD001 when it waits).
    return "report-to-superior", _doc(
        f"关于{topic}工作进展情况的报告", f"{place}人民政府:", body, "特此报告。", agency, d.date()
    )


def _enforcement_file(d: _Draw) -> tuple[str, str]:
    agency = d.agency()
    person = d.person()
    form = d.form(5)
    if form == 1:
        kind = d.pick(("询问笔录", "调查笔录"))
        return "transcript", _doc(
            kind,
            f"时间:{d.date()}9时10分至10时05分",
            f"地点:{agency}三楼询问室",
            "询问人:执法人员甲、执法人员乙  记录人:执法人员乙",
            f"被{'询问' if kind == '询问笔录' else '调查'}人:{person}  性别:男",
            "问:我们是执法人员,现依法向你了解有关情况,你是否听清楚?",
            "答:听清楚了。",
            "以上笔录我已看过,与我说的相符。",
        )
    if form == 2:
        return "inspection-record", _doc(
            f"{agency}现场检查(勘察)笔录",
            f"检查时间:{d.date()}",
            f"被检查单位:{d.pick(COMPANIES)}",
            "现场情况:车间内两台设备正在运行,未见污染防治设施。",
        )
    if form == 3:
        return "case-discussion", _doc(
            "重大案件集体讨论记录",
            f"案由:{d.pick(COMPANIES)}涉嫌未批先建案",
            "讨论意见:参会人员一致认为事实清楚,但对处罚幅度存在不同意见。",
            d.body(2, 1),
        )
    if form == 4:
        return "evidence-list", _doc(
            "证据材料清单",
            f"案件名称:{d.pick(COMPANIES)}涉嫌违法生产案",
            "1.营业执照复印件一份;2.现场照片六张;3.询问笔录两份。",
        )
    return "investigation-report", _doc(
        "调查终结报告", f"当事人:{d.pick(COMPANIES)}", d.body(2, 1), "建议给予警告并处罚款。", agency
    )


def _internal_affairs(d: _Draw) -> tuple[str, str]:
    agency = d.agency()
    year = d.number(2018, 2024)
    form = d.form(6)
    if form == 1:
        return "appraisal-grades", _doc(
            f"关于局机关{year}年度考核等次的通知",
            "局机关各科室、局属各单位:",
            f"经考核委员会研究,{d.person()}等12名同志确定为优秀等次。",
            d.body(1, 1),
            agency,
        )
    if form == 2:
        return "cadre-inspection", _doc(
            f"{d.person()}同志干部考察材料",
            "一、德的方面:政治立场坚定。",
            "二、主要缺点和不足:工作方法有时较为简单。",
            f"考核等次:{d.pick(('称职', '基本称职', '优秀'))}",
        )
    if form == 3:
        return "officer-list", _doc(
            f"{agency}执法人员名单", "姓名 执法证号 所在科室", f"{d.person()} 43000012345 执法大队"
        )
    if form == 4:
        subject = d.pick(
            ("公务用车管理规定", "食堂管理办法", "考勤管理制度", "办公用房管理规定", "财务报销管理办法")
        )
        return "logistics-rule", _doc(
            f"{agency}局机关{subject}", "第一条 为加强机关内部管理,制定本规定。", d.body(2, 1)
        )
    if form == 5:
        return "duty-roster", _doc(
            f"关于本单位{year}年春节值班安排的通知",
            "各科室:",
            "值班人员要坚守岗位,保持通讯畅通。",
            d.body(1, 1),
        )
    return "appraisal-result-report", _doc(
        f"关于报送{year}年度考核结果的通知",
        "局属各单位:",
        "请于1月20日前报送本单位工作人员年度考核结果。",
        d.body(1, 1),
        agency,
    )


def _security_risk(d: _Draw) -> tuple[str, str]:
    place = d.place()
    form = d.form(6)
    if form == 1:
        return "stability-assessment", _doc(
            f"{place}{d.pick(PROJECTS)}项目社会稳定风险评估报告",
            "一、项目概况",
            d.body(2, 1),
            "三、风险等级:中风险",
        )
    if form == 2:
        return "security-plan", _doc(
            f"{d.number(2019, 2025)}年{d.pick(('国庆', '春节', '中秋'))}期间安保工作方案",
            "一、指挥体系",
            "特警二十名预置于广场东侧地下车库,便衣警察6人布控在车站出口两侧。",
            d.body(1, 1),
        )
    if form == 3:
        return "mass-incident-plan", _doc(
            f"{place}{d.pick(('群体性事件处置工作预案', '维稳工作方案', '重点人员稳控工作方案'))}",
            "一、总则",
            d.body(2, 1),
        )
    if form == 4:
        return "need-to-know", _doc(
            f"{place}{d.pick(TOPICS)}工作推进情况", d.body(3, 1), d.date(), "(严格控制知情范围)"
        )
    if form == 5:
        return "target-location", _doc(
            f"{place}重要会议服务保障工作安排",
            d.body(2, 1),
            f"本次警卫目标位于{place}会展中心二层贵宾室,核心要害部位设在会展中心北侧地下一层。",
        )
    return "need-to-know-statement", _doc(
        f"{place}有关情况的通报", d.body(2, 1), "此件请严格控制知情范围,不得复制转发。", d.date()
    )


def _trade_secret(d: _Draw) -> tuple[str, str]:
    project, company = d.pick(PROJECTS), d.pick(COMPANIES)
    form = d.form(4)
    if form == 1:
        return "reserve-price", _doc(
            f"关于{project}项目招标有关事项的说明",
            d.body(2, 1),
            f"经造价咨询机构测算,本项目标底为人民币{d.amount()}。",
        )
    if form == 2:
        return "unopened-bids", _doc(
            f"{project}项目投标情况汇总",
            "截至目前该项目尚未开标。",
            f"已递交的投标文件中,{company}投标报价为{d.amount()}。",
            d.body(1, 1),
        )
    if form == 3:
        return "enterprise-cost", _doc(
            f"关于{company}申请技术改造补助的审核意见",
            f"{company}甲产品单位成本为{d.number(800, 5000)}元/吨,毛利率为{d.number(5, 40)}%。",
            d.body(2, 1),
        )
    return "trade-secret-declaration", _doc(
        f"{d.place()}重点企业经营情况分析",
        d.body(2, 1),
        f"附件{d.number(1, 3)}所列数据系{company}商业秘密,请勿对外提供。",
    )


def _specific_recipient(d: _Draw) -> tuple[str, str]:
    place = d.place()
    form = d.form(4)
    if form == 1:
        return "approval-reply", _doc(
            f"{place}人民政府关于同意{d.pick(TOWNS)}调整\n社区居委会办公地点的批复",
            f"{place}{d.pick(TOWNS)}:",
            "你镇《关于调整社区居委会办公地点的请示》收悉。经研究,批复如下:",
            d.body(2, 1),
            f"{place}人民政府",
            d.date(),
        )
    if form == 2:
        return "reply-letter", _doc(
            f"{place}人民政府办公室关于{d.pick(TOWNS)}申请设立便民服务点的复函",
            f"{place}{d.pick(AGENCIES)}:",
            d.body(2, 1),
            d.date(),
        )
    if form == 3:
        return "reply-to-person", _doc(
            f"关于{d.person()}同志来信反映问题的答复",
            f"{d.person()}:",
            "您的来信收悉。现答复如下:",
            d.body(2, 1),
        )
    return "acknowledging-request", _doc(
        f"{place}财政局",
        f"{place}{d.pick(AGENCIES)}:",
        f"你局《关于调整{d.pick(TOPICS)}经费标准的请示》收悉。经研究,同意按程序调整。",
        d.body(2, 1),
    )


# ---- public documents full of secrecy vocabulary ----


def _public(d: _Draw) -> tuple[str, str]:
    place, topic, agency = d.place(), d.pick(TOPICS), d.agency()
    company, project = d.pick(COMPANIES), d.pick(PROJECTS)
    form = d.form(21)
    if form > 16:
        return _hard_public(d, form - 16)
    if form == 1:
        return "openness-work-points", _doc(
            f"{agency}{d.number(2018, 2025)}年政务公开工作要点",
            "局机关各科室、局属各单位:",
            d.body(3, 4),
            agency,
            d.date(),
            "(此件公开发布)",
        )
    if form == 2:
        return "secrecy-opinion", _doc(
            f"{place}人民政府关于加强机关保密工作的实施意见",
            "各乡镇人民政府,县政府各部门:",
            d.body(2, 5),
            f"{place}人民政府",
            d.date(),
        )
    if form == 3:
        return "public-comment-draft", _doc(
            f"{place}{topic}管理办法(征求意见稿)",
            "第一条 为规范相关工作,制定本办法。",
            d.body(3, 2),
            f"为广泛听取意见,现向社会公开征求意见,反馈截止日期为{d.date()}。",
        )
    if form == 4:
        return "public-comment-notice", _doc(
            f"关于公开征求《{place}{topic}实施方案(征求意见稿)》意见的公告",
            "现将征求意见稿全文公布,欢迎社会各界提出意见建议。",
            d.body(2, 2),
        )
    if form == 5:
        return "appointment-notice", _doc(
            f"{place}人民政府关于{d.person()}等同志任免职务的通知",
            "各乡镇人民政府,县政府各部门:",
            f"经县人民政府研究决定:任命{d.person()}为{place}{d.pick(AGENCIES)}副局长(试用期一年)。",
            "上述同志经组织考察,考察结果已按规定公示。",
            f"{place}人民政府",
            d.date(),
        )
    if form == 6:
        return "penalty-decision", _doc(
            "行政处罚决定书",
            f"当事人:{company}",
            "以上事实,有现场检查(勘察)笔录、询问笔录、现场照片等证据为证。",
            "我局执法人员现场检查并制作现场检查笔录一份,证明上述违法事实。",
            d.body(1, 2),
            agency,
        )
    if form == 7:
        return "project-approval", _doc(
            f"关于{place}{project}工程可行性研究报告的批复",
            f"{place}{d.pick(AGENCIES)}:",
            f"你局《关于{project}工程可行性研究报告的请示》收悉。经研究,批复如下:",
            f"一、同意该项目建设,总投资{d.amount()}。",
            d.body(1, 1),
        )
    if form == 8:
        return "suggestion-reply", _doc(
            f"关于{place}人大代表第{d.number(1, 200)}号建议的答复",
            f"{d.person()}代表:",
            "您提出的建议收悉,现答复如下:",
            d.body(2, 2),
        )
    if form == 9:
        return "permit-approval", _doc(
            f"关于{company}申请危险化学品经营许可的批复",
            f"{company}:",
            "经审查,你单位申请符合法定条件,决定准予行政许可。",
            d.body(1, 1),
        )
    if form == 10:
        return "tender-notice", _doc(
            f"{project}项目招标公告",
            f"本项目最高投标限价为{d.amount()},不设标底。",
            "投标人应在开标前提交投标保证金。",
            "招标人设有标底的,标底必须保密。",
            d.body(1, 1),
        )
    if form == 11:
        return "winning-bid-publicity", _doc(
            f"{project}项目中标候选人公示",
            f"第一中标候选人:{company},投标报价:{d.amount()}。",
            "公示期为3日,对公示结果有异议的,可在公示期内提出。",
        )
    if form == 12:
        return "emergency-plan", _doc(
            f"{place}突发公共事件总体应急预案",
            "一、总则",
            d.body(2, 2),
            "加强重点目标的安全防范,落实安保责任。",
        )
    if form == 13:
        return "stability-assessment-rules", _doc(
            f"{place}重大决策社会稳定风险评估办法",
            "第一条 为规范重大决策社会稳定风险评估工作,制定本办法。",
            d.body(2, 2),
        )
    if form == 14:
        return "annual-report", _doc(
            f"{agency}{d.number(2018, 2024)}年政府信息公开工作年度报告",
            "一、总体情况",
            d.body(2, 3),
            f"全年共收到政府信息公开申请{d.number(3, 90)}件,均已按期答复。",
        )
    if form == 15:
        return "meeting-minutes", _doc(
            f"{place}人民政府第{d.number(10, 99)}次常务会议纪要",
            f"一、审议《{place}{topic}工作责任清单(送审稿)》",
            "会议原则同意该清单,按会议精神修改完善后印发。",
            d.body(1, 2),
        )
    return "attribute-rules", _doc(
        f"{place}公文公开属性源头认定工作规则",
        "一、涉及国家秘密、工作秘密的公文,应确定为不予公开。",
        "二、报上级机关的请示和报告,向有关部门征求意见的公文,应确定为不予公开。",
        "三、属机关内部管理事务的公文、内部资料,可确定为依申请公开。",
        d.body(1, 3),
    )


def _hard_public(d: _Draw, form: int) -> tuple[str, str]:
    """Public documents whose wording comes closest to markings: reports to the 人大, guides, publicity."""
    place, agency = d.place(), d.agency()
    if form == 1:
        return "report-to-congress", _doc(
            f"关于{place}{d.number(2019, 2024)}年度国有资产管理情况的报告",
            f"{place}人民代表大会常务委员会:",
            d.body(3, 2),
            "以上报告,请审议。",
        )
    if form == 2:
        return "format-guide", _doc(
            f"{place}党政机关公文格式实施细则",
            "第五条 涉密公文应当标注份号,密级和保密期限顶格编排在版心左上角第二行,如“机密★1年”。",
            "第六条 附注居左空二字加圆括号编排,如“(此件发至县团级)”“(此件不得翻印)”。",
            d.body(1, 2),
        )
    if form == 3:
        return "appraisal-publicity", _doc(
            f"关于{agency}{d.number(2019, 2024)}年度考核优秀等次人员的公示",
            f"经个人总结、民主测评和考核委员会审核,拟确定{d.person()}等5名同志为优秀等次。",
            "公示期间,如有异议,可向局人事科反映。",
        )
    if form == 4:
        return "secrecy-training-news", _doc(
            f"{agency}举办保密知识专题培训",
            "培训讲解了“绝密★”“机密★”“秘密★”标志的使用,以及内部资料、工作秘密的管理要求。",
            d.body(2, 3),
        )
    return "foi-guide", _doc(
        f"{agency}政府信息公开指南",
        "一、主动公开的内容:机构职能、规范性文件、行政许可办理结果、行政处罚决定等。",
        "二、不予公开的内容:国家秘密,工作秘密,请示、报告、征求意见稿等过程性信息,询问笔录、证据材料等执法案卷信息。",
        d.body(1, 3),
    )


MAKERS: dict[str, Callable[[_Draw], tuple[str, str]]] = {
    "state_secret": _state_secret,
    "work_secret": _work_secret,
    "process_info": _process_info,
    "enforcement_file": _enforcement_file,
    "internal_affairs": _internal_affairs,
    "security_risk": _security_risk,
    "trade_secret": _trade_secret,
    "specific_recipient": _specific_recipient,
}
CATEGORIES = tuple(MAKERS)


def labelled_documents(
    per_category: int = 25, public: int | None = None, seed: int = 5
) -> list[LabelledDocument]:
    """``per_category`` documents of each category, then as many public ones (or ``public``), reproducibly."""
    draw = _Draw(random.Random(seed))
    documents: list[LabelledDocument] = []
    for category, make in MAKERS.items():
        for index in range(per_category):
            draw.turn = index
            kind, text = make(draw)
            documents.append(LabelledDocument(f"{category}-{index:03d}", text, category, kind))
    for index in range(public if public is not None else per_category * len(MAKERS)):
        draw.turn = index
        kind, text = _public(draw)
        documents.append(LabelledDocument(f"public-{index:03d}", text, None, kind))
    return documents


# Hand-written cases in the style of real 公文 (written for this project), kept apart from the templates
# above: the first time each batch was run, 81 of 90 were judged right; the rules were then corrected (one
# case, a 批复 approving a development zone, was left out: whether it is 依申请公开 is disputable).
HAND_WRITTEN: tuple[tuple[str | None, str], ...] = (
    (
        "state_secret",
        "000035\n秘密★6个月\n特急\n某市人民政府办公室\n关于做好重要会议期间有关工作的通知\n各区人民政府:\n现将有关事项通知如下。",
    ),
    (
        "state_secret",
        "某县人民武装部关于民兵整组情况的报告\n县委:\n本报告涉及民兵编组数据,属机密级。\n一、整组基本情况",
    ),
    ("state_secret", "                                        机密★10年\n关于某专项工作的实施方案"),
    ("work_secret", "某市应急管理局\n安全生产工作动态\n(内部资料,注意保存)\n第12期\n一、近期事故情况"),
    (
        "work_secret",
        "关于近期舆情情况的通报\n各单位:\n近期网上出现涉及我市的负面舆情。\n某市委宣传部\n2024年6月1日\n(此件属工作秘密,不得在互联网传播)",
    ),
    ("work_secret", "关于调整部分工作安排的通知\n正文。\n某局办公室\n2023年9月8日\n(此件发至各乡镇、各部门)"),
    (
        "process_info",
        "某县人民政府办公室\n关于某某工业园区扩区的请示\n市人民政府:\n为加快发展……\n当否,请批示。\n某县人民政府\n2024年3月1日",
    ),
    (
        "process_info",
        "某市文化旅游发展规划(2024—2030年)\n(征求意见稿)\n第一章 总则\n"
        "请各区于3月20日前将书面意见反馈市文旅局。",
    ),
    (
        "process_info",
        "关于《某市生活垃圾分类管理条例(草案)》修改意见的复函\n市司法局:\n你局《关于征求〈某市生活垃圾分类管理条例(草案)〉意见的函》收悉。经研究,提出以下意见:",
    ),
    (
        "enforcement_file",
        "某区城市管理综合执法局\n调查询问笔录\n询问时间:2024年5月8日\n被询问人:某某\n问:你是否清楚……",
    ),
    (
        "enforcement_file",
        "案件集体讨论记录\n案件名称:某公司未按规定设置油烟净化设施案\n讨论时间:2024年3月3日\n参加人员:……",
    ),
    ("internal_affairs", "关于2024年度局机关工作人员考核等次确定情况的报告\n局党组:\n根据考核办法……"),
    ("internal_affairs", "某县司法局执法人员名单\n序号 姓名 执法证号"),
    ("security_risk", "某区2024年春节期间维稳工作方案\n一、工作目标\n确保辖区不发生重大群体性事件。"),
    ("security_risk", "某项目征地拆迁社会稳定风险评估报告\n一、评估依据\n二、风险识别"),
    (
        "trade_secret",
        "关于某学校教学楼建设工程招标有关情况的说明\n该工程标底价为人民币1268.35万元,由某造价咨询公司编制。",
    ),
    (
        "specific_recipient",
        "某县人民政府\n关于同意某乡撤乡设镇的批复\n某乡人民政府:\n你乡《关于撤乡设镇的请示》收悉。经研究,同意……",
    ),
    (
        "specific_recipient",
        "政府信息公开申请答复书\n某某:\n你于2024年4月1日提交的政府信息公开申请收悉。现答复如下:",
    ),
    (
        None,
        "某市人民政府办公室关于进一步做好政府信息公开保密审查工作的通知\n各区人民政府,市政府各部门:\n一、严格落实保密审查制度。涉及国家秘密、工作秘密的信息一律不得公开。\n二、对标注“内部资料”“工作秘密”的文件,不得在网站发布。\n三、各单位报送的请示、报告等过程性信息原则上不公开。\n某市人民政府办公室\n2024年1月5日\n(此件公开发布)",
    ),
    (
        None,
        "关于公开征求《某市养犬管理规定(草案征求意见稿)》意见的通知\n为提高立法质量,现将草案全文公布,征求社会各界意见。\n意见反馈截止时间:2024年7月1日。",
    ),
    (
        None,
        "某县人民政府关于某某等同志职务任免的通知\n各乡镇人民政府,县政府各部门:\n经县政府研究决定:\n任命某某为某县财政局副局长;\n免去某某的某县财政局副局长职务。\n某县人民政府\n2024年2月1日",
    ),
    (
        None,
        "某市市场监督管理局行政处罚决定书\n某市监处罚〔2024〕12号\n当事人:某某商贸有限公司\n经查,……以上事实有现场笔录、询问笔录、证据材料等证据证实。",
    ),
    (
        None,
        "某市发展和改革委员会关于某市轨道交通3号线工程初步设计的批复\n某市轨道交通集团有限公司:\n你公司《关于报批轨道交通3号线工程初步设计的请示》收悉。",
    ),
    (
        None,
        "某县2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我县严格落实保密审查机制,未发生泄密事件。共办理依申请公开112件,答复率100%。",
    ),
    (
        None,
        "某市国家安全教育日宣传活动方案\n一、活动主题\n保守国家秘密,维护国家安全。\n二、活动内容\n开展保密知识进机关活动,讲解“秘密★”“机密★”“绝密★”标志。",
    ),
    (
        None,
        "某市人大常委会关于某代表建议办理情况的答复\n某某代表:\n您提出的关于加强老旧小区改造的建议收悉,现答复如下:",
    ),
    (
        None,
        "中标结果公告\n项目名称:某学校教学楼建设工程\n中标人:某建设有限公司\n中标价:1268.35万元\n招标控制价:1300万元",
    ),
    ("state_secret", "绝密★启用前\n某省2025年普通高等学校招生全国统一考试\n数学试题"),
    ("state_secret", "000008\n机密★5年\n某市公安局关于某专项行动的实施方案"),
    ("state_secret", "某专项工作情况汇报\n领导:\n附件1(涉密统计表)定为秘密级,按涉密载体管理。"),
    ("work_secret", "内部参考\n某市经济运行分析\n2024年第二季度"),
    ("work_secret", "某局党组会议学习材料\n注意保管\n一、学习内容"),
    ("work_secret", "关于某事项的通知\n……\n(此件不得翻印,阅后收回)"),
    ("process_info", "关于某县撤县设区有关事项的请示\n市人民政府:\n……\n以上请示当否,请批示。"),
    ("process_info", "某区国土空间总体规划(2021—2035年)\n送审稿\n目录"),
    (
        "process_info",
        "关于征求《某区老旧小区改造三年行动计划》修改意见的通知\n区直各有关单位:\n请于5日内反馈。",
    ),
    ("enforcement_file", "某县卫生健康局\n现场笔录\n检查地点:某诊所\n当事人:某某"),
    ("enforcement_file", "询问笔录(第1页 共3页)\n询问时间:2024年1月5日\n被询问人:某某"),
    ("internal_affairs", "某镇2023年度机关干部考核等次汇总表\n姓名 职务 等次"),
    ("internal_affairs", "关于某某同志的考察材料\n某某,男,汉族……"),
    ("security_risk", "关于做好某某会议期间安全保卫工作的方案\n一、组织领导"),
    ("trade_secret", "某某公司投标文件技术部分(开标前)\n投标总价:325.6万元\n尚未开标,请注意保密。"),
    ("specific_recipient", "关于某某村申请村庄规划调整的复函\n某镇人民政府:\n你镇来函收悉。"),
    (
        None,
        "关于开展2024年保密宣传月活动的通知\n各乡镇、各部门:\n活动期间,各单位要组织学习《保守国家秘密法》,增强保守国家秘密和工作秘密的意识。\n(此件主动公开)",
    ),
    (None, "某市2023年度法治政府建设情况报告\n根据……现将有关情况报告如下:\n一、主要举措\n……\n特此公告。"),
    (
        None,
        "某县人民政府关于印发某县政务公开工作考核办法的通知\n各乡镇人民政府:\n现将《某县政务公开工作考核办法》印发给你们,请认真贯彻执行。\n考核等次分为优秀、良好、合格和不合格。",
    ),
    (
        None,
        "某区人民政府关于2024年区级重点建设项目计划的批复\n区发展改革局:\n你局《关于2024年区级重点建设项目计划的请示》收悉。",
    ),
    (None, "某市公安局关于春节期间烟花爆竹燃放管理的通告\n为维护公共安全……全市将增派警力加强巡逻管控。"),
    (None, "某县政府采购中心关于某项目的开标记录\n投标人:某公司 投标报价:128万元\n开标时间:2024年3月1日9:00"),
    ("state_secret", "秘密★1年\n某县财政局关于下达2024年某专项资金的通知"),
    ("state_secret", "某市人民政府\n密级:秘密  保密期限:1年\n关于某某事项的会议纪要"),
    ("state_secret", "关于某某工程建设有关情况的通报\n……\n注:本通报附件属秘密级,另行发送。"),
    ("work_secret", "某县纪委监委工作简报\n第15期\n内部资料 注意保管\n一、工作动态"),
    ("work_secret", "某区信访局\n(内部使用 不得外传)\n关于近期信访形势的分析"),
    (
        "process_info",
        "某县人民政府关于某某工作情况的报告\n市人民政府:\n……\n专此报告。\n某县人民政府\n2024年5月1日",
    ),
    ("process_info", "某镇人民政府关于某村集体经济项目的请示\n县人民政府:\n……\n妥否,请批复。"),
    ("process_info", "某市物业管理条例(修订草案)\n(讨论稿)\n第一章 总则"),
    ("enforcement_file", "听证笔录\n案由:某某违法建设案\n听证时间:2024年3月8日"),
    (
        "internal_affairs",
        "某局机关车辆使用管理规定\n第一条 为加强局机关车辆管理……\n第九条 本规定在局机关内部执行。",
    ),
    # A rule of the agency's own that neither goes to its own sections only nor says it applies inside is the
    # agency's published rule (JD037); its title is a hint (IA004, low).
    (None, "某局机关车辆使用管理规定\n第一条 为规范局机关车辆管理,降低行政成本,制定本规定。"),
    ("internal_affairs", "关于2024年度局机关干部职工年度考核结果的通知\n各科室:\n经局考核委员会审定……"),
    ("security_risk", "某某广场周边区域警力部署方案\n一、警力配置"),
    ("trade_secret", "关于某某项目招标控制价及标底的说明\n经审核,本项目标底金额为572.8万元。"),
    (
        "specific_recipient",
        "某市住房和城乡建设局关于某某物业公司资质问题的复函\n某某物业服务有限公司:\n你公司来函收悉。",
    ),
    (
        None,
        "某县2024年第一季度政务公开工作情况通报\n各乡镇、各部门:\n一季度,各单位认真落实保密审查制度,未发现涉密信息上网。\n某县政务公开办公室\n2024年4月10日",
    ),
    (None, "关于印发《某市机关事务管理局内部控制基本制度》的通知\n各处室:\n现将制度印发给你们。"),
    (None, "某市人民政府办公室关于印发某市公务用车管理办法的通知\n各区人民政府,市政府各部门:"),
    (None, "某县人民政府关于某某事项的公告\n……\n特此公告。"),
    (
        None,
        "某区2024年重大行政决策事项目录\n一、某区国土空间分区规划(需开展社会稳定风险评估)\n二、某区养老服务设施布局规划",
    ),
    (
        None,
        "某市安全生产委员会办公室关于某起事故调查处理情况的通报\n……事故调查组调取了询问笔录、监控录像等证据材料。",
    ),
    (None, "关于某某路段交通管制的通告\n为保障某活动顺利举行,届时将在某广场周边部署警力,实施交通管制。"),
    (None, "某县审计局2023年度部门决算\n一、部门基本情况\n……\n内部审计工作有序开展。"),
    (None, "关于某某同志试用期满考核合格正式任职的通知\n各科室:\n经试用期考核,某某同志考核合格,正式任职。"),
    (None, "保密工作简报\n第3期\n某县保密委员会办公室编\n全县开展保密自查自评工作,检查涉密计算机120台。"),
    (None, "某市人民政府办公室关于印发某市突发事件应急预案管理办法的通知\n各区人民政府:"),
    (
        None,
        "某县关于进一步加强政务公开保密审查的实施办法\n第一条 为了……\n"
        "第五条 拟公开的信息涉及国家秘密、工作秘密,或者标注“内部资料”“不得翻印”的,不得公开。",
    ),
    (
        None,
        "某区2023年法治政府建设年度报告\n……\n二、加强行政执法监督。全年评查执法案卷120卷,调取询问笔录、证据材料逐卷审核。",
    ),
    (
        None,
        "关于某项目环境影响评价文件受理情况的公示\n建设单位:某某化工有限公司\n……公众可通过电话、信函等方式提出意见。",
    ),
    (None, "某市人民政府关于公布2024年市级行政许可事项清单的通知\n各区人民政府,市政府各部门:"),
    (
        None,
        "某县应急管理局关于某企业安全生产标准化达标的公告\n经评审,某某化工有限公司达到安全生产标准化三级。",
    ),
    (None, "某镇2024年度机关食堂食材采购项目成交公告\n成交供应商:某某农产品有限公司\n成交金额:36.5万元"),
    (None, "某市商务局关于某某商贸有限公司单用途预付卡备案的公示\n该公司注册资本为500万元。"),
    ("process_info", "讨论稿\n某区2025年民生实事项目安排方案\n一、教育类"),
    ("work_secret", "某市政府研究室\n调研参考\n内部资料 注意保密\n2024年第8期"),
    (
        "internal_affairs",
        "某县财政局局机关公务用车使用登记制度\n局机关各股室:\n"
        "第一条 局机关公务用车由办公室统一调度,派车单经分管领导签批。",
    ),
    ("enforcement_file", "调查笔录\n调查时间:2024年6月1日\n调查地点:某某公司\n被调查人:某某"),
    ("specific_recipient", "关于对某某反映问题的答复\n某某同志:\n你反映的问题收悉,经调查核实,现答复如下:"),
    ("security_risk", "某县涉稳重点人员稳控工作方案\n一、稳控对象"),
    (
        "trade_secret",
        "关于某企业申报高新技术企业有关情况的报告\n某某科技有限公司核心产品毛利率达到42%,研发投入占比……",
    ),
    ("state_secret", "机密★长期\n某某工作会议纪要\n时间:2024年1月8日"),
)
