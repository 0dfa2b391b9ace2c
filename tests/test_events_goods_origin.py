"""Tariffs and the origin of the goods they hit: the partner is the state the goods come from."""

from __future__ import annotations

import pytest
from events_docs import dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of origin on the goods names the target
        ("Ottawa a imposé des surtaxes sur les voitures fabriquées au Mexique.", ("CAN", "SANCTION", "MEX")),
        # across an amount that takes the "sur" phrase
        ("Le Japon a imposé des droits de douane pouvant atteindre 20 % sur l'acier produit en Inde.",
         ("JPN", "SANCTION", "IND")),
        # a demonym at the end of a list of goods qualifies the list
        ("Séoul a imposé des droits antidumping allant jusqu'à 15 % sur certains vins et spiritueux "
         "australiens.", ("KOR", "SANCTION", "AUS")),
    ],
    ids=["participle", "across-amount", "list-demonym"],
)
def test_sanction_on_goods_targets_their_origin(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # goods with no origin: no target
        "Ottawa a imposé des surtaxes sur les voitures électriques.",
        # the place where the tariff is decided is not the target
        "Ottawa a imposé des surtaxes sur l'aluminium, a annoncé le ministre à Paris.",
    ],
    ids=["no-origin", "place-of-announcement"],
)
def test_sanction_without_origin_has_no_partner(nlp: Language, text: str) -> None:
    assert not {r for r in dated_rows(nlp, text) if r[1] == "SANCTION"}
