"""The forms of a VBA project (UserForms; MS-OFORMS): the text a form's designer streams hold
(``\\x03VBFrame``: the form's caption as source text; ``f``: the form's own properties; ``o``: each control's
caption, value and list items), where the Visual Basic editor and the running form show it. The streams
are binary: their runs of text in the project's code page and in UTF-16 are read, each when it holds a long
number or an e-mail address (a caption alone is the author's word)."""

from __future__ import annotations

import codecs
from collections.abc import Iterator

import olefile
import regex

from secreview.extract.base import HOLDS_DATA

_FORM_STREAMS = frozenset({"f", "o", "\x03vbframe"})
# A form's streams hold a few kilobytes of properties; more than this is not text worth reading.
MAX_FORM_BYTES = 4 * 1024 * 1024
_ANSI_RUN = regex.compile(rb"[\x20-\x7e\x80-\xfe]{6,}")
# UTF-16LE: ASCII, or a character of the CJK blocks (U+3000 to U+9FFF, full-width forms U+FF00 to U+FFEF).
_UTF16_RUN = regex.compile(rb"(?:[\x20-\x7e]\x00|[\x00-\xff][\x30-\x9f]|[\x00-\xef]\xff){6,}")


def form_texts(ole: olefile.OleFileIO, codec: str) -> Iterator[tuple[str, str]]:
    """(form, text) of the text runs holding a long number or an e-mail address in the designer streams of
    every form in ``ole`` (any storage but the modules' ``VBA``); ``codec`` is the project's code page."""
    for path in ole.listdir(streams=True, storages=False):
        if path[-1].lower() not in _FORM_STREAMS or (len(path) > 1 and path[0].upper() == "VBA"):
            continue
        data = ole.openstream(path).read(MAX_FORM_BYTES)
        form = "/".join(path[:-1]) or path[-1].lstrip("\x03")
        for text in _runs(data, codec):
            if HOLDS_DATA.search(text):
                yield form, text


def _runs(data: bytes, codec: str) -> Iterator[str]:
    for run in _UTF16_RUN.finditer(data):
        piece = run.group(0)
        yield piece[: len(piece) // 2 * 2].decode("utf-16-le", "replace")
    for run in _ANSI_RUN.finditer(data):
        yield codecs.decode(run.group(0), codec, "replace")
