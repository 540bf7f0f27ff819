"""The blind public drafts of tests/rules, registered where their tests hold them (issue 15, learned15).

Two books: ``public`` — drafts a test asserts stay 主动公开 with the learned signal on (the ``engine``
fixture); ``copied`` — drafts a test cuts and whose redacted copy it asserts keeps its public part (the copy
must not be held back again). ``benchmarks/judgement/crossval.py`` reads both as documents known to be public
beside the real ones: the thresholds a retrain picks stay ``REAL_MARGIN`` above the drafts and above the
copies of the others (learned14, session 18: a retrain at thresholds its folds liked turned three of these
tests red). They are checked, never trained on.

A test of the rules alone (``rules_alone``) is not registered: it says the signal may speak there. A test
module registers its drafts as it defines them (``PUBLIC = public(__name__, [...])``); ``known`` imports every
module of tests/rules and returns what they registered.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping, Sequence
from typing import TypeVar

Drafts = TypeVar("Drafts", str, list[str], tuple[str, ...], dict[str, str])

_PUBLIC: dict[str, str] = {}
_COPIED: dict[str, str] = {}


def _short(module: str) -> str:
    return module.rsplit(".", 1)[-1]


def _enter(book: dict[str, str], name: str, text: str) -> None:
    if not text.strip():
        raise ValueError(f"{name}: an empty draft")
    if book.get(name, text) != text:
        raise ValueError(f"{name}: registered twice with different texts")
    book[name] = text


def _named(module: str, drafts: str | Sequence[str] | Mapping[str, str], name: str | None) -> dict[str, str]:
    prefix = _short(module)
    if isinstance(drafts, str):
        if name is None:
            raise ValueError(f"{prefix}: a single draft needs a name")
        return {f"{prefix}::{name}": drafts}
    label = f"{prefix}::{name}" if name else prefix
    if isinstance(drafts, Mapping):
        return {f"{label}::{key}": text for key, text in drafts.items()}
    return {f"{label}[{index}]": text for index, text in enumerate(drafts)}


def public(module: str, drafts: Drafts, name: str | None = None) -> Drafts:
    """Register ``drafts`` (one text, a list or tuple, or a name → text table) of test module ``module`` as
    drafts its tests assert stay 主动公开 with the signal on; returns them unchanged."""
    for key, text in _named(module, drafts, name).items():
        _enter(_PUBLIC, key, text)
    return drafts


def copied(module: str, drafts: Drafts, name: str | None = None) -> Drafts:
    """Register ``drafts`` of ``module`` as drafts whose redacted copy a test asserts keeps its public part
    (the copy, not the draft, is known to be public); returns them unchanged."""
    for key, text in _named(module, drafts, name).items():
        _enter(_COPIED, key, text)
    return drafts


def known() -> tuple[dict[str, str], dict[str, str]]:
    """Every module of tests/rules imported (each registers what it holds), then the two books: name → text
    of the public drafts, and name → text of the drafts whose copies are public."""
    import tests.rules

    for found in pkgutil.iter_modules(tests.rules.__path__, f"{tests.rules.__name__}."):
        importlib.import_module(found.name)
    return dict(sorted(_PUBLIC.items())), dict(sorted(_COPIED.items()))
