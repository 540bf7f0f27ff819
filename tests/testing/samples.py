"""One small valid file of every format secreview reads, for hardening and fuzz tests."""

from __future__ import annotations

from collections.abc import Callable

from tests.testing.docx_builder import build_docx
from tests.testing.ofd_builder import build_ofd
from tests.testing.pdf_builder import build_pdf
from tests.testing.xlsx_builder import resident_id, roster, workbook_bytes

IDENTITY = resident_id(77)
_TEXT = f"关于发放补贴的通知\n户主张三,身份证号 {IDENTITY},联系电话 13912345678。\n"


def _docx() -> bytes:
    return build_docx(_TEXT.splitlines(), headers=["页眉"], comments=["批注"])


def _xlsx() -> bytes:
    workbook = roster([["姓名", "身份证号"], ["张三", IDENTITY]])
    workbook.create_sheet("隐藏").sheet_state = "hidden"
    return workbook_bytes(workbook)


def _html() -> bytes:
    return f"<html><head><title>通知</title></head><body><p>{_TEXT}</p></body></html>".encode()


SAMPLES: dict[str, Callable[[], bytes]] = {
    ".txt": lambda: _TEXT.encode("utf-8"),
    ".md": lambda: _TEXT.encode("gb18030"),
    ".csv": lambda: f"姓名,身份证号\n张三,{IDENTITY}\n".encode("gb18030"),
    ".docx": _docx,
    ".xlsx": _xlsx,
    ".pdf": lambda: build_pdf([_TEXT.splitlines()]),
    ".html": _html,
    ".ofd": lambda: build_ofd([_TEXT.splitlines()], title="通知"),
}
# The zip formats and the member holding their main text.
MAIN_PARTS = {
    ".docx": "word/document.xml",
    ".xlsx": "xl/worksheets/sheet1.xml",
    ".ofd": "Doc_0/Pages/Page_0/Content.xml",
}


def rezip(
    data: bytes,
    replace: dict[str, bytes] | None = None,
    extra: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
) -> bytes:
    """The zip ``data`` with members replaced, added or dropped (same order, fixed timestamps)."""
    import io
    import zipfile

    from tests.testing.docx_builder import zip_members

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name not in drop}
    members.update(replace or {})
    members.update(extra or {})
    return zip_members(members)
