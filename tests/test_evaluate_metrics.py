"""Scores from matchings (pipeline.evaluate.metrics)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from pipeline.evaluate.io import EventRow, MentionRow
from pipeline.evaluate.metrics import Counts, align_mentions, score_events, score_mentions

BASE = EventRow("d1", "Japon", "JPN", "CONSULT", "rencontrer", "X", "CHN", "", "asserted", "", 2)


def row(**changes: Any) -> EventRow:
    """:data:`BASE` with the fields a test cares about changed."""
    return replace(BASE, **changes)


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (Counts(3, 4, 6), 0.5, 0.75, 0.6),
        (Counts(0, 2, 0), None, 0.0, 0.0),
        (Counts(0, 0, 2), 0.0, None, 0.0),
        (Counts(0, 0, 0), None, None, None),
    ],
)
def test_counts_ratios_are_none_when_undefined(
    counts: Counts, precision: float | None, recall: float | None, f1: float | None
) -> None:
    assert (counts.precision, counts.recall, counts.f1) == (precision, recall, f1)


def test_score_events_counts_event_date_and_dyad() -> None:
    gold = [
        row(date="2025-01"),
        row(event_type="ACCUSE", partner_code="KAZ"),
        row(event_type="AID", partner_code="RUS"),
    ]
    pred = [
        row(date="2025-02"),
        row(event_type="SUPPORT", partner_code="KAZ"),
        row(event_type="AID", partner_code="PRK"),
    ]
    scores = score_events(gold, pred, ["d1"]).scores
    assert (scores.event.matched, scores.event_date.matched, scores.dyad.matched) == (1, 0, 2)
    assert scores.event.gold == scores.event.pred == 3


def test_event_date_comes_from_the_event_matching() -> None:
    # One prediction, two same-event gold rows: the matching takes the
    # same-date gold row, so the event+date match counts 1, not 0.
    gold = [row(date="2025-01"), row(date="2025-02")]
    scores = score_events(gold, [row(date="2025-02")], ["d1"]).scores
    assert (scores.event.matched, scores.event_date.matched) == (1, 1)


def test_score_events_per_type_and_per_document() -> None:
    gold = [row(), row(event_type="ACCUSE", doc_id="d2")]
    pred = [row(), row(event_type="SANCTION", doc_id="d2")]
    scores = score_events(gold, pred, ["d1", "d2", "d3"]).scores
    assert scores.per_type["CONSULT"] == Counts(1, 1, 1)
    assert scores.per_type["ACCUSE"] == Counts(0, 1, 0)
    assert scores.per_type["SANCTION"] == Counts(0, 0, 1)
    assert scores.per_doc["d2"]["event"] == Counts(0, 1, 1)
    assert scores.per_doc["d2"]["dyad"] == Counts(1, 1, 1)
    assert scores.per_doc["d3"]["event"] == Counts(0, 0, 0)


@pytest.mark.parametrize(
    ("pred", "modality", "action"),
    [
        (row(), 1, 1),
        (row(modality="planned"), 0, 1),
        (row(action="Rencontrer "), 1, 1),
        (row(action="visiter"), 1, 0),
    ],
)
def test_modality_and_action_accuracy_on_event_matches(
    pred: EventRow, modality: int, action: int
) -> None:
    scores = score_events([row(), row(event_type="AID")], [pred], ["d1"]).scores
    assert (scores.modality.correct, scores.action.correct) == (modality, action)
    assert scores.modality.total == scores.action.total == 1


def test_equally_good_matchings_are_broken_by_modality_then_action() -> None:
    gold = [row(modality="planned", action="visiter"), row(), row(action="visiter")]
    scores = score_events(gold, [row()], ["d1"]).scores
    assert (scores.modality.correct, scores.action.correct) == (1, 1)


def mention(start: int, end: int, value: str = "2025-12", doc_id: str = "d1") -> MentionRow:
    """A date mention at [start, end)."""
    return MentionRow(doc_id, start, end, "…", value, 2)


@pytest.mark.parametrize(
    ("pred", "found"),
    [
        (mention(10, 20), True),
        (mention(19, 25), True),
        (mention(0, 11), True),
        (mention(12, 14), True),
        (mention(20, 25), False),
        (mention(0, 10), False),
        (mention(10, 20, doc_id="d2"), False),
    ],
)
def test_a_gold_mention_is_found_by_any_overlap(pred: MentionRow, found: bool) -> None:
    assert (align_mentions([mention(10, 20)], [pred])[0] is not None) is found


def test_align_mentions_judges_the_largest_overlap() -> None:
    gold = mention(10, 30, "2025-12-20")
    preds = [mention(5, 12, "2025-12-20"), mention(12, 30, "2025-12")]
    assert align_mentions([gold], preds)[0] == preds[1]


def test_score_mentions_reports_recall_and_both_value_accuracies() -> None:
    gold = [mention(0, 5, "2025"), mention(10, 20, "2025-12"), mention(30, 40, "2026")]
    pred = [mention(0, 5, "2025"), mention(12, 18, "2025-11"), mention(50, 60, "2027")]
    scores, _ = score_mentions(gold, pred)
    assert (scores.gold, scores.found, scores.value_right, scores.predicted) == (3, 2, 1, 3)
    assert scores.mention_recall == pytest.approx(2 / 3)
    assert scores.value_accuracy_found == 0.5
    assert scores.value_accuracy_all == pytest.approx(1 / 3)
