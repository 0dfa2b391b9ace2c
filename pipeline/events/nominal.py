"""Nominal events: an event noun, its arguments and the verb that supports it.

"la visite de Koizumi à Moscou" (genitive actor, "à" partner), "un sommet
entre X et Y" (co-participants), "le sommet Chine–Asie centrale" (names
joined by a dash), "l'offensive russe" (a demonym adjective as actor),
"un sommet réunissant les dirigeants de A et B" (a gathering participle),
and support verbs: "le Japon apporte son soutien à l'Ukraine", "tenir un
sommet" (the subject is the actor or host), "le sommet organisé par la
Russie" (a passive participle with its agent).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.events.anaphora import resolve_possessive
from pipeline.events.arguments import (
    ActorIndex,
    Party,
    case_of,
    collapse,
    parties_at,
    parties_of_span,
)
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon, Trigger
from pipeline.events.verbal import (
    action_of,
    agent_of,
    governing_verbs,
    is_passive,
    subject_of,
    subject_parties_of,
)

_GENITIVE = frozenset({"de", "du", "des", "d'"})
_PARTNER_PREPS = frozenset(
    {"à", "au", "aux", "en", "avec", "contre", "entre", "auprès", "envers", "vers", "sur", "chez"}
)
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos"})
_DASHES = frozenset({"-", "–", "—", "/"})
_NAME_DEPS = frozenset({"amod", "flat", "flat:name", "appos", "nmod"})
_ARG_DEPS = frozenset({"nmod", "obl", "obl:arg", "obl:mod"})
_SUPPORTED_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "iobj", "nsubj:pass"})


@dataclass
class NounArguments:
    """What the noun phrase itself says about the event's parties.

    Example:
        >>> # "la visite de Koizumi à Moscou" → actors [Koizumi], partners [Russie]
    """

    actors: list[Party]
    partners: list[Party]
    participants: list[Party]
    possessive: bool
    heads: list[Token]


def noun_arguments(
    noun: Token, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]
) -> NounArguments:
    """Collect actors, partners and co-participants from inside the noun phrase.

    Example:
        >>> # "un sommet entre le Japon et la Chine" → participants [Japon, Chine]
    """
    actors: list[Party] = []
    partners: list[Party] = []
    participants: list[Party] = []
    heads: list[Token] = []
    possessive = False
    agents: list[Party] = []
    last_role: list[Party] | None = None
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in lexicon.cue("gathering_verbs"):
            # "un sommet réunissant X et Y": the participle lists the participants.
            participants.extend(_participle_objects(child, index, stop))
            continue
        if child.i in stop:
            continue
        case = case_of(child).replace("’", "'")
        role: list[Party] | None = None
        if child.dep_ == "det" and child.lower_ in _POSSESSIVES:
            possessive = True
        elif child.dep_ in ("conj", "appos") and child.i > noun.i and parties_at(child, index, stop):
            # A list item or apposition attached to the noun by the parser
            # ("la coopération avec la Chine, l'Inde…", "la visite du Premier
            # ministre, Junichiro Koizumi"): it continues the previous argument.
            role = last_role if last_role is not None else actors
        elif child.dep_ in _ARG_DEPS and case == "par":
            # "l'invasion de l'Ukraine par la Russie": the agent acts.
            role = agents
        elif child.dep_ in _ARG_DEPS and case in _GENITIVE:
            role = actors
        elif child.dep_ in _ARG_DEPS and case == "entre":
            role = participants
        elif child.dep_ in _ARG_DEPS and case in _PARTNER_PREPS:
            role = partners
        elif _name_modifier(noun, child, case, index):
            # "l'offensive russe", "la coopération nippo-russe", "le sommet Chine–Asie".
            found = parties_at(child, index, stop)
            (participants if len(found) > 1 else actors).extend(found)
        if role is not None:
            role.extend(parties_at(child, index, stop))
            heads.append(child)
            last_role = role
        if role is actors:
            partners.extend(_misplaced_partners(child, index, stop))
    if not agents and noun.dep_ == "obj":
        # The parser often hangs the noun's "par" agent on the verb.
        agents = [p for c in noun.head.children if c.dep_ == "obl:agent"
                  for p in parties_at(c, index, stop)]
    if agents:
        # With an agent, the genitive is what the act is done to.
        actors, partners = agents, actors + partners
    participants.extend(_dashed_names(noun, index))
    if not partners:
        partners.extend(_following_phrase(noun, index, stop))
    return NounArguments(
        actors=collapse(actors),
        partners=collapse(partners),
        participants=collapse(participants),
        possessive=possessive,
        heads=heads,
    )


def _name_modifier(noun: Token, child: Token, case: str, index: ActorIndex) -> bool:
    """True for an actor name or demonym right on the noun, without preposition."""
    return (
        child.dep_ in _NAME_DEPS
        and not case
        and abs(child.i - noun.i) <= 3
        and index.span_at(child) is not None
    )


def _misplaced_partners(genitive: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """Partner phrases the parser hung under the genitive actor.

    "les visites du président Poutine en Chine et en Corée du Nord": "en Chine"
    modifies the visit, not the president.
    """
    found: list[Party] = []
    for child in genitive.children:
        if child.dep_ in ("nmod", "conj", "obl", "obl:arg") and case_of(child) in _PARTNER_PREPS:
            found.extend(parties_at(child, index, stop))
    return found


def _following_phrase(noun: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """A partner phrase right after the noun that the parser gave to the verb.

    "fournir des missiles pour sa guerre en Ukraine": "en Ukraine" follows
    "guerre" but hangs off "fournir".
    """
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in _PARTNER_PREPS:
        return []
    phrase = doc[nxt].head
    if phrase.head.i != noun.head.i or phrase.i == noun.i or index.span_at(phrase) is None:
        return []
    return parties_at(phrase, index, stop)


def _participle_objects(participle: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """Parties gathered by "réunissant X, Y et Z" (objects, even when the list is misparsed)."""
    found: list[Party] = []
    for child in participle.children:
        if child.dep_ in ("obj", "conj", "nmod", "obl:arg"):
            found.extend(parties_at(child, index, stop))
    return found


def _dashed_names(noun: Token, index: ActorIndex) -> list[Party]:
    """Names right after the noun joined by dashes: "le sommet Chine–Asie centrale".

    Example:
        >>> # "l'accord Russie-Corée du Nord" → [Russie, Corée du Nord]
    """
    doc = noun.doc
    spans = []
    dash = False
    i = noun.i + 1
    while i < len(doc) and i < noun.i + 12:
        token = doc[i]
        span = index.span_at(token)
        if span is not None:
            spans.append(span)
            i = span.end
            continue
        if token.text in _DASHES:
            dash = True
            i += 1
            continue
        break
    if not dash or len(spans) < 2:
        return []
    return [p for s in spans for p in parties_of_span(s)]


def support_verb(noun: Token) -> Token | None:
    """The verb that carries a nominal event ("tenir" in "tenir un sommet").

    Climbs through coordination and genitive nouns that are not events
    themselves ("la deuxième édition du Dialogue", "la tenue de ce sommet").

    Example:
        >>> # "Le Japon a tenu un sommet" → "tenu"
    """
    current = noun
    for _ in range(3):
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
    return None


def _clause_subject(noun: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """The actors of the subject of the clause the noun belongs to (not the noun itself)."""
    verb = clause_verb(noun)
    if verb is None:
        return []
    subject, _ = subject_of(verb)
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


def nominal_frame(
    noun: Token, trigger: Trigger, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]
) -> Frame | None:
    """Build the frame of an event noun, filling missing roles from its support verb.

    Example:
        >>> # "Le Japon a apporté son soutien à l'Ukraine." → actors [Japon],
        >>> #   partners [Ukraine], rule "light_verb"
    """
    args = noun_arguments(noun, index, lexicon, stop)
    actors, partners = list(args.actors), list(args.partners)
    participants = list(args.participants)
    rule, confidence = "noun_genitive", 0.7
    verb = support_verb(noun)
    verb_trigger = lexicon.match(verb) if verb is not None else None
    directed = trigger.event_type.lower() not in lexicon.cue("symmetric_types")
    if verb is None and not actors and partners and directed:
        # "… des sanctions contre la Russie, le Japon continue …": a directed act
        # with its target but no agent is done by the subject of its clause.
        actors = _clause_subject(noun, index, stop)
        if actors:
            rule, confidence = "noun_clause_subject", 0.55
    # Participles on the noun carry its dates too ("un sommet réunissant … en décembre").
    anchors = [noun]
    participles = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    if verb is not None:
        role = lexicon.light_verbs.get(verb.lemma_.lower(), "")
        same_type = verb_trigger is not None and verb_trigger.event_type == trigger.event_type
        # A trigger verb of another type only supports its direct object
        # ("adopter des sanctions"); otherwise the noun is an event it is about
        # ("fournir des armes pour sa guerre", "condamner l'accord").
        nested = verb_trigger is not None and not same_type and not (role and noun.dep_ == "obj")
        if not nested:
            anchors.extend(governing_verbs(verb))
            actors, partners, participants, rule, confidence = _fill_from_verb(
                noun,
                verb, role, actors, partners, participants, index, stop, rule, confidence
            )
    elif noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.pos_ in ("VERB", "AUX"):
        anchors.append(noun.head)
    if not actors and not partners and participants:
        rule = "noun_participants"
    if verb is not None and partners:
        partners.extend(_list_continuation(noun, verb, index, stop))
    if not actors and len(participants) == 1 and partners:
        actors = participants
        participants = []
    if not actors and args.possessive and (partners or not participants):
        # "pour sa guerre en Ukraine": the possessor named earlier acts.
        actors = resolve_possessive(noun, index, stop)
        rule, confidence = "noun_possessive", 0.55
    anchors.extend(p for p in participles if p not in anchors)
    frame = Frame(
        trigger=noun,
        event_type=trigger.event_type,
        action=_action(noun, verb, verb_trigger, trigger),
        actors=actors or participants[:1],
        partners=partners if actors else (partners or participants[1:]),
        mutual=bool(participants) and not partners,
        rule=rule,
        confidence=confidence,
        anchors=anchors,
        arguments=args.heads,
    )
    if actors and participants and not partners:
        frame.partners = [p for p in participants if p.key not in {a.key for a in actors}]
    return frame


def _fill_from_verb(
    noun: Token,
    verb: Token,
    role: str,
    actors: list[Party],
    partners: list[Party],
    participants: list[Party],
    index: ActorIndex,
    stop: frozenset[int],
    rule: str,
    confidence: float,
) -> tuple[list[Party], list[Party], list[Party], str, float]:
    """Give the support verb's subject (or agent) the role the noun leaves open."""
    if is_passive(verb):
        agent = agent_of(verb)
        subject_parties = parties_at(agent, index, stop) if agent is not None else []
    else:
        subject_parties = subject_parties_of(verb, index, stop)
    if role == "host" and subject_parties:
        # The host convenes; the participants ("le sommet des BRICS", "un
        # sommet réunissant X et Y") are the partners.
        return subject_parties, actors + partners + participants, [], "host_meeting", 0.75
    if role == "receive" and actors and not partners and subject_parties:
        return actors, subject_parties, participants, "light_verb_receive", 0.7
    purpose = case_of(noun) == "pour"
    if not actors and subject_parties and (role or (purpose and not participants)):
        # "apporter son soutien", "tenir des discussions"; with another verb only
        # a purpose: "X est arrivé à Moscou pour des discussions avec Y".
        if not partners and not participants:
            partners = _verb_partners(verb, index, stop)
        weight = 0.8 if role else 0.6
        return subject_parties, partners, participants, "light_verb" if role else "noun_purpose", weight
    if actors and not partners and not participants and role:
        partners = _verb_partners(verb, index, stop)
    return actors, partners, participants, rule, confidence


def _list_continuation(noun: Token, verb: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
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


def _verb_partners(verb: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """Partners a support verb introduces: "apporter son soutien à l'Ukraine"."""
    found: list[Party] = []
    for child in verb.children:
        if child.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and case_of(child) in _PARTNER_PREPS:
            found.extend(parties_at(child, index, stop))
    return found


def _action(noun: Token, verb: Token | None, verb_trigger: Trigger | None, trigger: Trigger) -> str:
    """The lemma for the ``action`` column: the support verb when it states the same event."""
    if verb is not None and verb_trigger is not None and verb_trigger.event_type == trigger.event_type:
        return action_of(verb, verb_trigger)
    return action_of(noun, trigger)
