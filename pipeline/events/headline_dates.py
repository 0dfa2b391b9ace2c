"""The headline's event is the lead's: a title repeats the dated act the lead tells (R10).

A news title states the event without its date ("Le Pérou et le Chili
signent un accord de pêche") and the lead tells it again with the day
("Les ministres des deux pays ont signé mardi à Lima …"). The title's
mention is an undated repeat of the lead's dated act, so it takes the
lead's date; otherwise the merge would keep a spurious undated row beside
the dated one, or keep only the undated one when the lead's mention names
its parties in a way the actor stage could not read.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.doc_context import DocContext, context_of
from pipeline.events.frame import Frame
from pipeline.events.news_day import LEAD_PARAGRAPHS, paragraph_of
from pipeline.events.sentences import event_sentences
from pipeline.extensions import doc_text


def headline_dates(frames: list[Frame], context: DocContext | None = None) -> None:
    """Date the title's undated acts with the date of the same act in the lead (frames changed in place).

    The lead's act is the same when it has the title's event type, trigger
    lemma and modality, and names no party the title does not; all such
    dated acts of the lead must agree on one date.

    Example:
        >>> # title "A et B signent un accord" + lead "ont signé mardi l'accord" → the title's row: mardi
    """
    if not frames:
        return
    doc = frames[0].trigger.doc
    sentences = event_sentences(doc, context or context_of(doc))
    if not sentences or not alone_on_its_line(sentences[0]):
        return
    lead = _lead_frames(frames, sentences)
    for title in frames:
        if title.sentence != 0 or title.date is not None:
            continue
        same = [f for f in lead if _same_act(title, f)]
        values = {f.date.timex.value for f in same if f.date is not None}
        if len(values) == 1:
            title.date = same[0].date


def alone_on_its_line(sentence: Span) -> bool:
    """True if the sentence is a whole line of the text (a title, not the start of a paragraph)."""
    text = doc_text(sentence.doc)
    before = text[: sentence.start_char]
    after = text[sentence.end_char :]
    return not before.strip() and (not after.strip() or after.lstrip(" \t").startswith("\n"))


def _lead_frames(frames: list[Frame], sentences: list[Span]) -> list[Frame]:
    """The dated frames of the lead: the first paragraphs after the title that tell an event."""
    paragraphs: list[int] = []
    lead: list[Frame] = []
    for frame in frames:
        if frame.sentence <= 0:
            continue
        paragraph = paragraph_of(sentences, frame.sentence)
        if paragraph not in paragraphs:
            paragraphs.append(paragraph)
        if len(paragraphs) > LEAD_PARAGRAPHS:
            break
        if frame.date is not None:
            lead.append(frame)
    return lead


def _same_act(title: Frame, other: Frame) -> bool:
    """True if ``other`` may be the title's act told again: same type, word, modality, no other party."""
    if other.event_type != title.event_type or other.modality != title.modality:
        return False
    if other.trigger.lemma_.lower() != title.trigger.lemma_.lower():
        return False
    keys = {p.key for p in title.actors + title.partners}
    return {p.key for p in other.actors + other.partners} <= keys
