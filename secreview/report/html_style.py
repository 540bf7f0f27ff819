"""The style sheet of the HTML review (inline in every page: no external request, works offline)."""

from __future__ import annotations

ATTRIBUTE_COLORS = {
    "proactive": "#1e7b34",
    "redacted": "#b06a00",
    "on_request": "#0f6f80",
    "withheld": "#b3261e",
}

CSS = """
:root { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1d1d1f; }
body { margin: 0 auto; max-width: 70rem; padding: 1rem 1.5rem 3rem; line-height: 1.55; background: #fafafa; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.2rem; margin: 0 0 .5rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.en { color: #666; font-size: .85em; font-weight: normal; }
.privacy { color: #444; font-size: .9rem; border-left: 3px solid #1e7b34; padding-left: .6rem; }
section.file { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.2rem;
  margin: 1rem 0; }
.attribute { display: inline-block; color: #fff; font-size: 1.3rem; font-weight: bold; padding: .3rem .9rem;
  border-radius: 4px; margin: .3rem 0; }
.contradiction { background: #fdecea; border: 2px solid #b3261e; color: #b3261e; padding: .6rem .8rem;
  border-radius: 4px; font-weight: bold; }
.returned { color: #b3261e; font-weight: bold; }
.error { background: #fdecea; color: #b3261e; padding: .6rem .8rem; border-radius: 4px; }
.advice { background: #f3f3f3; padding: .5rem .8rem; border-radius: 4px; }
.note-box { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; }
.note-text { background: #f3f3f3; padding: .3rem .6rem; border-radius: 4px; }
button, .button { font: inherit; padding: .3rem .8rem; border: 1px solid #888; border-radius: 4px;
  background: #fff; cursor: pointer; color: inherit; text-decoration: none; }
button:hover, .button:hover { background: #eee; }
.basis { color: #555; font-size: .9em; }
ol.trace li, ul.reasons li { margin: .2rem 0; }
ol.findings { padding-left: 1.5rem; } ol.findings li { margin: .25rem 0; }
ol.findings a { color: inherit; text-decoration: none; } ol.findings a:hover { text-decoration: underline; }
.sev { display: inline-block; min-width: 2.2rem; text-align: center; border-radius: 3px; font-size: .8em;
  padding: 0 .3rem; margin-right: .3rem; }
.sev-high { background: #f8c9c5; } .sev-medium { background: #ffe2a8; } .sev-low { background: #e4e4e4; }
mark { padding: 0 1px; border-radius: 2px; color: inherit; }
mark.sev-high { outline: 1px solid #b3261e; } mark.sev-medium { outline: 1px solid #b06a00; }
mark:target { box-shadow: 0 0 0 3px #1a73e8; }
pre.doctext { white-space: pre-wrap; word-break: break-all; background: #fff; border: 1px solid #ddd;
  padding: .8rem; max-height: 40rem; overflow: auto; font-family: inherit; line-height: 1.8; }
table.index { border-collapse: collapse; width: 100%; background: #fff; }
table.index td, table.index th { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; }
.accepted { color: #666; }
.truncated { color: #666; font-style: italic; }
"""
