"""Every command and code snippet the README shows, run as a new user would, in a fresh temporary project.

The commands are read from README.md itself (rules in tests/testing/readme.py and at the end of the
README), so the README cannot promise what the program does not do.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.testing.readme import Block, blocks, commands, pip_requirements, readme_text, section_blocks

REPO = Path(__file__).resolve().parents[1]
README = readme_text(REPO)
SHELL_BLOCKS = [block for block in blocks(README) if block.language == "shell"]
PYTHON_BLOCKS = [block for block in blocks(README) if block.language == "python"]
EXTRAS = set(
    tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
)


def fresh_project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A project holding a copy of examples/, and an environment whose secreview is this checkout."""
    project = tmp_path / "project"
    shutil.copytree(REPO / "examples", project / "examples")
    shims = tmp_path / "bin"
    shims.mkdir()
    python = f'"{sys.executable}"'
    for name, target in (("secreview", f"{python} -m secreview"), ("python", python), ("python3", python)):
        shim = shims / name
        shim.write_text(f'#!/bin/sh\nexec {target} "$@"\n', encoding="utf-8")
        shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    env = {
        **os.environ,
        "PATH": f"{shims}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(REPO),
        "NO_COLOR": "1",
        "PYTHONIOENCODING": "utf-8",
    }
    return project, env


def _run(command: str, project: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )


def test_the_readme_shows_commands_and_snippets() -> None:
    assert len([command for block in SHELL_BLOCKS for command in commands(block)]) >= 15
    assert PYTHON_BLOCKS


@pytest.mark.parametrize("block", SHELL_BLOCKS, ids=lambda block: f"README.md:{block.line}")
def test_shell_block_runs_with_the_exit_status_it_promises(block: Block, tmp_path: Path) -> None:
    if block.skip:
        pytest.skip(f"README.md:{block.line}: {block.skip}")
    project, env = fresh_project(tmp_path)
    for command in commands(block):
        if not command.run:
            continue
        result = _run(command.run, project, env)
        assert result.returncode == command.expected, (
            f"README.md:{command.line}: {command.text}\n"
            f"exit status {result.returncode}, the README promises {command.expected}\n"
            f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        )


@pytest.mark.parametrize("block", SHELL_BLOCKS, ids=lambda block: f"README.md:{block.line}")
def test_install_steps_name_what_exists(block: Block) -> None:
    """``pip install`` from the checkout with extras pyproject.toml defines; not from an index that does
    not have secreview."""
    for command in commands(block):
        for step in command.installs:
            if not step.startswith("pip install"):
                continue
            for requirement in pip_requirements(step):
                assert not requirement.startswith("secreview"), f"README.md:{command.line}: {step}"
                if requirement.startswith("."):
                    extras = requirement.partition("[")[2].rstrip("]")
                    unknown = {extra.strip() for extra in extras.split(",") if extra.strip()} - EXTRAS
                    assert not unknown, f"README.md:{command.line}: no extra {unknown} in pyproject.toml"


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=lambda block: f"README.md:{block.line}")
def test_python_snippet_runs(block: Block, tmp_path: Path) -> None:
    if block.skip:
        pytest.skip(f"README.md:{block.line}: {block.skip}")
    project, env = fresh_project(tmp_path)
    script = project / "snippet.py"
    script.write_text("\n".join(block.lines) + "\n", encoding="utf-8")
    result = _run(f'python "{script}"', project, env)
    assert result.returncode == 0, f"README.md:{block.line}\n{result.stdout}\n{result.stderr}"


def test_configuration_example_works_as_written(tmp_path: Path) -> None:
    """The TOML of "Configuration", copied into a project's pyproject.toml with the files it names."""
    (example,) = [block for block in section_blocks(README, "Configuration") if block.language == "toml"]
    project, env = fresh_project(tmp_path)
    configuration = "\n".join(example.lines) + "\n"
    (project / "pyproject.toml").write_text(configuration, encoding="utf-8")
    settings = tomllib.loads(configuration)["tool"]["secreview"]
    for name in settings.get("packs", []):
        pack = project / name
        assert pack.suffix == ".txt", f"the example names a pack the project would not have: {name}"
        pack.parent.mkdir(parents=True, exist_ok=True)
        pack.write_text("# 本单位敏感词,一行一个\n长城项目\n", encoding="utf-8")
    (project / "examples" / "memo.txt").write_text("关于长城项目的进展情况\n", encoding="utf-8")
    result = _run("secreview check --format json .", project, env)
    assert result.returncode == 1, result.stdout[-2000:] + result.stderr[-2000:]
    report = json.loads(result.stdout)
    files = {Path(file["path"]).name: file for file in report["files"]}
    assert "本单位敏感词.txt" not in files  # a word list the configuration names is not a document
    assert files["memo.txt"]["attribute"] != "proactive"  # the word list is on, whatever select says
    assert files["openness-plan.txt"]["attribute"] == "proactive"
    notes = " ".join(note["message"] for note in report["notes"])
    assert "基线" in notes or not settings.get("baseline")
