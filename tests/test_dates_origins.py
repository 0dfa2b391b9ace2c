"""Dates that only start a count, deictic years and "un peu plus de" (invented sentences)."""

from __future__ import annotations

import pytest

from pipeline.dates.finder import TimexFinder
from pipeline.dates.origins import counts_from, origin_pattern
from pipeline.dates.vocab import DateVocab

ARTICLE = "2026-02-19"


@pytest.fixture(scope="module")
def tagger() -> TimexFinder:
    return TimexFinder()


def _found(tagger: TimexFinder, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tagger.find(text, ARTICLE)]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # the origin of "N ans après" is not the time the text goes on to talk about
        ("Trois ans après le putsch du 4 mai 2022, le régime a organisé un référendum le 30 novembre. "
         "Les résultats sont attendus mi-mars.", "le 30 novembre", "2025-11-30"),
        ("Six mois après l'attaque du 12 juin 2025, la police a arrêté deux suspects le 3 janvier.",
         "le 3 janvier", "2026-01-03"),
        # "N ans après," alone: the date that follows is the new time
        ("Le traité date de 1990. Trente ans après, le 4 mars 2020, il a été dénoncé. Le 9 avril, "
         "Berlin a protesté.", "Le 9 avril", "2020-04-09"),
        # a short count stays near its origin
        ("Trois jours après l'attentat du 2 mai 2023, le ministre a démissionné le 6 mai.",
         "le 6 mai", "2023-05-06"),
    ],
)
def test_origins_of_long_counts_do_not_date_the_story(
    tagger: TimexFinder, text: str, mention: str, value: str
) -> None:
    assert (mention, value) in _found(tagger, text)


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Cinq ans après le coup d'État du ", True),
        ("Deux décennies jour pour jour après l'accord du ", True),
        ("Cinq ans après, le ", False),
        ("Cinq jours après le sommet du ", False),
        ("Le sommet du ", False),
    ],
)
def test_counts_from(text: str, origin: bool) -> None:
    rx = origin_pattern(DateVocab.load())
    assert counts_from(rx, text + "3 mai", 0, len(text)) is origin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "l'an dernier" counts from the article, whatever year was written before
        ("L'accord a été signé le 8 juin 2021. L'an dernier, le pays a quitté l'alliance.",
         [("le 8 juin 2021", "2021-06-08"), ("L'an dernier", "2025")]),
        ("Le traité a été ratifié le 2 avril 2019. L'année dernière, il a été suspendu.",
         [("le 2 avril 2019", "2019-04-02"), ("L'année dernière", "2025")]),
        # "un peu plus de", "un peu moins de" are part of the extent
        ("Le président a été élu il y a un peu plus d'un an.", [("il y a un peu plus d'un an", "2025")]),
        ("Le chantier a duré un peu moins de trois ans.", [("un peu moins de trois ans", "P3Y")]),
    ],
)
def test_deictic_years_and_loose_amounts(
    tagger: TimexFinder, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(tagger, text) == expected
