"""Dates from the context: the meeting an act belongs to, "alors", the actor's dated clause…"""

from __future__ import annotations

import pytest
from events_docs import Dated, dated_rows
from spacy.language import Language

pytestmark = pytest.mark.model


def dated(nlp: Language, text: str) -> set[Dated]:
    return dated_rows(nlp, text)


def dates_of(nlp: Language, text: str, event_type: str) -> set[str]:
    return {d[3] for d in dated(nlp, text) if d[1] == event_type}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the summit is dated by its opening day and its end bound; talks "en marge du sommet" take it
        ("Le président chilien a ouvert jeudi à Santiago le sommet de la CELAC, qui se poursuit "
         "jusqu'à samedi. Les délégués ont débattu du climat. En marge du sommet, le président "
         "péruvien s'est entretenu avec son homologue colombien.",
         ("PER", "CONSULT", "COL", "2025-06-12/2025-06-14")),
        # "lors de la réunion" refers to the meeting told before
        ("Les ministres de l'OEA ont tenu mardi une réunion à Lima. Lors de la réunion, le Chili "
         "a rencontré l'Argentine.", ("CHL", "CONSULT", "ARG", "2025-06-10")),
        # the host described by a relative clause acts at the summit, on both days
        ("Le président brésilien, qui a présidé lundi et mardi ce sommet du Mercosur, a appelé "
         "l'Argentine au dialogue.", ("BRA", "REQUEST", "ARG", "2025-06-09/2025-06-10")),
        # "alors": the time the sentence before talks about
        ("La guerre entre les deux pays a éclaté en mars 2020. Le Pérou avait alors rappelé son "
         "ambassadeur au Chili et accusé le Chili d'agression.", ("PER", "ACCUSE", "CHL", "2020-03")),
        # the other half of a deal, across a paragraph break
        ("Le Venezuela a libéré jeudi trois Colombiens.\n\nEn contrepartie, la Colombie a libéré "
         "un officier vénézuélien.", ("COL", "CONCEDE", "VEN", "2025-06-12")),
        ("Le Pérou a libéré mardi deux prisonniers chiliens. En échange, le Chili a libéré un "
         "officier péruvien.", ("CHL", "CONCEDE", "PER", "2025-06-10")),
        # the actor's own dated clause, though no event, dates what it does next
        ("Le Premier ministre indien est arrivé mercredi à Tokyo. Il s'est entretenu avec le "
         "Premier ministre japonais.", ("IND", "CONSULT", "JPN", "2025-06-11")),
        ("La présidente chilienne a atterri lundi à Lima. Elle a rencontré le président péruvien.",
         ("CHL", "CONSULT", "PER", "2025-06-09")),
        # a reaction made at the actor's own meeting is that day's
        ("Les ministres de l'ASEAN se sont réunis vendredi à Vientiane. Ils ont appelé la Chine à "
         "la retenue.", ("ASEAN", "REQUEST", "CHN", "2025-06-13")),
        # a dated participle clause opening the sentence
        ("Réunis mardi à Bruxelles, les ministres de l'UE ont condamné la Russie.",
         ("EU", "ACCUSE", "RUS", "2025-06-10")),
        ("Arrivé jeudi à Pékin, le président brésilien a signé un accord avec la Chine.",
         ("BRA", "AGREE", "CHN", "2025-06-12")),
        # the communiqué's night is when the agreement was told: the meeting dates it
        ("Le président chilien a reçu mardi le président péruvien. Selon un communiqué publié dans "
         "la nuit, le Chili et le Pérou ont signé un accord.", ("CHL", "AGREE", "PER", "2025-06-10")),
        # "dans un communiqué publié vendredi": the act is the communiqué's
        ("Dans un communiqué publié vendredi, le Chili a condamné le Pérou.",
         ("CHL", "ACCUSE", "PER", "2025-06-13")),
        # a reaction targets the doer of "ce tir", "cette attaque"; it may come later: undated
        # ("aussitôt" would place it: the month, GUIDELINES R9, see test_immediate_dates)
        ("La Corée du Nord a tiré jeudi un missile balistique en mer. Tokyo et Séoul ont "
         "condamné ce tir.", ("JPN", "ACCUSE", "PRK", "")),
        ("L'Iran a frappé mardi une base en Irak. Le Koweït a dénoncé cette attaque.",
         ("KWT", "ACCUSE", "IRN", "")),
    ],
    ids=["en-marge-du-sommet", "lors-de-la-reunion", "host-relative-clause", "alors",
         "en-contrepartie", "en-echange", "arrive", "atterrir", "reaction-at-own-meeting",
         "reunis", "arrive-participle", "selon-communique", "dans-communique",
         "ce-tir", "cette-attaque"],
)
def test_context_dates_the_act(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated(nlp, text)


def test_y_goes_back_to_the_meeting_before(nlp: Language) -> None:
    text = ("Le prochain sommet de l'OEA doit se tenir en octobre à Lima. Le Pérou compte y "
            "accueillir le président chilien.")
    # "en octobre" in a June article may be resolved to this or next year: only the month is tested
    assert any(d.endswith("-10") for d in dates_of(nlp, text, "CONSULT"))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a relative clause that tells another act (no meeting) dates nothing
        ("Le président brésilien, qui a reçu lundi le président chilien, a appelé l'Argentine au "
         "dialogue.", "REQUEST"),
        # nor one about a meeting of another time
        ("Le président brésilien, qui avait présidé en 2019 un sommet du Mercosur, a appelé "
         "l'Argentine au dialogue.", "REQUEST"),
        # "alors" with no past act
        ("Les combats ont repris en mars 2020. Le Pérou devra alors accuser le Chili.", "ACCUSE"),
        # a date after the object event is the event's, not the accusation's
        ("Le Chili a imputé au Pérou l'attaque d'une caserne de la capitale en 2019.", "ACCUSE"),
        # "so far" phrases date nothing
        ("Le Chili et le Pérou négocient depuis 2002 un traité, sans résultat à ce jour.", "CONSULT"),
        ("Le Chili et le Pérou négocient un traité, sans résultat à l'heure actuelle.", "CONSULT"),
        # another subject's clause dates nothing
        ("Le Premier ministre japonais est arrivé mercredi à Paris. Le président indien a rencontré "
         "le président chilien.", "CONSULT"),
        # a reaction may come days later
        ("Le Premier ministre indien est arrivé mercredi à Tokyo. Il a condamné la Chine.", "ACCUSE"),
        # a new paragraph is a new story
        ("Le Premier ministre indien est arrivé mercredi à Tokyo.\n\nIl a rencontré le président "
         "chilien.", "CONSULT"),
        # a participle inside the sentence is no opening clause
        ("À travers le forum Chine-Afrique, créé il y a vingt ans, la Chine maintient un dialogue "
         "avec l'Union africaine.", "CONSULT"),
    ],
    ids=["relative-without-meeting", "relative-other-time", "alors-future", "imputer-l-attaque",
         "a-ce-jour", "a-l-heure-actuelle", "other-subject", "reaction", "paragraph",
         "participle-inside"],
)
def test_context_does_not_date(nlp: Language, text: str, event_type: str) -> None:
    assert dates_of(nlp, text, event_type) <= {""}
