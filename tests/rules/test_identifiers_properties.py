"""Properties: a valid identifier embedded anywhere in Chinese text, in any written form, is found with its
exact offsets and masked; public numbers (USCC, masked values, 文号, dates) never are."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secreview import Engine
from secreview.models import Finding, Severity
from tests.testing import identifiers as gen

ENGINE = Engine()
IDENTIFIER_CATEGORIES = {"id_number", "phone", "bank_account", "email", "vehicle_plate"}
PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

# Neutral Chinese filler: no digits or Latin letters next to the identifier, no words that mark a number
# as an office's (those are tested with examples).
FILLER = st.lists(
    st.sampled_from(
        [
            "经审核",
            "现予公示",
            "。",
            ",",
            "本人",
            "申请材料齐全",
            "\n",
            " ",
            "\t",
            "(",
            ")",
            ":",
            "、",
            "符合条件",
            "户主",
        ]
    ),
    max_size=6,
).map("".join)
SEPARATORS = st.sampled_from(["", " ", "-", "\u3000"])
WIDTHS = st.booleans()


def loud(text: str) -> list[Finding]:
    return [
        finding
        for finding in ENGINE.review_text(text).findings
        if finding.severity is not Severity.LOW and finding.category.value in IDENTIFIER_CATEGORIES
    ]


def embedded(prefix: str, written: str, suffix: str, category: str) -> Finding:
    text = prefix + written + suffix
    found = [finding for finding in loud(text) if finding.category.value == category]
    assert [(f.start, f.end) for f in found] == [(len(prefix), len(prefix) + len(written))], (text, found)
    assert found[0].text == written
    return found[0]


def widen(text: str, full: bool) -> str:
    return gen.full_width(text) if full else text


@PROPERTY_SETTINGS
@given(
    st.randoms(use_true_random=False),
    FILLER,
    FILLER,
    SEPARATORS,
    st.sampled_from([(6, 8), (6, 4, 4)]),
    WIDTHS,
    st.booleans(),
)
def test_a_valid_citizen_number_is_found_exactly(
    rng: random.Random,
    prefix: str,
    suffix: str,
    separator: str,
    groups: tuple[int, ...],
    full: bool,
    lower: bool,
) -> None:
    number = gen.resident_id(rng)
    if lower:
        number = number.lower()
    written = widen(gen.group(number, groups, separator), full)
    finding = embedded(prefix, written, suffix, "id_number")
    assert finding.severity is Severity.HIGH
    kept = [char for char in finding.replacement or "" if char.isalnum()]
    assert "".join(kept) == widen(number[:6] + number[-4:], full)


@PROPERTY_SETTINGS
@given(st.randoms(use_true_random=False), FILLER, FILLER)
def test_a_mistyped_citizen_number_is_medium_beside_its_label_and_silent_without(
    rng: random.Random, prefix: str, suffix: str
) -> None:
    number = gen.wrong_check(gen.resident_id(rng))
    finding = embedded(prefix + "身份证号:", number, suffix, "id_number")
    assert finding.severity is Severity.MEDIUM
    assert [f for f in loud(prefix + number + suffix) if f.category.value == "id_number"] == []


@PROPERTY_SETTINGS
@given(
    st.randoms(use_true_random=False), FILLER, FILLER, st.sampled_from(["", " ", "-"]), WIDTHS, st.booleans()
)
def test_a_valid_mobile_is_found_exactly(
    rng: random.Random, prefix: str, suffix: str, separator: str, full: bool, international: bool
) -> None:
    number = gen.mobile(rng)
    written = widen(("+86 " if international else "") + gen.group(number, (3, 4), separator), full)
    finding = embedded(prefix, written, suffix, "phone")
    kept = "".join(char for char in finding.replacement or "" if char.isalnum())
    assert kept.endswith(widen(number[-4:], full))


@PROPERTY_SETTINGS
@given(st.randoms(use_true_random=False), FILLER, FILLER, st.sampled_from(["", " ", "-"]), WIDTHS)
def test_a_valid_bank_card_is_found_exactly(
    rng: random.Random, prefix: str, suffix: str, separator: str, full: bool
) -> None:
    number = gen.bank_card(rng)
    written = widen(gen.group(number, (4, 4, 4, 4), separator), full)
    finding = embedded(prefix, written, suffix, "bank_account")
    assert [char for char in finding.replacement or "" if char.isalnum()] == list(widen(number[-4:], full))


@PROPERTY_SETTINGS
@given(st.randoms(use_true_random=False), FILLER, FILLER, st.sampled_from(["", "·", " "]))
def test_a_valid_plate_beside_a_vehicle_word_is_found_exactly(
    rng: random.Random, prefix: str, suffix: str, separator: str
) -> None:
    plate = gen.plate(rng)
    written = plate[:2] + separator + plate[2:]
    finding = embedded(prefix + "驾驶", written, "号车辆" + suffix, "vehicle_plate")
    assert (finding.replacement or "")[:2] == plate[:2]
    assert set((finding.replacement or "")[2:]) <= {"*", separator}


@PROPERTY_SETTINGS
@given(st.randoms(use_true_random=False), FILLER, FILLER)
def test_other_identity_documents_beside_their_names_are_found_exactly(
    rng: random.Random, prefix: str, suffix: str
) -> None:
    for label, number in (
        ("护照号码:", gen.passport(rng)),
        ("港澳居民来往内地通行证:", gen.hk_mo_permit(rng)),
        ("台胞证号码:", gen.taiwan_permit(rng)),
        ("外国人永久居留身份证:", gen.foreign_permanent_residence(rng)),
        ("居住证号码:", gen.residence_permit(rng)),
        ("身份证号:", gen.legacy_id(rng)),
    ):
        embedded(prefix + label, number, suffix, "id_number")


@PROPERTY_SETTINGS
@given(st.randoms(use_true_random=False), FILLER, FILLER, st.booleans())
def test_a_valid_uscc_is_never_personal(
    rng: random.Random, prefix: str, suffix: str, digits_only: bool
) -> None:
    assert loud(prefix + gen.uscc(rng, digits_only) + suffix) == []


@PROPERTY_SETTINGS
@given(st.randoms(use_true_random=False), FILLER, FILLER)
def test_masked_values_are_never_findings(rng: random.Random, prefix: str, suffix: str) -> None:
    text = (
        f"{prefix}身份证号:{gen.masked(gen.resident_id(rng), 6, 4)},手机:{gen.masked(gen.mobile(rng), 3, 4)},"
        f"卡号:{gen.masked(gen.bank_card(rng), 0, 4)},车牌:{gen.masked(gen.plate(rng), 2, 0)}{suffix}"
    )
    assert loud(text) == []


@PROPERTY_SETTINGS
@given(
    FILLER,
    FILLER,
    st.sampled_from(["湘政办发", "长政函", "岳环罚决字", "国办发", "某人社发"]),
    st.integers(1990, 2030),
    st.integers(1, 99999),
    st.sampled_from(["〔{}〕{}号", "[{}]{}号", "({}){}号", "〔{}〕第{}号"]),
)
def test_document_numbers_are_never_findings(
    prefix: str, suffix: str, code: str, year: int, serial: int, shape: str
) -> None:
    assert loud(prefix + code + shape.format(year, serial) + suffix) == []


@PROPERTY_SETTINGS
@given(
    FILLER,
    FILLER,
    st.dates(),
    st.sampled_from(["%Y%m%d", "%Y-%m-%d", "%Y年%m月%d日", "%Y.%m.%d", "%Y/%m/%d"]),
)
def test_dates_are_never_findings(prefix: str, suffix: str, day: object, shape: str) -> None:
    import datetime

    assert isinstance(day, datetime.date)
    assert loud(prefix + "身份证有效期 " + day.strftime(shape) + suffix) == []


@PROPERTY_SETTINGS
@given(
    st.randoms(use_true_random=False), FILLER, FILLER, st.sampled_from(["住宅电话:", "家庭电话 ", "座机:"])
)
def test_a_private_landline_beside_its_label_is_found_exactly(
    rng: random.Random, prefix: str, suffix: str, label: str
) -> None:
    embedded(prefix + label, gen.landline(rng), suffix, "phone")


@PROPERTY_SETTINGS
@given(
    st.randoms(use_true_random=False),
    FILLER,
    FILLER,
    st.sampled_from(["zwgk", "xxgk", "bgs", "xxgk3"]),
    st.sampled_from(["hunan.gov.cn", "163.com", "qq.com"]),
)
def test_personal_mailboxes_are_found_and_office_mailboxes_are_not(
    rng: random.Random, prefix: str, suffix: str, role: str, domain: str
) -> None:
    embedded(prefix + "邮箱:", gen.personal_email(rng), suffix, "email")
    assert loud(prefix + f"邮箱:{role}@{domain}" + suffix) == []
    assert loud(prefix + f"邮箱:{gen.personal_email(rng).split('@')[0]}@changsha.gov.cn" + suffix) == []
