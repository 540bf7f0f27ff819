"""Deterministic documents for the speed benchmark: realistic 公文 text and a hit-dense 公示 variant."""

from __future__ import annotations

import random

from secreview.validators import gb11643_check_char

_OPENINGS = ["关于做好", "关于进一步加强", "关于印发", "关于开展", "关于调整"]
_TOPICS = [
    "政务公开工作",
    "城乡最低生活保障",
    "安全生产检查",
    "农村人居环境整治",
    "营商环境优化",
    "防汛抗旱准备",
]
_SENTENCES = [
    "各单位要高度重视,明确责任分工,确保各项工作落到实处。",
    "严格落实公开前保密审查,不得公开涉及国家秘密、商业秘密和个人隐私的政府信息。",
    "全年主动公开政府信息{n}条,办理依申请公开{m}件,均在法定期限内答复。",
    "请于{month}月{day}日前将工作总结报县政府办公室。",
    "依据《中华人民共和国政府信息公开条例》第二十条,及时公开行政许可办理结果。",
    "财政预算安排专项资金{n}万元,用于基础设施建设和公共服务提升。",
    "对工作推进不力的单位予以通报,情节严重的依法依规追究责任。",
    "加强政府网站和政务新媒体建设,提升信息发布、解读回应和办事服务水平。",
]


def resident_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first17 = f"43{rng.randint(1000, 1299):04d}{birth}{rng.randint(0, 999):03d}"
    return first17 + gb11643_check_char(first17)


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}"


def realistic_document(rng: random.Random) -> str:
    """About one page: title, 文号, paragraphs, an office contact, now and then an identifier."""
    lines = [
        f"{rng.choice(_OPENINGS)}{rng.choice(_TOPICS)}的通知",
        f"县政办发〔{rng.randint(2015, 2026)}〕{rng.randint(1, 99)}号",
        "",
    ]
    for _ in range(rng.randint(6, 12)):
        sentence = rng.choice(_SENTENCES).format(
            n=rng.randint(10, 9999), m=rng.randint(1, 99), month=rng.randint(1, 12), day=rng.randint(1, 28)
        )
        lines.append(sentence * rng.randint(1, 3))
    if rng.random() < 0.3:
        lines.append(f"申请人身份证号:{resident_id(rng)},联系电话:{mobile(rng)}。")
    lines += ["监督电话:0731-85880114", "(此件公开发布)", ""]
    return "\n".join(lines)


def hit_dense_document(rng: random.Random, rows: int = 40) -> str:
    """A 公示 list: one row per recipient with an ID number and a phone."""
    lines = ["2026年第三季度低保新增对象公示", "序号\t户主\t身份证号\t联系电话"]
    lines += [f"{row}\t王某某\t{resident_id(rng)}\t{mobile(rng)}" for row in range(1, rows + 1)]
    return "\n".join(lines) + "\n"


def build(size_bytes: int, *, dense: bool = False, seed: int = 2026) -> str:
    """Documents joined until the UTF-8 size reaches ``size_bytes``."""
    rng = random.Random(seed)
    pieces: list[str] = []
    total = 0
    while total < size_bytes:
        document = hit_dense_document(rng) if dense else realistic_document(rng)
        pieces.append(document)
        total += len(document.encode("utf-8"))
    return "\n".join(pieces)


PATHOLOGICAL = ("long digit runs", "one line", "keyword hits")


def pathological(shape: str, size_bytes: int, seed: int = 2026) -> str:
    """Input that punishes a careless matcher: long digit runs, a text without a line break, or line after
    line of secrecy vocabulary and markings."""
    rng = random.Random(seed)
    if shape == "long digit runs":
        lines: list[str] = []
        total = 0
        while total < size_bytes:
            line = "".join(rng.choice("0123456789") for _ in range(rng.randint(50, 5000)))
            line = line if rng.random() < 0.5 else " ".join(line[i : i + 4] for i in range(0, len(line), 4))
            lines.append(f"编号{line}号")
            total += len(line) + 8
        return "\n".join(lines)
    if shape == "one line":
        return build(size_bytes, seed=seed).replace("\n", ",")
    if shape == "keyword hits":
        vocabulary = [
            "国家秘密",
            "工作秘密",
            "内部资料",
            "商业秘密",
            "个人隐私",
            "秘密★",
            "机密★长期",
            "密级",
            "讨论稿",
        ]
        lines = []
        total = 0
        while total < size_bytes:
            line = ",".join(rng.choice(vocabulary) for _ in range(rng.randint(5, 30))) + "。"
            lines.append(line)
            total += len(line.encode("utf-8")) + 1
        return "\n".join(lines)
    raise ValueError(f"unknown shape {shape!r}")
