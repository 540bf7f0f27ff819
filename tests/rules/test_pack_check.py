"""A user's pack is proven like a shipped one: each problem has its documented code, file, rule and field."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest

from secreview import Engine
from secreview.packcheck import check_packs
from secreview.rulepack import PackProblems, builtin_rules_dir, load_pack, load_packs, load_policy
from secreview.rulepack.load import pack_files
from secreview.rulepack.schema import pack_json_schema

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PACK = ROOT / "examples" / "our-pack.toml"
ERRORS_PAGE = ROOT / "docs" / "errors.md"

GOOD = """[pack]
prefix = "OU"
title = "本单位"
version = "1"

[[rule]]
id = "OU001"
name = "code-names"
kind = "keyword"
keywords = ["天穹工程"]
category = "work_secret"
severity = "high"
title = "内部项目代号"
message = "内部项目代号,不得公开"
basis = "《中华人民共和国政府信息公开条例》第十六条第一款"
description = "本单位内部项目代号。"

[rule.examples]
hit = ["关于天穹工程的进展"]
miss = ["关于天穹的进展"]

[[rule]]
id = "OU002"
name = "code-numbers"
kind = "pattern"
patterns = ['天穹\\d{2}号']
triggers = ["天穹"]
category = "work_secret"
severity = "high"
title = "内部项目编号"
message = "内部项目编号,不得公开"
basis = "《中华人民共和国政府信息公开条例》第十六条第一款"
description = "本单位内部项目编号。"

[rule.examples]
hit = ["天穹12号试验", "天穹34号"]
miss = ["天穹1号试验"]
"""

_TRIGGERED = GOOD[GOOD.index('triggers = ["天穹"]') : GOOD.index('miss = ["天穹1号试验"]')]
# Each case: what is changed in GOOD, the code and where the problem is said to be.
BROKEN = [
    ("", "broken = [", "E200", ""),
    ("patterns = ['天穹\\d{2}号']", "patterns = ['天穹(\\d{2}号']", "E201", "rule OU002 → patterns[0]"),
    ('kind = "keyword"', 'kind = "keyword"\nvalidator = "nope"', "E202", "rule OU001 → validator"),
    ('kind = "keyword"', 'kind = "keyword"\nkeyword_files = ["missing.txt"]', "E203", "keyword_files[0]"),
    ('id = "OU002"', 'id = "XY002"', "E204", "rule XY002 → id"),
    ('name = "code-numbers"', 'name = "code-names"', "E205", "rule OU002"),
    (
        'kind = "keyword"\nkeywords = ["天穹工程"]',
        'kind = "recognizer"\nrecognizer = "nope"',
        "E206",
        "→ recognizer",
    ),
    ('kind = "keyword"', 'kind = "recognizer"\nrecognizer = "nope"', "E211", "rule OU001 → keywords"),
    ("triggers = [", 'group = "x"\ntriggers = [', "E207", "rule OU002 → group"),
    ('kind = "keyword"', 'kind = "keyword"\nscope = ["tabel"]', "E208", "rule OU001 → scope[0]"),
    ('prefix = "OU"', 'prefix = "UW"', "E209", "→ pack.prefix"),
    ('title = "本单位"\n', "", "E210", "→ pack.title"),
    ('kind = "keyword"', 'kind = "keyword"\npatterns = ["天穹"]', "E211", "rule OU001 → patterns"),
    ('kind = "keyword"', 'kind = "keyword"\ntrigger_lines = 1', "E211", "rule OU001 → trigger_lines"),
    ('kind = "keyword"', 'kind = "keyword"\nrequire_context = true', "E212", "rule OU001 → require_context"),
    ('triggers = ["天穹"]', "trigger_lines = 2", "E212", "rule OU002 → trigger_lines"),
    ('keywords = ["天穹工程"]', 'keywords = [""]', "E210", "rule OU001 → keywords[0]"),
    ('kind = "keyword"', 'kind = "lexicon"', "E210", "rule OU001 → kind"),
    ('version = "1"\n', 'version = "1"\n[fragments]\nTwo = "\\\\d{2}"\n', "E210", "→ fragments.Two"),
    ("patterns = ['天穹\\d{2}号']", "patterns = ['天穹{{two}}号']", "E215", "rule OU002 → patterns[0]"),
    ('version = "1"\n', 'version = "1"\n[fragments]\ntwo = "\\\\d{2}"\n', "E215", "→ fragments.two"),
    ('"关于天穹工程的进展"', '"关于天穹的工程"', "E230", "rule OU001 → examples.hit[0]"),
    ('"关于天穹的进展"', '"天穹工程"', "E231", "rule OU001 → examples.miss[0]"),
    (_TRIGGERED, _TRIGGERED.replace('"天穹"]', '"试验"]'), "E232", "rule OU002 → triggers"),
]


def _write(tmp_path: Path, old: str, new: str) -> Path:
    assert old in GOOD
    path = tmp_path / "ou.toml"
    path.write_text(GOOD.replace(old, new, 1) if old else new, encoding="utf-8")
    return path


def test_the_good_pack_passes(tmp_path: Path) -> None:
    result = check_packs([_write(tmp_path, "", GOOD)])
    assert result.problems == []
    assert result.rules == 2


@pytest.mark.parametrize(("old", "new", "code", "where"), BROKEN, ids=[case[2] for case in BROKEN])
def test_a_broken_pack_has_its_code_rule_and_field(
    tmp_path: Path, old: str, new: str, code: str, where: str
) -> None:
    path = _write(tmp_path, old, new)
    problems = [str(problem) for problem in check_packs([path]).problems]
    assert any(line.startswith(f"{code} {path}") and where in line for line in problems), problems


def test_loading_a_pack_runs_its_examples(tmp_path: Path) -> None:
    path = _write(tmp_path, '"关于天穹工程的进展"', '"关于天穹的工程"')
    with pytest.raises(PackProblems) as raised:
        Engine([path])
    assert [problem.code for problem in raised.value.problems] == ["E230"]
    assert "examples.hit[0]" in str(raised.value) and "关于天穹的工程" in str(raised.value)


def test_every_problem_of_a_pack_is_reported_at_once(tmp_path: Path) -> None:
    broken = GOOD.replace('kind = "keyword"', 'kind = "keyword"\nscope = ["tabel"]\npatterns = ["x"]')
    broken = broken.replace("patterns = ['天穹\\d{2}号']", "patterns = ['(']")
    path = tmp_path / "ou.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(PackProblems) as raised:
        load_packs([path])
    assert sorted(problem.code for problem in raised.value.problems) == ["E208", "E211"]


def test_a_scoped_rule_proves_its_examples_in_its_part(tmp_path: Path) -> None:
    path = _write(tmp_path, 'kind = "keyword"', 'kind = "keyword"\nscope = ["table", "comment"]')
    assert check_packs([path]).problems == []


def test_word_lists_load_from_the_command_line_as_from_the_configuration(tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    words.write_text("# 本单位项目代号\n天穹工程\n", encoding="utf-8")
    packs = load_packs([words], builtin=False)
    assert [compiled.rule.id for pack in packs for compiled in pack.rules] == ["UW001"]
    report = Engine([words]).check_text("关于天穹工程的进展").files[0]
    assert [finding.rule for finding in report.findings] == ["UW001"]
    assert check_packs([words]).problems == []
    words.write_text("# 只有注释\n", encoding="utf-8")
    assert [problem.code for problem in check_packs([words]).problems] == ["E213"]


def test_the_shipped_packs_pass_the_check() -> None:
    result = check_packs([builtin_rules_dir()])
    assert [str(problem) for problem in result.problems] == []
    assert result.rules == sum(len(pack.rules) for pack in load_packs())


def test_the_example_pack_passes_the_check() -> None:
    result = check_packs([EXAMPLE_PACK])
    assert [str(problem) for problem in result.problems] == []
    assert {"keyword", "pattern"} <= {compiled.rule.kind for pack in result.packs for compiled in pack.rules}


def test_the_shipped_packs_and_the_example_follow_the_json_schema() -> None:
    schema = pack_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in [*pack_files(builtin_rules_dir()), EXAMPLE_PACK]:
        errors = [error.message for error in validator.iter_errors(tomllib.loads(path.read_text("utf-8")))]
        assert errors == [], path


def test_the_json_schema_refuses_a_field_of_another_kind() -> None:
    pack = tomllib.loads(GOOD.replace('kind = "keyword"', 'kind = "keyword"\npatterns = ["x"]'))
    assert not jsonschema.Draft202012Validator(pack_json_schema()).is_valid(json.loads(json.dumps(pack)))


def _codes_in_source() -> set[str]:
    sources = (ROOT / "secreview").rglob("*.py")
    return {code for path in sources for code in re.findall(r"\bE2\d\d\b", path.read_text("utf-8"))}


def test_every_error_code_raised_is_documented_and_every_documented_code_is_raised() -> None:
    documented = set(re.findall(r"^\| (E2\d\d) \|", ERRORS_PAGE.read_text("utf-8"), flags=re.MULTILINE))
    assert _codes_in_source() == documented


def test_every_pack_error_code_has_a_test() -> None:
    tested = {case[2] for case in BROKEN} | {"E213", "E214"}  # E213: above; E214: tests/inputs/test_words.py
    policy_codes = {"E220", "E221", "E222"}  # tests/test_decide.py and below
    judgement_codes = {"E240", "E241", "E242", "E243", "E244", "E245"}  # tests/rules/test_judgement.py
    judgement_codes |= {"E246"}  # tests/unit/test_learned.py
    judgement_codes |= {"E247"}  # tests/rules/test_judgement_whole_passage_message.py
    assert _codes_in_source() - policy_codes - judgement_codes == tested


def test_a_broken_declaration_pattern_names_its_field(tmp_path: Path) -> None:
    text = (builtin_rules_dir() / "policy.toml").read_text(encoding="utf-8")
    path = tmp_path / "policy.toml"
    path.write_text(
        text + '\n[[declaration]]\npattern = "(公开"\nattribute = "proactive"\n', encoding="utf-8"
    )
    with pytest.raises(PackProblems, match=r"E221 .*policy.toml → declaration\[\d+\]\.pattern"):
        load_policy(path)


def test_a_shipped_pack_named_twice_is_checked_once() -> None:
    path = builtin_rules_dir() / "ws.toml"
    result = check_packs([path])
    assert result.problems == []
    assert [pack.source for pack in result.packs] == [str(load_pack(path).source)]
