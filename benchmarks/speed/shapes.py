"""Growth per MB on long texts of other shapes than the hit-dense 公示 list (issue 20): CPU seconds per MB of
one ``check_text`` at two sizes, for lists and paragraphs a check's per-number readings meet (bare phone
lines, a paragraph without sentence marks, name rows, dialling instructions …). A growth well over 1 is a
reading that goes back to the text's start or on to its end for each item.

    python benchmarks/speed/shapes.py                         # every shape at 64 KB and 512 KB
    python benchmarks/speed/shapes.py --kb 128,1024 bare-phone-lines prose-ids

Generated text only (random names and numbers from a fixed seed), CPU time of one check after a warm-up
check. A check that stops on a rule's time budget (wall clock: a loaded machine reaches it sooner) prints
its error; its time is then not the whole check's. No target, no test: a report for speed work.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import secreview

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


class _Maker:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def name(self) -> str:
        return self.random.choice(_SURNAMES) + "".join(self.random.choices(_GIVEN, k=2))

    def digits(self, count: int) -> str:
        return "".join(self.random.choices("0123456789", k=count))

    def mobile(self) -> str:
        return "1" + self.random.choice("3589") + self.digits(9)

    def landline(self) -> str:
        return f"0{self.random.randrange(100, 999)}-{self.random.randrange(1000000, 9999999)}"


# Each shape: one item of the text from its number (a line, or a clause of one paragraph).
_SHAPES: dict[str, Callable[[_Maker, int], str]] = {
    "bare-phone-lines": lambda m, i: f"{i} 咨询政策 已答复\n电话:{m.landline()}\n",
    "label-lines": lambda m, i: (
        f"姓名:{m.name()}\n联系电话:{m.mobile()}\n住址:某某县某某镇某某村{i % 50 + 1}组\n"
    ),
    "table-bars": lambda m, i: f"{i} | {m.name()} | 男 | {m.mobile()} | 某某村{i % 30 + 1}组 |\n",
    "numbered": lambda m, i: f"{i}. {m.name()},男,住某某县某某镇某某村{i % 40 + 1}组,电话{m.mobile()}。\n",
    "unit-phones": lambda m, i: f"某某县第{i}中学(校长室)电话:{m.landline()}\n",
    "prose-ids": lambda m, i: (
        f"经查,{m.name()}(身份证号{m.digits(18)})于2023年在某某村经营,联系电话{m.mobile()},"
    ),
    "prose-address": lambda m, i: f"{m.name()}住某某市某某区某某路{i % 900 + 1}号{i % 30 + 1}栋,",
    "prose-dialled": lambda m, i: f"如有疑问请拨打{m.name()}电话{m.mobile()}或发送短信至{m.mobile()},",
}
_TITLE = "关于公布有关名单的通知\n"


def text_of(shape: str, kilobytes: int, seed: int = 5) -> str:
    """A text of ``shape`` of about ``kilobytes`` KB (UTF-8) under a title line."""
    maker, item = _Maker(seed), _SHAPES[shape]
    parts, size, number = [_TITLE], len(_TITLE.encode()), 0
    while size < kilobytes * 1024:
        number += 1
        parts.append(item(maker, number))
        size += len(parts[-1].encode())
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("shapes", nargs="*", metavar="SHAPE", help=f"of {', '.join(_SHAPES)} (default: all)")
    parser.add_argument("--kb", default="64,512", help="the two sizes, KB (default 64,512)")
    args = parser.parse_args(argv)
    unknown = [shape for shape in args.shapes if shape not in _SHAPES]
    if unknown:
        parser.error(f"unknown shape {unknown[0]!r}")
    sizes = [int(size) for size in args.kb.split(",")]
    engine = secreview.Engine()
    engine.check_text(_TITLE + "".join(item(_Maker(1), 1) for item in _SHAPES.values()))
    for shape in args.shapes or list(_SHAPES):
        measured = []
        for kilobytes in sizes:
            text = text_of(shape, kilobytes)
            started = time.process_time()
            report = engine.check_text(text).files[0]
            seconds = time.process_time() - started
            megabytes = len(text.encode()) / (1024 * 1024)
            measured.append((megabytes, seconds / megabytes, report.error))
        cells = "  ".join(
            f"{megabytes:.2f} MB {per_mb:.2f} s/MB" + (f" ({error})" if error else "")
            for megabytes, per_mb, error in measured
        )
        print(f"{shape:<17} {cells}  growth {measured[-1][1] / measured[0][1]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
