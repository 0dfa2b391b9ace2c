"""Launches of weapons: an attack when aimed, a weapons test when not (pipeline.events.launches)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Iran a lancé une soixantaine de drones et six missiles sur Israël.", ("Iran", "ASSAULT", "Israël")),
        ("La Russie a lancé plus de 250 drones sur la Moldavie.", ("Russie", "ASSAULT", "Moldavie")),
        ("L'Azerbaïdjan a tiré une salve de roquettes vers l'Arménie.", ("Azerbaïdjan", "ASSAULT", "Arménie")),
        ("Pékin a tiré plusieurs missiles autour de Taïwan.", ("Chine", "MOBILIZE", "Taïwan")),
        pytest.param(
            "Pékin a tiré plusieurs missiles autour de l'île de Taïwan.",
            ("Chine", "MOBILIZE", "Taïwan"),
            marks=pytest.mark.xfail(reason="'l'île de X': the place walk does not read the 'de' genitive of a place noun"),
        ),
    ],
)
def test_aimed_launch_names_its_partner(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("La Corée du Nord a tiré deux missiles de croisière en direction de la mer du Japon.", "Japon"),
        ("L'Iran a lancé un missile balistique vers le golfe d'Oman.", "Oman"),
    ],
)
def test_a_sea_is_no_target(nlp, text: str, absent: str) -> None:
    assert not any(p == absent for _, _, p in _rows(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang a tiré un missile balistique mercredi.",
        "La Corée du Nord a lancé trois missiles en direction de la mer Jaune.",
    ],
)
def test_unaimed_launch_is_no_attack(nlp, text: str) -> None:
    assert not any(t == "ASSAULT" for _, t, _ in _rows(nlp, text))


@pytest.mark.model
def test_unaimed_launch_is_a_test_frame(nlp) -> None:
    from pipeline.events.build import document_frames

    doc = nlp("Pyongyang a tiré deux missiles balistiques mardi.")
    lexicon = nlp.get_pipe("fr_events").lexicon
    kinds = [(f.event_type, f.action) for f, _ in document_frames(doc, lexicon)]
    assert ("MOBILIZE", "tirer") in kinds
