"""Package plumbing shared by OOXML formats read here (.xlsx): relationships and document properties."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from secreview.extract.base import METADATA, TextBuilder
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
