"""Appeals addressed to the sides of a conflict rather than to named parties.

Third parties call on "les deux parties", "toutes les parties", "les
belligérants", "les deux rives" to show restraint, or call "à la retenue"
with no addressee at all. The addressees are then the parties of the
conflict just told: "Des drones russes ont frappé Kharkiv ; l'artillerie
ukrainienne a riposté. L'ONU a appelé les deux parties à la retenue" →
ONU → Russie and ONU → Ukraine (one row per side). An appeal with no
addressee ("La Chine a appelé à la désescalade") is aimed at whoever is
fighting: the doer of the latest hostile act, and those who strike back.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.answers import party_marks
from pipeline.events.arguments import Party, collapse
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Sentences back the conflict may be told.
CONFLICT_REACH = 5
#: Dependents of an appeal that name its addressee.
_ADDRESSEE_DEPS = frozenset({"obj", "iobj", "xcomp", "nsubj:pass", "obl:arg", "nmod"})
#: Dependents of an appeal that name what is asked ("à la retenue").
_ASKED_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "xcomp", "obj"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _addresses_sides(trigger: Token, sides: frozenset[str]) -> bool:
    """True for "appeler les deux parties", "exhorter les belligérants", "un appel aux deux camps"."""
    return any(c.dep_ in _ADDRESSEE_DEPS and (_lemma(c) in sides or c.lower_ in sides) for c in trigger.children)


def _unaddressed_restraint(trigger: Token, restraint: frozenset[str]) -> bool:
    """True for "appeler à la retenue", "un appel à un cessez-le-feu" with no one named as addressee."""
    if any(c.dep_ in ("obj", "iobj") and c.pos_ in ("PROPN", "PRON") for c in trigger.children):
        return False
    return any(c.dep_ in _ASKED_DEPS and _lemma(c) in restraint for c in trigger.children)


def _conflict(frames: list[Frame], appeal: Frame, hostile: frozenset[str]) -> list[Frame]:
    """Hostile acts told up to :data:`CONFLICT_REACH` sentences before the appeal, latest last."""
    return [
        f
        for f in frames
        if f.event_type in hostile
        and f.actors
        and 0 <= appeal.sentence - f.sentence <= CONFLICT_REACH
        and f.trigger.i < appeal.trigger.i
    ]


def _fighters(acts: list[Frame], every_side: bool) -> list[Party]:
    """The sides of the latest hostile act: its doer, those who answer it, and (if asked) its target."""
    latest = acts[-1]
    parties = list(latest.actors)
    targets = party_marks(latest.partners)
    # "… a riposté": a target who strikes back is a fighter too.
    parties.extend(a for f in acts for a in f.actors if a.key in targets or a.code in targets)
    if every_side:
        parties.extend(latest.partners)
    return collapse(parties)


def appeals_to_sides(frames: list[Frame], lexicon: Lexicon) -> None:
    """Give a partnerless appeal to "les deux parties" (or to restraint) the sides of the conflict.

    Example:
        >>> # [ASSAULT Russie → Ukraine], [REQUEST ONU, obj "les deux parties"]
        >>> #   → REQUEST ONU → Russie, ONU → Ukraine
    """
    hostile = frozenset(t.upper() for t in lexicon.cue("hostile_types"))
    sides, restraint = lexicon.cue("side_nouns"), lexicon.cue("restraint_nouns")
    for frame in frames:
        if frame.event_type != "REQUEST" or frame.partners or not frame.actors:
            continue
        every_side = _addresses_sides(frame.trigger, sides)
        if not every_side and not _unaddressed_restraint(frame.trigger, restraint):
            continue
        acts = _conflict(frames, frame, hostile)
        if not acts:
            continue
        marks = party_marks(frame.actors)
        targets = [p for p in _fighters(acts, every_side) if p.key not in marks and p.code not in marks]
        if targets:
            frame.partners = targets
            frame.rule, frame.confidence = f"{frame.rule}_sides", frame.confidence - 0.2
