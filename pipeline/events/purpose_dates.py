"""A purpose infinitive happens with the dated act it is the purpose of.

"Le ministère a convoqué vendredi l'ambassadeur pour lui remettre une
protestation": the protest is handed over at the summons, on Friday. Only
an asserted act is dated this way (a planned or reported one keeps its own
reading), and only from the verb right above the purpose clause: "a annoncé
lundi qu'il enverrait des troupes pour sécuriser la frontière" dates nothing,
since the sending is not dated.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.doc_context import DocContext
from pipeline.events.dating import date_mentions, dated_spans, governing_date
from pipeline.events.frame import Frame
from pipeline.events.sentences import event_sentences
from pipeline.morph import features

#: Words that open a purpose infinitive: "pour remettre", "afin de protester".
_PURPOSE = frozenset({"pour", "afin"})


def purpose_dates(frames: list[Frame], context: DocContext | None = None) -> None:
    """Give an undated asserted act told in a purpose infinitive the date of its governing verb.

    Example:
        >>> # "X a rappelé mardi son ambassadeur afin de protester contre Y" → the protest: mardi
    """
    if not frames:
        return
    doc = frames[0].trigger.doc
    sentences = event_sentences(doc, context)
    dated = dated_spans(doc, context)
    for frame in frames:
        if frame.date is not None or frame.modality != "asserted" or frame.sentence < 0:
            continue
        host = purpose_host(frame)
        if host is None:
            continue
        stops = {a.i for f in frames if f.sentence == frame.sentence for a in f.anchors}
        mentions = date_mentions(sentences[frame.sentence], stops, dated)
        frame.date = governing_date([host], mentions)


def purpose_host(frame: Frame) -> Token | None:
    """The verb whose purpose the frame's infinitive is, if the frame is told that way.

    The infinitive is the trigger itself ("afin de protester") or the verb of
    which the trigger is the object ("pour lui remettre une protestation").

    Example:
        >>> # "a convoqué lundi X pour lui remettre une protestation" → "convoqué"
    """
    trigger = frame.trigger
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.i != trigger.i and (trigger.dep_ != "obj" or verb.pos_ != "VERB" or verb not in frame.anchors):
        return None
    if "Inf" not in features(verb, "VerbForm"):
        return None
    return _host(verb)


def _host(verb: Token) -> Token | None:
    """The verb above a purpose infinitive, through the parses the model gives.

    "pour remettre" as a clause of the verb or (parse slip) of its object;
    "afin de protester" under the adverb "afin".
    """
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "case")}
    head = verb.head
    if head.lower_ in _PURPOSE and head.i != verb.i:
        marks.add(head.lower_)
        head = head.head
    if not marks & _PURPOSE or head.i == verb.i:
        return None
    if head.pos_ == "NOUN" and verb.dep_ == "acl" and head.dep_ == "obj":
        head = head.head  # "a convoqué l'ambassadeur pour lui remettre": hung on the object
    return head if head.pos_ == "VERB" else None
