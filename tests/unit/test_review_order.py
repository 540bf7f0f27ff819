"""A report is a function of its document alone (session 23, tidy24): the command line, the worker pool,
Dask and the web call one review path, and each must give the same answer for the same text whatever it
reviewed first. A set of drafts — the rules' identifiers and names, the judgement's combinations, the
structural cut, the learned signal that holds a draft or cuts one part (struct53's trade analysis, learned18's
blind drafts) — is reviewed in two orders by one engine, again by a fresh engine, and in processes with other
hash seeds; every report (attribute, reasons, findings, trace) must be the same to the character."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from secreview import Engine
from secreview.judge.learned import load_learned
from tests.rules import learned18_drafts
from tests.rules.test_judgement_struct53_s20 import TRADE_ANALYSIS, TRADE_ANALYSIS_PLAIN
from tests.testing.privacy_documents import documents
from tests.testing.secrecy_documents import labelled_documents

REPO = Path(__file__).resolve().parents[2]


@cache
def drafts() -> dict[str, str]:
    """The drafts by name: of every kind a review decides differently."""
    examples = sorted((REPO / "examples").glob("*.txt"))
    found = {path.name: path.read_text(encoding="utf-8") for path in examples}
    found["struct53-trade"] = TRADE_ANALYSIS
    found["struct53-trade-plain"] = TRADE_ANALYSIS_PLAIN
    found.update({f"learned18-cut-{name}": text for name, text in learned18_drafts.CUT.items()})
    found.update({f"learned18-twin-{name}": text for name, text in learned18_drafts.TWINS.items()})
    held = load_learned().policy.examples.hit  # drafts the signal holds whole
    found.update({f"learned-hit-{index}": text for index, text in enumerate(held)})
    for index, document in enumerate(documents(16)):
        found[f"privacy-{index}-{document.kind}"] = document.text
    for document in labelled_documents(per_category=2, public=4):
        found[f"secrecy-{document.name}"] = document.text
    return found


def reports(engine: Engine, names: Iterable[str]) -> dict[str, str]:
    """Each named draft's report as JSON, reviewed in the order given."""
    texts = drafts()
    return {name: engine.review_text(texts[name]).model_dump_json() for name in names}


def _differing(first: dict[str, str], second: dict[str, str]) -> list[str]:
    return sorted(name for name in first if first[name] != second.get(name))


def test_the_drafts_are_of_every_kind() -> None:
    """The set holds drafts each outcome comes from: a part cut by the signal, a draft it holds whole, a cut
    by the rules, a withheld paper and a public one (else the tests below prove little)."""
    engine = Engine()
    found = reports(engine, drafts())
    attributes = {json.loads(report)["attribute"] for report in found.values()}
    assert {"proactive", "redacted", "withheld"} <= attributes
    cut = [json.loads(found[name]) for name in ("struct53-trade", "learned18-cut-screening")]
    assert all(any(f["rule"].startswith("JL") and f.get("severable") for f in r["findings"]) for r in cut)
    held = json.loads(found["learned-hit-0"])
    assert any(f["rule"].startswith("JL") and not f.get("severable") for f in held["findings"])


def test_two_orders_give_the_same_reports() -> None:
    names = list(drafts())
    engine = Engine()
    forward = reports(engine, names)
    again = reports(engine, reversed(names))  # the same engine, after every draft
    fresh = reports(Engine(), reversed(names))  # a fresh engine, the last draft first
    assert _differing(forward, again) == []
    assert _differing(forward, fresh) == []


_IN_A_PROCESS = (
    "import json, sys\n"
    "from secreview import Engine\n"
    "from tests.unit.test_review_order import drafts, reports\n"
    "names = list(drafts())\n"
    "names = names[::-1] if sys.argv[1] == 'reversed' else names\n"
    "json.dump(reports(Engine(), names), sys.stdout)\n"
)


def _in_a_process(seed: int, order: str) -> dict[str, str]:
    """The reports of a process with ``PYTHONHASHSEED=seed`` (string sets iterate in another order)."""
    path = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": path, "PYTHONIOENCODING": "utf-8"}
    ran = subprocess.run(
        [sys.executable, "-c", _IN_A_PROCESS, order],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=300,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    found: dict[str, str] = json.loads(ran.stdout)
    return found


def test_other_hash_seeds_give_the_same_reports() -> None:
    here = reports(Engine(), drafts())
    first, second = _in_a_process(0, "forward"), _in_a_process(1, "reversed")
    assert set(first) == set(second) == set(here)
    assert _differing(here, first) == []
    assert _differing(here, second) == []
