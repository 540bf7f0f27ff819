"""A document's own title and 文号, as a disclosure catalog lists them.

The title is the first heading-like line before the addressee (各单位:) or the first sentence — not
the 版头 (某市人民政府办公室文件), a 文号, a 密级, a date or a catalog field (索引号:…). Its 文号 is the
one standing on its own line near the top (or labelled 文号:), or on its own line at the end; a 文号 the
text merely cites (根据…(某政办发〔2021〕12号)) is not the document's.
"""

from __future__ import annotations

from functools import cache

import regex

from secreview.normalize import fold
from secreview.resources import builtin_rules_dir
from secreview.rulepack import load_pack

TITLE_LIMIT = 120
_HEAD_LINES = 40  # the title and the 文号 stand before the body; a draft's head is rarely longer
# 机关代字〔年份〕序号号: the rule of the public-by-nature pack that keeps a 文号's digits from being
# reported, matched on the folded text as the checks do.
DOCUMENT_NUMBER_PACK, DOCUMENT_NUMBER_RULE = "pb.toml", "document-number"
_GENRE = (
    "通知|通告|公告|决定|意见|报告|请示|批复|函|复函|方案|办法|规定|细则|规则|规划|计划|要点|纪要|公示|通报|"
    "答复|决议|命令|令|议案|条例|制度|指南|目录|说明|汇报|总结|报告书|决定书|告知书"
)
# Matched on the folded line (normalize.fold: （试行） is (试行) there), as the patterns below.
_TITLE_END = regex.compile(rf"(?:{_GENRE})(?:\([^)]*\))?$")
_ADDRESSEE = regex.compile(r"^[^。;,]{1,60}:$")
_FIELD = regex.compile(r"^[\p{Han}]{2,8}\s*:\s*\S")  # 索引号:… 发布机构:… 时间:…
_NOT_A_TITLE = regex.compile(
    r"^(?:\d+|[\d\-年月日:. ]+|.*文件|.*★.*|(?:绝密|机密|秘密|内部|特急|加急|平急).{0,8})$"
)


@cache
def document_number() -> regex.Pattern[str]:
    pack = load_pack(builtin_rules_dir() / DOCUMENT_NUMBER_PACK, check_patterns=False)
    (rule,) = (compiled for compiled in pack.rules if compiled.rule.name == DOCUMENT_NUMBER_RULE)
    (pattern,) = rule.patterns
    return pattern


@cache
def _own_number_line() -> regex.Pattern[str]:
    """A line that is a 文号 and nothing else (labelled 文号:, or followed by 签发人)."""
    number = document_number().pattern
    return regex.compile(rf"^(?:文\s*号\s*:\s*)?(?P<number>{number})(?:\s+签发人.*)?$")


def _head(text: str) -> list[str]:
    """The lines before the addressee or the first sentence."""
    head = []
    for line in (line.strip() for line in text.splitlines()[:_HEAD_LINES]):
        if not line:
            continue
        folded = fold(line)
        if _ADDRESSEE.match(folded) or "。" in line:
            break
        head.append(line)
    return head


def _heading_like(line: str) -> bool:
    folded = fold(line)
    return (
        len(line) >= 4
        and not regex.search(r"[。;,]", folded)
        and not _FIELD.match(folded)
        and not document_number().search(folded)
        and not _NOT_A_TITLE.match(folded)
    )


def title_of(text: str) -> str:
    """The document's title, or its first line when no line looks like one."""
    candidates = [line for line in _head(text) if _heading_like(line)]
    for index, line in enumerate(candidates):
        if _TITLE_END.search(fold(line)):
            return line[:TITLE_LIMIT]
        # A title wrapped over two lines: 关于印发《…》的 / 通知.
        following = candidates[index + 1] if index + 1 < len(candidates) else ""
        if line.startswith("关于") and following and _TITLE_END.search(fold(line + following)):
            return (line + following)[:TITLE_LIMIT]
    if candidates:
        return candidates[0][:TITLE_LIMIT]
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:TITLE_LIMIT]


def document_number_of(text: str) -> str:
    """The document's own 文号, or "" when it has none (a cited one does not count)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in [*lines[:_HEAD_LINES], *lines[-8:]]:
        match = _own_number_line().match(fold(line))
        if match is not None:
            return line[match.start("number") : match.end("number")]
    return ""
