"""Read pack files, validate them and compile their patterns; every mistake is one problem (code, file,
rule and field), and any problem stops the load."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from secreview.build_cache import compile_regex
from secreview.config import WordList
from secreview.errors import PackProblems, Problem
from secreview.normalize import fold
from secreview.pack_fragments import with_fragments
from secreview.recognizers import REGISTRY as RECOGNIZERS
from secreview.resources import builtin_rules_dir
from secreview.rulepack.schema import (
    RULE_KINDS,
    CompiledPack,
    CompiledRule,
    KeywordRule,
    Pack,
    PatternRule,
    Policy,
    RecognizerRule,
    Rule,
    compile_pattern,
)
from secreview.rulepack.wordlists import WORD_LIST_PREFIX, WORD_LIST_SUFFIX, long_terms, word_list_pack
from secreview.safe_read import InputKind, UnreadableInput, display_path, read_input_text, read_input_toml
from secreview.validators import REGISTRY

POLICY_FILE = "policy.toml"


def _read_toml(path: Path, code: str = "E200") -> dict[str, Any]:
    try:
        return read_input_toml(path, InputKind.PACK)
    except UnreadableInput as error:
        raise PackProblems([Problem(code, display_path(path), f"cannot read: {error}")]) from error
    except tomllib.TOMLDecodeError as error:
        raise PackProblems([Problem(code, str(path), f"not valid TOML: {error}")]) from error


def _field(location: list[str | int]) -> str | None:
    field = ""
    for part in location:
        field += f"[{part}]" if isinstance(part, int) else f".{part}" if field else str(part)
    return field or None


def _kind_owners(field: str) -> str:
    owners = [kind for kind, model in RULE_KINDS.items() if field in model.model_fields]
    return f" (a field of kind = {' or '.join(repr(kind) for kind in owners)})" if owners else ""


def _schema_problem(error: ErrorDetails, raw: dict[str, Any], source: Path, code: str) -> Problem:
    """One validation error as a problem naming the rule (by id) and the field."""
    location = list(error["loc"])
    message, kind, rule_id = error["msg"], None, None
    if len(location) >= 2 and location[0] == "rule" and isinstance(location[1], int):
        rules = raw.get("rule", [])
        index = location[1]
        entry = rules[index] if isinstance(rules, list) and index < len(rules) else {}
        rule_id = str(entry.get("id", f"#{index + 1}")) if isinstance(entry, dict) else f"#{index + 1}"
        kind = entry.get("kind") if isinstance(entry, dict) else None
        location = location[2:]
        if location and location[0] == kind:  # the tag of the rule's type, not a field
            location = location[1:]
    context = error.get("ctx") or {}
    if error["type"] == "extra_forbidden" and rule_id is not None:
        code = "E211"
        name = str(location[-1])
        message = f"`{name}` is not a field of a {kind} rule{_kind_owners(name)}"
    elif error["type"] == "rule_fields":
        code, location = "E212", [context["field"]]
    elif error["type"] == "unknown_part":
        code = "E208"
    elif error["type"].startswith("union_tag"):
        location = ["kind"]
        message = f"`kind` must be one of {', '.join(repr(kind) for kind in RULE_KINDS)}"
    return Problem(code, str(source), message, rule_id, _field(location))


def _schema_problems(error: ValidationError, raw: dict[str, Any], source: Path, code: str) -> list[Problem]:
    return [_schema_problem(detail, raw, source, code) for detail in error.errors()]


def _lexicon_terms(pack_dir: Path, relative: str) -> list[str]:
    lines = read_input_text(pack_dir / relative, InputKind.WORD_LIST).splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _pattern_problems(rule: PatternRule, source: str, check_patterns: bool) -> list[Problem]:
    problems = []
    for index, pattern in enumerate(rule.patterns if check_patterns else ()):
        try:
            compiled = compile_pattern(pattern)
        except regex.error as error:
            problems.append(Problem("E201", source, f"invalid regex: {error}", rule.id, f"patterns[{index}]"))
            continue
        if rule.group is not None and rule.group not in compiled.groupindex:
            message = f"patterns[{index}] has no group {rule.group!r}"
            problems.append(Problem("E207", source, message, rule.id, "group"))
    if rule.trigger_pattern is not None:
        try:
            compile_regex(rule.trigger_pattern)
        except regex.error as error:
            problems.append(Problem("E201", source, f"invalid regex: {error}", rule.id, "trigger_pattern"))
    return problems


def _rule_problems(rule: Rule, prefix: str, source: str, check_patterns: bool) -> list[Problem]:
    """What a valid rule can still get wrong: its prefix, names of validators and recognizers, regexes."""
    problems = []
    if not rule.id.startswith(prefix):
        problems.append(Problem("E204", source, f"must start with the pack prefix {prefix}", rule.id, "id"))
    if rule.validator is not None and rule.validator not in REGISTRY:
        message = f"unknown {rule.validator!r} ({', '.join(sorted(REGISTRY))})"
        problems.append(Problem("E202", source, message, rule.id, "validator"))
    if isinstance(rule, RecognizerRule) and rule.recognizer not in RECOGNIZERS:
        message = f"unknown {rule.recognizer!r} ({', '.join(sorted(RECOGNIZERS)) or 'none'})"
        problems.append(Problem("E206", source, message, rule.id, "recognizer"))
    if isinstance(rule, PatternRule):
        problems += _pattern_problems(rule, source, check_patterns)
    if isinstance(rule, KeywordRule):
        for index, relative in enumerate(rule.keyword_files):
            field = f"keyword_files[{index}]"
            try:
                lines = read_input_text(Path(source).parent / relative, InputKind.WORD_LIST).splitlines()
            except UnreadableInput as error:
                problems.append(Problem("E203", source, f"cannot read: {error}", rule.id, field))
                continue
            problems += [
                Problem("E214", source, f"{relative}: {message}", rule.id, field)
                for message in long_terms(lines)
            ]
    return problems


def _compiled_rule(rule: Rule, prefix: str, source: str) -> CompiledRule:
    """The rule ready to run (its problems already ruled out)."""
    patterns: tuple[str, ...] = ()
    terms: list[str] = []
    triggers: tuple[str, ...] = ()
    trigger_pattern = group = recognizer = None
    trigger_lines, trigger_scope = 0, "lines"
    if isinstance(rule, PatternRule):
        patterns, group = tuple(rule.patterns), rule.group
        triggers = tuple(dict.fromkeys(fold(word) for word in rule.triggers))
        if rule.trigger_pattern is not None:
            trigger_pattern = compile_regex(rule.trigger_pattern)
        trigger_lines, trigger_scope = rule.trigger_lines, rule.trigger_scope
    elif isinstance(rule, KeywordRule):
        terms = list(rule.keywords)
        for relative in rule.keyword_files:
            terms.extend(_lexicon_terms(Path(source).parent, relative))
    else:
        recognizer = rule.recognizer
    return CompiledRule(
        rule=rule,
        pack=prefix,
        pattern_sources=patterns,
        keywords=tuple(dict.fromkeys(fold(term) for term in terms)),
        triggers=triggers,
        trigger_pattern=trigger_pattern,
        context=tuple(fold(word) for word in rule.context),
        exclude_context=tuple(fold(word) for word in rule.exclude_context),
        group=group,
        trigger_lines=trigger_lines,
        trigger_scope=trigger_scope,
        recognizer=recognizer,
    )


def compile_pack(
    pack: Pack, source: Path, *, check_patterns: bool = True, shipped: bool = False
) -> CompiledPack:
    """A validated pack ready to run; raises PackProblems listing every problem of its rules.
    ``check_patterns`` compiles the regexes now to report a mistake (the shipped packs skip this: the test
    suite compiles them, and a check compiles only the rules it runs)."""
    prefix = pack.pack.prefix
    problems = [
        problem for rule in pack.rule for problem in _rule_problems(rule, prefix, str(source), check_patterns)
    ]
    if problems:
        raise PackProblems(problems)
    rules = tuple(_compiled_rule(rule, prefix, str(source)) for rule in pack.rule)
    return CompiledPack(header=pack.pack, source=str(source), rules=rules, shipped=shipped)


def _is_shipped(path: Path) -> bool:
    return path.resolve().parent == _shipped_folder()


@cache
def _shipped_folder() -> Path:
    return builtin_rules_dir().resolve()


def load_pack(path: Path, *, check_patterns: bool = True, shipped: bool | None = None) -> CompiledPack:
    """Load one pack file; raises PackProblems naming the file, the rule and the field of each problem.
    ``shipped``: whether it is one of the built-in packs, when the caller knows (else found out here)."""
    raw, problems = with_fragments(_read_toml(path), str(path))
    try:
        pack = Pack.model_validate(raw)
    except ValidationError as error:
        raise PackProblems([*problems, *_schema_problems(error, raw, path, "E210")]) from error
    if problems:
        raise PackProblems(problems)
    if pack.pack.prefix == WORD_LIST_PREFIX:
        message = f"the prefix {WORD_LIST_PREFIX} is reserved for word lists (rules UW001 …)"
        raise PackProblems([Problem("E209", str(path), message, field="pack.prefix")])
    shipped = _is_shipped(path) if shipped is None else shipped
    return compile_pack(pack, path, check_patterns=check_patterns, shipped=shipped)


def pack_files(directory: Path) -> list[Path]:
    return sorted(path for path in directory.glob("*.toml") if path.name != POLICY_FILE)


def duplicate_problems(packs: Iterable[CompiledPack]) -> list[Problem]:
    """Rule ids and names used twice."""
    problems = []
    seen: dict[str, str] = {}
    for pack in packs:
        for compiled in pack.rules:
            for key in (compiled.rule.id, compiled.rule.name):
                if key in seen:
                    problems.append(
                        Problem("E205", pack.source, f"{key} already in {seen[key]}", compiled.rule.id)
                    )
                seen[key] = pack.source
    return problems


PackSource = Path | WordList


def _word_list_packs(word_lists: Sequence[WordList], policy: Policy | None) -> list[CompiledPack]:
    """A pack for each word list, numbered UW001 … in order; every problem raised at once."""
    packs, problems = [], []
    if word_lists and policy is None:
        policy = load_policy()
    for number, word_list in enumerate(word_lists, 1):
        assert policy is not None
        try:
            pack = word_list_pack(word_list, number, policy)
            packs.append(compile_pack(pack, word_list.path))
        except PackProblems as error:
            problems += error.problems
    if problems:
        raise PackProblems(problems)
    return packs


def with_word_lists(
    packs: Sequence[CompiledPack], word_lists: Sequence[WordList], policy: Policy
) -> list[CompiledPack]:
    """``packs`` and a pack for each word list (UW001 …), with rule ids and names unique."""
    if not word_lists:
        return list(packs)
    combined = [*packs, *_word_list_packs(word_lists, policy)]
    problems = duplicate_problems(combined)
    if problems:
        raise PackProblems(problems)
    return combined


def load_packs(
    extra: Iterable[PackSource] = (), *, builtin: bool = True, policy: Policy | None = None
) -> list[CompiledPack]:
    """The built-in packs and any extra packs: pack files, folders of them, word lists (a ``.txt`` file or
    a WordList, whose message and basis come from ``policy``, by default the built-in one). Rule ids and
    names are unique; every problem of every pack is raised at once (PackProblems)."""
    files = pack_files(builtin_rules_dir()) if builtin else []
    word_lists: list[WordList] = []
    for entry in extra:
        if isinstance(entry, WordList) or entry.suffix.lower() == WORD_LIST_SUFFIX:
            word_lists.append(entry if isinstance(entry, WordList) else WordList(path=entry))
        else:
            files.extend(pack_files(entry) if entry.is_dir() else [entry])
    packs: list[CompiledPack] = []
    problems: list[Problem] = []
    for path in files:
        try:
            shipped = _is_shipped(path)
            packs.append(load_pack(path, check_patterns=not shipped, shipped=shipped))
        except PackProblems as error:
            problems += error.problems
    try:
        packs += _word_list_packs(word_lists, policy)
    except PackProblems as error:
        problems += error.problems
    problems += duplicate_problems(packs)
    if problems:
        raise PackProblems(problems)
    return packs


def load_policy(path: Path | None = None) -> Policy:
    """The decision policy: which category implies which attribute, with reasons and basis."""
    path = path or builtin_rules_dir() / POLICY_FILE
    raw = _read_toml(path, "E220")
    try:
        policy = Policy.model_validate(raw)
    except ValidationError as error:
        raise PackProblems(_schema_problems(error, raw, path, "E220")) from error
    for index, declaration in enumerate(policy.declaration):
        try:
            compile_regex(declaration.pattern)
        except regex.error as error:
            field = f"declaration[{index}].pattern"
            raise PackProblems(
                [Problem("E221", str(path), f"invalid regex: {error}", field=field)]
            ) from error
    return policy
