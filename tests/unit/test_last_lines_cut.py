"""A report does not run a rule placed only among the last lines (PB008's contact block) on windows that
end before them: it weighs the same candidates as when every window runs."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.layout import Layout, Places
from secreview.match import Candidate
from secreview.normalize import normalize
from secreview.weighed import Weighed
from tests.conftest import CORPUS, shared_files

_BLOCK = "联系人:万晓东\n联系电话:13974108526\n电子邮箱:szlhc2025@163.com\n"
_BODY = "".join(f"第{number}条 各单位应当按照规定做好工作,结合实际,抓好落实。\n" for number in range(30))


def _weighed(
    engine: Engine, text: str, *, cut: bool, segments: list[Segment] | None = None
) -> tuple[list[Weighed], list[Weighed], list[Candidate]]:
    extracted = ExtractedText(text, segments or [Segment(0, len(text), BODY)])
    normalized = normalize(text)
    layout = Layout(extracted)
    places = Places(layout, normalized) if cut else None
    candidates = list(engine._patterns.find(normalized.text, places))
    reported, public = engine._weigher.weigh(candidates, normalized, extracted, layout, dropped=False)
    return reported, public, candidates


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _key(candidate: Candidate) -> tuple[str, int, int]:
    return candidate.rule.rule.id, candidate.start, candidate.end


def _texts() -> list[str]:
    texts = [
        _BLOCK + _BODY,  # a block at the start: not among the last lines
        _BODY + _BLOCK,
        _BLOCK + _BODY + _BLOCK,
        _BODY[:200] + _BLOCK + _BODY[:300],
        # Invisible characters removed by normalization: offsets move.
        "\u200b" * 40 + _BLOCK.replace("联系", "联\u200b系") + _BODY + "\u200b" + _BLOCK,
        # A line in display order (a bidi control): no cut.
        "\u202e" + _BLOCK + _BODY + _BLOCK,
        "",
        "\n\n\n",
        _BLOCK,
        # A window that begins above the last lines and holds the block among them: searched whole.
        _BODY[:300] + "详情请电话咨询。\n" + _BODY[:60] + _BLOCK + _BODY[:270],
    ]
    return texts + [path.read_text(encoding="utf-8") for path in shared_files(CORPUS)]


def _header(text: str) -> list[Segment] | None:
    """The text's first line as a page header (apart from the main text: its lines are not counted)."""
    line_end = text.find("\n")
    if line_end <= 0:
        return None
    return [Segment(0, line_end, "header"), Segment(line_end + 1, len(text), BODY)]


def test_the_cut_weighs_the_same_candidates(engine: Engine) -> None:
    skipped: dict[str, int] = {}
    for text in _texts():
        for segments in (None, _header(text)):
            reported, public, candidates = _weighed(engine, text, cut=True, segments=segments)
            every = _weighed(engine, text, cut=False, segments=segments)
            assert reported == every[0], text[:40]
            assert public == every[1], text[:40]
            assert {_key(item) for item in candidates} <= {_key(item) for item in every[2]}
            for rule in {item.rule.rule.id for item in every[2]}:
                kept = sum(1 for item in candidates if item.rule.rule.id == rule)
                skipped[rule] = (
                    skipped.get(rule, 0) + sum(1 for item in every[2] if item.rule.rule.id == rule) - kept
                )
    assert skipped["PB008"] > 0  # the block at the start of a text is not searched


@pytest.mark.parametrize(
    "text", [_BODY + _BLOCK, _BODY[:300] + "详情请电话咨询。\n" + _BODY[:60] + _BLOCK + _BODY[:270]]
)
def test_a_block_among_the_last_lines_is_still_public(engine: Engine, text: str) -> None:
    _, public, _ = _weighed(engine, text, cut=True)
    assert any(item.rule.rule.id == "PB008" for item in public)


@pytest.mark.parametrize("count", [1, 3, 12, 100])
def test_the_last_lines_are_found_from_the_end_as_from_the_start(count: int) -> None:
    texts = [*_texts(), " \n\t\n", "a\n\n\u3000\nb\n", "\n" * 5 + "x"]
    for text in texts:
        segments = [Segment(0, len(text), BODY)]
        if len(text) > 20:  # a header at the end, apart from the main text
            segments = [Segment(0, len(text) - 20, BODY), Segment(len(text) - 20, len(text), "header")]
        for extracted in (ExtractedText(text, segments), ExtractedText(text, [Segment(0, len(text), BODY)])):
            lines = Layout(extracted)._main_lines
            expected = lines[max(0, len(lines) - count)] if lines else None
            assert Layout(extracted).last_lines_start(count) == expected, (text[:30], count)
