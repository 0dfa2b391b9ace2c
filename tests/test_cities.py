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
