"""Which dates set the story's year, and two days in a row as one span (invented sentences)."""

from __future__ import annotations

import pytest

from pipeline.dates.finder import TimexFinder, frames_sentence
from pipeline.dates.ranges import join_day_spans

ARTICLE = "2026-05-20"


@pytest.fixture(scope="module")
def tagger() -> TimexFinder:
    return TimexFinder()


def _value(tagger: TimexFinder, text: str, mention: str, spans: bool = False) -> str:
    found = tagger.find(text, ARTICLE)
    if spans:
        found = join_day_spans(found, text)
    return next(t.value for t in found if t.text == mention)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # a year inside a noun phrase does not set the story: the article's year
        ("Les troupes sont là depuis la guerre de 1992. Le parti a gagné les élections du 28 mars.",
         "28 mars", "2026-03-28"),
        ("Le pacte signé en 2019 a été contesté. Le vote, annoncé pour avril, a été reporté.",
         "avril", "2026-04"),
        ("Les deux pays, réconciliés depuis la visite du roi en février 2024, ont tenu en mars des consultations.",
         "mars", "2026-03"),
        ("La carte publiée l'an dernier a fâché Rome. Malte, qui préside jusqu'à la fin juin le forum, a protesté.",
         "la fin juin", "2026-06"),
        # a date opening its sentence does: a past year keeps to it
        ("En 2019, le pacte a été signé. En avril, il a été contesté.", "avril", "2019-04"),
        ("En 1998, le club a été créé. Le 3 mars, il a gagné.", "Le 3 mars", "1998-03-03"),
        # and a story goes forward: a month earlier in the calendar is the next year's
        ("En octobre 2025, l'émissaire a promis un accord. Il s'est rendu à Rabat en février.",
         "février", "2026-02"),
        ("En juillet 2024, le groupe a attaqué un navire. Il a suspendu ses tirs en mars.",
         "mars", "2025-03"),
        ("En octobre 2025, l'émissaire a promis un accord. Il s'est rendu à Rabat en novembre.",
         "novembre", "2025-11"),
    ],
)
def test_story_year_comes_from_a_framing_date(tagger: TimexFinder, text: str, mention: str, value: str) -> None:
    assert _value(tagger, text, mention) == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Le souvenir de l'été 2020 reste vif. Cette année-là, un navire a sondé ces eaux.", "Cette année-là", "2020"),
        ("L'hiver 2021 a été rude. Cette année-là, les prix ont doublé.", "Cette année-là", "2021"),
    ],
)
def test_a_season_of_a_year_is_the_year_narrated(tagger: TimexFinder, text: str, mention: str, value: str) -> None:
    assert _value(tagger, text, mention) == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Le sommet doit se tenir les 7 et 8 juillet à Rome.", "les 7 et 8 juillet", "2026-07-07/2026-07-08"),
        ("Les ministres se sont vus les 30 et 31 mars à Oslo.", "les 30 et 31 mars", "2026-03-30/2026-03-31"),
        # not in a row: two days
        ("Les ministres se verront les 3 et 10 juin.", "10 juin", "2026-06-10"),
    ],
)
def test_two_days_in_a_row_are_one_span(tagger: TimexFinder, text: str, mention: str, value: str) -> None:
    assert _value(tagger, text, mention, spans=True) == value


@pytest.mark.parametrize(
    ("text", "mention", "frames"),
    [
        ("Le pacte tient. En 2020, il a cédé.", "2020", True),
        ("Le pacte signé en 2019 tient.", "2019", False),
        ("Mais dès 2018 le pacte a tenu.", "2018", True),
    ],
)
def test_frames_sentence(text: str, mention: str, frames: bool) -> None:
    ends = [i for i, c in enumerate(text) if c == "."]
    assert frames_sentence(text, text.index(mention), ends) is frames
