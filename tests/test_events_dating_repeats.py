"""Dates of repeats, destinations, reported past acts and invitations (pipeline.events dating passes)."""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Pérou et le Chili signent un accord de pêche\n\n"
         "Le Pérou et le Chili ont signé mardi à Lima un accord de pêche.",
         ("PER", "AGREE", "CHL", "2025-06-10")),
        ("Le Pérou et le Chili signent un accord de pêche\n\n"
         "Les ministres des deux pays ont signé mardi à Lima l'accord de pêche.",
         ("PER", "AGREE", "CHL", "2025-06-10")),
    ],
    ids=["same-parties", "lead-without-parties"],
)
def test_a_title_takes_the_date_of_the_lead(nlp: Language, text: str, expected: Dated) -> None:
    rows = dated_rows(nlp, text)
    assert {row for row in rows if row[:3] == expected[:3]} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre péruvien s'est rendu à Santiago lundi puis à Quito vendredi.",
         {("PER", "CONSULT", "CHL", "2025-06-09"), ("PER", "CONSULT", "ECU", "2025-06-13")}),
        ("Le chef de la diplomatie péruvienne, qui s'est rendu à Santiago lundi et à Brasilia "
         "mercredi, a salué les progrès.",
         {("PER", "CONSULT", "CHL", "2025-06-09"), ("PER", "CONSULT", "BRA", "2025-06-11")}),
    ],
    ids=["puis", "relative-et"],
)
def test_each_destination_takes_its_own_day(nlp: Language, text: str, expected: set[Dated]) -> None:
    assert expected <= dated_rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        ("Le ministre péruvien a affirmé lundi avoir rencontré son homologue chilien.",
         ("PER", "CONSULT", "CHL", "")),
        ("Le président péruvien a invité son homologue chilien à Lima en mars pour une visite "
         "d'État.",
         ("PER", "REQUEST", "CHL", "")),
    ],
    ids=["past-infinitive", "invitation-to-a-later-visit"],
)
def test_the_act_does_not_take_another_acts_date(nlp: Language, text: str, undated: Dated) -> None:
    rows = dated_rows(nlp, text)
    assert {row for row in rows if row[:3] == undated[:3]} == {undated}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le président péruvien a invité lundi son homologue chilien à une visite d'État.",
         ("PER", "REQUEST", "CHL", "2025-06-09")),
    ],
    ids=["day-before-the-guest"],
)
def test_an_invitation_keeps_its_own_day(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated_rows(nlp, text)
