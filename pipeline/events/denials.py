""""…, ce que les deux pays démentent": a denial of the clause just told.

"Selon Washington et Tokyo, l'Iran a livré des drones à la Russie. En
échange, Moscou fournirait des avions à Téhéran, ce que les deux pays
démentent" → Russie → États-Unis, Russie → Japon, Iran → États-Unis,
Iran → Japon (REJECT). The denied act is the clause "ce" stands for; a
counted subject ("les deux pays") is that act's parties, not the last pair
named; the partner is the accuser, the source of "selon X" in the act's
sentence or just before it in the same paragraph.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.events.arguments import ActorIndex, Party, case_of, collapse, parties_at
from pipeline.events.frame import Frame
from pipeline.extensions import doc_text

#: Sentences back the "selon X" source may be.
SOURCE_REACH = 2


def _denied_act(frame: Frame, frames: list[Frame]) -> Frame | None:
    """The frame of the clause "ce que … démentent" refers to, if any."""
    trigger = frame.trigger
    if trigger.dep_ != "acl:relcl" or trigger.head.lower_ != "ce":
        return None
    clause = trigger.head.head
    return next((f for f in frames if f.trigger.i == clause.i and f is not frame), None)


def _counted_subject(trigger: Token) -> int:
    """The number of a counted subject ("les deux pays" → 2), else 0."""
    for child in trigger.children:
        if child.dep_.startswith("nsubj"):
            for number in child.children:
                if number.dep_ == "nummod" and number.lower_ in ("deux", "trois", "2", "3"):
                    return {"deux": 2, "2": 2, "trois": 3, "3": 3}[number.lower_]
    return 0


def _counted_parties(act: Frame, frames: list[Frame], count: int) -> list[Party]:
    """The ``count`` parties of the denied act, completed from the acts just before it.

    "Elle a fourni des obus à Moscou. En échange, la Russie livrerait des
    technologies, ce que les deux pays démentent": Russie, then Corée du Nord
    from the act before. Empty if the count is not met exactly.
    """
    parties = collapse(act.actors + act.partners)
    earlier = [
        f
        for f in frames
        if f.trigger.i < act.trigger.i
        and 0 <= act.sentence - f.sentence <= SOURCE_REACH
        and "\n" not in doc_text(act.trigger.doc)[f.trigger.idx : act.trigger.idx]
    ]
    for previous in reversed(earlier):
        if len({p.key for p in parties}) >= count:
            break
        keys = {p.key for p in parties}
        parties += [p for p in collapse(previous.actors + previous.partners) if p.key not in keys]
    return parties if len({p.key for p in parties}) == count else []


def _sources(doc: Doc, act: Frame, index: ActorIndex) -> list[Party]:
    """Parties of the closest "selon X" before the act, in its paragraph."""
    sentences = list(doc.sents)
    here = next((n for n, s in enumerate(sentences) if s.start <= act.trigger.i < s.end), 0)
    for sentence in reversed(sentences[max(0, here - SOURCE_REACH) : here + 1]):
        if "\n" in doc.text[sentence.start_char : act.trigger.idx]:
            break  # another paragraph: its sources are not this act's
        found = [p for t in sentence if t.i < act.trigger.i and case_of(t) == "selon" for p in parties_at(t, index)]
        if found:
            return collapse(found)
    return []


def denied_by_parties(frames: list[Frame], index: ActorIndex, denial_verbs: frozenset[str]) -> None:
    """Give "ce que X dément" its deniers (the act's parties) and its accusers.

    Example:
        >>> # [AID RUS → IRN "fournirait", source "selon Washington"],
        >>> #   [REJECT "démentent", subject "les deux pays"] → REJECT RUS, IRN → USA
    """
    for frame in frames:
        if frame.event_type != "REJECT" or frame.partners:
            continue
        if frame.trigger.lemma_.lower() not in denial_verbs:
            continue
        act = _denied_act(frame, frames)
        if act is None:
            continue
        count = _counted_subject(frame.trigger)
        if count:
            parties = _counted_parties(act, frames, count)
            frame.actors = parties or frame.actors
        keys = {a.key for a in frame.actors}
        accusers = [p for p in _sources(frame.trigger.doc, act, index) if p.key not in keys]
        if frame.actors and accusers:
            frame.partners = accusers
            frame.rule, frame.confidence = f"{frame.rule}_denied", frame.confidence - 0.15
