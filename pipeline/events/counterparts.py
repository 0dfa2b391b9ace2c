"""A bare "son homologue": the counterpart from the state the text is dealing with.

"Sergueï Lavrov s'est rendu à Pékin. Il y a rencontré son homologue": the
counterpart has no nationality of their own, but the actor's latest act
with a partner (the visit to Beijing) tells whose minister it is. With a
nationality ("son homologue chinois") the actor component has already
made the phrase a mention, and this pass leaves it alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import Party
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: How many sentences back the act that names the counterpart's state may be.
LOOKBACK = 2
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _bare_counterpart(frame: Frame, nouns: frozenset[str]) -> Token | None:
    """The "son homologue" argument of the frame's trigger, if it has no nationality."""
    for child in frame.trigger.children:
        if child.lemma_.lower() not in nouns or not child.dep_.startswith(("obj", "obl", "iobj")):
            continue
        if any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in child.children):
            return child
    return None


def counterpart_partners(frames: list[Frame], lexicon: Lexicon) -> None:
    """Give "rencontrer son homologue" the partner of the actor's latest act.

    Example:
        >>> # [rendu (Lavrov → Chine), rencontré (Lavrov, "son homologue")] → rencontré: Chine
    """
    nouns = lexicon.cue("counterpart_nouns")
    for frame in frames:
        if not frame.actors or frame.partners:
            continue
        noun = _bare_counterpart(frame, nouns)
        if noun is None:
            continue
        partners = _latest_partners(frames, frame)
        if partners:
            frame.partners = partners
            frame.rule, frame.confidence = f"{frame.rule}_counterpart", frame.confidence - 0.15


def _latest_partners(frames: list[Frame], frame: Frame) -> list[Party]:
    """The partners of the latest earlier act by one of the frame's actors."""
    keys = {a.key for a in frame.actors}
    best: Frame | None = None
    for other in frames:
        if other is frame or other.trigger.i >= frame.trigger.i or not other.partners:
            continue
        if frame.sentence - other.sentence > LOOKBACK or not keys & {a.key for a in other.actors}:
            continue
        if best is None or other.trigger.i > best.trigger.i:
            best = other
    if best is None:
        return []
    return [p for p in best.partners if p.key not in keys]
