"""The eve and the morrow of an event: "au lendemain de…", "à la veille de…".

"la veille" alone counts back from the day the text is talking about. With
an event after it ("au lendemain d'affrontements", "la veille de la
réunion"), the sentence usually names the day it stands for: "Ils se sont
accusés jeudi, au lendemain d'affrontements" is that Thursday, and so is
"La veille de la réunion, mercredi, …". A day written inside the event's
own phrase ("à la veille du sommet du 12 mai") is the event's day, which
the eve counts from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from pipeline.dates.anchor import Anchor
from pipeline.dates.recognise import Candidate
from pipeline.types import Timex

#: An event named after the eve: "de la réunion", "du sommet", "d'affrontements".
_OF_EVENT = re.compile(r"\s+(?:de|du|des|d['’])", re.IGNORECASE)
#: A day in apposition right after the eve: "La veille, mercredi, …".
_APPOSED = re.compile(r"\s*,\s*")
#: Punctuation that closes the event's phrase before a day of the sentence.
_CLAUSE_BREAK = re.compile(r"[,;:()]")
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d")


def settle_eves(found: Sequence[tuple[Candidate, Timex]], text: str, ends: Sequence[int],
                offsets: Mapping[str, int]) -> list[tuple[Candidate, Timex]]:
    """Give an eve or morrow of a named event the day its sentence names.

    Args:
        found: Candidates and their mentions, in text order.
        text: The text they index.
        ends: Offsets of the sentence ends of ``text``, sorted.
        offsets: Days from the event for each anaphoric phrase ("la veille" → -1).

    Example:
        >>> text = "Ils ont parlé jeudi, au lendemain des combats."
        >>> found = [(Candidate(14, 19, "weekday", {}, 0), Timex(14, 19, "jeudi", "DATE", "2026-04-09")),
        ...          (Candidate(24, 33, "anaphoric", {"ana": "au lendemain"}, 0),
        ...           Timex(24, 33, "lendemain", "DATE", "2026-04-10"))]
        >>> [t.value for _, t in settle_eves(found, text, [len(text) - 1], {"au lendemain": 1})]
        ['2026-04-09', '2026-04-09']
    """
    out = list(found)
    for i, (cand, eve) in enumerate(out):
        step = offsets.get(cand.groups.get("ana", ""), 0)
        if cand.kind != "anaphoric" or not step or not _DAY_VALUE.match(eve.value):
            continue
        day = _sentence_day(out, i, text, ends)
        if day is None:
            continue
        if _OF_EVENT.match(text, eve.end):
            inside = day.start > eve.end and not _CLAUSE_BREAK.search(text, eve.end, day.start)
            value = _shifted(day.value[:10], step) if inside else day.value[:10]
        elif _APPOSED.fullmatch(text, eve.end, day.start):
            value = day.value[:10]
        else:
            continue
        if value:
            out[i] = (cand, replace(eve, value=value + eve.value[10:]))
    return out


def _sentence_day(found: Sequence[tuple[Candidate, Timex]], i: int, text: str,
                  ends: Sequence[int]) -> Timex | None:
    """The day mention nearest ``found[i]`` in its sentence, other eves left out."""
    eve = found[i][1]
    sentence = bisect.bisect_left(ends, eve.start)
    days = [t for j, (c, t) in enumerate(found)
            if j != i and c.kind != "anaphoric" and t.type in {"DATE", "TIME"}
            and _DAY_VALUE.match(t.value) and "/" not in t.value
            and bisect.bisect_left(ends, t.start) == sentence]
    return min(days, key=lambda t: abs(t.start - eve.start), default=None)


def _shifted(day: str, step: int) -> str:
    """``day`` moved ``step`` days ("XXXX" days stay unknown)."""
    return Anchor.parse(day).shift_days(step) if not day.startswith("X") else "XXXX-XX-XX"
