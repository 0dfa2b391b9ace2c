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

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.events.adversaries import latest_adversaries, party_marks, usable_side
from pipeline.events.arguments import Party, collapse
from pipeline.events.disputants import dominant_pair
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


def _addressee(child: Token) -> bool:
    """True if the dependent can name whom the appeal addresses.

    A quoted "« toutes les parties à la retenue »" is often parsed as a bare
    modifier (``obl:mod`` with no preposition): it is still the addressee.
    """
    if child.dep_ in _ADDRESSEE_DEPS:
        return True
    return child.dep_.startswith("obl") and not any(k.dep_ == "case" for k in child.children)


def _addresses_sides(trigger: Token, sides: frozenset[str]) -> bool:
    """True for "appeler les deux parties", "exhorter les belligérants", "un appel aux deux camps"."""
    return any(_addressee(c) and (_lemma(c) in sides or c.lower_ in sides) for c in trigger.children)


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
    return collapse([p for p in parties if usable_side(p)])


def _counted_pair(trigger: Token) -> bool:
    """True for an appeal to "les deux pays", "ces deux voisins": a pair the context names.

    Example:
        >>> # "a appelé les deux pays à la retenue" → True; "a appelé la Chine" → False
    """
    return any(
        _addressee(c)
        and any(n.dep_ == "nummod" and n.lower_ in ("deux", "2") for n in c.children)
        for c in trigger.children
    )


def _adversary_pairs(frames: list[Frame], hostile: frozenset[str], clashes: frozenset[str]) -> None:
    """"Appeler les deux pays à …" after a conflict: the two countries are its two sides.

    The actor stage reads "les deux pays" as the last two states named
    together, who may be allies named in passing; the pair last opposed by a
    hostile act is the one an appeal addresses.

    Example:
        >>> # [ASSAULT ETH → ERI] … "Rabat et Tunis" … [REQUEST UE "les deux pays" → MAR, TUN]
        >>> #   → REQUEST UE → ETH, ERI
    """
    for frame in frames:
        if frame.event_type != "REQUEST" or len(frame.partners) != 2 or not _counted_pair(frame.trigger):
            continue
        # No recent hostile act: the pair the whole story keeps opposing.
        pair = latest_adversaries(frames, frame, hostile) or dominant_pair(frames, frame, clashes)
        marks = party_marks(frame.actors)
        if len(pair) != 2 or marks & party_marks(pair):
            continue
        if party_marks(pair) != party_marks(frame.partners):
            frame.partners = pair
            frame.rule, frame.confidence = f"{frame.rule}_adversaries", frame.confidence - 0.15


def _sides_of(frames: list[Frame], appeal: Frame, hostile: frozenset[str], fighting: frozenset[str]) -> list[Party]:
    """The pair an appeal to "toutes les parties" addresses: those last opposed.

    When the appeal's own sentence names the fighting ("préoccupée par les
    combats … a exhorté toutes les parties"), the parties are those last seen
    fighting, not those of a later sanction or expulsion.

    Example:
        >>> # [ASSAULT M23 → RDC] … [SANCTION RWA → BEL] … "les combats … toutes les parties"
        >>> #   → [M23, RDC]
    """
    if any(f.sentence == appeal.sentence and f.event_type in fighting for f in frames):
        fought = latest_adversaries(frames, appeal, fighting)
        if fought:
            return fought
    return latest_adversaries(frames, appeal, hostile)


def fought_concerns(frames: list[Frame], fighting: frozenset[str], concern: Callable[[Token], bool]) -> None:
    """A concern with no target, in a sentence naming the fighting, faces those last seen fighting.

    Runs before the concern is read against the latest hostile act of any
    kind, which may be a sanction or a threat told after the fighting.

    Example:
        >>> # [ASSAULT M23 → RDC] … [SANCTION RWA] … "L'ONU s'est dite préoccupée par les combats"
        >>> #   → ACCUSE ONU → M23, ONU → RDC
    """
    for frame in frames:
        if frame.event_type != "ACCUSE" or frame.partners or not frame.actors or not concern(frame.trigger):
            continue
        if any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in frame.trigger.children):
            continue  # "a dénoncé un texte": the concern has its own target
        if not any(f.sentence == frame.sentence and f.event_type in fighting for f in frames if f is not frame):
            continue
        marks = party_marks(frame.actors)
        fought = [p for p in latest_adversaries(frames, frame, fighting) if p.key not in marks and p.code not in marks]
        if fought:
            frame.partners = fought
            frame.rule, frame.confidence = f"{frame.rule}_fighting", frame.confidence - 0.2


def appeals_to_sides(frames: list[Frame], lexicon: Lexicon) -> None:
    """Give a partnerless appeal to "les deux parties" (or to restraint) the sides of the conflict.

    Example:
        >>> # [ASSAULT Russie → Ukraine], [REQUEST ONU, obj "les deux parties"]
        >>> #   → REQUEST ONU → Russie, ONU → Ukraine
    """
    hostile = lexicon.upper_cue("hostile_types")
    clashes = lexicon.upper_cue("clash_types")
    sides, restraint = lexicon.cue("side_nouns"), lexicon.cue("restraint_nouns")
    fighting = lexicon.upper_cue("fighting_types")
    _adversary_pairs(frames, hostile, clashes)
    concerns = lexicon.cue("concern_classes")
    fought_concerns(frames, fighting, lambda t: getattr(lexicon.match(t), "word_class", "") in concerns)
    for frame in frames:
        if frame.event_type != "REQUEST" or frame.partners or not frame.actors:
            continue
        every_side = _addresses_sides(frame.trigger, sides)
        if not every_side and not _unaddressed_restraint(frame.trigger, restraint):
            continue
        marks = party_marks(frame.actors)
        acts = _conflict(frames, frame, hostile)
        # "Toutes les parties": the pair last opposed; else the fighters of the latest act.
        sides_named = _sides_of(frames, frame, hostile, fighting) if every_side else []
        if every_side and not sides_named and not acts:
            sides_named = dominant_pair(frames, frame, clashes)
        if marks & party_marks(sides_named):
            # A side does not call on "toutes les parties" of its own conflict:
            # the appeal's actor was misread.
            continue
        if not sides_named and not acts:
            continue
        targets = [p for p in sides_named or _fighters(acts, every_side) if p.key not in marks and p.code not in marks]
        if targets:
            frame.partners = targets
            frame.rule, frame.confidence = f"{frame.rule}_sides", frame.confidence - 0.2
