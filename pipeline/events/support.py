"""Support verbs: the verb that carries a nominal event and the roles it gives.

"Le Japon a apporté son soutien à l'Ukraine" (the subject of "apporter"
acts, its "à" phrase is the partner), "Le Japon a tenu un sommet réunissant
X et Y" (the subject hosts), "recevoir l'aide de X" (the subject receives),
"X est arrivé à Moscou pour des discussions avec Y" (a purpose).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party, case_of, parties_at
from pipeline.events.subjects import subject_parties_of, verb_subject
from pipeline.events.verbal import agent_of, is_passive

PARTNER_PREPS = frozenset(
    {"à", "au", "aux", "en", "avec", "contre", "entre", "auprès", "envers", "vers", "sur", "chez", "dans", "face"}
)
#: Prepositions of place: partners of a visit or an incursion ("dans l'espace aérien
#: polonais"), places of a meeting.
PLACE_PREPS = frozenset({"à", "au", "aux", "en", "chez", "sur", "dans"})
_SUPPORTED_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "iobj", "nsubj:pass"})
#: Prepositions of time adjuncts: a noun behind them is not carried by the verb.
_TIME_PREPS = frozenset({"après", "avant", "depuis", "dès", "jusque", "jusqu'"})

def support_verb(noun: Token, light_verbs: dict[str, str] | None = None) -> Token | None:
    """The verb that carries a nominal event ("tenir" in "tenir un sommet").

    Climbs through coordination and genitive nouns that are not events
    themselves ("la deuxième édition du Dialogue", "la tenue de ce sommet").
    When the parse links the noun to no verb (commas around a date often
    break it), a support verb of ``light_verbs`` earlier in the clause is taken.

    Example:
        >>> # "Le Japon a tenu un sommet" → "tenu"
    """
    current = noun
    for _ in range(3):
        if case_of(current) in _TIME_PREPS:
            # "Après trois jours de combats, les deux pays se sont engagés…": a
            # time adjunct frames the clause, its verb does not carry the noun.
            return None
        if current.dep_ in _SUPPORTED_DEPS and current.head.pos_ in ("VERB", "AUX"):
            return current.head
        if current.dep_ in ("conj", "nmod") and current.head.pos_ in ("NOUN", "PROPN"):
            current = current.head
            continue
        break
    for child in noun.children:
        # "le sommet organisé par la Russie": a passive participle on the noun.
        if child.dep_ == "acl" and is_passive(child) and agent_of(child) is not None:
            return child
    verb = clause_verb(noun)
    if verb is None or not light_verbs or verb.lemma_.lower() not in light_verbs:
        return None
    between = noun.doc[verb.i + 1 : noun.i]
    no_other_verb = not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux:tense" for t in between)
    if verb.i < noun.i and noun.dep_ not in ("nsubj", "nsubj:pass") and no_other_verb:
        return verb
    return None


def venue_verb(noun: Token, venue_verbs: frozenset[str]) -> Token | None:
    """The verb that says when and where a nominal event happens, when the parse lost it.

    "Le premier sommet Chine-Asie centrale s'est tenu à Xi'an le 19 mai" is
    often parsed with "sommet" as a root of its own: the first verb after the
    noun phrase, if it is one of ``venue_verbs`` ("se tenir", "avoir lieu",
    "se dérouler", "s'ouvrir"…), still carries the event's date and place.

    Example:
        >>> # "Le sommet … s'est tenu à Xi'an le 19 mai" → "tenu"
    """
    if noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
        return None
    # Not ``noun.sent``: the parser often starts a new sentence at the lost verb.
    for token in noun.doc[noun.i + 1 : noun.i + 25]:
        if token.is_space and "\n" in token.text:
            return None
        if token.is_punct and token.text not in ("-", "–", "—", "+", "/"):
            if token.text != ",":
                return None
            continue
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        if lemma == "avoir" and not any(c.lower_ == "lieu" for c in token.children):
            return None
        return token if lemma in venue_verbs else None
    return None


def clause_subject(noun: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """The actors of the subject of the clause the noun belongs to (not the noun itself)."""
    verb = clause_verb(noun)
    if verb is None:
        return []
    subject, _ = verb_subject(verb, index)
    if subject is None or subject.i == noun.i or noun.i in {t.i for t in subject.subtree}:
        return []
    return parties_at(subject, index, stop)


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (the clause it belongs to)."""
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


@dataclass
class Roles:
    """The parties of a nominal event while its rules fill them in."""

    actors: list[Party]
    partners: list[Party]
    participants: list[Party]
    rule: str
    confidence: float


def fill_from_verb(
    noun: Token,
    verb: Token,
    role: str,
    roles: Roles,
    context: tuple[ActorIndex, frozenset[int], bool, bool],
) -> Roles:
    """Give the support verb's subject (or agent) the role the noun leaves open.

    ``context`` is the actor index, the trigger tokens, whether the type is
    symmetric and whether the noun's class happens in places ("sommet").
    """
    index, stop, symmetric, takes_places = context
    if is_passive(verb):
        agent = agent_of(verb)
        subject_parties = parties_at(agent, index, stop) if agent is not None else []
    else:
        subject_parties = subject_parties_of(verb, index, stop)
    # Co-participants of a symmetric act: "à Washington" is then a place.
    places = not takes_places and not (symmetric and len(subject_parties) >= 2)
    actors, partners, participants = roles.actors, roles.partners, roles.participants
    if role == "host" and len(subject_parties) >= 2 and not (actors or partners or participants):
        # "La Chine et l'Asie centrale ont tenu leur sommet": co-participants, no host.
        return Roles(subject_parties, [], [], "light_verb", 0.75)
    if role == "host" and subject_parties:
        # The host convenes; the participants ("le sommet des BRICS", "un
        # sommet réunissant X et Y") are the partners.
        return Roles(subject_parties, actors + partners + participants, [], "host_meeting", 0.75)
    if role == "receive" and actors and not partners and subject_parties:
        return Roles(actors, subject_parties, participants, "light_verb_receive", 0.7)
    purpose = case_of(noun) == "pour"
    if not actors and subject_parties and (role or (purpose and not participants)):
        # "apporter son soutien", "tenir des discussions"; with another verb only
        # a purpose: "X est arrivé à Moscou pour des discussions avec Y".
        if not partners and not participants:
            partners = verb_partners(verb, index, stop, places)
        rule = "light_verb" if role else "noun_purpose"
        return Roles(subject_parties, partners, participants, rule, 0.8 if role else 0.6)
    if actors and not partners and not participants and role:
        partners = verb_partners(verb, index, stop, places)
    return Roles(actors, partners, participants, roles.rule, roles.confidence)


def list_continuation(noun: Token, verb: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """The end of a partner list the parser attached to the verb.

    "approfondissent le dialogue avec la Chine, les États-Unis, l'Union
    européenne et le Japon": the last items come out as objects of the verb.
    """
    found: list[Party] = []
    for child in verb.children:
        if child.i <= noun.right_edge.i or child.dep_ not in ("obj", "conj", "appos", "nmod"):
            continue
        if case_of(child) or index.span_at(child) is None:
            continue
        gap = noun.doc[noun.right_edge.i + 1 : child.left_edge.i]
        if all(t.is_punct or t.pos_ in ("CCONJ", "DET") for t in gap):
            found.extend(parties_at(child, index, stop))
    return found


def verb_partners(
    verb: Token, index: ActorIndex, stop: frozenset[int], places: bool = True
) -> list[Party]:
    """Partners a support verb introduces: "apporter son soutien à l'Ukraine".

    With ``places`` False, "à"/"en" phrases are read as places, not partners.
    """
    preps = PARTNER_PREPS if places else PARTNER_PREPS - PLACE_PREPS
    found: list[Party] = []
    for child in verb.children:
        if child.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and case_of(child) in preps:
            found.extend(parties_at(child, index, stop))
    return found
