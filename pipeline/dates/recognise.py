"""Find candidate temporal expressions in plain text and keep the best ones.

Every pattern of :mod:`pipeline.dates.patterns` is run over the text; where
candidates overlap, the longest wins (then the most specific kind), which is
how "le mercredi 1er mai" beats "mercredi" and "1er mai".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates.patterns import compile_patterns
from pipeline.dates.vocab import DateVocab, fold

#: Words before "N heures" that make it a clock time ("à 15 heures"), not a
#: duration ("pendant 15 heures").
_CLOCK_CUES = re.compile(r"(?:à|vers|dès|avant|après|jusqu'à|de|entre|et)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """One recognised expression before normalisation.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.
        kind: The pattern that found it (``"date"``, ``"clock"``…).
        groups: Its named groups, folded (lower-case, unaccented); absent ones omitted.
        rank: Index of the pattern (lower is more specific), to break ties.

    Example:
        >>> Candidate(0, 4, "deictic", {"deictic": "hier"}, 8).kind
        'deictic'
    """

    start: int
    end: int
    kind: str
    groups: dict[str, str]
    rank: int


class Recogniser:
    """Run the compiled patterns and select non-overlapping candidates.

    Example:
        >>> rec = Recogniser(DateVocab.load())
        >>> [c.kind for c in rec.find("Il est venu hier soir.")]
        ['deictic']
    """

    def __init__(self, vocab: DateVocab) -> None:
        self.vocab = vocab
        self.patterns = compile_patterns(vocab)

    def find(self, text: str) -> list[Candidate]:
        """Non-overlapping candidates in text order."""
        found = [c for c in self._all(text) if self._plausible(c, text)]
        found.sort(key=lambda c: (c.start - c.end, c.rank, c.start))
        taken: list[Candidate] = []
        for cand in found:
            if all(cand.end <= t.start or cand.start >= t.end for t in taken):
                taken.append(cand)
        return sorted(taken, key=lambda c: c.start)

    def _all(self, text: str) -> list[Candidate]:
        """Every match of every pattern."""
        out = []
        for rank, (kind, pattern) in enumerate(self.patterns):
            for m in pattern.finditer(text):
                start, end = m.span()
                while end > start and text[end - 1] in " ,":
                    end -= 1
                groups = {k: fold(v) for k, v in m.groupdict().items() if v}
                out.append(Candidate(start, end, kind, groups, rank))
        return out

    def _plausible(self, cand: Candidate, text: str) -> bool:
        """Reject matches that are numbers or words in another sense."""
        g = cand.groups
        if cand.kind == "year":
            return self._year_plausible(cand, text)
        if cand.kind == "clock" and g.get("hword", "h") != "h" and not g.get("approx"):
            return bool(_CLOCK_CUES.search(text[max(0, cand.start - 12) : cand.start]))
        if cand.kind == "relunit":
            return _relunit_plausible(g)
        if cand.kind == "season":
            return bool(g.get("det") or g.get("year") or g.get("rel"))
        return True

    def _year_plausible(self, cand: Candidate, text: str) -> bool:
        """A 4-digit number is a year unless it counts something ("2000 euros")."""
        if cand.groups.get("lead") or cand.groups.get("mod"):
            return True
        before = text[max(0, cand.start - 2) : cand.start]
        if re.search(r"\d[\s.,]$", before):
            return False
        after = text[cand.end : cand.end + 20].split()
        return not (after and fold(after[0]).strip(",.;") in self.vocab.not_year_after)


def _relunit_plausible(groups: dict[str, str]) -> bool:
    """"cette année", "le mois dernier", "la nuit" — but not "la semaine" alone."""
    det, unit = groups.get("det", ""), groups.get("unit", "")
    if groups.get("rel"):
        return True
    if det in {"ce", "cet", "cette"}:
        return True
    # Bare parts of the day are TimeBank markables only with "la" ("la nuit").
    return det == "la" and unit in {"nuit", "soiree", "matinee"}
