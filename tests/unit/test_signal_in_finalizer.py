"""SIGTERM handled while a finalizer (``__del__``) runs: raising there is printed and ignored by Python, so
the handler keeps the signal and the run raises it at its next check (seen in a full run: the signal landed in
regex's ``SetBase.__del__`` and the check went on to the end, exit 1 instead of 143)."""

from __future__ import annotations

import signal
import sys
from types import FrameType

import pytest

from secreview import boundary


def __del__() -> FrameType:  # a frame named as Python's finalizers are
    return sys._getframe()


def test_a_signal_in_a_finalizer_is_raised_at_the_next_check() -> None:
    boundary._terminate(signal.SIGTERM, __del__())
    with pytest.raises(boundary.Terminated):
        boundary.raise_if_terminated()
    boundary.raise_if_terminated()  # raised once


def test_a_signal_kept_in_a_finalizer_ends_the_handled_block() -> None:
    with pytest.raises(boundary.Terminated), boundary.signals_handled():
        boundary._terminate(signal.SIGTERM, __del__())


def test_a_signal_elsewhere_is_raised_at_once() -> None:
    with pytest.raises(boundary.Terminated):
        boundary._terminate(signal.SIGTERM, sys._getframe())
