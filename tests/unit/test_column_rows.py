"""The findings of tab-separated tables are read from rows of compact cells, each span found from the
lengths of the cells before it: they must be those of the table cells that ``text_cells`` lists."""

from __future__ import annotations

import random

import pytest

from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.normalize import normalize
from secreview.recognizers.columns import _findings_of, _tables, column_findings, lines_of
from secreview.recognizers.view import DocumentView
from secreview.tokenize import Tokenizer

HEADINGS = [
    "序号",
    "姓名",
    "户主",
    "身份证号码",
    "联系电话",
    "家庭住址",
    "致困原因",
    "金额(元)",
    "联系人",
    "备注",
]
VALUES = [
    "王某某",
    "张三",
    "张*明",
    " 李四 ",
    "  王五",
    "13380668968 ",
    "431262195706176627",
    "43129319890914560X",
    "4312931989x",
    "13380668968",
    "138****5678",
    "幸福村3组12号",
    "幸福村",
    "因病",
    "\u3000",
    "",
    " ",
    "1200",
    "无",
]
TITLES = ["2026年低保对象公示", "拟任职务公示", "困难群众名单", ""]


def _document(rng: random.Random) -> str:
    lines = [rng.choice(TITLES)]
    for _ in range(rng.randint(1, 3)):
        width = rng.randint(2, 5)
        lines.append("\t".join(rng.sample(HEADINGS, width)))
        for _ in range(rng.randint(0, 12)):
            cells = [rng.choice(VALUES) for _ in range(rng.randint(1, width + 1))]
            lines.append("\t".join(cells) if len(cells) > 1 else cells[0] + "\t")
        if rng.random() < 0.3:
            lines.append("附:说明" if rng.random() < 0.5 else "")
    return "\n".join(lines) + rng.choice(["\n", "", "\r\n"])


@pytest.mark.parametrize("seed", range(60))
def test_rows_of_compact_cells_give_the_findings_of_the_table_cells(seed: int) -> None:
    text = _document(random.Random(seed))
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
    normalized = normalize(text)
    view = DocumentView(extracted, normalized, Tokenizer())
    expected = column_findings(normalized.text, _tables(extracted, normalized))
    assert _findings_of(view).by_category == expected.by_category


@pytest.mark.parametrize("seed", range(40))
def test_tables_drawn_with_bars_give_the_findings_of_their_table_cells(seed: int) -> None:
    # The same tables drawn with bars (a Markdown pipe, a box character), rule lines between some rows.
    rng = random.Random(seed)
    bar = rng.choice(["|", "│", "┃", "｜"])
    rule = rng.choice(["|---|---|", "├──┼──┤", "+----+----+", "┣━━╋━━┫"])
    lines = []
    for line in _document(rng).split("\n"):
        lines.append(f"{bar}{line.replace(chr(9), bar)}{bar}" if "\t" in line else line)
        if rng.random() < 0.3:
            lines.append(rule)
    text = "\n".join(lines)
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
    normalized = normalize(text)
    view = DocumentView(extracted, normalized, Tokenizer())
    expected = column_findings(normalized.text, _tables(extracted, normalized))
    assert _findings_of(view).by_category == expected.by_category
    tab_text = normalize("\n".join(line for line in lines if line != rule).replace(bar, "\t")).text
    # Drawn with tabs, the tables make as many findings of each category.
    drawn = {category: len(bounds) for category, bounds in expected.by_category.items()}
    tabbed = _findings_of(_view(tab_text)).by_category
    assert drawn == {category: len(bounds) for category, bounds in tabbed.items()}


def _view(text: str) -> DocumentView:
    return DocumentView(ExtractedText(text, [Segment(0, len(text), BODY)]), normalize(text), Tokenizer())


@pytest.mark.parametrize("seed", range(40))
def test_lines_are_those_of_splitlines(seed: int) -> None:
    rng = random.Random(seed)
    pieces = ["a", "名单", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85"]
    pieces += ["\u2028", "\u2029", "\n\r", " ", "\x1f", "\u0085x"]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
    assert list(lines_of(text)) == text.splitlines(keepends=True)
