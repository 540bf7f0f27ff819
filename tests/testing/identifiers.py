"""Generators of identifiers (valid, invalid, masked) and of labelled documents that contain them.

Every function takes a ``random.Random``, so a seed fixes the output. Check characters are computed with
algorithms written here from the standards (GB 11643, GB 32100, Luhn), independently of secreview's
validators, so a test built from these values checks the validators rather than repeating them.
"""

from __future__ import annotations

import datetime
import random
from collections import Counter
from dataclasses import dataclass, field

from secreview.extract.base import BODY, TABLE, ExtractedText, Segment

# A few real region codes per province (GB/T 2260), and old ones since abolished (340524: the standard's
# own example, 110103 崇文区 until 2010, 430121 长沙县 → kept, 320102 玄武区).
_REGION_LIST = (
    "110101 110105 110108 120101 130102 140105 150102 210102 220102 230102 310101 310115 320102 320106"
    " 330106 340104 350102 360102 370102 410105 420106 430102 430121 440106 440305 450102 460105 500103"
    " 510104 520102 530102 540102 610103 620102 630102 640104 650102 110103 340524 440524"
)
REGIONS = tuple(_REGION_LIST.split())
PROVINCE_CODES = (11, 12, 13, 31, 32, 33, 42, 43, 44, 51, 61, 65)
PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_MOBILE_LIST = (
    "130 131 132 133 134 135 136 137 138 139 147 150 151 152 153 155 156 157 158 159 166 173 175 176 177"
    " 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199"
)
MOBILE_PREFIXES = tuple(_MOBILE_LIST.split())
AREA_CODES = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "0731", "0571", "0551", "0755")
CARD_BINS = ("622848", "622202", "621700", "622588", "623668", "621226", "620522", "622700")
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强文彬红梅海燕玉兰晓东春梅德明"
GB11643_WEIGHTS = [pow(2, 17 - index, 11) for index in range(17)]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def mod11_2(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, GB11643_WEIGHTS, strict=True)) % 11]


def luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def gb32100_char(first17: str) -> str:
    weights = [pow(3, index, 31) for index in range(17)]
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, weights, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31]


def birth_date(rng: random.Random, first_year: int = 1940, last_year: int = 2015) -> datetime.date:
    start = datetime.date(first_year, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(last_year, 12, 28).toordinal()))


def resident_id(rng: random.Random, region: str | None = None) -> str:
    body = (region or rng.choice(REGIONS)) + birth_date(rng).strftime("%Y%m%d") + f"{rng.randint(1, 999):03d}"
    return body + mod11_2(body)


def wrong_check(number: str) -> str:
    """The same number with another check character."""
    choices = [c for c in "0123456789X" if c != number[-1]]
    return number[:-1] + random.Random(number).choice(choices)


def legacy_id(rng: random.Random) -> str:
    return rng.choice(REGIONS) + birth_date(rng, 1930, 1985).strftime("%y%m%d") + f"{rng.randint(1, 999):03d}"


def foreign_permanent_residence(rng: random.Random) -> str:
    nationality = rng.choice(("156", "840", "392", "410", "276", "250", "643", "036", "124", "826"))
    body = (
        f"9{rng.choice(PROVINCE_CODES)}"
        f"{nationality}{birth_date(rng).strftime('%Y%m%d')}{rng.randint(1, 999):03d}"
    )
    return body + mod11_2(body)


def residence_permit(rng: random.Random) -> str:
    body = (
        rng.choice(("810000", "820000", "830000"))
        + birth_date(rng).strftime("%Y%m%d")
        + f"{rng.randint(1, 999):03d}"
    )
    return body + mod11_2(body)


def passport(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return "E" + "".join(rng.choices("0123456789", k=8))
    if kind == 1:
        return "E" + rng.choice(PLATE_LETTERS) + "".join(rng.choices("0123456789", k=7))
    return "G" + "".join(rng.choices("0123456789", k=8))


def hk_mo_permit(rng: random.Random) -> str:
    return rng.choice("HM") + "".join(rng.choices("0123456789", k=8)) + rng.choice(("", "00", "01"))


def taiwan_permit(rng: random.Random) -> str:
    return "0" + "".join(rng.choices("0123456789", k=7))


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choices("0123456789", k=8))


def landline(rng: random.Random) -> str:
    area = rng.choice(AREA_CODES)
    length = 8 if len(area) == 3 else rng.choice((7, 8))
    return f"{area}-{rng.randint(2, 8)}{''.join(rng.choices('0123456789', k=length - 1))}"


def bank_card(rng: random.Random, length: int | None = None) -> str:
    size = length or rng.choice((16, 19, 19))
    body = rng.choice(CARD_BINS) + "".join(rng.choices("0123456789", k=size - 7))
    return body + luhn_digit(body)


def uscc(rng: random.Random, digits_only: bool = False) -> str:
    alphabet = "0123456789" if digits_only else USCC_CHARS
    head = rng.choice(("91", "92", "93", "12", "52", "11"))
    body = head + rng.choice(REGIONS) + "".join(rng.choices(alphabet, k=9))
    return body + gb32100_char(body)


def plate(rng: random.Random, new_energy: bool | None = None) -> str:
    start = rng.choice(PLATE_PROVINCES) + rng.choice("ABCDEFGHJK")
    if new_energy or (new_energy is None and rng.random() < 0.3):
        if rng.random() < 0.7:
            return (
                start
                + rng.choice("DF")
                + rng.choice(PLATE_LETTERS + "0123456789")
                + f"{rng.randint(0, 9999):04d}"
            )
        return start + f"{rng.randint(0, 99999):05d}" + rng.choice("DF")
    serial = [rng.choice("0123456789") for _ in range(5)]
    for position in rng.sample(range(5), rng.randint(0, 2)):
        serial[position] = rng.choice(PLATE_LETTERS)
    return start + "".join(serial)


_PINYIN_LIST = (
    "zhang wang li liu chen yang huang zhao wu zhou xu sun zhu hu guo gao lin luo zheng liang xie song tang"
)
PINYIN = tuple(_PINYIN_LIST.split())


def personal_email(rng: random.Random) -> str:
    """A personal mailbox: pinyin of a name, sometimes a birth year, at a public mail service."""
    local = (
        rng.choice(PINYIN) + rng.choice(PINYIN) + rng.choice(("", str(rng.randint(1970, 2005)), "_" + "x"))
    )
    domain = rng.choice(("163.com", "qq.com", "126.com", "sina.com", "gmail.com", "outlook.com"))
    return f"{local}@{domain}"


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))


def group(number: str, sizes: tuple[int, ...], separator: str) -> str:
    """``number`` cut into groups of ``sizes`` (the rest forms the last group), joined by ``separator``."""
    parts, position = [], 0
    for size in sizes:
        parts.append(number[position : position + size])
        position += size
    if position < len(number):
        parts.append(number[position:])
    return separator.join(part for part in parts if part)


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def masked(number: str, keep_start: int, keep_end: int) -> str:
    return (
        number[:keep_start] + "*" * (len(number) - keep_start - keep_end) + number[len(number) - keep_end :]
    )


# --- labelled documents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    category: str


@dataclass
class Document:
    """Text built piece by piece; pieces added with a category are labelled with their exact span.

    Table cells are recorded as segments of the ``table`` part labelled with their column heading, as the
    .docx and .xlsx extractors report them.
    """

    kind: str
    pieces: list[str] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    _length: int = 0

    def add(self, text: str, category: str | None = None, *, heading: str | None = None) -> None:
        end = self._length + len(text)
        if category is not None:
            self.labels.append(Label(self._length, end, category))
        if text:
            self.segments.append(
                Segment(self._length, end, BODY if heading is None else TABLE, label=heading)
            )
        self.pieces.append(text)
        self._length = end

    @property
    def text(self) -> str:
        return "".join(self.pieces)

    def extracted(self) -> ExtractedText:
        return ExtractedText(self.text, list(self.segments))


AGENCIES = (
    "长沙市民政局",
    "岳麓区人力资源和社会保障局",
    "某县市场监督管理局",
    "某市生态环境局",
    "某区住房和城乡建设局",
    "某镇人民政府",
)


def _index_header(doc: Document, rng: random.Random, agency: str) -> int:
    year = rng.randint(2016, 2025)
    doc.add(f"索引号:{uscc(rng)}/{year}{rng.randint(1, 12):02d}-{rng.randint(1, 99999):05d}\n")
    doc.add(f"发布机构:{agency}\n成文日期:{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n")
    code = rng.choice(("湘民发", "岳人社函", "长政办发", "某环罚字", "某住建发"))
    doc.add(f"文号:{code}〔{year}〕{rng.randint(1, 320)}号\n")
    return year


def _office_contacts(doc: Document, rng: random.Random, agency: str) -> None:
    variants = [
        f"联系人:{person_name(rng)},联系电话:{landline(rng)}。\n",
        f"(联系人:{person_name(rng)};联系电话:{mobile(rng)})\n",
        f"监督电话:{landline(rng)};咨询电话:{rng.choice(('12345', '12315', '96128', '400-800-1234'))}\n",
        f"如有疑问,请与{agency}办公室联系(办公地址:某市某路{rng.randint(1, 300)}"
        f"号;邮政编码:{rng.randint(410000, 419999)};电话:{landline(rng)})。\n",
        f"举报电话:{mobile(rng)},政务公开邮箱:zwgk@{rng.choice(('hunan', 'changsha', 'yuelu'))}.gov.cn\n",
        f"投稿邮箱:xxgk{rng.randint(1, 9)}@163.com,全国统一服务热线 12345。\n",
        f"联系单位:{agency}社会救助科,联系电话:{rng.choice((mobile(rng), landline(rng)))}。\n",
        f"{agency}办公室电话:{landline(rng)},传真:{landline(rng)}。\n",
        f"咨询电话:{landline(rng)}(工作日 9:00-17:00),报名邮箱:bm{rng.randint(2020, 2025)}@126.com。\n",
    ]
    for line in rng.sample(variants, rng.randint(1, 3)):
        doc.add(line)


def _mobile_written(rng: random.Random) -> str:
    number = mobile(rng)
    style = rng.random()
    if style < 0.1:
        return group(number, (3, 4), "-")
    if style < 0.2:
        return group(number, (3, 4), " ")
    if style < 0.25:
        return "+86-" + number
    if style < 0.3:
        return full_width(number)
    return number


def _plate_written(rng: random.Random) -> str:
    number = plate(rng)
    return number[:2] + "·" + number[2:] if rng.random() < 0.2 else number


def _traps(doc: Document, rng: random.Random) -> None:
    """Numbers that look like identifiers and are not personal data."""
    year = rng.randint(2016, 2025)
    lines = [
        f"快递单号:SF{rng.randint(10**11, 10**12 - 1)},发票号码:{rng.randint(10**7, 10**8 - 1)}。\n",
        f"合同编号:HT-{year}-{rng.randint(1, 99999):05d}"
        f",项目编号:ZB{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 999):04d}。\n",
        f"车架号 LSVAU2180N{rng.randint(100000, 999999)},发动机号 {rng.randint(10**7, 10**8 - 1)}。\n",
        f"订单号 {year}{rng.randint(10**14, 10**15 - 1)}"
        f",交易时间 {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:21:33。\n",
        f"全市户籍人口{rng.randint(10**6, 10**7)}人"
        f",地区生产总值{rng.randint(10**11, 10**12)}元,增长{rng.randint(1, 9)}.{rng.randint(0, 9)}%。\n",
        f"邮政编码 {rng.randint(410000, 419999)}"
        f",档案号 {year}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}。\n",
        f"依据 GB 11643-1999、GB/T 2260-2007 和 JR/T 0171-2020,参见〔{year}〕{rng.randint(1, 99)}号文。\n",
        f"公示二维码编号 {rng.randint(10**17, 10**18 - 1)}X{rng.randint(0, 9)}。\n",
    ]
    for line in rng.sample(lines, rng.randint(2, 4)):
        doc.add(line)


def _id_written(rng: random.Random, number: str) -> str:
    style = rng.random()
    if style < 0.1:
        return group(number, (6, 8), " ")
    if style < 0.15:
        return group(number, (6, 4, 4), "-")
    if style < 0.2:
        return full_width(number)
    if style < 0.25:
        return number[:-1] + number[-1].lower()
    return number


def _list_notice(rng: random.Random) -> Document:
    doc = Document("公示名单")
    agency = rng.choice(AGENCIES)
    year = _index_header(doc, rng, agency)
    purpose = rng.choice(("城乡低保", "临时救助", "高龄津贴", "就业补贴", "公益性岗位录用"))
    doc.add(
        f"关于{year}年度{purpose}对象的公示\n根据有关规定,现将拟享受{purpose}人员名单予以公示,公示期7天。\n"
    )
    headings = ("序号", "姓名", "身份证号码", "联系电话", "银行卡号", "发放金额(元)")
    doc.add("\t".join(headings) + "\n")
    for row in range(1, rng.randint(4, 12)):
        doc.add(str(row), heading=headings[0])
        doc.add("\t")
        doc.add(person_name(rng), heading=headings[1])
        doc.add("\t")
        if rng.random() < 0.2:
            doc.add(masked(resident_id(rng), 6, 4), heading=headings[2])
        else:
            doc.add(_id_written(rng, resident_id(rng)), "id_number", heading=headings[2])
        doc.add("\t")
        phone = rng.random()
        if phone < 0.2:
            doc.add(masked(mobile(rng), 3, 4), heading=headings[3])
        elif phone < 0.35:
            doc.add(landline(rng), "phone", heading=headings[3])
        else:
            doc.add(_mobile_written(rng), "phone", heading=headings[3])
        doc.add("\t")
        card = bank_card(rng)
        if rng.random() < 0.2:
            doc.add(masked(card, 0, 4), heading=headings[4])
        else:
            doc.add(
                group(card, (4, 4, 4, 4), " ") if rng.random() < 0.3 else card,
                "bank_account",
                heading=headings[4],
            )
        doc.add("\t")
        doc.add(f"{rng.randint(200, 3000)}.00", heading=headings[5])
        doc.add("\n")
    doc.add(f"合计发放金额{rng.randint(10000, 99999)}.00元,共{rng.randint(5, 40)}户。\n")
    doc.add(f"公示期间如有异议,请向{agency}反映。\n")
    _office_contacts(doc, rng, agency)
    return doc


def _penalty_decision(rng: random.Random) -> Document:
    doc = Document("行政处罚决定书")
    agency = rng.choice(AGENCIES)
    year = _index_header(doc, rng, agency)
    doc.add("行政处罚决定书\n")
    if rng.random() < 0.5:
        doc.add(f"当事人:{person_name(rng)},性别:{rng.choice('男女')},公民身份号码:")
        doc.add(_id_written(rng, resident_id(rng)), "id_number")
        doc.add(",住址:某市某区某街道某小区,联系电话:")
        if rng.random() < 0.3:
            doc.add(landline(rng), "phone")
        else:
            doc.add(mobile(rng), "phone")
        doc.add("。\n")
        doc.add(f"经查,当事人于{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日驾驶")
        doc.add(_plate_written(rng), "vehicle_plate")
        doc.add("号小型轿车,在某路段违法停车,且拒不改正。\n")
        if rng.random() < 0.5:
            doc.add(f"多缴款项退还至当事人账户:户名:{person_name(rng)},开户行:中国农业银行某中心支行,账号:")
            doc.add(bank_card(rng), "bank_account")
            doc.add("。\n")
    else:
        doc.add(
            f"当事人:某某商贸有限公司\n统一社会信用代码:{uscc(rng)}\n法定代表人:{person_name(rng)},身份证号:"
        )
        doc.add(resident_id(rng), "id_number")
        doc.add("\n")
        doc.add(
            f"经查,当事人于{year}年销售不合格产品{rng.randint(10, 900)}件"
            f",货值金额{rng.randint(1000, 99999)}元。\n"
        )
    _traps(doc, rng)
    doc.add(
        f"依据《中华人民共和国行政处罚法》第{rng.randint(10, 80)}条"
        f",决定罚款人民币{rng.randint(1, 50) * 1000}元。\n"
    )
    doc.add(
        f"罚款请于15日内缴至:收款单位:某市财政局非税收入汇缴结算户\n开户银行:中国农业银行某支行\n"
        f"账号:{rng.randint(10**16, 10**17 - 1)}\n"
    )
    doc.add(f"{agency}\n{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n")
    _office_contacts(doc, rng, agency)
    return doc


def _reply(rng: random.Random) -> Document:
    doc = Document("政府信息公开申请答复书")
    agency = rng.choice(AGENCIES)
    year = _index_header(doc, rng, agency)
    doc.add(
        f"{person_name(rng)}:\n本机关于{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}"
        f"日收到您的政府信息公开申请。"
    )
    doc.add("您在申请表中填写的证件号码为")
    kind = rng.randrange(6)
    if kind == 0:
        doc.add(legacy_id(rng), "id_number")
    elif kind == 1:
        doc.add("护照 ")
        doc.add(passport(rng), "id_number")
    elif kind == 2:
        doc.add("港澳居民来往内地通行证 ")
        doc.add(hk_mo_permit(rng), "id_number")
    elif kind == 3:
        doc.add("外国人永久居留身份证 ")
        doc.add(foreign_permanent_residence(rng), "id_number")
    elif kind == 4:
        doc.add("港澳台居民居住证 ")
        doc.add(residence_permit(rng), "id_number")
    else:
        doc.add("台胞证 ")
        doc.add(taiwan_permit(rng), "id_number")
    doc.add(",联系电话")
    doc.add(mobile(rng) if rng.random() < 0.5 else "+86 " + group(mobile(rng), (3, 4), " "), "phone")
    doc.add(",电子邮箱")
    doc.add(personal_email(rng), "email")
    doc.add(
        "。\n经审查,您申请的信息属于主动公开范围,已在本机关门户网站公开,网址为 http://www.example.gov.cn 。\n"
    )
    _traps(doc, rng)
    doc.add(
        f"本次答复共{rng.randint(1, 9)}页,统计数据截至{year}年底共{rng.randint(1000000, 99999999)}人次。\n"
    )
    _office_contacts(doc, rng, agency)
    doc.add(f"{agency}\n{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n")
    return doc


def _notice(rng: random.Random) -> Document:
    doc = Document("通知")
    agency = rng.choice(AGENCIES)
    year = _index_header(doc, rng, agency)
    doc.add(f"关于做好{year}年度政务公开工作的通知\n各乡镇人民政府、区直各单位:\n")
    doc.add(
        f"现就有关事项通知如下。全年共办理依申请公开{rng.randint(10, 999)}件"
        f",网站访问量{rng.randint(10**7, 10**9)}次。\n"
    )
    _traps(doc, rng)
    doc.add(f"参照 GB/T 9704-2012 和 GB 11643-1999 执行。统计截至 {year}1231。\n")
    if rng.random() < 0.5:
        doc.add(
            f"本次采购公务用车 {plate(rng, new_energy=False)} 等3辆,中标单位:某汽车销售有限公司"
            f"(统一社会信用代码 {uscc(rng, digits_only=rng.random() < 0.5)})。\n"
        )
    doc.add(
        f"培训费请汇入对公账户:{agency},开户行:中国工商银行某支行,账号:{rng.randint(10**18, 10**19 - 1)}。\n"
    )
    doc.add(f"资料费:户名:{agency}办公室,开户行:中国建设银行某支行,账号:{bank_card(rng)}。\n")
    doc.add(f"本年度完成投资{mobile(rng)}元,其中财政资金{bank_card(rng, 16)}.00元。\n")
    doc.add(
        f"邮寄地址见附件,已打码示例:身份证 {masked(resident_id(rng), 6, 4)}"
        f",手机 {masked(mobile(rng), 3, 4)}。\n"
    )
    _office_contacts(doc, rng, agency)
    if rng.random() < 0.5:
        doc.add("附件:报名回执(报名人:")
        doc.add(person_name(rng))
        doc.add(",手机 ")
        doc.add(mobile(rng), "phone")
        doc.add(",个人邮箱 ")
        doc.add(personal_email(rng), "email")
        doc.add(")\n")
    return doc


def _award(rng: random.Random) -> Document:
    doc = Document("表彰决定")
    agency = rng.choice(AGENCIES)
    year = _index_header(doc, rng, agency)
    doc.add(f"关于表彰{year}年度优秀志愿者的决定\n")
    for _ in range(rng.randint(2, 6)):
        doc.add(f"{person_name(rng)}(身份证号 ")
        number = resident_id(rng)
        if rng.random() < 0.15:
            doc.add(wrong_check(number), "id_number")
        else:
            doc.add(_id_written(rng, number), "id_number")
        doc.add(",车牌号 ")
        doc.add(plate(rng), "vehicle_plate")
        doc.add(",一卡通账号 ")
        doc.add(bank_card(rng), "bank_account")
        doc.add(")\n")
    doc.add(f"对以上同志予以通报表扬,奖金{rng.randint(500, 5000)}元。\n")
    _office_contacts(doc, rng, agency)
    return doc


BUILDERS = (_list_notice, _penalty_decision, _reply, _notice, _award)


def labelled_documents(seed: int, count: int) -> list[Document]:
    """``count`` labelled documents of every kind in turn, the same for the same seed."""
    rng = random.Random(seed)
    return [BUILDERS[index % len(BUILDERS)](rng) for index in range(count)]


CATEGORIES = ("id_number", "phone", "bank_account", "email", "vehicle_plate")
Span = tuple[int, int, str]


def _overlap(span: Span, others: list[Span]) -> bool:
    start, end, category = span
    return any(c == category and s < end and start < e for s, e, c in others)


def score(documents: list[Document], found: list[list[Span]]) -> dict[str, dict[str, float]]:
    """Per category: labels, reported spans, precision (a reported span overlaps a label of its category),
    recall (a label is overlapped by a reported span) and exact (a label was reported to the character)."""
    counts: dict[str, Counter[str]] = {category: Counter() for category in CATEGORIES}
    for document, spans in zip(documents, found, strict=True):
        labels = [(label.start, label.end, label.category) for label in document.labels]
        for span in spans:
            counts[span[2]]["tp" if _overlap(span, labels) else "fp"] += 1
        for label in labels:
            counts[label[2]]["labels"] += 1
            counts[label[2]]["found"] += _overlap(label, spans)
            counts[label[2]]["exact"] += label in spans
    table: dict[str, dict[str, float]] = {}
    for category, count in counts.items():
        reported = count["tp"] + count["fp"]
        table[category] = {
            "labels": count["labels"],
            "reported": reported,
            "precision": count["tp"] / reported if reported else 1.0,
            "recall": count["found"] / count["labels"] if count["labels"] else 1.0,
            "exact": count["exact"] / count["labels"] if count["labels"] else 1.0,
        }
    return table
