"""The beneficiary a headline names for the pledges of its whole article.

A report on a donors' conference names the country helped in its title
("Haïti : les bailleurs promettent 900 millions de dollars", "Les
donateurs promettent 2 milliards pour le Yémen") and then lists each
donor's pledge without repeating it ("Oslo a annoncé une contribution de
40 millions d'euros", "Madrid versera 25 millions"). A pledge of money
with a giver but no recipient takes the title's beneficiary. Only pledges
of sums count (the lexicon's ``beneficiary_classes``), not deliveries of
arms, which go to whoever the sentence names. A title that tells no gift
("Syrie : à Ankara, le ministre cherche un appui") still names the helped
when its topic is also the state the body names most often.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from pipeline.events.arguments import ActorIndex, Party
from pipeline.events.frame import Frame
from pipeline.events.headline_dates import alone_on_its_line
from pipeline.events.lexicon import Lexicon
from pipeline.events.recipients import benefit_parties
from pipeline.events.sentences import event_sentences
from pipeline.events.served import served_objects

#: Punctuation that closes the topic of a title ("Haïti : …", "Yémen – …").
_TOPIC_MARKS = frozenset({":", "–", "—"})


def _title_topic(title: Span, index: ActorIndex) -> list[Party]:
    """The parties of a title's topic: the one actor mention before its first colon or dash.

    Example:
        >>> # "Haïti : les bailleurs promettent 900 millions" → [Haïti]
    """
    mark = next((t for t in title if t.text in _TOPIC_MARKS), None)
    if mark is None or mark.i - title.start > 4:
        return []
    spans = {id(s): s for t in title.doc[title.start : mark.i] if (s := index.span_at(t)) is not None}
    if len(spans) != 1:
        return []
    span = next(iter(spans.values()))
    return index.parties_of(span)


def _story_subject(title: Span) -> str:
    """The code the article's body names most often, if one strictly leads; else ``""``.

    Example:
        >>> # "Syrie : …" then a body naming Syrie 27 times, Israël 17 → "SYR"
    """
    codes = Counter(
        span._.actor_code for span in title.doc.spans.get("actors", []) if span.start >= title.end and span._.actor_code
    )
    ranked = codes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return str(ranked[0][0])


def title_beneficiary(frames: list[Frame], title: Span, index: ActorIndex, lexicon: Lexicon) -> Party | None:
    """The one party a title's gift goes to: its own recipient, else the title's topic.

    Example:
        >>> # "Les donateurs promettent 2 milliards pour le Yémen" → Yémen
    """
    types = lexicon.upper_cue("benefit_types")
    gifts = [f for f in frames if f.event_type in types and title.start <= f.trigger.i < title.end]
    if not gifts:
        # "Syrie : à Ankara, le ministre cherche un appui" then "Riyad a promis
        # 2 milliards": a title on one country names whom the story's pledges help.
        topic = _title_topic(title, index)
        return topic[0] if len(topic) == 1 and _story_subject(title) == topic[0].code else None
    prepositions, nouns = lexicon.cue("benefit_prepositions"), lexicon.cue("benefit_nouns")
    # A title's donors are seldom an actor ("les donateurs"): its phrase of benefit is read here.
    named = {p.key: p for f in gifts for p in f.partners or benefit_parties(f, index, prepositions, nouns)}
    candidates = list(named.values()) or _title_topic(title, index)
    return candidates[0] if len(candidates) == 1 else None


def headline_recipients(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> None:
    """Give each pledge of money without a recipient the beneficiary its article's title names.

    Args:
        frames: Every frame of the Doc, changed in place.
        index: The Doc's actor mentions.
        lexicon: Trigger lexicon (``benefit_types``, ``beneficiary_classes``).

    Example:
        >>> # title "Haïti : les bailleurs promettent 900 millions de dollars"
        >>> # + "Oslo a annoncé une contribution de 40 millions d'euros" → Norvège → Haïti
    """
    if not frames:
        return
    sentences = event_sentences(frames[0].trigger.doc, index.context)
    if not sentences or not alone_on_its_line(sentences[0]):
        return
    types = lexicon.upper_cue("benefit_types")
    beneficiary = title_beneficiary(frames, sentences[0], index, lexicon)
    if beneficiary is None:
        return
    classes = lexicon.cue("beneficiary_classes")
    for frame in frames:
        if frame.event_type not in types or not frame.actors or frame.partners:
            continue
        trigger = lexicon.match(frame.trigger)
        if trigger is None or trigger.word_class not in classes:
            continue
        if beneficiary.key in {a.key for a in frame.actors}:
            continue
        if served_objects(frame, lexicon.cue("served_verbs")):
            continue  # "150 millions pour équiper la force multinationale": its own recipient
        frame.partners = [beneficiary]
        frame.rule, frame.confidence = f"{frame.rule}_headline", frame.confidence - 0.15
