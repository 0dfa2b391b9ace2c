"""Partners listed after the first one, where the parse loses the coordination.

"s'entretenir au téléphone avec X, puis avec Y" and "avec ses homologues
sud-coréen, Cho Hyun, et japonais, Toshimitsu Motegi" are one list of
partners, but the French model hangs the later names on the wrong word
(the noun "téléphone", an apposition). Read on the surface instead: after
a partner's mention, a connector ("et", "puis", "ainsi que"), maybe a
repeated preposition and a determiner, then another actor mention that is
not the subject of a new clause — that mention is one more partner.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.events.arguments import ActorIndex, Party, case_of, collapse, parties_at
from pipeline.events.frame import Frame

#: Words that join list items ("puis" is often tagged as a form of "pouvoir").
_CONNECTORS = frozenset({"et", "puis", "ainsi", "ensuite"})
#: Words that may stand around a connector before the next item.
_GLUE = frozenset(
    {",", "que", "avec", "le", "la", "l'", "l’", "les", "ses", "son", "sa", "leur", "leurs", "à", "au", "aux"}
)
#: A mention in these roles starts a new clause ("…, et la Chine a protesté").
_CLAUSE_ROLES = frozenset({"nsubj", "nsubj:pass", "csubj"})


def extend_partner_lists(frames: list[Frame], index: ActorIndex) -> None:
    """Add to each frame the partners listed on after its last partner.

    Example:
        >>> # "Le Japon s'est entretenu avec la Chine, puis avec l'Inde."
        >>> #   partners [Chine] → [Chine, Inde]
    """
    for frame in frames:
        if not frame.partners and frame.actors:
            frame.partners = [p for p in _through_means(frame, index) if p.key not in {a.key for a in frame.actors}]
        if not frame.partners or not frame.actors:
            continue
        spans = _partner_spans(frame, index)
        if not spans:
            continue
        actor_keys = {a.key for a in frame.actors}
        added: list[Party] = []
        for span in listed_before(spans[0], index) + listed_after(spans[-1], index):
            added.extend(p for p in index.parties_of(span) if p.key not in actor_keys)
        if added:
            frame.partners = collapse(frame.partners + added)
            frame.rule = f"{frame.rule}_listed"


def _through_means(frame: Frame, index: ActorIndex) -> list[Party]:
    """The "avec" phrase the parser hung under the means of a verb's act.

    "s'entretenir au téléphone avec X", "échanger par visioconférence avec X":
    the "avec" phrase is read as a modifier of "téléphone", but X is the partner.
    """
    trigger = frame.trigger
    if trigger.pos_ != "VERB":
        return []
    for oblique in trigger.children:
        if not oblique.dep_.startswith("obl") or index.span_at(oblique) is not None:
            continue
        for child in oblique.children:
            if child.dep_ == "nmod" and case_of(child) == "avec":
                return parties_at(child, index)
    return []


def _partner_spans(frame: Frame, index: ActorIndex) -> list[Span]:
    """The mentions of the frame's partners in its sentence, in text order."""
    starts = {p.start for p in frame.partners}
    sentence = frame.trigger.sent
    # By index: iterating the sentence would build a Token per word.
    return [s for s in index.spans_at(range(sentence.start, sentence.end)) if s.start_char in starts]


def listed_before(first: Span, index: ActorIndex) -> list[Span]:
    """The mentions a list puts before ``first`` ("avec X, puis avec Y" seen from Y).

    Example:
        >>> # "avec Lula da Silva, puis avec Gabriel Boric" from "Friedrich Merz"
        >>> #   → [Emmanuel Macron]
    """
    doc = first.doc
    start = first.sent.start
    found: list[Span] = []
    current = first
    while True:
        j, joined = current.start - 1, False
        while j >= start and (doc[j].lower_ in _GLUE or doc[j].lower_ in _CONNECTORS):
            joined = joined or doc[j].lower_ in _CONNECTORS
            j -= 1
        previous = index.span_at(doc[j]) if j >= start else None
        if not joined or previous is None or previous.end != j + 1:
            return found
        if previous.root.dep_ in _CLAUSE_ROLES or not _after_preposition(previous):
            return found
        found.insert(0, previous)
        current = previous


def _after_preposition(span: Span) -> bool:
    """True if a preposition opens the list ("avec X, puis …"), so it is not a subject."""
    doc = span.doc
    j = span.start - 1
    while j >= span.sent.start and doc[j].pos_ == "DET":
        j -= 1
    return j >= span.sent.start and doc[j].pos_ == "ADP"


def listed_after(first: Span, index: ActorIndex) -> list[Span]:
    """The mentions that continue a list begun at ``first``, in order.

    Example:
        >>> # "avec Lula da Silva, puis avec le président chilien Gabriel Boric"
        >>> #   from "Emmanuel Macron" → [chancelier allemand Friedrich Merz]
    """
    doc = first.doc
    end = first.sent.end
    found: list[Span] = []
    current = first
    while True:
        j, joined = current.end, False
        while j < end and (doc[j].lower_ in _GLUE or doc[j].lower_ in _CONNECTORS):
            joined = joined or doc[j].lower_ in _CONNECTORS
            j += 1
        following = index.span_at(doc[j]) if j < end else None
        if not joined or following is None or following.start != j:
            return found
        if following.root.dep_ in _CLAUSE_ROLES:
            return found
        found.append(following)
        current = following
