"""Package plumbing shared by OOXML formats read here (.xlsx): relationships and document properties."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from secreview.extract.base import METADATA, URL_DATA, TextBuilder
from secreview.extract.xmlsafe import child, local_name, parse_xml
from secreview.extract.ziputil import SafeZip

_CORE_FIELDS = ("title", "subject", "creator", "keywords", "description", "lastModifiedBy", "category")
_APP_FIELDS = ("Company", "Manager", "HyperlinkBase")
# Text and numbers (a phone number kept as an integer property is shown as one).
CUSTOM_VALUE_TYPES = frozenset(
    {"lpwstr", "lpstr", "bstr", "i1", "i2", "i4", "i8", "int", "ui1", "ui2", "ui4", "ui8", "uint", "r4"}
    | {"r8", "decimal", "cy"}
)
RELATIONSHIP_NAMESPACES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",  # ISO 29500 Strict
)


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    kind: str  # last segment of the relationship type: "worksheet", "comments"…
    target: str  # zip member name


def relationships(package: SafeZip, source_part: str) -> list[Relationship]:
    """Internal relationships of ``source_part`` ("" for the package itself)."""
    directory, file_name = posixpath.split(source_part)
    rels_part = posixpath.join(directory, "_rels", f"{file_name}.rels")
    if rels_part not in package:
        return []
    found = []
    for item in parse_xml(package.read(rels_part), rels_part):
        target = item.get("Target")
        if local_name(item.tag) != "Relationship" or not target or item.get("TargetMode") == "External":
            continue
        kind = item.get("Type", "").rstrip("/").rpartition("/")[2]
        found.append(Relationship(item.get("Id", ""), kind, resolve_target(directory, target)))
    return found


def resolve_target(source_directory: str, target: str) -> str:
    path = target.split("#", 1)[0]
    joined = path if path.startswith("/") else posixpath.join("/", source_directory, path)
    return posixpath.normpath(joined).lstrip("/")


def relationship_id(element: Element) -> str | None:
    for namespace in RELATIONSHIP_NAMESPACES:
        value = element.get(f"{{{namespace}}}id")
        if value is not None:
            return value
    return None


# What Windows and File > Info show besides: the content status, identifier and version of the core
# properties; the template, the parts' titles (sheets and names, a document's title) and the hyperlinks Word
# lists in the extended ones.
_MORE_CORE = ("contentStatus", "identifier", "version")
_MORE_APP = ("Template",)
_APP_VECTORS = ("TitlesOfParts", "HLinks")
_VECTOR_TEXT = frozenset({"lpstr", "lpwstr", "bstr"})
CORE_PROPERTIES = "docProps/core.xml"
APP_PROPERTIES = "docProps/app.xml"


def odd_member_names(package: SafeZip) -> list[str]:
    """Names of the package's members that hold a long number or an e-mail address."""
    return [name for name in package.names() if URL_DATA.search(name)]


def more_properties(package: SafeZip, core_read: tuple[str, ...] = _CORE_FIELDS) -> list[tuple[str, str]]:
    """(text, member) of the properties left out by a reader that read the ``core_read`` fields of the
    core properties, each text once; a part's title that is the text of a field (the title) is left out."""
    fields: dict[str, str] = {}
    listed: dict[str, str] = {}
    wanted = {CORE_PROPERTIES: tuple(n for n in _MORE_CORE if n not in core_read), APP_PROPERTIES: _MORE_APP}
    for member in (CORE_PROPERTIES, APP_PROPERTIES):
        if member not in package:
            continue
        for element in parse_xml(package.read(member), member):
            name = local_name(element.tag) if isinstance(element.tag, str) else ""
            if name not in _APP_VECTORS:
                text = "".join(element.itertext())
                fields[text.strip()] = member if name in wanted[member] else ""
                continue
            for item in element.iter():
                if isinstance(item.tag, str) and local_name(item.tag) in _VECTOR_TEXT and item.text:
                    listed.setdefault(item.text, member)
    found = [(text, member) for text, member in fields.items() if member]
    found += [(text, member) for text, member in listed.items() if text.strip() not in fields]
    return [(text, member) for text, member in found if text.strip()]


def add_properties(package: SafeZip, out: TextBuilder) -> None:
    """Title, author, company and custom text properties, one line each, as ``metadata``."""
    values: list[str] = []
    for part_name, fields in (("docProps/core.xml", _CORE_FIELDS), ("docProps/app.xml", _APP_FIELDS)):
        if part_name in package:
            root = parse_xml(package.read(part_name), part_name)
            found = (child(root, name) for name in fields)
            values += ["".join(field.itertext()) for field in found if field is not None]
    if "docProps/custom.xml" in package:
        root = parse_xml(package.read("docProps/custom.xml"), "docProps/custom.xml")
        values += [
            "".join(value.itertext())
            for custom in root
            for value in custom
            if local_name(value.tag) in CUSTOM_VALUE_TYPES
        ]
    for value in values:
        if value.strip():
            out.add(value, METADATA)
            out.add("\n", None)
