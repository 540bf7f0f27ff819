"""The engine shared by every request, the limits, and each piece of work done off the event loop."""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from secreview.engine import Document, Engine, Reviewed
from secreview.errors import ExtractionError
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.extract.legacy import in_memory_only, is_encrypted_ooxml
from secreview.extract.ziputil import CFB_SIGNATURE
from secreview.models import FileReport, Note, Report
from secreview.ocr.redact import SCAN_SUFFIXES, UnsafeRedaction
from secreview.redact import REDACTABLE_SUFFIXES, RedactedCopy, RedactionRefused, Style, redact_bytes
from secreview.serve.errors import ApiError
from secreview.serve.uploads import Upload
from secreview.version import __version__

T = TypeVar("T")
MEBIBYTE = 1024 * 1024
_log = logging.getLogger("secreview.serve")


@dataclass(frozen=True, slots=True)
class Limits:
    """Per upload and per server: size, checks admitted at once (running or waiting), worker threads."""

    max_upload_bytes: int = 50 * MEBIBYTE
    max_concurrent: int = 8
    workers: int = max(1, min(4, os.cpu_count() or 1))
    token: str | None = None


class Service:
    """One engine built at start; checks run in a bounded pool of threads, at most ``max_concurrent``
    admitted at once (the others get 503 at once, before their upload is read)."""

    def __init__(
        self, engine: Engine, limits: Limits, notes: list[Note] | None = None, public_names: bool = False
    ) -> None:
        self.engine, self.limits = engine, limits
        self.notes = notes or []
        self.public_names = public_names
        self.active = 0
        self.pool = ThreadPoolExecutor(max_workers=limits.workers, thread_name_prefix="secreview-check")

    def authorize(self, authorization: str | None) -> None:
        token = self.limits.token
        if token is None:
            return
        scheme, _, given = (authorization or "").strip().partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            headers = {"WWW-Authenticate": "Bearer"}
            raise ApiError(401, "unauthorized", "缺少或错误的访问令牌(Authorization: Bearer …)", headers)

    @contextmanager
    def admitted(self) -> Iterator[None]:
        """A place among the admitted checks (the event loop is one thread: the count needs no lock)."""
        if self.active >= self.limits.max_concurrent:
            message = f"服务繁忙:已有 {self.active} 个检查在进行,请稍后重试"
            raise ApiError(503, "busy", message, {"Retry-After": "5"})
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1

    async def run(self, work: Callable[[], T]) -> T:
        """``work`` in the pool; an unexpected error becomes a 500 whose log line names only its type (an
        exception's text may quote the document)."""

        def guarded() -> T:
            try:
                return work()
            except ApiError:
                raise
            except (MemoryError, RecursionError) as error:
                raise ApiError(422, "unreadable_document", "文件结构过于复杂或过大,未能检查") from error
            except Exception as error:
                _log.error("check failed: %s", type(error).__name__)
                raise ApiError(500, "internal_error", "检查时出现内部错误,未能检查") from error

        return await asyncio.get_running_loop().run_in_executor(self.pool, guarded)

    def review(self, upload: Upload) -> Reviewed:
        if upload.text is not None:
            text = upload.text
            extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
            reviewed = self.engine.review_with_text(extracted, upload.name)
        else:
            _refuse_legacy(upload)
            with in_memory_only():
                reviewed = self.engine.review_with_text(Document(upload.name, upload.data, upload.suffix))
        if reviewed.report.error is not None and not reviewed.report.unchecked:
            raise ApiError(422, "unreadable_document", f"“{upload.name}”未能检查: {reviewed.report.error}")
        return reviewed

    def report(self, file: FileReport) -> Report:
        """The report ``secreview check --format json`` gives for the same file."""
        suppressor = self.engine.suppressor
        notes = [*self.notes, *(suppressor.notes([file]) if suppressor is not None else [])]
        return Report(version=__version__, files=[file], rules=self.engine.rule_infos(), notes=notes)

    def scans_redacted(self) -> bool:
        """Whether scans (PDF, OFD) get a redacted copy: where OCR is installed and on."""
        from secreview.extract.image_files import ocr_available

        return self.engine.ocr_options.enabled and ocr_available()

    def redactable(self, suffix: str, file: FileReport | None = None) -> bool:
        """Whether a redacted copy is made for ``suffix``; with the review ``file``, a PDF or OFD only
        when OCR read some of it (a text-layer PDF is not redacted)."""
        if suffix in REDACTABLE_SUFFIXES:
            return True
        scanned = file is None or (file.ocr is not None and file.ocr.pages > 0)
        return suffix in SCAN_SUFFIXES and scanned and self.scans_redacted()

    def redact(self, upload: Upload, style: Style) -> RedactedCopy:
        data = upload.data if upload.text is None else upload.text.encode("utf-8")
        if not self.redactable(upload.suffix):
            scans = SCAN_SUFFIXES if self.scans_redacted() else ()
            supported = "、".join(dict.fromkeys((*REDACTABLE_SUFFIXES, *scans)))
            message = f"删减稿只支持 {supported} 文件,不支持“{upload.suffix}”"
            raise ApiError(415, "redaction_unsupported", message)
        _refuse_legacy(upload)
        try:
            with in_memory_only():
                return redact_bytes(self.engine, data, upload.suffix, upload.name, style, self.public_names)
        except RedactionRefused as refused:
            raise ApiError(422, "redaction_refused", str(refused)) from refused
        except UnsafeRedaction as unsafe:
            raise ApiError(422, "redaction_refused", str(unsafe)) from unsafe
        except ExtractionError as error:
            raise ApiError(422, "unreadable_document", f"“{upload.name}”未能检查: {error}") from error


def _refuse_legacy(upload: Upload) -> None:
    """A legacy binary file under an Office name would be converted through a temporary file."""
    if upload.data.startswith(CFB_SIGNATURE) and not is_encrypted_ooxml(upload.data):
        raise ApiError(
            415,
            "legacy_format",
            f"“{upload.name}”是旧版 .doc/.xls 格式(仅改了扩展名):服务不转换旧版文件,"
            "请另存为 .docx/.xlsx 后上传",
        )
