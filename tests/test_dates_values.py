"""Expression → TIMEX3 value, against a fixed article date (Saturday 20 December 2025)."""

from __future__ import annotations

import pytest

from pipeline.dates.finder import TimexFinder
from pipeline.types import Timex

DCT = "2025-12-20"


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


def only(finder: TimexFinder, text: str, anchor: str | None = DCT) -> Timex:
    found = finder.find(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "value", "mod"),
    [
        # the contract (spec, section 5)
        ("mi-décembre 2025", "DATE", "2025-12", "MID"),
        ("du 9 au 12 janvier 2003", "DATE", "2003-01-09/2003-01-12", ""),
        ("le 20 décembre 2025", "DATE", "2025-12-20", ""),
        ("l'automne 2022", "DATE", "2022-FA", ""),
        # absolute and partial dates
        ("le mercredi 1er mai 2002", "DATE", "2002-05-01", ""),
        ("octobre 98", "DATE", "1998-10", ""),
        ("le 10 novembre 93", "DATE", "1993-11-10", ""),
        ("en 1998", "DATE", "1998", ""),
        ("l'année 2001", "DATE", "2001", ""),
        ("12/03/2025", "DATE", "2025-03-12", ""),
        ("début octobre", "DATE", "2025-10", "START"),
        ("fin 2024", "DATE", "2024", "END"),
        ("les années 90", "DATE", "199", ""),
        ("au XXe siècle", "DATE", "19", ""),
        # year-less dates go to the nearest year, or the side "dernier"/"prochain" says
        ("le 3 janvier", "DATE", "2026-01-03", ""),
        ("le 6 mai dernier", "DATE", "2025-05-06", ""),
        ("juin prochain", "DATE", "2026-06", ""),
        ("septembre dernier", "DATE", "2025-09", ""),
        # deictic days, weekdays, relative units
        ("hier", "DATE", "2025-12-19", ""),
        ("avant-hier", "DATE", "2025-12-18", ""),
        ("demain", "DATE", "2025-12-21", ""),
        ("aujourd'hui", "DATE", "2025-12-20", ""),
        ("mercredi", "DATE", "2025-12-17", ""),
        ("mercredi dernier", "DATE", "2025-12-17", ""),
        ("lundi prochain", "DATE", "2025-12-22", ""),
        ("la semaine prochaine", "DATE", "2025-W52", ""),
        ("cette semaine", "DATE", "2025-W51", ""),
        ("ce week-end", "DATE", "2025-W51-WE", ""),
        ("le mois dernier", "DATE", "2025-11", ""),
        ("l'an dernier", "DATE", "2024", ""),
        ("l'année précédente", "DATE", "2024", ""),
        ("cette année", "DATE", "2025", ""),
        ("il y a deux ans", "DATE", "2023", ""),
        ("la fin de l'année dernière", "DATE", "2024", "END"),
        ("l'été dernier", "DATE", "2025-SU", ""),
        ("le week-end dernier", "DATE", "2025-W50-WE", ""),
        ("le premier trimestre 2003", "DATE", "2003-Q1", ""),
        ("vendredi 12", "DATE", "2025-12-12", ""),
        ("depuis le début de l'année", "DATE", "2025", "START"),
        # times of day
        ("dans la nuit de samedi à dimanche", "TIME", "2025-12-13TNI", ""),
        ("en fin de matinée", "TIME", "2025-12-20TMO", "END"),
        ("le soir", "TIME", "2025-12-20TEV", ""),
        ("hier soir", "TIME", "2025-12-19TEV", ""),
        ("ce soir", "TIME", "2025-12-20TEV", ""),
        ("ce matin", "TIME", "2025-12-20TMO", ""),
        ("hier à 10 h", "TIME", "2025-12-19T10:00", ""),
        ("22 h", "TIME", "2025-12-20T22:00", ""),
        ("vers 18 h 30", "TIME", "2025-12-20T18:30", "APPROX"),
        ("à 15 heures", "TIME", "2025-12-20T15:00", ""),
        ("mardi après-midi", "TIME", "2025-12-16TAF", ""),
        # durations
        ("trois jours", "DURATION", "P3D", ""),
        ("dix ans", "DURATION", "P10Y", ""),
        ("dix-huit mois", "DURATION", "P18M", ""),
        ("30,4 secondes", "DURATION", "PT30.4S", ""),
        ("environ une heure", "DURATION", "PT1H", "APPROX"),
        ("plusieurs années", "DURATION", "PXY", ""),
        ("ces dernières semaines", "DURATION", "PXW", ""),
        ("depuis vingt ans", "DURATION", "P20Y", ""),
        ("un quart de siècle", "DURATION", "P25Y", ""),
        ("quinze minutes", "DURATION", "PT15M", ""),
        # sets and references
        ("chaque lundi", "SET", "XXXX-WXX-1", ""),
        ("tous les jeudis", "SET", "XXXX-WXX-4", ""),
        ("chaque année", "SET", "P1Y", ""),
        ("actuellement", "TIME", "PRESENT_REF", ""),
        ("autrefois", "TIME", "PAST_REF", ""),
        ("à l'avenir", "TIME", "FUTURE_REF", ""),
    ],
)
def test_expression_value(finder: TimexFinder, text: str, type_: str, value: str, mod: str) -> None:
    t = only(finder, text)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le 9 janvier", "XXXX-01-09"),
        ("mercredi", "XXXX-XX-XX"),
        ("hier", "XXXX-XX-XX"),
        ("cette année", "XXXX"),
        ("le 9 janvier 2003", "2003-01-09"),
    ],
)
def test_undated_article_keeps_x(finder: TimexFinder, text: str, value: str) -> None:
    assert only(finder, text, None).value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # relative to the time the text is talking about
        ("Le 7 février 2003, il a rappelé le mois dernier.", ["2003-02-07", "2003-01"]),
        ("Le 6 mars 1941, la veille, à 9 h 15.", ["1941-03-06", "1941-03-05", "1941-03-05T09:15"]),
        ("Dimanche 5 janvier 2003 à 9 h 15.", ["2003-01-05", "2003-01-05T09:15"]),
        ("les 6 et 13 avril prochains", ["2026-04-06", "2026-04-13"]),
    ],
)
def test_values_follow_the_text(finder: TimexFinder, text: str, values: list[str]) -> None:
    assert [t.value for t in finder.find(text, DCT)] == values


@pytest.mark.parametrize(
    "text",
    ["le 60e anniversaire", "sa quatrième année", "Il a été élu.", "les Jeux d'hiver", "2 000 euros"],
)
def test_no_date_without_calendar_words(finder: TimexFinder, text: str) -> None:
    assert finder.find(text, DCT) == []


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Il est arrivé jeudi à Paris.", "2025-12-18"),
        ("Le sommet se tiendra jeudi à Paris.", "2025-12-25"),
    ],
)
def test_bare_weekday_follows_tense(finder: TimexFinder, text: str, future: str) -> None:
    assert [t.value for t in finder.find(text, DCT)] == [future]
