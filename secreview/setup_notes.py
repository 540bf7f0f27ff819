"""Notes about a project's configuration, said once per run: a configured baseline that does not exist yet,
a ``select`` that leaves a configured pack out. Neither stops the run; both would otherwise go unnoticed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from secreview.config import Config, Settings
from secreview.models import Note, NoteKind
from secreview.rulepack import CompiledPack
from secreview.suppress import rule_enabled


def configured_baseline(
    config: Config, explicit: Path | None, use_baseline: bool
) -> tuple[Path | None, list[Note]]:
    """The baseline file to load: one named on the command line must exist (loading it says so); one the
    configuration names that does not exist yet is a note, and the run goes on without it."""
    if not use_baseline:
        return None, []
    if explicit is not None:
        return explicit, []
    if config.baseline is None or config.baseline.exists():
        return config.baseline, []
    note = Note(
        kind=NoteKind.MISSING_BASELINE,
        message="配置的基线文件尚不存在,本次未使用基线;可用 secreview baseline create 生成",
        path=str(config.baseline),
    )
    return None, [note]


def _configured(settings: Settings) -> set[Path]:
    return {path.resolve() for path in settings.packs} | {
        word_list.path.resolve() for word_list in settings.word_lists
    }


def unselected_packs(packs: Sequence[CompiledPack], settings: Settings) -> list[Note]:
    """A note for each pack of the configuration or the command line of which ``select`` runs no rule."""
    if not settings.select:
        return []
    configured = _configured(settings)
    notes = []
    for pack in packs:
        if Path(pack.source).resolve() not in configured:
            continue
        if any(rule_enabled(compiled.rule.id, settings.select, ()) for compiled in pack.rules):
            continue
        prefix = pack.header.prefix
        notes.append(
            Note(
                kind=NoteKind.UNSELECTED_PACK,
                message=(
                    f"select 未选中这个规则包 (前缀 {prefix}) 的任何规则,它不会运行;"
                    f"要运行它,请把 {prefix} 加入 select"
                ),
                path=pack.source,
            )
        )
    return notes


def rule_data(settings: Settings) -> set[Path]:
    """The packs and word lists of the settings: rule data, never documents to check."""
    return _configured(settings)
