"""Quoted first-person acts: "« Nous soutenons l'Ukraine », a déclaré mardi le chancelier".

The speaker of the quote is the "nous" or "je" of its verbs, and the speech
dates what the quote does (a condemnation, a call, a rejection made in the
words quoted). The speech verb follows the quote, often with its subject
after it ("a déclaré mardi le président égyptien", parsed as an object).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.events.arguments import ActorIndex, parties_at
from pipeline.events.dating import date_mentions
from pipeline.events.frame import Frame
from pipeline.events.occasion_dates import calendar

#: First-person subjects: the speaker acts.
_FIRST_PERSON = frozenset({"nous", "je", "j'", "j’"})


def quoted_speakers(
    frames: list[Frame], sentences: list[Span], index: ActorIndex, reporting: frozenset[str]
) -> None:
    """Give a first-person act with no actor the speaker of its quote, and the speech's date.

    Args:
        frames: The document's frames (changed in place).
        sentences: The event sentences the frames' ``sentence`` indices point into.
        index: The actor mentions of the Doc.
        reporting: Lemmas of speech verbs ("déclarer", "affirmer").

    Example:
        >>> # "« Nous condamnons la Russie », a déclaré jeudi le président letton"
        >>> #   → actor Lettonie, date jeudi
    """
    for frame in frames:
        verb = frame.trigger
        if frame.actors or verb.pos_ != "VERB" or not _first_person(verb):
            continue
        speech = _speech_verb(verb, reporting)
        if speech is None:
            continue
        speaker = _speaker(speech)
        parties = parties_at(speaker, index) if speaker is not None else []
        keys = {p.key for p in frame.partners}
        parties = [p for p in parties if p.key not in keys]
        if not parties:
            continue
        frame.actors = parties
        frame.rule, frame.confidence = f"{frame.rule}_quoted", frame.confidence - 0.15
        if frame.date is None:
            mentions = date_mentions(sentences[frame.sentence], set())
            frame.date = next((m for m in mentions if m.attachment.i == speech.i and calendar(m)), None)


def _first_person(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children)


def _speech_verb(verb: Token, reporting: frozenset[str]) -> Token | None:
    """The speech verb after the quote: a parataxis of the quoted verb, or its head."""
    for child in verb.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in reporting and child.i > verb.i:
            return child
    head = verb.head
    if head.i > verb.i and head.lemma_.lower() in reporting and verb.dep_ in ("advcl", "ccomp", "parataxis"):
        return head
    return None


def _speaker(speech: Token) -> Token | None:
    """The subject of the speech verb, or the phrase after it in an inversion ("a déclaré X")."""
    for child in speech.children:
        if child.dep_ == "nsubj" and child.lower_ not in _FIRST_PERSON:
            return child
    after = [c for c in speech.children if c.dep_ in ("obj", "nsubj:pass") and c.i > speech.i]
    return after[0] if after else None
