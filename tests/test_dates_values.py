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
        ("le 20 décembre 2025", "DATE", "2025-12-20", ""),
        ("l'automne 2022", "DATE", "2022-FA", ""),
        # absolute and partial dates
        ("le mercredi 1er mai 2002", "DATE", "2002-05-01", ""),
        ("octobre 98", "DATE", "1998-10", ""),
        ("le 10 novembre 93", "DATE", "1993-11-10", ""),
        ("le 9 janvier 27 pays", "DATE", "2026-01-09", ""),
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
        ("dans la nuit de jeudi à vendredi", "TIME", "2025-12-18TNI", ""),
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
        ("une dizaine d'années", "DURATION", "P10Y", "APPROX"),
        ("une vingtaine de jours", "DURATION", "P20D", "APPROX"),
        ("un quart de siècle", "DURATION", "P25Y", ""),
        ("quinze minutes", "DURATION", "PT15M", ""),
        # sets and references
        ("chaque lundi", "SET", "XXXX-WXX-1", ""),
        ("tous les jeudis", "SET", "XXXX-WXX-4", ""),
        ("chaque année", "SET", "P1Y", ""),
        ("tous les deux ans", "SET", "P2Y", ""),
        ("tous les soirs", "SET", "XXXX-XX-XXTEV", ""),
        ("chaque matin", "SET", "XXXX-XX-XXTMO", ""),
        ("actuellement", "TIME", "PRESENT_REF", ""),
        # classes of French news added in the second pass
        ("en fin de semaine", "DATE", "2025-W51", "END"),
        ("en début d'année", "DATE", "2025", "START"),
        ("en fin de mois", "DATE", "2025-12", "END"),
        ("le week-end dernier", "DATE", "2025-W50-WE", ""),
        ("la semaine passée", "DATE", "2025-W50", ""),
        ("l'an prochain", "DATE", "2026", ""),
        ("jusqu'en 2030", "DATE", "2030", ""),
        ("le lendemain", "DATE", "2025-12-21", ""),
        ("l'avant-veille", "DATE", "2025-12-18", ""),
        ("au printemps 2024", "DATE", "2024-SP", ""),
        ("à l'automne", "DATE", "XXXX-FA", ""),
        ("les mois d'hiver", "DATE", "XXXX-WI", ""),
        ("au premier trimestre 2025", "DATE", "2025-Q1", ""),
        ("le XXe siècle", "DATE", "19", ""),
        ("les années 1990", "DATE", "199", ""),
        ("au début des années 2000", "DATE", "200", "START"),
        ("la fin des années 80", "DATE", "198", "END"),
        ("mardi 16 décembre au soir", "TIME", "2025-12-16TEV", ""),
        ("à la mi-journée", "TIME", "2025-12-20TMI", ""),
        ("en milieu de journée", "TIME", "2025-12-20TMI", ""),
        ("à 14 heures", "TIME", "2025-12-20T14:00", ""),
        ("à midi", "TIME", "2025-12-20T12:00", ""),
        ("à minuit", "TIME", "2025-12-20T24:00", ""),
        ("cet après-midi", "TIME", "2025-12-20TAF", ""),
        ("cette nuit", "TIME", "2025-12-20TNI", ""),
        ("vers 12 h 30 locales", "TIME", "2025-12-20T12:30", "APPROX"),
        ("20 h 30 en France", "TIME", "2025-12-20T20:30+1", ""),
        ("20 h 30 heure de Paris", "TIME", "2025-12-20T20:30+1", ""),
        ("10 h GMT", "TIME", "2025-12-20T10:00Z", ""),
        ("depuis trois mois", "DURATION", "P3M", ""),
        ("trois jours plus tard", "DURATION", "P3D", ""),
        ("les dix dernières années", "DURATION", "P10Y", ""),
        ("les trois prochains jours", "DURATION", "P3D", ""),
        ("tous les lundis", "SET", "XXXX-WXX-1", ""),
        ("deux fois par an", "SET", "P1Y", ""),
        ("trois fois par semaine", "SET", "P1W", ""),
        ("les prochaines élections", "TIME", "FUTURE_REF", ""),
        ("dernièrement", "TIME", "PAST_REF", ""),
        ("il y a peu", "TIME", "PAST_REF", ""),
        ("ces jours-ci", "TIME", "PRESENT_REF", ""),
        ("l'année en cours", "DATE", "2025", ""),
        ("dans la nuit du 3 au 4 mai", "TIME", "2026-05-03TNI", ""),
        ("la nuit du 3 au 4 mai 2024", "TIME", "2024-05-03TNI", ""),
        ("autrefois", "TIME", "PAST_REF", ""),
        ("à l'avenir", "TIME", "FUTURE_REF", ""),
        # a month with a year relative to the article's
        ("août de l'an dernier", "DATE", "2024-08", ""),
        ("mars de l'année prochaine", "DATE", "2026-03", ""),
        ("juin de cette année", "DATE", "2025-06", ""),
        # parts of a day or a unit, "en" left out of the extent
        ("en fin de journée", "TIME", "2025-12-20TEV", ""),
        ("en début de journée", "TIME", "2025-12-20TMO", ""),
        ("en fin de matinée", "TIME", "2025-12-20TMO", "END"),
        ("en ce début d'année", "DATE", "2025", "START"),
        ("en fin de semaine prochaine", "DATE", "2025-W52", "END"),
        # approximate durations with an elided "de"
        ("plus d'un an", "DURATION", "P1Y", "MORE_THAN"),
        ("moins d'une semaine", "DURATION", "P1W", "LESS_THAN"),
        ("près d'une heure", "DURATION", "PT1H", "APPROX"),
        ("le même jour", "DATE", "2025-12-20", ""),
    ],
)
def test_expression_value(finder: TimexFinder, text: str, type_: str, value: str, mod: str) -> None:
    t = only(finder, text)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le 3 juillet, il arrive à 20 h 30 en France.", "2025-07-03T20:30+2"),
        ("Le 3 mars, il arrive à 20 h 30 en France.", "2026-03-03T20:30+1"),
    ],
)
def test_french_time_follows_summer_time(finder: TimexFinder, text: str, value: str) -> None:
    assert finder.find(text, DCT)[-1].value == value


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        # A sentence-opening "Aujourd'hui," contrasts the present with the past.
        ("Aujourd'hui, la ville a changé d'ambiance.", "TIME", "PRESENT_REF"),
        ("Le ministre se rend aujourd'hui à Sangatte.", "DATE", "2025-12-20"),
        ("Il l'annoncera aujourd'hui vendredi.", "DATE", "2025-12-20"),
        ("La liste est désormais complète.", "TIME", "PRESENT_REF"),
    ],
)
def test_today_as_day_or_present(finder: TimexFinder, text: str, type_: str, value: str) -> None:
    t = finder.find(text, DCT)[0]
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le 9 janvier", "XXXX-01-09"),
        ("mercredi", "XXXX-XX-XX"),
        ("hier", "XXXX-XX-XX"),
        ("cette année", "XXXX"),
        ("le 9 janvier 2003", "2003-01-09"),
        ("samedi 9 janvier", "XXXX-01-09"),
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
        # "derniers" counts from the article's date, not from the first day of the pair
        ("les 10 et 11 décembre derniers", ["2025-12-10", "2025-12-11"]),
        # a season in a future sentence is the coming one; in the present, any
        ("Ils se retrouveront à l'automne.", ["2026-FA"]),
        ("Le camping ferme à l'automne.", ["XXXX-FA"]),
        ("En 2019, il est élu. L'année suivante, il part.", ["2019", "2020"]),
        ("En mars 2019, puis le mois suivant.", ["2019-03", "2019-04"]),
        # anaphors take the time just named, however far back
        ("Le feu a pris vers 15 h 30, hier. " + "Les pompiers sont venus. " * 8
         + "Personne n'était là à ce moment-là.", ["2025-12-19T15:30", "2025-12-19T15:30"]),
        ("Hausse de 10 points par rapport à l'année dernière à la même époque.", ["2024", "2024-12"]),
        ("Il n'y avait personne à ce moment-là.", []),
        # a named day stays the text's time for five sentences, then the article's date returns
        ("Le 7 février 2003, il part. " + "Il marche. " * 4 + "Il arrive à midi.",
         ["2003-02-07", "2003-02-07T12:00"]),
        ("Le 7 février 2003, il part. " + "Il marche. " * 6 + "Il arrive à midi.",
         ["2003-02-07", "2025-12-20T12:00"]),
    ],
)
def test_values_follow_the_text(finder: TimexFinder, text: str, values: list[str]) -> None:
    assert [t.value for t in finder.find(text, DCT)] == values


@pytest.mark.parametrize(
    "text",
    ["le 60e anniversaire", "sa quatrième année", "une femme d'une trentaine d'années", "Il a été élu.", "les Jeux d'hiver", "2 000 euros",
     "1500 soldats", "la résolution 2231", "2000 manifestants", "en dehors des heures scolaires",
     "des heures supplémentaires", "une Alsacienne de 6 ans", "Elle a 45 ans.", "Ils avaient 20 ans."],
)
def test_no_date_without_calendar_words(finder: TimexFinder, text: str) -> None:
    assert finder.find(text, DCT) == []


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Il est arrivé jeudi à Paris.", "2025-12-18"),
        ("Le sommet se tiendra jeudi à Paris.", "2025-12-25"),
        ("Le ministre est allé jeudi à Ankara.", "2025-12-18"),
        ("Le président ira jeudi à Tokyo.", "2025-12-25"),
        # a future on the article's own weekday (a Saturday) is that very day
        ("Le conseil se réunira samedi à Lyon.", "2025-12-20"),
        ("La ministre doit recevoir samedi son homologue.", "2025-12-20"),
        # "prochain" stays strictly after it
        ("Ils se verront samedi prochain.", "2025-12-27"),
        # the tense cue nearest the weekday decides, not a later relative clause
        ("Les deux armées ont lancé vendredi des exercices, qui doivent se poursuivre au large.", "2025-12-19"),
        ("Le texte, que le Sénat examinera, a été signé mardi.", "2025-12-16"),
        ("Les deux pays, qui ont rompu leurs relations, doivent signer mardi un accord.", "2025-12-23"),
    ],
)
def test_bare_weekday_follows_tense(finder: TimexFinder, text: str, future: str) -> None:
    assert [t.value for t in finder.find(text, DCT)] == [future]


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        # "prochain"/"dernier" units count from the article's date, not from a weekday named before
        ("Elle a voté samedi. Elle se rendra à Rome la semaine prochaine.", "2024-12-17",
         ["2024-12-14", "2024-W52"]),
        ("Il a été reçu mercredi. Une commission se réunira le mois prochain.", "2022-12-02",
         ["2022-11-30", "2023-01"]),
        ("Ils se sont parlé hier. Le vote a eu lieu l'an dernier.", "2026-01-01", ["2025-12-31", "2025"]),
        # ... but from a date written out in the same or the previous sentence
        ("Le 7 février 2003, il part. Il avait écrit le mois dernier.", DCT, ["2003-02-07", "2003-01"]),
        ("Le 7 février 2003, il part. Il marche. Il reviendra le mois prochain.", DCT,
         ["2003-02-07", "2026-01"]),
        # anaphoric "suivant" still follows the time the text is talking about
        ("Il a été reçu mercredi. La semaine suivante, il est reparti.", "2022-12-02",
         ["2022-11-30", "2022-W49"]),
    ],
)
def test_deictic_units_follow_speech_time(finder: TimexFinder, text: str, dct: str, values: list[str]) -> None:
    assert [t.value for t in finder.find(text, dct)] == values


def test_every_set_in_the_vocabulary_is_valid_timex3(finder: TimexFinder) -> None:
    import json

    from pipeline.evaluate.schema import is_timex_value
    from pipeline.paths import models_dir

    sets = json.loads((models_dir() / "dates" / "vocab.json").read_text(encoding="utf-8"))["sets"]
    bad = {phrase: value for phrase, value in sets.items() if not is_timex_value(value)}
    assert bad == {}
