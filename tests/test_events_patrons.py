"""The backer of a target is not the target (pipeline.events.patrons)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _rows(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Le Canada a bombardé les camps des rebelles appuyés par le Venezuela.", "Venezuela"),
        ("Le Canada et la Norvège ont mené des frappes contre des positions du mouvement soutenu "
         "par le Venezuela sur la côte.", "Venezuela"),
        ("La Bolivie a saisi les armes d'une milice financée par le Paraguay.", "Paraguay"),
    ],
)
def test_backer_is_no_target(nlp: Language, text: str, backer: str) -> None:
    assert not any(partner == backer for _, _, partner in _rows(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Le Canada a bombardé des positions au Venezuela.", ("Canada", "ASSAULT", "Venezuela")),
        ("Le Canada a frappé le Venezuela, soutenu par la Russie.", ("Canada", "ASSAULT", "Venezuela")),
    ],
)
def test_plain_target_kept(nlp: Language, text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(nlp, text)
