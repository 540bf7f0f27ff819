"""The pre-commit hook through the real ``pre-commit`` program: a clean draft commits, a draft with an ID
number is blocked and the message says what to fix.

The hook repository is a git snapshot of this checkout's working tree (committed or not), so the test runs
the ``.pre-commit-hooks.yaml`` being changed. pre-commit builds a virtualenv and pip-installs that snapshot,
which needs PyPI: the test is marked ``network`` and skips itself when PyPI cannot be reached.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import secreview
from tests.testing.cli import CLEAN, WITH_ID, write
from tests.testing.readme import readme_text, section_blocks

REPO = Path(__file__).resolve().parents[2]
HOOK_FILES = ("secreview/", "rules/", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml")

pytestmark = pytest.mark.network


def _offline() -> str | None:
    if os.environ.get("SECREVIEW_OFFLINE") == "1":
        return "SECREVIEW_OFFLINE=1"
    if shutil.which("git") is None or not (REPO / ".git").exists():
        return "needs git and a git checkout"
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
    except OSError:
        return "PyPI is not reachable"
    return None


def _git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", check=False
    )


def _snapshot(destination: Path, env: dict[str, str]) -> str:
    """This checkout's files (tracked and new, minus ignored ones) committed to a fresh repository."""
    listed = _git("ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=REPO, env=env)
    for name in filter(None, listed.stdout.split("\0")):
        source = REPO / name
        if name.startswith(HOOK_FILES) and source.is_file() and "__pycache__" not in name:
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    tag = ("tag", "-a", f"v{secreview.__version__}", "-m", "release")
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-q", "-m", "snapshot"), tag):
        assert _git(*args, cwd=destination, env=env).returncode == 0
    return _git("rev-parse", "HEAD", cwd=destination, env=env).stdout.strip()


def readme_stanza() -> str:
    """The .pre-commit-config.yaml the README shows."""
    blocks = section_blocks(readme_text(REPO), "pre-commit")
    (block,) = [block for block in blocks if block.language == "yaml"]
    return "\n".join(block.lines) + "\n"


def test_the_readme_stanza_names_this_version_and_this_hook() -> None:
    stanza = readme_stanza()
    assert f"rev: v{secreview.__version__}" in stanza
    assert "- id: secreview" in stanza
    assert "- id: secreview" in (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")


def test_the_hook_blocks_a_draft_with_an_id_number(tmp_path: Path) -> None:
    reason = _offline()
    if reason:
        pytest.skip(reason)
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "NO_COLOR": "1",
    }
    hook_repo = tmp_path / "hook"
    hook_repo.mkdir()
    _snapshot(hook_repo, env)
    project = tmp_path / "project"
    project.mkdir()
    assert _git("init", "-q", cwd=project, env=env).returncode == 0
    # The README's stanza as a user copies it, pointing at this snapshot instead of a clone elsewhere.
    stanza = readme_stanza()
    written_url = stanza.split("repo:", 1)[1].split()[0]
    write(project / ".pre-commit-config.yaml", stanza.replace(written_url, hook_repo.as_uri(), 1))
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install", "--install-hooks"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    write(project / "通知.txt", CLEAN)
    _git("add", ".", cwd=project, env=env)
    clean = _git("commit", "-m", "clean draft", cwd=project, env=env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout + clean.stderr

    write(project / "公示名单.txt", WITH_ID)
    _git("add", "公示名单.txt", cwd=project, env=env)
    blocked = _git("commit", "-m", "list with an ID number", cwd=project, env=env)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "Failed" in output and "exit code: 1" in output
    assert "430102********1234" in output  # the replacement to make
    assert "删除或遮盖标出的内容" in output
    assert _git("log", "--format=%s", cwd=project, env=env).stdout.split("\n")[0] == "clean draft"

    drafts = ["公示名单.txt", "通知.txt"]
    tried = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "secreview", "--files", *drafts],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert tried.returncode == 1, tried.stdout + tried.stderr
    assert "430102********1234" in tried.stdout + tried.stderr
