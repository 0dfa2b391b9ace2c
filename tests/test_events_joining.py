"""Joining an organisation is an AGREE with it; joining a place or a side is not."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Norvège a rejoint l'OTAN en 1949.", {("NOR", "AGREE", "NATO")}),
        ("L'Égypte et l'Éthiopie, qui ont rejoint les BRICS, ont salué la décision.",
         {("EGY", "AGREE", "BRICS"), ("ETH", "AGREE", "BRICS")}),
        ("La Moldavie veut adhérer à l'Union européenne.", {("MDA", "AGREE", "EU")}),
    ],
    ids=["rejoindre", "relative-list", "adherer"],
)
def test_joining_an_organisation_is_agree(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    rows = {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}
    assert expected <= rows


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a rejoint Berlin mardi soir.",
        "Les milices ont rejoint le camp de la Russie.",
        "Le chancelier a évoqué la suspension des pourparlers d'adhésion avec l'UE.",
    ],
    ids=["journey", "side-taken", "accession-talks"],
)
def test_joining_a_place_or_a_side_is_no_agree(nlp: Language, text: str) -> None:
    assert not {r for r in dated_rows(nlp, text) if r[1] == "AGREE"}
