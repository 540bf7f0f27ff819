"""Validators: pure functions from the matched characters to a verdict, looked up by name from rule packs."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from enum import Enum
from functools import cache
from operator import mul
from pathlib import Path

from secreview.build_cache import compile_regex
from secreview.resources import builtin_rules_dir


class Verdict(Enum):
    VALID = "valid"
    INVALID = "invalid"


Validator = Callable[[str], Verdict]

_SEPARATORS = compile_regex(r"[\s\-·•]")
REGION_CODES_FILE = "data/cn_region_codes.txt"

# First two digits of GB/T 2260 administrative division codes: provinces, 71 Taiwan, 81/82 Hong Kong and
# Macau, and 83 for Taiwan residents' residence permits.
_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
_MAINLAND_PROVINCES = _PROVINCES - {71, 81, 82, 83}
_RESIDENCE_PERMIT_REGIONS = frozenset({"810000", "820000", "830000"})
_GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB11643_CHECK = "10X98765432"

# GB 32100: the 31 characters of the code and the weights 3^(i-1) mod 31 of the first 17 positions.
_GB32100_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_GB32100_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_GB32100_VALUES = {char: value for value, char in enumerate(_GB32100_CHARS)}
_GB32100_CHARSET = frozenset(_GB32100_CHARS)
_GB32100_ZERO_SUM = ord("0") * sum(_GB32100_WEIGHTS)
# First character: the registering authority (1 机构编制, 5 民政, 9 工商/市场监管, Y 其他 …).
_GB32100_AUTHORITIES = frozenset("123456789ANY")

# Prefixes of allocated mobile numbers, generated from phonenumbers' metadata by
# scripts/generate_mobile_prefixes.py (a test compares the two).
MOBILE_PREFIXES_FILE = "data/cn_mobile_prefixes.txt"
FREE_MAIL_FILE = "data/free_mail_domains.txt"

# Card-issuer prefixes (BIN) of cards seen in China: UnionPay 62, old domestic 9x, Visa 4, Mastercard 51-55,
# 2221-2720, JCB 35, American Express 34/37, Discover/UnionPay co-brand 60/65.
_CARD_LENGTHS = frozenset({16, 19})
_CARD_PREFIXES = compile_regex(r"^(?:62|9\d|4|5[1-5]|2[2-7]|3[457]|60|65)")

_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_NEV_SMALL = compile_regex(rf"^[{_PLATE_LETTERS}][DFABCEGHJK][{_PLATE_LETTERS}0-9]\d{{4}}$")
_NEV_LARGE = compile_regex(rf"^[{_PLATE_LETTERS}]\d{{5}}[DFABCEGHJK]$")
_ORDINARY_PLATE = compile_regex(
    rf"^[{_PLATE_LETTERS}][{_PLATE_LETTERS}0-9]{{4}}[{_PLATE_LETTERS}0-9挂学警港澳]$"
)

# Role mailboxes of offices: 政务公开, 信息公开, 办公室 … (local part before any digits or separators).
_ROLE_MAILBOXES = frozenset(
    {"zwgk", "xxgk", "bgs", "bgt", "office", "admin", "info", "service", "services", "contact", "webmaster"}
    | {"postmaster", "help", "support", "xinfang", "xf", "jubao", "jb", "tousu", "ts", "zxts", "zfxxgk"}
    | {"gkb", "gongkai", "zwfw", "rsc", "rsk", "zzb", "jwjc", "dzb", "news", "press", "hr", "job", "jobs"}
    | {"tougao", "tg", "zixun", "mail", "email", "12345", "zfb", "fzb", "fgw", "noreply", "no-reply"}
)
_ROLE_MAILBOX_STEM = compile_regex(r"^([a-z\-]+?)[\d_.\-]*$")
# Government mail domains; a university's or a company's domain can be a person's own mailbox.
_PUBLIC_MAIL_DOMAINS = compile_regex(r"(?:^|\.)(?:gov\.cn|gov|mil\.cn)$")


def compact(matched: str) -> str:
    """The characters of an identifier without spaces, hyphens and middle dots, upper-cased."""
    if matched.isalnum():  # no separator can be in it
        return matched.upper()
    return _SEPARATORS.sub("", matched).upper()


def gb11643_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a citizen identity number."""
    if len(first17) != len(_GB11643_WEIGHTS):
        raise ValueError(f"17 characters expected, got {len(first17)}")
    if first17.isascii() and first17.isdigit():
        # The usual case. The weights are 2 ** (18 - position) mod 11 and 13 is 2 mod 11, so the weighted sum
        # is, mod 11, twice the digits read in base 13: one int() instead of 17 products.
        total = 2 * int(first17, 13)
    else:
        total = sum(map(mul, map(int, first17), _GB11643_WEIGHTS))
    return _GB11643_CHECK[total % 11]


def _builtin_data(relative: str) -> Path:
    return builtin_rules_dir() / relative


@cache
def region_codes() -> frozenset[str]:
    """Every six-digit GB/T 2260 code known in any period since 1983 (``rules/data/cn_region_codes.txt``)."""
    codes: set[str] = set()
    for line in _builtin_data(REGION_CODES_FILE).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        prefecture, *counties = line.split()
        codes.update(prefecture + county for county in counties)
    return frozenset(codes)


@cache
def mobile_prefixes() -> tuple[frozenset[str], tuple[int, ...]]:
    """The allocated prefixes of mainland mobile numbers (``rules/data/cn_mobile_prefixes.txt``) and the
    lengths they come in."""
    lines = _builtin_data(MOBILE_PREFIXES_FILE).read_text(encoding="utf-8").splitlines()
    prefixes = frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return prefixes, tuple(sorted({len(prefix) for prefix in prefixes}))


@cache
def free_mail_domains() -> frozenset[str]:
    """Domains of free mail services (``rules/data/free_mail_domains.txt``)."""
    lines = _builtin_data(FREE_MAIL_FILE).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def _free_mail(domain: str) -> bool:
    """Whether ``domain`` (lower case) or a domain it is under is a free mail service."""
    domains = free_mail_domains()
    parts = domain.split(".")
    return any(".".join(parts[index:]) in domains for index in range(len(parts) - 1))


@cache
def _prefectures() -> frozenset[str]:
    return frozenset(code[:4] for code in region_codes())


def known_region(code: str) -> bool:
    """A six-digit address code of a real region: listed, or (codes retired before 1983, such as 340524 of
    the standard's own example, are not in the table) a known province and prefecture."""
    if code in region_codes():
        return True
    return int(code[:2]) in _MAINLAND_PROVINCES and code[:4] in _prefectures()


_EARLIEST_BIRTH = datetime.date(1880, 1, 1)
# A day no later than any today to come: a birth date up to it is not in the future, without asking the
# clock (date.today() for each of the tens of thousands of numbers of a list: a few per cent of its check).
_A_PAST_DAY = datetime.date.today()


# The answers for dates that no day to come can change (not a date, too early, up to _A_PAST_DAY), by the
# eight digits: a list's birth dates repeat (some 36,500 days in a century), a date's parse does not.
_SETTLED_BIRTH_DATES: dict[str, bool] = {}
_SETTLED_BIRTH_DATES_HELD = 1 << 15  # at most about 3 MB


def _valid_birth_date(digits: str, today: datetime.date | None = None) -> bool:
    if today is None:
        settled = _SETTLED_BIRTH_DATES.get(digits)
        if settled is not None:
            return settled
    try:
        born = datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        born = None
    if born is None or born < _EARLIEST_BIRTH or (today is None and born <= _A_PAST_DAY):
        valid = born is not None and born >= _EARLIEST_BIRTH
        if len(_SETTLED_BIRTH_DATES) < _SETTLED_BIRTH_DATES_HELD:
            _SETTLED_BIRTH_DATES[digits] = valid
        return valid
    return born <= (today or datetime.date.today())


def _mod11_2_number(number: str) -> bool:
    """18 characters: 17 digits, a real birth date in positions 7-14 and the MOD 11-2 check character."""
    return (
        len(number) == 18
        and number[:17].isdigit()
        and _valid_birth_date(number[6:14])
        and gb11643_check_char(number[:17]) == number[17]
    )


def gb11643(matched: str) -> Verdict:
    """居民身份证号码 (GB 11643): a real region code, a real birth date not in the future, check character."""
    number = compact(matched)
    if not _mod11_2_number(number) or number[:6] in _RESIDENCE_PERMIT_REGIONS:
        return Verdict.INVALID
    return Verdict.VALID if known_region(number[:6]) else Verdict.INVALID


def gb11643_15(matched: str) -> Verdict:
    """Legacy 15-digit 居民身份证号码 (GB 11643-1989): region code, a real 19YYMMDD birth date, no check."""
    number = compact(matched)
    if len(number) != 15 or not number.isdigit() or not known_region(number[:6]):
        return Verdict.INVALID
    return Verdict.VALID if _valid_birth_date("19" + number[6:12]) else Verdict.INVALID


def residence_permit(matched: str) -> Verdict:
    """港澳台居民居住证号码: address code 810000/820000/830000, then like a citizen number (MOD 11-2)."""
    number = compact(matched)
    return (
        Verdict.VALID
        if number[:6] in _RESIDENCE_PERMIT_REGIONS and _mod11_2_number(number)
        else Verdict.INVALID
    )


def foreign_permanent_residence(matched: str) -> Verdict:
    """外国人永久居留身份证 (2023): 9, issuing province, nationality, birth date, sequence, MOD 11-2."""
    number = compact(matched)
    if not _mod11_2_number(number) or number[0] != "9":
        return Verdict.INVALID
    if int(number[1:3]) not in _MAINLAND_PROVINCES or number[3:6] == "000":
        return Verdict.INVALID
    return Verdict.VALID


def luhn(digits: str) -> bool:
    """The Luhn (mod 10) check of a card number."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _identity_shaped(number: str) -> bool:
    """18 characters with a real region code (or, leading 9, a foreigner's issuing province) and birth date:
    an identity number, even with a wrong check character. Why this is no pattern of the PI pack's, and what
    the identity-number readings that take those patterns ask besides: ``recognizers/pack_patterns.py``."""
    if len(number) != 18 or not number[:17].isdigit() or not _valid_birth_date(number[6:14]):
        return False
    return known_region(number[:6]) or (number[0] == "9" and int(number[1:3]) in _MAINLAND_PROVINCES)


def identity_shaped(matched: str) -> bool:
    """Whether ``matched`` (separators allowed) is shaped like an identity number, its check character
    unchecked (``_identity_shaped``)."""
    return _identity_shaped(compact(matched))


def bank_card(matched: str) -> Verdict:
    """Bank card number: 16 (credit) or 19 (debit) digits, a card-issuer prefix and the Luhn check digit;
    never an identity number (mistyped or not) that happens to pass Luhn. The rarer 17- and 18-digit cards
    are left to the account rule, which needs a context word."""
    digits = compact(matched)
    if not digits.isdigit() or len(digits) not in _CARD_LENGTHS or _CARD_PREFIXES.match(digits) is None:
        return Verdict.INVALID
    if _identity_shaped(digits) or not luhn(digits):
        return Verdict.INVALID
    return Verdict.VALID


def account_number(matched: str) -> Verdict:
    """Bank account number named by context: 10-25 digits that are not an identity number, a mobile
    number, a date or one repeated digit."""
    digits = compact(matched)
    if not digits.isdigit() or not 10 <= len(digits) <= 25 or len(set(digits)) == 1:
        return Verdict.INVALID
    if _identity_shaped(digits) or cn_mobile(digits) is Verdict.VALID:
        return Verdict.INVALID
    return Verdict.VALID


def gb32100(matched: str) -> Verdict:
    """统一社会信用代码 (GB 32100): charset, registering authority, region code shape and the mod-31 check.
    An all-digit code shaped like a citizen number (real region and birth date) is ambiguous and left to
    the identity rules: one mistyped identity number in 31 passes the mod-31 check by chance."""
    code = compact(matched)
    if len(code) != 18 or not _GB32100_CHARSET.issuperset(code):
        return Verdict.INVALID
    if code[0] not in _GB32100_AUTHORITIES or not code[2:8].isdigit():
        return Verdict.INVALID
    if _identity_shaped(code):  # told before the check (a list's identity numbers: every one of them)
        return Verdict.INVALID
    if code[:17].isdigit():  # ASCII (the charset): a digit's value is its byte minus 48
        total = sum(map(mul, code[:17].encode("ascii"), _GB32100_WEIGHTS)) - _GB32100_ZERO_SUM
    else:
        total = sum(map(mul, map(_GB32100_VALUES.__getitem__, code[:17]), _GB32100_WEIGHTS))
    return Verdict.VALID if _GB32100_CHARS[(31 - total % 31) % 31] == code[17] else Verdict.INVALID


def not_citizen_id(matched: str) -> Verdict:
    """Anything but a citizen identity number (real region and birth date, check character right or not):
    lets an organisation-code rule claim a token that its context names, without hiding a person's number
    written next to it."""
    return Verdict.INVALID if _identity_shaped(compact(matched)) else Verdict.VALID


def not_date(matched: str) -> Verdict:
    """A short number that is not a calendar date written as YYYYMMDD (有效期至 20300101)."""
    digits = compact(matched)
    if len(digits) == 8 and digits.isdigit() and digits[:2] in {"19", "20"}:
        try:
            datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
        except ValueError:
            return Verdict.VALID
        return Verdict.INVALID
    return Verdict.VALID


def mobile_digits(matched: str) -> str | None:
    """The 11 digits of a mainland mobile number written with or without +86/0086, else None."""
    digits = matched if matched.isdigit() else "".join(ch for ch in matched if ch.isdigit())
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    elif len(digits) == 15 and digits.startswith("0086"):
        digits = digits[4:]
    return digits if len(digits) == 11 else None


def cn_mobile(matched: str) -> Verdict:
    """Mainland mobile number (optionally +86/0086) in an allocated range of the numbering plan."""
    digits = mobile_digits(matched)
    if digits is None:
        return Verdict.INVALID
    prefixes, lengths = mobile_prefixes()
    for length in lengths:  # a loop, not any() of a generator: a list's mobiles each ask it
        if digits[:length] in prefixes:
            return Verdict.VALID
    return Verdict.INVALID


_EXTENSION = compile_regex(r"(?:-|转|分机)\d{1,6}$")


def _landline_number(number: str) -> bool:
    if len(number) < 10 or not number.startswith("0"):
        return False
    if number[1] == "1" and not number.startswith("010"):
        return False
    area_length, lengths = (3, {8}) if number[1] in "12" else (4, {7, 8})
    local = number[area_length:]
    return len(local) in lengths and local[0] not in "01"


def cn_landline(matched: str) -> Verdict:
    """Mainland landline: 010 or 02x with an 8-digit number, 0[3-9]xx with 7 or 8 digits, and an optional
    extension (-123, 转123)."""
    for candidate in (matched, _EXTENSION.sub("", matched.replace(" ", ""))):
        if _landline_number("".join(ch for ch in candidate if ch.isdigit())):
            return Verdict.VALID
    return Verdict.INVALID


def cn_plate(matched: str) -> Verdict:
    """Motor-vehicle plate (GA 36): province, issuing letter, then an ordinary 5-character or a new-energy
    6-character serial; ordinary serials have at most three letters."""
    plate = compact(matched)
    if len(plate) < 7 or plate[0] not in _PLATE_PROVINCES:
        return Verdict.INVALID
    body = plate[1:]
    if len(body) == 7:
        return Verdict.VALID if _NEV_SMALL.match(body) or _NEV_LARGE.match(body) else Verdict.INVALID
    if len(body) != 6 or _ORDINARY_PLATE.match(body) is None:
        return Verdict.INVALID
    letters = sum(char in _PLATE_LETTERS for char in body[1:])
    return Verdict.VALID if letters <= 3 else Verdict.INVALID


def _mailbox(matched: str) -> tuple[str, str] | None:
    """(local part, domain) of an address that is not a government one nor a role mailbox (zwgk@, xxgk@)."""
    local, _, domain = matched.lower().rpartition("@")
    if not local or _PUBLIC_MAIL_DOMAINS.search(domain):
        return None
    stem = _ROLE_MAILBOX_STEM.match(local)
    if local in _ROLE_MAILBOXES or (stem is not None and stem.group(1) in _ROLE_MAILBOXES):
        return None
    return local, domain


def personal_email(matched: str) -> Verdict:
    """An e-mail address that may be a person's own: at a free mail service, and not a role mailbox such
    as zwgk@ or xxgk@. An address on an organisation's own domain is the organisation's."""
    mailbox = _mailbox(matched)
    return Verdict.VALID if mailbox is not None and _free_mail(mailbox[1]) else Verdict.INVALID


def organisation_email(matched: str) -> Verdict:
    """A personal-looking address on an organisation's own domain (not free mail, not government, not a
    role mailbox): a person's work address where the context shows a person."""
    mailbox = _mailbox(matched)
    return Verdict.VALID if mailbox is not None and not _free_mail(mailbox[1]) else Verdict.INVALID


# Digits a reader still reads in a number written out: Chinese numerals (幺 for one, as a number is read
# aloud), an ID number's check character; every other character of a spelled match is a separator.
_SPELLED_DIGITS = str.maketrans("〇零一幺二三四五六七八九x", "001123456789X")
_NOT_DIGIT = compile_regex(r"[^0-9X]")


def spelled(matched: str) -> str:
    """The digits (and an ID number's X) of an identifier however it is written: Chinese numerals as
    digits, separators and the letters it is glued to left out."""
    return _NOT_DIGIT.sub("", matched.translate(_SPELLED_DIGITS))


def spelled_citizen_id(matched: str) -> Verdict:
    return gb11643(spelled(matched))


def spelled_mobile(matched: str) -> Verdict:
    return cn_mobile(spelled(matched))


def spelled_landline(matched: str) -> Verdict:
    digits = spelled(matched)
    return Verdict.VALID if _landline_number(digits) else Verdict.INVALID


def spelled_bank_card(matched: str) -> Verdict:
    return bank_card(spelled(matched))


_SPELLED_AT = compile_regex(r"(?i) ?[(\[【<] ?(?:at|艾特) ?[)\]】>] ?| at | ?# ?| ?@ ?")
_SPELLED_DOT = compile_regex(r"(?i) ?[(\[【<] ?(?:dot|点) ?[)\]】>] ?| dot |。")


def _respelled_email(matched: str) -> str:
    """The address a spelled one writes: (at), #, a spaced @ as @, (dot), 。 as a dot, a line break inside
    it (a wrapped line) left out."""
    return "".join(_SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", matched, count=1)).split())


def spelled_email(matched: str) -> Verdict:
    """A free mail address written for a person to retype: (at), #, a spaced @, (dot), 。, or broken over a
    line."""
    return personal_email(_respelled_email(matched))


def spelled_organisation_email(matched: str) -> Verdict:
    """``organisation_email`` of an address however it is spelled (PI107 reads a private party's address
    on its own domain written as PI111 reads a free mail one)."""
    return organisation_email(_respelled_email(matched))


REGISTRY: dict[str, Validator] = {
    "gb11643": gb11643,
    "gb11643_15": gb11643_15,
    "residence_permit": residence_permit,
    "foreign_permanent_residence": foreign_permanent_residence,
    "bank_card": bank_card,
    "account_number": account_number,
    "gb32100": gb32100,
    "not_citizen_id": not_citizen_id,
    "not_date": not_date,
    "cn_mobile": cn_mobile,
    "cn_landline": cn_landline,
    "cn_plate": cn_plate,
    "personal_email": personal_email,
    "organisation_email": organisation_email,
    "spelled_citizen_id": spelled_citizen_id,
    "spelled_mobile": spelled_mobile,
    "spelled_landline": spelled_landline,
    "spelled_bank_card": spelled_bank_card,
    "spelled_email": spelled_email,
    "spelled_organisation_email": spelled_organisation_email,
}


_STATED_DATE = compile_regex(r"(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})")


def secrecy_term_expired(matched: str, today: datetime.date | None = None) -> Verdict:
    """A 密级★解密时间 mark whose stated date has passed: VALID (report it) only when the term has expired."""
    stated = _STATED_DATE.findall(matched)
    if not stated:
        return Verdict.INVALID
    year, month, day = (int(part) for part in stated[-1])
    try:
        ends = datetime.date(year, month, day)
    except ValueError:
        return Verdict.INVALID
    return Verdict.VALID if ends < (today or datetime.date.today()) else Verdict.INVALID


REGISTRY["secrecy_term_expired"] = secrecy_term_expired
