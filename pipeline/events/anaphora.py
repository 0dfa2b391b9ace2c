"""Events mentioned again: demonstratives, "au cours de cette visite", possessives.

Articles name an event once with its parties and then refer back to it
("Cette rencontre est programmée pour la mi-décembre 2025", "Au cours de
cette visite, un plan d'action a été signé", "le Japon exprime sa
préoccupation face à ce rapprochement"). These passes work on the frames of
the whole document, in text order, and only look a few sentences back.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.doc_context import DocContext, context_of
from pipeline.events.arguments import ActorIndex, Party, collapse, names_ending_at, parties_at
from pipeline.events.frame import Frame, dyads
from pipeline.events.lexicon import Lexicon
from pipeline.events.narrative import narrative_dates
from pipeline.events.object_dates import object_dates
from pipeline.events.offer_dates import undate_offers
from pipeline.events.participant_dates import participant_dates
from pipeline.events.span_dates import span_date
from pipeline.events.subjects import subject_of

#: How many sentences back an anaphoric mention may date earlier frames.
LOOKBACK = 3
#: How many tokens back an anaphoric mention may find its antecedent.
LOOKBACK_TOKENS = 300


def is_demonstrative(noun: Token, lexicon: Lexicon) -> bool:
    """True for "cette rencontre", "ce sommet".

    Example:
        >>> # "cette visite" → True; "une visite" → False
    """
    return any(c.dep_ == "det" and c.lower_ in lexicon.cue("demonstratives") for c in noun.children)


def _has_dyads(frame: Frame, symmetric: frozenset[str]) -> bool:
    return bool(dyads(frame, symmetric))


def antecedent(
    frames: list[Frame], before: Frame, symmetric: frozenset[str], event_type: str = ""
) -> Frame | None:
    """The most recent earlier frame with parties (of ``event_type`` if given)."""
    best: Frame | None = None
    for frame in frames:
        if frame.sentence >= before.sentence or before.trigger.i - frame.trigger.i > LOOKBACK_TOKENS:
            continue
        if event_type and frame.event_type != event_type:
            continue
        if _has_dyads(frame, symmetric) and (best is None or frame.trigger.i > best.trigger.i):
            best = frame
    return best


def _demonstrative_after(trigger: Token, lexicon: Lexicon) -> list[Token]:
    """"préoccupation face à ces manœuvres" when the parse lost the link: a demonstrative
    noun phrase within a few words after the trigger."""
    doc = trigger.doc
    for token in doc[trigger.i + 1 : min(len(doc), trigger.i + 5)]:
        if token.is_punct or token.pos_ == "VERB":
            return []
        if token.lower_ in lexicon.cue("demonstratives") and token.i + 1 < len(doc):
            return [doc[token.i + 1]] if doc[token.i + 1].pos_ == "NOUN" else []
    return []


def _others(frame: Frame) -> list[Party]:
    """The frame's partners other than its actors ("face aux manœuvres … de la Chine" said by Pékin)."""
    keys = {a.key for a in frame.actors}
    return [p for p in frame.partners if p.key not in keys]


def target_demonstratives(frames: list[Frame], lexicon: Lexicon, symmetric: frozenset[str]) -> None:
    """An attitude towards "ce rapprochement" targets the parties of the event it refers to.

    Example:
        >>> # "… accord entre la Russie et la Corée du Nord. Hayashi a exprimé sa
        >>> #   préoccupation face à ce rapprochement." → partners Russie, Corée du Nord
    """
    attitude = lexicon.upper_cue("attitude_types")
    for frame in frames:
        if frame.event_type not in attitude or _others(frame):
            continue
        if not frame.actors:
            continue
        mentions = [
            child
            for anchor in frame.anchors
            for child in anchor.children
            if child.pos_ == "NOUN" and is_demonstrative(child, lexicon) and child.i != frame.trigger.i
        ] or _demonstrative_after(frame.trigger, lexicon)
        if not mentions:
            continue
        previous = (
            _same_class(frames, frame, mentions[0], lexicon, symmetric)
            or _hostile_doer(frames, frame, mentions[0], lexicon)
            or antecedent(frames, frame, symmetric)
        )
        if previous is None:
            continue
        targets = previous.actors + previous.partners
        keys = {a.key for a in frame.actors}
        frame.partners = collapse([p for p in targets if p.key not in keys])
        frame.rule, frame.confidence = f"{frame.rule}_anaphora", frame.confidence - 0.15


def _same_class(
    frames: list[Frame], before: Frame, mention: Token, lexicon: Lexicon, symmetric: frozenset[str]
) -> Frame | None:
    """The latest earlier event of the mention's word class: "ces manœuvres" → the drill."""
    wanted = lexicon.match(mention)
    if wanted is None or not wanted.word_class:
        return None
    best: Frame | None = None
    for frame in frames:
        if frame.sentence >= before.sentence or before.trigger.i - frame.trigger.i > LOOKBACK_TOKENS:
            continue
        found = lexicon.match(frame.trigger)
        if found is None or found.word_class != wanted.word_class or not _has_dyads(frame, symmetric):
            continue
        if best is None or frame.trigger.i > best.trigger.i:
            best = frame
    return best


def _hostile_doer(frames: list[Frame], before: Frame, mention: Token, lexicon: Lexicon) -> Frame | None:
    """For "ce tir", "cette attaque": the latest hostile act told just before, even with no target.

    "La Corée du Nord a tiré jeudi un missile en mer. Tokyo a condamné ce tir"
    → the condemnation targets the one who fired.
    """
    hostile = lexicon.upper_cue("hostile_types")
    wanted = lexicon.match(mention)
    if wanted is None or wanted.event_type not in hostile:
        return None
    earlier = [
        f for f in frames
        if 0 < before.sentence - f.sentence <= LOOKBACK and f.event_type in hostile and f.actors
    ]
    return max(earlier, key=lambda f: f.trigger.i, default=None)


def untargeted_concerns(frames: list[Frame], hostile: frozenset[str]) -> None:
    """A concern voiced without a target is about the hostile act just told.

    "La Chine a attaqué deux navires philippins. Le Japon et l'Australie ont
    également exprimé leur préoccupation." → Japon → Chine, Australie → Chine.

    Example:
        >>> # ACCUSE frame with actors [JPN, AUS] and no partner after CHN→PHL ASSAULT → [CHN]
    """
    for frame in frames:
        if frame.event_type != "ACCUSE" or frame.partners or not frame.actors:
            continue  # a frame whose only target is its speaker says nothing about others
        if any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in frame.trigger.children):
            continue  # "a dénoncé un texte": the concern has its own target, not the last act
        earlier = [
            f for f in frames
            if 0 <= frame.sentence - f.sentence <= LOOKBACK and f.trigger.i < frame.trigger.i
            and f.event_type in hostile and f.actors
        ]
        if not earlier:
            continue
        keys = {a.key for a in frame.actors}
        targets = [p for p in earlier[-1].actors if p.key not in keys]
        if targets:
            frame.partners = targets
            frame.rule, frame.confidence = f"{frame.rule}_untargeted", frame.confidence - 0.2


def events_as_actors(
    frames: list[Frame], symmetric: frozenset[str], new_markers: frozenset[str] = frozenset()
) -> None:
    """A meeting that "élargit la coopération" stands for its participants.

    "Le Japon accueillera un sommet avec l'Asie centrale. Le sommet pourrait
    élargir la coopération" → the cooperation is between Japon and Asie
    centrale; the subject event (or the event it refers back to) lends its
    parties and its date.
    """
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        if frame.actors or frame.partners or len(frame.anchors) < 2:
            continue
        subject, _ = subject_of(frame.anchors[1])
        source = by_trigger.get(subject.i) if subject is not None else None
        if source is None or source is frame or source.event_type not in symmetric:
            continue
        if not _has_dyads(source, symmetric):
            if any(c.lemma_.lower() in new_markers for c in source.trigger.children):
                continue  # "le prochain sommet" is another event, not the one told before
            source = antecedent(frames, source, symmetric, source.event_type)
        if source is None:
            continue
        frame.actors, frame.partners = list(source.actors), list(source.partners)
        frame.mutual = source.mutual
        frame.rule, frame.confidence = "event_as_actor", 0.5
        if frame.date is None:
            frame.date = source.date


def inherit_dates(
    frames: list[Frame], lexicon: Lexicon, symmetric: frozenset[str], context: DocContext | None = None
) -> None:
    """Give undated events the date of the event they refer to.

    Two cases: an event placed during another ("Au cours de cette visite, un
    plan a été signé"), and a dated mention without parties that repeats an
    earlier event ("Le Japon accueillera un sommet… Cette rencontre est
    programmée pour la mi-décembre 2025"). ``context`` is the Doc's
    :class:`DocContext` (built from the frames' Doc when None).
    """
    if frames and context is None:
        context = context_of(frames[0].trigger.doc)
    # Imported here: occasion_dates reads during_event from this module.
    from pipeline.events.clause_episodes import clause_episodes
    from pipeline.events.headline_dates import headline_dates
    from pipeline.events.immediate_dates import immediate_dates
    from pipeline.events.invitation_dates import invitation_dates
    from pipeline.events.news_day import news_day_dates
    from pipeline.events.occasion_dates import occasion_dates
    from pipeline.events.purpose_dates import purpose_dates
    from pipeline.events.then_dates import counterpart_dates, then_dates

    reactions = lexicon.upper_cue("attitude_types")
    undate_offers(frames, lexicon.cue("offer_verbs"))
    invitation_dates(frames)
    purpose_dates(frames, context)
    # The context's own dates first (the meeting's days, "alors"): they know the
    # meeting meant, where the look-back below only knows the last dated event.
    object_dates(frames, reactions)
    occasion_dates(frames, lexicon, context)
    then_dates(frames, lexicon, context)
    immediate_dates(frames, lexicon, context)
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        if frame.date is not None:
            continue
        during = during_event(frame, lexicon, context)
        if during is None:
            continue
        source = by_trigger.get(during.i)
        if source is None and not is_demonstrative(during, lexicon):
            continue  # "à l'occasion du 60e anniversaire" names no earlier event
        if source is None or source.date is None:
            # "Au cours de cette visite" → the last dated visit; "À cette occasion",
            # "lors de cette rencontre" after "s'est rendu à Moscou le 3 avril" → the last dated event.
            typed = _dated_antecedent(frames, frame, source.event_type) if source else None
            source = typed or _dated_antecedent(frames, frame)
        if source is not None and source.date is not None:
            frame.date = source.date
    for mention in frames:
        if mention.date is None or _has_dyads(mention, symmetric):
            continue
        if mention.trigger.pos_ != "NOUN" or not is_demonstrative(mention.trigger, lexicon):
            continue  # only "cette rencontre", "ce sommet" point back
        _date_recent(frames, mention, symmetric)
    starts, ends = lexicon.cue("span_start_verbs"), lexicon.cue("span_end_verbs")
    for frame in frames:
        frame.date = span_date(frame.trigger, starts, ends) or frame.date
    narrative_dates(frames, lexicon.cue("sequence_adverbs"), reactions)
    clause_episodes(frames, lexicon.cue("sequence_adverbs"), reactions, context)
    # Beyond the episode: "les trois ministres" still name the meeting's participants.
    participant_dates(frames, lexicon.cue("participant_nouns"), lexicon.cue("sequence_adverbs"))
    # After the episodes: the deal's last act may be dated by its episode only.
    counterpart_dates(frames, lexicon)
    headline_dates(frames, context)
    # Last: only what nothing nearer dates is the day's news.
    news_day_dates(frames, lexicon.cue("sequence_adverbs"), context)


def during_event(frame: Frame, lexicon: Lexicon, context: DocContext | None = None) -> Token | None:
    """The noun in "au cours de / lors de / à cette occasion / en marge de + noun" on the frame's verbs.

    ``context`` is the Doc's :class:`DocContext` (built from the trigger's Doc
    when None): every frame is tested, and the columns spare building Tokens.

    Example:
        >>> # "Lors de cette rencontre, X et Y ont signé…" → "rencontre"
    """
    context = context or context_of(frame.trigger.doc)
    during = lexicon.cue("during_prepositions")
    demonstratives = lexicon.cue("demonstratives")
    deps, pos_, lowers, lemmas = context.deps, context.pos_, context.lowers, context.lemmas
    doc = context.doc
    for anchor in frame.anchors:
        for child in context.children[anchor.i]:
            if not deps[child].startswith(("obl", "advmod", "nmod")):
                continue
            if lowers[child] in during or lemmas[child] in during:
                # "au cours de cette visite", "en marge de ce sommet": the noun under
                # "cours" / "marge"; "à cette occasion": the noun itself.
                nouns = [g for g in context.children[child] if deps[g] in ("nmod", "obl", "obl:arg")]
                if nouns and pos_[nouns[0]] == "NOUN":
                    return doc[nouns[0]]
                if pos_[child] == "NOUN" and any(
                    deps[c] == "det" and lowers[c] in demonstratives for c in context.children[child]
                ):
                    return doc[child]  # is_demonstrative
                continue
            # The noun test first: it is cheaper than reading the words before it.
            if pos_[child] == "NOUN" and {lowers[t] for t in context.children[child] if t < child} & during:
                return doc[child]
    return None


def _dated_antecedent(frames: list[Frame], before: Frame, event_type: str = "") -> Frame | None:
    """The most recent earlier dated frame with parties (of ``event_type`` if given).

    A typed search reaches :data:`LOOKBACK_TOKENS` back ("au cours de cette
    visite" may be far from the visit); an untyped one only :data:`LOOKBACK`
    sentences ("à cette occasion" refers to what was just told).
    """
    best: Frame | None = None
    for frame in frames:
        if frame.sentence >= before.sentence or frame.date is None:
            continue
        if event_type and (frame.event_type != event_type or before.trigger.i - frame.trigger.i > LOOKBACK_TOKENS):
            continue
        if not event_type and before.sentence - frame.sentence > LOOKBACK:
            continue
        if _has_dyads(frame, frozenset()) and (best is None or frame.trigger.i > best.trigger.i):
            best = frame
    return best


def _date_recent(frames: list[Frame], mention: Frame, symmetric: frozenset[str]) -> None:
    """Date the undated frames of the mention's type in the nearest earlier sentence."""
    for back in range(1, LOOKBACK + 1):
        sentence = mention.sentence - back
        same = [
            f
            for f in frames
            if f.sentence == sentence
            and f.event_type == mention.event_type
            and f.date is None
            and _has_dyads(f, symmetric)
        ]
        if same:
            for frame in same:
                frame.date = mention.date
            return


def resolve_possessive(noun: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """The parties a possessive determiner points back to within the sentence.

    "fournir des missiles à la Russie pour sa guerre" → Russie (the nearest
    earlier actor); "pour Moscou et Pyongyang de renforcer leur partenariat"
    → both (a plural possessive takes the coordination).

    Example:
        >>> # noun "guerre" in "… à la Russie pour sa guerre en Ukraine" → [Russie]
    """
    doc = noun.doc
    for i in range(noun.i - 1, noun.sent.start - 1, -1):
        if doc[i].is_space and "\n" in doc[i].text:
            break
        span = index.by_token.get(i)
        if span is None:
            continue
        head = span.root
        first = head
        while first.dep_ == "conj" and first.head.i < first.i and index.span_at(first.head):
            first = first.head
        plural = any(c.lower_ in ("leur", "leurs") for c in noun.children)
        if not plural:
            return parties_at(head, index, stop)[:1]
        listed = names_ending_at(span.end - 1, doc, index)
        coordinated = parties_at(first, index, stop)
        # "X, Y et Z … lors de leur sommet": the whole list, even where the parse split it.
        return listed if len(listed) > len(coordinated) else coordinated
    return []
