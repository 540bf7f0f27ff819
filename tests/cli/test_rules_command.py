"""`secreview rules`: lookup as --select takes rules, `--check` for packs, `--schema` for editors."""

from __future__ import annotations

import json
from pathlib import Path

from tests.testing.cli import run, write

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PACK = ROOT / "examples" / "our-pack.toml"
FIXTURES = ROOT / "tests" / "fixtures" / "packs"


def test_a_rule_id_in_any_case_shows_its_page() -> None:
    page = run("rules", "PI001")
    assert page.returncode == 0
    assert run("rules", "pi001").stdout == page.stdout
    assert run("rules", " Cn-Resident-Id ").stdout == page.stdout


def test_a_prefix_lists_the_matching_rules_as_select_takes_it() -> None:
    listed = run("rules", "pi")
    assert listed.returncode == 0
    ids = [line.split()[0] for line in listed.stdout.splitlines() if line.startswith("  ")]
    assert "PI001" in ids and "PI101" in ids
    assert all(rule_id.startswith("PI") for rule_id in ids)
    narrower = run("rules", "PI1").stdout
    assert "PI101" in narrower and "PI001" not in narrower
    assert run("rules", "XX").returncode == 2
    assert run("rules", "P").returncode == 2


def test_the_judgement_combinations_are_listed_and_have_pages() -> None:
    listed = run("rules")
    ids = [line.split()[0] for line in listed.stdout.splitlines() if line.startswith("  ")]
    assert "JD001" in ids and "JD045" in ids
    page = run("rules", "JD001")
    assert page.returncode == 0
    assert page.stdout.startswith("# JD001 upward-request-before-decision")
    assert "需要的信号" in page.stdout and "## 示例" in page.stdout and "第十六条第二款" in page.stdout
    assert run("rules", "upward-request-before-decision").stdout == page.stdout
    narrower = run("rules", "JD04").stdout
    assert "JD040" in narrower and "JD001" not in narrower
    assert run("rules", "JD999").returncode == 2


def test_check_passes_the_example_pack_and_the_shipped_packs() -> None:
    result = run("rules", "--check", EXAMPLE_PACK, ROOT / "rules")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "0 problems" in result.stderr


def test_check_prints_one_line_per_problem_and_exits_one(tmp_path: Path) -> None:
    broken = EXAMPLE_PACK.read_text(encoding="utf-8").replace('"长城项目第二阶段"', '"长城项目部第二阶段"')
    broken = broken.replace('kind = "keyword"', 'kind = "keyword"\nscope = ["tabel"]')
    path = write(tmp_path / "ours.toml", broken)
    result = run("rules", "--check", path, FIXTURES / "bad_regex.toml")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["E208", "E201"]
    assert lines[0].startswith(f"E208 {path} rule OU001 → scope[0]")
    fixed = write(tmp_path / "ours.toml", broken.replace('["tabel"]', '["body"]'))
    result = run("rules", "--check", fixed)
    assert result.returncode == 1
    assert result.stdout.startswith(
        f"E230 {fixed} rule OU001 → examples.hit[1]: not found in “长城项目部第二阶段”"
    )


def test_check_of_a_missing_pack_is_a_usage_error(tmp_path: Path) -> None:
    result = run("rules", "--check", tmp_path / "nope.toml")
    assert result.returncode == 2
    assert "nope.toml" in result.stderr


def test_schema_is_json_schema() -> None:
    result = run("rules", "--schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert set(schema["properties"]) == {"pack", "fragments", "rule"}


def test_a_pack_whose_examples_fail_is_refused_when_loaded(tmp_path: Path) -> None:
    broken = EXAMPLE_PACK.read_text(encoding="utf-8").replace('"采购长城汽车两辆"', '"长城项目"')
    pack = write(tmp_path / "ours.toml", broken)
    result = run("check", "--rules", pack, write(tmp_path / "a.txt", "关于做好政务公开工作的通知\n"))
    assert result.returncode == 2
    assert "E231" in result.stderr and "rule OU001 → examples.miss[0]" in result.stderr


def test_rules_takes_a_word_list_as_the_configuration_does(tmp_path: Path) -> None:
    words = write(tmp_path / "terms.txt", "# 本单位项目代号\n天穹工程\n")
    draft = write(tmp_path / "memo.txt", "关于天穹工程的进展情况\n")
    from_option = run("check", "--isolated", "--format", "json", "--rules", words, draft)
    write(tmp_path / "secreview.toml", 'packs = ["terms.txt"]\n')
    from_config = run("check", "--format", "json", draft)
    assert from_option.returncode == from_config.returncode == 1
    findings = [json.loads(result.stdout)["files"][0]["findings"] for result in (from_option, from_config)]
    assert [finding["rule"] for finding in findings[0]] == ["UW001"]
    assert findings[0] == findings[1]
