"""The patron behind a target is not the target: "des frappes contre une milice soutenue par X".

Conflict news names armed groups by who backs them: "les rebelles soutenus
par le Rwanda", "des sites du mouvement appuyé par Téhéran", "une milice
financée par l'étranger". The blow of an attack, a seizure or a sanction
falls on the group; the backer named as agent of the participle
("par l'Iran") is only a description of it. A partner of such an act found
only as that agent is dropped: "Les États-Unis ont frappé des dépôts
d'une milice soutenue par la Syrie" gives no États-Unis → Syrie attack.

The participles are the cue class ``backing_participles``; the acts whose
targets are read so, ``client_target_types``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.events.arguments import Party
from pipeline.events.frame import Frame


def drop_patron_partners(frames: list[Frame], backing: frozenset[str], types: frozenset[str]) -> None:
    """Remove the partners of material acts that are only the backer of their target.

    Args:
        frames: Frames of one document (changed in place).
        backing: Lemmas of backing participles ("soutenir", "appuyer").
        types: Event types (upper case) whose target is the group, not its backer.

    Example:
        >>> # "Paris a frappé un camp de la milice soutenue par Damas"
        >>> #   ASSAULT France → [Syrie] → France → []
    """
    for frame in frames:
        if frame.event_type not in types or not frame.partners:
            continue
        doc = frame.trigger.doc
        kept = [p for p in frame.partners if not _backer(p, doc, backing)]
        if len(kept) < len(frame.partners):
            frame.partners = kept
            frame.rule = f"{frame.rule}_no_patron"


def _backer(party: Party, doc: Doc, backing: frozenset[str]) -> bool:
    """True when the party's mention is the "par" agent of a backing participle.

    Example:
        >>> # "Iran" in "du mouvement soutenu par l'Iran" → True; in "frappes contre l'Iran" → False
    """
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _under_backing_agent(span.root, backing)


def _under_backing_agent(token: Token, backing: frozenset[str]) -> bool:
    """True for a token inside the "obl:agent" phrase of a backing participle."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ == "obl:agent":
            participle = ancestor.head
            return participle.dep_.startswith("acl") and participle.lemma_.lower() in backing
    return False
