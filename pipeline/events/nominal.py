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

from spacy.tokens import Span, Token

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
from pipeline.events.occasion_talks import setting_actors
from pipeline.events.participles import agent_participle, participle_parties
from pipeline.events.relation_partners import tie_partners
from pipeline.events.support import (
    PARTNER_PREPS,
    PLACE_PREPS,
    Roles,
    clause_subject,
    fill_from_verb,
    list_continuation,
    support_verb,
    venue_verb,
)
from pipeline.events.verbal import (
    action_of,
    exchanges_captives,
    governing_verbs,
)
from pipeline.morph import features

_GENITIVE = frozenset({"de", "du", "des", "d'"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos"})
#: What joins the names of a format: "Chine–Asie centrale", "Asie centrale + Japon".
_DASHES = frozenset({"-", "–", "—", "/", "+", "&"})
_NAME_DEPS = frozenset({"amod", "flat", "flat:name", "appos", "nmod"})
_ARG_DEPS = frozenset({"nmod", "obl", "obl:arg", "obl:mod"})
_CASED_DEPS = _NAME_DEPS | _ARG_DEPS


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
    noun: Token,
    index: ActorIndex,
    lexicon: Lexicon,
    stop: frozenset[int],
    places: bool = False,
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
    # The Doc's columns: each Token attribute read is a string look-up.
    deps, lemmas, lowers = index.context.deps, index.context.lemmas, index.context.lowers
    # "l'expulsion de X": the genitive of such a noun is who undergoes it.
    patient_genitive = lemmas[noun.i] in lexicon.cue("patient_genitive_nouns")
    for child in noun.children:
        dep = deps[child.i]
        if dep == "acl" and lemmas[child.i] in lexicon.cue("gathering_verbs"):
            # "un sommet réunissant X et Y": the participle lists the participants.
            participants.extend(_participle_objects(child, index, stop))
            continue
        if child.i in stop:
            continue
        # Only argument and name dependents are tested on their preposition below.
        case = case_of(child, index.context).replace("’", "'") if dep in _CASED_DEPS else ""
        role: list[Party] | None = None
        if dep == "det" and lowers[child.i] in _POSSESSIVES:
            possessive = True
        elif dep in ("conj", "appos") and child.i > noun.i and parties_at(child, index, stop):
            # A list item or apposition attached to the noun by the parser
            # ("la coopération avec la Chine, l'Inde…", "la visite du Premier
            # ministre, Junichiro Koizumi"): it continues the previous argument.
            role = last_role if last_role is not None else actors
        elif dep in _ARG_DEPS and case == "par":
            # "l'invasion de l'Ukraine par la Russie": the agent acts.
            role = agents
        elif dep in _ARG_DEPS and case in _GENITIVE and places and _city_name(child, index):
            role = None  # "la Déclaration de Tokyo", "les accords de Minsk": a name, not a party
        elif dep in _ARG_DEPS and case in _GENITIVE and patient_genitive:
            # "l'expulsion de deux diplomates boliviens": who is expelled, not who expels.
            role = partners
        elif dep in _ARG_DEPS and case in _GENITIVE:
            role = actors
        elif dep in _ARG_DEPS and case == "entre":
            role = participants
        elif dep in _ARG_DEPS and case in PARTNER_PREPS:
            # "le sommet à Astana" is a place; "la visite à Moscou" a destination.
            role = None if places and case in PLACE_PREPS else partners
        elif _name_modifier(noun, child, case, index):
            # "l'offensive russe", "la coopération nippo-russe", "le sommet Chine–Asie".
            found = parties_at(child, index, stop)
            (participants if len(found) > 1 else actors).extend(found)
        if role is not None:
            role.extend(parties_at(child, index, stop))
            heads.append(child)
            last_role = role
        if role is participants and len(parties_at(child, index, stop)) == 1:
            # "entre le Japon et la Chine a été…": the parser gave "la Chine" to the verb.
            participants.extend(_second_of_pair(child, index))
        if role is actors:
            partners.extend(_misplaced_partners(child, index, stop))
        if role is agents:
            # "la livraison par Berlin de chars à l'Ukraine": the recipient under the agent.
            partners.extend(
                p for t in child.subtree
                if t.i != child.i and t.dep_ == "nmod" and case_of(t) in ("à", "au", "aux")
                for p in parties_at(t, index, stop)
            )
    if not participants:
        # "le dernier cycle de pourparlers entre A et B": the counting noun holds the pair.
        participants.extend(_series_participants(noun, index, lexicon, stop))
    participle = agent_participle(noun, stop)
    if participle is not None:
        # "la guerre menée par la Russie contre l'Ukraine": the participle's agent acts.
        found_agents, found_partners = participle_parties(participle, index, stop)
        agents.extend(found_agents)
        partners.extend(found_partners)
    if not agents and noun.dep_ == "obj":
        # The parser often hangs the noun's "par" agent on the verb.
        agents = [p for c in noun.head.children if c.dep_ == "obl:agent"
                  for p in parties_at(c, index, stop)]
    if agents:
        # With an agent, the genitive is what the act is done to.
        actors, partners = agents, actors + partners
    participants.extend(_dashed_names(noun, index))
    if not partners:
        partners.extend(_following_phrase(noun, index, stop, places))
    if not partners and not places:
        partners.extend(_detached_genitive_datives(noun, index, stop))
    if not partners and not places:
        partners.extend(tie_partners(noun, index, lexicon, stop))
    return NounArguments(
        actors=collapse(actors),
        partners=collapse(partners),
        participants=collapse(participants),
        possessive=possessive,
        heads=heads,
    )


def _series_participants(
    noun: Token, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]
) -> list[Party]:
    """The "entre" parties of the round noun that counts this event noun.

    Example:
        >>> # "un nouveau round de négociations entre Rabat et Madrid" → [Maroc, Espagne]
    """
    head = noun.head
    if noun.dep_ != "nmod" or head.i == noun.i or head.lemma_.lower() not in lexicon.cue("series_nouns"):
        return []
    return [
        p for c in head.children
        if c.dep_ in _ARG_DEPS and c.i != noun.i and case_of(c, index.context) == "entre"
        for p in parties_at(c, index, stop)
    ]


def _city_name(token: Token, index: ActorIndex) -> bool:
    """True for a capital or city standing for its state ("Tokyo" → Japon), bare."""
    span = index.span_at(token)
    if span is None or span._.actor_kind != "state":
        return False
    return span.text.lower() != span._.actor.lower() and span.root.pos_ == "PROPN" and len(span) == 1


def _name_modifier(noun: Token, child: Token, case: str, index: ActorIndex) -> bool:
    """True for an actor name or demonym right on the noun, without preposition."""
    return (
        child.dep_ in _NAME_DEPS
        and not case
        and abs(child.i - noun.i) <= 3
        and index.span_at(child) is not None
    )


def _second_of_pair(first: Token, index: ActorIndex) -> list[Party]:
    """The name after "et" that completes "entre A et B" when the parse cut the pair.

    Example:
        >>> # "La rencontre entre le Japon et la Chine a été productive" → [Chine]
    """
    doc = first.doc
    i = first.right_edge.i + 1
    if i >= len(doc) or doc[i].lower_ != "et":
        return []
    i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    span = index.by_token.get(i) if i < len(doc) else None
    return parties_of_span(span) if span is not None else []


def _misplaced_partners(genitive: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """Partner phrases the parser hung under the genitive actor.

    "les visites du président Poutine en Chine et en Corée du Nord": "en Chine"
    modifies the visit, not the president.
    """
    found: list[Party] = []
    for child in genitive.children:
        if child.dep_ in ("nmod", "conj", "obl", "obl:arg") and case_of(child, index.context) in PARTNER_PREPS:
            found.extend(parties_at(child, index, stop))
    return found


def _following_phrase(
    noun: Token, index: ActorIndex, stop: frozenset[int], places: bool = False
) -> list[Party]:
    """A partner phrase right after the noun that the parser gave to the verb.

    "fournir des missiles pour sa guerre en Ukraine": "en Ukraine" follows
    "guerre" but hangs off "fournir".
    """
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in PARTNER_PREPS:
        return []
    if places and doc[nxt].lower_ in PLACE_PREPS:
        return []
    phrase = doc[nxt].head
    if phrase.head.i != noun.head.i or phrase.i == noun.i or index.span_at(phrase) is None:
        return []
    return parties_at(phrase, index, stop)


def _detached_genitive_datives(noun: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """The recipient inside the "de" phrase the parser split from the noun.

    "annoncer la livraison par Washington de cinq systèmes à l'Ukraine": "de
    cinq systèmes … à l'Ukraine" hangs off the verb; "à l'Ukraine" is the
    delivery's recipient.
    """
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in _GENITIVE:
        return []
    phrase = doc[nxt].head
    if phrase.head.i != noun.head.i or phrase.i == noun.i:
        return []
    return [
        p for t in phrase.subtree
        if t.dep_ == "nmod" and case_of(t) in ("à", "au", "aux") and t.i not in stop
        for p in parties_at(t, index, stop)
    ]


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
    spans: list[Span] = []
    dash = False
    i = noun.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and not spans:
        i += 1  # "le Dialogue économique Asie centrale + Japon"
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


def nominal_frame(
    noun: Token, trigger: Trigger, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]
) -> Frame | None:
    """Build the frame of an event noun, filling missing roles from its support verb.

    Example:
        >>> # "Le Japon a apporté son soutien à l'Ukraine." → actors [Japon],
        >>> #   partners [Ukraine], rule "light_verb"
    """
    args = noun_arguments(noun, index, lexicon, stop, lexicon.takes_places(trigger))
    actors, partners = list(args.actors), list(args.partners)
    participants = list(args.participants)
    rule, confidence = "noun_genitive", 0.7
    verb = support_verb(noun, lexicon.light_verbs)
    verb_trigger = lexicon.match(verb) if verb is not None else None
    directed = trigger.event_type.lower() not in lexicon.cue("symmetric_types")
    if verb is None and not actors and partners and directed:
        # "… des sanctions contre la Russie, le Japon continue …": a directed act
        # with its target but no agent is done by the subject of its clause.
        actors = clause_subject(noun, index, stop)
        if actors:
            rule, confidence = "noun_clause_subject", 0.55
    # Participles on the noun carry its dates too ("un sommet réunissant … en décembre").
    anchors = [noun]
    # Not "un mémorandum prévoyant la reprise": what the noun provides for is
    # planned, the noun itself is not.
    planning = lexicon.cue("planned_governors")
    participles = [
        c for c in noun.children
        if c.dep_ == "acl" and c.pos_ == "VERB"
        and not ("Pres" in features(c, "Tense") and c.lemma_.lower() in planning)
    ]
    if verb is not None:
        role = lexicon.light_verbs.get(verb.lemma_.lower(), "")
        if verb_trigger is not None and verb_trigger.word_class in lexicon.cue("carrier_classes"):
            # "s'entendre sur des sanctions contre X": those who agree on it impose it.
            role, verb_trigger = "give", None
        same_type = verb_trigger is not None and verb_trigger.event_type == trigger.event_type
        # A trigger verb of another type only supports its direct object
        # ("adopter des sanctions"); otherwise the noun is an event it is about
        # ("fournir des armes pour sa guerre", "condamner l'accord").
        nested = verb_trigger is not None and not same_type and not (role and noun.dep_ == "obj")
        if not nested:
            anchors.extend(governing_verbs(verb))
            symmetric = trigger.event_type.lower() in lexicon.cue("symmetric_types")
            filled = fill_from_verb(
                noun, verb, role, Roles(actors, partners, participants, rule, confidence),
                (index, stop, symmetric, lexicon.takes_places(trigger)),
            )
            actors, partners, participants = filled.actors, filled.partners, filled.participants
            rule, confidence = filled.rule, filled.confidence
    elif noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.pos_ in ("VERB", "AUX"):
        anchors.append(noun.head)
    else:
        venue = venue_verb(noun, lexicon.cue("venue_verbs"))
        if venue is not None:
            anchors.append(venue)
    if not actors and partners and not directed:
        # "a déclaré X lors d'un entretien avec Y", "X est en contact avec Y".
        actors = setting_actors(noun, index, stop, lexicon.cue("during_prepositions"))
        if actors:
            rule, confidence = "noun_setting_subject", 0.55
    if not actors and not partners and participants:
        rule = "noun_participants"
    if verb is not None and partners:
        partners.extend(list_continuation(noun, verb, index, stop))
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
        event_type=_joint_type(noun, trigger, lexicon),
        action=_action(noun, _carrying_verbs(noun, anchors), trigger, lexicon),
        actors=actors or participants[:1],
        partners=partners if actors else (partners or participants[1:]),
        mutual=(bool(participants) and not partners)
        or _co_acting(noun, actors, partners, lexicon)
        or _exchanged_between(noun, actors, partners, lexicon),
        rule=rule,
        confidence=confidence,
        anchors=anchors,
        arguments=args.heads,
    )
    if actors and participants and not partners:
        frame.partners = [p for p in participants if p.key not in {a.key for a in actors}]
    if _drilled_together(trigger, frame.actors, frame.partners, lexicon):
        frame.event_type = "COOPERATE"
    return frame


def _co_acting(noun: Token, actors: list[Party], partners: list[Party], lexicon: Lexicon) -> bool:
    """True when co-actors of a reciprocal event act towards each other.

    Example:
        >>> # "Bakou et Erevan ont conclu une trêve" → True (each side to the other)
    """
    return len(actors) >= 2 and not partners and noun.lemma_.lower() in lexicon.cue("mutual_words")


def _exchanged_between(noun: Token, actors: list[Party], partners: list[Party], lexicon: Lexicon) -> bool:
    """True when a reciprocal noun names its two sides only ("un échange de prisonniers
    entre Moscou et Kiev", "une trêve entre les deux voisins"): each side acts on the other.

    Example:
        >>> # actors [], partners [Russie, Ukraine], "échange" → True
    """
    return not actors and len(partners) >= 2 and noun.lemma_.lower() in lexicon.cue("mutual_words")


def _drilled_together(trigger: Trigger, actors: list[Party], partners: list[Party], lexicon: Lexicon) -> bool:
    """True for drills that two or more co-actors hold with no target: military cooperation.

    Example:
        >>> # "les manœuvres menées par la Russie et la Biélorussie" → True
    """
    drilling = trigger.word_class in lexicon.cue("joint_drill_classes")
    return drilling and len(actors) >= 2 and not partners


def _joint_type(noun: Token, trigger: Trigger, lexicon: Lexicon) -> str:
    """Joint drills are military cooperation, not a mobilisation against someone;
    an exchange of prisoners is a release (CONCEDE), not talks.

    Example:
        >>> # "les manœuvres militaires conjointes" → "COOPERATE"
        >>> # "un échange de prisonniers" → "CONCEDE"
        >>> # "des échanges de 600 millions de dollars" → "COOPERATE"
    """
    joint = lexicon.cue("joint_modifiers")
    if trigger.event_type == "MOBILIZE" and any(c.lemma_.lower() in joint for c in noun.children):
        return "COOPERATE"
    if exchanges_captives(noun, lexicon):
        return "CONCEDE"
    money = lexicon.cue("money_words")
    if noun.lemma_.lower() in lexicon.cue("exchange_words") and any(
        t.lemma_.lower() in money for t in noun.sent
    ):
        # "les échanges entre les deux pays : 600 millions de dollars": trade.
        return "COOPERATE"
    return trigger.event_type


def _carrying_verbs(noun: Token, anchors: list[Token]) -> list[Token]:
    """Verbs that carry the noun, with their infinitive complements ("se prépare à accueillir")."""
    verbs = [a for a in anchors if a.i != noun.i]
    return verbs + [c for v in verbs for c in v.children if c.dep_ == "xcomp"]


def _action(noun: Token, verbs: list[Token], trigger: Trigger, lexicon: Lexicon) -> str:
    """The lemma for the ``action`` column: a verb carrying the noun that states the
    same event ("accueillir un sommet", "signer un accord"), else the noun.
    """
    for verb in verbs:
        verb_trigger = lexicon.match(verb)
        if verb_trigger is not None and verb_trigger.event_type == trigger.event_type:
            return action_of(verb, verb_trigger)
    return action_of(noun, trigger)
