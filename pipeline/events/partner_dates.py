"""One date per destination: "à Moscou vendredi puis à Pékin lundi".

A visit or a round of talks with several partners may give each partner
its own day: "X s'est rendu à Ankara jeudi dernier puis à Bakou mardi",
"X a rencontré Y lundi et Z mardi", "X a reçu lundi Y et mardi Z". The
governing date of the frame is one of them; each row takes the date that
stands next to its own partner. The pairing is read on the word order of
the event's clause: partners and dates must alternate, one date each, or
nothing changes.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.events.dating import DateMention, date_mentions, dated_spans
from pipeline.events.frame import Frame
from pipeline.events.occasion_dates import calendar


def partner_dates(frame: Frame, sentence: Span) -> dict[int, DateMention]:
    """The date of each partner of the frame, by partner index, when each has its own.

    Args:
        frame: A dated frame with several partners.
        sentence: The frame's sentence.

    Returns:
        ``{index in frame.partners: date}``; empty when the clause does not give
        one date per partner.

    Example:
        >>> # "X s'est rendu à Moscou vendredi puis à Pékin lundi" → {0: vendredi, 1: lundi}
    """
    if frame.date is None or len(frame.partners) < 2:
        return {}
    trigger = frame.trigger
    left, right = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    partners = sorted(range(len(frame.partners)), key=lambda n: frame.partners[n].start)
    starts = [frame.partners[n].start for n in partners]
    if len(set(starts)) < len(starts) or not all(left <= s < right for s in starts):
        return {}  # one mention standing for several partners, or a partner outside the clause
    stops = {a.i for a in frame.anchors}
    mentions = sorted(
        (m for m in date_mentions(sentence, stops, dated_spans(sentence.doc))
         if left <= m.span.start_char < right and calendar(m)),
        key=lambda m: m.span.start_char,
    )
    if len(mentions) != len(partners) or frame.date.span.start_char not in {m.span.start_char for m in mentions}:
        return {}
    if len({m.timex.value for m in mentions}) < len(mentions):
        return {}
    return _alternating(partners, starts, mentions)


def _alternating(partners: list[int], starts: list[int], mentions: list[DateMention]) -> dict[int, DateMention]:
    """Pair partners and dates that alternate in the text (P D P D, or D P D P)."""
    items = sorted([(s, "P") for s in starts] + [(m.span.start_char, "D") for m in mentions])
    kinds = "".join(kind for _, kind in items)
    pairs = len(partners)
    if kinds == "PD" * pairs or kinds == "DP" * pairs:
        return dict(zip(partners, mentions, strict=True))
    return {}

