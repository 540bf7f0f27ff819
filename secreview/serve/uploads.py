"""An upload read into memory within its size limit: a multipart ``file`` part or a JSON ``{"text"}``.

The body is parsed here rather than by the framework's form parser, which spools large parts to
temporary files: nothing uploaded may reach the disk."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, ValidationError
from python_multipart.multipart import MultipartParser, parse_options_header

from secreview.serve.errors import ApiError

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers around the file itself
# Formats read wholly in memory; legacy .doc/.xls conversion runs LibreOffice on a temporary file.
SUFFIXES = (".docx", ".xlsx", ".xlsm", ".txt", ".md", ".csv", ".pdf", ".html", ".htm", ".ofd")


def accepted_suffixes() -> tuple[str, ...]:
    """The formats an upload may have: images too where the ocr extra is installed (they are read by OCR)."""
    from secreview.extract.image_files import IMAGE_SUFFIXES, ocr_available

    return (*SUFFIXES, *IMAGE_SUFFIXES) if ocr_available() else SUFFIXES


class TextRequest(BaseModel):
    """A text to check, as JSON."""

    text: str = Field(description="the document's text")
    name: str = Field(default="<text>", description="what the report calls it (the path field)")


@dataclass(frozen=True, slots=True)
class Upload:
    """A document received: its name (the report's path), its suffix and bytes, or a text already."""

    name: str
    suffix: str
    data: bytes = b""
    text: str | None = None


def too_large(limit: int) -> ApiError:
    return ApiError(413, "too_large", f"上传的文件过大,上限 {limit // (1024 * 1024)} MB")


async def read_body(chunks: AsyncIterator[bytes], declared: str | None, limit: int) -> bytes:
    """The whole body, refused as soon as it is known to exceed ``limit`` bytes."""
    if declared is not None and declared.isdigit() and int(declared) > limit + MULTIPART_OVERHEAD:
        raise too_large(limit)
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit + MULTIPART_OVERHEAD:
            raise too_large(limit)
    return bytes(body)


def base_name(filename: str) -> str:
    """The file's own name, without any folder a browser may send."""
    return PureWindowsPath(PurePosixPath(filename).name).name.strip()


def _check_name(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    accepted = accepted_suffixes()
    if suffix not in accepted:
        shown = suffix or "(无扩展名)"
        raise ApiError(
            415, "unsupported_type", f"不支持的文件类型“{shown}”,可上传 {'、'.join(accepted)} 文件"
        )
    return suffix


class _Parts:
    """Callbacks of the multipart parser, keeping the ``file`` part in memory."""

    def __init__(self) -> None:
        self.headers: dict[bytes, bytes] = {}
        self.field, self.value = b"", b""
        self.current = bytearray()
        self.files: dict[str, tuple[str, bytes]] = {}

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[self.field.lower()] = self.value
        self.field, self.value = b"", b""

    def on_part_begin(self) -> None:
        self.headers, self.current = {}, bytearray()

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self.current += data[start:end]

    def on_part_end(self) -> None:
        _, options = parse_options_header(self.headers.get(b"content-disposition", b""))
        name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        if filename is not None:
            self.files[name] = (filename.decode("utf-8", "replace"), bytes(self.current))
        self.current = bytearray()


def parse_multipart(body: bytes, content_type: str) -> Upload:
    """The ``file`` part of a multipart/form-data body."""
    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if not boundary:
        raise ApiError(400, "bad_request", "multipart 请求缺少 boundary")
    parts = _Parts()
    try:
        parser = MultipartParser(boundary, callbacks=_callbacks(parts))
        parser.write(body)
        parser.finalize()
    except Exception as error:  # the parser's own errors: a malformed body, whatever its kind
        raise ApiError(400, "bad_request", "multipart 请求格式不正确") from error
    if "file" not in parts.files:
        raise ApiError(400, "missing_file", "请求中没有名为 file 的文件")
    filename, data = parts.files["file"]
    name = base_name(filename) or "upload"
    suffix = _check_name(name)
    if not data:
        raise ApiError(400, "empty_upload", f"上传的文件“{name}”是空的(0 字节)")
    return Upload(name, suffix, data)


def _callbacks(parts: _Parts) -> MultipartCallbacks:
    return {
        "on_header_field": parts.on_header_field,
        "on_header_value": parts.on_header_value,
        "on_header_end": parts.on_header_end,
        "on_part_begin": parts.on_part_begin,
        "on_part_data": parts.on_part_data,
        "on_part_end": parts.on_part_end,
    }


def parse_json(body: bytes) -> Upload:
    """A ``{"text": …, "name": …}`` body."""
    try:
        request = TextRequest.model_validate(json.loads(body))
    except (ValueError, ValidationError) as error:
        raise ApiError(400, "bad_request", '请求须为 JSON {"text": "…", "name": "…"}') from error
    if not request.text.strip():
        raise ApiError(400, "empty_upload", "要检查的文本是空的")
    return Upload(request.name, ".txt", text=request.text)


def parse_upload(body: bytes, content_type: str) -> Upload:
    kind = content_type.split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        return parse_multipart(body, content_type)
    if kind == "application/json":
        return parse_json(body)
    raise ApiError(
        415, "unsupported_media_type", "请以 multipart/form-data 上传文件(字段 file),或以 JSON 提交文本"
    )
