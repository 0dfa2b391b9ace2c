"""Where a relative or year-less date is anchored: the story told, the article's date, the tense."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.dates.finder import TimexFinder
from pipeline.dates.tense import verb_tense
from pipeline.dates.vocab import DateVocab


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


def values(finder: TimexFinder, text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in finder.find(text, dct)}


@pytest.mark.parametrize(
    ("text", "dct", "mention", "value"),
    [
        # A story goes on from a written day towards the article's date.
        ("Le pays a quitté l'union le 12 février 2024. Son envoyé était à Lomé le 5 novembre.",
         "2024-11-20", "le 5 novembre", "2024-11-05"),
        ("Le 3 mars 2025, le traité fut signé. Le 20 septembre, il entrait en vigueur.",
         "2025-10-01", "Le 20 septembre", "2025-09-20"),
        # A flashback keeps the year it is told in.
        ("Le 5 mai 2019, le sommet s'est ouvert. Le 7 juin, il a fallu conclure.",
         "2025-10-01", "Le 7 juin", "2019-06-07"),
        # A month read the same way.
        ("Le 2 février 2025, la délégation était à Rome. En août, elle se rendit à Oslo.",
         "2025-10-01", "août", "2025-08"),
    ],
)
def test_year_less_date_lies_between_story_and_article(
    finder: TimexFinder, text: str, dct: str, mention: str, value: str
) -> None:
    assert values(finder, text, dct)[mention] == value


@pytest.mark.parametrize(
    ("text", "dct", "mention", "value"),
    [
        # "depuis" makes a date past.
        ("Le blocus sur le carburant, en place depuis le 2 mai.", "2025-10-20", "le 2 mai", "2025-05-02"),
        ("Le port est fermé depuis début septembre par la marine.", "2026-03-20", "début septembre", "2025-09"),
        ("La pression s'est accrue depuis l'été.", "2025-12-03", "été", "2025-SU"),
        # A season bounded by "pour" is one season; "en été" in general is none.
        ("Une visite, un temps envisagée pour l'automne, a été reportée.", "2024-06-28", "automne", "2024-FA"),
        ("La fréquentation augmente en été.", "2024-06-28", "été", "XXXX-SU"),
    ],
)
def test_year_less_date_without_story(finder: TimexFinder, text: str, dct: str, mention: str, value: str) -> None:
    assert values(finder, text, dct)[mention] == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # An adjective of frequency beside a past-tense date: this year's.
        ("Les exercices annuels ont commencé le 9 mars.", "le 9 mars", "2026-03-09"),
        ("Les manœuvres mensuelles ont débuté le 2 mars.", "le 2 mars", "2026-03-02"),
        # A yearly habit still X-fills the year.
        ("Chaque année, le 14 juillet, la troupe défile.", "le 14 juillet", "XXXX-07-14"),
        ("La foire annuelle se tient le 14 juillet.", "le 14 juillet", "XXXX-07-14"),
    ],
)
def test_frequency_adjective_is_no_habit_of_the_sentence(
    finder: TimexFinder, text: str, mention: str, value: str
) -> None:
    assert values(finder, text, "2026-03-19")[mention] == value


def test_night_across_two_months_is_the_first_night(finder: TimexFinder) -> None:
    text = "Un drone a été abattu dans la nuit du 30 juin au 1er juillet."
    assert values(finder, text, "2025-07-10")["la nuit du 30 juin au 1er juillet"] == "2025-06-30TNI"


@pytest.mark.parametrize(
    ("form", "lemma", "direction"),
    [("tiendrait", "tenir", 1), ("signeraient", "signer", 1), ("serait", "être", 0), ("tenait", "tenir", -1)],
)
def test_conditional_read_as_imperfect_looks_ahead(form: str, lemma: str, direction: int) -> None:
    # "Le sommet <form> en décembre", the parser tagging the verb an imperfect.
    doc = Doc(Vocab(), words=["Le", "sommet", form, "en", "décembre"], heads=[1, 2, 2, 4, 2],
              deps=["det", "nsubj", "ROOT", "case", "obl:mod"], pos=["DET", "NOUN", "VERB", "ADP", "NOUN"],
              morphs=["", "", "Mood=Ind|Tense=Imp|VerbForm=Fin", "", ""], lemmas=["le", "sommet", lemma, "en", "décembre"])
    assert verb_tense(doc[2], DateVocab.load()) == direction
