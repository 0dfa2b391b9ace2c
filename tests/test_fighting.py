"""Fights two sides wage on each other give one attack per direction (pipeline.events.fighting)."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def _attacks(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.actor_code, e.partner_code) for e in nlp(text)._.events if e.event_type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les combats entre la Bolivie et le Paraguay ont repris samedi.",
            {("BOL", "PRY"), ("PRY", "BOL")},
        ),
        (
            "De violents accrochages entre le Ghana et le Togo ont fait trois morts.",
            {("GHA", "TGO"), ("TGO", "GHA")},
        ),
        (
            "Des heurts ont opposé l'armée malienne à l'armée nigérienne près de la frontière.",
            {("MLI", "NER"), ("NER", "MLI")},
        ),
        (
            "Les affrontements opposant le Tchad et le Niger ont duré quatre jours.",
            {("TCD", "NER"), ("NER", "TCD")},
        ),
        (
            "Le Pérou a bombardé l'Équateur en janvier, déclenchant deux semaines d'affrontements.",
            {("PER", "ECU"), ("ECU", "PER")},
        ),
    ],
    ids=["combats-entre", "accrochages-entre", "opposer-a", "opposant-et", "sparked-by-attack"],
)
def test_fight_gives_one_attack_per_direction(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert _attacks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'offensive de l'armée birmane contre la Thaïlande a échoué.",
            {("MMR", "THA")},
        ),
        (
            "Le combat du Kenya contre la Somalie a duré des mois.",
            {("KEN", "SOM")},
        ),
    ],
    ids=["offensive-contre", "combat-contre"],
)
def test_directed_attack_stays_one_way(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert _attacks(nlp, text) == expected
