"""When rows match, and the one-to-one matching (pipeline.evaluate.matching, .assignment)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.evaluate.assignment import lexicographic_matching, max_weight_matching
from pipeline.evaluate.io import EventRow
from pipeline.evaluate.matching import (
    dyad_match,
    event_match,
    match_rows,
    normalise_name,
    same_party,
)

BASE = EventRow("d1", "Japon", "JPN", "CONSULT", "", "Chine", "CHN", "", "asserted", "", 2)


def row(**changes: Any) -> EventRow:
    """:data:`BASE` with the fields a test cares about changed."""
    return replace(BASE, **changes)


SWAPPED = row(actor="Chine", actor_code="CHN", partner="Japon", partner_code="JPN")


@pytest.mark.parametrize(
    ("event_type", "matches"),
    [
        ("AGREE", True),
        ("CONSULT", True),
        ("COOPERATE", True),
        ("ACCUSE", False),
        ("ASSAULT", False),
        ("SUPPORT", False),
    ],
)
def test_event_match_ignores_order_only_for_symmetric_types(event_type: str, matches: bool) -> None:
    gold = row(event_type=event_type)
    pred = row(
        actor="Chine", actor_code="CHN", partner="Japon", partner_code="JPN", event_type=event_type
    )
    assert event_match(gold, pred) is matches
    assert event_match(gold, gold)


@pytest.mark.parametrize(
    ("pred", "matches"),
    [
        (row(event_type="ACCUSE"), False),
        (row(doc_id="d2"), False),
        (row(partner_code="KAZ"), False),
        (row(actor="Tokyo"), True),  # codes decide when both are given
    ],
)
def test_event_match_needs_document_type_and_codes(pred: EventRow, matches: bool) -> None:
    assert event_match(row(), pred) is matches


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        (row(event_type="ACCUSE"), SWAPPED, True),
        (row(event_type="ASSAULT"), row(event_type="SANCTION"), True),
        (row(), row(partner_code="KAZ"), False),
        (row(), row(doc_id="d2"), False),
    ],
)
def test_dyad_match_ignores_type_and_order(gold: EventRow, pred: EventRow, matches: bool) -> None:
    assert dyad_match(gold, pred) is matches


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("l'Union européenne", "union europeenne"),
        ("L’Élysée", "elysee"),
        ("Les  Occidentaux", "occidentaux"),
        ("le Japon", "japon"),
        ("Lesotho", "lesotho"),
        ("la la", "la"),
        ("Corée du Nord", "coree du nord"),
    ],
)
def test_normalise_name_drops_case_accents_and_one_article(name: str, normal: str) -> None:
    assert normalise_name(name) == normal


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        (("", "l'Union européenne"), ("", "Union Europeenne"), True),
        (("", "l'Union européenne"), ("EU", "Union Europeenne"), True),
        (("EU", "UE"), ("", "Union européenne"), False),
        (("EU", "UE"), ("EU", "Union européenne"), True),
        (("RUS", "Russie"), ("UKR", "Russie"), False),
    ],
)
def test_same_party_falls_back_to_names_when_a_code_is_empty(
    left: tuple[str, str], right: tuple[str, str], same: bool
) -> None:
    assert same_party(left[0], left[1], right[0], right[1]) is same


def test_name_fallback_applies_inside_event_match() -> None:
    gold = row(actor="l'Union européenne", actor_code="", event_type="SANCTION")
    pred = row(actor="Union Europeenne", actor_code="", event_type="SANCTION")
    assert event_match(gold, pred)


def test_match_rows_is_one_to_one() -> None:
    matching = match_rows([row(), row()], [row()], event_match)
    assert len(matching.pairs) == 1
    assert (matching.unmatched_gold(), matching.unmatched_pred()) == ([1], [])


def test_match_rows_prefers_the_same_date() -> None:
    gold = [row(date="2025-01"), row(date="2025-02")]
    matching = match_rows(gold, [row(date="2025-02")], event_match)
    assert matching.pairs == ((1, 0),)


def test_lexicographic_matching_puts_size_before_dates() -> None:
    # Taking the one same-date edge would leave gold 1 unmatched.
    edges = {(0, 0): (True,), (0, 1): (False,), (1, 0): (False,)}
    assert lexicographic_matching(edges) == [(0, 1), (1, 0)]


def test_lexicographic_matching_puts_the_first_preference_first() -> None:
    edges = {(0, 0): (True, False, False), (1, 0): (False, True, True)}
    assert lexicographic_matching(edges) == [(0, 0)]


def test_max_weight_matching_refuses_non_positive_weights() -> None:
    with pytest.raises(ValueError):
        max_weight_matching({(0, 0): 0})


def _brute_force(edges: dict[tuple[int, int], tuple[bool, bool]]) -> tuple[int, int, int]:
    """Best (size, 1st preference, 2nd preference) over every matching, by enumeration."""
    best = (0, 0, 0)
    items = list(edges.items())
    for size in range(1, len(items) + 1):
        for chosen in itertools.combinations(items, size):
            lefts = {edge[0] for edge, _ in chosen}
            rights = {edge[1] for edge, _ in chosen}
            if len(lefts) == len(rights) == size:
                first = sum(flags[0] for _, flags in chosen)
                second = sum(flags[1] for _, flags in chosen)
                best = max(best, (size, first, second))
    return best


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
        st.tuples(st.booleans(), st.booleans()),
        max_size=9,
    )
)
def test_lexicographic_matching_equals_brute_force(
    edges: dict[tuple[int, int], tuple[bool, bool]],
) -> None:
    pairs = lexicographic_matching(edges)
    assert len({left for left, _ in pairs}) == len({right for _, right in pairs}) == len(pairs)
    assert all(pair in edges for pair in pairs)
    found = (
        len(pairs),
        sum(edges[pair][0] for pair in pairs),
        sum(edges[pair][1] for pair in pairs),
    )
    assert found == _brute_force(edges)
