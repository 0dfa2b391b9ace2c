""""…, ce que X dément": the act's parties deny, the "selon" source is the accuser."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted subject is the parties of the act, not the last pair named
        ("Selon Washington et Tokyo, l'Iran a livré des drones à la Russie. En échange, Moscou "
         "fournirait des avions à Téhéran, ce que les deux pays démentent.",
         {("RUS", "REJECT", "USA"), ("RUS", "REJECT", "JPN"), ("IRN", "REJECT", "USA"), ("IRN", "REJECT", "JPN")}),
        # a named denier answers the source of the claim
        ("Selon Paris, la Russie a livré des armes au Mali, ce que Moscou nie.", {("RUS", "REJECT", "FRA")}),
    ],
    ids=["counted-deniers", "named-denier"],
)
def test_denial_answers_the_source(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


def test_denial_without_source_takes_no_accuser(nlp: Language) -> None:
    text = "La Russie a livré des armes au Mali, ce que Moscou nie."
    assert not {r for r in dated_rows(nlp, text) if r[1] == "REJECT" and r[2] == "FRA"}
