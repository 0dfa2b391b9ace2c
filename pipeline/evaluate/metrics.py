"""Precision, recall, F1 and accuracies from the matchings (spec, section 6).

A ratio with an empty denominator is ``None`` (shown as "–"), never 0 or 1:
a type nobody predicted has no precision. F1 is ``2·matched / (gold + pred)``,
the harmonic mean of P and R where both exist, 0 when one of them is 0 or
undefined, and ``None`` only when there is neither gold nor prediction.

Example:
    >>> Counts(matched=3, gold=4, pred=6).f1
    0.6
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.evaluate.io import EventRow, MentionRow
from pipeline.evaluate.matching import (
    Matching,
    dyad_match,
    event_match,
    match_rows,
    normalise_action,
    same_date,
)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class Counts:
    """Matched, gold and predicted counts for one metric.

    Example:
        >>> Counts(1, 2, 0).precision is None, Counts(1, 2, 0).recall
        (True, 0.5)
    """

    matched: int
    gold: int
    pred: int

    @property
    def precision(self) -> float | None:
        """Matched over predicted."""
        return _ratio(self.matched, self.pred)

    @property
    def recall(self) -> float | None:
        """Matched over gold."""
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        """``2·matched / (gold + pred)``."""
        return _ratio(2 * self.matched, self.gold + self.pred)

    def as_dict(self) -> dict[str, float | int | None]:
        """Counts and ratios, for ``metrics.json``."""
        return {
            "matched": self.matched,
            "gold": self.gold,
            "pred": self.pred,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Ratio:
    """An accuracy: ``correct`` out of ``total``.

    Example:
        >>> Ratio(3, 4).value
        0.75
    """

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        """``correct / total``, or None when there is nothing to count."""
        return _ratio(self.correct, self.total)

    def as_dict(self) -> dict[str, float | int | None]:
        """Counts and value, for ``metrics.json``."""
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass(frozen=True)
class EventScores:
    """Every event-table metric of one system against the gold.

    Attributes:
        event: Event match counts, micro-averaged over documents.
        event_date: Event matches whose dates are equal.
        dyad: Dyad match counts (its own one-to-one matching).
        per_type: Event match counts per PLOVER type (gold or predicted).
        per_doc: ``{doc_id: {"event": …, "event_date": …, "dyad": …}}``.
        modality: Equal modality over event matches.
        action: Equal action over event matches (see :func:`normalise_action`).
    """

    event: Counts
    event_date: Counts
    dyad: Counts
    per_type: dict[str, Counts]
    per_doc: dict[str, dict[str, Counts]]
    modality: Ratio
    action: Ratio


@dataclass(frozen=True)
class EventOutcome:
    """Scores plus the matchings behind them (the error listing needs them)."""

    scores: EventScores
    events: Matching
    dyads: Matching
    gold: Sequence[EventRow] = field(repr=False)
    pred: Sequence[EventRow] = field(repr=False)


def _group_counts(
    keys_gold: Sequence[str], keys_pred: Sequence[str], matched: Sequence[str]
) -> dict[str, Counts]:
    gold, pred, hits = Counter(keys_gold), Counter(keys_pred), Counter(matched)
    return {key: Counts(hits[key], gold[key], pred[key]) for key in sorted(set(gold) | set(pred))}


def score_events(
    gold: Sequence[EventRow], pred: Sequence[EventRow], docs: Sequence[str]
) -> EventOutcome:
    """Match and score predicted event rows against gold rows.

    Both lists must already be restricted to the scored documents.

    Args:
        gold: Gold rows.
        pred: Predicted rows.
        docs: The scored documents (each gets a per-document line, even if empty).

    Example:
        >>> row = EventRow("d", "Japon", "JPN", "CONSULT", "", "Chine", "CHN", "", "asserted", "", 2)
        >>> score_events([row], [row], ["d"]).scores.event.f1
        1.0
    """
    events = match_rows(gold, pred, event_match)
    dyads = match_rows(gold, pred, dyad_match)
    dated = [(g, p) for g, p in events.pairs if same_date(gold[g], pred[p])]
    pairs = [(gold[g], pred[p]) for g, p in events.pairs]
    per_doc_sets = {
        "event": [gold[g].doc_id for g, _ in events.pairs],
        "event_date": [gold[g].doc_id for g, _ in dated],
        "dyad": [gold[g].doc_id for g, _ in dyads.pairs],
    }
    gold_docs = [row.doc_id for row in gold]
    pred_docs = [row.doc_id for row in pred]
    per_metric = {
        name: _group_counts(gold_docs, pred_docs, matched) for name, matched in per_doc_sets.items()
    }
    empty = Counts(0, 0, 0)
    scores = EventScores(
        event=Counts(len(events.pairs), len(gold), len(pred)),
        event_date=Counts(len(dated), len(gold), len(pred)),
        dyad=Counts(len(dyads.pairs), len(gold), len(pred)),
        per_type=_group_counts(
            [row.event_type for row in gold],
            [row.event_type for row in pred],
            [g.event_type for g, _ in pairs],
        ),
        per_doc={
            doc: {name: counts.get(doc, empty) for name, counts in per_metric.items()}
            for doc in docs
        },
        modality=Ratio(sum(g.modality == p.modality for g, p in pairs), len(pairs)),
        action=Ratio(
            sum(normalise_action(g.action) == normalise_action(p.action) for g, p in pairs),
            len(pairs),
        ),
    )
    return EventOutcome(scores, events, dyads, gold, pred)


@dataclass(frozen=True)
class TimexScores:
    """Date-mention scores (spec, section 6, "dates on their own").

    Attributes:
        gold: Hand-labelled mentions.
        found: Gold mentions overlapped by a predicted mention.
        value_right: Found mentions whose aligned predicted value is equal.
        predicted: Predicted mentions in the scored documents (for information).
    """

    gold: int
    found: int
    value_right: int
    predicted: int

    @property
    def mention_recall(self) -> float | None:
        """Found over gold."""
        return _ratio(self.found, self.gold)

    @property
    def value_accuracy_found(self) -> float | None:
        """Right values over found mentions (the normaliser's accuracy)."""
        return _ratio(self.value_right, self.found)

    @property
    def value_accuracy_all(self) -> float | None:
        """Right values over all gold mentions (a missed mention counts as wrong)."""
        return _ratio(self.value_right, self.gold)

    def as_dict(self) -> dict[str, float | int | None]:
        """Counts and ratios, for ``metrics.json``."""
        return {
            "gold": self.gold,
            "found": self.found,
            "value_right": self.value_right,
            "predicted": self.predicted,
            "mention_recall": self.mention_recall,
            "value_accuracy_found": self.value_accuracy_found,
            "value_accuracy_all": self.value_accuracy_all,
        }


def _overlap(gold: MentionRow, pred: MentionRow) -> int:
    return min(gold.end, pred.end) - max(gold.start, pred.start)


def align_mentions(
    gold: Sequence[MentionRow], pred: Sequence[MentionRow]
) -> list[MentionRow | None]:
    """For each gold mention, the predicted mention that finds it, or None.

    A predicted mention finds a gold one if it is in the same document and
    shares at least one character. Where several do, the one sharing the
    most characters is taken (then the earliest), and its value is the one
    judged. A predicted mention may find several gold ones (the spec asks
    for recall only, so no one-to-one constraint).

    Example:
        >>> g = MentionRow("d", 10, 20, "le 9 janvier", "XXXX-01-09", 2)
        >>> align_mentions([g], [MentionRow("d", 13, 30, "9 janvier 2003", "2003-01-09", 2)])[0].value
        '2003-01-09'
    """
    by_doc: dict[str, list[MentionRow]] = {}
    for mention in pred:
        by_doc.setdefault(mention.doc_id, []).append(mention)
    aligned: list[MentionRow | None] = []
    for mention in gold:
        overlapping = [p for p in by_doc.get(mention.doc_id, []) if _overlap(mention, p) > 0]
        overlapping.sort(key=lambda p: (-_overlap(mention, p), p.start, p.end))
        aligned.append(overlapping[0] if overlapping else None)
    return aligned


def score_mentions(
    gold: Sequence[MentionRow], pred: Sequence[MentionRow]
) -> tuple[TimexScores, list[MentionRow | None]]:
    """Mention recall and value accuracy, with each gold mention's aligned prediction.

    Example:
        >>> g = MentionRow("d", 0, 4, "2025", "2025", 2)
        >>> score_mentions([g], [g])[0].value_accuracy_all
        1.0
    """
    aligned = align_mentions(gold, pred)
    found = [(g, p) for g, p in zip(gold, aligned, strict=True) if p is not None]
    right = sum(g.value == p.value for g, p in found)
    return TimexScores(len(gold), len(found), right, len(pred)), aligned
