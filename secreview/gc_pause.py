"""Fewer young garbage collections while a document is reviewed.

A hit-dense list makes a few container objects per finding (hundreds of thousands per megabyte) and frees
almost none of them before its report is built: with the interpreter's default threshold (a young collection
every 700 allocations) they are traversed again at every young, middle and full collection, about a tenth
of the review's time. The review makes few reference cycles, so collecting rarely frees the same memory,
later. The thresholds are the process's: the first review to start raises the young one, the last to
end puts back what it found (reviews in threads overlap).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 100_000  # allocations between young collections during a review (default 700)

_lock = threading.Lock()
_reviews = 0  # reviews under way
_saved: tuple[int, int, int] | None = None  # the thresholds the first of them found


@contextmanager
def fewer_collections() -> Iterator[None]:
    """While inside, a young collection at most every ``YOUNG_THRESHOLD`` allocations; restored after."""
    global _reviews, _saved
    with _lock:
        if _reviews == 0:
            found = gc.get_threshold()
            # 0 means collection is off: nothing to make rarer. A higher threshold is the caller's: kept.
            if 0 < found[0] < YOUNG_THRESHOLD:
                _saved = found
                gc.set_threshold(YOUNG_THRESHOLD, found[1], found[2])
        _reviews += 1
    try:
        yield
    finally:
        with _lock:
            _reviews -= 1
            if _reviews == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
