"""Regular expressions for French temporal expressions, built from the vocabulary.

Each pattern has a *kind* (``"date"``, ``"duration"``…) that tells the
normaliser how to read its named groups. Patterns are compiled once per
:class:`Recogniser`; the word lists come from ``models/dates/vocab.json``.
"""

from __future__ import annotations

import re

from pipeline.dates.vocab import DateVocab, alternation

#: Left and right word boundaries that also treat hyphens as word characters,
#: so that "après-midi" never yields "midi" and "mi-mai" is read whole.
L = r"(?<![\w-])"
R = r"(?![\w])"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?![\d,.]\d)"
DAY = r"(?:1\s?er|premier|[12]\d|3[01]|0?[1-9])(?!\d)"
DIGITS = r"\d+(?:[,.]\d+)?"
UNIT_NOUNS = (
    "année", "an", "mois", "semaine", "week-end", "trimestre", "semestre", "siècle",
    "décennie", "jour", "journée",
)
#: Head nouns of the anaphoric "la même époque", "ce moment-là".
SAME_TIME_HEADS = ("époque", "moment", "instant")
DETERMINERS = (
    "le", "la", "l'", "les", "cette", "cet", "ce", "ces", "du", "de la", "de l'", "des",
)


def _opt(group: str, body: str) -> str:
    """An optional named group preceded by whitespace."""
    return f"(?:\\s+(?P<{group}>{body}))?"


def build_patterns(vocab: DateVocab) -> list[tuple[str, str]]:
    """The ``(kind, regex)`` pairs of the recogniser, most specific first.

    Example:
        >>> kinds = [k for k, _ in build_patterns(DateVocab.load())]
        >>> "rangestart" in kinds and "clock" in kinds
        True
    """
    month = alternation(vocab.words("months"))
    weekday = alternation(vocab.words("weekdays"))
    rel = alternation(vocab.words("relative_after"))
    mod = alternation(vocab.words("modifiers"))
    pod = alternation([*vocab.words("parts_of_day"), *vocab.words("clock_words")])
    number = alternation(vocab.words("numbers"))
    numbers = f"{number}(?:[-\\s](?:et[-\\s])?{number})*"
    qty = f"(?:{DIGITS}|{numbers}|{alternation(vocab.words('vague_quantities'))})"
    unit = alternation(vocab.words("units"))
    # A two-digit year ("octobre 98") must end the phrase: "le 9 janvier 27 pays…" has none.
    year = f"(?:{YEAR4}|['’]\\d\\d(?!\\d)|\\d\\d(?=[,;:)!?]|\\.(?!\\d)|\\s*\\n|$))"
    clock = r"(?:[01]?\d|2[0-4])\s*h(?:eures?)?(?:\s*[0-5]\d)?"
    det = alternation(DETERMINERS)
    pod1 = alternation(vocab.words("parts_of_day"))
    feasts = alternation([*vocab.words("holidays"), *vocab.words("movable_feasts")])
    approx = f"(?:(?P<approx>{alternation(vocab.words('approx_words'))})(?:\\s+|(?<=['’])))?"
    # The rest of a list of days after one of them: "(12), 13 et 14 mars (2003)".
    list_tail = (f"(?:\\s*,\\s*(?:le\\s+)?{DAY})*\\s*(?:,|et|ou)\\s+(?:le\\s+)?{DAY}\\s+"
                 f"(?P<month>{month})(?:\\s+(?P<year>{YEAR4}))?{R}")
    # A left boundary that also lets a boundary word follow a hyphen ("fin
    # février-début mars"); one look-behind first, so most positions fail at once.
    glued = "(?<!\\w)(?:(?<!-)|(?=début|debut|fin))"
    return [
        # The ends of a range are two mentions, as the French TimeBank marks
        # them: the elliptical first end of "du 9 au 12 janvier" ("9", or "le 3"
        # in "entre le 3 et le 5 mars") takes its month and year from the second.
        ("rangestart", f"{L}(?P<skip>du\\s+|(?:entre|depuis)\\s+(?=le\\s))(?:le\\s+)?(?:(?P<wd>{weekday})\\s+)?"
                       f"(?P<day>{DAY})(?=\\s+(?:au|jusqu['’]au|et(?:\\s+le)?)\\s+(?:{weekday}\\s+)?(?P<d2>{DAY})"
                       f"\\s+(?P<month>{month})(?:\\s+(?P<year>{YEAR4}))?{R})"),
        # "le matin du 3 mars" is that morning ("du" needs the part of the day).
        ("date", f"{L}(?:(?:le|la|l['’])\\s*(?P<pod1>{pod1})\\s+du\\s+|(?P<det>le|ce|chaque|tous\\s+les)\\s+)?"
                 f"(?:(?P<wd>{weekday})\\s+)?(?P<day>{DAY})\\s+"
                 f"(?P<month>{month}){_opt('year', year)}{_opt('rel', rel)}"
                 f"(?:\\s+au\\s+(?P<pod>soir|matin))?{R}"),
        ("wdday", f"{L}(?:(?P<det>le|ce)\\s+)?(?P<wd>{weekday})\\s+(?P<day>{DAY})"
                  f"(?!\\s*(?:h\\b|heures?|%|[,.]?\\d)){R}(?:\\s+au\\s+(?P<pod>soir|matin){R})?"),
        # A bare "le 12" (its month the one being talked about) only before
        # punctuation or "au soir": "le 12 députés" counts something.
        ("monthday", f"{L}le\\s+(?P<day>{DAY})(?:\\s+au\\s+(?P<pod>soir|matin))?(?=\\s*(?:[,.;:)!?]|$))"
                     f"(?!\\s*,\\s*{alternation(vocab.words('street_words'))}{R})"),
        # "dans la nuit de samedi à dimanche", "la nuit du 3 au 4 mai", "du 31 mars
        # au 1er avril": the first night.
        ("night", f"{L}(?P<skip>dans\\s+)?(?:la\\s+)?nuit\\s+(?:de|du)\\s+(?:(?P<wd>{weekday})"
                  f"(?:\\s+(?:à|au)\\s+{weekday})?|(?P<day>{DAY})(?:\\s+(?P<month1>{month}))?\\s+au\\s+{DAY}\\s+(?P<month>{month})"
                  f"(?:\\s+(?P<year>{YEAR4}))?){R}"),
        # "à l'aube", "au petit matin", "à la tombée de la nuit" (not "l'aube d'une ère").
        ("dawn", f"{L}(?:(?P<skip>au)\\s+|(?:l['’]|la|le)\\s*)(?P<pod>{alternation(vocab.words('dawn_dusk'))})"
                 f"{R}(?!\\s+(?:d[eu]|des|d['’]))"),
        # "dans la soirée de mardi", "la matinée d'hier": that day's part ("dans" outside).
        ("podday", f"{L}(?P<skip>dans\\s+)?(?:la|le|l['’])\\s*(?P<pod>matinée|soirée|après-midi|journée|matin|soir)"
                   f"\\s+(?:de\\s+|d['’]\\s*|du\\s+)(?:(?P<wd>{weekday})|(?P<deictic>hier|demain|avant-hier)){R}"),
        # "la deuxième journée (de grève)": a day of the event being told, the
        # day the text is talking about ("le premier jour du mois" is a calendar position).
        ("ordday", f"{L}(?:la|le)\\s+(?P<ord>{alternation(vocab.words('ordinals'))})\\s+(?:journée|jour){R}"
                   f"(?!\\s+(?:du|de\\s+l['’]|de\\s+la|de|d['’])\\s*(?:mois|année|an|semaine|{month}|\\d))"),
        ("quarter", f"{L}(?:le\\s+|au\\s+)?(?P<ord>{alternation(vocab.words('ordinals'))})\\s+"
                    f"(?P<unit>trimestre|semestre)(?:\\s+(?P<year>{YEAR4}))?{R}"),
        # "en fin de matinée", "en soirée": "en" conditions the match, outside the extent.
        ("podmod", f"{L}(?=en\\s|début|fin|milieu)(?P<skip>en\\s+)?"
                   f"(?:(?P<mod>début|fin|milieu)\\s+(?:de\\s+|d['’]\\s*))?"
                   f"(?P<pod>soirée|matinée|après-midi|journée|nuit){R}"),
        # The days of a list before its last: "les 12" (the article of "des 8
        # et 9 mai" stays outside), then the bare middle ones ("13" in "les 12, 13 et 14 mars").
        ("dayonly", f"(?:{L}(?P<det>les|le)\\s+|(?<= )(?:(?<=des |aux )|(?<=\\d, )|(?<=er, )))"
                    f"(?P<day>{DAY})(?={list_tail})"),
        # "la première semaine de mars", "la seconde quinzaine de juin": a rank inside a month.
        ("rankweek", f"{L}(?:la|le)\\s+(?P<ord>{alternation([*vocab.words('ordinals'), 'dernière'])})\\s+"
                     f"(?P<unit>semaine|quinzaine)\\s+(?:de\\s+|d['’]\\s*)(?P<month>{month})"
                     f"(?:\\s+(?P<year>{YEAR4}))?{R}"),
        ("numeric", f"{L}(?P<day>[0-3]?\\d)[/.](?P<month>[01]?\\d)[/.](?P<year>\\d{{4}}|\\d\\d){R}"),
        ("isodate", f"{L}(?P<year>1[89]\\d\\d|20\\d\\d)-(?P<month>[01]\\d)-(?P<day>[0-3]\\d){R}"),
        # "Noël 2024", "le 14-Juillet", "le lundi de Pâques" (the article lies outside).
        # Any day written as a name ("le 11-Septembre", "le 8-Mai") is a feast too.
        ("holiday", f"{L}(?P<feast>{feasts}|(?P<hday>{DAY})-(?P<hmonth>{month}))(?:\\s+(?P<year>{YEAR4}))?{R}"),
        # "la nouvelle année": the year just begun (or about to begin).
        ("newyear", f"{L}la\\s+nouvelle\\s+année{R}"),
        # "la rentrée (scolaire) 2003": a period named by a noun, valued as its month.
        ("monthperiod", f"{L}la\\s+(?P<period>{alternation(vocab.words('month_periods'))})"
                        f"(?:\\s+(?:scolaire|sociale|politique|parlementaire|des\\s+classes))?"
                        f"(?:\\s+(?P<year>{YEAR4}))?{R}(?!\\s+(?:de|du|d['’]))"),
        ("month", f"{glued}(?:(?P<mod>{mod})\\s*(?:du\\s+(?=mois))?)?(?:(?:le\\s+)?mois\\s+d(?:e\\s+|['’]\\s*))?"
                  f"(?P<month>{month})(?:\\s+(?P<year>{year})|\\s+(?P<rel>{rel})"
                  f"|\\s+(?P<yrel>{alternation([*vocab.words('year_relatives'), *vocab.words('story_year_relatives')])}))?{R}"),
        ("decade", f"{L}(?P<skip>à\\s+|des\\s+)?(?:(?P<mod>{mod})\\s*des\\s+|les\\s+)?années\\s+(?P<decade>(?:19|20)?\\d0)(?:['’]?s)?{R}"),
        # "90" in "les années 80 et 90": a decade coordinated with a decade.
        ("decadetail", f"(?:(?<=0 et )|(?<=0 ou )|(?<=0, )|(?<=0s et ))(?P<decade>\\d0)(?:['’]?s)?{R}"),
        ("century", f"{L}(?:(?P<mod>{mod})\\s*(?:du\\s+)?|le\\s+)?(?P<century>[xvi]{{1,5}}|\\d{{1,2}})(?:e|ème|è)\\s+siècle{R}"),
        # "en 2024-2025": the second year of a pair is a year too.
        ("year", f"(?:{glued}|(?<=\\d{{4}}[-/]))(?P<skip>à\\s+)?(?:(?P<mod>{mod})\\s*(?:d[eu]\\s+|de\\s+l['’]|d['’])?)?"
                 f"(?:(?P<lead>l['’]\\s*année|l['’]\\s*an|année)\\s+)?(?P<year>{YEAR4}){R}"),
        ("season", f"{L}(?:(?P<months>(?:les\\s+)?mois\\s+d['’])\\s*|(?P<mod>{mod})\\s*(?:de\\s+l['’]|du|de)\\s*|(?P<det>cet|cette|ce)\\s*|(?P<skip>l['’]|le|au|en|à\\s+l['’])\\s*)?"
                   f"(?P<season>{alternation(vocab.words('seasons'))})"
                   f"(?:\\s+(?P<year>{YEAR4})|\\s+(?P<rel>{rel}))?{R}"),
        ("weekday", f"{L}(?:(?P<det>ce|le|chaque|tous\\s+les|les)\\s+)?(?P<wd>{weekday})(?P<plural>s)?"
                    f"{_opt('rel', rel)}{_opt('pod', pod)}{R}"),
        ("deictic", f"{L}(?P<deictic>{alternation(vocab.words('deictic_days'))})"
                    f"(?:\\s+(?P<same>m[eê]me)(?!\\s+s(?:i\\b|['’])))?"
                    f"{_opt('wd', weekday)}{_opt('pod', pod)}"
                    f"(?:\\s*,?\\s+(?:à|vers)\\s+(?P<clock>{clock}))?{R}"),
        ("anaphoric", f"{L}(?P<ana>{alternation(vocab.words('anaphoric_days'))})"
                      f"(?:\\s+(?:au\\s+)?(?P<pod>{pod}))?{R}"),
        ("relunit", f"{L}(?P<skip>à\\s+)?(?:(?P<mod>{mod})\\s*(?:d[eu]\\s+|de\\s+l['’]|d['’])?)?(?P<det>{det})\\s*"
                    f"(?:(?P<same>même)\\s+)?(?P<unit>{alternation([*UNIT_NOUNS, *vocab.words('parts_of_day')])})"
                    f"(?:-ci|(?P<there>[-‐\\s]là\\b(?![-‐])))?(?:\\s+(?P<rel>{rel}|même))?{R}"),
        # "vers" is part of the extent in the French TimeBank ("vers 15 h 30, hier"),
        # and so is a time zone ("12 h 30 locales", "20 h 30 en France").
        ("clock", f"{L}(?:(?P<approx>vers|aux\\s+alentours\\s+de)\\s+)?(?P<h>[01]?\\d|2[0-4])\\s*"
                  f"(?P<hword>h|heures?)(?:\\s*(?P<m>[0-5]\\d)|\\s+(?P<frac>et\\s+demie|et\\s+quart|moins\\s+le\\s+quart))?"
                  f"(?:\\s+du\\s+(?P<half>matin|soir|après-midi))?"
                  f"(?:\\s+(?P<tz>{alternation(vocab.words('time_zones'))}))?"
                  f"(?:\\s*,?\\s+(?P<deictic>{alternation(vocab.words('deictic_days'))}))?{R}"),
        ("clockword", f"{L}(?:(?P<approx>vers)\\s+|ce\\s+)?(?P<cw>{alternation(vocab.words('clock_words'))}){R}"),
        # "il y a trois ans", "voilà deux semaines", "il y a une dizaine d'années".
        ("ago", f"{L}(?:il\\s+y\\s+a|voici|voilà|voila)\\s+{approx}"
                f"(?:(?P<qty>{qty})\\s+|(?:une\\s+)?(?P<count>{alternation(vocab.words('approx_counts'))})"
                f"\\s+d(?:e\\s+|['’]\\s*))(?P<unit>{unit}){R}"),
        # "douze à dix-huit mois": a duration between two amounts, its amount unknown.
        ("duration", f"{L}(?P<skip>pendant\\s+|durant\\s+)?{approx}"
                     f"(?:(?P<low>{DIGITS}|{numbers})\\s+(?:à|ou)\\s+)?(?P<qty>{qty})\\s+(?P<unit>{unit})(?P<half>\\s+et\\s+demie?)?(?:\\s+écoulée?s?)?{R}"),
        # "les semaines à venir", "les jours qui viennent": an unknown stretch ahead.
        ("coming", f"{L}(?:les|des|ces)\\s+(?P<unit>{unit})\\s+(?:à\\s+venir|qui\\s+viennent){R}"),
        ("every", f"{L}(?:tous|toutes)\\s+les\\s+(?P<qty>{DIGITS}|{numbers})\\s+(?P<unit>{unit}){R}"),
        ("aboutdur", f"{L}(?:(?P<skip>pendant\\s+|durant\\s+)?une\\s+)?"
                     f"(?P<count>{alternation(vocab.words('approx_counts'))})\\s+d(?:e\\s+|['’]\\s*)(?P<unit>{unit}){R}"),
        ("lexduration", f"{L}(?:un\\s+|une\\s+)?(?P<lex>{alternation(vocab.words('lexical_durations'))}){R}"),
        ("lastn", f"{L}(?:(?P<det>les|ces)\\s+)?(?P<qty>{DIGITS}|{numbers})\\s+(?P<rel>{rel}|premiers|premières)\\s+"
                  f"(?P<unit>{unit})(?:\\s+de\\s+l['’]\\s*(?:année|exercice))?{R}"),
        # "toute la journée", "tout le week-end": one whole unit, a duration
        # ("tout le mois de mars" names the month, "toute l'année" is mostly a habit).
        ("whole", f"{L}(?:tout\\s+(?:le|un)|toute\\s+(?:la|une))\\s+"
                  f"(?P<unit>journée|semaine|mois|week-end|trimestre|semestre|décennie|siècle){R}"
                  f"(?!\\s+(?:de|du|d['’]|\\d|{rel}))"),
        # "au cours de la dernière décennie": the one unit just past (or to come).
        ("lastone", f"{L}(?:la|le|l['’])\\s*(?P<rel>dernière|dernier|prochaine|prochain)\\s+"
                    f"(?P<unit>décennie|année|semaine|mois|siècle){R}(?!\\s+(?:d[eu]|d['’]))"),
        # "en fin de semaine prochaine", "en ce début d'année" ("en" outside the extent).
        ("unitmod", f"{L}(?:(?P<skip>en\\s+)(?:(?:ce|cette)\\s+)?|(?:ce|cette)\\s+)"
                    f"(?P<mod>début|fin|milieu|cours)\\s+(?:de\\s+|d['’]\\s*)"
                    f"(?P<unit>semaine|mois|année|trimestre|semestre){_opt('rel', rel)}{R}"),
        ("frequency", f"{L}(?P<qty>{DIGITS}|{numbers})\\s+fois\\s+par\\s+(?P<unit>{unit}){R}"),
        ("sametime", f"{L}(?P<skip>à\\s+)?(?P<same>{alternation(vocab.words('same_time'))}){R}"),
        ("reference", f"{L}(?P<ref>{alternation(vocab.words('references'))}){R}"),
        ("set", f"{L}(?P<set>{alternation(vocab.words('sets'))}){R}"),
    ]


#: The head-word categories each kind of pattern needs (one of them must
#: occur in or next to a match). The recogniser runs a pattern only around
#: occurrences of its heads, which is what makes it fast.
HEADS: dict[str, tuple[str, ...]] = {
    "rangestart": ("digit",), "date": ("digit",), "wdday": ("digit",), "night": ("pod", "unit"),
    "quarter": ("unit",), "podmod": ("pod", "unit"), "dayonly": ("digit",), "numeric": ("digit",),
    "month": ("month",), "decade": ("unit",), "century": ("unit",), "year": ("digit",),
    "season": ("season",), "weekday": ("weekday",), "deictic": ("deictic",),
    "anaphoric": ("deictic",), "relunit": ("unit", "pod"), "clock": ("digit",),
    "clockword": ("pod",), "ago": ("unit",), "every": ("unit",), "aboutdur": ("unit",), "duration": ("unit",), "lexduration": ("unit",),
    "reference": ("ref",), "set": ("ref",), "lastn": ("unit",), "unitmod": ("unit",),
    "frequency": ("unit", "ref"), "sametime": ("same",), "isodate": ("digit",), "monthday": ("digit",), "coming": ("unit",),
    "holiday": ("feast", "digit", "unit"), "dawn": ("pod",), "podday": ("pod", "unit"),
    "lastone": ("unit",), "ordday": ("unit",), "newyear": ("unit",),
    "rankweek": ("month",), "decadetail": ("unit",), "monthperiod": ("period",),
    "whole": ("unit",),
}


def head_words(vocab: DateVocab) -> dict[str, list[str]]:
    """The head words of each category of :data:`HEADS` but ``digit``.

    Example:
        >>> "hier" in head_words(DateVocab.load())["deictic"]
        True
    """
    def words(*keys: str) -> list[str]:
        return [w for key in keys for w in vocab.words(key)]

    return {
        "month": words("months"),
        "weekday": words("weekdays"),
        "unit": [*UNIT_NOUNS, *words("units", "lexical_durations")],
        "deictic": words("deictic_days", "anaphoric_days"),
        "pod": ["nuit", *words("parts_of_day", "clock_words", "dawn_dusk")],
        "season": words("seasons"),
        "ref": words("references", "sets"),
        "same": list(SAME_TIME_HEADS),
        "feast": words("holidays", "movable_feasts"),
        "period": words("month_periods"),
    }


def build_trigger(vocab: DateVocab) -> str:
    """A regex for head words, one named group per category of :data:`HEADS`.

    Example:
        >>> m = re.search(build_trigger(DateVocab.load()), "la veille au soir")
        >>> m.lastgroup
        'deictic'
    """
    heads = head_words(vocab)
    # Heads may follow a hyphen ("mi-décembre") and take a plural ("jeudis").
    # Every head starts with a word character and every word head at a word
    # start: checking both once, before the alternation, lets the scan skip
    # most positions at once (the trigger runs over the whole text).
    named = "|".join(f"(?P<{name}>{alternation(forms)})s?{R}" for name, forms in heads.items())
    return f"(?=\\w)(?:(?P<digit>\\d)|(?<!\\w)(?:{named}))"


def compile_patterns(vocab: DateVocab) -> list[tuple[str, re.Pattern[str]]]:
    """Compile :func:`build_patterns` for lower-cased text.

    Matching lower-cased text without ``re.IGNORECASE`` is about 40% faster.
    """
    return [(kind, re.compile(rx)) for kind, rx in build_patterns(vocab)]
