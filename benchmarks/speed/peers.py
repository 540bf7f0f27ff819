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

    from secreview.validators import Verdict, gb11643

    class ResidentIdRecognizer(PatternRecognizer):  # type: ignore[misc]
        def validate_result(self, pattern_text: str) -> bool:
            return gb11643(pattern_text) is Verdict.VALID

    registry = RecognizerRegistry(supported_languages=["zh"])
    registry.add_recognizer(
        ResidentIdRecognizer(
            supported_entity="CN_RESIDENT_ID",
            supported_language="zh",
            patterns=[Pattern("cn-id", r"(?<![0-9])[1-9]\d{16}[0-9Xx](?![0-9Xx])", 0.5)],
            context=["身份证"],
        )
    )
    registry.add_recognizer(
        PatternRecognizer(
            supported_entity="CN_MOBILE",
            supported_language="zh",
            patterns=[Pattern("cn-mobile", r"(?<![0-9])1[3-9]\d{9}(?![0-9])", 0.5)],
            context=["电话", "手机"],
        )
    )
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

    return analyze, "Presidio AnalyzerEngine, NoOpNlpEngine, ID (check digit) + mobile pattern recognizers"
