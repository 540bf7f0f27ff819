"""Read a document into one plain text with an offset map (step 1 of the pipeline)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from secreview.errors import ExtractionError
from secreview.extract.base import (
    ExtractedText,
    Segment,
    register_file_reader,
    register_reader,
    text_budget,
    text_limit,
    too_much_text,
)
from secreview.extract.image_files import IMAGE_SUFFIXES, image_placeholder, looks_like_image, ocr_available
from secreview.safe_read import InputKind, UnreadableInput, file_kind, read_input

MAX_FILE_BYTES = InputKind.DOCUMENT.cap

Extractor = Callable[[bytes], ExtractedText]


def _ooxml(data: bytes, target: str) -> ExtractedText:
    """A .docx/.xlsx; one that is really a legacy binary file (renamed .doc/.xls) goes to conversion."""
    from secreview.extract.legacy import extract_legacy, is_encrypted_ooxml
    from secreview.extract.ziputil import CFB_SIGNATURE

    if data.startswith(CFB_SIGNATURE) and not is_encrypted_ooxml(data):
        return extract_legacy(data, ".doc" if target == "docx" else ".xls", target)
    if target == "xlsx":
        from secreview.extract.xlsx import extract_xlsx

        return extract_xlsx(data)
    from secreview.extract.docx import extract_docx

    return extract_docx(data)


def _nested_docx(data: bytes, depth: int) -> ExtractedText:
    from secreview.extract.docx import extract_docx_nested

    return extract_docx_nested(data, depth)


def _nested_xlsx(data: bytes, depth: int) -> ExtractedText:
    from secreview.extract.xlsx import extract_xlsx_nested

    return extract_xlsx_nested(data, depth)


# Packages embedded in a .docx or .xlsx are read by these (registered here, where every reader is known).
register_reader("docx", _nested_docx)
register_reader("xlsx", _nested_xlsx)


def _docx(data: bytes) -> ExtractedText:
    return _ooxml(data, "docx")


def _xlsx(data: bytes) -> ExtractedText:
    return _ooxml(data, "xlsx")


def _txt(data: bytes) -> ExtractedText:
    from secreview.extract.txt import extract_txt

    return extract_txt(data)


def _markdown(data: bytes) -> ExtractedText:
    from secreview.extract.markdown import extract_markdown

    return extract_markdown(data)


def _csv(data: bytes) -> ExtractedText:
    from secreview.extract.csvfile import extract_csv

    return extract_csv(data)


def _pdf(data: bytes) -> ExtractedText:
    from secreview.extract.pdf import extract_pdf

    return extract_pdf(data, extract_bytes)


def _html(data: bytes) -> ExtractedText:
    from secreview.extract.htmlfile import extract_html

    return extract_html(data)


def _ofd(data: bytes) -> ExtractedText:
    from secreview.extract.ofd import extract_ofd

    return extract_ofd(data, extract_bytes)


def _legacy(suffix: str, target: str) -> Extractor:
    def extract(data: bytes) -> ExtractedText:
        from secreview.extract.legacy import extract_legacy

        return extract_legacy(data, suffix, target)

    return extract


EXTRACTORS: dict[str, Extractor] = {
    ".txt": _txt,
    ".md": _markdown,
    ".docx": _docx,
    ".xlsx": _xlsx,
    ".xlsm": _xlsx,
    ".csv": _csv,
    ".pdf": _pdf,
    ".html": _html,
    ".htm": _html,
    ".ofd": _ofd,
    ".doc": _legacy(".doc", "docx"),
    ".wps": _legacy(".wps", "docx"),
    ".xls": _legacy(".xls", "xlsx"),
    ".et": _legacy(".et", "xlsx"),
}


def _image(data: bytes) -> ExtractedText:
    """An image file: no text until the OCR pass reads it (``secreview.ocr.pages``)."""
    if not looks_like_image(data):
        raise ExtractionError("文件不是有效的图像(文件头不符),未检查")
    return image_placeholder()


def _with_images() -> None:
    """Image files are documents where the ``ocr`` extra can read them; elsewhere they stay unsupported."""
    if ocr_available():
        EXTRACTORS.update(dict.fromkeys(IMAGE_SUFFIXES, _image))


_with_images()


def supported(path: Path) -> bool:
    return path.suffix.lower() in EXTRACTORS


def read_guarded(size_of: Callable[[], int | None], read: Callable[[], bytes]) -> bytes:
    """Read a file through any filesystem: the size limit first, and every error as one Chinese line."""
    try:
        size = size_of()
        if size is not None and size > MAX_FILE_BYTES:
            raise ExtractionError(
                f"文件过大({size // (1024 * 1024)} MB,上限 {MAX_FILE_BYTES // (1024 * 1024)} MB),未检查"
            )
        return read()
    except FileNotFoundError as error:
        raise ExtractionError("文件不存在") from error
    except IsADirectoryError as error:
        raise ExtractionError("这是一个文件夹,不是文件") from error
    except PermissionError as error:
        raise ExtractionError("没有读取权限,未检查") from error
    except OSError as error:
        raise ExtractionError(f"无法读取文件({error.strerror or error}),未检查") from error


def read_bytes(path: Path) -> bytes:
    """The file's bytes, read once and never written, if it is a regular file within the size limit;
    errors become one Chinese line (``secreview.safe_read``)."""
    return read_input(path, InputKind.DOCUMENT)


def extract_bytes(data: bytes, suffix: str) -> ExtractedText:
    """The text of ``data`` read as a ``suffix`` file, within the text budget of its size; characters
    that no output can encode (lone surrogates) replaced by U+FFFD, one for one, so offsets stay."""
    extractor = EXTRACTORS.get(suffix.lower())
    if extractor is None:
        raise ExtractionError(f"不支持的文件类型“{suffix or '(无扩展名)'}”,未检查")
    with text_budget(len(data)):
        extracted = extractor(data)
    limit = text_limit(len(data))
    if len(extracted.text) > limit:
        raise too_much_text(limit)
    return encodable(extracted)


register_file_reader(extract_bytes)


_UNENCODABLE = re.compile("[\ud800-\udfff]")


def encodable(extracted: ExtractedText) -> ExtractedText:
    """``extracted`` with every lone surrogate (a PDF's ToUnicode map, an HTML charset such as
    ``unicode_escape``) replaced by U+FFFD: the same length, so every offset stays where it was."""
    if _UNENCODABLE.search(extracted.text) is None:
        return extracted
    return replace(extracted, text=_UNENCODABLE.sub("\ufffd", extracted.text))


def extract_path(path: Path) -> ExtractedText:
    """The text of the document at ``path`` (ExtractionError if it cannot be read)."""
    if path.is_dir():
        try:
            os.scandir(path).close()
        except OSError as error:  # a subfolder a walk could not list is reported through here
            raise ExtractionError(f"文件夹无法读取({error.strerror or error}),其中的文件未检查") from error
        raise ExtractionError("这是文件夹,不是文件:文件夹请用 secreview check 或 check_paths 检查")
    if not os.path.lexists(path):
        raise ExtractionError("不存在: 没有这个文件或文件夹")
    refused = file_kind(path)
    if refused is not None:  # a FIFO, a device, a dangling link: refused before its type is judged
        raise UnreadableInput(f"{refused},未检查")
    if not supported(path):
        raise ExtractionError(f"不支持的文件类型“{path.suffix or '(无扩展名)'}”,未检查")
    return extract_bytes(read_bytes(path), path.suffix)


__all__ = [
    "EXTRACTORS",
    "ExtractedText",
    "Segment",
    "extract_bytes",
    "extract_path",
    "read_bytes",
    "supported",
]
