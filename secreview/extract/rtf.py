"""The plain text of RTF (as Word shows an RTF altChunk): paragraphs and tabs kept, \\'hh bytes decoded
with the document's code page, \\uN characters, and destinations that are not shown (font and colour
tables, pictures, objects, document info) left out."""

from __future__ import annotations

import codecs

import regex

_TOKEN = regex.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+"
)
_SKIPPED_DESTINATIONS = frozenset(
    {
        b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"objdata", b"themedata",
        b"datastore", b"latentstyles", b"listtable", b"listoverridetable", b"rsidtbl", b"generator",
        b"xmlnstbl", b"header", b"footer", b"fldinst", b"bkmkstart", b"bkmkend", b"filetbl",
    }
)  # fmt: skip
_CHARACTERS = {b"par": "\n", b"line": "\n", b"tab": "\t", b"cell": "\t", b"row": "\n", b"sect": "\n"}
_ESCAPED = {b"~": "\u00a0", b"-": "", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}"}
# RTF is tokenized in Python, about a second per megabyte: a larger chunk is not read.
MAX_RTF_BYTES = 8 * 1024 * 1024
# Groups deeper than this share the state of the deepest one kept (a brace bomb holds no memory).
_MAX_GROUP_DEPTH = 256
_DEFAULT_CODE_PAGE = "cp1252"
_CODE_PAGES = {936: "gb18030", 950: "big5", 932: "cp932", 949: "cp949", 65001: "utf-8"}


def _codec(number: int) -> str:
    name = _CODE_PAGES.get(number, f"cp{number}")
    try:
        codecs.lookup(name)
    except LookupError:
        return _DEFAULT_CODE_PAGE
    return name


class _State:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.pending = bytearray()  # \'hh bytes of a multi-byte character
        self.codec = _DEFAULT_CODE_PAGE
        self.skip_after_unicode = 1
        self.to_skip = 0

    def flush(self) -> None:
        if self.pending:
            self.out.append(bytes(self.pending).decode(self.codec, "replace"))
            self.pending.clear()

    def emit(self, text: str) -> None:
        self.flush()
        self.out.append(text)


def rtf_text(data: bytes) -> str:
    """The visible text of an RTF document."""
    state = _State()
    # Per open group: whether it is skipped, and the \uc value to restore.
    stack: list[tuple[bool, int]] = []
    skipped = False
    too_deep = 0
    for match in _TOKEN.finditer(data):
        word, argument, hex_byte, symbol, brace, text = match.groups()
        if brace == b"{":
            if len(stack) < _MAX_GROUP_DEPTH:
                stack.append((skipped, state.skip_after_unicode))
            else:
                too_deep += 1
            continue
        if brace == b"}":
            state.flush()
            if too_deep:
                too_deep -= 1
            else:
                skipped, state.skip_after_unicode = stack.pop() if stack else (False, 1)
            continue
        if state.to_skip and (hex_byte or text or symbol):
            state.to_skip -= 1
            if text and len(text) > 1:
                text = text[1:]
            else:
                continue
        if symbol == b"*":
            skipped = True
        if skipped:
            continue
        if word is not None:
            skipped = _control(state, word, argument)
        elif hex_byte is not None:
            state.pending.append(int(hex_byte, 16))
        elif symbol is not None:
            state.emit(_ESCAPED.get(symbol, ""))
        elif text is not None:
            state.emit(text.decode(state.codec, "replace"))
    state.flush()
    return "".join(state.out)


def _control(state: _State, word: bytes, argument: bytes | None) -> bool:
    """Apply one control word; True when it starts a destination that is not shown."""
    if word in _SKIPPED_DESTINATIONS:
        return True
    if word in _CHARACTERS:
        state.emit(_CHARACTERS[word])
    elif word == b"ansicpg" and argument is not None:
        state.codec = _codec(int(argument))
    elif word == b"uc" and argument is not None:
        state.skip_after_unicode = max(int(argument), 0)
    elif word == b"u" and argument is not None:
        code = int(argument) % 0x10000
        state.emit("\ufffd" if 0xD800 <= code < 0xE000 else chr(code))
        state.to_skip = state.skip_after_unicode
    return False
