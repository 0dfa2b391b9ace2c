"""Targets read down the phrase a hostile act hits, and traded blows (pipeline.events.targets)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Turquie avait frappé le 3 mars des sites en Syrie.", ("Turquie", "ASSAULT", "Syrie")),
        ("Le Kenya a bombardé une raffinerie dans la région de Kismayo.", ("Kenya", "ASSAULT", "Somalie")),
        ("Des frappes iraniennes ont visé jeudi plusieurs bases en Irak.", ("Iran", "ASSAULT", "Irak")),
        ("L'armée rwandaise encercle depuis lundi la ville de Goma.", ("Rwanda", "ASSAULT", "République démocratique du Congo")),
        ("Deux navires chinois ont pris pour cible un bateau vietnamien.", ("Chine", "ASSAULT", "Viêt Nam")),
        ("Le Japon a adopté des sanctions visant la flotte russe.", ("Japon", "SANCTION", "Russie")),
    ],
)
def test_target_found_down_the_phrase_hit(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("L'armée turque a tiré des obus depuis la Syrie.", "Syrie"),
        ("La Chine a annoncé des sanctions contre trois entreprises américaines.", "États-Unis"),
    ],
)
def test_origin_or_company_is_no_target(nlp, text: str, absent: str) -> None:
    assert all(partner != absent for _, _, partner in _rows(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("L'Inde et le Pakistan ont échangé des tirs d'artillerie.", "Inde", "Pakistan"),
        ("La Russie et l'Ukraine continuent de s'échanger des frappes de drones.", "Russie", "Ukraine"),
        ("Le Soudan et le Tchad se sont livré une guerre de 2005 à 2010.", "Soudan", "Tchad"),
    ],
)
def test_traded_blows_are_attacks_both_ways(nlp, text: str, first: str, second: str) -> None:
    rows = _rows(nlp, text)
    assert (first, "ASSAULT", second) in rows
    assert (second, "ASSAULT", first) in rows
    assert not any(t in ("CONSULT", "AID") for _, t, _ in rows)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des tirs de roquettes libanais ont visé Haïfa dans la nuit.", ("Liban", "ASSAULT", "Israël")),
        ("Des tirs d'obus azerbaïdjanais ont touché mardi des villages en Arménie.", ("Azerbaïdjan", "ASSAULT", "Arménie")),
    ],
)
def test_shots_that_land_are_attacks(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Des frappes turques ont visé vendredi plusieurs dépôts en Irak.",
        "Les bombardements russes ont visé hier des quartiers de Kharkiv.",
    ],
)
def test_strikes_that_hit_are_asserted_not_planned(nlp, text: str) -> None:
    modalities = {e.modality for e in nlp(text)._.events if e.event_type == "ASSAULT"}
    assert modalities == {"asserted"}


@pytest.mark.model
def test_aiming_at_an_agreement_is_still_planned(nlp) -> None:
    events = nlp("Le Japon vise à signer un accord avec le Chili.")._.events
    assert {e.modality for e in events if e.event_type == "AGREE"} == {"planned"}
