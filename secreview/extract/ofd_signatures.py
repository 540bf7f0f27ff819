"""What an OFD reader's signature panel shows of each signature (GB/T 33190 Signatures.xml, GB/T 38540
electronic seals), when it holds a long number or an e-mail address: the provider's attributes (name,
company, version) and the text strings of the seal (``Seal/BaseLoc``: its name, its certificates) and of
the signed value (the signer's certificate), as ``(text, location)`` pairs located ``signature``."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from xml.etree.ElementTree import Element

from secreview.extract.base import HOLDS_DATA
from secreview.extract.der_strings import der_strings
from secreview.extract.xmlsafe import child, descendants
from secreview.extract.ziputil import SafeZip

LOCATION = "signature"
MAX_SIGNATURES = 1_000


def signature_texts(
    package: SafeZip, index_part: str, parse: Callable[[str], Element], resolve: Callable[[str, str], str]
) -> Iterator[str]:
    """The texts of the signatures ``index_part`` (a Signatures.xml) lists; a part that is missing is
    skipped, one that is not well-formed or declares a DTD is an error as anywhere else."""
    directory = posixpath.dirname(index_part)
    for count, entry in enumerate(descendants(_parsed(package, parse, index_part), "Signature")):
        location = entry.get("BaseLoc") or ""
        if count >= MAX_SIGNATURES or not location.strip():
            continue
        member = resolve(directory, location)
        signature = _parsed(package, parse, member)
        for provider in descendants(signature, "Provider"):
            yield from (value for value in provider.attrib.values() if HOLDS_DATA.search(value))
        binaries = [child(seal, "BaseLoc") for seal in descendants(signature, "Seal")]
        binaries += list(descendants(signature, "SignedValue"))
        for binary in binaries:
            name = resolve(posixpath.dirname(member), binary.text or "") if binary is not None else ""
            if name and name in package:
                yield from (text for text in der_strings(package.read(name)) if HOLDS_DATA.search(text))


def _parsed(package: SafeZip, parse: Callable[[str], Element], member: str) -> Element:
    return parse(member) if member in package else Element("unread")
