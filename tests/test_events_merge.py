"""One row per distinct event per document."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.events.merge import merge_events, pair_key, share_planned_dates
from pipeline.types import Event

SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def event(actor: str, code: str, etype: str, partner: str, pcode: str, **kw: object) -> Event:
    return Event("d", actor, code, etype, "x", partner, pcode, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("events", "count"),
    [
        # symmetric type: the pair is unordered
        ([event("Japon", "JPN", "CONSULT", "Chine", "CHN"),
          event("Chine", "CHN", "CONSULT", "Japon", "JPN")], 1),
        # directed type: the order matters
        ([event("Japon", "JPN", "ACCUSE", "Chine", "CHN"),
          event("Chine", "CHN", "ACCUSE", "Japon", "JPN")], 2),
        # different modality: two events
        ([event("Japon", "JPN", "CONSULT", "Chine", "CHN", modality="planned"),
          event("Japon", "JPN", "CONSULT", "Chine", "CHN", modality="cancelled")], 2),
        # a person and the state she speaks for share a code: one event
        ([event("Japon", "JPN", "AGREE", "Russie", "RUS"),
          event("Junichiro Koizumi", "JPN", "AGREE", "Vladimir Poutine", "RUS")], 1),
        # undated mention folds into the one dated row
        ([event("Japon", "JPN", "CONSULT", "Chine", "CHN"),
          event("Japon", "JPN", "CONSULT", "Chine", "CHN", date="2025-05")], 1),
        # two different dates stay two events, the undated one is kept apart
        ([event("Japon", "JPN", "CONSULT", "Chine", "CHN", date="2024"),
          event("Japon", "JPN", "CONSULT", "Chine", "CHN", date="2025"),
          event("Japon", "JPN", "CONSULT", "Chine", "CHN")], 3),
    ],
    ids=["symmetric", "directed", "modality", "person-state", "fold-undated", "two-dates"],
)
def test_merge_counts(events: list[Event], count: int) -> None:
    assert len(merge_events(events, SYMMETRIC)) == count


def test_merge_keeps_most_complete_and_counts_mentions() -> None:
    a = event("Japon", "JPN", "CONSULT", "Chine", "CHN", confidence=0.6, start=0)
    b = dataclasses.replace(a, actor="Fumio Kishida", date="2025-05", confidence=0.9, start=40)
    (merged,) = merge_events([a, b], SYMMETRIC)
    assert (merged.actor, merged.date, merged.mentions) == ("Fumio Kishida", "2025-05", 2)


def test_pair_key_falls_back_on_names() -> None:
    e = event("La Chine", "", "ACCUSE", "les Occidentaux", "")
    assert pair_key(e, SYMMETRIC) == ("chine", "occidentaux")


def test_planned_rows_share_the_one_known_date() -> None:
    dated = event("Japon", "JPN", "CONSULT", "Kazakhstan", "KAZ", modality="planned", date="2025-12")
    undated = event("Japon", "JPN", "CONSULT", "Ouzbékistan", "UZB", modality="planned")
    asserted = event("Japon", "JPN", "CONSULT", "Chine", "CHN")
    out = share_planned_dates([dated, undated, asserted])
    assert [e.date for e in out] == ["2025-12", "2025-12", ""]
