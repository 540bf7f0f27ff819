"""ActiveX controls on a sheet or a page (a text box, a label, a button, a list: Developer > Insert > ActiveX
controls): a control saved as a property bag (``activeX/activeX1.xml``) keeps what it shows as properties
(``Caption``, ``Value``, ``Text`` …), read as the form controls or form fields of the format, located by
the member. A control saved as a binary stream (``activeX1.bin``) is not read; ``redact`` searches its bytes
for the values it redacts.
"""

from __future__ import annotations

import regex

from secreview.extract.base import TextBuilder
from secreview.extract.ooxml_places import add_line
from secreview.extract.xmlsafe import local_name, parse_xml
from secreview.extract.ziputil import SafeZip

ACTIVEX_XML = regex.compile(r"(?:^|/)activeX/[^/]+\.xml$", regex.IGNORECASE)
# The properties of the Forms 2.0 controls that a viewer shows.
SHOWN_PROPERTIES = frozenset({"caption", "value", "text", "controltiptext", "groupname", "tag"})


def add_activex_controls(package: SafeZip, out: TextBuilder, part: str) -> None:
    """The shown properties of every ActiveX control saved as a property bag, as ``part``."""
    for member in package.names():
        if not ACTIVEX_XML.search(member):
            continue
        for element in parse_xml(package.read(member), member).iter():
            if not isinstance(element.tag, str) or local_name(element.tag) != "ocxPr":
                continue
            attributes = {local_name(key): value for key, value in element.attrib.items()}
            if attributes.get("name", "").lower() in SHOWN_PROPERTIES:
                add_line(out, attributes.get("value", ""), part, member)
