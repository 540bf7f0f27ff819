from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Engine
from secreview.errors import RulePackError
from secreview.models import Category
from secreview.rulepack import builtin_rules_dir, load_pack, load_packs, load_policy
from secreview.rulepack.schema import compile_pattern

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "packs"


def test_builtin_packs_load_with_unique_ids_and_names() -> None:
    packs = load_packs()
    ids = [compiled.rule.id for pack in packs for compiled in pack.rules]
    names = [compiled.rule.name for pack in packs for compiled in pack.rules]
    assert len(ids) == len(set(ids))
    assert len(names) == len(set(names))
    assert {"PI001", "PI101", "CM001"} <= set(ids)


def test_the_shipped_patterns_compile_and_a_check_compiles_only_the_rules_it_runs() -> None:
    # Loading the shipped packs skips compiling their regexes; this is where their mistakes would show.
    for path in sorted(builtin_rules_dir().glob("*.toml")):
        if path.name != "policy.toml":
            load_pack(path, check_patterns=True)
    compile_pattern.cache_clear()
    engine = Engine()
    assert compile_pattern.cache_info().currsize == 0
    engine.check_text("关于做好政务公开工作的通知\n各单位:请按要求做好政府信息主动公开工作。\n")
    compiled = compile_pattern.cache_info().currsize
    shipped = sum(len(rule.pattern_sources) for pack in engine.packs for rule in pack.rules)
    assert compiled < shipped / 2


def test_every_rule_is_documented_with_examples() -> None:
    for pack in load_packs():
        for compiled in pack.rules:
            rule = compiled.rule
            assert rule.description.strip(), rule.id
            assert rule.examples.hit and rule.examples.miss, rule.id
            assert rule.id.startswith(pack.header.prefix)
            if rule.effect == "report":
                assert rule.basis.startswith("《"), rule.id


def test_policy_covers_every_category() -> None:
    policy = load_policy()
    assert set(policy.categories) == set(Category)
    for category, category_policy in policy.categories.items():
        message = category_policy.reason.format(label=policy.label(category), count=2)
        assert policy.label(category) in message
        assert category_policy.basis.startswith("《")


def test_rules_dir_holds_the_policy() -> None:
    assert (builtin_rules_dir() / "policy.toml").is_file()


@pytest.mark.parametrize(
    ("fixture", "code", "where"),
    [
        ("bad_regex.toml", "E201", "rule XX001 → patterns[0]"),
        ("unknown_validator.toml", "E202", "rule XX001 → validator"),
        ("missing_examples.toml", "E210", "rule XX001 → examples"),
        ("wrong_prefix.toml", "E204", "rule YY001 → id"),
        ("bad_category.toml", "E210", "rule XX001 → category"),
    ],
)
def test_broken_pack_names_file_rule_and_field(fixture: str, code: str, where: str) -> None:
    with pytest.raises(RulePackError) as raised:
        load_pack(FIXTURES / fixture)
    message = str(raised.value)
    assert message.startswith(code)
    assert fixture in message
    assert where in message


def test_duplicate_rule_id_across_packs_is_refused(tmp_path: Path) -> None:
    (tmp_path / "user_terms.txt").write_text("天穹工程\n", encoding="utf-8")
    clash = tmp_path / "clash.toml"
    clash.write_text(
        (FIXTURES / "user_terms.toml")
        .read_text(encoding="utf-8")
        .replace("UT001", "PI001")
        .replace('prefix = "UT"', 'prefix = "PI"'),
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match="E205"):
        load_packs([clash])
