"""A clitic "lui"/"leur" in a purpose or gerund clause names the governing verb's object.

Diplomatic news chains two acts on one person: "Le ministre a convoqué
l'ambassadeur russe pour lui demander des explications", "Rabat a reçu
l'envoyé algérien en lui remettant un message", "Tokyo a tendu la main
à Séoul en l'invitant au dialogue". The dependent verb's partner is only
a pronoun; French grammar makes it the object (or the "à" phrase) of the
verb the clause depends on, whose parties the rules already read.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_class, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Labels the parser gives a clitic argument.
_CLITIC_DEPS = frozenset({"iobj", "obj", "obl:arg", "obl"})
#: Labels of the governing verb's phrases a clitic can stand for: the object first.
_ANTECEDENT_DEPS = (frozenset({"obj"}), frozenset({"iobj", "obl:arg"}))


def _clitic(verb: Token, clitics: frozenset[str]) -> Token | None:
    """The object or dative clitic (one of ``clitics``) before ``verb``, or None.

    Example:
        >>> # "pour lui demander" → "lui"
    """
    for child in verb.children:
        spelled = child.lower_.replace("’", "'")
        if child.i < verb.i and child.pos_ == "PRON" and child.dep_ in _CLITIC_DEPS and spelled in clitics:
            return child
    return None


def _governor(verb: Token, links: frozenset[str]) -> Token | None:
    """The verb a "pour", "afin de" or gerund "en" clause (marked by one of ``links``) hangs on, or None.

    Example:
        >>> # "a convoqué l'ambassadeur pour lui demander" → "convoqué"
    """
    head = verb.head
    if head.lower_ == "afin" and head.head.pos_ == "VERB":
        return head.head  # "afin de lui demander", with "afin" read as the clause's head
    if verb.dep_ not in ("advcl", "xcomp", "acl") or head.pos_ != "VERB":
        return None
    linked = any(c.dep_ == "mark" and c.lower_ in links for c in verb.children)
    return head if linked else None


def _antecedents(governor: Token, index: ActorIndex, own: set[str]) -> list[Party]:
    """Parties of the governing verb's object, else of its "à" phrase, other than ``own``.

    Example:
        >>> # "a convoqué l'ambassadeur russe pour lui …" → [Russie]
    """
    for deps in _ANTECEDENT_DEPS:
        for child in governor.children:
            if child.dep_ not in deps:
                continue
            if child.dep_ != "obj" and case_class(child) != "à":  # "à", "au", "aux"
                continue
            found = [p for p in parties_at(child, index) if p.key not in own]
            if found:
                return found
    return []


def clitic_partners(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """Give a verb whose partner is a clitic the parties its governor's object names (in place).

    The clitics and clause markers are the lexicon's ``clitic_pronouns`` and
    ``clitic_links``.

    Example:
        >>> # "L'Estonie a convoqué l'ambassadeur russe pour lui demander des explications"
        >>> #   → REQUEST demander: Estonie → Russie
    """
    clitics, links = lexicon.cue("clitic_pronouns"), lexicon.cue("clitic_links")
    for frame in frames:
        verb = frame.trigger
        own = {a.key for a in frame.actors}
        # The clitic is often read as the subject itself ("lui" = the minister): no partner.
        if not own or any(p.key not in own for p in frame.partners) or verb.pos_ != "VERB":
            continue
        governor = _governor(verb, links) if _clitic(verb, clitics) is not None else None
        if governor is None:
            continue
        partners = _antecedents(governor, index, own)
        if partners:
            frame.partners = partners
            frame.rule, frame.confidence = f"{frame.rule}_clitic", frame.confidence - 0.1
