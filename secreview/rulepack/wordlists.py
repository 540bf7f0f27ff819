"""A project's plain word lists (one term a line) as packs of one keyword rule each."""

from __future__ import annotations

from collections.abc import Sequence

from secreview.config import WordList
from secreview.errors import ConfigError
from secreview.rulepack.load import _compile_rule
from secreview.rulepack.schema import CompiledPack, Pack, Policy

WORD_LIST_PREFIX = "UW"


def word_list_pack(word_list: WordList, number: int, policy: Policy) -> CompiledPack:
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


def with_word_lists(
    packs: Sequence[CompiledPack], word_lists: Sequence[WordList], policy: Policy
) -> list[CompiledPack]:
    """``packs`` and a pack for each word list; no other pack may use the prefix reserved for them."""
    if not word_lists:
        return list(packs)
    taken = [pack.source for pack in packs if pack.header.prefix == WORD_LIST_PREFIX]
    if taken:
        raise ConfigError(f"规则包 {taken[0]} 使用了保留给词表的前缀 {WORD_LIST_PREFIX}")
    return [*packs, *(word_list_pack(entry, n, policy) for n, entry in enumerate(word_lists, 1))]
