"""What every family of normalisation rules shares: numbers, mods, parts of the day, tense.

:class:`Reader` holds the vocabulary; the rule families
(:mod:`~pipeline.dates.calendar_dates`, :mod:`~pipeline.dates.day_times`,
:mod:`~pipeline.dates.stretches`) extend it with one method per kind of
candidate.
"""

from __future__ import annotations

import re

from pipeline.dates.anchor import Anchor
from pipeline.dates.norm import Context, Norm
from pipeline.dates.recognise import Candidate
from pipeline.dates.tense import TextTense
from pipeline.dates.vocab import DateVocab

_ROMAN = {"I": 1, "V": 5, "X": 10}
#: Prepositions that introduce a date as a target to reach ("pour l'automne", "d'ici à mars").
_TARGET = re.compile(r"\b(pour|d['’]ici(?:\s+à)?)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|en\s+)?$", re.IGNORECASE)
#: Prepositions that make a date a bound in time: "depuis l'été", "d'ici l'automne".
_BOUND = re.compile(r"\b(?:depuis|pour|d['’]ici(?:\s+à)?|jusqu['’]à|dès|avant)\s+(?:l['’]\s*|le\s+|la\s+)?$",
                    re.IGNORECASE)
#: "depuis" before a date: the date has begun ("depuis début septembre", "depuis l'été").
_SINCE = re.compile(r"\bdepuis\s+(?:l['’]\s*|le\s+|la\s+)?$", re.IGNORECASE)
#: "depuis" before an event the date then places ("au plus bas depuis la
#: destruction d'un drone, dans la nuit du 31 mars"): the event is over.
_SINCE_EVENT = re.compile(r"\bdepuis\s+(?:l['’]\s*|le\s+|la\s+|les\s+|son\s+|sa\s+|ses\s+|leur\s+)\w[^.;:!?]*$",
                          re.IGNORECASE)
#: How far before a date (characters) "depuis" + event is looked for.
_SINCE_REACH = 120


class Reader:
    """Vocabulary-backed helpers for the normalisation rules.

    Example:
        >>> Reader(DateVocab.load())._int("dix-huit")
        18
    """

    def __init__(self, vocab: DateVocab) -> None:
        self.v = vocab
        self._text_tense = TextTense(vocab)

    # --- numbers -----------------------------------------------------------

    def _int(self, word: str) -> int | None:
        """"dix-huit" → 18, "12" → 12, "plusieurs" → None."""
        if word.replace(",", "").replace(".", "").isdigit():
            return int(float(word.replace(",", ".")))
        total = 0
        for part in re.split(r"[-\s]+", word):
            if part == "et":
                continue
            n = self.v.numbers.get(part)
            if n is None:
                return None
            if n in (100, 1000):
                total = max(total, 1) * n
            elif n == 20 and total == 4:
                total = 80
            else:
                total += n
        return total

    def _qty(self, word: str) -> str:
        """Quantity for a duration value: "30,4" → "30.4", "plusieurs" → "X"."""
        if re.fullmatch(r"\d+[,.]\d+", word):
            return word.replace(",", ".")
        n = self._int(word)
        return "X" if n is None else str(n)

    def _day(self, word: str) -> int:
        """"1er"/"premier" → 1."""
        return 1 if word.startswith(("1 er", "1er", "premier")) else int(word)

    def _year_of(self, word: str, dct: Anchor) -> int:
        """Four-digit or two-digit year ("98" → 1998, "03" → 2003)."""
        digits = word.strip("'’")
        if len(digits) == 4:
            return int(digits)
        # The latest reading at most ten years after the article ("98" in 1999).
        latest = (dct.day.year if dct.day else 2000) + 10
        return 2000 + int(digits) if 2000 + int(digits) <= latest else 1900 + int(digits)

    # --- mods and parts of the day -----------------------------------------

    def _mod(self, groups: dict[str, str]) -> str:
        """TIMEX3 mod of the "mod" group: "la fin de" → END, "en début" → START."""
        words = groups.get("mod", "")
        if words in self.v.modifiers:
            return self.v.modifiers[words]
        return next((self.v.modifiers[w] for w in words.split() if w in self.v.modifiers), "")

    def _with_part_of_day(self, day: str, g: dict[str, str]) -> Norm:
        """Add "soir", "matin", "midi" or "à 10 h" to a day."""
        if "clock" in g:
            return Norm("TIME", f"{day}T{clock_value(g['clock'])}")
        pod = g.get("pod", "")
        if pod in self.v.clock_words:
            return Norm("TIME", f"{day}T{self.v.clock_words[pod]}")
        if pod in self.v.parts_of_day and self.v.parts_of_day[pod] != "DT":
            return Norm("TIME", f"{day}T{self.v.parts_of_day[pod]}")
        return Norm("DATE", day)

    # --- tense ---------------------------------------------------------------

    def _tense(self, ctx: Context, cand: Candidate) -> int:
        """+1 future, -1 past, 0 neither: from the parse when there is one, else from text cues.

        A date to be reached ("d'ici mars") lies ahead whatever the verb's
        tense; one introduced by "pour" ("évoquée pour l'automne", "fermé
        pour la Toussaint") is a target or an occasion, never past for sure. A
        date after "depuis" has begun: it is past; so is a tenseless one of
        the event "depuis" names ("depuis la destruction du drone, dans la nuit
        du 31 mars").
        """
        if _SINCE.search(ctx.text, max(0, cand.start - 12), cand.start):
            return -1
        target = _TARGET.search(ctx.text, max(0, cand.start - 16), cand.start)
        if target and not target.group(1).lower().startswith("pour"):
            return 1
        told = ctx.tense(cand.start, cand.end) if ctx.tense else None
        side = told if told is not None else self._text_tense(ctx.text, cand.start, cand.end)
        if target:
            return max(side, 0)
        if side == 0 and _SINCE_EVENT.search(ctx.text, max(0, cand.start - _SINCE_REACH), cand.start):
            return -1  # a tenseless date of the event something has lasted since
        return side

    @staticmethod
    def _bounded(ctx: Context, cand: Candidate) -> bool:
        """Whether a preposition makes ``cand`` a bound in time ("depuis l'été", "pour l'automne").

        A season so bounded is one season, not the season in general.
        """
        return bool(_BOUND.search(ctx.text, max(0, cand.start - 16), cand.start))

    def _future(self, ctx: Context, cand: Candidate) -> bool:
        """Whether the sentence puts ``cand`` ahead of the article's date."""
        return self._tense(ctx, cand) > 0


def clock_value(word: str) -> str:
    """"10 h 30" → "10:30".

    Example:
        >>> clock_value("9 heures")
        '09:00'
    """
    hour, _, minute = re.sub(r"heures?", "h", word).partition("h")
    return f"{int(hour):02d}:{int(minute.strip() or 0):02d}"


def roman(word: str) -> int:
    """"XX" → 20, "XIX" → 19.

    Example:
        >>> roman("XIX")
        19
    """
    total = 0
    for i, char in enumerate(word):
        n = _ROMAN[char]
        total += -n if i + 1 < len(word) and _ROMAN[word[i + 1]] > n else n
    return total
