"""From a parsed Doc to event rows: run the rules sentence by sentence, then merge.

Each sentence: find trigger words (lexicon), build a frame per trigger
(verbal or nominal rule), let events that take another event as object
("le Japon s'inquiète de l'accord entre la Russie et la Corée du Nord")
borrow its parties, add the accusations of reported speech, then write one
row per actor–partner pair with its modality and governing date.
"""

from __future__ import annotations

from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from pipeline.doc_context import DocContext, shared_context
from pipeline.events.agreement_sides import agreement_sides
from pipeline.events.anaphora import (
    events_as_actors,
    inherit_dates,
    target_demonstratives,
    untargeted_concerns,
)
from pipeline.events.answers import answered_acts, coordinated_reactions, rebutted_accusations
from pipeline.events.appeals import appeals_to_sides
from pipeline.events.arguments import ActorIndex, case_class, case_of, collapse, parties_at
from pipeline.events.beneficiaries import headline_recipients
from pipeline.events.brokering import brokered_frames
from pipeline.events.cities import city_targets
from pipeline.events.clitic_partners import clitic_partners
from pipeline.events.control import promised_parties, requested_actors
from pipeline.events.counted import counted_targets
from pipeline.events.counterpart_recipients import counterpart_recipients
from pipeline.events.counterparts import counterpart_partners
from pipeline.events.dating import borrowed_date, date_mentions, dated_spans, governing_date
from pipeline.events.denials import denied_by_parties
from pipeline.events.deployments import placed_partners, ship_manoeuvres
from pipeline.events.eased_sanctions import eased_sanctions
from pipeline.events.entering import place_entries
from pipeline.events.exercises import deployed_exercisers
from pipeline.events.expected import expected_visit_frames, invited_meetings, plan_expected_visits
from pipeline.events.fighting import two_sided_fights
from pipeline.events.finished import drop_finished_activities
from pipeline.events.frame import Frame, dyads
from pipeline.events.goods_origin import goods_origin_partners
from pipeline.events.host_sides import host_sides
from pipeline.events.imputed import imputed_frames
from pipeline.events.joining import organisation_joins
from pipeline.events.launches import launch_kinds
from pipeline.events.lexicon import Lexicon, Trigger
from pipeline.events.light_support import drop_support_verb_frames
from pipeline.events.mediation import mediation_frames
from pipeline.events.merge import merge_events, share_planned_dates
from pipeline.events.modality import modality_of
from pipeline.events.narrated_present import dated_present_plans
from pipeline.events.nominal import nominal_frame
from pipeline.events.occasions import invitation_partners, occasion_parties, purpose_partners
from pipeline.events.participle_agents import participle_agent_sides
from pipeline.events.partner_dates import partner_dates
from pipeline.events.partner_lists import extend_partner_lists
from pipeline.events.past_agreements import past_agreement_frames
from pipeline.events.patrons import drop_patron_partners
from pipeline.events.provisions import agreement_provisions
from pipeline.events.punished import punished_accused
from pipeline.events.qualifying import qualification_frames
from pipeline.events.quotes import quoted_speakers
from pipeline.events.reactions import offence_reactions
from pipeline.events.recipients import benefit_recipients, dative_recipients
from pipeline.events.refusals import refused_act_partners
from pipeline.events.relation_partners import drop_severed_ties
from pipeline.events.reported import accusation_frames
from pipeline.events.responses import denied_accusers, supported_victims
from pipeline.events.ripostes import answered_attacks
from pipeline.events.sentences import event_sentences
from pipeline.events.served import served_recipients
from pipeline.events.sides import side_partners, truces_between
from pipeline.events.story_reactions import story_reactions
from pipeline.events.summaries import summary_reactions
from pipeline.events.targets import hit_targets, traded_blows
from pipeline.events.threats import is_idle_warning, threatened_parties
from pipeline.events.unpaired_mediation import mediator_sides, unpaired_mediators
from pipeline.events.verbal import verbal_frame
from pipeline.extensions import doc_text
from pipeline.types import Event

#: Parts of speech :meth:`Lexicon.match` can return a trigger for (symbol ids:
#: ``token.pos`` is read without a string look-up).
_TRIGGER_POS = frozenset({VERB, AUX, NOUN, PROPN, ADJ})


def in_furniture(start: int, end: int, furniture: tuple[tuple[int, int], ...]) -> bool:
    """True if the characters ``start:end`` overlap page furniture.

    Example:
        >>> in_furniture(5, 9, ((0, 10),))
        True
    """
    return any(start < f_end and f_start < end for f_start, f_end in furniture)


def find_triggers(sentence: Span, index: ActorIndex, lexicon: Lexicon) -> list[tuple[Token, Trigger]]:
    """Trigger words of a sentence, outside actor names ("Organisation de coopération…").

    Most words are ruled out from the Doc's token columns (part of speech,
    actor mention, furniture, spelling); a Token is built only for the rest.

    Example:
        >>> # "Le Japon a rencontré la Chine." → [(rencontré, CONSULT)]
    """
    doc = sentence.doc
    furniture = tuple(doc._.furniture or ())
    context = index.context
    pos, idx, lengths = context.pos, context.idx, context.lengths
    found = []
    for i in range(sentence.start, sentence.end):
        # Only these parts of speech can match (Lexicon.match): skip the rest cheaply.
        if pos[i] not in _TRIGGER_POS or i in index.by_token:
            continue
        if not lexicon.may_match(context.lemmas[i], context.lowers[i], context.pos_[i]):
            continue
        if furniture and in_furniture(idx[i], idx[i] + lengths[i], furniture):
            continue
        token = doc[i]
        trigger = lexicon.match(token)
        if trigger is not None:
            found.append((token, trigger))
    return found


def sentence_frames(sentence: Span, index: ActorIndex, lexicon: Lexicon) -> list[Frame]:
    """All frames of one sentence (before dyads, modality and dates)."""
    triggers = find_triggers(sentence, index, lexicon)
    stop = frozenset(token.i for token, _ in triggers)
    frames: list[Frame] = []
    for token, trigger in triggers:
        if trigger.pos == "VERB":
            frame = verbal_frame(token, trigger, index, lexicon, stop)
        else:
            frame = nominal_frame(token, trigger, index, lexicon, stop)
        if frame is not None and not is_idle_warning(frame, lexicon):
            frames.append(frame)
    frames = traded_blows(frames, lexicon)
    frames = ship_manoeuvres(frames, lexicon)  # "une manœuvre de blocage": no drill
    frames = drop_support_verb_frames(frames, lexicon.light_verbs)
    frames = drop_finished_activities(frames, lexicon)  # "conclure deux semaines d'exercices"
    frames = drop_severed_ties(frames, lexicon)  # "suspendre la coopération avec X"
    _borrow_nested_parties(frames, index, lexicon)
    _lift_genitive_events(frames)
    clitic_partners(frames, index, lexicon)  # "convoqué l'ambassadeur pour lui demander"
    refused_act_partners(frames, index, lexicon.upper_cue("infinitive_target_types"))
    # Reported and qualifying acts are verbs of those two lists: the other words
    # need not be offered (each rule tests its own list again).
    pos, lemmas, doc = index.context.pos, index.context.lemmas, sentence.doc
    acts = lexicon.cue("reporting_verbs") | lexicon.cue("qualifying_verbs")
    every_verb = [doc[i] for i in range(sentence.start, sentence.end) if pos[i] == VERB]
    verbs = [verb for verb in every_verb if lemmas[verb.i] in acts]
    frames.extend(accusation_frames(verbs, frames, index, lexicon, stop))
    frames.extend(imputed_frames(every_verb, frames, index, lexicon, stop))
    frames.extend(qualification_frames(verbs, frames, index, lexicon, stop))
    frames = summary_reactions(frames, every_verb, index, lexicon, stop)
    frames.extend(mediation_frames(frames, index, lexicon))
    # Brokering verbs are read from their finite form too ("joue"): offer them all.
    frames.extend(brokered_frames(every_verb, index, lexicon, stop))
    every_noun = [doc[i] for i in range(sentence.start, sentence.end) if pos[i] == NOUN]
    frames.extend(unpaired_mediators(every_verb, every_noun, index, lexicon, stop))  # sides found later
    frames.extend(expected_visit_frames(sentence, index))
    frames.extend(invited_meetings(frames, sentence, lexicon))
    _accuser_as_target(frames, lexicon)
    drop_patron_partners(  # "frappes contre la milice soutenue par X": X is no target
        frames, lexicon.cue("backing_participles"), lexicon.upper_cue("client_target_types")
    )
    frames = place_entries(frames, index, lexicon)
    city_targets(frames, lexicon.cities, lexicon.upper_cue("city_target_types"))
    counted_targets(frames, index, lexicon)  # "un paquet de sanctions contre X"
    hit_targets(frames, index, lexicon)
    frames = eased_sanctions(frames, index, lexicon)  # "lever les sanctions visant X": CONCEDE, not SANCTION
    launch_kinds(frames, index, lexicon)  # "tirer un missile": aimed = attack, else a test
    placed_partners(frames, index, lexicon)  # "près de la frontière algérienne"
    deployed_exercisers(frames, lexicon)  # "l'envoi de soldats, qui participeront à des manœuvres avec X"
    truces_between(frames, index, lexicon)  # "la trêve entre A et B": A and B, whoever speaks
    two_sided_fights(frames, index, lexicon)
    return frames


def _accuser_as_target(frames: list[Frame], lexicon: Lexicon) -> None:
    """A hostile act an accuser reports without naming its target was done to the accuser.

    "Bichkek accuse les forces tadjikes d'avoir attaqué plusieurs
    postes-frontières" → the attack is Tadjikistan → Kirghizistan.
    """
    hostile = lexicon.upper_cue("hostile_types")
    for accusation in frames:
        if accusation.event_type != "ACCUSE" or not accusation.actors:
            continue
        inside = {t.i for t in accusation.trigger.subtree}
        for frame in frames:
            if frame.event_type not in hostile or frame.partners or not frame.actors:
                continue
            if frame.trigger.pos_ != "VERB":
                continue  # "qualifier de provocation les exercices de l'OTAN": aimed at no one
            if frame.trigger.i not in inside or frame is accusation:
                continue
            keys = {a.key for a in frame.actors}
            if not keys & {p.key for p in accusation.partners}:
                continue  # "malgré les sanctions de l'ONU": not what the accused did
            targets = [a for a in accusation.actors if a.key not in keys]
            if targets:
                frame.partners = targets
                frame.rule, frame.confidence = f"{frame.rule}_accuser", frame.confidence - 0.15


def _borrow_nested_parties(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """An act about another event takes that event's parties as partners.

    "Le Japon condamne l'accord entre la Russie et la Corée du Nord" → the
    partners of the condemnation are Russie and Corée du Nord (attitude
    types take the nested actors); "lever les sanctions contre la
    Biélorussie" → Biélorussie (concessions take the nested target).
    """
    attitude = lexicon.upper_cue("attitude_types")
    target_types = lexicon.upper_cue("target_borrowing_types")
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        if frame.event_type not in attitude | target_types or frame.partners:
            continue
        for token in frame.arguments:
            nested = by_trigger.get(token.i)
            if nested is None or nested is frame:
                continue
            if frame.event_type in target_types:
                # "lever les sanctions contre la Biélorussie": the target is the partner.
                targets = nested.partners or nested.actors
            else:
                targets = nested.actors + (nested.partners if nested.mutual else [])
            if not targets and nested.trigger.pos_ == "NOUN":
                # "les essais de missiles de l'Iran": whoever the phrase names.
                targets = parties_at(nested.trigger, index)
            keys = {a.key for a in frame.actors}
            partners = [p for p in targets if p.key not in keys]
            if frame.actors and partners:
                frame.partners = partners
                frame.rule, frame.confidence = f"{frame.rule}_nested", frame.confidence - 0.1
                break


def _lift_genitive_events(frames: list[Frame]) -> None:
    """"La signature d'un accord entre A et B": one event, stated by the outer noun.

    The parties sit on the inner noun; the outer one ("signature", "annonce
    d'une visite" when both are events of the same type) takes them over.
    """
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for outer in frames:
        if outer.actors or outer.partners or outer.trigger.pos_ != "NOUN":
            continue
        for child in outer.trigger.children:
            inner = by_trigger.get(child.i)
            if inner is None or inner.event_type != outer.event_type or child.dep_ != "nmod":
                continue
            if case_class(child) != "de" or not (inner.actors or inner.partners):
                continue
            outer.actors, outer.partners, outer.mutual = inner.actors, inner.partners, inner.mutual
            outer.anchors = outer.anchors + [a for a in inner.anchors if a not in outer.anchors]
            outer.rule, outer.confidence = inner.rule, inner.confidence
            inner.actors, inner.partners = [], []
            break


def _share_coordinated_partners(frames: list[Frame]) -> None:
    """Coordinated event nouns share the partner phrase of one of them.

    "le Japon maintient un dialogue et une coopération avec l'Asie centrale"
    → the dialogue is with Central Asia too.
    """
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        if frame.partners or not frame.actors or frame.trigger.pos_ != "NOUN":
            continue
        for other in frame.trigger.conjuncts:
            sibling = by_trigger.get(other.i)
            if sibling is not None and sibling.partners and other.pos_ == "NOUN":
                frame.partners = list(sibling.partners)
                frame.rule = f"{frame.rule}_coordinated"
                break


def _co_actors(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """In a directed act, "avec X" names someone acting alongside the actor.

    "Le Japon maintient, avec ses partenaires du G7, des sanctions contre la
    Russie" → Japon and G7 both sanction Russie.
    """
    symmetric = lexicon.upper_cue("symmetric_types")
    for frame in frames:
        if frame.event_type in symmetric or not frame.actors or not frame.partners:
            continue
        companions = [
            party
            for anchor in frame.anchors
            for child in anchor.children
            if child.dep_.startswith(("obl", "nmod")) and case_of(child) == "avec"
            for party in parties_at(child, index)
        ]
        keys = {p.key for p in companions}
        others = [p for p in frame.partners if p.key not in keys]
        if companions and others:
            frame.actors = collapse(frame.actors + companions)
            frame.partners = others


def frame_rows(frame: Frame, sentence: Span, symmetric: frozenset[str]) -> list[Event]:
    """The table rows of one frame: one per actor–partner pair."""
    doc = sentence.doc
    date = frame.date
    trigger = frame.trigger
    rows: list[Event] = []
    pairs = dyads(frame, symmetric)
    if not pairs:
        return rows
    # The Doc's text is kept once per Doc; ``sentence.text`` would rebuild it from Tokens.
    evidence = doc_text(doc)[sentence.start_char : sentence.end_char]
    doc_id, doc_date = doc._.doc_id or "", doc._.doc_date or ""
    # "à Moscou vendredi puis à Pékin lundi": each partner its own day.
    own_dates = {id(frame.partners[n]): d for n, d in partner_dates(frame, sentence).items()}
    for actor, partner in pairs:
        date = own_dates.get(id(partner), frame.date)
        rows.append(
            Event(
                doc_id=doc_id,
                actor=actor.name,
                actor_code=actor.code,
                event_type=frame.event_type,
                action=frame.action,
                partner=partner.name,
                partner_code=partner.code,
                date=date.timex.value if date else "",
                modality=frame.modality,
                evidence=evidence,
                doc_date=doc_date,
                sentence=frame.sentence,
                start=sentence.start_char,
                end=sentence.end_char,
                confidence=round(max(0.05, min(1.0, frame.confidence)), 2),
                trigger_start=trigger.idx,
                trigger_end=trigger.idx + len(trigger),
                actor_start=actor.start,
                actor_end=actor.end,
                partner_start=partner.start,
                partner_end=partner.end,
                date_start=date.span.start_char if date else -1,
                date_end=date.span.end_char if date else -1,
                rule=frame.rule,
            )
        )
    return rows


def document_frames(doc: Doc, lexicon: Lexicon) -> list[tuple[Frame, Span]]:
    """Frames of the whole Doc with modality and dates, anaphora resolved."""
    not_actors = lexicon.cue("document_nouns") | lexicon.cue("non_state_nouns")
    index = ActorIndex(doc, not_actors, lexicon.demonyms)
    dated = dated_spans(doc, index.context)
    symmetric = lexicon.upper_cue("symmetric_types")
    hostile = lexicon.upper_cue("hostile_types")
    gifts, punishments = lexicon.upper_cue("benefit_types"), lexicon.upper_cue("punishment_types")
    # A threat may answer an accusation or a refusal as well as a hostile act.
    answerable = hostile | {"ACCUSE", "REJECT"}
    found: list[tuple[Frame, Span]] = []
    for n, sentence in enumerate(event_sentences(doc, index.context)):
        if _is_question(sentence):
            continue  # "Cet échange peut-il ouvrir la voie à un dialogue ?" asserts nothing
        frames = sentence_frames(sentence, index, lexicon)
        if not frames:
            continue
        _share_coordinated_partners(frames)
        _co_actors(frames, index, lexicon)
        extend_partner_lists(frames, index)
        goods_origin_partners(
            frames, index, lexicon.cue("origin_participles"), lexicon.cue("origin_prepositions")
        )
        organisation_joins(frames, lexicon)
        benefit_recipients(
            frames, index, gifts,
            lexicon.cue("benefit_prepositions"), lexicon.cue("benefit_nouns"),
        )
        dative_recipients(frames, index, lexicon.upper_cue("dative_gift_types"))  # "une aide accrue à X"
        served_recipients(  # "la formation de policiers haïtiens"
            frames, index, gifts, lexicon.cue("served_nouns"), lexicon.cue("served_verbs")
        )
        participle_agent_sides(frames, index, symmetric)  # "exercices conjoints menés par A et B"
        punished_accused(frames, index, punishments)  # "expulsé X, accusé de"
        frames.extend(past_agreement_frames(sentence, frames, index, lexicon))
        stops = {a.i for f in frames for a in f.anchors}
        dates = date_mentions(sentence, stops, dated)
        for frame in frames:
            frame.sentence = n
            frame.modality = modality_of(frame.anchors, lexicon, index.context)
            frame.date = governing_date(frame.anchors, dates) or borrowed_date(
                frame.anchors, dates, lexicon.cue("during_prepositions")
            )
            found.append((frame, sentence))
    frames_only = [frame for frame, _ in found]
    quoted_speakers(frames_only, event_sentences(doc, index.context), index, lexicon.cue("reporting_verbs"))
    purpose_partners(frames_only, symmetric)
    occasion_parties(frames_only, lexicon, symmetric, index.context)
    invitation_partners(frames_only)
    plan_expected_visits(frames_only)
    counterpart_partners(frames_only, lexicon)
    requested_actors(frames_only, index, lexicon)
    promised_parties(frames_only, index, lexicon)
    headline_recipients(frames_only, index, lexicon)  # "Haïti : les bailleurs promettent…"
    counterpart_recipients(frames_only, lexicon)  # "Moscou s'est engagé à livrer des blindés"
    rebutted_accusations(  # "a rejeté ces critiques": before the demonstratives read them as events
        frames_only, {n for n, ts in lexicon.nouns.items() if any(t.event_type == "ACCUSE" for t in ts)},
        lexicon.cue("claim_nouns"),
    )
    target_demonstratives(frames_only, lexicon, symmetric)
    threatened_parties(frames_only, index, answerable)  # "a averti que …"
    appeals_to_sides(frames_only, lexicon)
    coordinated = lexicon.upper_cue("coordinated_reaction_types")
    coordinated_reactions(frames_only, coordinated)
    untargeted_concerns(frames_only, hostile)
    offence_reactions(frames_only, hostile, lexicon.cue("offence_nouns"), lexicon.cue("act_nouns"))
    denied_by_parties(frames_only, index, lexicon.cue("denial_verbs"))
    denied_accusers(frames_only, hostile)
    answered_acts(frames_only, hostile)
    answered_attacks(frames_only, lexicon.cue("riposte_verbs"))
    # Last of the reactions: what names no target faces the story's sides.
    story_reactions(
        frames_only, lexicon.upper_cue("story_reaction_types"), hostile, lexicon.upper_cue("clash_types"),
        lexicon.upper_cue("force_types"), lexicon.upper_cue("story_denial_types"),
    )
    # Again: a threat or reaction coordinated with a reaction that only now has its target.
    threatened_parties(frames_only, index, answerable)
    coordinated_reactions(frames_only, coordinated)
    supported_victims(
        frames_only, hostile, lexicon.cue("ally_nouns"),
        lexicon.upper_cue("clash_types"), lexicon.upper_cue("dealing_types"),
    )
    side_partners(frames_only, lexicon, symmetric)  # the two sides a conflict story opposes
    agreement_sides(frames_only, lexicon, symmetric)  # "l'accord conclu en 2021": the story's sides
    host_sides(frames_only, lexicon, symmetric)  # "propose d'accueillir des pourparlers": the story's sides
    mediator_sides(frames_only, lexicon, symmetric)  # "X joue les intermédiaires"
    inherit_dates(frames_only, lexicon, symmetric, index.context)
    dated_present_plans(frames_only, doc._.doc_date)  # "Le Japon signe la semaine prochaine …"
    agreement_provisions(frames_only, index, lexicon, symmetric)  # "l'accord prévoit la réouverture de …"
    events_as_actors(frames_only, symmetric, lexicon.cue("new_event_modifiers"))
    return found


def _is_question(sentence: Span) -> bool:
    """True for a sentence that ends with a question mark (before closing quotes).

    Example:
        >>> # "Pourquoi la Turquie ?" → True
    """
    # Read from the end: only the last words matter.
    for token in reversed(sentence):
        if not token.is_space and token.text not in ("»", '"', "”", ")"):
            return token.text == "?"
    return False


def extract_events(doc: Doc, lexicon: Lexicon) -> list[Event]:
    """All event rows of a parsed Doc, merged to one row per distinct event.

    Example:
        >>> # doc of "Le Japon a rencontré la Chine le 3 mai." with actor spans
        >>> #   → [Event(actor="Japon", event_type="CONSULT", partner="Chine", …)]
    """
    symmetric = lexicon.upper_cue("symmetric_types")
    rows: list[Event] = []
    # One set of token columns for every rule: the Doc does not change from here on.
    with shared_context(DocContext(doc)):
        for frame, sentence in document_frames(doc, lexicon):
            rows.extend(frame_rows(frame, sentence, symmetric))
    return merge_events(share_planned_dates(rows), symmetric)
