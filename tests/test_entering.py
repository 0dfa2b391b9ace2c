"""An armed force entering a city, "la prise / la chute de" a city (pipeline.events.entering)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les rebelles du M23 sont entrés dans Bunia mardi.", ("M23", "ASSAULT", "République démocratique du Congo")),
        ("Les forces ukrainiennes ont pénétré dans Rylsk.", ("Ukraine", "ASSAULT", "Russie")),
        ("Israël est entré dans Rafah.", ("Israël", "ASSAULT", "Palestine")),
        ("La prise de Kalehe par le M23 a inquiété les Nations unies.",
         ("M23", "ASSAULT", "République démocratique du Congo")),
        ("La chute de Bunia aux mains du M23 a été confirmée.",
         ("M23", "ASSAULT", "République démocratique du Congo")),
    ],
)
def test_armed_entry_into_a_place_is_a_seizure(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "L'accord de cessez-le-feu entre la Russie et l'Ukraine est entré en vigueur lundi.",
        "Le conflit entre l'Inde et le Pakistan est entré dans une nouvelle phase.",
        "La délégation ukrainienne est entrée en Russie.",
        "La prise de parole du président russe a surpris l'Ukraine.",
        "La chute du rouble inquiète la Russie.",
        "La chute de la Bourse de Moscou a surpris la Russie.",
    ],
)
def test_entering_no_place_is_no_seizure(nlp, text: str) -> None:
    assert all(action not in ("entrer", "pénétrer", "prise", "chute") for action in _actions(nlp, text))


def _actions(nlp, text: str) -> list[str]:
    return [e.action for e in nlp(text)._.events]
