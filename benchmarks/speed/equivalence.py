"""Speed work must not change a result: the reports of a fixed set of documents, written once and compared.

    python benchmarks/speed/equivalence.py write snapshot.json     # with the code before the change
    python benchmarks/speed/equivalence.py compare snapshot.json   # with the code after it

The set: the speed corpora (realistic and hit-dense), every labelled generator's documents, hostile shapes
(long digit runs, a line of 200 000 characters, thousands of keyword hits) and the real documents of
../shared when present. Reports are compared as JSON, findings, attribute, reasons and all.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT), str(ROOT / "benchmarks" / "decision")]

import corpus  # noqa: E402
import documents as decision_documents  # noqa: E402

import secreview  # noqa: E402
from tests.testing import identifiers, privacy_documents, secrecy_documents  # noqa: E402

SHARED = ROOT.parent / "shared"


def hostile() -> Iterator[tuple[str, str]]:
    rng = random.Random(5)
    yield "digits", "".join(rng.choice("0123456789 -") for _ in range(50_000))
    alphabet = "关于通知张王李赵住址村组号单元秘密★123456789"
    yield "long-line", "".join(rng.choice(alphabet) for _ in range(200_000))
    yield "keywords", "秘密★长期\n国家秘密 工作秘密 内部资料 商业秘密 个人隐私\n" * 2_000


def document_set(size_kb: int) -> Iterator[tuple[str, str]]:
    for seed in (11, 12):
        yield f"realistic-{seed}", corpus.build(size_kb * 1024, seed=seed)
        yield f"dense-{seed}", corpus.build(size_kb * 1024, dense=True, seed=seed)
    for number, document in enumerate(identifiers.labelled_documents(seed=7, count=250)):
        yield f"identifiers-{number}", document.text
    for number, labelled in enumerate(privacy_documents.documents(180)):
        yield f"privacy-{number}", labelled.text
    for number, labelled in enumerate(secrecy_documents.labelled_documents()):
        yield f"secrecy-{number}", labelled.text
    for number, labelled in enumerate(decision_documents.labelled_documents(per_kind=10)):
        yield f"decision-{number}", labelled.text
    yield from hostile()
    for folder in (SHARED / "seeds", SHARED / "corpus" / "real"):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            yield f"shared-{path.name}", path.read_text(encoding="utf-8")


def reports(size_kb: int) -> dict[str, object]:
    engine = secreview.Engine()
    return {
        name: json.loads(engine.check_text(text).to_json())["files"][0]
        for name, text in document_set(size_kb)
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", choices=("write", "compare"))
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--size-kb", type=int, default=300, help="size of each speed-corpus document")
    args = parser.parse_args(argv)
    current = reports(args.size_kb)
    if args.mode == "write":
        args.snapshot.write_text(json.dumps(current, ensure_ascii=False), encoding="utf-8")
        print(f"{len(current)} reports written to {args.snapshot}")
        return 0
    before = json.loads(args.snapshot.read_text(encoding="utf-8"))
    changed = [name for name in before if before[name] != current.get(name)]
    for name in changed[:20]:
        old, new = before[name], current.get(name)
        print(f"changed: {name}")
        if isinstance(old, dict) and isinstance(new, dict):
            old_findings = {(f["rule"], f["start"], f["end"]) for f in old["findings"]}
            new_findings = {(f["rule"], f["start"], f["end"]) for f in new["findings"]}
            lost, new_ones = sorted(old_findings - new_findings), sorted(new_findings - old_findings)
            print(f"  lost {lost[:5]}  new {new_ones[:5]}")
            for key in old:
                if key != "findings" and old[key] != new.get(key):
                    print(f"  {key}: {old[key]!r} -> {new.get(key)!r}"[:300])
    print(f"{len(before) - len(changed)} of {len(before)} reports identical")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
