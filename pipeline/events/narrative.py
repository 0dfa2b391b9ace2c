"""Dates carried along a narrative: the acts told after a dated one happened then too.

A news paragraph often dates its first act and tells the rest of the same
episode without repeating the date: "La Russie et les États-Unis ont procédé
jeudi à un échange de prisonniers. Au total, vingt-six personnes ont été
libérées. L'opération a été coordonnée par les services turcs." Every act of
the episode is Thursday's, until the text moves on: a new date, a paragraph
break, other parties, a plan or a marker of another time ("ensuite",
"depuis").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.events.frame import Frame
from pipeline.events.narrated_present import narrated_past, told_in_present
from pipeline.extensions import doc_text
from pipeline.morph import features

#: How many sentences an episode may run on after its dated act.
EPISODE_SENTENCES = 3


def narrative_dates(
    frames: list[Frame], later: frozenset[str] = frozenset(), reactions: frozenset[str] = frozenset()
) -> None:
    """Give an undated act the date of the dated act whose episode it continues.

    "Ding Xuexiang a été reçu mercredi par le président turkmène. Les deux
    hommes ont signé un mémorandum…" → the signing is Wednesday's. Only for
    an asserted act in a past tense, told in the same paragraph, at most
    :data:`EPISODE_SENTENCES` sentences after the last dated act before it,
    sharing a party with that act, and not placed at another time
    ("ensuite", "depuis"). Within one sentence, an act between exactly the
    same parties as a dated act shares its date (reactions included).

    Args:
        frames: The frames of the document in text order (changed in place).
        later: Adverbs that place an act at another time ("ensuite").
        reactions: Event types that may come days after the act (concerns, thanks).

    Example:
        >>> # frames [reçu (mercredi), signé (undated, same parties)] → signé dated mercredi
    """
    # "le traité signé en 1960": a document recalled by its date opens no episode.
    dated = [f for f in frames if f.date is not None and f.rule != "past_agreement"]
    # The Doc's date spans, read once: each read of ``doc.spans`` builds its Spans anew.
    bounds = date_bounds(frames[0].trigger.doc) if frames else []
    today = frames[0].trigger.doc._.doc_date if frames else None
    for frame in frames:
        # A present continues only a narrated past ("Ce jour-là, A et B signent … B dénonce").
        present = not told_in_past(frame)
        if frame.date is not None or frame.modality != "asserted" or (present and not told_in_present(frame)):
            continue
        if any(c.lower_ in later for a in frame.anchors for c in a.children):
            continue  # "a ensuite appelé", "a depuis signé": another time
        source = _same_parties_source(dated, frame)
        if source is None and not _own_time(frame, bounds):
            # "qui ont adhéré à l'Alliance en 2024": the clause has its own time.
            source = _episode_source(dated, frame)
            # A concern or a thank-you may come days after the act; voiced at the
            # meeting told just before, by one who took part, it is made there and then.
            if source is not None and frame.event_type in reactions and not _said_at_meeting(source, frame):
                source = None
        if source is not None and present and not narrated_past(source, today):
            source = None  # "Pékin dénonce …" after a dated past act: the day's statement
        if source is not None:
            frame.date = source.date


def date_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds ``(start, end)`` of the Doc's calendar date spans, in span order.

    Example:
        >>> # "L'accord signé en 2024 …" with a timex span on "2024" (token 4) → [(4, 5)]
    """
    return [(span.start, span.end) for span in doc.spans.get("timex", ()) if _is_date(span)]


def _own_time(frame: Frame, bounds: list[tuple[int, int]]) -> bool:
    """True if a date stands inside the clause of the frame's verb without dating it.

    "La Suède, qui a adhéré à l'Alliance en 2024": the
    clause places the act by its own date, so the episode does not carry on.
    ``bounds`` are the Doc's :func:`date_bounds`.
    """
    verbs = [a for a in frame.anchors if a.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    left, right = verbs[0].left_edge.i, verbs[0].right_edge.i
    return any(left <= start and end - 1 <= right for start, end in bounds)


def _is_date(span: Span) -> bool:
    """True for a calendar date or time span (not a duration or a "désormais")."""
    timex = span._.timex
    return timex is not None and timex.type in ("DATE", "TIME") and timex.value[:1].isdigit()


def _same_parties_source(dated: list[Frame], frame: Frame) -> Frame | None:
    """A dated asserted act of the same sentence between exactly the same parties.

    "Les ministres, qui se sont entretenus jeudi, sont convenus de …", "a
    affirmé hier le porte-parole chinois, qui a exhorté Manille à …": two acts
    of one sentence between the same two parties are told as one occasion.
    """
    keys = {p.key for p in frame.actors + frame.partners}
    if len(keys) < 2:
        return None
    for source in dated:
        if source.sentence != frame.sentence or source.modality != "asserted":
            continue
        if {p.key for p in source.actors + source.partners} == keys:
            return source
    return None


def _episode_source(dated: list[Frame], frame: Frame) -> Frame | None:
    """The last dated asserted act before the frame, if the frame continues its episode."""
    # A planned act's date ("s'est engagé à livrer avant la fin de l'année") is no time told.
    earlier = [
        f for f in dated
        if f.sentence < frame.sentence and frame.sentence - f.sentence <= EPISODE_SENTENCES
        and f.modality == "asserted"
    ]
    if not earlier:
        return None
    last = max(f.sentence for f in earlier)
    # The latest dated sentence opens the current episode: an older date is out of date.
    sources = [
        f for f in earlier
        if f.sentence == last and f.modality == "asserted" and _month_level(f) and not _landmark(f)
    ]
    keys = {p.key for p in frame.actors + frame.partners}
    sharing = [f for f in sources if keys & {p.key for p in f.actors + f.partners}]
    if not sharing:
        return None
    source = sharing[-1]
    between = doc_text(frame.trigger.doc)[source.trigger.idx : frame.trigger.idx]
    return None if "\n" in between else source


def _landmark(frame: Frame) -> bool:
    """True for an event named after "depuis": the start of a state, not an act the text goes on to tell.

    "Pyongyang s'est rapproché de Moscou depuis la signature, en juin 2024,
    d'un traité. La Corée du Nord a envoyé des soldats" → the sending is not
    of June 2024.
    """
    token = frame.trigger
    # "depuis la signature d'un traité": the case sits on the trigger, on a noun above it,
    # or on the verb's oblique where the parser hung the pieces on the verb.
    for _ in range(4):
        if _since(token) or since_oblique(token):
            return True
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return False


def since_oblique(verb: Token) -> bool:
    """True if an oblique of the word starts with "depuis": "s'est rapproché de X depuis la signature"."""
    return any(c.dep_.startswith("obl") and _since(c) for c in verb.children)


def _since(token: Token) -> bool:
    """True for a phrase headed by "depuis" ("depuis la signature")."""
    return any(c.dep_ == "case" and c.lower_ == "depuis" for c in token.children)


def _said_at_meeting(source: Frame, frame: Frame, meeting: str = "CONSULT") -> bool:
    """True if the reaction comes in the sentence right after a meeting it took part in.

    "Yván Gil s'est entretenu lundi avec Sergueï Lavrov. Ce dernier a exprimé
    sa solidarité" → the solidarity was voiced in the talks.
    """
    if source.event_type != meeting or frame.sentence - source.sentence != 1:
        return False
    present = {p.key for p in source.actors + source.partners}
    return bool(present) and {a.key for a in frame.actors} <= present and bool(frame.actors)


def _month_level(frame: Frame) -> bool:
    """True if the frame's date names a day, a month or a season ("2025-06-11", "2025-06"), not a year."""
    return frame.date is not None and frame.date.timex.value[:10].count("-") >= 1


def told_in_past(frame: Frame) -> bool:
    """True if the frame's verb is in the passé composé or the simple past ("ont signé", "signa")."""
    verbs = [a for a in frame.anchors if a.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    return past_verb(verbs[0])


def past_verb(verb: Token, depth: int = 0) -> bool:
    """Passé composé or simple past ("a réagi", "réagit"); a past infinitive takes the tense of its governor.

    "a affirmé avoir informé la Lituanie" → the information is told in the past.
    """
    if "Past" in features(verb, "Tense") and "Fin" in features(verb, "VerbForm"):
        return True
    # "sont convenus" may be parsed with a copula: still a passé composé.
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux:tense", "cop")]
    if any("Pres" in features(c, "Tense") and "Ind" in features(c, "Mood") for c in auxiliaries):
        return True
    if not auxiliaries and verb.dep_ == "conj" and "Part" in features(verb, "VerbForm") and depth < 2:
        # "a salué les discussions et appelé X à …": the participle shares the first verb's auxiliary.
        return verb.head.i < verb.i and past_verb(verb.head, depth + 1)
    infinitive = any("Inf" in features(c, "VerbForm") for c in auxiliaries)
    governor = verb.head
    if infinitive and depth < 2 and governor.i != verb.i and governor.pos_ == "VERB":
        return past_verb(governor, depth + 1)
    return False
