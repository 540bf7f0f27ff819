"""What the officer should do with a draft, in a sentence that fits why it was held back.

A draft marked 密级, 工作秘密 or 内部 is not published at all: removing the marking would not make it
public, so such a draft is never told to "delete or mask" anything.
"""

from __future__ import annotations

from secreview.models import LEARNED_RULE, Attribute, Category, FileReport, Severity

MARKED = (
    "此件标有密级或工作秘密、内部标识,不予公开,不在网站或公开栏发布;不要删去标识后发布。"
    "确需公开的,先按保密规定解密或取消内部标识,再另行拟稿并重新审查"
)
WITHHELD = "此件不予公开,不发布;如需公开其中部分内容,应另行拟稿,不含上述内容后重新审查"
ON_REQUEST = "此件不主动公开,可依申请公开:不在网站发布,请按建议附注注明公开属性和理由"
REDACTED = (
    "删除或遮盖下列标出的内容后公开(→ 后为建议替换写法),"
    "可用 secreview redact 生成删减稿;确属本单位公开信息的(如办公电话),可加入配置 allow"
)
CONTRADICTION = "请同时改正文件自述的公开属性"
# Only the learned signal's suspicion holds the draft back: a person decides, nothing is redacted on a guess.
SUSPECTED = (
    "规则未发现不宜公开的内容,仅统计模型提示疑似不宜公开:请人工核实,核实前暂不发布;"
    "确属不宜公开的,按核实的理由注明公开属性;核实无误的,可主动公开"
)


def advice(file: FileReport) -> str | None:
    """One line of what to do, or None when the draft can be published as it is."""
    if file.attribute is None or file.attribute is Attribute.PROACTIVE:
        return None
    categories = {reason.category for reason in file.reasons}
    actionable = [f for f in file.findings if f.suppressed_by is None and f.severity is not Severity.LOW]
    if actionable and all(LEARNED_RULE.match(finding.rule) for finding in actionable):
        text = SUSPECTED
    elif file.attribute is Attribute.WITHHELD:
        marked = categories & {Category.STATE_SECRET, Category.WORK_SECRET}
        text = MARKED if marked else WITHHELD
    elif file.attribute is Attribute.ON_REQUEST:
        text = ON_REQUEST
    else:
        text = REDACTED
    return f"{text};{CONTRADICTION}" if file.contradicts_declaration else text
