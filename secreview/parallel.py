"""Checking many files: one engine per worker process, results in the order of the input whatever the
parallelism. Also builds the engine a configuration describes (packs, word lists, policy), since every
worker has to build the same one."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TypeVar

from secreview.config import Config, WordList
from secreview.engine import Engine, FindingFilter
from secreview.errors import ConfigError
from secreview.models import FileReport, RuleInfo
from secreview.rulepack import CompiledPack, Policy, load_packs, load_policy
from secreview.rulepack.load import _compile_rule
from secreview.rulepack.schema import Pack
from secreview.suppress import Suppressor

WORD_LIST_PREFIX = "UW"
# Below this many files per worker, starting processes costs more than it saves.
MIN_FILES_PER_WORKER = 8

Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EngineSpec:
    """What an engine is built from; picklable, so that worker processes build the same engine."""

    packs: tuple[Path, ...] = ()
    word_lists: tuple[WordList, ...] = ()
    policy: Path | None = None
    finding_filter: FindingFilter | None = None

    @classmethod
    def of(
        cls,
        config: Config,
        extra_packs: Sequence[Path] = (),
        policy: Path | None = None,
        finding_filter: FindingFilter | None = None,
    ) -> EngineSpec:
        packs = (*config.pack_paths, *extra_packs)
        return cls(packs, tuple(config.word_lists), policy or config.policy, finding_filter)


def _word_list_pack(word_list: WordList, number: int, policy: Policy) -> CompiledPack:
    """A plain list of terms becomes one keyword rule of the configured category."""
    try:
        lines = word_list.path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"词表 {word_list.path} 无法读取(须为 UTF-8 文本): {error}") from error
    terms = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not terms:
        raise ConfigError(f"词表 {word_list.path} 是空的")
    rule_id = f"{WORD_LIST_PREFIX}{number:03d}"
    title = word_list.title or f"本单位词表 {word_list.path.name}"
    category = policy.categories[word_list.category]
    raw = {
        "pack": {"prefix": WORD_LIST_PREFIX, "title": "本单位词表", "version": "config"},
        "rule": [
            {
                "id": rule_id,
                "name": f"word-list-{number}",
                "kind": "keyword",
                "keywords": terms,
                "boundary": word_list.boundary,
                "category": word_list.category.value,
                "severity": word_list.severity.value,
                "title": title,
                "message": f"{title}中的词语({category.label})",
                "basis": category.basis,
                "description": f"配置中的词表 {word_list.path} 所列词语,共 {len(terms)} 个。",
                "examples": {"hit": terms[:1], "miss": ["。"]},
            }
        ],
    }
    pack = Pack.model_validate(raw)
    return CompiledPack(
        header=pack.pack,
        source=str(word_list.path),
        rules=tuple(_compile_rule(rule, WORD_LIST_PREFIX, word_list.path) for rule in pack.rule),
    )


def build_engine(spec: EngineSpec) -> Engine:
    packs = load_packs(list(spec.packs))
    if spec.word_lists:
        taken = [p.source for p in packs if p.header.prefix == WORD_LIST_PREFIX]
        if taken:
            raise ConfigError(f"规则包 {taken[0]} 使用了保留给词表的前缀 {WORD_LIST_PREFIX}")
        policy = load_policy(spec.policy)
        packs.extend(_word_list_pack(entry, n, policy) for n, entry in enumerate(spec.word_lists, 1))
    engine = Engine(packs=packs, policy=spec.policy)
    engine.finding_filter = spec.finding_filter
    return engine


def rule_infos(engine: Engine) -> list[RuleInfo]:
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
        for rule in (compiled.rule for compiled in engine.rules)
        if rule.effect == "report" and rule.category is not None
    ]


_worker_engine: Engine | None = None


def _start_worker(spec: EngineSpec) -> None:
    global _worker_engine
    _worker_engine = build_engine(spec)


def _in_worker(task: Callable[[Engine, Path], T], path: Path) -> T:
    assert _worker_engine is not None
    return task(_worker_engine, path)


def default_jobs() -> int:
    return os.cpu_count() or 1


def workers_for(files: int, jobs: int) -> int:
    return max(1, min(jobs, files // MIN_FILES_PER_WORKER))


def review(engine: Engine, path: Path) -> FileReport:
    """The report of one file, with the findings the project accepted shown (``suppressed_by``)."""
    report = engine.review_file(path)
    accepted = (
        engine.finding_filter.take_suppressed(report.path)
        if isinstance(engine.finding_filter, Suppressor)
        else []
    )
    if not accepted:
        return report
    findings = sorted(
        [*report.findings, *accepted], key=lambda finding: (finding.start, -finding.end, finding.rule)
    )
    return report.model_copy(update={"findings": findings})


def run_each(
    task: Callable[[Engine, Path], T],
    files: Sequence[Path],
    engine: Engine,
    spec: EngineSpec,
    jobs: int,
    progress: Progress | None = None,
    start_method: str | None = None,
) -> Iterator[T]:
    """``task`` on every file, results in the order of ``files``. ``engine`` serves a single process;
    forked workers inherit it, spawned ones build theirs from ``spec``. ``task`` must be a module-level
    function (picklable)."""
    global _worker_engine
    workers = workers_for(len(files), jobs)
    if workers == 1:
        yield from _counted((task(engine, path) for path in files), len(files), progress)
        return
    method = start_method or ("fork" if sys.platform == "linux" else "spawn")
    context = multiprocessing.get_context(method)
    done: list[T] = []
    if method == "fork":
        # Forked workers start with the imports and the engine already built; the first file, checked
        # here, also loads what the engine loads lazily (the jieba dictionary) once for all of them.
        done.append(task(engine, files[0]))
        _worker_engine = engine
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    else:
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(spec,))
    with pool:
        rest = files[len(done) :]
        chunk = max(1, min(16, len(rest) // (workers * 4)))
        results = pool.map(partial(_in_worker, task), rest, chunksize=chunk)
        yield from _counted(chain(done, results), len(files), progress)


def _counted(results: Iterable[T], total: int, progress: Progress | None) -> Iterator[T]:
    for done, result in enumerate(results, 1):
        if progress is not None:
            progress(done, total)
        yield result
