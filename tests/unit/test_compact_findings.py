"""Findings built at the report boundary without validation are the validated ones: equal, the same JSON,
the same fields set, and copies that change one do not change the others."""

from __future__ import annotations

import pickle
from typing import Any

from secreview.models import Category, Finding, Severity, Suppression, rule_finding

VALUES: dict[str, Any] = {
    "rule": "PI001",
    "category": Category.ID_NUMBER,
    "severity": Severity.HIGH,
    "start": 3,
    "end": 21,
    "text": "43012319900101123X",
    "part": "table",
    "message": "身份证号",
    "replacement": "4301**********123X",
    "location": "B2",
    "line": 2,
    "column": 4,
}


def test_rule_finding_is_the_validated_finding() -> None:
    built, validated = rule_finding(**VALUES), Finding(**VALUES)
    assert built == validated
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump() == validated.model_dump()
    assert built.model_fields_set == validated.model_fields_set
    assert list(built.__dict__) == list(Finding.model_fields)
    assert pickle.loads(pickle.dumps(built)) == validated


def test_rule_finding_without_location_or_replacement() -> None:
    values = {**VALUES, "location": None, "replacement": None}
    assert rule_finding(**values).model_dump_json() == Finding(**values).model_dump_json()


def test_a_copy_with_changes_leaves_the_shared_fields_alone() -> None:
    first, second = rule_finding(**VALUES), rule_finding(**{**VALUES, "start": 30, "end": 48})
    marked = first.model_copy(update={"suppressed_by": Suppression.BASELINE})
    assert marked.suppressed_by is Suppression.BASELINE and "suppressed_by" in marked.model_fields_set
    assert "suppressed_by" not in second.model_fields_set
    assert (
        first.suppressed_by is None
        and second.model_dump_json() == Finding(**{**VALUES, "start": 30, "end": 48}).model_dump_json()
    )
