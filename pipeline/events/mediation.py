"""Mediation phrases: "sous l'égide de X" makes X consult each party of the event.

"Les négociations entre Bakou et Erevan se poursuivent sous l'égide de
Washington" → besides Azerbaïdjan–Arménie, a CONSULT between the mediator
and each side (spec: CONSULT covers mediating).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.doc_context import DocContext
from pipeline.events.arguments import ActorIndex, case_of, collapse, parties_at
from pipeline.events.columns import cases_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.unpaired_mediation import unpaired_frame


def _mediator_phrase(frame: Frame, nouns: frozenset[str], context: DocContext) -> Token | None:
    """The "égide"/"auspices"/"médiation" phrase on the trigger or a verb carrying it.

    Read from the Doc's columns: every frame is tested, few have such a phrase.
    """
    deps, lemmas, children = context.deps, context.lemmas, context.children
    for head in [frame.trigger, *frame.anchors]:
        for child in children[head.i]:
            if not deps[child].startswith(("obl", "nmod")):
                continue
            if lemmas[child] in nouns:
                return context.doc[child]
            # "au terme d'une médiation de X", "à l'issue de la médiation de X":
            # the mediation is the genitive of a phrase that frames the event.
            for grandchild in children[child]:
                if deps[grandchild] == "nmod" and lemmas[grandchild] in nouns and _genitive(grandchild, context):
                    return context.doc[grandchild]
    return None


def _genitive(i: int, context: DocContext) -> bool:
    """True for a phrase (token ``i``) introduced by "de" ("d'une médiation")."""
    return any(case in ("de", "d'", "d’", "du", "des") for case in cases_at(i, context))


def mediation_frames(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> list[Frame]:
    """CONSULT frames from each mediator to each party of a mediated event.

    Example:
        >>> # "un accord entre A et B sous l'égide de la Russie" → Russie–A, Russie–B
    """
    nouns = lexicon.cue("mediation_nouns")
    witnesses = lexicon.cue("witness_nouns")
    witnessed = lexicon.upper_cue("witnessed_types")
    found: list[Frame] = []
    seen: set[int] = set()
    pending: dict[int, Frame] = {}  # mediations no frame of the sentence gives sides to
    for frame in frames:
        phrase = _mediator_phrase(frame, nouns, index.context)
        if phrase is None and frame.event_type in witnessed:
            # "… se sont retrouvés à Genève, en présence de X": a witness of talks
            # or a signing consults each side too (not of an attack it watched).
            phrase = _mediator_phrase(frame, witnesses, index.context)
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
