"""Coverage-guided fuzzing of the extractors and the engine with atheris (on demand, not in CI).

    pip install atheris
    python benchmarks/fuzz/fuzz_extractors.py --make-seeds benchmarks/fuzz/seeds
    python benchmarks/fuzz/fuzz_extractors.py benchmarks/fuzz/seeds -atheris_runs=100000
    python benchmarks/fuzz/fuzz_extractors.py benchmarks/fuzz/seeds -max_total_time=600

The first byte of each input picks the format (the suffix), the rest is the file. Anything
other than a result or an ExtractionError is a crash that atheris reports with the input
that caused it. The number of executions is printed when the run ends.
"""

from __future__ import annotations

import atexit
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from secreview.errors import ExtractionError
from secreview.extract import EXTRACTORS, extract_bytes

SUFFIXES = sorted(EXTRACTORS)
_runs = 0
_engine = None


def one_input(data: bytes) -> None:
    global _runs, _engine
    _runs += 1
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    try:
        extracted = extract_bytes(data[1:], suffix)
    except ExtractionError as error:
        assert "\n" not in str(error)
        return
    if _engine is None:
        from secreview import Engine

        _engine = Engine()
    file = _engine.review(extracted, f"fuzz{suffix}")
    for finding in file.findings:
        assert extracted.text[finding.start : finding.end] == finding.text


def make_seeds(folder: Path) -> None:
    """One valid sample of each format, prefixed by the byte that selects its suffix."""
    from tests.testing.samples import SAMPLES

    folder.mkdir(parents=True, exist_ok=True)
    for suffix, build in SAMPLES.items():
        (folder / f"seed{suffix}").write_bytes(bytes([SUFFIXES.index(suffix)]) + build())
    print(f"{len(SAMPLES)} seeds written to {folder}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--make-seeds":
        make_seeds(Path(sys.argv[2]))
        return
    import atheris

    # Legacy files must not start LibreOffice thousands of times.
    shutil.which = lambda *args, **kwargs: None  # type: ignore[assignment]
    atexit.register(lambda: print(f"\nfuzz_extractors: {_runs} inputs run", file=sys.stderr))
    atheris.instrument_all()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
