"""The review page: choose or drop a file, see the review, download the redacted copy and the reports.

Server-rendered, with a little inline script and no build step; it loads nothing from anywhere else."""

from __future__ import annotations

from html import escape

from secreview.report.html_format import COPY_SCRIPT, PRIVACY_EN, PRIVACY_ZH, page
from secreview.serve.uploads import accepted_suffixes

_SCRIPT = """
(function () {
  var chosen = null;
  var $ = function (id) { return document.getElementById(id); };
  var status = function (text, error) {
    $("status").textContent = text; $("status").className = error ? "error" : "";
  };
  var headers = function () {
    var token = $("token") ? $("token").value.trim() : "";
    return token ? { "Authorization": "Bearer " + token } : {};
  };
  var form = function () { var data = new FormData(); data.append("file", chosen); return data; };
  var failure = function (response) {
    return response.json().then(function (body) {
      throw new Error(body.error ? body.error.message + " (" + body.error.code + ")" : response.statusText);
    }, function () { throw new Error("HTTP " + response.status); });
  };
  var post = function (url) {
    return fetch(url, { method: "POST", body: form(), headers: headers() }).then(function (response) {
      return response.ok ? response : failure(response);
    });
  };
  var save = function (blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob); link.download = name;
    document.body.appendChild(link); link.click(); link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  };
  var stem = function () { return chosen.name.replace(/\\.[^.]*$/, ""); };
  var suffix = function () { var m = chosen.name.match(/\\.[^.]*$/); return m ? m[0] : ""; };
  var review = function (file) {
    chosen = file; $("result").innerHTML = ""; $("actions").hidden = true;
    status("检查中… Checking " + file.name);
    var redactable = false;
    post("ui/review").then(function (response) {
      redactable = response.headers.get("X-Secreview-Redactable") === "1";
      return response.text();
    }).then(function (html) {
      $("result").innerHTML = html; $("actions").hidden = false; status("");
      $("redacted").disabled = !redactable;
      $("redacted").title = redactable ? "" : "此格式不生成删减稿 / no redacted copy for this format";
    }).catch(function (error) { status(error.message, true); });
  };
  var download = function (url, name) {
    status("生成中… Preparing " + name);
    post(url).then(function (response) { return response.blob(); }).then(function (blob) {
      save(blob, name); status("已下载 Downloaded " + name);
    }).catch(function (error) { status(error.message, true); });
  };
  $("file").addEventListener("change", function () { if (this.files.length) review(this.files[0]); });
  var zone = $("drop");
  zone.addEventListener("dragover", function (event) { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
  zone.addEventListener("drop", function (event) {
    event.preventDefault(); zone.classList.remove("over");
    if (event.dataTransfer.files.length) review(event.dataTransfer.files[0]);
  });
  $("redacted").addEventListener("click", function () {
    download("v1/redact", stem() + "-删减稿" + suffix());
  });
  $("json").addEventListener("click", function () { download("v1/check?format=json", stem() + ".json"); });
  $("sarif").addEventListener("click", function () {
    download("v1/check?format=sarif", stem() + ".sarif");
  });
})();
"""
_PAGE_CSS = (
    "<style>#drop { border: 2px dashed #888; border-radius: 8px; padding: 1.5rem; text-align: center;"
    " background: #fff; margin: 1rem 0; } #drop.over { background: #e8f0fe; border-color: #1a73e8; }"
    " #actions { display: flex; gap: .6rem; flex-wrap: wrap; margin: .8rem 0; } #status.error {"
    " color: #b3261e; font-weight: bold; } .token { margin: .5rem 0; }</style>"
)


def review_page(token_required: bool, max_upload_bytes: int) -> str:
    suffixes = accepted_suffixes()
    accept = ",".join(suffixes)
    token = (
        '<p class="token"><label>访问令牌 <span class="en">Access token</span> '
        '<input id="token" type="password" autocomplete="off"></label></p>'
        if token_required
        else ""
    )
    limit = max_upload_bytes // (1024 * 1024)
    body = (
        f'{_PAGE_CSS}<h1>公文公开属性审查 <span class="en">Disclosure review</span></h1>'
        f'<p class="privacy">{escape(PRIVACY_ZH)}<br><span class="en">{escape(PRIVACY_EN)}</span></p>'
        f"{token}"
        '<div id="drop"><p>把文件拖到这里,或 <span class="en">drop a file here, or</span></p>'
        f'<input id="file" type="file" accept="{escape(accept)}">'
        f'<p class="en">{escape(" ".join(suffixes))} · 上限 max {limit} MB</p></div>'
        '<p id="status" role="status"></p>'
        '<div id="actions" hidden>'
        '<button type="button" id="redacted">下载删减稿 <span class="en">Redacted copy</span></button>'
        '<button type="button" id="json">下载 JSON 报告 <span class="en">JSON report</span></button>'
        '<button type="button" id="sarif">下载 SARIF 报告 <span class="en">SARIF report</span></button>'
        "</div>"
        '<div id="result"></div>'
    )
    # The page's own policy comes as a header (it must allow requests to this server).
    return page("secreview 公开属性审查", body, COPY_SCRIPT + _SCRIPT, csp=False)
