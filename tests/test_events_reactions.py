"""A condemnation of "une provocation" answers the author of the hostile act just told."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Corée du Nord a tiré deux missiles balistiques. Le gouvernement japonais a condamné une "
         "« provocation ».", ("JPN", "ACCUSE", "PRK")),
        ("L'Iran a attaqué un pétrolier saoudien. Le Quai d'Orsay a dénoncé une agression.",
         ("FRA", "ACCUSE", "IRN")),
    ],
    ids=["provocation", "seat-of-power"],
)
def test_offence_condemnation_answers_last_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # two authors: which one is condemned is not said
        "La Russie et la Biélorussie ont lancé des frappes. Paris a condamné une escalade.",
        # another paragraph: another story
        "La Corée du Nord a tiré deux missiles.\n\nLe Japon a condamné une provocation.",
    ],
    ids=["two-authors", "other-paragraph"],
)
def test_offence_condemnation_stays_untargeted(nlp: Language, text: str) -> None:
    assert not {r for r in dated_rows(nlp, text) if r[1] == "ACCUSE" and r[2]}
