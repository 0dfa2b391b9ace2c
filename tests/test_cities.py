"""Cities as the target of hostile acts (pipeline.events.cities)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Turquie a bombardé Homs.", ("Turquie", "ASSAULT", "Syrie")),
        ("Des frappes iraniennes sur Haïfa ont fait trois blessés.", ("Iran", "ASSAULT", "Israël")),
        ("Le Pakistan a attaqué Srinagar.", ("Pakistan", "ASSAULT", "Inde")),
    ],
)
def test_city_target_stands_for_its_state(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le Japon a organisé une réunion à Alep.",
        "Le Canada a tenu une rencontre à Odessa.",
    ],
)
def test_meeting_city_is_no_party(nlp, text: str) -> None:
    assert all(partner not in ("Syrie", "Ukraine") for _, _, partner in _rows(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", ["Alep a condamné la Turquie.", "Kharkiv a rencontré la Pologne."])
def test_city_is_never_an_actor(nlp, text: str) -> None:
    assert all(actor not in ("Syrie", "Ukraine") for actor, _, _ in _rows(nlp, text))
