"""Find candidate temporal expressions in plain text and keep the best ones.

Every pattern of :mod:`pipeline.dates.patterns` is run over the text; where
candidates overlap, the longest wins (then the most specific kind), which is
how "le mercredi 1er mai" beats "mercredi" and "1er mai".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from pipeline.dates.filters import Plausibility
from pipeline.dates.patterns import HEADS, build_trigger, compile_patterns, head_words
from pipeline.dates.vocab import DateVocab, fold, strip_accents

#: Characters before and after a head word that an expression may span
#: ("il y a plus de quarante-cinq ans" starts 29 characters before "ans";
#: what follows a head word is mostly another head word: "mai 1998").
_BEFORE, _AFTER = 32, 24
#: A preposition (or a preposition fused with an article) opening an
#: extent: "au", "aux", "du", "dans", "par", the "de" of "de la"/"de l'", and
#: the "des" of "des dernières années" (= "de les"; the "des" of "des
#: années" is an article and stays). "au moins" is an amount ("au moins deux ans").
_LEADING_PREPOSITION = re.compile(
    r"(?:[Aa]ux?(?!\s+moins)|[Dd]u|[Dd]ans|[Pp]ar|[Dd]e(?=\s+la\s|\s+l['’])|[Dd]es(?=\s+(?:derni|prochain)))\s+")
#: Kinds whose phrase includes its preposition ("dans le passé", "aux alentours de midi").
_KEEPS_PREPOSITION = frozenset({"reference", "clock", "clockword"})
#: Where a head may begin: a run of digits, or the first character of a word.
_HEAD_STARTS = re.compile(r"(?P<digits>\d+)|(?<!\w)\w")


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
        self.trigger = re.compile(build_trigger(vocab))
        # Head words all begin with a letter (the trigger needs no word
        # character before them): only word starts can begin one.
        forms = [w for words in head_words(vocab).values() for w in words if w]
        self._word_heads = all(re.match(r"\w", w) for w in forms)
        #: The letters a head may begin with (accents are optional in the trigger).
        self._initials = frozenset(c for w in forms for c in (w[0], strip_accents(w[0])))
        self.plausible = Plausibility(vocab)

    def find(self, text: str) -> list[Candidate]:
        """Non-overlapping candidates in text order."""
        found = [c for c in self._all(text) if self.plausible(c, text)]
        found.sort(key=lambda c: (c.start - c.end, c.rank, c.start))
        taken: list[Candidate] = []
        for cand in found:
            if all(cand.end <= t.start or cand.start >= t.end for t in taken):
                taken.append(cand)
        return sorted((_without_preposition(c, text) for c in taken), key=lambda c: c.start)

    def _all(self, text: str) -> list[Candidate]:
        """Every match of every pattern."""
        out = []
        low = _lower(text)
        windows = self._windows(low)
        # Many kinds share their heads: merge each set of windows once per text.
        merged: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for rank, (kind, pattern) in enumerate(self.patterns):
            heads = HEADS[kind]
            spans = merged.get(heads)
            if spans is None:
                spans = merged[heads] = _merge([w for head in heads for w in windows.get(head, [])])
            if not spans:
                continue
            for m in self._matches(pattern, low, spans):
                start, end = m.span()
                if "skip" in pattern.groupindex and m.group("skip"):
                    # Words such as "vers" or "en" condition the match but lie
                    # outside the extent TimeBank marks.
                    start = m.end("skip")
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1] in " ,":
                    end -= 1
                groups = {k: fold(v) for k, v in m.groupdict().items() if v}
                out.append(Candidate(start, end, kind, groups, rank))
        return out

    @staticmethod
    def _matches(pattern: re.Pattern[str], low: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
        """Matches of ``pattern`` inside the windows ``spans`` of ``low``.

        A window's end is no end of text: a match that reaches it (a ``$``
        lookahead met there, "lorsque le Premier| ministre") is tried again
        on the whole text.
        """
        for ws, we in spans:
            for m in pattern.finditer(low, ws, we):
                if m.end() == we and we < len(low):
                    again = pattern.match(low, m.start())
                    if again is None:
                        continue
                    m = again
                yield m

    def _windows(self, low: str) -> dict[str, list[tuple[int, int]]]:
        """Stretches of text around head words, per head category.

        Running each pattern only around its own head words (instead of over
        the whole text) makes the recogniser several times faster.
        """
        windows: dict[str, list[tuple[int, int]]] = {}
        for group, first, last in self._heads(low):
            start = _word_start(low, max(0, first - _BEFORE))
            end = _word_end(low, min(len(low), last + _AFTER))
            windows.setdefault(group, []).append((start, end))
        return windows

    def _heads(self, low: str) -> Iterator[tuple[str, int, int]]:
        """``(category, start, end)`` of the trigger's matches in ``low``.

        The trigger matches each digit on its own; a run of digits comes out
        as one stretch, whose window is the union of its digits' windows
        (the recogniser only uses the windows' union). The trigger is tried
        only where a head may begin (a word's first letter), not at every
        character: the matches are those of ``finditer``, much faster.
        """
        if not self._word_heads:
            # A head that starts with no letter: try every character.
            for m in self.trigger.finditer(low):
                yield m.lastgroup or "", m.start(), m.end()
            return
        done = 0
        match = self.trigger.match
        initials = self._initials
        for at in _HEAD_STARTS.finditer(low):
            start = at.start()
            if at.lastgroup == "digits":
                # Heads end before a non-word character, so none ends inside the run.
                yield "digit", max(start, done), at.end()
                done = at.end()
            elif start >= done and low[start] in initials:
                head = match(low, start)
                if head is not None:
                    yield head.lastgroup or "", start, head.end()
                    done = head.end()


def _without_preposition(cand: Candidate, text: str) -> Candidate:
    """``cand`` without a leading preposition, which the French TimeBank leaves out.

    "au premier trimestre" → "premier trimestre", "du siècle dernier" →
    "siècle dernier", "de la semaine prochaine" → "la semaine prochaine",
    "par an" → "an". Fixed phrases that hold their preposition ("dans le
    passé", "aux alentours de 10 h") keep it.
    """
    if cand.kind in _KEEPS_PREPOSITION:
        return cand
    lead = _LEADING_PREPOSITION.match(text, cand.start, cand.end)
    if lead is None or lead.end() >= cand.end:
        return cand
    return replace(cand, start=lead.end())


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted union of overlapping spans."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset ("İ" would otherwise grow)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
