"""Sanctions that are lifted: the easing is the event, the sanctions' target its partner.

"Washington a levé les sanctions visant Damas", "l'annonce de la levée des
sanctions contre la Syrie", "un allègement des sanctions visant Belavia": the
sanction noun is a trigger of its own, and the rules that read its target
("visant X", "contre X") would write a SANCTION row for an act that ends
sanctions. The easing word (lever, levée, allègement, assouplir…) governs
the sanction noun as its object or genitive; the event is then one CONCEDE
from whoever eases (the easing word's actor, else the one the sanction
phrase found) to the sanctions' target.
"""

from __future__ import annotations

from pipeline.events.arguments import ActorIndex, collapse
from pipeline.events.counted import aimed_targets
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Dependencies by which an easing word governs the sanctions it eases.
_EASED_DEPS = frozenset({"obj", "nmod", "nsubj:pass"})
#: The type of the easing event and of the eased measure.
_EASING, _MEASURE = "CONCEDE", "SANCTION"


def eased_sanctions(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> list[Frame]:
    """Fold each eased sanction frame into the easing frame that governs it.

    The easing frame takes the sanctions' target as partner (and their actor
    when it has none); the sanction frame is dropped.

    Example:
        >>> # "Les États-Unis ont levé les sanctions visant la Syrie."
        >>> #   → CONCEDE États-Unis → Syrie (lever), no SANCTION row
    """
    easings = {frame.trigger.i: frame for frame in frames if frame.event_type == _EASING}
    dropped: set[int] = set()
    for n, frame in enumerate(frames):
        easing = _easing_of(frame, easings)
        if easing is None:
            continue
        actor_keys = {a.key for a in easing.actors or frame.actors}
        stop = frozenset({frame.trigger.i, easing.trigger.i})
        targets = frame.partners or collapse(aimed_targets(frame.trigger, index, lexicon, stop))
        partners = [p for p in targets if p.key not in actor_keys]
        if not partners:
            continue
        easing.actors = easing.actors or frame.actors
        easing.partners = easing.partners or partners
        easing.anchors = easing.anchors or frame.anchors
        easing.rule = f"{easing.rule}_eased"
        dropped.add(n)
    return [frame for n, frame in enumerate(frames) if n not in dropped]


def _easing_of(frame: Frame, easings: dict[int, Frame]) -> Frame | None:
    """The easing frame whose trigger governs this sanction noun, if any.

    Example:
        >>> # "la levée des sanctions": "sanctions" (nmod) → the frame of "levée"
    """
    trigger = frame.trigger
    if frame.event_type != _MEASURE or trigger.pos_ != "NOUN" or trigger.dep_ not in _EASED_DEPS:
        return None
    return easings.get(trigger.head.i)
