"""Dates carried beyond the sentence's own dates: episodes, same-party acts, spans, occasions."""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


def dated(nlp: Language, text: str) -> set[Dated]:
    return dated_rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the episode runs on over several sentences of the paragraph
        ("L'Inde et le Brésil ont procédé mercredi à un échange de prisonniers. Au total, douze "
         "personnes ont été libérées. L'opération a été coordonnée par l'Égypte, qui a accueilli "
         "les délégations de l'Inde et du Brésil.",
         ("EGY", "CONSULT", "IND", "2025-06-11")),
        # a past infinitive under a past speech verb is told in the past too
        ("La Russie a attaqué la Pologne mardi. Plusieurs drones ont été abattus. "
         "La Biélorussie a assuré avoir informé la Pologne de ces manœuvres.",
         ("BLR", "CONSULT", "POL", "2025-06-10")),
        # a month-level date carries as well
        ("Le président chilien s'est rendu au Pérou en mars. Il a signé un accord avec le Pérou.",
         ("CHL", "AGREE", "PER", "2025-03")),
        # a planned act's deadline between them is no time told: the episode runs on
        ("Le Chili a rencontré le Pérou mercredi à Lima. Le Pérou s'est engagé à livrer du gaz "
         "avant la fin de l'année. Le Chili a également signé un accord avec le Pérou.",
         ("CHL", "AGREE", "PER", "2025-06-11")),
        # a reaction voiced by a participant of the meeting told just before
        ("Le ministre péruvien s'est entretenu mardi avec son homologue chilien. Le Chili a "
         "exprimé sa solidarité avec le Pérou.",
         ("CHL", "SUPPORT", "PER", "2025-06-10")),
        # a participle coordinated to a passé composé shares its auxiliary
        ("Le Chili a rencontré le Pérou mercredi à Lima. Le Chili a remercié le Pérou et "
         "appelé la Bolivie à ouvrir sa frontière.",
         ("CHL", "REQUEST", "BOL", "2025-06-11")),
    ],
    ids=["episode-three-sentences", "past-infinitive", "month", "planned-date-between",
         "reaction-at-meeting", "coordinated-participle"],
)
def test_episode_carries_the_date(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph break ends the episode
        "Le Chili a rencontré le Pérou mercredi à Lima.\n\nLe Chili a ensuite signé un accord avec le Pérou.",
        # "ensuite" places the act later
        "Le Chili a rencontré le Pérou mercredi à Lima. Le Chili a ensuite signé un accord avec le Pérou.",
        # a plan is not told as part of the past episode
        "Le Chili a rencontré le Pérou mercredi à Lima. Le Chili signera un accord avec le Pérou.",
    ],
    ids=["paragraph-break", "ensuite", "future"],
)
def test_episode_stops(nlp: Language, text: str) -> None:
    agree = {d for d in dated(nlp, text) if d[1] == "AGREE"}
    assert agree and all(d[3] == "" for d in agree)


@pytest.mark.parametrize(
    "text",
    [
        # a reaction after an act that is no meeting may come days later
        "Le Chili a attaqué le Pérou mardi. Le Brésil a exprimé sa solidarité avec le Pérou.",
        # a reaction two sentences after the meeting is no longer told as part of it
        "Le ministre péruvien s'est entretenu mardi avec son homologue chilien. Plusieurs "
        "dossiers ont été abordés. Le Chili a exprimé sa solidarité avec le Pérou.",
    ],
    ids=["after-an-attack", "two-sentences-later"],
)
def test_reaction_stays_undated(nlp: Language, text: str) -> None:
    support = {d for d in dated(nlp, text) if d[1] == "SUPPORT"}
    assert support and all(d[3] == "" for d in support)


def test_episode_stops_at_a_clause_with_its_own_date(nlp: Language) -> None:
    # "après la crise de 2019" places the signing, whether or not it dates it directly.
    text = ("Le Chili a rencontré le Pérou mercredi à Lima. Le Chili, qui a signé un accord avec le "
            "Pérou après la crise de 2019, partage désormais une longue frontière avec la Bolivie.")
    agree = {d for d in dated(nlp, text) if d[1] == "AGREE"}
    assert agree and all(d[3] != "2025-06-11" for d in agree)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two acts of one sentence between the same two parties: one occasion
        ("Les ministres chilien et péruvien, qui se sont entretenus jeudi, ont convenu de "
         "renforcer leur coopération.", ("CHL", "AGREE", "PER", "2025-06-12")),
        ("La Chine a condamné hier le Japon, qui a exhorté la Chine à la retenue.",
         ("JPN", "REQUEST", "CHN", "2025-06-14")),
    ],
    ids=["relative-on-subject", "relative-on-object"],
)
def test_same_parties_share_the_sentence_date(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le président chilien a achevé jeudi une visite officielle au Pérou entamée lundi.",
         ("CHL", "CONSULT", "PER", "2025-06-09/2025-06-12")),
        ("Le président chilien a terminé vendredi une visite au Pérou commencée mardi.",
         ("CHL", "CONSULT", "PER", "2025-06-10/2025-06-13")),
    ],
    ids=["achever-entamer", "terminer-commencer"],
)
def test_visit_span_from_start_and_end_verbs(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated(nlp, text)


def test_occasion_reached_through_a_misparsed_list(nlp: Language) -> None:
    text = ("Ces manœuvres avaient été décidées par le président chilien, le président péruvien et "
            "le président bolivien lors de leur sommet de Lima, en août 2024.")
    assert ("CHL", "CONSULT", "PER", "2024-08") in dated(nlp, text)


def test_date_bounds_keeps_calendar_dates_only() -> None:
    """A calendar date's span is kept with its token bounds; a duration is left out."""
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from pipeline.events.narrative import date_bounds
    from pipeline.extensions import register_extensions
    from pipeline.types import Timex

    register_extensions()
    doc = Doc(Vocab(), words=["Signé", "en", "2024", "pour", "trois", "ans"])
    year, years = Span(doc, 2, 3), Span(doc, 4, 6)
    year._.timex = Timex(9, 13, "2024", "DATE", "2024")
    years._.timex = Timex(18, 27, "trois ans", "DURATION", "P3Y")
    doc.spans["timex"] = [year, years]
    assert date_bounds(doc) == [(2, 3)]
