"""Cities as the target of hostile acts (pipeline.events.cities)."""

from __future__ import annotations

from pathlib import Path

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
        ("Des drones ukrainiens ont frappé Saratov.", ("Ukraine", "ASSAULT", "Russie")),
        ("Le Hezbollah a tiré des roquettes sur Nahariya.", ("Hezbollah", "ASSAULT", "Israël")),
        ("Israël a bombardé Hermel.", ("Israël", "ASSAULT", "Liban")),
        ("Le Rwanda a bombardé Butembo.", ("Rwanda", "ASSAULT", "République démocratique du Congo")),
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


def _gazetteer() -> list[list[str]]:
    from pipeline.actors.normalize import fold

    path = Path(__file__).resolve().parents[1] / "models" / "actors" / "cities.tsv"
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [[fold(r[0]), *r[1:]] for r in rows if r and r[0] and not r[0].startswith("#")]


def _state_codes() -> set[str]:
    path = Path(__file__).resolve().parents[1] / "models" / "actors" / "countries.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0] for line in lines if line and not line.startswith("#")}


def test_gazetteer_has_no_duplicate_city() -> None:
    names = [row[0] for row in _gazetteer()]
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_gazetteer_codes_are_states() -> None:
    codes = _state_codes()
    assert [row for row in _gazetteer() if len(row) != 2 or row[1] not in codes] == []
