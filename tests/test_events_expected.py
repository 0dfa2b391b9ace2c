"""Visits announced in the passive: "X est attendu à Y" is a planned CONSULT of X with Y's state."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _rows(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", "2025-06-15"
    return {(e.actor_code, e.event_type, e.partner_code, e.modality) for e in nlp(doc)._.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Premier ministre indien est attendu à Tokyo en septembre.", ("IND", "CONSULT", "JPN", "planned")),
        # the place hangs on the date word in the parse
        ("Le président turc est attendu lundi à Moscou pour un sommet.", ("TUR", "CONSULT", "RUS", "planned")),
    ],
    ids=["place-on-verb", "place-on-date"],
)
def test_expected_visit_is_planned_consult(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Le rapport est attendu à Genève en mai.", "Une réponse de la Chine est attendue."],
    ids=["no-visitor", "no-place"],
)
def test_expected_without_visitor_or_place_is_no_visit(nlp: Language, text: str) -> None:
    assert not {r for r in _rows(nlp, text) if r[1] == "CONSULT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invitation to a meeting announces a meeting of host and guest
        ("Le ministre italien a invité son homologue grec à Rome en octobre pour une nouvelle session.",
         ("ITA", "CONSULT", "GRC", "planned")),
        ("Le président français a invité son homologue indien à une visite d'État.",
         ("FRA", "CONSULT", "IND", "planned")),
    ],
    ids=["place-and-session", "to-a-visit"],
)
def test_invitation_announces_planned_meeting(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    rows = _rows(nlp, text)
    assert expected in rows
    assert (expected[0], "REQUEST", expected[2], "asserted") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Le Japon a invité la Chine à respecter le droit international.",
        "Le ministre italien a invité son homologue grec à la retenue.",
        # a place alone: the invitation only
        "Le ministre italien a invité son homologue grec à Rome.",
    ],
    ids=["to-an-act", "to-restraint", "place-only"],
)
def test_invitation_to_act_is_no_meeting(nlp: Language, text: str) -> None:
    assert not {r for r in _rows(nlp, text) if r[1] == "CONSULT"}
