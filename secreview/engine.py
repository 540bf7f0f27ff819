"""Orchestration only: read → extract → normalize → match → weigh → mark → decide → report.

``Engine.review`` is the one way a document is reviewed: the command line, the worker pool, the catalog,
Dask workers and redaction all call it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from os import PathLike
from pathlib import Path, PurePosixPath

from secreview.aggregate import list_groups
from secreview.arguments import path_argument, paths_argument, text_argument
from secreview.build_cache import save as save_build_cache
from secreview.config import Settings, WordList
from secreview.crash import internal_error
from secreview.decide import Decider
from secreview.errors import ExtractionError
from secreview.extract import encodable, extract_bytes, extract_path, read_bytes
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.files import collect
from secreview.gc_pause import fewer_collections
from secreview.judge import Judge, Judged, load_judgement
from secreview.judge.learned import Learned, load_learned
from secreview.layout import Layout, Places
from secreview.masking import mask
from secreview.match import KeywordMatcher, PatternMatcher, RecognizerMatcher
from secreview.models import (
    Attribute,
    Category,
    FileReport,
    Finding,
    Report,
    RuleInfo,
    TraceStep,
    rule_finding,
)
from secreview.nesting import outermost
from secreview.normalize import NormalizedText, changing, normalize
from secreview.ocr.options import OcrOptions
from secreview.ocr.pages import read_document
from secreview.ocr.place import placed
from secreview.ocr.place import summary as ocr_summary
from secreview.proof import prove_examples
from secreview.public_spans import PublicSpans
from secreview.recognizers.view import DocumentView
from secreview.rulepack import CompiledPack, CompiledRule, Policy, load_packs, load_policy, with_word_lists
from secreview.safe_read import display_path
from secreview.suppress import Suppressor
from secreview.tokenize import Tokenizer
from secreview.unchecked import summary as unchecked_summary
from secreview.version import __version__
from secreview.weigh import Weigher
from secreview.weighed import Weighed

TEXT_PATH = "<text>"


@dataclass(frozen=True, slots=True)
class Document:
    """A document given as its bytes (read through another filesystem, or a copy in memory): ``path``
    names it in the report, and its suffix says how to read it unless ``suffix`` is given."""

    path: str
    data: bytes
    suffix: str | None = None


# What ``Engine.review`` reads: a local file, a document's bytes, or a text already extracted.
Source = str | PathLike[str] | Document | ExtractedText


@dataclass(frozen=True, slots=True)
class Reviewed:
    """A report with the extracted text its offsets index into ("" when the document could not be read)."""

    report: FileReport
    text: str


def _name(source: Source) -> str:
    if isinstance(source, Document):
        return source.path
    if isinstance(source, ExtractedText):
        return TEXT_PATH
    return str(source)


def _extract(source: Source, ocr: OcrOptions, name: str) -> ExtractedText:
    if isinstance(source, ExtractedText):
        return encodable(source)
    if isinstance(source, Document):
        suffix = source.suffix if source.suffix is not None else PurePosixPath(source.path).suffix
        data = source.data
        return read_document(lambda: extract_bytes(data, suffix), lambda: data, suffix, ocr, name)
    path = Path(source)
    return read_document(lambda: extract_path(path), lambda: read_bytes(path), path.suffix, ocr, name)


_CATEGORY_NUMBERS = {category: number for number, category in enumerate(Category)}
_CATEGORY_COUNT = len(_CATEGORY_NUMBERS)


def _finding_order(item: Weighed) -> tuple[int, int, str]:
    return item.start, -item.end, item.rule.rule.id


class Engine:
    """Rule packs, automata, policy and the project's settings, built once; every review is a pure function
    of its document."""

    def __init__(
        self,
        extra_packs: Iterable[str | PathLike[str]] = (),
        *,
        policy: str | PathLike[str] | None = None,
        builtin: bool = True,
        packs: Sequence[CompiledPack] | None = None,
        settings: Settings | None = None,
    ) -> None:
        """The built-in packs (unless not ``builtin``) and ``extra_packs``, or exactly ``packs``; with
        ``settings``, also its packs, word lists and policy, and its filters applied to every review. A pack
        not shipped with secreview is proven as the shipped ones are: its examples must pass."""
        settings = settings if settings is not None else Settings()
        # The settings describe this engine whole (a spawned worker rebuilds it from them), unless ``packs``.
        self.settings = replace(
            settings,
            packs=(*settings.packs, *paths_argument(extra_packs, "Engine")),
            policy=Path(policy) if policy else settings.policy,
        )
        self.policy: Policy = load_policy(self.settings.policy)
        settings = self.settings
        self.ocr_options = OcrOptions(settings.ocr, settings.ocr_page_limit, settings.ocr_progress)
        if packs is None:
            # The configuration's word lists first, so that their rule ids (UW001 …) do not depend on --rules.
            paths: list[Path | WordList] = [*self.settings.word_lists, *self.settings.packs]
            self.packs = load_packs(paths, builtin=builtin, policy=self.policy)
        else:
            self.packs = with_word_lists(packs, self.settings.word_lists, self.policy)
        self.rules: list[CompiledRule] = [compiled for pack in self.packs for compiled in pack.rules]
        self._keywords = KeywordMatcher(self.rules)
        self._patterns = PatternMatcher(self.rules)
        self._decider = Decider(self.policy)
        self._labels = {category: self.policy.label(category) for category in Category}
        self.tokenizer = Tokenizer()
        self._weigher = Weigher(self.tokenizer, self.rules)
        self._recognizers = RecognizerMatcher(self.rules)
        # What the project does not want to be told (ignores, allowed terms, baseline): marked, not removed.
        self.suppressor = Suppressor(self.settings) if self.settings.filters else None
        self.judge = Judge(
            load_judgement(), self._labels, enabled=builtin, severable=self.policy.severable.reason
        )  # builtin=False: the user's packs only
        # The learned weak signal: asks a person to check a draft the rules leave 主动公开 (builtin only).
        self.learned: Learned | None = load_learned() if builtin else None
        prove_examples(self, [pack for pack in self.packs if not pack.shipped])
        changing()  # normalize's test of a text for characters it changes, compiled before the cache is saved
        save_build_cache()  # the programs of patterns compiled for the first time, for the next start

    def weigh_all(
        self, extracted: ExtractedText, normalized: NormalizedText | None = None
    ) -> tuple[list[Weighed], list[Weighed]]:
        """Every candidate with its fate: (reporting candidates, public spans that suppress others)."""
        return self._weigh(extracted, normalized or normalize(extracted.text), dropped=True)

    def _weigh(
        self, extracted: ExtractedText, normalized: NormalizedText, *, dropped: bool
    ) -> tuple[list[Weighed], list[Weighed]]:
        """``weigh_all``; without the dropped candidates unless ``dropped`` (a report has no use for them,
        and a list of names has hundreds of thousands)."""
        text = normalized.text
        # Weighed as they are found: a dropped candidate is freed at once instead of waiting in a list.
        view = DocumentView(extracted, normalized, self.tokenizer)
        layout = Layout(extracted)
        # A report drops a candidate out of its place; one that shows the dropped ones runs every window.
        places = None if dropped else Places(layout, normalized)
        hopeless = None if dropped else self._weigher.hopeless(extracted, text)
        candidates = chain(
            self._keywords.find(text),
            self._patterns.find(text, places, hopeless, folded=True),
            self._recognizers.find(view),
        )
        weighed, public = self._weigher.weigh(candidates, normalized, extracted, layout, dropped=dropped)
        if not public:
            return weighed, public
        spans = PublicSpans(public)
        reported = []
        for item in weighed:
            cover = spans.cover(item) if item.kept else None
            if cover is not None:
                if not dropped:
                    continue
                rule = cover.rule.rule
                why = f"suppressed: inside {rule.id} ({rule.title})"
                item = Weighed(item.rule, item.start, item.end, item.part, item.location, None, "", why)
            reported.append(item)
        return reported, public

    def _findings(
        self, extracted: ExtractedText, weighed: list[Weighed], *, consume: bool = False
    ) -> list[Finding]:
        """The findings of the kept items of ``weighed``; with ``consume``, ``weighed`` is emptied and each
        item let go once its finding is built (a list of names has hundreds of thousands: not held twice)."""
        kept = [item for item in weighed if item.severity is not None]
        if consume:
            weighed.clear()
        kept.sort(key=_finding_order)
        kept = outermost(kept)
        kept.reverse()  # taken from the end, in order
        text = extracted.text
        findings: list[Finding] = []
        # The ends and categories of the findings at the current start (end * categories + category's
        # number, one int): items come sorted by start.
        seen: set[int] = set()
        seen_at = -1
        line, line_start, counted_to = 0, 0, 0  # line breaks before counted_to, and where the last ended
        # What a finding takes of its rule, by the rule's identity (the rules are the engine's, kept).
        facts: dict[int, tuple[str, Category, int, tuple[int, int] | None]] = {}
        while kept:
            item = kept.pop()
            rule_facts = facts.get(id(item.rule))
            if rule_facts is None:
                rule = item.rule.rule
                assert rule.category is not None
                rule_facts = (rule.id, rule.category, _CATEGORY_NUMBERS[rule.category], rule.mask)
                facts[id(item.rule)] = rule_facts
            rule_id, category, category_number, rule_mask = rule_facts
            start, end = item.start, item.end
            if start != seen_at:
                seen.clear()
                seen_at = start
            key = end * _CATEGORY_COUNT + category_number
            if key in seen:
                continue
            seen.add(key)
            if start > counted_to:
                breaks = text.count("\n", counted_to, start)
                if breaks:
                    line += breaks
                    line_start = text.rfind("\n", counted_to, start) + 1
                counted_to = start
            original = text[start:end]
            severity = item.severity
            assert severity is not None
            findings.append(
                rule_finding(
                    rule_id,
                    category,
                    severity,
                    start,
                    end,
                    original,
                    item.part,
                    item.message,
                    mask(original, rule_mask) if rule_mask is not None else None,
                    item.location,
                    line + 1,
                    start - line_start + 1,
                )
            )
        return findings

    def review(self, source: Source, path: str | None = None) -> FileReport:
        """The report of one document, named ``path`` (default: the source's own path); a document that
        cannot be read gets its one-line error instead of an attribute."""
        return self.review_with_text(source, path).report

    def review_with_text(self, source: Source, path: str | None = None) -> Reviewed:
        """``review``, and the extracted text its offsets index into."""
        name = display_path(path if path is not None else _name(source))  # printable whatever the file's name
        try:
            extracted = _extract(source, self.ocr_options, name)
            return Reviewed(self._review(extracted, name), extracted.text)
        except ExtractionError as error:
            return Reviewed(FileReport.failed(name, str(error)), "")
        except Exception as error:  # the one boundary: an unexpected failure is this document's error only
            return Reviewed(FileReport.failed(name, internal_error(error)), "")

    def _review(self, extracted: ExtractedText, path: str) -> FileReport:
        with fewer_collections():  # a list of names makes hundreds of thousands of objects that live on
            return self._review_collected(extracted, path)

    def _review_collected(self, extracted: ExtractedText, path: str) -> FileReport:
        normalized = normalize(extracted.text)
        try:
            weighed, _ = self._weigh(extracted, normalized, dropped=False)
        except ExtractionError as error:
            return FileReport.failed(path, str(error))
        findings = self._findings(extracted, weighed, consume=True)
        # A combination defers only to pack findings the project has not set aside (ignored, allowed …).
        heard = None if self.suppressor is None else self.suppressor.mark(path, findings)
        judged = self.judge.review(extracted, normalized, findings, heard)
        findings = judged.findings
        if self.suppressor is not None:
            findings = self.suppressor.mark(path, findings)
        counted = [finding for finding in findings if finding.suppressed_by is None]
        decision = self._decider.decide(counted, normalized.text)
        decision.trace.extend(judged.trace)
        learned = self._learned(extracted, normalized, counted, decision.attribute, judged)
        if learned is not None:  # a draft the rules leave 主动公开 that reads like a withheld one
            findings = sorted([*findings, *learned[0]], key=lambda f: (f.start, -f.end, f.rule))
            if self.suppressor is not None:
                findings = self.suppressor.mark(path, findings)
            counted = [finding for finding in findings if finding.suppressed_by is None]
            decision = self._decider.decide(counted, normalized.text)
            if learned[0][0] in counted and self.learned is not None:  # a suspicion: worded as one
                decision = self.learned.decided(decision, learned[0][0], self._labels)
            decision.trace.extend([*judged.trace, *learned[1]])
        groups = list_groups(counted, extracted, labels=self._labels)
        if extracted.ocr.pages:  # OCR text: where each finding was seen, and how much OCR read
            findings = placed(findings, extracted.ocr)
        fields = decision.report_fields()
        ocr = ocr_summary(extracted.ocr)
        report = FileReport(path=path, findings=findings, groups=groups, ocr=ocr, **fields)
        if extracted.unchecked:
            return report.incomplete(extracted.unchecked, unchecked_summary(extracted.unchecked))
        return report

    def _learned_rules(self) -> list[RuleInfo]:
        return self.learned.rule_infos() if self.learned is not None else []

    def _learned(
        self,
        extracted: ExtractedText,
        normalized: NormalizedText,
        counted: Sequence[Finding],
        attribute: Attribute,
        judged: Judged,
    ) -> tuple[list[Finding], list[TraceStep]] | None:
        if self.learned is None or not self.learned.hears(attribute, counted):
            return None
        return self.learned.review(extracted, normalized, counted, self._labels, judged.signals, judged.paper)

    def extract(self, source: Source, path: str | None = None) -> ExtractedText:
        """The text of a document as a review reads it: extracted, and its scans read by OCR if enabled."""
        return _extract(source, self.ocr_options, path if path is not None else _name(source))

    def review_text(self, text: str, path: str = TEXT_PATH) -> FileReport:
        return self.review(ExtractedText(text, [Segment(0, len(text), BODY)] if text else []), path)

    def review_file(self, path: str | PathLike[str]) -> FileReport:
        return self.review(path)

    def rule_infos(self) -> list[RuleInfo]:
        """The reporting rules, as reporters may describe them."""
        return [
            RuleInfo(
                id=rule.id,
                name=rule.name,
                title=rule.title,
                description=rule.description,
                category=rule.category,
                severity=rule.severity,
                basis=rule.basis,
            )
            for rule in (compiled.rule for compiled in self.rules)
            if rule.effect == "report" and rule.category is not None
        ] + [*self.judge.rule_infos(), *self._learned_rules()]

    def check_text(self, text: str | bytes, path: str = TEXT_PATH) -> Report:
        """Check a text; bytes are decoded as a .txt file is (BOM, UTF-8, GB18030)."""
        return Report(version=__version__, files=[self.review_text(text_argument(text), path)])

    def check_file(self, path: str | PathLike[str]) -> Report:
        return Report(version=__version__, files=[self.review_file(path_argument(path, "check_file"))])

    def check_paths(self, paths: str | PathLike[str] | Iterable[str | PathLike[str]]) -> Report:
        """Files and folders (one path, or an iterable of them); inside folders, files of unsupported types
        are skipped."""
        collected = collect(paths_argument(paths, "check_paths"))
        return Report(version=__version__, files=[self.review_file(path) for path in collected.files])
