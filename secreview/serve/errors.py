"""Errors of the HTTP API: a stable code for programs and a Chinese message for people."""

from __future__ import annotations

from pydantic import BaseModel


class ApiError(Exception):
    """An answer other than success, as ``{"error": {"code": …, "message": …}}``."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}

    def body(self) -> dict[str, dict[str, str]]:
        return {"error": {"code": self.code, "message": self.message}}


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """What every error answer holds."""

    error: ErrorDetail


# Codes by HTTP status, for the answers the framework itself gives (unknown path, wrong method …).
STATUS_CODES = {
    400: ("bad_request", "请求格式不正确"),
    401: ("unauthorized", "缺少或错误的访问令牌(Authorization: Bearer …)"),
    404: ("not_found", "没有这个地址"),
    405: ("method_not_allowed", "此地址不支持该请求方法"),
    413: ("too_large", "上传的文件过大"),
    422: ("bad_request", "请求参数不正确"),
}


def for_status(status: int) -> ApiError:
    code, message = STATUS_CODES.get(status, ("http_error", f"请求未能处理(HTTP {status})"))
    return ApiError(status, code, message)
