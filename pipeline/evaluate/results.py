"""The scores of one system (pipeline, baseline, second annotator) as plain data.

Example:
    >>> from pipeline.evaluate.metrics import score_events
    >>> result = SystemResult("pipeline", score_events([], [], []), None)
    >>> result.as_dict()["event"]["f1"] is None
    True
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.evaluate.metrics import EventOutcome, TimexScores


@dataclass(frozen=True)
class SystemResult:
    """One scored system.

    Attributes:
        name: ``"pipeline"``, ``"baseline"``…
        outcome: Event scores and the matchings behind them.
        timex: Date-mention scores, or None when either side has no mention file.
    """

    name: str
    outcome: EventOutcome
    timex: TimexScores | None

    def as_dict(self) -> dict[str, object]:
        """Every metric of this system, for ``metrics.json``."""
        scores = self.outcome.scores
        return {
            "event": scores.event.as_dict(),
            "event_date": scores.event_date.as_dict(),
            "dyad": scores.dyad.as_dict(),
            "modality_accuracy": scores.modality.as_dict(),
            "action_accuracy": scores.action.as_dict(),
            "per_type": {name: counts.as_dict() for name, counts in scores.per_type.items()},
            "per_doc": {
                doc: {name: counts.as_dict() for name, counts in metrics.items()}
                for doc, metrics in scores.per_doc.items()
            },
            "date_mentions": self.timex.as_dict() if self.timex else None,
        }
