"""Mediation phrases: "sous l'égide de X" makes X consult each party of the event.

"Les négociations entre Bakou et Erevan se poursuivent sous l'égide de
Washington" → besides Azerbaïdjan–Arménie, a CONSULT between the mediator
and each side (spec: CONSULT covers mediating).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, case_of, collapse, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.unpaired_mediation import unpaired_frame


def _mediator_phrase(frame: Frame, nouns: frozenset[str]) -> Token | None:
    """The "égide"/"auspices"/"médiation" phrase on the trigger or a verb carrying it."""
    for head in [frame.trigger, *frame.anchors]:
        for child in head.children:
            if not child.dep_.startswith(("obl", "nmod")):
                continue
            if child.lemma_.lower() in nouns:
                return child
            # "au terme d'une médiation de X", "à l'issue de la médiation de X":
            # the mediation is the genitive of a phrase that frames the event.
            for grandchild in child.children:
                if grandchild.dep_ == "nmod" and grandchild.lemma_.lower() in nouns and _genitive(grandchild):
                    return grandchild
    return None


def _genitive(token: Token) -> bool:
    """True for a phrase introduced by "de" ("d'une médiation")."""
    return any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du", "des") for c in token.children)


def mediation_frames(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> list[Frame]:
    """CONSULT frames from each mediator to each party of a mediated event.

    Example:
        >>> # "un accord entre A et B sous l'égide de la Russie" → Russie–A, Russie–B
    """
    nouns = lexicon.cue("mediation_nouns")
    witnesses = lexicon.cue("witness_nouns")
    witnessed = frozenset(t.upper() for t in lexicon.cue("witnessed_types"))
    found: list[Frame] = []
    seen: set[int] = set()
    pending: dict[int, Frame] = {}  # mediations no frame of the sentence gives sides to
    for frame in frames:
        phrase = _mediator_phrase(frame, nouns)
        if phrase is None and frame.event_type in witnessed:
            # "… se sont retrouvés à Genève, en présence de X": a witness of talks
            # or a signing consults each side too (not of an attack it watched).
            phrase = _mediator_phrase(frame, witnesses)
        if phrase is None or phrase.i in seen:
            continue
        mediators = parties_at(phrase, index)
        keys = {m.key for m in mediators}
        sides = [p for p in collapse(frame.actors + frame.partners) if p.key not in keys]
        if mediators and not sides and case_of(phrase) == "sous":
            # "un accord conclu sous l'égide de X": the sides are the story's (unpaired_mediation);
            # not "le texte proposé par la médiation angolaise", whose event is not a meeting.
            pending.setdefault(phrase.i, unpaired_frame(phrase, mediators, list(frame.anchors)))
            continue
        if not mediators or not sides:
            continue
        seen.add(phrase.i)
        found.append(
            Frame(
                trigger=phrase,
                event_type="CONSULT",
                action=phrase.lemma_.lower(),
                actors=mediators,
                partners=sides,
                rule="mediation",
                confidence=0.6,
                anchors=list(frame.anchors),
                arguments=[phrase],
            )
        )
    return found + [frame for at, frame in pending.items() if at not in seen]
