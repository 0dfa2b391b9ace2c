"""Reactions told in a relative clause on a noun summing up the main clause."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


def _pairs(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oslo a gelé les avoirs de plusieurs banques, une décision que la Lettonie a qualifiée "
         "d'« acte hostile ».", ("LVA", "ACCUSE", "NOR")),
        ("Le Pérou a proposé d'organiser des pourparlers entre les deux voisins, une offre que "
         "l'Équateur a sèchement déclinée.", ("ECU", "REJECT", "PER")),
        ("La Suisse a suggéré mardi une trêve de Noël, une idée que l'Azerbaïdjan a jugée "
         "« prématurée ».", ("AZE", "REJECT", "CHE")),
        ("Ankara a décrété en mai une zone d'exclusion maritime, une mesure que la Grèce ne "
         "reconnaît pas.", ("GRC", "REJECT", "TUR")),
    ],
    ids=["qualified-act", "declined-offer", "judged-proposal", "not-recognised"],
)
def test_reaction_aims_at_author_of_summed_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # neutral judgement: no verdict, no row
        "Le Chili a proposé une médiation, une offre que la Bolivie a jugée « intéressante ».",
        # no summing-up apposition: the relative clause describes a plain object
        "Le Chili a envoyé un navire que la Bolivie a qualifié de « provocation ».",
    ],
    ids=["neutral-verdict", "no-apposition"],
)
def test_no_reaction_without_summary_and_verdict(nlp: Language, text: str) -> None:
    assert not {r for r in _pairs(nlp, text) if r[1] in ("ACCUSE", "REJECT") and r[0] == "BOL"}
