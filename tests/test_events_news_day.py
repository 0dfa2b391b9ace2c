"""The day of the news: a dispatch's lead dates the day's other acts (pipeline.events.news_day)."""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model

#: A Thursday: "jeudi" in its dispatches is the article's own day.
THURSDAY = "2025-06-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reaction told after the dated lead, in the same paragraph
        ("Le Chili a attaqué jeudi matin un poste frontalier du Pérou. Le Brésil a condamné "
         "le Chili.",
         ("BRA", "ACCUSE", "CHL", THURSDAY)),
        # in the next paragraph, while the text has not moved to another time
        ("Le Chili a rencontré jeudi le Pérou à Lima.\n\nLa Bolivie a critiqué le Chili "
         "devant la presse.",
         ("BOL", "ACCUSE", "CHL", THURSDAY)),
        # a date inside a relative clause qualifies a noun, not the time told
        ("Le Chili a attaqué jeudi le Pérou. L'Argentine a appelé le Chili à respecter "
         "l'accord signé en mars dernier.",
         ("ARG", "REQUEST", "CHL", THURSDAY)),
        # a main clause dated the news day again brings the text back to it
        ("Le Chili a attaqué jeudi le Pérou. La Bolivie avait menacé le Pérou la veille. "
         "Le Brésil a condamné jeudi soir le Chili. L'Argentine a critiqué le Chili.",
         ("ARG", "ACCUSE", "CHL", THURSDAY)),
        # a background paragraph, then the day's reactions in a new paragraph
        ("Le Chili a attaqué jeudi le Pérou.\n\nLes deux pays avaient signé une trêve en "
         "mars 2020. Mais le Chili a rompu la trêve le mois dernier.\n\n"
         "L'Argentine a condamné le Chili.",
         ("ARG", "ACCUSE", "CHL", THURSDAY)),
    ],
    ids=["same-paragraph", "next-paragraph", "relative-date", "back-to-the-day",
         "new-paragraph-after-background"],
)
def test_the_day_s_acts_take_the_lead_s_day(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated_rows(nlp, text, THURSDAY)


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        # the lead is of another day than the article's: no day of news
        ("Le Chili a attaqué mardi le Pérou. Le Brésil a condamné le Chili.",
         ("BRA", "ACCUSE", "CHL", "")),
        # a main clause of another time: the rest is background
        ("Le Chili a attaqué jeudi le Pérou. Les deux pays se sont affrontés en mars 2020. "
         "Le Brésil a condamné le Chili.",
         ("BRA", "ACCUSE", "CHL", "")),
        # the plus-que-parfait tells the background
        ("Le Chili a attaqué jeudi le Pérou. Le Brésil avait condamné le Chili.",
         ("BRA", "ACCUSE", "CHL", "")),
        # "depuis": an ongoing state, not the day's news
        ("Le Chili a attaqué jeudi le Pérou. Depuis la guerre, les relations sont tendues. "
         "Le Brésil a condamné le Chili.",
         ("BRA", "ACCUSE", "CHL", "")),
        # a reported act is not dated by the speech
        ("Le Chili a attaqué jeudi le Pérou. Le Brésil a affirmé avoir aidé l'Argentine.",
         ("BRA", "AID", "ARG", "")),
        # the present tense tells no dated act
        ("Le Chili a attaqué jeudi le Pérou. Le Brésil condamne le Chili.",
         ("BRA", "ACCUSE", "CHL", "")),
        # a background paragraph: its own passé composé is not the day's news
        ("Le Chili a attaqué jeudi le Pérou.\n\nLes deux pays avaient signé une trêve en "
         "mars 2020. L'Argentine a condamné le Chili.",
         ("ARG", "ACCUSE", "CHL", "")),
        # a new paragraph in the plus-que-parfait is still background
        ("Le Chili a attaqué jeudi le Pérou.\n\nLes deux pays avaient signé une trêve en "
         "mars 2020.\n\nL'Argentine avait condamné le Chili.",
         ("ARG", "ACCUSE", "CHL", "")),
    ],
    ids=["lead-of-another-day", "another-time", "pluperfect", "depuis", "reported", "present",
         "background-paragraph", "pluperfect-paragraph"],
)
def test_other_acts_stay_undated(nlp: Language, text: str, undated: Dated) -> None:
    rows = dated_rows(nlp, text, THURSDAY)
    same_event = {row for row in rows if row[:3] == undated[:3]}
    assert same_event == {undated}

