"""The judgement layer: content that carries no marking, judged from the document's genre, audience, state,
circulation and subject matter (the policy is data: ``rules/judgement/judgement.toml``)."""

from secreview.judge.judge import Judge, Judged
from secreview.judge.load import CompiledJudgement, load_judgement

__all__ = ["CompiledJudgement", "Judge", "Judged", "load_judgement"]
