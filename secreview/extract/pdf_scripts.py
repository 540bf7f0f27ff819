"""What a PDF keeps for its viewer to run or list, read last so that the offsets of everything else stay put:
JavaScript (the document's named scripts, the action run on opening, the actions of the document, pages,
annotations and form fields: an alert, a field's formatting, text written into a field), read token by
token as a page's scripts are (``script_values``: string and template literals, long number literals,
comments) as ``script-data`` located ``javascript`` and where it runs; the names of named destinations
(the Destinations pane) as ``bookmark`` located ``destination``; and an XFA form (what Adobe Reader shows
instead of the AcroForm): its data and the values, captions and list items of its template, as
``form-field`` located ``xfa``; the names of form fields with a tooltip (which the form shows instead)
that hold a long number or an e-mail address (``form-field`` located ``field name``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from secreview.errors import ExtractionError
from secreview.extract.base import BOOKMARK, FORM_FIELD, SCRIPT_DATA, URL_DATA, TextBuilder
from secreview.extract.pdf_places import add_pdf_line, page_annotations, shown_text
from secreview.extract.script_values import script_texts
from secreview.extract.xmlsafe import local_name, parse_xml

# Bounds on what a hostile file can make the reader walk.
MAX_SCRIPTS = 1_000
MAX_SCRIPT_CHARACTERS = 4_000_000
MAX_TREE_ENTRIES = 10_000
MAX_XFA_BYTES = 16 * 1024 * 1024
# In an XFA template, the elements whose text a form shows: values (text, numbers, dates), list items.
_XFA_SHOWN = frozenset({"value", "items", "caption", "speak", "toolTip", "assist"})
_MAX_DEPTH = 16


def add_pdf_scripts(reader: Any, out: TextBuilder) -> None:
    """Scripts, destinations, the XFA form and fields' names; a structure that cannot be walked leaves
    them unchecked (listed as such), not the whole document."""
    try:
        _add_pdf_scripts(reader, out)
    except (ExtractionError, RecursionError, MemoryError):
        raise
    except Exception:
        out.not_read("javascript", "PDF 中的脚本、命名目标或 XFA 表单结构异常,无法读取")


def _add_pdf_scripts(reader: Any, out: TextBuilder) -> None:
    root = reader.trailer["/Root"].get_object()
    scripts: list[tuple[str, str]] = []
    names = _get(root, "/Names")
    for name, action in _name_tree(_get(names, "/JavaScript")):
        scripts += [(f"javascript {shown_text(name)}".strip(), text) for text in _action_scripts(action)]
    scripts += [("javascript open", text) for text in _action_scripts(_get(root, "/OpenAction"))]
    scripts += [("javascript document", text) for text in _triggers(root)]
    for number, page in enumerate(reader.pages, start=1):
        located = f"javascript page:{number}"
        scripts += [(located, text) for text in _triggers(page)]
        for annotation in page_annotations(page):
            scripts += [(located, text) for text in _action_scripts(_get(annotation, "/A"))]
            scripts += [(located, text) for text in _triggers(annotation)]
    named: list[str] = []
    for field in _fields(_get(_get(root, "/AcroForm"), "/Fields")):
        scripts += [(f"javascript {shown_text(field.get('/T'))}".strip(), text) for text in _triggers(field)]
        if "/TU" in field:  # without a tooltip the name is read as the field's caption
            named.append(shown_text(field.get("/T")))
    by_source: dict[str, str] = {}  # a widget's script is also its field's: read once
    for location, source in scripts[:MAX_SCRIPTS]:
        by_source.setdefault(source, location)
    read = 0
    for source, location in by_source.items():
        read += len(source)
        if read > MAX_SCRIPT_CHARACTERS:
            out.not_read("javascript", f"PDF 中的脚本超过 {MAX_SCRIPT_CHARACTERS:,} 字")
            break
        for found in script_texts(source, 0):
            add_pdf_line(out, found.text, SCRIPT_DATA, location)
    for name in dict.fromkeys(named):
        # A field's name behind its tooltip (form editing shows it) holding a long number.
        if URL_DATA.search(name):
            add_pdf_line(out, name, FORM_FIELD, "field name")
    for text in _xfa_texts(_get(_get(root, "/AcroForm"), "/XFA")):
        add_pdf_line(out, text, FORM_FIELD, "xfa")
    destinations = [name for name, _ in _name_tree(_get(names, "/Dests"))]
    old_style = _get(root, "/Dests")
    destinations += list(old_style.keys())[:MAX_TREE_ENTRIES] if hasattr(old_style, "keys") else []
    for name in dict.fromkeys(destinations):
        text = name[1:] if isinstance(name, str) and name.startswith("/") else shown_text(name)
        add_pdf_line(out, text, BOOKMARK, "destination")


def _xfa_texts(xfa: Any) -> Iterator[str]:
    """The data of an XFA form, and what its template shows (values, captions, list items, tooltips)."""
    streams = [xfa] if hasattr(xfa, "get_data") else list(xfa)[1::2] if isinstance(xfa, list) else []
    for stream in streams:
        stream = stream.get_object() if hasattr(stream, "get_object") else stream
        data = stream.get_data() if hasattr(stream, "get_data") else b""
        if not data.strip() or len(data) > MAX_XFA_BYTES:
            continue
        try:
            root = parse_xml(data.strip(), "XFA")
        except ExtractionError:
            continue  # a packet that is not XML alone (the preamble or postamble of a split form)
        yield from _packet_texts(root)


def _packet_texts(packet: Any) -> Iterator[str]:
    """Every text of the data, what the template shows; the configuration and locales are not read."""
    name = local_name(packet.tag) if isinstance(packet.tag, str) else ""
    if name == "datasets":
        yield from _element_texts(packet, True)
    elif name == "template":
        yield from _element_texts(packet, False)
    elif name == "xdp":
        for item in packet:
            yield from _packet_texts(item)


def _element_texts(element: Any, shown: bool) -> Iterator[str]:
    for item in element:
        if not isinstance(item.tag, str):
            continue
        inside = shown or local_name(item.tag) in _XFA_SHOWN
        if inside and item.text and item.text.strip():
            yield item.text
        yield from _element_texts(item, inside)
        if shown and item.tail and item.tail.strip():
            yield item.tail


def _get(dictionary: Any, key: str) -> Any:
    if dictionary is None or not hasattr(dictionary, "get"):
        return None
    value = dictionary.get(key)
    return value.get_object() if hasattr(value, "get_object") else value


def _name_tree(node: Any) -> list[tuple[Any, Any]]:
    """(name, value) of a name tree's leaves, at most ``MAX_TREE_ENTRIES``."""
    found: list[tuple[Any, Any]] = []

    def visit(item: Any, depth: int) -> None:
        if item is None or depth > _MAX_DEPTH or len(found) >= MAX_TREE_ENTRIES:
            return
        pairs = _get(item, "/Names")
        if pairs is not None and hasattr(pairs, "__len__"):
            found.extend(zip(list(pairs)[0::2], list(pairs)[1::2], strict=False))
        for kid in _get(item, "/Kids") or []:
            visit(kid.get_object() if hasattr(kid, "get_object") else kid, depth + 1)

    visit(node, 0)
    return found[:MAX_TREE_ENTRIES]


def _action_scripts(action: Any, depth: int = 0) -> Iterator[str]:
    """The JavaScript of an action and of the actions it runs next."""
    action = action.get_object() if hasattr(action, "get_object") else action
    if action is None or not hasattr(action, "get") or depth > _MAX_DEPTH:
        return
    if action.get("/S") == "/JavaScript":
        script = _get(action, "/JS")
        if hasattr(script, "get_data"):
            yield _decoded(script.get_data())
        elif isinstance(script, str):
            yield script
    following = _get(action, "/Next")
    for item in following if isinstance(following, list) else [following]:
        yield from _action_scripts(item, depth + 1)


def _triggers(holder: Any) -> Iterator[str]:
    """The scripts of an additional-actions dictionary (``/AA``: on open, on keystroke, on format …)."""
    actions = _get(holder, "/AA")
    if hasattr(actions, "values"):
        for action in actions.values():
            yield from _action_scripts(action)


def _fields(fields: Any) -> Iterator[Any]:
    """Every form field and its kids (a field's actions may sit on the field, not on its widget)."""
    stack = [(item, 0) for item in (fields if isinstance(fields, list) else [])]
    seen = 0
    while stack and seen < MAX_TREE_ENTRIES:
        item, depth = stack.pop(0)
        field = item.get_object() if hasattr(item, "get_object") else item
        if not hasattr(field, "get") or depth > _MAX_DEPTH:
            continue
        seen += 1
        yield field
        stack += [(kid, depth + 1) for kid in _get(field, "/Kids") or []]


def _decoded(data: bytes) -> str:
    """A script stream's text: UTF-16 with its byte order mark, else UTF-8, else Latin-1."""
    if data.startswith((b"\xfe\xff", b"\xff\xfe")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
