"""The fast weighing (rule plans, one look-up per span, a pre-check for context words) decides exactly what
the plain procedure decides: every candidate, its place, severity, message and reason, on documents with
table labels, parts, cell references, removed invisible characters and rules of every shape."""

from __future__ import annotations

import random
import re
from itertools import pairwise
from pathlib import Path

import pytest

from secreview import Engine
from secreview.categories import PERSONAL
from secreview.extract.base import BODY, COMMENT, FOOTER, HEADER, REVISION, TABLE, ExtractedText, Segment
from secreview.layout import Layout
from secreview.match import Candidate
from secreview.normalize import NormalizedText, fold, normalize
from secreview.public_spans import PublicSpans
from secreview.recognizers.view import DocumentView
from secreview.rulepack import load_packs
from secreview.rulepack.schema import Position
from secreview.tokenize import Tokenizer
from secreview.validators import REGISTRY, Verdict
from secreview.weighed import Weighed
from tests.testing import identifiers, secrecy_documents

# A pack whose context words defeat a pre-check that looked at the text around a span only: a word with a
# line break (it can span the pieces of the joined window), an empty word, and a label-only word.
_ODD_PACK = """
[pack]
prefix = "ZZ"
title = "测试"
version = "1"

[[rule]]
id = "ZZ001"
name = "broken-word"
kind = "keyword"
keywords = ["项目代号"]
category = "work_secret"
severity = "high"
title = "跨行上下文"
message = "测试"
basis = "测试依据"
description = "上下文词含换行。"
require_context = true
context = ["内部\\n", "\\n注意"]
context_window = 6

[rule.examples]
hit = ["内部\\n项目代号"]
miss = ["项目代号"]

[[rule]]
id = "ZZ002"
name = "empty-word"
kind = "keyword"
keywords = ["项目代号"]
category = "work_secret"
severity = "low"
title = "排除词"
message = "测试"
basis = "测试依据"
description = "排除词。"
exclude_context = ["内部", "公开"]

[rule.examples]
hit = ["项目代号"]
miss = ["公开项目代号"]

[[rule]]
id = "ZZ003"
name = "scoped"
kind = "keyword"
keywords = ["身份证"]
category = "sensitive_personal"
severity = "medium"
title = "限定部分"
message = "测试"
basis = "测试依据"
description = "只在表格和批注。"
scope = ["table", "comment"]
require_context = true
context = ["号码"]

[rule.examples]
hit = ["身份证号码"]
miss = ["身份证"]

[[rule]]
id = "ZZ004"
name = "whole-word"
kind = "keyword"
keywords = ["标底"]
boundary = "token"
category = "trade_secret"
severity = "medium"
title = "整词"
message = "测试"
basis = "测试依据"
description = "只算整词。"

[rule.examples]
hit = ["本项目标底为386万元"]
miss = ["坚守安全目标底线"]
"""

_PARTS = (BODY, BODY, BODY, TABLE, TABLE, HEADER, FOOTER, COMMENT, REVISION)
_LABELS = (
    "身份证号码",
    "联系电话",
    "银行账号",
    "开户行",
    "监督电话",
    "统一社会信用代码",
    "姓名",
    "号码",
    "備註",
)
_INVISIBLE = ("\u200b", "\u00ad", "\ufeff", "\u2060")


def _first_word_in(words: tuple[str, ...], before: str, after: str, label: str) -> str | None:
    for word in words:
        if word in before or word in after or word in label:
            return word
        if "\n" in word and word in f"{before}\n{after}\n{label}":
            return word
    return None


_ENDS = "\n。;;!!??"


def _plain_owned_word(
    candidate: Candidate, text: str, reach: int, label: str, owner: re.Pattern[str]
) -> str | None:
    """The first exclusion word that speaks of the candidate: any in the label or in its own sentence; one
    past a sentence's end or a line break only when that word's sentence (80 characters either side at most,
    not reaching the candidate) holds no ``owner`` match, or when it stands before a candidate whose sentence
    has no context word (a line continuing the one before)."""
    start, end = candidate.start, candidate.end
    low, high = max(0, start - reach), end + reach
    own_low, own_high = low, min(high, len(text))
    for at in range(start - 1, low - 1, -1):
        if text[at] in _ENDS:
            own_low = at + 1
            break
    for at in range(end, min(high, len(text))):
        if text[at] in _ENDS:
            own_high = at
            break
    context = candidate.rule.context
    labelled = not context or bool(label) or any(word in text[own_low:own_high] for word in context)
    bare = text[own_low:start].strip(" \t\u3000:：") in context and not text[end:own_high].strip(
        " \t\u3000。;；,，"
    )
    if labelled and not label and context and bare:
        labelled = False  # a bare field (电话:…) goes on with the line before it
    for word in candidate.rule.exclude_context:
        if word in label:
            return word
        for at in range(low, min(high, len(text)) - len(word) + 1):
            before = at + len(word) <= start
            if not text.startswith(word, at) or not (before or at >= end):
                continue
            between = text[at + len(word) : start] if before else text[end:at]
            if not any(mark in between for mark in _ENDS) or (before and not labelled):
                return word
            sentence_low = max(at - 80, 0 if before else end)
            sentence_high = min(at + len(word) + 80, start if before else len(text))
            first, last = at, at + len(word)
            while first > sentence_low and text[first - 1] not in _ENDS:
                first -= 1
            while last < sentence_high and text[last] not in _ENDS:
                last += 1
            if owner.search(text, first, last) is None:
                return word
    return None


def _placed(position: Position, start: int, part: str, layout: Layout) -> bool:
    if part in position.or_parts:
        return True
    if position.first_lines is not None and layout.in_first_lines(start, position.first_lines):
        return True
    return position.last_lines is not None and layout.in_last_lines(start, position.last_lines)


def _plain_weigh(
    candidate: Candidate,
    normalized: NormalizedText,
    extracted: ExtractedText,
    tokenizer: Tokenizer,
    layout: Layout,
) -> Weighed:
    """The procedure as written before the fast path: every step for every candidate."""
    rule = candidate.rule.rule
    start, end = normalized.to_original(candidate.start, candidate.end)
    part, segment = extracted.placement(start, end)
    location = segment.location if segment else None

    def dropped(why: str) -> Weighed:
        return Weighed(candidate.rule, start, end, part, location, None, "", why)

    if rule.scope and part not in rule.scope:
        return dropped(f"scope: part {part} not in {rule.scope}")
    if rule.position is not None and not _placed(rule.position, start, part, layout):
        return dropped("position: not where such a marking stands")
    reach = rule.context_window
    text = normalized.text
    label = fold(segment.label) if segment is not None and segment.label else ""
    before = text[max(0, candidate.start - reach) : candidate.start]
    after = text[candidate.end : candidate.end + reach]
    if rule.exclude_owner is None:
        excluded = _first_word_in(candidate.rule.exclude_context, before, after, label)
    else:
        excluded = _plain_owned_word(candidate, text, reach, label, re.compile(rule.exclude_owner))
    if excluded is not None:
        return dropped(f"context: {excluded!r} marks it as public")
    context = _first_word_in(candidate.rule.context, before, after, label)
    if rule.require_context and context is None:
        return dropped("context: no context word nearby")
    severity, message = rule.severity, rule.message
    if (
        rule.validator is not None
        and REGISTRY[rule.validator](text[candidate.start : candidate.end]) is Verdict.INVALID
    ):
        fallback = rule.on_invalid
        if fallback is None or (fallback.require_context and context is None):
            return dropped(f"validator {rule.validator}: invalid")
        severity, message = fallback.severity, fallback.message
    if rule.boundary == "token" and not tokenizer.aligned(text, candidate.start, candidate.end):
        return dropped("boundary: not a whole word")
    why = f"kept (context {context!r})" if context else "kept"
    return Weighed(candidate.rule, start, end, part, location, severity, message, why)


def _plain_weigh_all(engine: Engine, extracted: ExtractedText) -> tuple[list[Weighed], list[Weighed]]:
    normalized = normalize(extracted.text)
    text = normalized.text
    candidates = [
        *engine._keywords.find(text),
        *engine._patterns.find(text),
        *engine._recognizers.find(DocumentView(extracted, normalized, engine.tokenizer)),
    ]
    layout = Layout(extracted)
    weighed = [_plain_weigh(c, normalized, extracted, engine.tokenizer, layout) for c in candidates]
    public = [item for item in weighed if item.kept and item.rule.rule.effect == "suppress"]
    spans = PublicSpans(public)
    reported = []
    for item in weighed:
        if item.rule.rule.effect == "suppress":
            continue
        cover = spans.cover(item) if item.kept else None
        if cover is not None:
            rule = cover.rule.rule
            why = f"suppressed: inside {rule.id} ({rule.title})"
            item = Weighed(item.rule, item.start, item.end, item.part, item.location, None, "", why)
        reported.append(item)
    return reported, public


def _comparable(items: list[Weighed]) -> list[tuple[object, ...]]:
    return [(item.rule.rule.id, *item[1:]) for item in items]


def _with_invisibles(text: str, rng: random.Random) -> str:
    pieces = list(text)
    for _ in range(rng.randint(1, 12)):
        pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(_INVISIBLE))
    return "".join(pieces)


def _resegmented(text: str, rng: random.Random) -> ExtractedText:
    """Random segments of random parts, labels and cell references, with gaps that belong to no part."""
    cuts = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(rng.randint(1, 30)))})
    segments = []
    for number, (start, end) in enumerate(pairwise(cuts)):
        if start == end or rng.random() < 0.15:
            continue
        part = rng.choice(_PARTS)
        location = rng.choice((None, f"B{number + 2}", f"名单!C{number}", "第2页"))
        label = rng.choice((None, None, *_LABELS))
        segments.append(Segment(start, end, part, location, label))
    return ExtractedText(text, segments)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    pack = Path(tmp_path_factory.mktemp("packs")) / "odd.toml"
    pack.write_text(_ODD_PACK, encoding="utf-8")
    return Engine(packs=load_packs([pack]))


def _documents() -> list[ExtractedText]:
    rng = random.Random(20261123)
    extracted = [document.extracted() for document in identifiers.labelled_documents(seed=3, count=24)]
    texts = [document.text for document in secrecy_documents.labelled_documents(per_category=2, seed=9)]
    texts += [
        "内部\n项目代号\n注意",
        "内部项目代号",
        "项目代号注意",
        "项目代号 公开",
        "身份证号码 表格",
        "",
        "\u200b",
    ]
    texts += ["坚守安全目标底线为100天无事故。本项目标底为人民币386.5万元。"]
    for text in texts:
        extracted.append(ExtractedText(text, [Segment(0, len(text), BODY)] if text else []))
    for source in list(extracted):
        if source.text:
            extracted.append(_resegmented(source.text, rng))
            extracted.append(_resegmented(_with_invisibles(source.text, rng), rng))
    return extracted


DOCUMENTS = _documents()


def _one_per_span(items: list[Weighed]) -> list[Weighed]:
    """The kept items as a report's weighing keeps them: of several on one span of one category, the one
    of the first rule id (the earlier of equals), with the highest severity among them for personal data."""
    groups: dict[tuple[int, int, object], list[Weighed]] = {}
    for item in items:
        groups.setdefault((item.start, item.end, item.rule.rule.category), []).append(item)
    merged = []
    for group in groups.values():
        first = min(group, key=lambda item: item.rule.rule.id)
        if first.rule.rule.category in PERSONAL:
            highest = max((item.severity for item in group if item.severity), key=lambda s: s.rank)
            first = first._replace(severity=highest)
        merged.append(first)
    return merged


def _assert_one_per_span(
    engine: Engine, extracted: ExtractedText, kept: list[Weighed], plain: list[Weighed]
) -> None:
    """The report's weighing keeps one item per span and category; the findings are those of every item."""
    assert _comparable(kept) == _comparable(_one_per_span(plain))
    assert engine._findings(extracted, kept) == engine._findings(extracted, plain)


def test_a_list_has_one_kept_item_per_number(engine: Engine) -> None:
    rng = random.Random(4)
    rows = [
        f"{row}\t王某某\t{identifiers.resident_id(rng)}\t{identifiers.mobile(rng)}" for row in range(1, 9)
    ]
    text = "\n".join(["低保对象公示", "序号\t户主\t身份证号\t联系电话", *rows]) + "\n"
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
    kept, _ = engine._weigh(extracted, normalize(text), dropped=False)
    plain = [item for item in _plain_weigh_all(engine, extracted)[0] if item.kept]
    assert len(kept) == 16 < len(plain)  # several rules on each number, one item each
    _assert_one_per_span(engine, extracted, kept, plain)


@pytest.mark.parametrize("number", range(len(DOCUMENTS)))
def test_fast_weighing_decides_as_the_plain_procedure(engine: Engine, number: int) -> None:
    extracted = DOCUMENTS[number]
    reported, public = engine.weigh_all(extracted)
    plain_reported, plain_public = _plain_weigh_all(engine, extracted)
    assert _comparable(reported) == _comparable(plain_reported)
    assert _comparable(public) == _comparable(plain_public)
    kept, kept_public = engine._weigh(extracted, normalize(extracted.text), dropped=False)
    _assert_one_per_span(engine, extracted, kept, [item for item in plain_reported if item.kept])
    assert _comparable(kept_public) == _comparable(plain_public)


_WORDS = ("账号", "卡号", "开户行", "社保卡号", "医保号", "信用代码", "注册号")
_WORDS += ("身份证", "电话", "监督电话", "对公", "")
_IDENTIFIERS = (
    identifiers.resident_id,
    identifiers.mobile,
    identifiers.bank_card,
    identifiers.uscc,
    lambda rng: identifiers.resident_id(rng)[:-1],
)


def _word_at_a_distance(rng: random.Random) -> str:
    """An identifier with context words 0 to 25 characters away: in, at the edge of and out of windows."""
    number = rng.choice(_IDENTIFIERS)(rng)
    before = rng.choice(_WORDS) + "某" * rng.randint(0, 25)
    after = "某" * rng.randint(0, 25) + rng.choice(_WORDS)
    return f"{before}{number}{after}"


@pytest.mark.parametrize("seed", range(40))
def test_context_words_at_every_distance(engine: Engine, seed: int) -> None:
    rng = random.Random(seed)
    text = "\n".join(_word_at_a_distance(rng) for _ in range(12))
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
    plain_reported, plain_public = _plain_weigh_all(engine, extracted)
    kept, kept_public = engine._weigh(extracted, normalize(text), dropped=False)
    _assert_one_per_span(engine, extracted, kept, [item for item in plain_reported if item.kept])
    assert _comparable(kept_public) == _comparable(plain_public)
    assert _comparable(engine.weigh_all(extracted)[0]) == _comparable(plain_reported)


def test_the_documents_exercise_every_kind_of_drop_and_keep(engine: Engine) -> None:
    reasons: set[str] = set()
    for extracted in DOCUMENTS:
        reported, public = _plain_weigh_all(engine, extracted)
        reasons.update(item.why.split(":")[0].split(" (")[0] for item in [*reported, *public])
    assert {"kept", "scope", "position", "context", "suppressed", "boundary"} <= reasons
    assert any(reason.startswith("validator") for reason in reasons)


def test_words_with_line_breaks_still_count(engine: Engine) -> None:
    # The window joins the text before, after and the label with line breaks: 内部 + "\n" is in it.
    reported, _ = engine.weigh_all(ExtractedText("内部项目代号", [Segment(0, 6, BODY)]))
    why = {item.rule.rule.id: item.why for item in reported}
    assert why["ZZ001"] == "kept (context '内部\\n')"
    assert why["ZZ002"] == "context: '内部' marks it as public"
