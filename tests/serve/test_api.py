"""The HTTP API in process: the JSON contract as the command line gives it, errors with a stable code and
a Chinese message, limits, the token, the OpenAPI document, the redacted copy, and no temporary file."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from secreview import Engine
from secreview.engine import Document
from secreview.extract.image_files import ocr_available
from secreview.extract.ziputil import CFB_SIGNATURE
from secreview.models import Attribute
from secreview.serve.service import Limits, Service
from secreview.version import __version__
from tests.serve.conftest import REPO, Client
from tests.testing.cli import run
from tests.testing.docx_builder import patch_central_entry
from tests.testing.pdf_builder import build_pdf, with_places
from tests.testing.samples import IDENTITY, MAIN_PARTS, SAMPLES, rezip

SUBSIDY = REPO / "examples" / "subsidy-notice-draft.txt"


def upload(client: Client, name: str, data: bytes, url: str = "/v1/check", **headers: str) -> Any:
    return client.post(url, files={"file": (name, io.BytesIO(data))}, headers=headers)


def error_of(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["code"] == code, body
    message: str = body["error"]["message"]
    assert message and "\n" not in message and any("\u4e00" <= char <= "\u9fff" for char in message)
    return message


def cli_json(path: Path, status: tuple[int, ...] = (0, 1)) -> dict[str, Any]:
    result = run("check", "--isolated", "--format", "json", path, cwd=path.parent)
    assert result.returncode in status, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".xlsx", ".csv", ".pdf", ".html", ".ofd"])
def test_the_json_is_the_command_lines_but_for_the_path(client: Client, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"草稿{suffix}"
    path.write_bytes(SAMPLES[suffix]())
    expected = cli_json(path)
    response = upload(client, path.name, path.read_bytes())
    assert response.status_code == 200, response.text
    received = response.json()
    assert received["files"][0]["path"] == path.name
    assert expected["files"][0].pop("path") == str(path)
    received["files"][0].pop("path")
    assert received == expected
    assert received["files"][0]["attribute"] == "redacted"


def test_an_example_draft_as_file_and_as_json_text(client: Client) -> None:
    expected = cli_json(SUBSIDY)
    expected["files"][0]["path"] = SUBSIDY.name
    assert upload(client, SUBSIDY.name, SUBSIDY.read_bytes()).json() == expected
    text = SUBSIDY.read_text(encoding="utf-8")
    response = client.post("/v1/check", json={"text": text, "name": SUBSIDY.name})
    assert response.json() == expected


def test_sarif_and_html_of_the_same_check(client: Client) -> None:
    sarif = client.post("/v1/check?format=sarif", files={"file": ("a.txt", SAMPLES[".txt"]())})
    assert sarif.headers["content-type"].startswith("application/sarif+json")
    assert IDENTITY not in sarif.text  # SARIF never carries the matched text
    assert sarif.json()["runs"][0]["results"]
    page = client.post("/v1/check?format=html", files={"file": ("a.txt", SAMPLES[".txt"]())})
    assert 'class="sev-high"' in page.text and "删减后公开" in page.text


def test_bad_uploads_get_a_status_and_a_clear_message(client: Client) -> None:
    assert "空的" in error_of(upload(client, "空.docx", b""), 400, "empty_upload")
    sixty_megabytes = bytes(60 * 1024 * 1024)
    assert "50 MB" in error_of(upload(client, "大.txt", sixty_megabytes), 413, "too_large")
    encrypted = patch_central_entry(SAMPLES[".docx"](), MAIN_PARTS[".docx"], set_flags=0x1)
    assert "加密" in error_of(upload(client, "加密.docx", encrypted), 422, "unreadable_document")
    protected = CFB_SIGNATURE + bytes(504) + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 20
    protected += "EncryptedPackage".encode("utf-16-le") + bytes(512)
    assert "加密" in error_of(upload(client, "密码.docx", protected), 422, "unreadable_document")
    bomb = rezip(SAMPLES[".docx"](), replace={MAIN_PARTS[".docx"]: bytes(64 * 1024 * 1024)})
    assert "zip 炸弹" in error_of(upload(client, "炸弹.docx", bomb), 422, "unreadable_document")
    assert ".exe" in error_of(upload(client, "程序.exe", b"MZ\x90\x00"), 415, "unsupported_type")
    assert "无扩展名" in error_of(upload(client, "README", b"text"), 415, "unsupported_type")
    legacy = CFB_SIGNATURE + bytes(1024)
    assert ".docx" in error_of(upload(client, "旧.docx", legacy), 415, "legacy_format")
    # The server still answers after all of them.
    assert client.get("/healthz").json()["status"] == "ok"


def test_malformed_requests(client: Client) -> None:
    error_of(client.post("/v1/check", files={"other": ("a.txt", b"x")}), 400, "missing_file")
    error_of(
        client.post("/v1/check", content=b"{", headers={"content-type": "application/json"}),
        400,
        "bad_request",
    )
    error_of(client.post("/v1/check", json={"name": "a"}), 400, "bad_request")
    error_of(client.post("/v1/check", json={"text": "  "}), 400, "empty_upload")
    error_of(
        client.post("/v1/check", content=b"x", headers={"content-type": "text/plain"}),
        415,
        "unsupported_media_type",
    )
    bad_boundary = {"content-type": "multipart/form-data; boundary=zzz"}
    error_of(client.post("/v1/check", content=b"garbage", headers=bad_boundary), 400, "bad_request")
    error_of(client.post("/v1/check?format=pdf", json={"text": "x"}), 400, "bad_request")
    error_of(client.get("/v1/nothing"), 404, "not_found")
    error_of(client.get("/v1/check"), 405, "method_not_allowed")


def test_a_script_in_a_draft_is_shown_as_text(client: Client) -> None:
    hostile = f'<script>alert("x")</script>\n户主张三,身份证号 {IDENTITY}。<img src=x onerror=alert(1)>\n'
    for url in ("/ui/review", "/v1/check?format=html"):
        response = upload(client, "草稿.txt", hostile.encode(), url)
        assert response.status_code == 200
        assert "<script>alert" not in response.text and "<img src=x" not in response.text
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in response.text
        assert "&lt;img src=x onerror=alert(1)&gt;" in response.text
    evil_name = '"><script>alert(1)</script>.txt'
    response = upload(client, evil_name, hostile.encode(), "/ui/review")
    assert "<script>alert(1)" not in response.text


def test_the_redacted_copy_is_public_and_a_withheld_draft_gets_none(client: Client, engine: Engine) -> None:
    response = upload(client, "名单.docx", SAMPLES[".docx"](), "/v1/redact")
    assert response.status_code == 200, response.text
    assert response.headers["x-secreview-attribute"] == "proactive"
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    recheck = engine.review(Document("名单.docx", response.content))
    assert recheck.attribute is Attribute.PROACTIVE and IDENTITY not in response.content.decode("latin-1")
    secret = "机密★1年\n关于某某工作的通知\n".encode()
    assert "不公开" in error_of(upload(client, "密件.txt", secret, "/v1/redact"), 422, "redaction_refused")
    # A PDF's text layer cannot be redacted: without OCR no PDF is; with it, the copy is refused.
    pdf = upload(client, "a.pdf", SAMPLES[".pdf"](), "/v1/redact")
    if ocr_available():
        assert "无法安全删减" in error_of(pdf, 422, "redaction_refused")
    else:
        error_of(pdf, 415, "redaction_unsupported")
    assert upload(client, "a.pdf", SAMPLES[".pdf"](), "/ui/review").headers["x-secreview-redactable"] == "0"
    text = client.post("/v1/redact", json={"text": f"身份证号 {IDENTITY}"})
    assert IDENTITY not in text.text and text.headers["x-secreview-replaced"] == "1"


def test_rules_health_and_the_openapi_document(client: Client) -> None:
    rules = client.get("/v1/rules").json()
    assert any(rule["id"] == "PI001" for rule in rules)
    assert client.get("/v1/rules/PI001").json()["category"] == "id_number"
    error_of(client.get("/v1/rules/NOPE999"), 404, "rule_not_found")
    assert client.get("/healthz").json() == {"status": "ok", "version": __version__}
    openapi = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/redact", "/v1/rules", "/v1/rules/{rule_id}", "/healthz"} <= set(
        openapi["paths"]
    )
    assert {"Report", "FileReport", "Finding", "RuleInfo", "ErrorBody"} <= set(
        openapi["components"]["schemas"]
    )
    body = openapi["paths"]["/v1/check"]["post"]["requestBody"]["content"]
    assert {"multipart/form-data", "application/json"} <= set(body)
    assert client.get("/docs").status_code == 404  # the docs page would load scripts from a CDN


def test_the_page_says_nothing_is_stored_and_loads_nothing_from_elsewhere(client: Client) -> None:
    response = client.get("/")
    assert "不保存" in response.text and "Nothing uploaded is stored" in response.text
    assert "http://" not in response.text and "https://" not in response.text
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"


def test_a_token_guards_everything_but_the_page_and_health(engine: Engine) -> None:
    service = Service(engine, Limits(token="s3cret", workers=1))
    guarded = Client(service)
    assert guarded.get("/healthz").status_code == 200
    assert 'id="token"' in guarded.get("/").text
    error_of(guarded.get("/v1/rules"), 401, "unauthorized")
    error_of(guarded.get("/v1/rules", headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
    error_of(upload(guarded, "a.txt", b"x"), 401, "unauthorized")
    assert guarded.get("/v1/rules", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert guarded.get("/v1/rules", headers={"Authorization": "bearer s3cret"}).status_code == 200
    error_of(guarded.get("/v1/rules", headers={"Authorization": "Basic s3cret"}), 401, "unauthorized")
    ok = upload(guarded, "a.txt", SAMPLES[".txt"](), Authorization="Bearer s3cret")
    assert ok.status_code == 200


def test_checks_beyond_the_limit_are_turned_away(engine: Engine) -> None:
    service = Service(engine, Limits(max_concurrent=1, workers=1))
    limited = Client(service)
    with service.admitted():  # one check in progress
        response = upload(limited, "a.txt", SAMPLES[".txt"]())
        assert "繁忙" in error_of(response, 503, "busy")
        assert response.headers["retry-after"]
    assert upload(limited, "a.txt", SAMPLES[".txt"]()).status_code == 200


def test_an_upload_never_reaches_a_temporary_file(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an upload was about to be written to a temporary file")

    for name in ("SpooledTemporaryFile", "TemporaryFile", "NamedTemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    big = SAMPLES[".txt"]() + "正文。\n".encode() * 400_000  # 4 MB: beyond any spooling threshold
    response = upload(client, "大.txt", big)
    assert response.status_code == 200, response.text
    docx = upload(client, "名单.docx", SAMPLES[".docx"](), "/v1/redact")
    assert docx.status_code == 200, docx.text


def test_a_partly_scanned_pdf_is_reported_with_its_pages_not_read(client: Client, tmp_path: Path) -> None:
    path = tmp_path / "公示.pdf"
    # An attachment that cannot be read (a scanned page would be read, where the ocr extra is installed).
    path.write_bytes(
        with_places(build_pdf([[f"户主张三,身份证号 {IDENTITY}。"]]), attachments={"x.bin": b"\0"})
    )
    expected = cli_json(path, status=(2,))  # not wholly checked
    expected["files"][0]["path"] = path.name
    response = upload(client, path.name, path.read_bytes())
    assert response.status_code == 200 and response.json() == expected
    assert response.json()["files"][0]["unchecked"] and response.json()["files"][0]["attribute"] is None
    section = upload(client, path.name, path.read_bytes(), "/ui/review").text
    assert "未完整检查" in section and "attachment:x.bin" in section and f">{IDENTITY}</mark>" in section
