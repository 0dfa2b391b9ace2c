""""Aussitôt", "dans la foulée", "immédiatement après": an act told as following at once (R9).

An act placed right after (or right before) a dated one happens at the
anchor's time, but only at the granularity that is certain: "Le cessez-le-feu
est entré en vigueur le 3 mai. Dans la foulée, le gouvernement a décidé …" →
June, not the 24th (the next day is already a date of its own: "le
lendemain" is read by the date stage). A bare "après" or "plus tard" does not
say how long after, so it dates nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from pipeline.doc_context import DocContext
from pipeline.events.dating import DateMention, dated_spans, duration_case
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.occasion_dates import calendar
from pipeline.events.sentences import event_sentences

#: Prepositions an immediacy adverb sharpens: "immédiatement après la visite", "juste avant".
_SEQUENCE_CASES = frozenset({"après", "avant"})


def immediate_dates(frames: list[Frame], lexicon: Lexicon, context: DocContext | None = None) -> None:
    """Give an undated asserted act marked as immediate the certain part of the anchor's date.

    The anchor is the event named after "immédiatement après" when it is dated,
    else the last calendar date told before the act (in its sentence or the one
    before).

    Example:
        >>> # "Washington a approuvé mercredi la vente. Pékin a aussitôt protesté."
        >>> #   → the protest: the month of that Wednesday
    """
    if not frames:
        return
    cues = (lexicon.cue("immediacy_adverbs"), lexicon.cue("immediacy_nouns"), lexicon.cue("immediacy_sharpeners"))
    by_trigger = {frame.trigger.i: frame for frame in frames}
    sentences = event_sentences(frames[0].trigger.doc, context)
    for frame in frames:
        if frame.date is not None or frame.modality != "asserted":
            continue
        marked = [m for v in _verbs(frame) if (m := immediacy_mark(v, *cues)) is not None]
        if not marked:
            continue
        named = by_trigger.get(marked[0].i)
        anchor = named.date if named is not None and named.date is not None else None
        if anchor is None:
            start = sentences[max(frame.sentence - 1, 0)].start
            anchor = last_date(frame, start, min(t.i for t in [frame.trigger, *marked]), context)
        if anchor is not None:
            frame.date = certain_part(anchor)


def _verbs(frame: Frame) -> list[Token]:
    """The frame's verbs, each taken at the top of its coordination ("a aussitôt protesté et menacé")."""
    verbs: list[Token] = []
    for anchor in frame.anchors:
        if anchor.pos_ != "VERB":
            continue
        while anchor.dep_ == "conj" and anchor.head.pos_ == "VERB" and anchor.head.i < anchor.i:
            anchor = anchor.head
        verbs.append(anchor)
    return verbs


def immediacy_mark(
    verb: Token, adverbs: frozenset[str], nouns: frozenset[str], sharpeners: frozenset[str]
) -> Token | None:
    """The word that makes the verb's act immediate, if any.

    "a aussitôt rejeté" → "aussitôt"; "dans la foulée, X a voté" → "foulée";
    "immédiatement après la visite, X est arrivé" → "visite" (the anchor named).
    A bare "après la visite" gives None.

    Example:
        >>> # verb "protesté" of "Pékin a immédiatement protesté" → "immédiatement"
    """
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return child
        if not child.dep_.startswith(("obl", "advmod")):
            continue
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        if child.lemma_.lower() in nouns and "dans" in cases:
            return child
        sharpened = any(c.lower_ in sharpeners for c in child.subtree if c.i < child.i)
        # "immédiatement après la visite": the adverb sits on "après" or on the noun.
        if cases & _SEQUENCE_CASES and sharpened:
            return child
    return None


def last_date(frame: Frame, start: int, end: int, context: DocContext | None = None) -> DateMention | None:
    """The last calendar date mention in tokens ``[start, end)`` (durations and bounds left out).

    Example:
        >>> # "… entré en vigueur le 3 mai. Dans la foulée, …" → "le 3 mai"
    """
    best: DateMention | None = None
    for span_start, span_end, span, timex in dated_spans(frame.trigger.doc, context):
        if span_start < start or span_end > end or timex.type not in ("DATE", "TIME") or duration_case(span):
            continue
        mention = DateMention(timex, span, span.root)
        if calendar(mention) and (best is None or span_start > best.span.start):
            best = mention
    return best


def certain_part(anchor: DateMention) -> DateMention:
    """The anchor's date at the certain granularity: a known day becomes its month.

    Weeks, seasons, months and years stay as they are; a day whose month is
    unknown ("XXXX-XX-XX") stays too, since no coarser part is known.

    Example:
        >>> # "2026-08-26" → "2026-08"; "XXXX-05-03/XXXX-05-05" → "XXXX-05"; "2025-W42" → "2025-W42"
    """
    value = anchor.timex.value.split("/")[0]
    parts = value.split("-")
    if len(parts) < 3 or len(parts[1]) != 2 or parts[1] == "XX" or not parts[1].isdigit():
        return anchor
    return DateMention(replace(anchor.timex, value=f"{parts[0]}-{parts[1]}"), anchor.span, anchor.attachment)
