"""Verbal events: a trigger verb, its subject and its object or obliques.

"Le Japon a rencontré la Chine" (subject + object), "Tokyo coopère avec
Astana" (oblique), "un accord a été signé par les deux dirigeants"
(passive with agent), "le Japon, qui accueille le sommet" (relative
clause: the antecedent is the subject), "les deux pays se sont rencontrés"
(reciprocal: the subject's members meet each other), "la Russie s'est
procuré des armes auprès de la Corée du Nord" (inverse verb: the source
acts).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.doc_context import DocContext, context_of
from pipeline.events.arguments import (
    ActorIndex,
    case_of,
    collapse,
    is_stray_phrase,
    parties_at,
)
from pipeline.events.complements import (
    clause_arguments,
    controller_parties,
    inside_nested,
    withdrawn_from,
)
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon, Trigger, finite_infinitive, participle_infinitive
from pipeline.events.present_forms import misread_verb
from pipeline.events.subjects import subject_parties_of, verb_subject
from pipeline.morph import features

_CORE_OBJECTS = frozenset({"obj", "iobj"})
_OBLIQUES = frozenset({"obl", "obl:arg", "obl:mod", "iobj"})
#: Prepositions that introduce a partner directly ("avec", "contre", "à"…).
_DIRECT_PREPS = frozenset({"avec", "contre", "entre", "auprès", "envers", "vers", "à", "au", "aux", "face"})
#: Verbs whose compound tenses take "être" (grammar, not vocabulary): never passive.
_ETRE_VERBS = frozenset(
    {"convenir", "parvenir", "venir", "revenir", "arriver", "partir", "repartir", "tomber",
     "rester", "devenir", "retourner", "entrer", "rentrer", "sortir", "intervenir"}
)
#: Prepositions of place: a partner only when nothing better is found ("se rendre en Chine").
_PLACE_PREPS = frozenset({"en", "chez", "dans", "sur"})
#: Clauses under an object whose own datives are not the verb's partners.
_OWN_CLAUSES = frozenset({"acl:relcl", "advcl", "ccomp", "parataxis"})


def is_passive(verb: Token) -> bool:
    """True for a passive verb ("a été signé", "signé par").

    Example:
        >>> # "Un plan a été signé par les deux dirigeants" → True for "signé"
    """
    context = context_of(verb.doc)
    children = {context.deps[c] for c in context.children[verb.i]}
    if context.lemmas[verb.i] in _ETRE_VERBS and "obl:agent" not in children:
        return False  # "ils sont convenus d'un cessez-le-feu": être is the tense auxiliary
    if "expl:pass" in children and "obl:agent" not in children:
        # "ils se sont rencontrés": a reflexive, not a passive with an agent.
        return False
    if "aux:pass" in children:
        return True
    if "nsubj:pass" in children:
        # "est arrivé" (être as tense auxiliary) is active, whatever the subject label;
        # so is "Nairobi a demandé": "avoir" alone never makes a passive.
        return not any(c.dep_ == "aux:tense" and c.lemma_ in ("être", "avoir") for c in verb.children)
    if "obl:agent" in children and "nsubj" not in children:
        return True
    if "nsubj" in children and any(c.dep_ == "aux:tense" for c in verb.children):
        return False  # "une offre que l'Inde a déclinée": a relative clause in a compound tense
    return verb.dep_ == "acl" and "Tense=Past" in str(verb.morph) and "VerbForm=Part" in str(
        verb.morph
    )


def is_predicate_adjective(word: Token) -> bool:
    """True for an adjective said of a subject ("s'est dit préoccupé", "est préoccupée").

    Example:
        >>> # "L'ONU s'est déclarée préoccupée." → True for "préoccupée"
    """
    # The tagger reads "préoccupé" as an adjective or as a participle (VERB).
    said = word.pos_ == "ADJ" or (word.pos_ == "VERB" and "Part" in features(word, "VerbForm"))
    return said and (word.dep_ == "xcomp" or any(c.dep_ == "cop" for c in word.children))


def _is_membership(verb: Token, subject: Token, index: ActorIndex) -> bool:
    """True for "l'Organisation, qui réunit la Turquie et le Kazakhstan" (who belongs, not
    a meeting): an organisation or group that gathers, in a simple tense."""
    span = index.span_at(subject)
    # "réunit" is present or simple past alike; a compound or future tense is an event.
    simple = "Fin" in features(verb, "VerbForm") and "Fut" not in features(verb, "Tense")
    simple = simple and not any(c.dep_.startswith("aux") for c in verb.children)
    return simple and span is not None and span._.actor_kind in ("org", "group")


def agent_of(verb: Token) -> Token | None:
    """The ``par`` agent of a passive verb, if any."""
    for child in verb.children:
        if child.pos_ == "ADV":
            continue  # "a par ailleurs été signé": an adverb, not the agent
        if child.dep_ == "obl:agent" or (child.dep_.startswith("obl") and case_of(child) == "par"):
            return child
    return _agent_under_oblique(verb)


def _agent_under_oblique(verb: Token) -> Token | None:
    """A ``par`` agent the parser hung on the verb's place or time phrase.

    Example:
        >>> # "Il a été reçu à Lomé par le président togolais" → "président" (under "Lomé")
    """
    for child in verb.children:
        if not child.dep_.startswith("obl") or child.i > verb.i + 8:
            continue
        for grandchild in child.children:
            # "par le président", "par son homologue": a determined phrase, not "par téléphone".
            determined = grandchild.pos_ == "PROPN" or any(
                g.dep_ == "det" for g in grandchild.children
            )
            # The parser labels it "nmod" or, keeping the agent reading, "obl:agent".
            if grandchild.dep_ in ("nmod", "obl:agent") and determined and case_of(grandchild) == "par":
                return grandchild
    return None


def partner_tokens(
    verb: Token, extra: tuple[str, ...] = (), context: DocContext | None = None
) -> tuple[list[Token], list[Token]]:
    """Heads of the verb's partner phrases: direct ones, and places as a fallback.

    ``context`` is the Doc's :class:`DocContext` (built from the verb's Doc when None).

    Example:
        >>> # "Koizumi s'est rendu à Moscou" → ([Moscou], [])
    """
    direct: list[Token] = []
    places: list[Token] = []
    context = context or context_of(verb.doc)
    dated = context.memo(timex_tokens)
    for child in verb.children:
        candidates = [child]
        if child.lower_ == "auprès" and child.pos_ == "ADV":
            # "a protesté auprès de Pékin" with "auprès" as an adverb over the name.
            direct.extend(g for g in child.children if g.dep_.startswith("obl"))
            continue
        if child.lemma_.lower() in extra:
            # "mettre en garde Pyongyang": the partner hangs off the fixed word.
            candidates = [g for g in child.children if g.pos_ in ("PROPN", "NOUN")]
            if child.dep_ in _CORE_OBJECTS:
                # "renvoyer des diplomates russes": the fixed word's own demonym names the target.
                candidates.append(child)
        for token in candidates:
            dep = token.dep_ if token is child else "obj"
            case = case_of(token, context)
            if dep in _CORE_OBJECTS and not case:
                direct.append(token)
            elif dep in _CORE_OBJECTS and case in _DIRECT_PREPS:
                # "s'est entretenu, hier, avec le ministre saoudien": the parser
                # labels the "avec" phrase an object after an interrupting adverb.
                direct.append(token)
            elif dep == "xcomp" and token.pos_ in ("PROPN", "X", "NOUN", "ADV") and not case:
                # "a félicité Donald Trump" with the name parsed as a predicate;
                # "a appelé Ankara à …" with the name even tagged an adverb.
                direct.append(token)
            elif dep == "xcomp" and token.pos_ == "PROPN" and case in _DIRECT_PREPS:
                # "se rendra à Ankara": the future's destination parsed as a predicate.
                direct.append(token)
            elif dep in ("conj", "advmod") and token.pos_ == "PROPN" and token.i > verb.i:
                # "a accusé Moscou et Minsk", "a remercié Tallinn, Riga et Vilnius":
                # list items the parser hung on the verb.
                (places if case in _PLACE_PREPS else direct).append(token)
            elif dep in _OBLIQUES or dep == "nmod":
                if case == "par" and token.pos_ == "NOUN":
                    # "s'entretenir par téléphone avec X": the partner hung on the means.
                    direct.extend(g for g in token.children if g.dep_ == "nmod" and case_of(g) == "avec")
                if case in _DIRECT_PREPS:
                    direct.append(token)
                elif case in _PLACE_PREPS:
                    places.append(token)
        if child.dep_ in _CORE_OBJECTS:
            direct.extend(_misattached_datives(child))
            # "financer la construction d'une centrale en Ouzbékistan": a place
            # inside the object, a partner only when nothing better is found.
            places.extend(t for t in child.subtree if t.dep_ == "nmod" and case_of(t) in ("en", "dans"))
        if child.dep_ in _OBLIQUES:
            # "a reçu lundi au Caire le président turc": the object hung on the place.
            direct.extend(g for g in child.children if g.dep_ == "nmod" and is_stray_phrase(g))
        direct.extend(objects_under_date(child, dated))
        direct.extend(objects_under_means(child))
    return direct, places


def objects_under_means(token: Token) -> list[Token]:
    """Objects the parser hung on a means phrase standing between verb and object.

    A noun modifier with its own article or number and no preposition is
    not a modifier of the means but the verb's object.

    Example:
        >>> # "ont pilonné au mortier trois villages", with "villages" under
        >>> # "mortier" → [villages]
    """
    if token.dep_ not in _OBLIQUES or token.pos_ != "NOUN" or case_of(token) not in ("à", "au", "aux"):
        return []
    return [
        g for g in token.children
        if g.dep_ == "nmod" and g.i > token.i and not case_of(g)
        and any(c.dep_ in ("det", "nummod") and c.i < g.i for c in g.children)
    ]


def objects_under_date(token: Token, dated: frozenset[int] | None = None) -> list[Token]:
    """Objects the parser hung on a bare date word standing between verb and object.

    ``dated`` holds the :func:`timex_tokens` of the Doc (read from it when None).

    Example:
        >>> # "L'Inde a exhorté mardi les deux rivaux au calme", with
        >>> # "voisins" parsed as the object of "jeudi" → [voisins]
    """
    if dated is None:
        dated = timex_tokens(context_of(token.doc))
    # The set look-up first: most words are in no date.
    if token.i not in dated or case_of(token):
        return []
    return [g for g in token.children if g.dep_ == "obj" and g.i > token.i and not case_of(g)]


def timex_tokens(context: DocContext) -> frozenset[int]:
    """Indices of the tokens inside a date mention of ``doc.spans["timex"]`` (memoised by callers).

    Example:
        >>> # "Il a appelé jeudi Pékin" with "jeudi" a mention → {3}
    """
    spans = context.doc.spans.get("timex", [])
    return frozenset(i for span in spans for i in range(span.start, span.end))


def _in_date(token: Token) -> bool:
    """Whether ``token`` lies inside a date mention of ``doc.spans["timex"]``."""
    spans = token.doc.spans.get("timex", [])
    return any(span.start <= token.i < span.end for span in spans)










def _outside_clauses(head: Token) -> Iterator[Token]:
    """The subtree of ``head`` without its relative and purpose clauses.

    "a convoqué l'ambassadeur de Chine pour protester contre l'attaque,
    à quelques semaines de manœuvres avec les États-Unis": the "avec" phrase
    inside the purpose clause is not a partner of the summons. Participles
    without a subject or conjunction ("des armes destinées à Kiev") stay in.
    """
    yield head
    for child in head.children:
        if child.dep_ in _OWN_CLAUSES or (
            child.dep_ == "acl" and any(g.dep_ in ("mark", "nsubj") for g in child.children)
        ):
            continue
        yield from _outside_clauses(child)


def _misattached_datives(obj: Token) -> list[Token]:
    """Partner phrases the parser hung under the object.

    "fournir des munitions et des missiles à la Russie" (the "à" phrase on
    "missiles"), "se procurer des armes auprès de la Corée du Nord", "fermer
    les points de passage avec la Biélorussie".
    """
    found: list[Token] = []
    phrase = list(_outside_clauses(obj))
    for token in phrase:
        if token.i == obj.i or token.dep_ not in ("nmod", "obl:arg", "obl", "conj"):
            continue
        if token.lower_ == "auprès":
            continue
        case = case_of(token)
        if case in ("à", "au", "aux", "auprès", "avec") and token.head.pos_ in ("NOUN", "PROPN", "ADV"):
            found.append(token)
    for token in phrase:
        if token.lower_ == "auprès":
            found.extend(g for g in token.children if g.dep_.startswith("obl"))
    return found


def verbal_frame(
    verb: Token, trigger: Trigger, index: ActorIndex, lexicon: Lexicon, stop: frozenset[int]
) -> Frame | None:
    """Build the frame of a trigger verb, or None when its subject is not an actor.

    Example:
        >>> # "Le Japon a rencontré la Chine." → Frame(actors=[Japon], partners=[Chine],
        >>> #   rule="verb_subject_object")
    """
    subject, how = verb_subject(verb, index)
    if subject is not None and subject.lemma_.lower() in lexicon.cue("document_nouns"):
        return None
    gathering = verb.lemma_.lower() in lexicon.cue("gathering_verbs")
    if how == "participle" and gathering and subject is not None and subject.i in stop:
        # "un sommet réunissant X et Y": the event noun's own frame covers it.
        return None
    if gathering and subject is not None and _is_membership(verb, subject, index):
        return None
    # "s'est dit préoccupé", "est inquiété": the adjective's subject feels, as in a passive.
    passive = is_passive(verb) or (trigger.inverse and is_predicate_adjective(verb))
    # An event noun as subject ("les accords de Minsk ont été signés") is the
    # event itself: its own frame reads its phrase.
    in_stop = subject is not None and subject.i in stop
    subject_parties = [] if in_stop else subject_parties_of(verb, index, stop)
    if not subject_parties and not in_stop:
        subject_parties = controller_parties(verb, index, lexicon, stop)
    adopted = subject is not None and subject.dep_ == "obj" and subject.head.pos_ == "VERB"
    if how == "participle" and adopted and not subject_parties and subject is not None and not is_passive(verb):
        # "une résolution condamnant …" adopted by someone: the one who adopts it acts.
        subject_parties = subject_parties_of(subject.head, index, stop)
    direct, places = partner_tokens(verb, trigger.extra, index.context)
    if verb.dep_ == "xcomp" and not any(t.dep_ in _OBLIQUES for t in direct):
        # "a décidé de livrer des chars à Kiev" with "à Kiev" hung on "décidé":
        # a phrase after the infinitive belongs to it.
        direct.extend(
            c for c in verb.head.children
            if c.i > verb.i and c.dep_ in _OBLIQUES and case_of(c) in _DIRECT_PREPS
        )
    if lexicon.takes_places(trigger):
        # "se réunir à New Delhi", "signer à Washington": a place, not a partner.
        # A person after "à" is still a partner ("présenter ses vœux à Poutine").
        direct = [t for t in direct if case_of(t) not in ("à", "au", "aux") or _names_person(t, index)]
        places = []
    # An event noun as object ("condamner l'invasion de l'Ukraine") is another
    # event: its parties are borrowed later, not read off its noun phrase.
    partner_parties = [p for t in direct if t.i not in stop for p in parties_at(t, index, stop)]
    if any(t.dep_ == "obj" and parties_at(t, index, stop) for t in direct):
        # With a person or state as object, "à Tokyo" is where it happens, not a
        # second partner ("Xi a reçu le Premier ministre kazakh à Pékin"); with a
        # thing as object, "à" names the recipient ("livrer des armes à l'Arménie").
        places_too = [t for t in direct if t.dep_ != "obj" and case_of(t) in ("à", "au", "aux")]
        dropped = {p.key for t in places_too for p in parties_at(t, index, stop)}
        kept = {p.key for t in direct if t not in places_too for p in parties_at(t, index, stop)}
        partner_parties = [p for p in partner_parties if p.key in kept or p.key not in dropped]
    strong = [t for t in direct if t.dep_ in _CORE_OBJECTS or case_of(t) not in ("à", "au", "aux")]
    symmetric = trigger.event_type.lower() in lexicon.cue("symmetric_types")
    if symmetric and len(subject_parties) >= 2 and not any(
        parties_at(t, index, stop) for t in strong if t.i not in stop
    ):
        # "L'Azerbaïdjan et l'Arménie ont signé à Washington": co-participants,
        # and "à Washington" is the place.
        partner_parties = []
    if not partner_parties and trigger.event_type.lower() in lexicon.cue("clause_target_types"):
        # "refuser que son pays participe à la mission de l'OTAN": what is refused
        # involves the parties the clause names besides its subject.
        # The clause's subject first ("refuse que la Suède rejoigne l'OTAN" → Suède).
        keys = {p.key for p in subject_parties}
        for group in clause_arguments(verb):
            partner_parties = [p for t in group for p in parties_at(t, index, stop) if p.key not in keys]
            if partner_parties:
                break
    if not partner_parties and trigger.word_class in lexicon.cue("withdrawal_classes"):
        # "retirer des soldats de la frontière finlandaise": withdrawn from someone.
        partner_parties = [p for t in withdrawn_from(verb) for p in parties_at(t, index, stop)]
    rule = "verb_subject_object" if any(t.dep_ == "obj" for t in direct) else "verb_oblique"
    confidence = 0.9 if rule == "verb_subject_object" else 0.85
    # A place inside a nested event's phrase is that event's ("dénoncer l'incursion
    # de navires dans les eaux japonaises"), and never the actor itself.
    places = [t for t in places if not inside_nested(t, verb, stop)]
    if not partner_parties and places:
        keys = {p.key for p in subject_parties}
        partner_parties = [p for t in places for p in parties_at(t, index, stop) if p.key not in keys]
        rule, confidence = "verb_place", 0.7
    actors = subject_parties
    if passive and agent_of(verb) is None and trigger.word_class in lexicon.cue("deployed_subject_classes"):
        # "des troupes russes restent déployées au Mali": forces deployed are the deploying side.
        passive = False
    if passive:
        agent = agent_of(verb)
        actors = parties_at(agent, index, stop) if agent is not None else []
        partner_parties = subject_parties + partner_parties
        rule, confidence = "verb_passive", 0.85
    if trigger.inverse:
        actors, partner_parties = partner_parties, actors
        rule = "verb_inverse"
    if how in ("relative", "participle"):
        rule, confidence = f"verb_{how}", min(confidence, 0.8)
    elif how in ("control", "shared"):
        confidence -= 0.05
    if trigger.word_class in lexicon.cue("joint_classes") and len(actors) < 2 and not any(
        case_of(t) == "avec" for t in direct
    ):
        return None  # "le Japon a décidé de …" alone decides; "A et B ont décidé" agree
    frame = Frame(
        trigger=verb,
        event_type=_trade_type(verb, trigger, lexicon),
        action=action_of(verb, trigger),
        actors=actors,
        partners=collapse(partner_parties),
        mutual=_reciprocal(verb, trigger, lexicon) and not partner_parties,
        rule=rule,
        confidence=confidence,
        anchors=governing_verbs(verb),
        arguments=[t for t in [subject, *direct] if t is not None],
    )
    if frame.mutual:
        frame.rule, frame.confidence = "verb_reciprocal", 0.8
    elif not actors and len(frame.partners) >= 2 and any(case_of(t) == "entre" for t in direct):
        # "un accord a été signé entre l'Arménie et l'Azerbaïdjan": co-participants.
        frame.mutual, frame.rule, frame.confidence = True, "verb_between", 0.75
    elif not actors and len(frame.partners) >= 2 and gathering and passive and how == "participle":
        # "Les ministres du Mali et du Niger, réunis à Bamako": they met each other.
        frame.mutual, frame.rule, frame.confidence = True, "verb_gathered", 0.7
    return frame


def _reciprocal(verb: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """True for a verb whose co-subjects act on each other.

    Example:
        >>> # "Moscou et Kiev se sont rencontrés", "… ont échangé des prisonniers" → True
    """
    return trigger.reflexive or verb.lemma_.lower() in lexicon.cue("mutual_words")


def _trade_type(verb: Token, trigger: Trigger, lexicon: Lexicon) -> str:
    """Selling gas or grain is trade (COOPERATE), not aid: "le Turkménistan livre du gaz à la Chine".

    Example:
        >>> # "livre … 35 milliards de mètres cubes de gaz" → "COOPERATE"
    """
    if exchanges_captives(verb, lexicon):
        # "les deux pays ont échangé des prisonniers": a release, not talks.
        return "CONCEDE"
    if trigger.event_type != "AID":
        return trigger.event_type
    goods = lexicon.cue("trade_goods")
    for child in verb.children:
        if not child.dep_.startswith("nsubj") and any(t.lemma_.lower() in goods for t in child.subtree):
            return "COOPERATE"
    return trigger.event_type


def exchanges_captives(word: Token, lexicon: Lexicon) -> bool:
    """True for an exchange whose object or complement names people held ("échange de détenus").

    Example:
        >>> # "ont échangé des otages" → True; "ont échangé leurs vues" → False
    """
    if word.lemma_.lower() not in lexicon.cue("exchange_words"):
        return False
    captives = lexicon.cue("captive_nouns")
    return any(
        c.dep_ in ("nmod", "obj", "obl:arg", "obl") and c.lemma_.lower() in captives for c in word.children
    )


def _names_person(token: Token, index: ActorIndex) -> bool:
    """True if the phrase headed by ``token`` names people only ("à Vladimir Poutine")."""
    parties = parties_at(token, index)
    return bool(parties) and all(p.kind == "person" for p in parties)


def action_of(token: Token, trigger: Trigger) -> str:
    """The ``action`` lemma: the infinitive or singular noun, with the fixed words
    of a multiword entry but without the reflexive pronoun (as the gold set writes it).

    Example:
        >>> # "se sont procuré" → "procurer"; "a mis en garde" → "mettre en garde"
    """
    context = context_of(token.doc)
    modifiers = {
        w for c in context.children[token.i] if context.deps[c] in ("advmod", "amod")
        for w in (context.lemmas[c], context.lowers[c])
    }
    words = trigger.expression.replace("’", "'").split()
    while words and words[0] in ("se", "s'"):
        words = words[1:]
    # An idiom is written with its function words ("mettre en garde", "se mettre
    # d'accord"); a bare pair only narrows the head by its object or modifier
    # ("promettre million", "vente arme"), which the action column leaves out.
    idiom = len(words) > 2 or "'" in " ".join(words[1:])
    if trigger.extra and idiom and not set(trigger.extra) <= modifiers:
        expression = " ".join(words)
        return expression[2:] if expression.startswith("s'") else expression
    if token.pos_ not in ("VERB", "AUX") and trigger.pos == "VERB":
        return participle_infinitive(token) or finite_infinitive(token) or token.lemma_.lower()
    if misread_verb(token) and words:
        return words[0]  # "signe" lemmatised as the noun: the entry's infinitive
    return token.lemma_.lower()


def governing_verbs(verb: Token) -> list[Token]:
    """The verb and the verbs that govern it through control ("prévoit de fournir").

    Example:
        >>> # "Tokyo prévoit de fournir" → [fournir, prévoit]
    """
    chain = [verb]
    current = verb
    while current.dep_ == "xcomp" and current.head.i != current.i and len(chain) < 4:
        current = current.head
        if current.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        chain.append(current)
    return chain
