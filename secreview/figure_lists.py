"""The lists of a document's text whose items a redacted copy weighs one against another (leak11, leak12):
runs of lines opening with markers of one kind (一、 (一) 1. (1) bullets, lines opening with a label and a
colon) and the rows of a table (cells apart by ``|``, a tab or runs of two spaces). An item goes on over
the lines below it without a marker and over the lists nested in it (a (一) item's 申报项目: and 经营情况:
lines); a blank line before a line without a marker ends the run, a higher level's line ends a lower run.
The document's sections (一、 and a heading, the text below) are no list."""

from __future__ import annotations

import re

# A list item's marker, by kind, the highest level first: 一、 (一) 1. (1) a bullet, and a line that opens
# with a label and a colon (恒远进出口有限公司:…, one line per firm); a table's row is the lowest.
_MARKER = re.compile(
    r"[ \t\u3000]*(?:"
    r"(?P<han>[一二三四五六七八九十]{1,3}、)"
    r"|(?P<paren_han>[(（][一二三四五六七八九十]{1,3}[)）])"
    r"|(?P<arabic>\d{1,2}[.．、](?!\d))"
    r"|(?P<paren_arabic>[(（]\d{1,2}[)）])"
    r"|(?P<bullet>[-–•·●▪◆](?=[ \t\u3000]*\S))"
    r"|(?P<label>[^\s:：,，。;；、()（）|]{2,24}[:：](?=\S))"
    r")"
)
ROW = "row"
_LEVELS = ("han", "paren_han", "arabic", "paren_arabic", "bullet", "label", ROW)
# A table's row: three cells or more, apart by a bar, a tab or a run of two spaces (after the indent).
_ROW = re.compile(
    r"[ \t\u3000]*(?:[^|\n]*\|){2}|[ \t\u3000]*[^\t\n]*\t|[ \t\u3000]*\S+(?:[ \u3000]{2,}\S+){2,}"
)
# A cell of a row: a run of characters no bar, tab, line break or two spaces cut.
CELL = re.compile(r"(?:(?![ \u3000]{2})[^|\t\n])+")
# A section's heading: a short line that is no sentence (二、复核意见), its text on the lines below.
_HEADING = re.compile(r"[^,，。;；:：]{1,30}[:：]?")
_DIGIT = re.compile(r"\d")

# An item: its start, its end and where its text begins after its marker.
Item = tuple[int, int, int]
# A list: its kind, the line before its first item (its lead-in; for a table, with its heading row) and its
# items.
List = tuple[str, str, list[Item]]
# An open run of items: its kind, its lead-in, its items, and whether they are a document's sections.
_Run = tuple[str, str, list[Item], bool]


def lists(text: str) -> list[List]:
    """The lists of ``text`` of two items or more (see the module)."""
    runs: list[_Run] = []  # open runs, the outermost first
    done: list[List] = []
    blank = False
    previous = ""  # the last line that is not blank
    position = 0
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        if not line.strip():
            blank = True
            continue
        kind, body = _kind(text, start, end)
        if kind is None:
            if runs and not blank and runs[-1][0] not in ("label", ROW):  # the last item goes on
                last, lead, items, sections = runs[-1]
                heading = text[items[-1][0] : items[-1][1]] if items[-1][1] < start else ""
                items[-1] = (items[-1][0], end, items[-1][2])
                section = last == "han" and _HEADING.fullmatch(heading) is not None
                runs[-1] = (last, lead, items, sections or section)
            else:
                while runs:
                    done += _pop(runs)
        else:
            level = _LEVELS.index(kind)
            while runs and _LEVELS.index(runs[-1][0]) > level:
                done += _pop(runs)
            item = (start, end, body)
            if runs and runs[-1][0] == kind:
                runs[-1][2].append(item)
            else:
                if runs and runs[-1][0] == "han":  # a 一、 heading with a list below it is a section
                    last, lead, items, _ = runs[-1]
                    first = text[items[-1][0] : items[-1][1]]
                    runs[-1] = (last, lead, items, runs[-1][3] or _HEADING.fullmatch(first) is not None)
                if kind == ROW and not _DIGIT.search(text, start, end):  # a table's heading row: its lead-in
                    runs.append((kind, f"{previous}\n{text[start:end].strip()}", [], False))
                else:
                    runs.append((kind, previous, [item], False))
        previous = line.strip()
        blank = False
    while runs:
        done += _pop(runs)
    return done


def _kind(text: str, start: int, end: int) -> tuple[str | None, int]:
    """The kind of the line's marker (a row first) and where its text begins, or None."""
    if _ROW.match(text, start, end):
        return ROW, start + len(text[start:end]) - len(text[start:end].lstrip(" \t\u3000"))
    marker = _MARKER.match(text, start, end)
    kind = next((name for name in _LEVELS[:-1] if marker.group(name)), None) if marker else None
    return kind, marker.end() if marker else start


def _pop(runs: list[_Run]) -> list[List]:
    """Close the innermost run; the item it stands in goes on to its end. The run as a list, if it is one."""
    kind, lead, items, sections = runs.pop()
    if runs and items:
        parent = runs[-1][2]
        parent[-1] = (parent[-1][0], max(parent[-1][1], items[-1][1]), parent[-1][2])
    return [(kind, lead, items)] if len(items) > 1 and not sections else []


def body_start(text: str, start: int, end: int) -> int:
    """Where the text of the line at ``start`` begins after its list marker (``start`` without one)."""
    marker = _MARKER.match(text, start, end)
    return marker.end() if marker and not marker.group("label") else start


_PIPE_CELLS = re.compile(r"[^|\n]+")
_TAB_CELLS = re.compile(r"[^\t\n]+")
_SPACE_CELLS = re.compile(r"[^\s]+")
_HEADING_REACH = 80  # lines above a row searched for its table's heading row


def column_heading(text: str, offset: int) -> str | None:
    """The heading of the table column the character at ``offset`` stands in: the row's cells (apart by
    ``|``, tabs or spaces) matched one for one with those of the nearest line above without digits that
    has as many cells (the heading row), or None."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    line = text[start:end]
    cells = _PIPE_CELLS if "|" in line else _TAB_CELLS if "\t" in line else _SPACE_CELLS
    row = [(m.start() + start, m.end() + start) for m in cells.finditer(line)]
    index = next((i for i, (low, high) in enumerate(row) if low <= offset < high), None)
    if index is None or len(row) < 3:
        return None
    above = text[:start].rstrip("\n").split("\n")[-_HEADING_REACH:]
    for previous in reversed(above):
        if not previous.strip():
            return None
        if not _DIGIT.search(previous):
            headings = [m.group().strip() for m in cells.finditer(previous)]
            return headings[index] if len(headings) == len(row) else None
    return None
