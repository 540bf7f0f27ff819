"""Coverage-guided fuzzing of what a run reads besides documents — configuration files and baselines —
and of the whole review of a document file behind the error boundary, with atheris (on demand, not in CI;
tests/test_fuzz_boundaries.py is the short hypothesis run that CI does, SECREVIEW_FUZZ=long a longer one).

    pip install atheris
    python benchmarks/fuzz/fuzz_parsers.py -atheris_runs=100000
    python benchmarks/fuzz/fuzz_parsers.py benchmarks/fuzz/seeds -max_total_time=600

The first byte of each input picks the target: a secreview.toml, a pyproject.toml, a baseline, or a
document file of one of the formats (the seeds of fuzz_extractors.py --make-seeds serve here too). A crash
is anything but a result or one of our one-line errors: an exception, a "内部错误" that the boundary
caught, a multi-line message, or a changed input file.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from secreview.baseline import load as load_baseline
from secreview.config import load_config
from secreview.errors import ConfigError
from secreview.extract import EXTRACTORS

SUFFIXES = sorted(EXTRACTORS)
TARGETS = ("secreview.toml", "pyproject.toml", "baseline.json", *(f"document{suffix}" for suffix in SUFFIXES))
_runs = 0
_engine = None


def _one_line(message: str) -> None:
    assert message and "\n" not in message, message
    assert "内部错误" not in message, message


def one_input(data: bytes) -> None:
    global _runs, _engine
    _runs += 1
    if not data:
        return
    name = TARGETS[data[0] % len(TARGETS)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data[1:])
        before = hashlib.sha256(data[1:]).digest()
        try:
            if name.endswith(".toml"):
                load_config(path)
            elif name == "baseline.json":
                load_baseline(path)
            else:
                if _engine is None:
                    from secreview import Engine

                    _engine = Engine()
                report = _engine.review(path)
                if report.error is not None:
                    _one_line(report.error)
        except ConfigError as error:
            _one_line(str(error))
        assert hashlib.sha256(path.read_bytes()).digest() == before, "the input was changed"


def main() -> None:
    import atheris

    shutil.which = lambda *args, **kwargs: None  # type: ignore[assignment]  # no LibreOffice per input
    atexit.register(lambda: print(f"\nfuzz_parsers: {_runs} inputs run", file=sys.stderr))
    atheris.instrument_all()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
