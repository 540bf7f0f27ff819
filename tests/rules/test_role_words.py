"""Role words are not names: every word of the role vocabulary, followed by an identifier or standing as a
cell, is never reported as a person's name (the whole vocabulary, not one word at a time)."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.recognizers.persons import role_words

CONTEXTS = (
    "{word}身份证号:430102199003071234",
    "{word}:430102199003071234,联系电话13812345678",
    "{word}公民身份号码430102199003071234",
    "{word} 13812345678",
    "经审核,{word}男,住某县某镇和平村3组12号。",
    "申请材料如下:\n{word}身份证复印件一份、户口簿复印件一份",
    "序号\t{word}\t身份证号码\n1\t{word}\t430102199003071234",
)


@pytest.mark.parametrize("context", CONTEXTS)
def test_no_role_word_is_reported_as_a_name(engine: Engine, context: str) -> None:
    reported = []
    for word in sorted(role_words()):
        text = context.format(word=word)
        for finding in engine.check_text(text).files[0].findings:
            if finding.category.value == "person_name" and word in finding.text:
                reported.append((word, finding.rule, finding.text))
    assert reported == []


def test_a_name_after_a_role_word_is_still_found(engine: Engine) -> None:
    findings = engine.check_text("申领人刘德伟,身份证号:430102199003071234").files[0].findings
    assert [f.text for f in findings if f.category.value == "person_name"] == ["刘德伟"]
