"""Acts ascribed to their author by a participle: "des drones attribués au Hezbollah" (pipeline.events.arguments)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des roquettes attribuées au Hezbollah ont frappé jeudi Israël.", ("Hezbollah", "ASSAULT", "Israël")),
        ("Des missiles imputés à l'Iran ont frappé mardi l'Arabie saoudite.", ("Iran", "ASSAULT", "Arabie saoudite")),
        ("Des drones attribués aux FSR ont frappé mercredi la ville de Kadugli.", ("FSR", "ASSAULT", "Soudan")),
    ],
)
def test_ascribed_author_acts(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des patrouilleurs vietnamiens ont pris pour cible vendredi un chalutier chinois.", ("Viêt Nam", "ASSAULT", "Chine")),
        ("L'armée tchadienne a pris pour cible la ville de Kadugli.", ("Tchad", "ASSAULT", "Soudan")),
    ],
)
def test_taking_as_target_is_an_attack(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)
