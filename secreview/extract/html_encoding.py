"""The encoding of an HTML page as a browser finds it (WHATWG Encoding and HTML standards).

A BOM decides first; then the prescan of the first 1024 bytes for a ``<meta charset>`` or a
``<meta http-equiv="content-type" content="…; charset=…">``, outside comments; the label is looked up
in the WHATWG label table and nowhere else, so a name the standard does not know (``cp500``, ``utf-7``,
``unicode_escape``, any other Python codec) is ignored and the scan goes on, as browsers do. A UTF-16
label in a meta means UTF-8 (a page that reaches the prescan is not UTF-16); ``x-user-defined`` means
windows-1252; the ``replacement`` labels (ISO-2022-KR, HZ-GB-2312 …), whose pages a browser shows as
one error character, are ignored too, so that the page's text is still checked. GBK labels (gb2312,
x-gbk …) decode as GB18030, which is what the standard's GBK decoder is. Without a usable label, or
when the bytes are not valid in the declared encoding, the text is detected as for a .txt file.
"""

from __future__ import annotations

_LABELS: dict[str, tuple[str, ...]] = {  # Python codec: the WHATWG labels of that encoding
    "utf-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"),
    "cp866": ("866", "cp866", "csibm866", "ibm866"),
    "iso8859_2": ("csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
                  "iso_8859-2:1987", "l2", "latin2"),
    "iso8859_3": ("csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3",
                  "iso_8859-3:1988", "l3", "latin3"),
    "iso8859_4": ("csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4",
                  "iso_8859-4:1988", "l4", "latin4"),
    "iso8859_5": ("csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595",
                  "iso_8859-5", "iso_8859-5:1988"),
    "iso8859_6": ("arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
                  "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596",
                  "iso_8859-6", "iso_8859-6:1987"),
    "iso8859_7": ("csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126",
                  "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"),
    "iso8859_8": ("csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138",
                  "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i",
                  "iso-8859-8-i", "logical"),
    "iso8859_10": ("csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"),
    "iso8859_13": ("iso-8859-13", "iso8859-13", "iso885913"),
    "iso8859_14": ("iso-8859-14", "iso8859-14", "iso885914"),
    "iso8859_15": ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"),
    "iso8859_16": ("iso-8859-16",),
    "koi8_r": ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"),
    "koi8_u": ("koi8-ru", "koi8-u"),
    "mac_roman": ("csmacintosh", "mac", "macintosh", "x-mac-roman"),
    "cp874": ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"),
    "cp1250": ("cp1250", "windows-1250", "x-cp1250"),
    "cp1251": ("cp1251", "windows-1251", "x-cp1251"),
    "cp1252": ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
               "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
               "us-ascii", "windows-1252", "x-cp1252", "x-user-defined"),
    "cp1253": ("cp1253", "windows-1253", "x-cp1253"),
    "cp1254": ("cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
               "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"),
    "cp1255": ("cp1255", "windows-1255", "x-cp1255"),
    "cp1256": ("cp1256", "windows-1256", "x-cp1256"),
    "cp1257": ("cp1257", "windows-1257", "x-cp1257"),
    "cp1258": ("cp1258", "windows-1258", "x-cp1258"),
    "mac_cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
    "gb18030": ("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
                "iso-ir-58", "x-gbk", "gb18030"),
    "big5hkscs": ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"),
    "euc_jp": ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"),
    "iso2022_jp": ("csiso2022jp", "iso-2022-jp"),
    "cp932": ("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"),
    "cp949": ("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
              "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"),
}  # fmt: skip
# UTF-16 in a meta: the page was read as ASCII-compatible bytes to find the meta, so it is UTF-8.
_UTF16_LABELS = (
    "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le", "unicodefffe",
    "utf-16be",
)  # fmt: skip
CODECS = {label: codec for codec, labels in _LABELS.items() for label in labels} | dict.fromkeys(
    _UTF16_LABELS, "utf-8"
)
PRESCAN_BYTES = 1024
_SPACE = b"\t\n\x0c\r "
_AFTER_META = frozenset((*_SPACE, ord("/")))


def codec_of_label(label: str) -> str | None:
    """The Python codec of a WHATWG encoding label (ASCII whitespace around it ignored, any case), or
    None for a label the standard does not know or one of the replacement encoding."""
    return CODECS.get(label.strip("\t\n\x0c\r ").lower())


def prescan(data: bytes) -> str | None:
    """The Python codec a ``<meta>`` in the first 1024 bytes names (WHATWG "prescan a byte stream to
    determine its encoding"), or None."""
    data = data[:PRESCAN_BYTES]
    position = 0
    while position < len(data):
        if data.startswith(b"<!--", position):
            end = data.find(b"-->", position + 2)
            position = len(data) if end < 0 else end + 3
        elif data[position : position + 5].lower() == b"<meta" and _byte(data, position + 5) in _AFTER_META:
            position, codec = _meta(data, position + 5)
            if codec is not None:
                return codec
        elif data[position : position + 1] == b"<" and _is_tag_start(data, position):
            position += 1
            while position < len(data) and data[position] not in _SPACE and data[position] != ord(">"):
                position += 1
            while (attribute := _attribute(data, position)) is not None:
                position = attribute[2]
        elif data[position : position + 2] in (b"<!", b"</", b"<?"):
            end = data.find(b">", position + 2)
            position = len(data) if end < 0 else end + 1
        else:
            position += 1
    return None


def _byte(data: bytes, position: int) -> int:
    return data[position] if position < len(data) else -1


def _is_tag_start(data: bytes, position: int) -> bool:
    after = data[position + 1 : position + 2]
    if after == b"/":
        after = data[position + 2 : position + 3]
    return after.isalpha()


def _meta(data: bytes, position: int) -> tuple[int, str | None]:
    """The attributes of a meta tag from ``position``: (where the scan goes on, its codec or None)."""
    seen: set[bytes] = set()
    got_pragma = False
    need_pragma: bool | None = None
    codec: str | None = None
    while (attribute := _attribute(data, position)) is not None:
        name, value, position = attribute
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv":
            got_pragma = got_pragma or value == b"content-type"
        elif name == b"content" and codec is None:
            label = _charset_in_content(value)
            if label is not None:
                codec, need_pragma = codec_of_label(label.decode("latin-1")), True
        elif name == b"charset":
            codec, need_pragma = codec_of_label(value.decode("latin-1")), False
    if need_pragma is None or (need_pragma and not got_pragma):
        return position, None
    return position, codec


def _attribute(data: bytes, position: int) -> tuple[bytes, bytes, int] | None:
    """WHATWG "get an attribute": (name, value, position after it), both lowercased, or None at ``>``."""
    while position < len(data) and (data[position] in _SPACE or data[position] == ord("/")):
        position += 1
    if position >= len(data) or data[position] == ord(">"):
        return None
    name = bytearray()
    while position < len(data):
        byte = data[position]
        if byte == ord("=") and name:
            position += 1
            break
        if byte in _SPACE:
            while position < len(data) and data[position] in _SPACE:
                position += 1
            if data[position : position + 1] != b"=":
                return bytes(name), b"", position
            position += 1
            break
        if byte in (ord("/"), ord(">")):
            return bytes(name), b"", position
        name.append(byte | 0x20 if 0x41 <= byte <= 0x5A else byte)
        position += 1
    while position < len(data) and data[position] in _SPACE:
        position += 1
    if position >= len(data):
        return bytes(name), b"", position
    if data[position] in (ord('"'), ord("'")):
        end = data.find(data[position : position + 1], position + 1)
        if end < 0:
            return bytes(name), data[position + 1 :].lower(), len(data)
        return bytes(name), data[position + 1 : end].lower(), end + 1
    if data[position] == ord(">"):
        return bytes(name), b"", position
    end = position
    while end < len(data) and data[end] not in _SPACE and data[end] != ord(">"):
        end += 1
    return bytes(name), data[position:end].lower(), end


def _charset_in_content(content: bytes) -> bytes | None:
    """WHATWG "extract a character encoding from a meta element"."""
    position = 0
    while (found := content.find(b"charset", position)) >= 0:
        position = found + 7
        while position < len(content) and content[position] in _SPACE:
            position += 1
        if content[position : position + 1] != b"=":
            continue
        position += 1
        while position < len(content) and content[position] in _SPACE:
            position += 1
        quote = content[position : position + 1]
        if quote in (b'"', b"'"):
            end = content.find(quote, position + 1)
            return None if end < 0 else content[position + 1 : end]
        end = position
        while end < len(content) and content[end] not in _SPACE and content[end] != ord(";"):
            end += 1
        return content[position:end] or None
    return None
