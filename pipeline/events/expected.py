"""Meetings announced by another word: "est attendu à Pékin", "l'a invité à Paris".

"Être attendu à X" says that the subject will travel to X: a planned visit
(CONSULT) of the subject to the state of the place. The passive subject is
the visitor, not the one acted on, so the verbal rule cannot build it.
An invitation to a meeting ("a invité M. Okafor à Genève pour une
nouvelle session", "à une visite d'État") announces a planned meeting of
the host and the guest, beside the invitation itself (REQUEST).
"""

from __future__ import annotations

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from pipeline.events.arguments import ActorIndex, case_of, collapse, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.morph import features

#: Verbs whose passive announces a coming visit.
EXPECTED_VERBS = frozenset({"attendre"})
#: Prepositions of the place visited.
PLACE_CASES = frozenset({"à", "au", "aux", "en"})
#: Rule name of the frames (read again when the modality is set).
RULE = "expected_visit"
#: Rule name of the meetings an invitation announces.
INVITED_RULE = "invited_meeting"
#: Verbs of invitation.
INVITING_VERBS = frozenset({"inviter", "convier"})


def expected_visit_frames(sentence: Span, index: ActorIndex) -> list[Frame]:
    """Frames of "X est attendu à Y" in one sentence.

    Example:
        >>> # "Le président turc est attendu lundi à Moscou." → CONSULT Turquie → Russie
    """
    frames: list[Frame] = []
    # The Doc's columns rule out most words before a Token is made.
    pos, lemmas, doc = index.context.pos, index.context.lemmas, sentence.doc
    for i in range(sentence.start, sentence.end):
        if pos[i] != VERB or lemmas[i] not in EXPECTED_VERBS:
            continue
        verb = doc[i]
        if not any(c.dep_ == "aux:pass" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
        places = [c for c in verb.children if c.dep_.startswith("obl") and case_of(c) in PLACE_CASES]
        # "est attendu lundi à Moscou": the place often hangs on the date word.
        places += [
            g
            for c in verb.children
            if c.dep_ == "obj" or c.dep_.startswith("obl")
            for g in c.children
            if g.dep_ == "nmod" and case_of(g) in PLACE_CASES
        ]
        actors = collapse([p for s in subjects for p in parties_at(s, index)])
        keys = {a.key for a in actors}
        partners = collapse([p for c in places for p in parties_at(c, index) if p.key not in keys])
        if actors and partners:
            frames.append(
                Frame(
                    trigger=verb,
                    event_type="CONSULT",
                    action=verb.lemma_.lower(),
                    actors=actors,
                    partners=partners,
                    rule=RULE,
                    confidence=0.7,
                    anchors=[verb],
                    arguments=subjects + places,
                )
            )
    return frames


def invited_meetings(frames: list[Frame], sentence: Span, lexicon: Lexicon) -> list[Frame]:
    """The planned meetings the invitations of a sentence announce.

    Only an invitation to a meeting ("à une visite d'État", "pour une
    nouvelle session"): "inviter les parties à la retenue" is a call, and
    "l'a invité à Brasilia" alone is the invitation only. A meeting noun
    framed with no parties of its own takes host and guest; otherwise a new
    frame is made on the meeting noun.

    Example:
        >>> # "Paris a invité M. Modi à une visite d'État" → CONSULT France ↔ Modi, planned
    """
    made: list[Frame] = []
    meetings = lexicon.cue("invited_meeting_nouns")
    for invitation in frames:
        verb = invitation.trigger
        if invitation.event_type != "REQUEST" or verb.lemma_.lower() not in INVITING_VERBS:
            continue
        if not invitation.actors or not invitation.partners:
            continue
        meeting = _meeting_after(verb, sentence, meetings)
        if meeting is None:
            continue
        noun = next((f for f in frames if f.trigger.i == meeting.i), None)
        if noun is not None:
            if not noun.actors and not noun.partners:
                noun.actors, noun.partners = list(invitation.actors), list(invitation.partners)
                noun.rule = INVITED_RULE
            continue
        made.append(
            Frame(
                trigger=meeting,
                event_type="CONSULT",
                action=meeting.lemma_.lower(),
                actors=list(invitation.actors),
                partners=list(invitation.partners),
                rule=INVITED_RULE,
                confidence=invitation.confidence - 0.2,
                anchors=[meeting, verb],
            )
        )
    return made


def _meeting_after(verb: Token, sentence: Span, meetings: frozenset[str]) -> Token | None:
    """The meeting noun that follows the invitation verb in its clause, if any.

    Read on the words up to the next finite verb: the parse of such lists of
    complements ("à Bruxelles en juin pour une session") is often broken.
    """
    for token in sentence.doc[verb.i + 1 : sentence.end]:
        if token.pos_ in ("VERB", "AUX") and "Fin" in features(token, "VerbForm"):
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in meetings:
            return token
    return None


def plan_expected_visits(frames: list[Frame]) -> None:
    """An expected visit or an invited meeting is planned unless the sentence said otherwise (negated, cancelled…).

    Example:
        >>> # frame of "est attendu à Moscou" read as asserted → planned
    """
    for frame in frames:
        # The invitation verb reads as a request ("hypothetical") on its meeting too.
        readings = ("asserted", "hypothetical") if frame.rule == INVITED_RULE else ("asserted",)
        if frame.rule in (RULE, INVITED_RULE) and frame.modality in readings:
            frame.modality = "planned"
