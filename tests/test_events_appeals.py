"""Appeals to "toutes les parties" in a sentence naming the fighting go to those who fight."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model

_WAR = (
    "L'armée du Mozambique a bombardé des villages de Tanzanie. "
    "Le Malawi a expulsé deux diplomates zambiens. "
)


@pytest.mark.parametrize(
    "appeal",
    [
        "L'ONU s'est dite inquiète des combats le long de la frontière et a exhorté toutes les parties au calme.",
        "Face aux affrontements dans le nord, l'Union africaine a appelé les belligérants à la retenue.",
    ],
    ids=["combats", "affrontements"],
)
def test_appeal_beside_fighting_goes_to_the_fighters(nlp: Language, appeal: str) -> None:
    rows = {(t, p) for _, t, p, _ in dated_rows(nlp, _WAR + appeal)}
    assert ("REQUEST", "MOZ") in rows
    assert ("REQUEST", "ZMB") not in rows
