"""Accusations stated by a participle on the accused, and detached participles."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reason of a sanction, on the sanctioned person
        ("La Lituanie a expulsé l'ambassadeur russe, accusé d'ingérence.", ("LTU", "ACCUSE", "RUS")),
        # a participle after a comma, on the noun phrase before it
        (
            "Le gouvernement kényan a annoncé la fin de la coopération avec la Tanzanie, accusée d'avoir armé des rebelles.",
            ("KEN", "ACCUSE", "TZA"),
        ),
        # a detached present participle: the main subject accuses
        (
            "Le Japon a rappelé son ambassadeur à Moscou, accusant la Russie de mentir.",
            ("JPN", "ACCUSE", "RUS"),
        ),
    ],
    ids=["sanction-reason", "after-comma", "detached-present-participle"],
)
def test_imputed_accusation(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # no one is said to suspect them
        "Deux diplomates russes ont été arrêtés, soupçonnés d'espionnage.",
    ],
    ids=["passive-main-clause"],
)
def test_imputed_accusation_needs_an_accuser(nlp: Language, text: str) -> None:
    assert not [r for r in dated_rows(nlp, text) if r[1] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joined pair names the two sides
        (
            "L'Arménie et l'Azerbaïdjan se sont affrontés. L'ONU a appelé les deux parties à la retenue.",
            {("UNO", "REQUEST", "ARM"), ("UNO", "REQUEST", "AZE")},
        ),
        # no pair joined: the names most present are not the sides
        (
            "Washington a salué le Kosovo. Le Kosovo a remercié Washington. La présidente de la Commission a appelé les deux parties à la retenue.",
            set(),
        ),
    ],
    ids=["joined-pair", "no-joined-pair"],
)
def test_both_sides_only_from_a_joined_pair(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = {(a, t, p) for a, t, p, _ in dated_rows(nlp, text) if t == "REQUEST"}
    assert found == expected
