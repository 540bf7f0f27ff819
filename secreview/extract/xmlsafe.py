"""XML of untrusted containers (.xlsx, .ofd): parsed with DTDs, entities and external references refused."""

from __future__ import annotations

import io
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

from secreview.errors import ExtractionError

_REFUSED_MESSAGE = "文档 XML 含外部实体或 DTD,已拒绝读取"
_PARSE_ERRORS = (ParseError, ValueError, LookupError, UnicodeError)


def _broken(part_name: str) -> str:
    return f"文档 XML 已损坏({part_name}),未检查"


def parse_xml(data: bytes, part_name: str) -> Element:
    """The root element of ``data``; ExtractionError if it is damaged or declares a DTD."""
    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise ExtractionError(_REFUSED_MESSAGE) from error
    except _PARSE_ERRORS as error:
        raise ExtractionError(_broken(part_name)) from error
    except RecursionError as error:
        raise ExtractionError("文档结构嵌套过深,未检查") from error
    return root


def iter_xml(data: bytes, part_name: str) -> Iterator[tuple[str, Element]]:
    """(event, element) pairs of ``start`` and ``end`` events, for parts too large to hold as a tree.

    The caller clears elements it has finished with, so memory stays bounded by one row.
    """
    events = iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True)
    try:
        yield from events
    except DefusedXmlException as error:
        raise ExtractionError(_REFUSED_MESSAGE) from error
    except _PARSE_ERRORS as error:
        raise ExtractionError(_broken(part_name)) from error


def local_name(tag: str) -> str:
    """``row`` for ``{namespace}row``: spreadsheet and OFD parts come in more than one namespace."""
    return tag.rpartition("}")[2]


def child(element: Element, name: str) -> Element | None:
    """The first child with local name ``name``."""
    return next((item for item in element if local_name(item.tag) == name), None)


def children(element: Element, name: str) -> Iterator[Element]:
    return (item for item in element if local_name(item.tag) == name)


def descendants(element: Element, name: str) -> Iterator[Element]:
    return (item for item in element.iter() if isinstance(item.tag, str) and local_name(item.tag) == name)


def element_texts(root: Element) -> Iterator[str]:
    """Every non-blank text and tail under ``root``, stripped, in document order."""
    for item in root.iter():
        for text in (item.text, item.tail):
            if text and text.strip():
                yield text.strip()
