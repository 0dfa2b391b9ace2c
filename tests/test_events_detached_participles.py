"""A comma-detached participle after an object comments on the main clause: its subject acts."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Le ministre chilien a envoyé une note au représentant de la Bolivie, Luis Arce, accusant "
         "le Pérou de violer la frontière.", ("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "PER")),
        ("L'armée turque a bombardé des dépôts de munitions du PKK, accusant l'Irak de fermer "
         "les yeux.", ("TUR", "ACCUSE", "IRQ"), ("IRQ", "ACCUSE", "TUR")),
        ("Le consul de Hongrie à Kiev a apporté son appui à la Slovaquie, accusant la Roumanie de "
         "bloquer le projet.", ("HUN", "ACCUSE", "ROU"), ("SVK", "ACCUSE", "ROU")),
    ],
    ids=["letter-to-envoy", "strike-on-positions", "support-to-state"],
)
def test_detached_participle_takes_main_subject(
    nlp: Language, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    rows = {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}
    assert expected in rows
    assert wrong not in rows


def test_participle_on_subject_keeps_its_noun(nlp: Language) -> None:
    text = "La Lituanie, accusant la Biélorussie d'orchestrer des passages, a fermé deux postes."
    rows = {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}
    assert ("LTU", "ACCUSE", "BLR") in rows
