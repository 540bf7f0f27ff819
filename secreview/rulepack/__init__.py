"""Rule packs: the data files of ``rules/`` and users' own packs, validated and compiled."""

from secreview.errors import PackProblems, Problem
from secreview.resources import builtin_rules_dir
from secreview.rulepack.load import load_pack, load_packs, load_policy, with_word_lists
from secreview.rulepack.schema import CompiledPack, CompiledRule, Pack, Policy, Rule

__all__ = [
    "CompiledPack",
    "CompiledRule",
    "Pack",
    "PackProblems",
    "Policy",
    "Problem",
    "Rule",
    "builtin_rules_dir",
    "load_pack",
    "load_packs",
    "load_policy",
    "with_word_lists",
]
