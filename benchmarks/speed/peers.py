"""Optional peers on the same text: JioNLP's extractors and Presidio with Chinese pattern recognizers.

Each peer is a callable over a text, or None with the reason it is missing; the suite goes on without it.
"""

from __future__ import annotations

from collections.abc import Callable

Peer = Callable[[str], int]


def jionlp_extractors() -> tuple[Peer | None, str]:
    try:
        import jionlp
    except Exception as error:  # jionlp prints and may fail in many ways on import
        return None, f"JioNLP not installed ({type(error).__name__}); pip install jionlp"

    def extract(text: str) -> int:
        ids = jionlp.extract_id_card(text)
        phones = jionlp.extract_phone_number(text)
        emails = jionlp.extract_email(text)
        return len(ids) + len(phones) + len(emails)

    return extract, "JioNLP extract_id_card + extract_phone_number + extract_email"


def presidio_patterns() -> tuple[Peer | None, str]:
    try:
        from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
    except Exception as error:
        return None, f"Presidio not installed ({type(error).__name__}); pip install presidio-analyzer"

    from secreview.validators import Verdict, cn_mobile, cn_plate, compact, gb11643, luhn

    def recognizer(
        entity: str, pattern: str, context: list[str], check: Callable[[str], bool] | None = None
    ) -> PatternRecognizer:
        """A pattern recognizer of ``entity`` whose ``validate_result`` is ``check`` (kept when None)."""

        class Validated(PatternRecognizer):  # type: ignore[misc]
            def validate_result(self, pattern_text: str) -> bool | None:
                return None if check is None else check(pattern_text)

        return Validated(
            supported_entity=entity,
            supported_language="zh",
            patterns=[Pattern(entity.lower(), pattern, 0.5)],
            context=context,
        )

    registry = RecognizerRegistry(supported_languages=["zh"])
    for added in (
        recognizer(
            "CN_RESIDENT_ID",
            r"(?<![0-9])[1-9]\d{16}[0-9Xx](?![0-9Xx])",
            ["身份证"],
            lambda text: gb11643(text) is Verdict.VALID,
        ),
        recognizer(
            "CN_MOBILE",
            r"(?<![0-9])1[3-9]\d{9}(?![0-9])",
            ["电话", "手机"],
            lambda text: cn_mobile(text) is Verdict.VALID,
        ),
        recognizer(
            "EMAIL_ADDRESS",
            r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,12}",
            ["邮箱", "电子邮件"],
        ),
        recognizer(
            "CN_BANK_CARD",
            r"(?<![0-9])(?:\d{16}|\d{19}|\d{4}(?:[ \-]\d{4}){3}(?:[ \-]\d{3})?)(?![0-9])",
            ["银行卡", "账号", "卡号"],
            lambda text: luhn(compact(text)),
        ),
        recognizer(
            "CN_VEHICLE_PLATE",
            r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}",
            ["车牌"],
            lambda text: cn_plate(text) is Verdict.VALID,
        ),
    ):
        registry.add_recognizer(added)
    try:
        try:
            nlp_engine = NoOpNlpEngine(models=[{"lang_code": "zh", "model_name": "no_op"}])
        except TypeError:  # releases before NoOpNlpEngine took its models
            nlp_engine = NoOpNlpEngine()
        engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["zh"])
    except Exception as error:
        return None, f"Presidio could not be set up ({type(error).__name__}: {error})"

    def analyze(text: str) -> int:
        return len(engine.analyze(text=text, language="zh"))

    return analyze, (
        "Presidio AnalyzerEngine, NoOpNlpEngine, pattern recognizers: resident ID (check digit), mobile, "
        "e-mail, bank card (Luhn), plate"
    )
