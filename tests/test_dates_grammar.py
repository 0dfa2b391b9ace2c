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
        # a list of days: every day its own mention, all in the last one's month (and year)
        ("Les 12, 13 et 14 mars, il a plu.",
         [("Les 12", "DATE", "2002-03-12", ""), ("13", "DATE", "2002-03-13", ""), ("14 mars", "DATE", "2002-03-14", "")]),
        ("Elle viendra les 1er, 2 et 3 avril.",
         [("les 1er", "DATE", "2003-04-01", ""), ("2", "DATE", "2003-04-02", ""), ("3 avril", "DATE", "2003-04-03", "")]),
        ("Il a neigé les 3, 4, 5 et 6 mars 2001.",
         [("les 3", "DATE", "2001-03-03", ""), ("4", "DATE", "2001-03-04", ""), ("5", "DATE", "2001-03-05", ""),
          ("6 mars 2001", "DATE", "2001-03-06", "")]),
        ("Il a reçu 5, 6 et 7 voix.", []),
        # a week's rank in a month: the ISO week holding its 4th (11th…) day, the last one its last day but three
        ("La première semaine de mars a été calme.", [("La première semaine de mars", "DATE", "2002-W10", "")]),
        ("La deuxième semaine de janvier 2004 sera chargée.",
         [("La deuxième semaine de janvier 2004", "DATE", "2004-W02", "")]),
        ("La dernière semaine de juin sera décisive.", [("La dernière semaine de juin", "DATE", "2003-W26", "")]),
        # a fortnight has no value of its own: its month, START or END
        ("La seconde quinzaine de janvier sera décisive.",
         [("La seconde quinzaine de janvier", "DATE", "2004-01", "END")]),
        # the first N units: a duration ("de l'année" inside the extent)
        ("Au cours des neuf premiers mois de l'année, les ventes ont reculé.",
         [("neuf premiers mois de l'année", "DURATION", "P9M", "")]),
        ("Les douze premières semaines de l'exercice ont été bonnes.",
         [("Les douze premières semaines de l'exercice", "DURATION", "P12W", "")]),
        # "la rentrée": a September, on the side of the article's date the tense gives
        ("Il signera à la rentrée.", [("la rentrée", "DATE", "2003-09", "")]),
        ("Depuis la rentrée scolaire, trois classes ont fermé.", [("la rentrée scolaire", "DATE", "2002-09", "")]),
        ("Elle reprendra le travail à la rentrée 2004.", [("la rentrée 2004", "DATE", "2004-09", "")]),
        ("Sa rentrée sur scène a été saluée.", []),
        ("La rentrée du navire au port est prévue.", []),
        # "écoulé" counts back like "dernier"; after a duration it lies inside its extent
        ("Les prix ont baissé au cours de la semaine écoulée.", [("la semaine écoulée", "DATE", "2003-W07", "")]),
        ("Le pays a changé au cours des dix années écoulées.", [("dix années écoulées", "DURATION", "P10Y", "")]),
        # "des 8 et 9 mai": the article of "des" stays outside
        ("Le salon s'est tenu le week-end des 8 et 9 février.",
         [("le week-end", "DATE", "2003-W07-WE", ""), ("8", "DATE", "2003-02-08", ""), ("9 février", "DATE", "2003-02-09", "")]),
        # a bare "le week-end": the last one, the coming one, or every one in a present sentence
        ("Les pompiers sont intervenus durant le week-end.", [("le week-end", "DATE", "2003-W07-WE", "")]),
        ("Le musée rouvrira pendant le week-end.", [("le week-end", "DATE", "2003-W08-WE", "")]),
        ("Les rencontres du week-end ont été tendues.", [("week-end", "DATE", "2003-W07-WE", "")]),
        ("Le week-end, elle part souvent à la campagne.", [("Le week-end", "SET", "XXXX-WXX-WE", "")]),
    ],
)
def test_grammar_more_classes(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected


# TIMEX3 types one by one: times, durations, sets, references, then the rest of dates.

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le ministre arrivera à 10 h 30.", [("10 h 30", "TIME", "2003-02-19T10:30", "")]),
        ("Il est arrivé vers 15 heures.", [("vers 15 heures", "TIME", "2003-02-19T15:00", "APPROX")]),
        ("La séance a repris en fin de matinée.", [("fin de matinée", "TIME", "2003-02-19TMO", "END")]),
        ("L'assaut a eu lieu dans la nuit de lundi à mardi.", [("la nuit de lundi à mardi", "TIME", "2003-02-17TNI", "")]),
        ("Le maire a parlé hier soir.", [("hier soir", "TIME", "2003-02-18TEV", "")]),
        ("Le vote a eu lieu à la mi-journée.", [("la mi-journée", "TIME", "2003-02-19TMI", "")]),
        ("Le maire a parlé hier vers 18 heures.", [("hier vers 18 heures", "TIME", "2003-02-18T18:00", "")]),
        # the demonstrative belongs to a clock word as to a part of the day
        ("Le maire a parlé ce midi.", [("ce midi", "TIME", "2003-02-19T12:00", "")]),
        ("Le maire a parlé ce matin.", [("ce matin", "TIME", "2003-02-19TMO", "")]),
        ("Le maire a parlé vers midi.", [("vers midi", "TIME", "2003-02-19T12:00", "APPROX")]),
    ],
)
def test_times_of_day(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La grève a duré pendant deux semaines.", [("deux semaines", "DURATION", "P2W", "")]),
        ("Au bout de trois mois, il est parti.", [("trois mois", "DURATION", "P3M", "")]),
        ("Il dirige le parti depuis plus de dix ans.", [("plus de dix ans", "DURATION", "P10Y", "MORE_THAN")]),
        ("Il a attendu une quinzaine de jours.", [("une quinzaine de jours", "DURATION", "P15D", "APPROX")]),
        ("Le délai est de quarante-huit heures.", [("quarante-huit heures", "DURATION", "PT48H", "")]),
        ("La ville a changé en un demi-siècle.", [("un demi-siècle", "DURATION", "P50Y", "")]),
        ("Ces six derniers mois, la ville a changé.", [("Ces six derniers mois", "DURATION", "P6M", "")]),
        ("L'entretien a duré un quart d'heure.", [("un quart d'heure", "DURATION", "PT15M", "")]),
        ("Le chantier a duré deux ans et demi.", [("deux ans et demi", "DURATION", "P2.5Y", "")]),
    ],
)
def test_durations(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le conseil se réunit deux fois par an.", [("deux fois par an", "SET", "P1Y", "")]),
        ("Le conseil se réunit tous les trois mois.", [("tous les trois mois", "SET", "P3M", "")]),
        ("Le conseil se réunit quotidiennement.", [("quotidiennement", "SET", "P1D", "")]),
        ("Le conseil hebdomadaire a commencé.", [("hebdomadaire", "SET", "P1W", "")]),
        ("Le conseil se réunit tous les lundis.", [("tous les lundis", "SET", "XXXX-WXX-1", "")]),
    ],
)
def test_sets(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Au troisième trimestre 2004, les ventes ont baissé.", [("troisième trimestre 2004", "DATE", "2004-Q3", "")]),
        ("À la fin des années 1980, le club a gagné.", [("la fin des années 1980", "DATE", "198", "END")]),
        ("Le bug de l'an 2000 a coûté cher.", [("l'an 2000", "DATE", "2000", "")]),
        ("À Pâques, il rentrera.", [("Pâques", "DATE", "2003-04-20", "")]),
        ("Il est arrivé le mois dernier.", [("le mois dernier", "DATE", "2003-01", "")]),
        ("Il arrivera en fin de semaine.", [("fin de semaine", "DATE", "2003-W08", "END")]),
        # a decade coordinated with a decade: the second year is a decade too
        ("Il a vécu là dans les années 1960 et 1970.",
         [("les années 1960", "DATE", "196", ""), ("1970", "DATE", "197", "")]),
        ("Il a vécu là entre 1990 et 2000.", [("1990", "DATE", "1990", ""), ("2000", "DATE", "2000", "")]),
        # any day written as a name is a feast ("le 14-Juillet", "le 11-Septembre")
        ("Depuis le 11-Septembre, le monde a changé.", [("11-Septembre", "DATE", "2002-09-11", "")]),
        ("Le 11-Septembre 2001 a changé le monde.", [("11-Septembre 2001", "DATE", "2001-09-11", "")]),
        ("Le 14-Juillet a été calme.", [("14-Juillet", "DATE", "2002-07-14", "")]),
        ("Il défilera le 1er-Mai.", [("1er-Mai", "DATE", "2003-05-01", "")]),
        # the new year is the year the article's date opens
        ("Les Français sont entrés dans la nouvelle année sans joie.", [("la nouvelle année", "DATE", "2003", "")]),
        # a season answering a season is a season in general
        ("Été comme hiver, le refuge est ouvert.", [("Été", "DATE", "XXXX-SU", ""), ("hiver", "DATE", "XXXX-WI", "")]),
        ("Le refuge ouvre l'été et l'hiver.", [("été", "DATE", "XXXX-SU", ""), ("hiver", "DATE", "XXXX-WI", "")]),
        ("Il a été comme hiver dans sa tête.", []),
        ("Le marché d'hiver est fermé.", []),
    ],
)
def test_dates(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Désormais, le pays est libre.", [("Désormais", "TIME", "PRESENT_REF", "")]),
        ("Jadis, le pays était riche.", [("Jadis", "TIME", "PAST_REF", "")]),
        ("Le texte sera voté sous peu.", [("sous peu", "TIME", "FUTURE_REF", "")]),
        ("Le village a disparu il y a longtemps.", [("il y a longtemps", "TIME", "PAST_REF", "")]),
        ("À terme, le pays sera libre.", [("À terme", "TIME", "FUTURE_REF", "")]),
    ],
)
def test_references(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a boundary word glued to the end before it by a hyphen
        ("Le vote aura lieu fin février-début mars.",
         [("fin février", "DATE", "2003-02", "END"), ("début mars", "DATE", "2003-03", "START")]),
        ("Le vote aura lieu fin 2003-début 2004.", [("fin 2003", "DATE", "2003", "END"), ("début 2004", "DATE", "2004", "START")]),
        # a two-digit decade coordinated with a decade
        ("Dans les années 80 et 90, il a voyagé.", [("les années 80", "DATE", "198", ""), ("90", "DATE", "199", "")]),
        ("Il a compté 80 et 90 votants.", []),
        # a bare season before "comme" and a season
        ("Le marché, été comme hiver, est ouvert.", [("été", "DATE", "XXXX-SU", ""), ("hiver", "DATE", "XXXX-WI", "")]),
        ("L'usine tourne, hiver comme été, sans arrêt.", [("hiver", "DATE", "XXXX-WI", ""), ("été", "DATE", "XXXX-SU", "")]),
        # one whole unit is a duration; "tout le mois de mars" names the month
        ("Il a manifesté toute la journée.", [("toute la journée", "DURATION", "P1D", "")]),
        ("Les grévistes ont bloqué le dépôt tout le mois.", [("tout le mois", "DURATION", "P1M", "")]),
        ("Le site sera fermé tout le mois de mars.", [("le mois de mars", "DATE", "2003-03", "")]),
        ("Il a plu toute la semaine dernière.", [("la semaine dernière", "DATE", "2003-W07", "")]),
        # "même" after a deictic day stays inside; "même si" is a conjunction
        ("Il a démissionné aujourd'hui même.", [("aujourd'hui même", "DATE", "2003-02-19", "")]),
        ("Le texte sera signé demain même.", [("demain même", "DATE", "2003-02-20", "")]),
        ("Il viendra demain même s'il pleut.", [("demain", "DATE", "2003-02-20", "")]),
    ],
)
def test_type_more_classes(finder: TimexFinder, sentence: str, expected: list[Mention]) -> None:
    assert mentions(finder, sentence) == expected
