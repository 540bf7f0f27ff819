"""A red team of identifier spellings: how an evader or a sloppy typist writes a mobile, a landline, a
身份证号, a bank card, a plate or a mailbox in a draft, and the digit runs beside them a reader would not
take for one.

Each ``Spelling`` is one way of writing one value, judged as an officer would: ``found`` when a reader still
recognises the identifier (then ``check`` must flag it with a rule of ``category`` and ``redact`` must leave
none of it), quiet otherwise (an order number, a 文号, a date, an amount, an office's published number).
``LEFT`` names the spellings a reader recognises that the rules still miss, with the reason; the test holds
them as missed so that a change that starts finding one says so.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

MOBILE = "13987654321"
LANDLINE = "073184561234"  # 0731-84561234
CITIZEN_ID = "430102199003071234"
BANK_CARD = "6222021234567890128"
PLATE = "湘A12345"
MAILBOX = "zhangsan1990@163.com"

# The cue a drafter writes before each kind, and the category its rule reports.
CUES = {
    "mobile": ("联系电话:", "phone"),
    "landline": ("家庭电话:", "phone"),
    "citizen_id": ("身份证号:", "id_number"),
    "bank_card": ("银行卡号:", "bank_account"),
    "plate": ("驾驶", "vehicle_plate"),
    "mailbox": ("电子邮箱:", "email"),
}
VALUES = {
    "mobile": MOBILE,
    "landline": LANDLINE,
    "citizen_id": CITIZEN_ID,
    "bank_card": BANK_CARD,
    "plate": PLATE,
    "mailbox": MAILBOX,
}
# How each kind is grouped when a typist groups it.
GROUPS = {
    "mobile": (3, 4, 4),
    "landline": (4, 8),
    "citizen_id": (6, 8, 4),
    "bank_card": (4, 4, 4, 4, 3),
}
_NUMERALS = str.maketrans("0123456789", "〇一二三四五六七八九")
_READ = str.maketrans("〇零一幺二三四五六七八九壹贰叁肆伍陆柒捌玖", "001123456789123456789")


@dataclass(frozen=True)
class Spelling:
    kind: str  # mobile, landline, citizen_id, bank_card, plate, mailbox
    form: str  # how it is written: glued-latin-before, dots, chinese-numerals …
    written: str  # the identifier as the draft writes it
    sentence: str  # the line of the draft that holds it
    found: bool  # a reader recognises it: check must flag it and redact must cut it

    @property
    def category(self) -> str:
        return CUES[self.kind][1]

    @property
    def value(self) -> str:
        return VALUES[self.kind]


def _grouped(value: str, sizes: tuple[int, ...], separator: str) -> str:
    pieces, position = [], 0
    for size in sizes:
        pieces.append(value[position : position + size])
        position += size
    return separator.join(pieces)


def _digit_forms(kind: str) -> Iterator[tuple[str, str]]:
    value, groups = VALUES[kind], GROUPS[kind]
    yield "plain", value
    yield "full-width", value.translate({code: code + 0xFEE0 for code in range(0x30, 0x3A)})
    yield "glued-latin-before", "Lx" + value
    yield "glued-tel-before", ("Tel" if kind in ("mobile", "landline") else "No") + value
    yield "glued-latin-after", value + "abc"
    for name, separator in (
        ("spaces", " "),
        ("hyphens", "-"),
        ("dots", "."),
        ("enumeration-commas", "、"),
        ("slashes", "/"),
        ("underscores", "_"),
        ("em-dashes", "—"),
        ("middle-dots", "·"),
        ("full-width-dots", "．"),
        ("zero-width-spaces", "\u200b"),
        ("soft-hyphens", "\u00ad"),
    ):
        yield name, _grouped(value, groups, separator)
    if kind in ("mobile", "landline"):
        yield "digit-by-digit", " ".join(value)
    yield "chinese-numerals", value.translate(_NUMERALS)
    if kind == "mobile":
        yield "yao-for-one", value.translate(_NUMERALS).replace("一", "幺")
        yield "mixed-numerals", value[:3] + value[3:7].translate(_NUMERALS) + value[7:]
        yield "spaced-numerals", _grouped(value.translate(_NUMERALS), groups, " ")
    yield "line-break", _grouped(value, (groups[0], len(value) - groups[0]), "\n")
    yield "table-cells", _grouped(value, (groups[0], len(value) - groups[0]), "\t")
    # Spellings of session 13 (leak7): what a drafting officer's keyboard and tables produce.
    half = len(value) // 2
    yield "mixed-width", _full_width(value[:half]) + value[half:]
    yield "mixed-width-grouped", _grouped(_full_width(value[:half]) + value[half:], groups, " ")
    yield "text-table-cells", _grouped(value, (groups[0], len(value) - groups[0]), " | ")
    yield "three-cells", _grouped(value, (groups[0], groups[1], len(value) - groups[0] - groups[1]), "\t")
    yield "cells-grouped-inside", groups_in_cells(value, groups)
    yield "ideographic-spaces", _grouped(value, groups, "\u3000")
    yield "no-break-spaces", _grouped(value, groups, "\u00a0")
    yield "full-width-hyphens", _grouped(value, groups, "－")
    if "0" in value:
        yield "ling-for-zero", value.translate(_NUMERALS).replace("〇", "零")
    if kind == "citizen_id":
        yield "spaces-every-4", _grouped(value, (4, 4, 4, 4, 2), " ")
        yield "spaces-every-6", _grouped(value, (6, 6, 6), " ")
    if kind == "landline":
        yield "area-code-in-brackets", f"({value[:4]}){value[4:]}"
        yield "area-code-in-full-width-brackets", f"（{value[:4]}）{value[4:]}"
    if kind == "mobile":
        yield "financial-numerals", value.translate(str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖"))
        yield "plus86-hyphens", "+86-" + _grouped(value, groups, "-")
        yield "plus86-glued", "+86" + value
        yield "full-width-plus86", "＋８６" + _full_width(value)


def _full_width(digits: str) -> str:
    return digits.translate({code: code + 0xFEE0 for code in range(0x30, 0x3A)})


def groups_in_cells(value: str, groups: tuple[int, ...]) -> str:
    """The first group in one cell, the rest grouped by spaces in the next (138 | 0013 8000)."""
    return value[: groups[0]] + " | " + _grouped(value[groups[0] :], groups[1:], " ")


def _plate_forms() -> Iterator[tuple[str, str]]:
    yield "plain", PLATE
    yield "full-width", "湘Ａ１２３４５"
    yield "middle-dot", "湘A·12345"
    yield "space", "湘A 12345"
    yield "zero-width-space", "湘A\u200b12345"
    yield "lower-case", "湘a12345"
    yield "lower-case-middle-dot", "湘a·12345"
    yield "space-after-province", "湘 A12345"
    yield "lower-case-hyphen", "湘a-12345"


def _mailbox_forms() -> Iterator[tuple[str, str]]:
    yield "plain", MAILBOX
    yield "full-width-at", MAILBOX.replace("@", "＠")
    yield "full-width", MAILBOX.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)})
    yield "glued-cjk", "张三" + MAILBOX
    yield "spaced-at", MAILBOX.replace("@", " @ ")
    yield "at-in-brackets", MAILBOX.replace("@", "(at)")
    yield "at-in-square-brackets", MAILBOX.replace("@", "[at]").replace(".com", "[dot]com")
    yield "ideographic-full-stop", MAILBOX.replace(".com", "。com")
    yield "hash-for-at", MAILBOX.replace("@", "#")
    yield "words-for-at-and-dot", MAILBOX.replace("@", " at ").replace(".", " dot ")
    yield "full-width-at-and-dot", MAILBOX.replace("@", "＠").replace(".", "．")
    yield "full-width-digits", MAILBOX.replace("1990", "１９９０")
    yield "upper-case", MAILBOX.upper()


# Ways of writing a value a reader still recognises that the rules miss, and why they are left.
LEFT: dict[tuple[str, str], str] = {
    ("mobile", "financial-numerals"): "大写 numerals (壹叁玖…) are an amount's script, not a drafter's for a"
    " phone; the spelled rules read 〇一二… and 幺 only",
}


def _enclosed(written: str) -> Iterator[tuple[str, str]]:
    for name, (left, right) in (
        ("round-brackets", ("(", ")")),
        ("lenticular-brackets", ("【", "】")),
        ("quotes", ("“", "”")),
        ("corner-quotes", ("「", "」")),
    ):
        yield name, left + written + right


def spellings() -> list[Spelling]:
    """Every spelling of every kind, each in a sentence of its own after the kind's cue."""
    found: list[Spelling] = []
    forms: dict[str, Callable[[], Iterator[tuple[str, str]]]] = {
        "plate": _plate_forms,
        "mailbox": _mailbox_forms,
        **{kind: (lambda kind=kind: _digit_forms(kind)) for kind in GROUPS},  # type: ignore[misc]
    }
    for kind, written_forms in forms.items():
        cue = CUES[kind][0]
        for form, written in written_forms():
            sentence = f"{cue}{written}号小型轿车。" if kind == "plate" else f"{cue}{written},已登记。"
            found.append(Spelling(kind, form, written, sentence, (kind, form) not in LEFT))
        plain = VALUES[kind]
        for form, written in _enclosed(plain):
            sentence = f"{cue}{written}号小型轿车。" if kind == "plate" else f"{cue}{written},已登记。"
            found.append(Spelling(kind, form, written, sentence, True))
    return found


def half_masked() -> list[Spelling]:
    """A mask applied in one place and forgotten in another: the full value must still be found and cut."""
    masked = {
        "mobile": "139****4321",
        "citizen_id": "430102********1234",
        "bank_card": "6222 **** **** 0128",
    }
    return [
        Spelling(kind, "half-masked", VALUES[kind], f"{CUES[kind][0]}{hidden}(即 {VALUES[kind]})。", True)
        for kind, hidden in masked.items()
    ]


# Digit runs beside a cue that a reader would not take for a person's number: they must stay quiet.
QUIET = (
    "文号:湘政办发〔2024〕139号,二〇二四年三月七日印发。",
    "索引号:430100/2024-0013987,发布日期:2024.03.07。",
    "索引号:139.8765.4321.2024。",
    "快递单号 SF13987654321,联系电话见附件。",
    "订单编号:JD1398765432112,联系电话另行告知。",
    "完成投资1398765.4321万元,联系电话另行告知。",
    "合计金额 1,398,765,432 元。",
    "监督电话:139.8765.4321。",
    "咨询电话:0731.84561234(工作日 9:00-17:00)。",
    "市民政局办公室电话:0731 8456 1234。",
    "版本号 V1.398.7654.321。",
    "二〇二四年三月七日",
    "第一三九号至第一四二号",
    "电话 139.****.4321",
    "身份证号:430102.1990****.1234",
    "银行卡号 6222.****.****.0128",
    "财政专户账号:6222.0212.3456.7890.128",
    "车辆编号 GD13987654321",
    "举报邮箱:jubao2023(at)163.com",
    "见附件 3#163 号文。",
    "统计表第139行 8765 户 4321 人",
    "产品型号:湘a12345,湘绣礼盒一套。",
    "货号 粤b·12345 的保温杯已入库。",
)

_DIGITS_APART = regex.compile(r"(?<=[0-9A-Za-z])[^\p{L}\p{N}*]{1,3}(?=[0-9A-Za-z])")


def read(text: str) -> str:
    """What a reader reads in ``text`` once Chinese numerals are digits and a number's separators gone: to
    look for a value in a redacted copy in the spellings above too."""
    shown = unicodedata.normalize("NFKC", text).translate(_READ)
    return _DIGITS_APART.sub("", "".join(char for char in shown if unicodedata.category(char) != "Cf"))
