"""Labelled 公文 for the privacy rules: names, home addresses and sensitive details of private persons.

Every document is assembled from templates written for this project (no published text is copied), with
names, places and numbers drawn from a seeded ``random.Random``. Each document carries its gold spans: what
must be reported (``person_name``, ``address``, ``sensitive_personal``), names that a rule makes public
(表彰, 录用, 低保 and 补贴 公示, legal representatives of enterprises) and may be reported as ``low`` at most,
and officials' names that must never be reported. Public documents
(policy notices, appointment notices, minutes) are full of the same vocabulary in sentences about nobody.
"""

from __future__ import annotations

import json
import pkgutil
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

PERSON_NAME = "person_name"
ADDRESS = "address"
SENSITIVE = "sensitive_personal"
PUBLISHED = "published"  # a name published by law: low at most
OFFICIAL = "official"  # an official in office: never a finding

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万覃武戴孔汤康易乔"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏飞宇浩婷雪梅琳晨鑫斌波宁峰亮林俊"
    "志海春燕丹颖凯龙彬晓云琴欣佳怡涵睿轩思雨嘉博翠凤莲德福荣贵生发"
)
PLACES = ("青川县", "临溪市", "东岭区", "云湖县", "北塘县", "南屏市", "西岗区", "柳河县", "安平市", "白沙县")
TOWNS = ("石门镇", "云台乡", "河口街道", "桃源镇", "新田乡", "长岗镇", "李庄镇", "张家湾镇")
VILLAGES = ("和平村", "红星村", "向阳村", "石桥村", "柳树村", "新河村", "大湾村", "青龙村")
ROADS = ("人民路", "解放路", "建设路", "中山路", "新华路", "五一大道", "滨江路", "朝阳路")
ESTATES = ("阳光小区", "幸福家园", "金色花园", "滨江公寓", "翠湖苑", "锦绣新村")
AGENCIES = ("民政局", "人力资源和社会保障局", "市场监督管理局", "生态环境局", "住房和城乡建设局", "教育局")
COMPANIES = (
    "恒远建设工程有限公司",
    "青禾化工有限公司",
    "明达食品厂",
    "瑞丰农业科技有限公司",
    "华通建材有限公司",
)
DISEASES = ("尿毒症", "白血病", "肺癌", "脑瘫", "精神分裂症", "肝硬化", "乳腺癌")
HARDSHIP_CAUSES = ("因病", "因残", "因学", "缺劳力", "因灾")
DISABILITIES = ("肢体残疾二级", "视力残疾一级", "智力残疾三级", "听力残疾四级", "精神残疾二级")
TITLES = ("局长", "副局长", "主任", "副主任", "科长")


@cache
def _simplified_to_traditional() -> dict[int, str]:
    """Character-for-character conversion (offsets stay put), from zhconv's table."""
    raw = pkgutil.get_data("zhconv", "zhcdict.json")
    assert raw is not None
    pairs: dict[str, str] = json.loads(raw)["zh2Hant"]
    return {ord(simp): trad for simp, trad in pairs.items() if len(simp) == 1 and len(trad) == 1}


@dataclass
class LabelledDocument:
    kind: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def gold(self, category: str) -> list[tuple[int, int]]:
        return [(start, end) for start, end, label in self.spans if label == category]


class _Builder:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []

    def add(self, text: str, label: str | None = None) -> _Builder:
        if label is not None:
            self.spans.append((self.length, self.length + len(text), label))
        self.parts.append(text)
        self.length += len(text)
        return self

    def build(self, traditional: bool) -> LabelledDocument:
        text = "".join(self.parts)
        if traditional:
            text = text.translate(_simplified_to_traditional())
        return LabelledDocument(self.kind, text, self.spans)


class _Draw:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def name(self) -> str:
        while True:
            surname = (
                self.rng.choice(COMPOUND_SURNAMES) if self.rng.random() < 0.05 else self.rng.choice(SURNAMES)
            )
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2))))
            if surname + given not in self.used:
                self.used.add(surname + given)
                return surname + given

    def masked(self) -> str:
        surname = self.rng.choice(SURNAMES)
        return self.rng.choice(
            (f"{surname}某", f"{surname}某某", f"{surname}*", f"{surname}*{self.rng.choice(GIVEN)}")
        )

    def id_number(self) -> str:
        first17 = f"{self.rng.choice(('430102', '110105', '510902', '320106'))}{self.rng.randint(1950, 2005)}"
        first17 += f"{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}{self.rng.randint(0, 999):03d}"
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        total = sum(int(digit) * weight for digit, weight in zip(first17, weights, strict=True))
        return first17 + "10X98765432"[total % 11]

    def urban_address(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return (
                f"{rng.choice(PLACES)}{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.choice(ESTATES)}"
                f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}室"
            )
        return f"{rng.choice(PLACES)}{rng.choice(TOWNS)}{rng.choice(ROADS)}{rng.randint(1, 300)}号"

    def village_address(self) -> str:
        rng = self.rng
        return f"{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 80)}号"

    def date(self) -> str:
        return f"{self.rng.randint(2019, 2025)}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def office_phone(self) -> str:
        return f"0731-8{self.rng.randint(1000000, 9999999)}"


def _relief_list(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place, town = rng.choice(PLACES), rng.choice(TOWNS)
    b.add(f"{place}{town}{rng.choice(('2024年', '2025年'))}第{rng.randint(1, 4)}季度城乡低保对象公示\n")
    b.add("根据《社会救助暂行办法》,经入户调查、民主评议和审核,现将拟纳入低保的对象名单公示如下:\n")
    sep = rng.choice(("\t", "  ", " ", "\n"))  # "\n": a .docx table, one cell per line
    masked = rng.random() < 0.25
    with_cause = rng.random() < 0.6
    with_address = rng.random() < 0.6
    headings = ["序号", "户主姓名", "家庭人口", "保障类别"]
    headings += ["致困原因"] if with_cause else []
    headings += ["家庭住址"] if with_address else []
    headings += ["月保障金额(元)"]
    b.add(sep.join(headings) + "\n")
    for index in range(1, rng.randint(3, 9)):
        b.add(f"{index}{sep}")
        if masked:
            b.add(draw.masked())
        else:  # a 低保公示 publishes the names by rule (PN003, low)
            b.add(draw.name(), PUBLISHED)
        b.add(f"{sep}{rng.randint(1, 6)}{sep}{rng.choice(('A类', 'B类', 'C类'))}")
        if with_cause:
            b.add(sep).add(rng.choice(HARDSHIP_CAUSES), None if masked else SENSITIVE)
        if with_address:
            b.add(sep)
            if masked:
                b.add(rng.choice(VILLAGES))
            else:
                b.add(draw.village_address(), ADDRESS)
        b.add(f"{sep}{rng.randint(300, 900)}\n")
    b.add(f"\n公示期为7天。如有异议,请向{town}人民政府反映,监督电话:{draw.office_phone()}。\n")
    b.add(f"{town}人民政府\n{draw.date()}\n")


def _penalty_individual(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
    name = draw.name()
    b.add(
        f"{place}{agency}\n行政处罚决定书\n"
        f"{place[:2]}罚字〔{rng.randint(2020, 2025)}〕{rng.randint(1, 300)}号\n"
    )
    # The punished party is published by name (the lead's session-20 decision: PN009, low); the decision
    # hides the party's identifiers and address, and publishes nothing by name where it tells a drug use.
    first = len(b.spans)
    b.add("当事人:").add(name, PUBLISHED).add(f",性别:{rng.choice(('男', '女'))}\n")
    b.add(f"身份证号码:{draw.id_number()}\n")
    b.add(rng.choice(("住址:", "家庭住址:", "现住"))).add(draw.urban_address(), ADDRESS).add("\n")
    b.add(f"{draw.date()},本机关执法人员在检查中发现,当事人")
    b.add(name, PUBLISHED).add("未经许可擅自从事经营活动。\n")
    if rng.random() < 0.5:
        b.add("经查,当事人").add(name, PUBLISHED).add("曾因")
        record = rng.choice(("盗窃被判处有期徒刑一年", "吸毒被行政拘留十日"))
        b.add(record, SENSITIVE).add("。\n")
        if "吸毒" in record:
            spans = b.spans[first:]
            b.spans[first:] = [(s, e, PERSON_NAME if tag == PUBLISHED else tag) for s, e, tag in spans]
    b.add(
        "以上事实有现场检查笔录、询问笔录等证据为证。依据《中华人民共和国行政处罚法》有关规定,决定给予警告并处罚款"
    )
    b.add(f"{rng.randint(1, 50)}000元。\n如不服本决定,可在收到本决定书之日起六十日内申请行政复议。\n")
    b.add(f"{place}{agency}\n{draw.date()}\n")


def _penalty_company(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place, agency, company = rng.choice(PLACES), rng.choice(AGENCIES), rng.choice(COMPANIES)
    b.add(
        f"{place}{agency}\n行政处罚决定书\n"
        f"{place[:2]}环罚〔{rng.randint(2020, 2025)}〕{rng.randint(1, 300)}号\n"
    )
    b.add(f"当事人:{place}{company}\n统一社会信用代码:91430102MA4L123X5K\n")
    b.add("法定代表人:").add(draw.name(), PUBLISHED).add("\n")  # enterprise registration data (PN005)
    b.add(f"住所:{place}{rng.choice(ROADS)}{rng.randint(1, 300)}号\n")
    b.add(f"{draw.date()},我局执法人员对你单位进行现场检查,发现你单位未按规定落实污染防治措施。\n")
    b.add(f"总经理{draw.masked()}接受了调查询问。依据有关规定,决定罚款{rng.randint(2, 30)}万元。\n")
    b.add(f"{place}{agency}\n{draw.date()}\n")


def _petition_reply(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place = rng.choice(PLACES)
    name = draw.name()
    b.add(f"{place}信访事项处理意见书\n")
    b.add(name, PERSON_NAME).add(":\n")
    b.add(f"    你于{draw.date()}反映的家庭生活困难问题收悉。经调查核实,信访人")
    b.add(name, PERSON_NAME).add(",家住").add(draw.village_address(), ADDRESS).add("。")
    relative = draw.name()
    b.add(f"其{rng.choice(('母亲', '父亲', '妻子', '儿子'))}").add(relative, PERSON_NAME).add("患")
    b.add(rng.choice(DISEASES), SENSITIVE).add("多年,家庭")
    b.add(rng.choice(("纳入低保", "享受特困供养")), SENSITIVE).add("。\n")
    b.add(
        "根据《信访工作条例》,现答复如下:一、你反映的问题属实,已按规定办理临时救助;二、如对本意见不服,可在收到之日起"
    )
    b.add("30日内请求复查。\n")
    b.add(f"{place}民政局\n{draw.date()}\n")


def _appointment(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place = rng.choice(PLACES)
    b.add(f"{place}人民政府关于有关同志职务任免的通知\n")
    b.add("各乡镇人民政府,县直各单位:\n    经研究,决定:\n")
    for _ in range(rng.randint(2, 5)):
        agency, title = rng.choice(AGENCIES), rng.choice(TITLES)
        if rng.random() < 0.6:
            b.add("任命").add(draw.name(), OFFICIAL).add(f"为{place}{agency}{title};\n")
        else:
            b.add("免去").add(draw.name(), OFFICIAL).add(f"的{place}{agency}{title}职务;\n")
    if rng.random() < 0.5:
        b.add("\n干部任前公示\n姓名\t性别\t出生年月\t现任职务\t拟任职务\n")
        for _ in range(rng.randint(2, 4)):
            b.add(draw.name(), OFFICIAL)
            b.add(f"\t{rng.choice(('男', '女'))}\t{rng.randint(1968, 1990)}.{rng.randint(1, 12):02d}\t")
            b.add(f"{rng.choice(AGENCIES)}{rng.choice(TITLES)}\t{rng.choice(AGENCIES)}{rng.choice(TITLES)}\n")
    b.add(f"\n{place}人民政府\n{draw.date()}\n")


def _award(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place = rng.choice(PLACES)
    b.add(f"{place}人民政府关于表彰{draw.date()[:5]}度优秀志愿者的决定\n")
    b.add("各乡镇人民政府,县直各单位:\n    为弘扬志愿服务精神,县人民政府决定,授予")
    b.add(draw.name(), PUBLISHED).add("等同志“优秀志愿者”称号。获奖名单如下:\n")
    sep = rng.choice(("、", "  ", "\t"))
    names = [draw.name() for _ in range(rng.randint(3, 8))]
    for index, name in enumerate(names):
        if index:
            b.add(sep)
        b.add(name, PUBLISHED)
    b.add("\n希望受表彰的同志珍惜荣誉,再接再厉。\n")
    b.add(f"{place}人民政府\n{draw.date()}\n")


def _hiring(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place = rng.choice(PLACES)
    b.add(f"{place}{draw.date()[:5]}度公开招聘事业单位工作人员拟录用人员名单公示\n")
    b.add("根据招聘公告,经笔试、面试、体检和考察,现将拟录用人员名单公示如下:\n")
    b.add("序号\t姓名\t性别\t报考岗位\t准考证号\n")
    for index in range(1, rng.randint(3, 8)):
        b.add(f"{index}\t").add(draw.name(), PUBLISHED)
        b.add(
            f"\t{rng.choice(('男', '女'))}\t{rng.choice(AGENCIES)}工作人员"
            f"\t2024{rng.randint(100000, 999999)}\n"
        )
    b.add(f"公示期5个工作日。监督电话:{draw.office_phone()}。\n")


def _aid_students(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    school = f"{rng.choice(TOWNS)}中心小学"
    b.add(f"{school}{draw.date()[:5]}秋季学期家庭经济困难学生资助名单\n")
    b.add("经学生申请、班级评议、学校审核,现将资助对象公示如下:\n")
    sep = rng.choice(("\t", "  ", "\n"))
    b.add(sep.join(("序号", "学生姓名", "年级", "年龄", "困难类别")) + "\n")
    for index in range(1, rng.randint(3, 7)):
        b.add(f"{index}{sep}").add(draw.name(), PERSON_NAME).add(f"{sep}{rng.randint(1, 6)}年级{sep}")
        b.add(f"{rng.randint(7, 12)}岁", SENSITIVE).add(sep)
        b.add(rng.choice(("建档立卡", "低保户", "特困供养", "孤儿")), SENSITIVE).add("\n")
    b.add("公示期5天。\n")


def _medical_aid(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place = rng.choice(PLACES)
    b.add(f"{place}医疗救助情况通报\n")
    for _ in range(rng.randint(2, 4)):
        b.add("患者").add(draw.name(), PERSON_NAME).add(f",{rng.choice(('男', '女'))},")
        b.add(rng.choice(("患", "患有", "确诊为")))
        b.add(rng.choice(DISEASES), SENSITIVE)
        b.add(f",本年度获得医疗救助{rng.randint(2, 30)}000元;")
        if rng.random() < 0.5:
            b.add("户主").add(draw.name(), PERSON_NAME).add(",").add(rng.choice(DISABILITIES), SENSITIVE)
            b.add(f",获得救助{rng.randint(1, 9)}000元。\n")
        else:
            b.add("\n")
    b.add("以上救助资金已通过“一卡通”发放到户。\n")


def _policy(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
    b.add(f"{place}{agency}关于进一步做好社会救助工作的通知\n各乡镇人民政府,县直有关单位:\n")
    sentences = [
        f"城乡低保标准提高到每人每月{rng.randint(500, 900)}元,特困人员基本生活标准不低于低保标准的1.3倍。",
        "对因病、因残致贫的家庭,要及时纳入低保或特困供养范围。",
        "加强残疾人福利保障,落实困难残疾人生活补贴和重度残疾人护理补贴。",
        "重点做好留守儿童和困境儿童关爱保护工作,加强未成年人保护。",
        f"{rng.choice(VILLAGES)}3组道路硬化工程已于{draw.date()}开工建设。",
        f"全县少数民族人口占{rng.randint(5, 40)}%,汉族人口占多数。",
        f"{rng.choice(TOWNS)}、张家港市、李家村等地的经验值得推广。",
        "各地要学习雷锋同志的精神,弘扬孔子“仁者爱人”的思想。",
        "申请人应当如实申报家庭收入和财产状况,申请人的姓名、住址等个人信息应当严格保密。",
        "当事人陈述、申辩的权利应当依法保障。",
        "患者就医时应携带身份证和医保卡,住院治疗费用按规定报销。",
        "加强社区矫正对象的教育管理,严厉打击吸毒贩毒等违法犯罪活动。",
        f"受理地点:{place}政务服务中心{rng.randint(1, 3)}楼{rng.randint(1, 30)}号窗口,"
        f"办公地址:{place}{rng.choice(ROADS)}{rng.randint(1, 200)}号。",
    ]
    rng.shuffle(sentences)
    for sentence in sentences[: rng.randint(6, len(sentences))]:
        b.add(f"    {sentence}\n")
    b.add("联系人:").add(draw.name(), OFFICIAL).add(f",联系电话:{draw.office_phone()}。\n")
    b.add(f"{place}{agency}\n{draw.date()}\n")


def _minutes(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place = rng.choice(PLACES)
    b.add(f"{place}人民政府第{rng.randint(1, 60)}次常务会议纪要\n")
    b.add(f"{draw.date()},县长").add(draw.name(), OFFICIAL).add("主持召开县政府常务会议。\n出席:")
    for index in range(rng.randint(3, 6)):
        if index:
            b.add("、")
        b.add(draw.name(), OFFICIAL)
    b.add("\n列席:县政府办公室、县财政局、县民政局负责同志。\n")
    b.add("会议研究了城乡低保提标和残疾人两项补贴发放工作,同意将低保标准提高到每人每月")
    b.add(f"{rng.randint(500, 900)}元。\n")


def _resettlement(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    town = rng.choice(TOWNS)
    b.add(f"{town}危房改造补助对象公示\n现将{draw.date()[:5]}农村危房改造补助对象公示如下:\n")
    for _ in range(rng.randint(2, 6)):
        b.add("户主").add(draw.name(), PUBLISHED).add(",")  # a 补助对象公示 (PN003)
        b.add(rng.choice(("家住", "住址:", "现住"))).add(draw.village_address(), ADDRESS)
        b.add(f",补助资金{rng.randint(1, 4)}0000元;")
        if rng.random() < 0.4:
            b.add("该户为").add(rng.choice(("低保户", "特困户", "建档立卡贫困户")), SENSITIVE).add("。")
        b.add("\n")
    b.add("对公示对象有异议的,请在7日内向镇人民政府反映。\n")


def _subsidy_list(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    town = rng.choice(TOWNS)
    b.add(f"{town}{draw.date()[:5]}耕地地力保护补贴发放情况公示\n")
    if rng.random() < 0.5:
        b.add("经村级申报、乡镇审核,下列农户符合补贴条件,现予公示:\n")
        for index in range(rng.randint(3, 7)):
            if index:
                b.add("、")
            b.add(draw.name(), PUBLISHED).add("(")  # a 补贴公示 (PN003)
            b.add(f"{rng.choice(VILLAGES)}{rng.randint(1, 9)}组", ADDRESS).add(")")
        b.add("。\n")
    else:
        sep = rng.choice(("\t", "    "))
        b.add(sep.join(("户名", "所在村组", "补贴面积(亩)", "补贴金额(元)")) + "\n")
        for _ in range(rng.randint(3, 7)):
            b.add(draw.name(), PUBLISHED).add(sep)
            # the 所在村组 column of a list PN003 publishes goes out with the names (PB029, precision21;
            # precision24: the heading 所在村组 read as 村组)
            b.add(f"{rng.choice(VILLAGES)}{rng.randint(1, 9)}组", PUBLISHED).add(sep)
            b.add(f"{rng.randint(1, 20)}.{rng.randint(0, 9)}{sep}{rng.randint(100, 2000)}\n")
    b.add(f"公示期7天,监督电话:{draw.office_phone()}。\n{town}人民政府\n")


def _masked_penalty(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
    b.add(f"{place}{agency}行政处罚决定书(公开版)\n")
    b.add(f"当事人:{draw.masked()},性别:{rng.choice(('男', '女'))},")
    b.add(f"公民身份号码:430102********{rng.randint(1000, 9999)}\n")
    b.add("住址:").add(draw.urban_address(), ADDRESS).add("\n")
    b.add(f"{draw.date()},当事人{draw.masked()}在{rng.choice(TOWNS)}无证经营,")
    b.add(f"证人{draw.masked()}证实了上述事实。本机关决定罚款{rng.randint(1, 9)}000元。\n")
    b.add(f"{place}{agency}\n{draw.date()}\n")


def _news(draw: _Draw, b: _Builder) -> None:
    rng = draw.rng
    place = rng.choice(PLACES)
    b.add(f"{place}召开{draw.date()[:5]}度民生实事推进会\n")
    b.add(f"{draw.date()},{place}召开民生实事推进会,县委书记")
    b.add(draw.name(), OFFICIAL).add("出席会议并讲话,")
    b.add("副县长").add(draw.name(), OFFICIAL).add("主持会议。")
    b.add(f"会议指出,要学习焦裕禄同志的公仆情怀。{rng.choice(COMPANIES)}、王府井百货、")
    b.add("李宁体育用品公司等企业代表参加会议。\n")
    b.add(f"会上,{rng.choice(AGENCIES)}通报了城乡低保、特困供养和残疾人补贴发放情况,全县共有低保对象")
    b.add(f"{rng.randint(1000, 9000)}户,其中因病致贫{rng.randint(100, 900)}户。\n")
    b.add("(记者 ").add(draw.name(), OFFICIAL).add(" 通讯员 ").add(draw.name(), OFFICIAL).add(")\n")


GENERATORS: dict[str, Callable[[_Draw, _Builder], None]] = {
    "relief_list": _relief_list,
    "penalty_individual": _penalty_individual,
    "penalty_company": _penalty_company,
    "petition_reply": _petition_reply,
    "appointment": _appointment,
    "award": _award,
    "hiring": _hiring,
    "aid_students": _aid_students,
    "medical_aid": _medical_aid,
    "policy": _policy,
    "minutes": _minutes,
    "resettlement": _resettlement,
    "subsidy_list": _subsidy_list,
    "masked_penalty": _masked_penalty,
    "news": _news,
}


def documents(count: int, seed: int = 6, traditional_share: float = 0.2) -> list[LabelledDocument]:
    """``count`` labelled documents, every kind in turn; about ``traditional_share`` of them in traditional
    characters."""
    rng = random.Random(seed)
    draw = _Draw(rng)
    kinds = list(GENERATORS)
    made = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        builder = _Builder(kind)
        GENERATORS[kind](draw, builder)
        made.append(builder.build(traditional=rng.random() < traditional_share))
    return made
