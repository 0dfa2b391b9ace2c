"""Counter-attacks aimed at the author of the attack they answer (pipeline.events.ripostes)."""

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
            "L'armée laotienne a bombardé des positions vietnamiennes. Le Viêt Nam a riposté dans la soirée.",
            {("LAO", "VNM"), ("VNM", "LAO")},
        ),
        (
            "Des soldats chinois ont ouvert le feu sur des postes indiens mardi. "
            "Un soldat a été blessé, et l'Inde a riposté aussitôt.",
            {("CHN", "IND"), ("IND", "CHN")},
        ),
    ],
    ids=["next-sentence", "two-sentences-on"],
)
def test_riposte_aims_at_the_attacker(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert _attacks(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "riposter" as a verb of saying answers with words, not blows
        (
            "Le Chili a bombardé la Bolivie. « Nous ne plierons pas », a riposté le président bolivien.",
            {("CHL", "BOL")},
        ),
        # the earlier attack was not aimed at the riposter
        (
            "Le Niger a attaqué le Mali. Le Tchad a riposté.",
            {("NER", "MLI")},
        ),
    ],
    ids=["speech-riposte", "not-the-victim"],
)
def test_riposte_without_an_attack_on_it_has_no_target(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _attacks(nlp, text) == expected
