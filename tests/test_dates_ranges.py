"""Ranges: two TIMEX3 ends for the French TimeBank, one span of days for the event table (article of Wednesday 18 June 2025)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.dates.component import DateTagger
from pipeline.dates.finder import TimexFinder
from pipeline.dates.ranges import join_day_spans
from pipeline.extensions import register_extensions
from pipeline.types import Timex

DCT = "2025-06-18"


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        # an elliptical first end takes the month (and year) of the second
        ("Le festival a eu lieu du 3 au 5 mars.", [("3", "2025-03-03"), ("5 mars", "2025-03-05")]),
        ("Le festival aura lieu du 3 au 5 mars 2026.", [("3", "2026-03-03"), ("5 mars 2026", "2026-03-05")]),
        ("Il a neigé du lundi 3 au mercredi 5 mars.", [("lundi 3", "2025-03-03"), ("mercredi 5 mars", "2025-03-05")]),
        ("Il a neigé entre le 3 et le 5 mars.", [("le 3", "2025-03-03"), ("le 5 mars", "2025-03-05")]),
        ("Il a neigé du 28 au 3 mars 2024.", [("28", "2024-02-28"), ("3 mars 2024", "2024-03-03")]),
        # full ends stay as they are; a year-less first end takes the second's year
        ("Il a neigé du 3 mars 2023 au 5 avril 2024.", [("3 mars 2023", "2023-03-03"), ("5 avril 2024", "2024-04-05")]),
        ("Il a neigé de janvier à mars 2024.", [("janvier", "2024-01"), ("mars 2024", "2024-03")]),
        ("Il a neigé du 3 décembre au 5 janvier 2024.", [("3 décembre", "2023-12-03"), ("5 janvier 2024", "2024-01-05")]),
        # years, hours, pairs of years
        ("Il a régné de 1995 à 2002.", [("1995", "1995"), ("2002", "2002")]),
        ("Il a été président entre 2012 et 2017.", [("2012", "2012"), ("2017", "2017")]),
        ("La saison 2024-2025 a commencé.", [("2024", "2024"), ("2025", "2025")]),
        ("Ouvert de 9 h à 17 h.", [("9 h", "2025-06-18T09:00"), ("17 h", "2025-06-18T17:00")]),
        # a second weekday never falls before the first
        ("Les bureaux seront fermés de lundi à mercredi.", [("lundi", "2025-06-23"), ("mercredi", "2025-06-25")]),
        ("Il a plu du jeudi au lundi.", [("jeudi", "2025-06-12"), ("lundi", "2025-06-16")]),
        # a night "du 3 au 4" is one night, not a range
        ("Des tirs ont éclaté dans la nuit du 3 au 4 mars.", [("la nuit du 3 au 4 mars", "2025-03-03TNI")]),
    ],
)
def test_range_ends_are_two_mentions(finder: TimexFinder, sentence: str, ends: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in finder.find(sentence, DCT)] == ends


def _t(text: str, part: str, value: str) -> Timex:
    start = text.index(part)
    return Timex(start, start + len(part), part, "DATE", value)


@pytest.mark.parametrize(
    ("text", "ends", "joined"),
    [
        ("du 9 au 12 janvier", [("9", "2003-01-09"), ("12 janvier", "2003-01-12")], ["2003-01-09/2003-01-12"]),
        ("depuis le 9 jusqu'au 12 janvier", [("le 9", "XXXX-01-09"), ("12 janvier", "XXXX-01-12")],
         ["XXXX-01-09/XXXX-01-12"]),
        ("du 3 mars au 5 avril", [("3 mars", "2025-03-03"), ("5 avril", "2025-04-05")], ["2025-03-03/2025-04-05"]),
        # "du … au …" days and "de … à …" years are stretches; "entre" stays two mentions
        ("entre le 3 et le 5 mars", [("le 3", "2025-03-03"), ("le 5 mars", "2025-03-05")], ["2025-03-03", "2025-03-05"]),
        ("de 1995 à 2002", [("1995", "1995"), ("2002", "2002")], ["1995/2002"]),
        ("depuis 1995 jusqu'en 2002", [("1995", "1995"), ("2002", "2002")], ["1995/2002"]),
        ("entre 1995 et 2002", [("1995", "1995"), ("2002", "2002")], ["1995", "2002"]),
        ("de 2002 à 1995", [("2002", "2002"), ("1995", "1995")], ["2002", "1995"]),
        ("le 9 janvier et le 12 janvier", [("le 9 janvier", "2003-01-09"), ("le 12 janvier", "2003-01-12")],
         ["2003-01-09", "2003-01-12"]),
    ],
)
def test_join_day_spans(text: str, ends: list[tuple[str, str]], joined: list[str]) -> None:
    assert [t.value for t in join_day_spans([_t(text, p, v) for p, v in ends], text)] == joined


_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


@pytest.mark.parametrize(
    ("text", "ends", "joined"),
    [
        # two weekdays in a row joined by "et": one weekend, one span
        ("ils ont manifesté samedi et dimanche", [("samedi", "2026-03-21"), ("dimanche", "2026-03-22")],
         ["2026-03-21/2026-03-22"]),
        ("le forum se tiendra lundi et mardi", [("lundi", "2026-03-30"), ("mardi", "2026-03-31")],
         ["2026-03-30/2026-03-31"]),
        # days apart, "entre", or not both weekdays: two mentions
        ("il est venu lundi et jeudi", [("lundi", "2026-03-23"), ("jeudi", "2026-03-26")],
         ["2026-03-23", "2026-03-26"]),
        ("il viendra entre lundi et mardi", [("lundi", "2026-03-30"), ("mardi", "2026-03-31")],
         ["2026-03-30", "2026-03-31"]),
        ("il parlera hier et mardi", [("hier", "2026-03-30"), ("mardi", "2026-03-31")],
         ["2026-03-30", "2026-03-31"]),
        ("samedi puis dimanche", [("samedi", "2026-03-21"), ("dimanche", "2026-03-22")],
         ["2026-03-21", "2026-03-22"]),
    ],
)
def test_join_weekday_pairs(text: str, ends: list[tuple[str, str]], joined: list[str]) -> None:
    timexes = [_t(text, p, v) for p, v in ends]
    assert [t.value for t in join_day_spans(timexes, text, _WEEKDAYS)] == joined


def test_component_gives_the_event_table_a_span() -> None:
    register_extensions()
    doc = spacy.blank("fr").make_doc("La visite à Moscou du 9 au 12 janvier a permis une percée.")
    doc._.doc_date = None
    doc = DateTagger()(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == [("9 au 12 janvier", "XXXX-01-09/XXXX-01-12")]
    assert [s.text for s in doc.spans["timex"]] == ["9 au 12 janvier"]
