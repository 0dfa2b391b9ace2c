"""Rows that must not come from the session's recall rules (pipeline.events.finished, sides, reported).

Finishing an activity is no agreement, a weapons test aims at nobody, and a
warning about any future act accuses nobody.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _rows(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


_STORY = (
    "Les blindés péruviens ont attaqué des postes équatoriens le 2 mars. "
    "Lima a bombardé la ville équatorienne de Zamora. "
    "Quito a attaqué une caserne péruvienne le 4 mars. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("Le Pérou a conclu deux semaines d'exercices avec le Chili.", "AGREE"),
        ("La Bolivie a conclu jeudi sa visite au Paraguay.", "AGREE"),
        ("Le président uruguayen a conclu samedi une tournée de trois jours en Colombie.", "AGREE"),
        ("Le ministre chilien a prévenu que toute agression bolivienne recevrait une riposte.", "ACCUSE"),
        ("Le général argentin a affirmé que toute incursion chilienne serait repoussée par la force.", "ACCUSE"),
        (_STORY + "Le Pérou a procédé jeudi à un essai de missile de croisière.", "MOBILIZE"),
        (_STORY + "Quito a tiré un missile balistique en mer vendredi.", "MOBILIZE"),
    ],
)
def test_no_row_of_the_wrong_reading(nlp: Language, text: str, banned: str) -> None:
    """Finishing an activity, warning about any future act, testing a weapon: no such row."""
    assert not any(t == banned for _, t, _ in _rows(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Pérou a conclu un accord de pêche avec le Chili.", ("Pérou", "AGREE", "Chili")),
        ("La Bolivie et le Paraguay ont conclu un traité frontalier.", ("Bolivie", "AGREE", "Paraguay")),
    ],
)
def test_concluding_an_agreement_is_kept(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
def test_build_up_still_faces_the_other_side(nlp: Language) -> None:
    assert ("Équateur", "MOBILIZE", "Pérou") in _rows(nlp, _STORY + "Quito a massé des troupes à la frontière.")


@pytest.mark.model
def test_reported_hostile_act_still_accuses(nlp: Language) -> None:
    rows = _rows(nlp, "Le ministre chilien a affirmé que la Bolivie a bombardé un village chilien.")
    assert ("Chili", "ACCUSE", "Bolivie") in rows


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Le président brésilien a annoncé samedi une trêve entre le Pérou et l'Équateur.", "Pérou", "Équateur"),
        ("Le Brésil a confirmé dimanche le cessez-le-feu entre la Bolivie et le Paraguay.", "Bolivie", "Paraguay"),
        (_STORY + "Le Brésil a annoncé samedi un cessez-le-feu entre les deux pays.", "Pérou", "Équateur"),
    ],
)
def test_announced_truce_binds_its_sides_not_the_speaker(nlp: Language, text: str, first: str, second: str) -> None:
    rows = _rows(nlp, text)
    assert (first, "RETREAT", second) in rows
    assert not any(t == "RETREAT" and a == "Brésil" for a, t, _ in rows)
