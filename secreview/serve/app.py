"""The routes: the review page, the HTTP API (``/v1``), ``/healthz`` and ``/openapi.json``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Literal
from urllib.parse import quote

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from secreview.models import Report, RuleInfo
from secreview.redact import Style
from secreview.report import html_format, sarif
from secreview.serve.errors import ApiError, ErrorBody, for_status
from secreview.serve.page import review_page
from secreview.serve.service import Service
from secreview.serve.uploads import TextRequest, Upload, parse_upload, read_body
from secreview.version import __version__

_MEDIA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    ".csv": "text/csv; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
    ".ofd": "application/ofd",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".bmp": "image/bmp",
}
_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
            "application/json": {"schema": TextRequest.model_json_schema()},
        },
    }
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 413, 415, 422, 503)
}
_REPORT_TYPES: dict[str, Any] = {"application/sarif+json": {}, "text/html": {}}
_PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self';"
    " img-src data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def _error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


def _attachment(name: str) -> str:
    return f"attachment; filename=\"download{name[name.rfind('.') :]}\"; filename*=UTF-8''{quote(name)}"


REDACTABLE_HEADER = "X-Secreview-Redactable"  # on the page's review: 1 when a redacted copy is offered


def redacted_name(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}-删减稿.{suffix}" if dot else f"{name}-删减稿"


def _checked(service: Service, upload: Upload, output: str) -> Response:
    """The report in the format asked for; rendered in the pool too, away from the event loop."""
    reviewed = service.review(upload)
    if output == "html":
        return HTMLResponse(html_format.render_reviews([reviewed], __version__))
    report = service.report(reviewed.report)
    if output == "sarif":
        return Response(sarif.render(report), media_type="application/sarif+json")
    return Response(report.to_json(indent=None), media_type="application/json")


def _section(service: Service, upload: Upload) -> HTMLResponse:
    """The section of one document, and whether the page offers its redacted copy (a header)."""
    reviewed = service.review(upload)
    redactable = service.redactable(upload.suffix, reviewed.report)
    html = html_format.render_file(reviewed.report, reviewed.text)
    return HTMLResponse(html, headers={REDACTABLE_HEADER: "1" if redactable else "0"})


def create_app(service: Service) -> FastAPI:
    """The application around ``service``; the docs pages are off (they load scripts from a CDN)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        service.pool.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="secreview",
        version=__version__,
        description="公文公开属性与保密审查 HTTP API。上传的文件只在内存中处理,不保存、不记录。",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> JSONResponse:
        return _error_response(error)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        return _error_response(for_status(error.status_code))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        fields = ", ".join(".".join(str(part) for part in item["loc"]) for item in error.errors())
        return _error_response(ApiError(400, "bad_request", f"请求参数不正确: {fields}"))

    @app.middleware("http")
    async def private(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    async def received(request: Request) -> Upload:
        limit = service.limits.max_upload_bytes
        body = await read_body(request.stream(), request.headers.get("content-length"), limit)
        return parse_upload(body, request.headers.get("content-type", ""))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> HTMLResponse:
        html = review_page(service.limits.token is not None, service.limits.max_upload_bytes)
        return HTMLResponse(html, headers={"Content-Security-Policy": _PAGE_POLICY})

    @app.get("/healthz", summary="服务是否可用 / liveness")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/v1/rules", response_model=list[RuleInfo], responses=_ERRORS, summary="规则列表 / rules")
    async def rules(request: Request) -> list[RuleInfo]:
        service.authorize(request.headers.get("authorization"))
        return service.engine.rule_infos()

    @app.get("/v1/rules/{rule_id}", response_model=RuleInfo, responses={**_ERRORS, 404: {"model": ErrorBody}})
    async def rule(rule_id: str, request: Request) -> RuleInfo:
        service.authorize(request.headers.get("authorization"))
        for info in service.engine.rule_infos():
            if info.id == rule_id:
                return info
        raise ApiError(404, "rule_not_found", f"没有编号为“{rule_id}”的规则")

    @app.post(
        "/v1/check",
        summary="检查一个文件或一段文本 / check a document",
        description="multipart/form-data 的 file 字段,或 JSON {text, name};format=json 时为输出约定的报告",
        responses={200: {"model": Report, "content": _REPORT_TYPES}, **_ERRORS},
        openapi_extra=_UPLOAD_BODY,
    )
    async def check(request: Request, format: Literal["json", "sarif", "html"] = Query("json")) -> Response:
        service.authorize(request.headers.get("authorization"))
        with service.admitted():
            upload = await received(request)
            return await service.run(lambda: _checked(service, upload, format))

    @app.post(
        "/v1/redact",
        summary="生成删减稿 / the redacted copy",
        description="返回与上传文件同格式的删减稿;建议“不公开”的文件不生成 (422 redaction_refused)",
        responses={200: {"content": {"application/octet-stream": {}}}, **_ERRORS},
        openapi_extra=_UPLOAD_BODY,
    )
    async def redact(request: Request, style: Literal["mask", "block"] = Query("mask")) -> Response:
        service.authorize(request.headers.get("authorization"))
        with service.admitted():
            upload = await received(request)
            chosen = Style.FULL if style == "block" else Style.MASK
            copy = await service.run(lambda: service.redact(upload, chosen))
        name = redacted_name(upload.name if upload.text is None else "text.txt")
        headers = {
            "Content-Disposition": _attachment(name),
            "X-Secreview-Replaced": str(copy.replaced),
            "X-Secreview-Attribute": copy.recheck.attribute.value if copy.recheck.attribute else "",
            "X-Secreview-Remaining": str(len(copy.remaining)),
        }
        media_type = _MEDIA_TYPES.get(upload.suffix, "text/plain; charset=utf-8")
        return Response(copy.data, media_type=media_type, headers=headers)

    @app.post("/ui/review", include_in_schema=False)
    async def review_fragment(request: Request) -> HTMLResponse:
        """The page's view of one document: the section ``check --format html`` writes for it."""
        service.authorize(request.headers.get("authorization"))
        with service.admitted():
            upload = await received(request)
            return await service.run(lambda: _section(service, upload))

    return app
