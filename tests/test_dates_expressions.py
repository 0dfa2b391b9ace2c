"""Classes of French temporal expressions added in the third pass (article of Wednesday 18 June 2025)."""

from __future__ import annotations

import pytest

from pipeline.dates.finder import TimexFinder

DCT = "2025-06-18"


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


@pytest.mark.parametrize(
    ("sentence", "extent", "type_", "value", "mod"),
    [
        # "il y a" with an approximate count, "voici"/"voilà"
        ("Il y a une dizaine d'années, il est arrivé.", "Il y a une dizaine d'années", "DATE", "2015", "APPROX"),
        ("Il y a une quinzaine de jours, il a signé.", "Il y a une quinzaine de jours", "DATE", "2025-06-03", "APPROX"),
        ("Il y a deux décennies, tout a changé.", "Il y a deux décennies", "DATE", "2005", ""),
        ("Voici deux ans, il a été élu.", "Voici deux ans", "DATE", "2023", ""),
        ("Voilà trois mois, il a été élu.", "Voilà trois mois", "DATE", "2025-03", ""),
        # fractions of hours are clock times after "à", durations after "pendant"
        ("Il est arrivé à 8 heures et demie.", "8 heures et demie", "TIME", "2025-06-18T08:30", ""),
        ("Il est arrivé à 10 h et quart.", "10 h et quart", "TIME", "2025-06-18T10:15", ""),
        ("Il est arrivé à 9 heures moins le quart.", "9 heures moins le quart", "TIME", "2025-06-18T08:45", ""),
        ("Il a parlé pendant 8 heures et demie.", "8 heures et demie", "DURATION", "PT8.5H", ""),
        # dawn and dusk
        ("À l'aube, les troupes sont entrées.", "l'aube", "TIME", "2025-06-18TMO", ""),
        ("Au petit matin, les troupes sont entrées.", "petit matin", "TIME", "2025-06-18TMO", ""),
        ("À la tombée de la nuit, les tirs ont repris.", "la tombée de la nuit", "TIME", "2025-06-18TEV", ""),
        ("Au crépuscule, le calme est revenu.", "crépuscule", "TIME", "2025-06-18TEV", ""),
        # a part of a named day
        ("Dans la soirée de mardi, il est parti.", "la soirée de mardi", "TIME", "2025-06-17TEV", ""),
        ("La matinée d'hier a été calme.", "La matinée d'hier", "TIME", "2025-06-17TMO", ""),
        ("Il partira dans la matinée de vendredi.", "la matinée de vendredi", "TIME", "2025-06-20TMO", ""),
        # one unit just past or to come
        ("Au cours de la dernière décennie, tout a changé.", "la dernière décennie", "DURATION", "P10Y", ""),
        ("La prochaine année sera difficile.", "La prochaine année", "DURATION", "P1Y", ""),
        # repeated hours
        ("Un bus passe toutes les heures.", "toutes les heures", "SET", "PT1H", ""),
        ("Un bulletin paraît chaque heure.", "chaque heure", "SET", "PT1H", ""),
        # a season after "au"/"en" takes the tense's side; bare seasons stay generic
        ("Il a démissionné au printemps.", "printemps", "DATE", "2025-SP", ""),
        ("Il partira au printemps.", "printemps", "DATE", "2026-SP", ""),
        ("Il a quitté le pays en hiver.", "hiver", "DATE", "2024-WI", ""),
        ("Le camping ouvre en été.", "été", "DATE", "XXXX-SU", ""),
    ],
)
def test_expression_class(finder: TimexFinder, sentence: str, extent: str, type_: str, value: str, mod: str) -> None:
    assert [(t.text, t.type, t.value, t.mod) for t in finder.find(sentence, DCT)] == [(extent, type_, value, mod)]


@pytest.mark.parametrize(
    "sentence",
    [
        "À l'aube d'une nouvelle ère, le pays change.",
        "Il vit au crépuscule de sa carrière.",
        "La crise a éclaté lorsque le Premier ministre a parlé.",
        "La dernière semaine de travail a été longue.",
    ],
)
def test_no_date_in_figures(finder: TimexFinder, sentence: str) -> None:
    assert finder.find(sentence, DCT) == []


def test_window_end_is_no_text_end(finder: TimexFinder) -> None:
    # "le Premier" is no day even when the pattern's window stops right after it
    text = "Les troubles ont commencé le 3 avril, lorsque le Premier ministre a parlé."
    assert [t.text for t in finder.find(text, DCT)] == ["le 3 avril"]
