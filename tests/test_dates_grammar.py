"""The French grammar of dates, durations, times and sets, class by class (article of Wednesday 19 February 2003).

Each row is an invented sentence and the mentions the French TimeBank would
mark in it: extent (prepositions outside, determiners inside), type, value
and mod. Gaps the tagger knows of are ``xfail`` with the reason.
"""

from __future__ import annotations

import pytest

from pipeline.dates.finder import TimexFinder

DCT = "2003-02-19"

Mention = tuple[str, str, str, str]


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


def mentions(finder: TimexFinder, sentence: str) -> list[Mention]:
    return [(t.text, t.type, t.value, t.mod) for t in finder.find(sentence, DCT)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the present, the past and the future as references
        ("Le pays traverse actuellement une crise.", [("actuellement", "TIME", "PRESENT_REF", "")]),
        ("Aujourd'hui, le pays a changé.", [("Aujourd'hui", "TIME", "PRESENT_REF", "")]),
        ("Le ministre a annoncé aujourd'hui sa démission.", [("aujourd'hui", "DATE", "2003-02-19", "")]),
        ("Pour l'heure, rien n'est décidé.", [("Pour l'heure", "TIME", "PRESENT_REF", "")]),
        ("Le texte sera présenté prochainement.", [("prochainement", "TIME", "FUTURE_REF", "")]),
        ("À l'époque, il était ministre.", [("l'époque", "TIME", "PAST_REF", "")]),
        ("À cette époque, il vivait à Lyon.", [("cette époque", "TIME", "PAST_REF", "")]),
        ("Ces derniers jours, les tensions ont monté.", [("Ces derniers jours", "DURATION", "PXD", "")]),
        ("Ces dernières années, le chômage a baissé.", [("Ces dernières années", "DURATION", "PXY", "")]),
        # "d'ici": the present is a mention of its own, and so is the time reached
        ("D'ici à 2010, la production doublera.", [("ici", "TIME", "PRESENT_REF", ""), ("2010", "DATE", "2010", "")]),
        ("Le texte sera voté d'ici la fin du mois.",
         [("ici", "TIME", "PRESENT_REF", ""), ("la fin du mois", "DATE", "2003-02", "END")]),
        ("Le pont sera fini d'ici deux ans.", [("ici", "TIME", "PRESENT_REF", ""), ("deux ans", "DURATION", "P2Y", "")]),
        ("Il reviendra d'ici là.", [("ici", "TIME", "PRESENT_REF", "")]),
        # durations: the preposition stays outside
        ("Il vit à Lyon depuis trois ans.", [("trois ans", "DURATION", "P3Y", "")]),
        ("Il a travaillé pendant six mois.", [("six mois", "DURATION", "P6M", "")]),
        ("La grève dure depuis deux semaines.", [("deux semaines", "DURATION", "P2W", "")]),
        ("La réunion a duré deux heures et demie.", [("deux heures et demie", "DURATION", "PT2.5H", "")]),
        ("Il a régné quatre-vingts ans.", [("quatre-vingts ans", "DURATION", "P80Y", "")]),
        ("Le siège a duré quatre-vingt-dix jours.", [("quatre-vingt-dix jours", "DURATION", "P90D", "")]),
        ("Il est en poste depuis plus d'un an.", [("plus d'un an", "DURATION", "P1Y", "MORE_THAN")]),
        ("Il a travaillé pendant au moins deux ans.", [("au moins deux ans", "DURATION", "P2Y", "EQUAL_OR_MORE")]),
        ("Au cours des dernières années, les prix ont grimpé.", [("dernières années", "DURATION", "PXY", "")]),
        ("Au cours des trois derniers mois, les prix ont grimpé.", [("trois derniers mois", "DURATION", "P3M", "")]),
        ("Depuis des années, il négocie.", [("des années", "DURATION", "PXY", "")]),
        # decades, centuries, quarters: "au" and "du" stay outside
        ("Dans les années 1990, le pays a changé.", [("les années 1990", "DATE", "199", "")]),
        ("Au début des années 1980, le pays a changé.", [("début des années 1980", "DATE", "198", "START")]),
        ("Au milieu des années 1990, il est parti.", [("milieu des années 1990", "DATE", "199", "MID")]),
        ("Au cours du siècle dernier, le pays a changé.", [("siècle dernier", "DATE", "19", "")]),
        ("Au XIXe siècle, le pays a changé.", [("XIXe siècle", "DATE", "18", "")]),
        ("Au premier trimestre 2002, les ventes ont baissé.", [("premier trimestre 2002", "DATE", "2002-Q1", "")]),
        ("Au second semestre, les ventes monteront.", [("second semestre", "DATE", "2003-H2", "")]),
        # years and parts of them
        ("Fin 2005, le projet sera fini.", [("Fin 2005", "DATE", "2005", "END")]),
        ("Il a démissionné au début de l'année 2002.", [("début de l'année 2002", "DATE", "2002", "START")]),
        ("Il a démissionné au début du mois.", [("début du mois", "DATE", "2003-02", "START")]),
        ("La loi date du mois de juin 1998.", [("mois de juin 1998", "DATE", "1998-06", "")]),
        ("Le sommet de la semaine prochaine est reporté.", [("la semaine prochaine", "DATE", "2003-W09", "")]),
        # a unit named again: "la même année" is the year just named
        ("Il a été élu en 1995. La même année, il a démissionné.",
         [("1995", "DATE", "1995", ""), ("La même année", "DATE", "1995", "")]),
        # a year-less date in a story of a past year belongs to that year
        ("En 1998, le club a été créé. Le 3 mars, il a gagné.",
         [("1998", "DATE", "1998", ""), ("Le 3 mars", "DATE", "1998-03-03", "")]),
        ("En 1998, le club a été créé. En mars, il a gagné.",
         [("1998", "DATE", "1998", ""), ("mars", "DATE", "1998-03", "")]),
        ("En 1998, le club a été créé. Il jouera le 3 mars.",
         [("1998", "DATE", "1998", ""), ("le 3 mars", "DATE", "2003-03-03", "")]),
        ("En 1995, il était ministre. À cette époque, il vivait à Lyon.",
         [("1995", "DATE", "1995", ""), ("cette époque", "DATE", "1995", "")]),
        # weekends and seasons
        ("Le week-end dernier, il a plu.", [("Le week-end dernier", "DATE", "2003-W07-WE", "")]),
        ("Cet été, il pleuvra.", [("Cet été", "DATE", "2003-SU", "")]),
        # days counted from the article or from the day talked about
        ("Le lendemain matin, il a signé.", [("Le lendemain matin", "TIME", "2003-02-20TMO", "")]),
        ("Il a démissionné il y a quinze jours.", [("il y a quinze jours", "DATE", "2003-02-04", "")]),
        # a weekday without a tense to place it: news tell of days gone by
        ("Le conseil, samedi, examine le texte.", [("samedi", "DATE", "2003-02-15", "")]),
        # "a lieu" is the present of "avoir lieu", no compound past
        ("La fête a lieu du 20 au 23 février.", [("20", "DATE", "2003-02-20", ""), ("23 février", "DATE", "2003-02-23", "")]),
        ("Les élections ont eu lieu en mars.", [("mars", "DATE", "2002-03", "")]),
        # an adjective of frequency in a future sentence: that one occasion
        ("L'assemblée annuelle aura lieu le 15 mars.",
         [("annuelle", "SET", "P1Y", ""), ("le 15 mars", "DATE", "2003-03-15", "")]),
        ("Il est mort à l'âge de 80 ans.", []),
        ("Il est entré à l'usine à 14 ans.", []),
        ("Il a été condamné à cinq ans.", [("cinq ans", "DURATION", "P5Y", "")]),
        ("Il a signé un bail à 99 ans.", [("99 ans", "DURATION", "P99Y", "")]),
        ("Il était à deux ans de la retraite.", [("deux ans", "DURATION", "P2Y", "")]),
        # times of day
        ("Il est arrivé vers 3 heures du matin.", [("vers 3 heures du matin", "TIME", "2003-02-19T03:00", "APPROX")]),
        ("Il a démissionné hier en fin de soirée.",
         [("hier", "DATE", "2003-02-18", ""), ("fin de soirée", "TIME", "2003-02-18TEV", "END")]),
        # sets: "par" stays outside, "chaque" inside
        ("Les prix montent de 3 % par an.", [("an", "SET", "P1Y", "")]),
        ("Chaque année, il vient.", [("Chaque année", "SET", "P1Y", "")]),
        ("Chaque 14 juillet, il défile.", [("Chaque 14 juillet", "SET", "XXXX-07-14", "")]),
        ("Tous les 1er mai, il défile.", [("Tous les 1er mai", "SET", "XXXX-05-01", "")]),
        # ages are no temporal expressions
        ("Il fête ses 45 ans.", []),
        ("À 45 ans, il a démissionné.", []),
        ("Paul, 45 ans, est arrivé.", []),
        # look-alikes
        ("Il habite à deux pas d'ici.", []),
        ("Les gens d'ici la trouvent belle.", []),
        ("L'art de l'époque soviétique est exposé.", []),
    ],
)
def test_grammar_class(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Les 12, 13 et 14 mars, il a plu.",
                     [("Les 12", "DATE", "2002-03-12", ""), ("13", "DATE", "2002-03-13", ""),
                      ("14 mars", "DATE", "2002-03-14", "")],
                     marks=pytest.mark.xfail(reason="a list of more than two days loses its first days")),
        pytest.param("La première semaine de mars a été calme.", [("La première semaine de mars", "DATE", "2003-03-W1", "")],
                     marks=pytest.mark.xfail(reason="a unit's rank inside a month is not read")),
        pytest.param("Au cours des neuf premiers mois de l'année, les ventes ont reculé.",
                     [("neuf premiers mois de l'année", "DURATION", "P9M", "")],
                     marks=pytest.mark.xfail(reason="'les N premiers mois' is not recognised")),
        pytest.param("Il signera à la rentrée.", [("la rentrée", "DATE", "2003-09", "")],
                     marks=pytest.mark.xfail(reason="'la rentrée' is not a TIMEX3 we know the French TimeBank's value of")),
    ],
)
def test_grammar_gap(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected
