"""A labelled set of scanned pages, generated: our own text rendered with a CJK font at 150-300 dpi, with the
variants a scanner produces (slight rotation, noise, JPEG artefacts, a red round seal over part of the
text, two columns, a table with ruled lines), dense A4 pages and GB/T 9704 pages scanned into PDF,
holding identity numbers with valid check digits, mobiles of allocated ranges, names, home addresses
and secrecy markings, each labelled with its category and value.

    python benchmarks/ocr/scans.py OUT_DIR [--count N]   # writes the pages and labels.json

Used by ``evaluate.py`` and, for a few small pages, by the tests.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from secreview.validators import gb11643_check_char, mobile_prefixes, region_codes

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
)
FONT_INDEX_SC = 2  # the Simplified Chinese face in Noto's collections
A4_INCHES = (8.27, 11.69)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = "建国华明英秀兰桂芳志强军伟丽敏静磊洋艳勇杰娟涛斌超霞平刚玉梅红云海燕春晓东雪琴文博宇浩然思雨欣怡子轩"
CITIES = [
    ("长沙市", "芙蓉区"),
    ("株洲市", "荷塘区"),
    ("岳阳市", "岳阳楼区"),
    ("衡阳市", "蒸湘区"),
    ("常德市", "武陵区"),
]
ROADS = ["人民路", "建设北路", "五一大道", "解放西路", "韶山南路", "东风路", "劳动路", "朝阳街"]
# Markings the rules find in plain text too (a bare 秘密 without ★ they do not, scanned or not).
MARKINGS = ["机密★1年", "秘密★6个月", "内部资料 注意保存", "工作秘密", "秘密★5年"]
PURPOSES = ["临时救助金", "困难群众生活补贴", "危房改造补助", "医疗救助", "就业帮扶补贴"]


def font_path() -> Path | None:
    """The first CJK font installed (Debian: fonts-noto-cjk), or None."""
    return next((Path(path) for path in FONT_CANDIDATES if Path(path).is_file()), None)


@dataclass
class Label:
    category: str
    value: str


@dataclass
class Page:
    name: str
    variant: str
    dpi: int
    labels: list[Label] = field(default_factory=list)


class Values:
    """Personal data with valid structure, drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.regions = sorted(code for code in region_codes() if code[:2] in {"43", "11", "44", "51"})
        prefixes, _ = mobile_prefixes()
        self.mobiles = sorted(prefix for prefix in prefixes if len(prefix) == 3)

    def id_number(self) -> str:
        rng = self.rng
        birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        first17 = f"{rng.choice(self.regions)}{birth}{rng.randint(0, 999):03d}"
        return first17 + gb11643_check_char(first17)

    def mobile(self) -> str:
        return self.rng.choice(self.mobiles) + "".join(str(self.rng.randint(0, 9)) for _ in range(8))

    def name(self) -> str:
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2))))
        return self.rng.choice(SURNAMES) + given

    def address(self) -> str:
        city, district = self.rng.choice(CITIES)
        road = self.rng.choice(ROADS)
        number, building = self.rng.randint(1, 299), self.rng.randint(1, 12)
        room = f"{self.rng.randint(1, 6)}0{self.rng.randint(1, 4)}"
        return f"{city}{district}{road}{number}号{building}栋{room}室"


def _font(size_points: float, dpi: int) -> ImageFont.FreeTypeFont:
    path = font_path()
    if path is None:
        raise RuntimeError("no CJK font installed (apt-get install fonts-noto-cjk)")
    return ImageFont.truetype(str(path), max(8, round(size_points / 72 * dpi)), index=FONT_INDEX_SC)


def _blank(dpi: int) -> Image.Image:
    return Image.new("RGB", (round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)), "white")


Made = tuple[Image.Image, list[Label]]


def notice_page(values: Values, dpi: int, persons: int = 4, marking: bool = True) -> Made:
    """A notice about a subsidy: a marking at the top left, persons with ID, mobile and address in prose."""
    image = _blank(dpi)
    draw = ImageDraw.Draw(image)
    body, small = _font(16, dpi), _font(14, dpi)
    labels: list[Label] = []
    margin, y = round(0.9 * dpi), round(0.8 * dpi)
    step = round(16 / 72 * dpi * 1.75)
    if marking:
        mark = values.rng.choice(MARKINGS)
        draw.text((margin, y), mark, fill="black", font=body)
        labels.append(Label("secrecy", mark))
        y += step
    purpose = values.rng.choice(PURPOSES)
    draw.text((margin + round(1.2 * dpi), y), f"关于发放2026年度{purpose}的通知", fill="black", font=body)
    y += step * 2
    draw.text((margin, y), "各乡镇人民政府、街道办事处:", fill="black", font=body)
    y += step
    for _ in range(persons):
        name, number, mobile, address = values.name(), values.id_number(), values.mobile(), values.address()
        for text in (
            f"    经审核,申请人{name},公民身份号码{number},",
            f"联系电话{mobile},家庭住址{address},",
            f"符合{purpose}发放条件,予以发放。",
        ):
            draw.text((margin, y), text, fill="black", font=body)
            y += step
        labels += [Label("person_name", name), Label("id_number", number), Label("phone", mobile)]
        labels.append(Label("address", address))
    y += step
    draw.text((image.width - margin - round(3.2 * dpi), y), "县民政局(印)", fill="black", font=small)
    draw.text((image.width - margin - round(3.2 * dpi), y + step), "2026年11月20日", fill="black", font=small)
    return image, labels


def table_page(values: Values, dpi: int, rows: int = 10) -> Made:
    """A list of persons in a table with ruled lines: 序号, 姓名, 公民身份号码, 联系电话, 家庭住址."""
    image = _blank(dpi)
    draw = ImageDraw.Draw(image)
    title, cell = _font(16, dpi), _font(10.5, dpi)
    labels: list[Label] = []
    margin = round(0.6 * dpi)
    draw.text(
        (margin + round(1.5 * dpi), round(0.7 * dpi)),
        "2026年度困难群众入户走访登记表",
        fill="black",
        font=title,
    )
    widths = [0.5, 0.9, 2.0, 1.4, 2.7]
    xs = [margin]
    for width in widths:
        xs.append(xs[-1] + round(width * dpi))
    top, height = round(1.2 * dpi), round(0.42 * dpi)
    headings = ["序号", "姓名", "公民身份号码", "联系电话", "家庭住址"]
    for row in range(rows + 1):
        y = top + row * height
        if row == 0:
            texts = headings
        else:
            name, number, mobile, address = (
                values.name(),
                values.id_number(),
                values.mobile(),
                values.address(),
            )
            texts = [str(row), name, number, mobile, address]
            labels += [Label("person_name", name), Label("id_number", number), Label("phone", mobile)]
            labels.append(Label("address", address))
        for column, text in enumerate(texts):
            draw.text((xs[column] + round(0.06 * dpi), y + round(0.1 * dpi)), text, fill="black", font=cell)
    line = max(1, round(dpi / 100))
    for row in range(rows + 2):
        draw.line((xs[0], top + row * height, xs[-1], top + row * height), fill="black", width=line)
    for x in xs:
        draw.line((x, top, x, top + (rows + 1) * height), fill="black", width=line)
    return image, labels


def two_column_page(values: Values, dpi: int, persons: int = 6) -> Made:
    """Two columns of short entries (a bulletin): each entry a name, an ID and a mobile on their own lines."""
    image = _blank(dpi)
    draw = ImageDraw.Draw(image)
    body = _font(12, dpi)
    labels: list[Label] = []
    margin = round(0.7 * dpi)
    column_x = [margin, image.width // 2 + round(0.15 * dpi)]
    step = round(12 / 72 * dpi * 1.8)
    mark = values.rng.choice(MARKINGS)
    draw.text((margin, round(0.6 * dpi)), mark, fill="black", font=_font(16, dpi))
    labels.append(Label("secrecy", mark))
    for column in range(2):
        y = round(1.2 * dpi)
        for _ in range(persons // 2):
            name, number, mobile = values.name(), values.id_number(), values.mobile()
            for text in (f"当事人:{name}", f"身份证号:{number}", f"手机:{mobile}", "处理结果:已办结"):
                draw.text((column_x[column], y), text, fill="black", font=body)
                y += step
            y += step
            labels += [Label("person_name", name), Label("id_number", number), Label("phone", mobile)]
    return image, labels


DENSE_LINES, DENSE_CHARACTERS = 30, 50


def dense_page(values: Values, dpi: int = 200) -> Made:
    """A dense A4 page: 30 lines of 50 characters of prose, every third line naming a person with an ID
    and a mobile (the speed benchmark's worst ordinary page)."""
    image = _blank(dpi)
    draw = ImageDraw.Draw(image)
    margin = round(0.6 * dpi)
    size = (image.width - 2 * margin) / DENSE_CHARACTERS / dpi * 72  # points: 50 characters fill a line
    body = _font(size * 0.98, dpi)
    step = (image.height - 2 * margin) // DENSE_LINES
    labels: list[Label] = []
    filler = "根据有关规定经审核确认现将本年度困难群众生活补贴发放情况予以公示"
    filler += "请各单位认真核对如有异议及时反映"
    for row in range(DENSE_LINES):
        if row % 3 == 1:
            name, number, mobile = values.name(), values.id_number(), values.mobile()
            text = f"申请人{name},公民身份号码{number},联系电话{mobile},"
            labels += [Label("person_name", name), Label("id_number", number), Label("phone", mobile)]
        else:
            start = values.rng.randrange(len(filler))
            text = (filler[start:] + filler)[: DENSE_CHARACTERS - 2] + ("。" if row % 3 else ",")
        draw.text((margin, margin + row * step), text[:DENSE_CHARACTERS], fill="black", font=body)
    return image, labels


STANDARD_LINES, STANDARD_CHARACTERS = 22, 28
MM = 1 / 25.4  # inches


def standard_page(values: Values, dpi: int = 200) -> Made:
    """A page laid out as GB/T 9704 sets out an official document: 22 lines of 28 characters of 3号
    (16-point) type in a 156 x 225 mm text block (37 mm from the top, 28 mm from the left); every third
    line names a person with a mobile, the next gives the person's ID."""
    image = _blank(dpi)
    draw = ImageDraw.Draw(image)
    left, top = round(28 * MM * dpi), round(37 * MM * dpi)
    height = 225 * MM * dpi
    body = _font(16, dpi)  # 3号 (28 of its characters fill the 156 mm); Noto Serif CJK stands in for 仿宋
    step = height / STANDARD_LINES
    labels: list[Label] = []
    filler = "根据有关规定经审核确认现将本年度困难群众生活补贴发放情况予以公示"
    filler += "请各单位认真核对如有异议及时反映"
    number = ""
    for row in range(STANDARD_LINES):
        if row % 3 == 1:
            name, mobile, number = values.name(), values.mobile(), values.id_number()
            text = f"申请人{name},联系电话{mobile},"
            labels += [Label("person_name", name), Label("phone", mobile), Label("id_number", number)]
        elif row % 3 == 2:
            text = f"公民身份号码{number},经审核符合条件。"
        else:
            start = values.rng.randrange(len(filler))
            text = (filler[start:] + filler)[: STANDARD_CHARACTERS - 1] + "。"
        draw.text((left, top + row * step), text[:STANDARD_CHARACTERS], fill="black", font=body)
    return image, labels


def with_seal(image: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """A red round seal (a ring, a star and an arc of text) over the lower right of the page."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    radius = round(0.8 * dpi)
    cx = image.width - round(2.2 * dpi) + rng.randint(-20, 20)
    cy = round(image.height * 0.72) + rng.randint(-40, 40)
    red = (210, 30, 30, 170)
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=red, width=max(3, dpi // 40))
    star = [
        (
            cx + radius * 0.3 * math.cos(math.radians(90 + 72 * k)) * (1 if k % 1 == 0 else 0.5),
            cy - radius * 0.3 * math.sin(math.radians(90 + 72 * k)),
        )
        for k in range(5)
    ]
    draw.polygon([star[i] for i in (0, 2, 4, 1, 3)], fill=red)
    font = _font(11, dpi)
    for index, character in enumerate("县民政局业务专用章"):
        angle = math.radians(200 - index * 25)
        x = cx + radius * 0.72 * math.cos(angle)
        y = cy - radius * 0.72 * math.sin(angle)
        draw.text((x - 15, y - 15), character, fill=red, font=font)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def scanned(image: Image.Image, rng: random.Random, rotation: bool = True) -> Image.Image:
    """What a scanner adds: a slight rotation, grey paper, noise, a little blur."""
    if rotation:
        image = image.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor="white")
    noise = Image.effect_noise(image.size, rng.uniform(18, 30)).convert("RGB")
    image = Image.blend(image, noise, 0.12)
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def pdf(image: Image.Image, dpi: int) -> bytes:
    """A PDF whose one page is only ``image`` (no text layer), as a scanner writes it."""
    out = io.BytesIO()
    image.save(out, "PDF", resolution=dpi)
    return out.getvalue()


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def generate(out: Path, count: int, seed: int = 23) -> list[Page]:
    """``count`` pages of each layout, clean at 200 dpi and noisy at 150-300 dpi; ``count`` dense A4 pages
    (30 lines of 50 characters) scanned into PDF at 200 dpi, the speed benchmark's worst page; and
    ``count`` GB/T 9704 pages (22 lines of 28 characters), the ordinary official document, likewise."""
    rng = random.Random(seed)
    values = Values(rng)
    out.mkdir(parents=True, exist_ok=True)
    pages: list[Page] = []
    layouts = [("notice", notice_page), ("table", table_page), ("columns", two_column_page)]
    for index in range(count):
        for layout, make in layouts:
            image, labels = make(values, 200)
            name = f"clean-{layout}-{index:02d}.png"
            (out / name).write_bytes(png(image))
            pages.append(Page(name, f"clean {layout}", 200, labels))
            dpi = rng.choice((150, 200, 300))
            image, labels = make(values, dpi)
            image = scanned(with_seal(image, rng, dpi), rng)
            name = f"noisy-{layout}-{index:02d}.jpg"
            (out / name).write_bytes(jpeg(image, rng.randint(35, 60)))
            pages.append(Page(name, f"noisy {layout}", dpi, labels))
    for index in range(count):
        image, labels = dense_page(values)
        name = f"dense-{index:02d}.pdf"
        (out / name).write_bytes(pdf(image, 200))
        pages.append(Page(name, "dense page", 200, labels))
    for index in range(count):
        image, labels = standard_page(values)
        name = f"standard-{index:02d}.pdf"
        (out / name).write_bytes(pdf(image, 200))
        pages.append(Page(name, "standard page", 200, labels))
    (out / "labels.json").write_text(
        json.dumps([asdict(page) for page in pages], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return pages


def load(folder: Path) -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=3, help="pages of each layout and variant")
    args = parser.parse_args()
    pages = generate(args.out, args.count)
    print(f"{len(pages)} pages, {sum(len(page.labels) for page in pages)} labels → {args.out}")


if __name__ == "__main__":
    main()
