"""Tell temporal readings from look-alikes: "2000 euros", "a été", "53 ans".

Each recognised candidate passes through :class:`Plausibility`, which knows
the classes of words that make a number a count or a word another sense.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.dates.vocab import DateVocab, alternation, fold

if TYPE_CHECKING:
    from pipeline.dates.recognise import Candidate

#: Words before "N heures" that make it a clock time ("à 15 heures"), not a
#: duration ("pendant 15 heures").
_CLOCK_CUES = re.compile(r"(?:à|vers|dès|avant|après|jusqu'à|de|entre|et)\s*$", re.IGNORECASE)
#: Determiners before a prenominal adjective ("les prochaines échéances").
_PRENOMINAL = re.compile(r"\b(?:les|la|le|l['’]|ses|sa|son|leurs?|des|ces|cette|ce|nos|vos)\s+$", re.IGNORECASE)
#: A determiner or contracted article just before a word ("le", "au", "un").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:les?|la|l['’]|du|au|aux|des|un|une|ce|cet|cette|ces|son|sa|ses|leurs?|nos|notre)\s*$",
    re.IGNORECASE)
#: Indefinite articles before a noun ("une Alsacienne de 6 ans").
_ARTICLES = frozenset({"un", "une"})
#: Articles that a time word must follow after "d'ici" ("d'ici la fin du mois").
_ARTICLES_BEFORE_TIME = frozenset({"le", "la", "les", "l'"})
#: Possessive determiners before "N ans": an age ("ses 45 ans", "leurs vingt ans").
_POSSESSIVES = frozenset({"mes", "tes", "ses", "nos", "vos", "leurs"})
#: What opens a stretch of the clock before "10 à 15 heures".
_CLOCK_RANGE = re.compile(r"\b(?:de|entre)\s+$", re.IGNORECASE)
#: Words after which a number far from our era is still a year ("en 1515").
_YEAR_CUES = re.compile(
    r"(?:en|depuis|dès|de|à|vers|avant|après|jusqu'en|année|an)\s*$", re.IGNORECASE)


class Plausibility:
    """Reject candidates that are numbers or words in another sense.

    Example:
        >>> from pipeline.dates.recognise import Candidate
        >>> check = Plausibility(DateVocab.load())
        >>> text = "Il a reçu 2000 euros."
        >>> check(Candidate(10, 14, "year", {"year": "2000"}, 0), text)
        False
    """

    def __init__(self, vocab: DateVocab) -> None:
        self.vocab = vocab
        self._season_words = "|".join(re.escape(fold(w)) for w in vocab.seasons)
        # A compound verb before "d'" ("a prolongé d'un an", "a été reporté
        # d'un an") changes something by an amount; "un blessé d'une
        # vingtaine d'années", "âgé d'un an" give an age.
        aux = alternation([*vocab.words("past_auxiliaries"), *vocab.words("passive_auxiliaries")])
        self._by_an_amount = re.compile(rf"\b(?:{aux})\s+(?!âg|ag)\w+é(?:e|es|s)?\s+d['’]\s*$", re.IGNORECASE)

    def __call__(self, cand: Candidate, text: str) -> bool:
        """Reject matches that are numbers or words in another sense."""
        g = cand.groups
        if cand.kind == "year":
            return self._year_plausible(cand, text)
        if cand.kind == "clock" and g.get("hword", "h") != "h" and not g.get("approx"):
            return bool(_CLOCK_CUES.search(text[max(0, cand.start - 12) : cand.start]))
        if cand.kind == "reference" and g["ref"] in {"ici", "l'epoque"}:
            return self._time_reference(g["ref"], cand, text)
        if cand.kind == "reference" and g["ref"] == "auparavant":
            # "trois mois auparavant": after a duration it only tells the
            # direction, as "plus tard" does; TIMEX3 marks the duration alone.
            before = fold(text[max(0, cand.start - 12) : cand.start]).split()[-1:]
            return not (before and before[0].strip(",") in self.vocab.units)
        if cand.kind == "reference" and g["ref"] == "maintenant":
            # "tout en maintenant des liens" is the verb "maintenir".
            return not re.search(r"\ben\s*$", text[max(0, cand.start - 4) : cand.start])
        if cand.kind == "set" and g["set"].startswith("quotidien"):
            # "le quotidien Libération" is a newspaper, "au quotidien" daily life.
            return not _DETERMINER_BEFORE.search(text[max(0, cand.start - 8) : cand.start])
        if cand.kind == "holiday":
            # Feasts are capitalised ("la Toussaint", "le jour de l'An"); the
            # lower-case "l'ascension du parti" is another sense.
            return any(c.isupper() for c in text[cand.start : cand.end])
        if cand.kind == "reference" and g["ref"] in {"prochain", "prochaine", "prochains", "prochaines"}:
            # Only the adjective before a noun refers to the future on its own:
            # "les prochaines échéances", not "le prochain" (a pronoun).
            return bool(_PRENOMINAL.search(text[max(0, cand.start - 8) : cand.start])) and bool(
                re.match(r"\s+[a-zà-ÿ]", text[cand.end : cand.end + 2]))
        if cand.kind == "relunit":
            return _relunit_plausible(g)
        if cand.kind == "season":
            # "été" is also the participle of "être" and "d'hiver" a noun
            # modifier: only a determiner, a year or a capital makes a season
            # ("a été en cours" is still the participle).
            cues = g.keys() & {"det", "skip", "year", "rel", "months", "mod"}
            if not cues - {"rel"} and self._after_auxiliary(cand, text):
                return False  # "il a été dernier", "elle a été en cours"
            return bool(cues) or text[cand.start].isupper() or self._paired_season(cand, text)
        if cand.kind == "duration" and "low" in g and g["unit"].startswith("heure"):
            # "de 10 à 15 heures" is a stretch of the clock ("deux à trois heures" a duration).
            return not _CLOCK_RANGE.search(text, max(0, cand.start - 8), cand.start)
        if cand.kind == "duration" and re.match(r"\s*(?:19|20)?\d0(?:['’]?s)?\b", text[cand.end :]):
            return False  # "des années 30" is a decade
        if cand.kind == "duration" and g["qty"] in self.vocab.vague_quantities:
            # "des heures supplémentaires", "en dehors des heures scolaires"
            after = fold(text[cand.end : cand.end + 16])
            return not any(after.startswith(w) for w in self.vocab.not_duration_after)
        if cand.kind in {"duration", "aboutdur"} and g["unit"] in {"an", "ans", "annees"}:
            return not self._is_age(cand, text)
        return True

    def _time_reference(self, ref: str, cand: Candidate, text: str) -> bool:
        """"l'époque" after "à"/"de" ("à l'époque", "le ministre de l'époque"); "ici" in "d'ici" before a time.

        "loin d'ici", "les gens d'ici" and "l'époque actuelle" are no such references.
        """
        before = text[max(0, cand.start - 4) : cand.start]
        if ref == "ici":
            return bool(re.search(r"\bd['’]$", before, re.IGNORECASE)) and self._time_ahead(text, cand.end)
        after = fold(text[cand.end : cand.end + 16]).split()
        if re.search(r"\bde\s+$", before, re.IGNORECASE):
            # "le ministre de l'époque," is then; "l'art de l'époque soviétique" names an era.
            return bool(re.match(r"\s*(?:[,.;:)!?»]|$)", text[cand.end : cand.end + 3]))
        # "l'époque actuelle" is the present: the adjective is a reference of its own.
        return bool(re.search(r"\bà\s+$", before, re.IGNORECASE)) and not (
            after and self.vocab.references.get(after[0].strip(",.;")) == "PRESENT_REF")

    def _time_ahead(self, text: str, end: int) -> bool:
        """Whether a time follows ``end``: "à 2010", "la fin de l'année", "deux ans", "là".

        An article must be followed by a time word itself ("la fin", "le 15",
        "l'été"): "les gens d'ici la trouvent belle" has a pronoun.
        """
        words = [w.strip(",.;:!?") for w in fold(text[end : end + 24]).replace("'", "' ").split()[:2]]
        if not words:
            return False
        if text[end : end + 4].split()[:1] in (["là"], ["là,"], ["là."]):
            return True  # "d'ici là" (folded, "là" would read as the article "la")
        if words[0] in _ARTICLES_BEFORE_TIME:
            return len(words) > 1 and self._time_word(words[1])
        return self._time_word(words[0])

    def _time_word(self, word: str) -> bool:
        v = self.vocab
        return (word[:1].isdigit() or word in v.here_time_cues or word in v.units or word in v.months
                or word in v.seasons or word in v.relative_after) and word not in _ARTICLES_BEFORE_TIME

    def _paired_season(self, cand: Candidate, text: str) -> bool:
        """Whether a bare season answers another ("été comme hiver", "l'été et l'hiver").

        The first season of the pair has its cue; the second is a season too
        (not "d'hiver", a noun modifier), and as general as the first. A bare
        first season is one when "comme" and a season follow ("le marché, été
        comme hiver, …"), unless an auxiliary makes it a participle.
        """
        after = fold(text[cand.end : cand.end + 20])
        if re.match(rf"comme\s+(?:l')?(?:{self._season_words})\b", after):
            return True
        before = fold(text[max(0, cand.start - 30) : cand.start])
        m = re.search(rf"(?:^|(\S+)\s+)(?:l')?(?:{self._season_words})\s+(?:comme|et|ou)(?:\s+l')?$", before)
        # "il a été comme …": the first "été" is the participle
        return m is not None and m.group(1) not in self.vocab.past_auxiliaries

    def _after_auxiliary(self, cand: Candidate, text: str) -> bool:
        """Whether a compound-past auxiliary ("a", "ont", "avait") comes just before."""
        previous = fold(text[max(0, cand.start - 12) : cand.start]).split()[-1:]
        return bool(previous) and previous[0] in self.vocab.past_auxiliaries

    def _is_age(self, cand: Candidate, text: str) -> bool:
        """"Paul, 53 ans,", "âgé de 54 ans", "une fillette de 6 ans", "les 6-16 ans"."""
        before = text[max(0, cand.start - 30) : cand.start]
        after = text[cand.end : cand.end + 2]
        if re.search(r"\d\s*[-à]\s*$", before):
            return True
        if re.search(r",\s*$", before) and after[:1] in {",", ")"}:
            return True
        if re.search(r"\bd['’]\s*$", before):
            # "une femme d'une trentaine d'années"; but "prolongé d'un an",
            # "reporté d'un an" change something by an amount of time.
            return not self._by_an_amount.search(before)
        words = fold(before).split()
        if words[-1:] and words[-1] in _POSSESSIVES and not re.match(r"\s+d(?:e\s|['’])", text[cand.end :]):
            return True  # "il fête ses 45 ans" (but "ses vingt ans de carrière" last)
        if self._age_after_a(before, text[cand.end : cand.end + 4]):
            return True  # "À 45 ans, il a démissionné", "entré à l'usine à 14 ans"
        if before.split()[-1:] and before.split()[-1].lower() in self.vocab.age_verbs:
            return True  # "il a 53 ans" (accents kept: "d'ici à dix ans" is no age)
        if len(words) < 2 or words[-1] != "de":
            return False
        if words[-2].strip(",") in self.vocab.person_nouns:
            return True
        # "une Alsacienne de 6 ans", "un Marseillais de 30 ans": an article and
        # a capitalised noun (an inhabitant) before "de" name a person.
        raw = before.split()
        return len(words) >= 3 and raw[-2].istitle() and words[-3] in _ARTICLES

    def _age_after_a(self, before: str, after: str) -> bool:
        """"à N ans" is an age unless a term follows or precedes it.

        "mort à 80 ans", "À 45 ans, il…" are ages; "condamné à cinq ans",
        "un bail à 99 ans", "d'ici à dix ans" and "à deux ans de la fin" are
        stretches of time.
        """
        raw = before.split()
        if not raw or raw[-1] not in {"à", "À"} or re.match(r"\s+d(?:e\s|['’])", after):
            return False
        if len(raw) < 2:
            return True
        previous = fold(raw[-2]).strip(",;:«»\"")
        return previous not in self.vocab.terms_before_a and not previous.startswith("condamn")

    def _year_plausible(self, cand: Candidate, text: str) -> bool:
        """A 4-digit number is a year unless it counts something ("2000 euros")."""
        if cand.groups.get("lead") or cand.groups.get("mod"):
            return True
        before = text[max(0, cand.start - 20) : cand.start]
        if re.search(r"\d[\s.,]$", before):
            return False
        previous = fold(before).split()[-1:]
        if previous and previous[0].strip("(") in self.vocab.not_year_before:
            return False  # "la résolution 2231", "le vol 1549"
        if not 1800 <= int(cand.groups["year"]) <= 2099 and not _YEAR_CUES.search(before):
            return False  # "1500 soldats" but "en 1515"
        after = text[cand.end : cand.end + 20].split()
        return not (after and fold(after[0]).strip(",.;") in self.vocab.not_year_after)


def _relunit_plausible(groups: dict[str, str]) -> bool:
    """"cette année", "le mois dernier", "la nuit" — but not "la semaine" alone."""
    det, unit = groups.get("det", ""), groups.get("unit", "")
    if groups.get("rel") or groups.get("mod") or groups.get("same"):
        # "l'année dernière", "la fin de l'année", "au début du mois"
        return True
    if det in {"ce", "cet", "cette"}:
        return True
    # A bare part of the day with a definite article is the one of the day
    # being talked about ("la nuit", "le soir", "l'après-midi").
    # "le week-end" alone is the one just over or coming (see the normaliser).
    return (det == "la" and unit in {"nuit", "soiree", "matinee", "mi-journee"}) or (
        det in {"le", "l'"} and unit in {"soir", "matin", "apres-midi"}) or (det in {"le", "du"} and unit == "week-end")
