"""The event table's readings of a day with its time and of "N jours plus tard" (spec, section 5)."""

from __future__ import annotations

import pytest

from pipeline.dates.finder import TimexFinder
from pipeline.dates.table_forms import count_from_dates, join_day_times


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


def table(finder: TimexFinder, text: str, dct: str | None) -> list[tuple[str, str, str]]:
    found = count_from_dates(join_day_times(finder.find(text, dct), text), text)
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Mis à jour le 4 mai 2024 à 07h15\n\nTexte.", "le 4 mai 2024 à 07h15", "2024-05-04T07:15"),
        ("Publié le : 04/05/2024 - 07:15\n", "04/05/2024 - 07:15", "2024-05-04T07:15"),
        ("Le 04.05.2024 à 7 h 15 · La Voix\n", "04.05.2024 à 7 h 15", "2024-05-04T07:15"),
        ("Le ministre arrivera le 6 mai 2024 à 18 h 30 à Oslo.", "le 6 mai 2024 à 18 h 30", "2024-05-06T18:30"),
    ],
)
def test_day_and_time_make_one_time(finder: TimexFinder, text: str, mention: str, value: str) -> None:
    assert (mention, "TIME", value) in table(finder, text, "2024-05-04")


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Les tirs ont eu lieu vers 6 h 10 (21 h 10 GMT mardi).", "21 h 10 GMT mardi", "2026-03-17T21:10Z"),
        ("La frappe a eu lieu à 23 h dimanche.", "23 h dimanche", "2026-03-15T23:00"),
        ("Le vol partira à 10 h vendredi.", "10 h vendredi", "2026-03-20T10:00"),
    ],
)
def test_time_then_weekday_is_that_day(finder: TimexFinder, text: str, mention: str, value: str) -> None:
    assert (mention, "TIME", value) in table(finder, text, "2026-03-19")


def test_day_without_a_time_stays_a_day(finder: TimexFinder) -> None:
    text = "Le traité a été signé le 6 mai 2024 à Oslo, à 12 % des voix."
    assert ("le 6 mai 2024", "DATE", "2024-05-06") in table(finder, text, "2024-05-10")


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("L'envoyé était à Lomé le 3 avril. Trois jours plus tard, il rencontrait le président.",
         "Trois jours plus tard", "2025-04-06"),
        ("Le 28 février, les frappes ont commencé ; deux semaines plus tard, la trêve tenait.",
         "deux semaines plus tard", "2025-03-14"),
        ("Les sanctions rétablies le 2 octobre avaient été levées cinq ans plus tôt.",
         "cinq ans plus tôt", "2019"),
        ("Le 9 novembre 2021, la frontière fut fermée. Un an auparavant, en 2020, elle était ouverte.",
         "Un an auparavant", "2020"),
        ("En mars 2024, l'accord est signé ; six mois après, il est ratifié.", "six mois après", "2024-09"),
        # a bare year in a relative aside is background: the count is from the day before it
        ("Le 2 avril, le ministre a reçu le chef du parti, qui avait fondé le mouvement en 2011. "
         "Quelques jours plus tard, il a été arrêté.", "Quelques jours plus tard", "2025-04"),
        ("Le 2 avril, le maire, qui a été élu en 2019, a parlé. Trois jours plus tard, il a démissionné.",
         "Trois jours plus tard", "2025-04-05"),
        # outside an aside, the year is the story's
        ("Le parti a fondé le mouvement en 2011. Quelques jours plus tard, il a été interdit.",
         "Quelques jours plus tard", "2011"),
    ],
)
def test_count_from_the_date_just_given(finder: TimexFinder, text: str, mention: str, value: str) -> None:
    assert (mention, "DATE", value) in table(finder, text, "2025-05-10")


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        # Counted from an event, not a date.
        ("Le 3 avril, il l'a dit, deux jours avant le sommet.", "deux jours"),
        # No date just given.
        ("Le conflit dure. Trois jours plus tard, rien n'avait changé.", "Trois jours"),
        # A month is too coarse for a count of days.
        ("En avril, il l'a dit ; trois jours plus tard, il partait.", "trois jours"),
    ],
)
def test_duration_stays_without_a_date_to_count_from(finder: TimexFinder, text: str, duration: str) -> None:
    assert any(m == duration and kind == "DURATION" for m, kind, _ in table(finder, text, "2025-05-10"))
