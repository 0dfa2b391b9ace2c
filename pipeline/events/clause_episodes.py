"""An act continues the dated clause of its own actor, even where that clause is no event.

"Le Premier ministre indien est arrivé mercredi à Tokyo. Il s'est entretenu
avec son homologue japonais": arriving is no event of the table, but it
dates the visit the talks belong to. The episode rule of
:mod:`pipeline.events.narrative` only reads dated events; this one reads any
dated past clause whose subject is the act's actor, in the same paragraph,
one or two sentences before, when nothing dated comes between.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.doc_context import DocContext, context_of
from pipeline.events.dating import DatedSpans, DateMention, date_mentions, dated_spans
from pipeline.events.frame import Frame
from pipeline.events.narrative import since_oblique, told_in_past
from pipeline.events.occasion_dates import calendar
from pipeline.events.sentences import event_sentences
from pipeline.events.subjects import subject_of
from pipeline.extensions import doc_text
from pipeline.morph import features

#: How many sentences back the actor's dated clause may be.
CLAUSE_REACH = 2


def clause_episodes(
    frames: list[Frame], later: frozenset[str], reactions: frozenset[str], context: DocContext | None = None
) -> None:
    """Date an undated past act by its actor's last dated clause (frames changed in place).

    Args:
        frames: The document's frames in text order.
        later: Adverbs that place an act at another time ("ensuite", "depuis").
        reactions: Event types that may come days after (concerns, thanks): dated
            only by the actor's own meeting.
        context: The Doc's :class:`DocContext` (built from the frames' Doc when None).

    Example:
        >>> # "X est arrivé mercredi à Tokyo. Il a rencontré Y." → the meeting: mercredi
    """
    if not frames:
        return
    doc = frames[0].trigger.doc
    context = context or context_of(doc)
    sentences = event_sentences(doc, context)
    dated = dated_spans(doc, context)
    meetings = {f.trigger.i for f in frames if f.event_type == "CONSULT"}
    for frame in frames:
        if frame.date is not None or frame.modality != "asserted" or not frame.actors:
            continue
        if not told_in_past(frame) or any(c.lower_ in later for a in frame.anchors for c in a.children):
            continue
        found = _actor_clause_date(frame, sentences, dated)
        # A reaction may come days after the actor's act; at the actor's own meeting
        # ("se sont réunis vendredi … Ils ont appelé X") it is made there and then.
        if found is not None and (frame.event_type not in reactions or found.attachment.i in meetings):
            frame.date = found


def _actor_clause_date(frame: Frame, sentences: list[Span], dated: DatedSpans) -> DateMention | None:
    """The date of the last dated sentence before the frame, if its dated verb's subject is the actor."""
    keys = {a.key for a in frame.actors}
    doc = frame.trigger.doc
    for back in range(1, CLAUSE_REACH + 1):
        n = frame.sentence - back
        if n < 0:
            return None
        sentence = sentences[n]
        if "\n" in doc_text(doc)[sentence.end_char : frame.trigger.idx]:
            return None  # a new paragraph, a new story
        mentions = [m for m in date_mentions(sentence, set(), dated) if calendar(m)]
        if not mentions:
            continue
        # The latest dated sentence is the time talked about: one date, its verb's subject.
        dated_verbs = {m.attachment.i for m in mentions if m.attachment.pos_ in ("VERB", "AUX")}
        if len(mentions) != 1 or not dated_verbs:
            return None
        verb = doc[dated_verbs.pop()]
        if since_oblique(verb):
            return None  # "s'est rapproché de X depuis la signature, en 2024": a state, no episode
        if _past_clause(verb) and keys & _subject_keys(verb, doc):
            return mentions[0]
        return None
    return None


def _past_clause(verb: Token) -> bool:
    """A passé composé or simple past main or coordinated clause ("est arrivé", "arriva")."""
    if verb.dep_ not in ("ROOT", "conj"):
        return False
    if "Past" in features(verb, "Tense") and "Fin" in features(verb, "VerbForm"):
        return True
    # "est arrivé" is often parsed as a passive: être + participle is still a past here.
    auxiliaries = ("aux:tense", "aux", "aux:pass")
    return any(c.dep_ in auxiliaries and "Pres" in features(c, "Tense") for c in verb.children)


def _subject_keys(verb: Token, doc: Doc) -> set[str]:
    """The party keys (code, else lower-case name) of the actor the verb's subject names."""
    subject, _ = subject_of(verb)
    if subject is None:
        return set()
    keys: set[str] = set()
    for span in doc.spans.get("actors", []):
        if span.start <= subject.i < span.end or subject.i <= span.start < subject.right_edge.i + 1:
            members = span._.members or []
            keys |= {code or name.lower() for name, code in members}
            keys.add(span._.actor_code or (span._.actor or "").lower())
    return keys - {""}
