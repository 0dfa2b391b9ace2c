"""Ties broken by a sanction: their partner, and no event of their own (pipeline.events.relation_partners)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Sénat bolivien a voté jeudi la suspension de la coopération avec le Pérou.", ("Bolivie", "SANCTION", "Pérou")),
        ("La présidente hondurienne a ordonné lundi la suspension du partage de données avec le Guatemala.",
         ("Honduras", "SANCTION", "Guatemala")),
        ("Le Tchad a annoncé la rupture des relations commerciales avec le Soudan.", ("Tchad", "SANCTION", "Soudan")),
    ],
)
def test_broken_tie_names_the_partner(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le Sénat bolivien a voté jeudi la suspension de la coopération avec le Pérou.",
        "Le Burkina Faso a suspendu vendredi sa coopération militaire avec la Belgique.",
    ],
)
def test_broken_tie_is_no_cooperation(nlp, text: str) -> None:
    assert not any(t in ("COOPERATE", "CONSULT") for _, t, _ in _rows(nlp, text))


@pytest.mark.model
def test_resumed_cooperation_stays(nlp) -> None:
    rows = _rows(nlp, "Le Burkina Faso et la Belgique ont renforcé leur coopération militaire.")
    assert any(t == "COOPERATE" for _, t, _ in rows)


@pytest.mark.model
def test_frozen_talks_are_no_sanction(nlp) -> None:
    rows = _rows(nlp, "Le président moldave a annoncé le gel des négociations d'adhésion avec l'Union européenne.")
    assert not any(t == "SANCTION" for _, t, _ in rows)
