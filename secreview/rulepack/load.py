"""Read pack files, validate them and compile their patterns; any mistake stops with file, rule and field."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError

from secreview.errors import RulePackError
from secreview.normalize import fold
from secreview.recognizers import REGISTRY as RECOGNIZERS
from secreview.rulepack.schema import CompiledPack, CompiledRule, Pack, Policy, Rule, compile_pattern
from secreview.validators import REGISTRY

POLICY_FILE = "policy.toml"


def builtin_rules_dir() -> Path:
    """The packs shipped with secreview: inside the installed wheel, or ``rules/`` of a checkout."""
    installed = Path(str(resources.files("secreview") / "rules"))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "rules"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise RulePackError(f"E200 {path}: cannot read: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise RulePackError(f"E200 {path}: not valid TOML: {error}") from error


def _describe(error: ValidationError, raw: dict[str, Any]) -> str:
    first = error.errors()[0]
    location = list(first["loc"])
    where = ""
    if len(location) >= 2 and location[0] == "rule" and isinstance(location[1], int):
        rules = raw.get("rule", [])
        index = location[1]
        rule_id = rules[index].get("id", f"#{index + 1}") if index < len(rules) else f"#{index + 1}"
        where = f" rule {rule_id}"
        location = location[2:]
    field = ".".join(str(part) for part in location) or "(pack)"
    return f"{where} → {field}: {first['msg']}"


def _lexicon_terms(pack_dir: Path, relative: str, rule_id: str, source: Path) -> list[str]:
    path = pack_dir / relative
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise RulePackError(f"E203 {source} rule {rule_id} → keyword_files: cannot read {path}") from error
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _compile_rule(rule: Rule, prefix: str, source: Path, *, check_patterns: bool = True) -> CompiledRule:
    """The rule ready to run; ``check_patterns`` compiles its regexes now to report a mistake (the shipped
    packs skip this: the test suite compiles them, and a check compiles only the rules it runs)."""
    if not rule.id.startswith(prefix):
        raise RulePackError(f"E204 {source} rule {rule.id} → id: must start with the pack prefix {prefix}")
    if rule.validator is not None and rule.validator not in REGISTRY:
        known = ", ".join(sorted(REGISTRY))
        raise RulePackError(f"E202 {source} rule {rule.id} → validator: unknown {rule.validator!r} ({known})")
    if rule.recognizer is not None and rule.recognizer not in RECOGNIZERS:
        known = ", ".join(sorted(RECOGNIZERS)) or "none"
        raise RulePackError(
            f"E206 {source} rule {rule.id} → recognizer: unknown {rule.recognizer!r} ({known})"
        )
    for index, pattern in enumerate(rule.patterns if check_patterns else ()):
        try:
            compiled = compile_pattern(pattern)
        except regex.error as error:
            raise RulePackError(
                f"E201 {source} rule {rule.id} → patterns[{index}]: invalid regex: {error}"
            ) from error
        if rule.group is not None and rule.group not in compiled.groupindex:
            raise RulePackError(
                f"E207 {source} rule {rule.id} → group: patterns[{index}] has no group {rule.group!r}"
            )
    trigger_pattern = None
    if rule.trigger_pattern is not None:
        try:
            trigger_pattern = regex.compile(rule.trigger_pattern)
        except regex.error as error:
            raise RulePackError(
                f"E201 {source} rule {rule.id} → trigger_pattern: invalid regex: {error}"
            ) from error
    terms = list(rule.keywords)
    for relative in rule.keyword_files:
        terms.extend(_lexicon_terms(source.parent, relative, rule.id, source))
    return CompiledRule(
        rule=rule,
        pack=prefix,
        pattern_sources=tuple(rule.patterns),
        keywords=tuple(dict.fromkeys(fold(term) for term in terms)),
        triggers=tuple(dict.fromkeys(fold(word) for word in rule.triggers)),
        trigger_pattern=trigger_pattern,
        context=tuple(fold(word) for word in rule.context),
        exclude_context=tuple(fold(word) for word in rule.exclude_context),
    )


def load_pack(path: Path, *, check_patterns: bool = True) -> CompiledPack:
    """Load one pack file; raises RulePackError naming the file, the rule and the field."""
    raw = _read_toml(path)
    try:
        pack = Pack.model_validate(raw)
    except ValidationError as error:
        raise RulePackError(f"E210 {path}{_describe(error, raw)}") from error
    rules = tuple(
        _compile_rule(rule, pack.pack.prefix, path, check_patterns=check_patterns) for rule in pack.rule
    )
    return CompiledPack(header=pack.pack, source=str(path), rules=rules)


def _pack_files(directory: Path) -> list[Path]:
    return sorted(path for path in directory.glob("*.toml") if path.name != POLICY_FILE)


def load_packs(extra: Iterable[Path] = (), *, builtin: bool = True) -> list[CompiledPack]:
    """The built-in packs and any extra pack files or folders, with rule ids and names unique."""
    shipped = _pack_files(builtin_rules_dir()) if builtin else []
    files = [*shipped]
    for path in extra:
        files.extend(_pack_files(path) if path.is_dir() else [path])
    packs = [load_pack(path, check_patterns=path not in shipped) for path in files]
    seen: dict[str, str] = {}
    for pack in packs:
        for compiled in pack.rules:
            for key in (compiled.rule.id, compiled.rule.name):
                if key in seen:
                    raise RulePackError(
                        f"E205 {pack.source} rule {compiled.rule.id}: {key} already in {seen[key]}"
                    )
                seen[key] = pack.source
    return packs


def load_policy(path: Path | None = None) -> Policy:
    """The decision policy: which category implies which attribute, with reasons and basis."""
    path = path or builtin_rules_dir() / POLICY_FILE
    raw = _read_toml(path)
    try:
        policy = Policy.model_validate(raw)
    except ValidationError as error:
        raise RulePackError(f"E220 {path}{_describe(error, raw)}") from error
    for declaration in policy.declaration:
        try:
            regex.compile(declaration.pattern)
        except regex.error as error:
            raise RulePackError(
                f"E221 {path} declaration {declaration.pattern!r}: invalid regex: {error}"
            ) from error
    return policy
