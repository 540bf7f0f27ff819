"""From fired signals to findings of the five judged categories, and a trace of how they combined."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from secreview.build_cache import compile_regex
from secreview.judge.schema import Combination, JudgementSettings
from secreview.judge.signals import Fired, Hit, Regions, enough
from secreview.models import Category, TraceRole, TraceStep

_LINE_REGIONS = frozenset({"title", "addressee"})
Spans = Sequence[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Verdict:
    """A combination that holds: the span it points at (normalized offsets) and the signals behind it."""

    combination: Combination
    start: int
    end: int
    used: list[Fired]
    severable: bool = False  # a paragraph the redacted copy removes (第三十七条); else the whole document
    # Of a paragraph combination's passage that is what the document is: why it is withheld whole (the
    # settings' ``whole_record`` or ``whole_most``, worded).
    whole: str = ""


@dataclass(slots=True)
class Outcome:
    verdicts: list[Verdict] = field(default_factory=list)
    trace: list[TraceStep] = field(default_factory=list)
    # Categories the rule packs reported only inside the severable paragraphs: their findings go with them.
    released: set[Category] = field(default_factory=set)


def _chosen(groups: Sequence[Sequence[str]], fired: Mapping[str, Fired]) -> list[Fired] | None:
    """One fired signal per group of ``require`` (the first in the group's order), or None."""
    chosen = []
    for group in groups:
        present = [fired[name] for name in group if name in fired]
        if not present:
            return None
        chosen.extend(present)
    return chosen


def _held_at(
    combination: Combination,
    fired: Mapping[str, Fired],
    paragraphs: Mapping[str, Mapping[int, Fired]],
    index: int,
) -> tuple[int, list[Fired], list[Fired]] | None:
    """The paragraph at ``index`` (main line index) if the combination's ``require`` holds there, its signals
    counted with ``fired``: (index, the signals used, those of ``unless`` that stop it there); else None."""
    here = {**fired, **{name: found[index] for name, found in paragraphs.items() if index in found}}
    used = _chosen(combination.require, here)
    if used is None:
        return None
    return index, used, [here[name] for name in combination.unless if name in here]


def _labels(signals: Sequence[Fired]) -> str:
    return " + ".join(f"{item.compiled.signal.label}“{item.hits[0].text}”" for item in signals)


def _evidence(combination: Combination, used: list[Fired], regions: Regions) -> Hit:
    by_name = {item.name: item for item in used}
    preferred = [by_name[name] for name in combination.evidence if name in by_name] or used
    item = preferred[0]
    return item.hits[0]


def _span(item_region: str, hit: Hit, regions: Regions) -> tuple[int, int]:
    if item_region in _LINE_REGIONS:
        line = regions.lines[hit.line]
        text = regions.line_text(line)
        return line.start + len(text) - len(text.lstrip()), line.start + len(text.rstrip())
    return hit.start, hit.end


# What a document says about its matter (undecided, kept from circulation) can be cut out with a paragraph;
# its genre, audience and direction stay with what remains.
_SEVERABLE_KINDS = frozenset({"state", "circulation"})
# What a document is and whom it goes to: a combination of these alone withholds it for its frame.
_FRAMING_KINDS = frozenset({"genre", "audience"})
# Severable paragraphs that make up this share of the text or more are the document itself, not a part of it.
MOST_OF_TEXT = 0.5


def _inside(item: Fired, spans: Sequence[tuple[int, int]]) -> bool:
    return all(any(start <= hit.start and hit.end <= end for start, end in spans) for hit in item.hits)


def _confined(used: Sequence[Fired], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the document would not hold the combination once the paragraphs ``spans`` are removed: every
    hit of the used state and circulation signals lies inside them (and there is one); or, when none is used
    and its genre and audience are only ones that public documents share (``weak``: 方案, 报告 …), every hit
    of its subject signals does."""
    if not spans:
        return False
    # A subject found on several lines of its own (min_lines) is what the whole text is about: not confined
    # while some of it stands outside the paragraphs.
    spread = [
        item for item in used if item.compiled.signal.kind == "subject" and item.compiled.signal.min_lines > 1
    ]
    if not all(_inside(item, spans) for item in spread):
        return False
    telling = [item for item in used if item.compiled.signal.kind in _SEVERABLE_KINDS]
    if telling:
        return all(_inside(item, spans) for item in telling)
    framing = [item for item in used if item.compiled.signal.kind in ("genre", "audience")]
    subjects = [item for item in used if item.compiled.signal.kind == "subject"]
    if not subjects or not all(item.compiled.signal.weak for item in framing):
        return False
    return all(_inside(item, spans) for item in subjects)


def _holds_outside(combination: Combination, used: Sequence[Fired], spans: Spans) -> bool:
    """Whether the copy without the paragraphs ``spans`` would still hold the combination: every group of
    ``require`` keeps a used signal whose hits outside them are still enough for it to fire. Then the
    paragraphs are not where what it is withheld for lies (a weak point told in another paragraph than the
    one that asks to keep it inside), and cutting them does not release the document."""
    left = {item.name for item in used if _fires_outside(item, spans)}
    return all(any(name in left for name in group) for group in combination.require)


def _fires_outside(item: Fired, spans: Spans) -> bool:
    """Whether the hits of ``item`` outside the paragraphs ``spans`` are still enough for it to fire."""
    outside = [hit for hit in item.hits if not any(a <= hit.start and hit.end <= b for a, b in spans)]
    return bool(outside) and enough(outside, item.compiled.signal)


def _beyond(used: Sequence[Fired], spans: Spans) -> list[Fired]:
    """The used subject signals whose hits outside the paragraphs ``spans`` are still enough for them to
    fire: the exempt content that the redacted copy would keep."""
    return [item for item in used if item.compiled.signal.kind == "subject" and _fires_outside(item, spans)]


def _framed_for(combination: Combination, used: Sequence[Fired]) -> bool:
    """Whether the genre and audience signals ``used`` let ``yields_to_severable`` apply: all of them, when
    the combination names ``severable_frames``, are among those or shared by public documents (weak)."""
    frames = combination.severable_frames
    return not frames or all(
        item.name in frames or item.compiled.signal.weak
        for item in used
        if item.compiled.signal.kind in _FRAMING_KINDS
    )


def _paragraphs_hit(used: Sequence[Fired], spans: Spans) -> set[tuple[int, int]]:
    """The paragraphs of ``spans`` that hold a hit of one of the used subject signals."""
    hits = [hit for item in used if item.compiled.signal.kind == "subject" for hit in item.hits]
    return {(a, b) for a, b in spans if any(a <= hit.start and hit.end <= b for hit in hits)}


def _covered_by(item: Fired, routine: Sequence[Fired]) -> bool:
    """Whether every hit of ``item`` lies inside a hit of one of the ``routine`` signals."""
    spans = [(hit.start, hit.end) for fired in routine for hit in fired.hits]
    return bool(spans) and all(any(a <= hit.start and hit.end <= b for a, b in spans) for hit in item.hits)


def _routine_note(routine: Sequence[Fired], matter: Sequence[Fired]) -> str:
    """What the trace says of a report whose only states are routine ones (``routine_states``) or concern a
    matter that is not the agency's to deliberate (``routine_matter``)."""
    if matter:
        first = matter[0]
        return (
            f"{first.compiled.signal.label}“{first.hits[0].text}”:所述拟办、建议是该事项的办理程序,"
            "本报告未就本机关自身事项提出或等待决定;"
        )
    quoted = "".join(f"“{text}”" for text in dict.fromkeys(hit.text for item in routine for hit in item.hits))
    return f"所述{quoted}仅为请上级阅知或既定程序的日程,未提出或等待决定;"


def _weakly_framed(used: Sequence[Fired]) -> bool:
    """Whether a combination uses no state or circulation signal, and only genres and audiences that public
    documents share (``weak``)."""
    kinds = [(item.compiled.signal.kind, item.compiled.signal.weak) for item in used]
    telling = any(kind in _SEVERABLE_KINDS for kind, _ in kinds)
    return not telling and all(weak for kind, weak in kinds if kind in ("genre", "audience"))


# An item of a bulletin opens with its heading in 【】 (【本月概况】, 【下周行动安排】); the 报/送/发 line
# closes the last.
_BULLETIN_ITEM = compile_regex(r"^[ \t]*【[^】\n]{2,20}】")
_DISTRIBUTION = compile_regex(r"^[ \t]*\((?:报|送|发|抄送):")
# A bulletin has at least this many items: each of its own matter, reported to its own readers.
MIN_BULLETIN_ITEMS = 3


def _bulletin_items(regions: Regions) -> tuple[list[int], list[int]]:
    """The first and last lines of each item of a bulletin (its 【】 heading and the lines up to the next
    heading or the distribution line), in a document of at least ``MIN_BULLETIN_ITEMS`` such items; else
    none. Found once a document."""
    texts = [regions.line_text(line) for line in regions.lines]
    firsts = [number for number, text in enumerate(texts) if _BULLETIN_ITEM.search(text)]
    if len(firsts) < MIN_BULLETIN_ITEMS:
        return [], []
    lasts = []
    for first in firsts:
        last = first
        while last + 1 < len(texts) and not (
            _BULLETIN_ITEM.search(texts[last + 1]) or _DISTRIBUTION.search(texts[last + 1])
        ):
            last += 1
        lasts.append(last)
    return firsts, lasts


def _bulletin_item(regions: Regions, index: int) -> tuple[int, int] | None:
    """The item of a bulletin (``_bulletin_items``) that holds line ``index``; else None."""
    firsts, lasts = regions.analysis(_bulletin_items)
    at = bisect_right(firsts, index) - 1
    if at < 0 or lasts[at] < index:
        return None
    return regions.lines[firsts[at]].start, regions.lines[lasts[at]].end


def _one_item(used: Sequence[Fired], regions: Regions) -> tuple[int, int] | None:
    """The one item of a bulletin that holds every hit of the used subject, state and circulation signals,
    when its genre and audience are only ones public documents share (weak): a bulletin's items each tell
    their own matter, and the item whose content is exempt is cut from the rest (第三十七条); or None."""
    if any(item.compiled.signal.kind in _FRAMING_KINDS and not item.compiled.signal.weak for item in used):
        return None
    hits = [hit for item in used if item.compiled.signal.kind not in _FRAMING_KINDS for hit in item.hits]
    if not hits:
        return None
    span = _bulletin_item(regions, hits[0].line)
    if span is None or not all(span[0] <= hit.start and hit.end <= span[1] for hit in hits):
        return None
    if regions.share_of([span]) >= MOST_OF_TEXT:
        return None
    return span


def _sections(regions: Regions, severed: Spans) -> list[tuple[int, int]]:
    """The numbered sections (一、 …, with their items) that hold severable paragraphs, when the paragraphs
    do not already cover them and what would remain is most of the text."""
    sections: list[tuple[int, int]] = []
    for start, _ in severed:
        span = regions.section_span(regions.line_of(start))
        if span is None or span in sections or any(a <= span[0] and span[1] <= b for a, b in severed):
            continue
        sections.append(span)
    outside = [cut for cut in severed if not any(a <= cut[0] and cut[1] <= b for a, b in sections)]
    if sections and regions.share_of(sorted({*outside, *sections})) >= MOST_OF_TEXT:
        return []
    return sections


def _record_genre(
    settings: JudgementSettings,
    combination: Combination,
    regions: Regions,
    document: Mapping[str, Fired],
    held: Sequence[tuple[int, list[Fired], list[Fired]]],
) -> str:
    """Why the paragraphs where ``combination`` holds are what the document is: one of its ``whole_in``
    signals (the genre of a record of deliberation) fired outside them, so the record's other items are the
    same deliberation and nothing of it can be separated (第三十七条); empty when none did."""
    spans = [regions.paragraph_span(index) for index, _, blocked in held if not blocked]
    if not spans:
        return ""
    for name in combination.whole_in:
        item = document.get(name)
        if item is not None and _fires_outside(item, spans):
            return settings.whole_record.format(signal=item.compiled.signal.label, text=item.hits[0].text)
    return ""


def _whole_when_most(combination: Combination, document: Mapping[str, Fired]) -> bool:
    """Whether the combination's paragraphs, when they are most of the text, are what the document is
    (``whole_when_most``): not under one of its ``whole_when_most_unless`` signals (a bulletin to every lower
    unit, whose cases are examples of its own matter)."""
    return combination.whole_when_most and not any(
        name in document for name in combination.whole_when_most_unless
    )


def _yielding_last(combinations: Sequence[Combination]) -> list[Combination]:
    """The combinations in file order, each after every combination of a category it yields to or stands
    beside (a cycle of yields keeps file order for the rest)."""
    depth = {id(c): 0 for c in combinations}
    for _ in range(len(combinations)):
        changed = False
        for combination in combinations:
            after = (*combination.yields_to, *combination.beside)
            below = [depth[id(c)] + 1 for c in combinations if c.category in after]
            wanted = min(max(below, default=0), len(combinations))
            if wanted > depth[id(combination)]:
                depth[id(combination)] = wanted
                changed = True
        if not changed:
            break
    return sorted(combinations, key=lambda c: depth[id(c)])


class Combiner:
    """Evaluates the combinations of the judgement policy over one document's signals."""

    def __init__(
        self,
        combinations: Sequence[Combination],
        labels: Mapping[Category, str],
        settings: JudgementSettings | None = None,
    ) -> None:
        self._combinations = combinations
        self._settings = settings or JudgementSettings()
        self._labels = labels
        self._document_order = _yielding_last([c for c in combinations if c.scope == "document"])
        # The document combinations (by place in that order) that each signal of a first group of ``require``
        # is in: only those one of whose first group's signals fired can hold in a document.
        self._by_first_group: dict[str, list[int]] = {}
        for place, combination in enumerate(self._document_order):
            for name in dict.fromkeys(combination.require[0]):
                self._by_first_group.setdefault(name, []).append(place)
        self._paragraph_combinations = [c for c in combinations if c.scope == "paragraph"]
        # The signals each paragraph combination names (require and unless), by its id: told once.
        self._names = {
            id(c): tuple(dict.fromkeys([*(name for group in c.require for name in group), *c.unless]))
            for c in self._paragraph_combinations
        }
        # The paragraph combinations (by place) that name each signal: only those naming a signal that fired
        # in a paragraph can hold anywhere (``_holding``), the rest are not looked at.
        self._by_name: dict[str, list[int]] = {}
        for place, combination in enumerate(self._paragraph_combinations):
            for name in self._names[id(combination)]:
                self._by_name.setdefault(name, []).append(place)

    def combine(
        self,
        regions: Regions,
        document: Mapping[str, Fired],
        paragraphs: Mapping[str, Mapping[int, Fired]],
        reported: Mapping[Category, str],
        confinable: Mapping[Category, Sequence[tuple[int, int]]] | None = None,
        cut_before: Collection[Category] = (),
    ) -> Outcome:
        """``reported``: categories the rule packs already found, with the rule that did; ``confinable``:
        those whose every finding is of a passage rule, with the findings' spans; ``cut_before``: categories
        of parts already taken out of the text (a structural cut, read blank): the combinations that yield to
        a severable part of them (``yields_to_severable``) stand back as for a paragraph cut here."""
        outcome = Outcome()
        for item in sorted(document.values(), key=lambda fired: fired.hits[0].start):
            hit = item.hits[0]
            more = f"等 {len({h.text for h in item.hits})} 处" if len({h.text for h in item.hits}) > 1 else ""
            outcome.trace.append(
                TraceStep(
                    role=TraceRole.SIGNAL,
                    message=f"{item.compiled.signal.label}:“{hit.text}”{more}(第 {hit.line + 1} 行)",
                )
            )
        for found in paragraphs.values():
            lines = sorted(found)
            first = found[lines[0]]
            more = f"等 {len(lines)} 段" if len(lines) > 1 else ""
            where = f"(第 {lines[0] + 1} 行起)"
            message = f"{first.compiled.signal.label}:“{first.hits[0].text}”{more}{where}"
            outcome.trace.append(TraceStep(role=TraceRole.SIGNAL, message=message))
        # Where paragraph combinations hold: a document combination whose evidence lies only there would not
        # hold once they are removed (第三十七条), so it does not withhold the whole document.
        severed: list[tuple[int, int]] = []
        most: list[tuple[int, int]] = []  # the paragraphs of combinations that withhold whole when most
        third_party: list[tuple[int, int]] = []  # paragraphs of a third party's data (第十五条)
        cut: set[Category] = set(cut_before)  # categories of the paragraphs the redacted copy removes
        # Where each paragraph combination holds (by its id), found once: none where no paragraph fired, so
        # only the combinations naming a signal that fired in a paragraph are looked at (in file order).
        combinations = self._paragraph_combinations
        live = [
            combinations[place]
            for place in sorted({place for name in paragraphs for place in self._by_name.get(name, ())})
        ]
        holding = {id(combination): self._holding(combination, document, paragraphs) for combination in live}
        # A record of deliberation (its genre, ``whole_in``) is the deliberation: its item is no part.
        genre = {
            id(combination): told
            for combination in live
            if (
                told := _record_genre(
                    self._settings, combination, regions, document, holding[id(combination)]
                )
            )
        }
        for combination in live:
            for index, _, blocked in holding[id(combination)]:
                if not blocked and id(combination) not in genre:
                    span = regions.paragraph_span(index)
                    (most if _whole_when_most(combination, document) else severed).append(span)
                    if combination.category is Category.TRADE_SECRET:
                        third_party.append(span)
        # Such paragraphs that make up most of the text are what the document is: it is withheld whole.
        substance = regions.share_of(sorted(set(most))) >= MOST_OF_TEXT
        if not substance:
            severed.extend(most)
        if regions.share_of(sorted(set(severed))) >= MOST_OF_TEXT:
            severed = []  # what would remain is too little to be published on its own
        for combination in live:
            kept = (substance and _whole_when_most(combination, document)) or id(combination) in genre
            if not kept and any(not blocked for _, _, blocked in holding[id(combination)]):
                cut.add(combination.category)
        # A category released keeps the combinations that yield to it from reporting (its article still says
        # why that content is cut), but no longer stops its own from reporting the passages.
        left, released = self._released(regions, reported, confinable or {}, severed)
        sections = _sections(regions, severed)
        whole: set[Category] = set()
        cuts = (severed, third_party, cut, sections)
        order = self._document_order
        for place in sorted({place for name in document for place in self._by_first_group.get(name, ())}):
            self._document(order[place], regions, document, (left, reported), outcome, whole, cuts)
        for combination in live:
            held = holding[id(combination)]
            if not held or combination.category in whole:
                continue
            specific = [c for c in combination.yields_to if c in whole or c in reported]
            if specific:
                label = self._labels.get(specific[0], specific[0].value)
                for _, used, _ in held[:1]:
                    outcome.trace.append(self.step(combination, used, f";已按{label}报告,不再重复", False))
                continue
            # A paragraph a combination of a category it yields to cuts already goes for that category.
            taken = {
                index
                for other in live
                if other.category in combination.yields_to
                for index, _, blocked in holding[id(other)]
                if not blocked
            }
            held = [item for item in held if item[0] not in taken]
            if not held:
                continue
            whole_note = genre.get(id(combination)) or (
                self._settings.whole_most if substance and _whole_when_most(combination, document) else ""
            )
            self._paragraphs(combination, held, regions, left, outcome, whole_note)
        for category, step in released.items():
            if category not in whole:
                outcome.released.add(category)
                outcome.trace.append(step)
        return outcome

    def _released(
        self,
        regions: Regions,
        reported: Mapping[Category, str],
        confinable: Mapping[Category, Sequence[tuple[int, int]]],
        severed: Sequence[tuple[int, int]],
    ) -> tuple[dict[Category, str], dict[Category, TraceStep]]:
        """``reported`` less the categories whose every pack finding lies inside the severable paragraphs:
        what they found goes with those paragraphs (第三十七条), so it neither withholds the document nor
        stops the combinations of its category from reporting the paragraphs; and those categories, with the
        trace step that says so (kept only if no combination withholds the category whole)."""
        left = dict(reported)
        released: dict[Category, TraceStep] = {}
        for category, spans in confinable.items():
            inside = [next((cut for cut in severed if cut[0] <= a and b <= cut[1]), None) for a, b in spans]
            if category not in left or not spans or None in inside:
                continue
            rule = left.pop(category)
            lines = "、".join(str(regions.line_of(cut[0]) + 1) for cut in dict.fromkeys(inside) if cut)
            label = self._labels.get(category, category.value)
            message = (
                f"{rule} {label}: 所指内容仅见于可分割的段落(第 {lines} 行起),随该段落删除,"
                "不整篇不予公开,其余部分可公开(第三十七条)"
            )
            released[category] = TraceStep(role=TraceRole.COMBINED, category=category, message=message)
        return left, released

    def step(
        self, combination: Combination, used: Sequence[Fired], note: str, rules: bool = True
    ) -> TraceStep:
        """The trace step of a combination that held (``rules``: it counts as the finding's rule)."""
        label = self._labels.get(combination.category, combination.category.value)
        return TraceStep(
            role=TraceRole.COMBINED,
            category=combination.category,
            count=1 if rules else 0,
            rules=[combination.id] if rules else [],
            message=f"{combination.id} {label}: {_labels(used)}{note}",
            basis=combination.basis if rules else None,
        )

    def _document(
        self,
        combination: Combination,
        regions: Regions,
        document: Mapping[str, Fired],
        known: tuple[Mapping[Category, str], Mapping[Category, str]],
        outcome: Outcome,
        whole: set[Category],
        cuts: tuple[Spans, Spans, set[Category], Spans],
    ) -> None:
        """``known``: the categories the packs reported for the whole document, and all they reported
        (those whose findings lie only in severable paragraphs too, which still take what yields to them);
        ``cuts``: the severable paragraphs, those of a third party's data, the categories severed, and the
        numbered sections that hold severable paragraphs."""
        reported, deferring = known
        severed, third_party, cut, sections = cuts
        used = _chosen(combination.require, document)
        if used is None:
            return
        blocked = [document[name] for name in combination.unless if name in document]
        if blocked:
            outcome.trace.append(self.step(combination, used, f";但有{_labels(blocked)},不成立", False))
            return
        if combination.category in whole:
            outcome.trace.append(self.step(combination, used, ";同一类别已报告", False))
            return
        if combination.beside and not any(c in whole or c in deferring for c in combination.beside):
            return  # it only stands beside a topic's category, which nothing reported here
        specific = [c for c in combination.yields_to if c in whole or c in deferring]
        if specific:
            label = self._labels.get(specific[0], specific[0].value)
            outcome.trace.append(self.step(combination, used, f";已按{label}报告,不再重复", False))
            return
        # Whether the subject evidence stays inside the numbered sections that hold severable paragraphs, in a
        # document framed only as public documents are too: then a section is cut whole (here and below).
        in_sections = (
            bool(sections)
            and combination.category not in reported
            and _weakly_framed(used)
            and _confined(used, [*severed, *sections])
        )
        # The same, when the subject evidence lies in several severable items of one numbered section: the
        # operation is what the section tells, item by item, and its other items go with it.
        if in_sections and len(_paragraphs_hit(used, severed)) > 1:
            self._section(combination, used, sections, regions, outcome)
            return
        if _confined(used, severed) and not _holds_outside(combination, used, severed):
            note = ";依据限于可分割的段落,按段落报告"
            outcome.trace.append(self.step(combination, used, note, False))
            return
        # A third party's own plans and open dealings (尚未签约, 拟扩建) written into the paragraphs of its
        # data are not a matter the agency has yet to decide, however much of the text those paragraphs are.
        if combination.category is Category.PROCESS_INFO and _confined(used, third_party):
            note = ";所述尚未决定的事项仅见于第三方数据段落,属第三方自身情况,按段落报告"
            outcome.trace.append(self.step(combination, used, note, False))
            return
        # Subject evidence that spreads beyond the severable paragraphs but stays inside the numbered
        # section holding them (四、清表工作安排, each of whose items tells the operation) is that section's,
        # in a document framed only as public documents are too (方案, 报告): the section is cut whole. A
        # state or a circulation instruction (minutes' undecided 会议意见) stays the document's.
        if in_sections:
            self._section(combination, used, sections, regions, outcome)
            return
        # A document withheld only for its genre and direction (a report to a superior: 第十六条第二款 "可以")
        # whose exempt content is a paragraph that can be cut is published without it (第三十七条).
        # A state that only asks the superior to read the report, or dates a step of a procedure already
        # under way (拟于…开标), proposes and awaits no decision: it does not make the report deliberation.
        # The states of a report on one third party's own application (its subsidy, its recognition:
        # ``routine_matter``) are that application's procedure, not a matter of the agency's own; a
        # circulation instruction found only inside a third party's paragraphs (该公司提供资料时明确仅供
        # 我局测算使用) is that party's condition on its data, which is cut with them.
        severable_first = [
            c
            for c in combination.yields_to_severable
            if c in cut
            and _framed_for(combination, used)
            and (not combination.severable_in or any(name in document for name in combination.severable_in))
        ]
        routine = [document[name] for name in combination.routine_states if name in document]
        matter = [document[name] for name in combination.routine_matter if name in document]
        telling = [
            item
            for item in used
            if item.compiled.signal.kind in _SEVERABLE_KINDS
            and not (matter and item.compiled.signal.kind == "state")
            and not (item.compiled.signal.kind == "circulation" and _inside(item, third_party))
            and not _covered_by(item, routine)
        ]
        # The content the combination is withheld for (its subject signals) must go with the cut: gaps told
        # in other paragraphs than the one cut would be published with the rest (第十四条 still holds them).
        if severable_first and not telling and not _beyond(used, severed):
            label = self._labels.get(severable_first[0], severable_first[0].value)
            stated = any(item.compiled.signal.kind in _SEVERABLE_KINDS for item in used)
            routine_note = _routine_note(routine, matter) if stated else ""
            note = (
                f";{routine_note}不宜公开的内容仅为可分割的{label}段落,删除后其余部分可公开(第三十七条),"
                "不整篇不予公开"
            )
            outcome.trace.append(self.step(combination, used, note, False))
            return
        if self._cut_from_copy(combination, used, telling, document, outcome):
            return
        item = _one_item(used, regions) if combination.category not in reported else None
        if item is not None:
            line = regions.line_of(item[0]) + 1
            told = any(
                verdict.severable and verdict.combination.category is combination.category
                for verdict in outcome.verdicts
                if (verdict.start, verdict.end) == item
            )
            if told:
                outcome.trace.append(
                    self.step(combination, used, f";第 {line} 行起的简报条目已按同一类别报告", False)
                )
                return
            outcome.verdicts.append(Verdict(combination, item[0], item[1], used, True))
            note = f"(依据仅见于第 {line} 行起的一则简报条目,可分割,删除该条后其余部分可公开)"
            outcome.trace.append(self.step(combination, used, note, True))
            return
        whole.add(combination.category)
        if combination.category in reported:
            note = f";已由 {reported[combination.category]} 报告"
            outcome.trace.append(self.step(combination, used, note, False))
            return
        hit = _evidence(combination, used, regions)
        region = next(item.compiled.signal.region for item in used if hit in item.hits)
        start, end = _span(region, hit, regions)
        outcome.verdicts.append(Verdict(combination, start, end, used))
        outcome.trace.append(self.step(combination, used, "", True))

    def _cut_from_copy(
        self,
        combination: Combination,
        used: list[Fired],
        telling: Sequence[Fired],
        document: Mapping[str, Fired],
        outcome: Outcome,
    ) -> bool:
        """Whether a combination that holds only by the document's genre and direction (and routine states:
        ``telling`` are the others) stands back on a redacted copy: a passage blocked out (``yields_to_cut``)
        is where the severable content was, and what is left is judged by every other combination as it
        stands (第三十七条)."""
        cut = [document[name] for name in combination.yields_to_cut if name in document]
        framing = _FRAMING_KINDS | _SEVERABLE_KINDS
        if not cut or telling or any(item.compiled.signal.kind not in framing for item in used):
            return False
        lines = "、".join(str(line + 1) for line in sorted({hit.line for hit in cut[0].hits}))
        note = (
            f";但第 {lines} 行为{cut[0].compiled.signal.label},此为删减稿:其余部分不因文种和行文方向"
            "整篇不予公开,按所余内容审查(第三十七条)"
        )
        outcome.trace.append(self.step(combination, used, note, False))
        return True

    def _section(
        self, combination: Combination, used: list[Fired], sections: Spans, regions: Regions, outcome: Outcome
    ) -> None:
        """Report the sections that hold the combination's evidence as severable passages."""
        hits = [hit for item in used for hit in item.hits]
        spans = [span for span in sections if any(span[0] <= hit.start < span[1] for hit in hits)]
        for start, end in spans:
            outcome.verdicts.append(Verdict(combination, start, end, used, True))
        lines = "、".join(str(regions.line_of(start) + 1) for start, _ in spans)
        note = f"(第 {lines} 行起的一节;依据限于该节,可分割,删除该节后其余部分可公开)"
        outcome.trace.append(self.step(combination, used, note, True))

    def _holding(
        self,
        combination: Combination,
        document: Mapping[str, Fired],
        paragraphs: Mapping[str, Mapping[int, Fired]],
    ) -> list[tuple[int, list[Fired], list[Fired]]]:
        """The paragraphs (main line index) where the combination's requirements hold: the signals used,
        and those of ``unless`` that stop it there."""
        fired = [paragraphs[name] for name in self._names[id(combination)] if name in paragraphs]
        if not fired:
            return []
        candidates = sorted(set().union(*(found.keys() for found in fired)))
        holding = [
            held
            for index in candidates
            if (held := _held_at(combination, document, paragraphs, index)) is not None
        ]
        return self._running_on(combination, holding, candidates, document, paragraphs)

    def _running_on(
        self,
        combination: Combination,
        holding: list[tuple[int, list[Fired], list[Fired]]],
        candidates: Sequence[int],
        document: Mapping[str, Fired],
        paragraphs: Mapping[str, Mapping[int, Fired]],
    ) -> list[tuple[int, list[Fired], list[Fired]]]:
        """``holding`` with the paragraphs where the combination holds once the signals of ``runs_on`` of
        the first paragraph where it holds unstopped count there too (the firm it names, its request for
        confidentiality), in a document one of whose ``runs_on_when`` fired (the one firm it is about): the
        firm's figures that run on in another paragraph or a table row below."""
        first = next((index for index, _, blocked in holding if not blocked), None)
        when = combination.runs_on_when
        if first is None or not combination.runs_on or (when and not any(name in document for name in when)):
            return holding
        carried = {
            name: paragraphs[name][first]
            for name in combination.runs_on
            if name in paragraphs and first in paragraphs[name]
        }
        held = {index for index, _, _ in holding}
        fired = {**document, **carried}
        for index in candidates:
            if index not in held and (more := _held_at(combination, fired, paragraphs, index)) is not None:
                holding.append(more)
        return sorted(holding, key=lambda item: item[0])

    def _paragraphs(
        self,
        combination: Combination,
        holding: list[tuple[int, list[Fired], list[Fired]]],
        regions: Regions,
        reported: Mapping[Category, str],
        outcome: Outcome,
        whole_note: str,
    ) -> None:
        """``holding``: the paragraphs where the combination holds (``_holding``); ``whole_note``: why they
        are what the document is (withheld whole), empty when they are severable."""
        for index, used, blocked in holding:
            if blocked:
                note = f"(第 {index + 1} 行);但有{_labels(blocked)},不成立"
                outcome.trace.append(self.step(combination, used, note, False))
                continue
            if combination.category in reported:
                note = f";已由 {reported[combination.category]} 报告"
                outcome.trace.append(self.step(combination, used, note, False))
                return
            start, end = regions.paragraph_span(index)
            outcome.verdicts.append(Verdict(combination, start, end, used, not whole_note, whole_note))
            note = (
                f"(第 {index + 1} 行;{whole_note})"
                if whole_note
                else f"(第 {index + 1} 行,可分割,删除该段后其余部分可公开)"
            )
            outcome.trace.append(self.step(combination, used, note, True))
