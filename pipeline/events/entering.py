"""Armed entries into a place: "le M23 est entré dans Goma", "la prise de Goma".

"entrer dans", "pénétrer dans" / "en", "la prise de", "la chute de" are
seizures (ASSAULT, as "s'emparer de") only when what is entered or taken is
a place: a city of the gazetteer, a capital or a country. "entrer dans une
nouvelle phase", "entrer en vigueur", "la prise de parole", "la chute du
régime" name no place and give no row. A verb also needs an armed subject
(a noun of the cue class ``armed_force_nouns`` or a named state or group):
"la délégation est entrée en Russie" is no seizure. The place's state is
the target; it is never an actor ("la prise de Kiev" is not Ukraine's act).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, Party
from pipeline.events.cities import named_city
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon

#: Prepositions of the place entered ("dans Goma", "en Ukraine") or taken ("de Goma").
_VERB_CASES = frozenset({"dans", "en"})
_NOUN_CASES = frozenset({"de", "d'", "d’", "du"})
#: Dependencies by which the place hangs on its trigger.
_PLACE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "obj"})


def place_entries(frames: list[Frame], index: ActorIndex, lexicon: Lexicon) -> list[Frame]:
    """Keep the entering frames that take a place, its state as their target.

    Example:
        >>> # "Les rebelles sont entrés dans Goma" → partners [RDC];
        >>> # "L'accord est entré en vigueur" → dropped
    """
    classes = lexicon.cue("entering_classes")
    armed = lexicon.cue("armed_force_nouns")
    kept: list[Frame] = []
    for frame in frames:
        trigger = lexicon.match(frame.trigger)
        if trigger is None or trigger.word_class not in classes:
            kept.append(frame)
            continue
        verb = trigger.pos == "VERB"
        place = _entered_place(frame.trigger, index, lexicon, verb)
        if place is None or (verb and not _armed_subject(frame.trigger, index, armed)):
            continue
        frame.actors = [a for a in frame.actors if a.key != place.key]
        if not frame.actors and not verb:
            frame.actors = _hands_of(frame.trigger, index)
        frame.partners = [place]
        kept.append(frame)
    return kept


def _entered_place(trigger: Token, index: ActorIndex, lexicon: Lexicon, verb: bool) -> Party | None:
    """The state of the place ``trigger`` enters ("dans Goma") or takes ("de Goma")."""
    cases = _VERB_CASES if verb else _NOUN_CASES
    for child in trigger.children:
        if child.dep_ not in _PLACE_DEPS:
            continue
        case = next((c.lower_ for c in child.children if c.dep_ == "case"), "")
        if case not in cases:
            continue
        party = _place_party(child, index, lexicon) if _is_name(child) else _genitive_place(child, index, lexicon)
        if party is not None:
            return party
    return None


def _is_name(token: Token) -> bool:
    """True for a capitalised proper noun ("Goma")."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _genitive_place(noun: Token, index: ActorIndex, lexicon: Lexicon) -> Party | None:
    """The state of the place a common noun names by its genitive: "dans la ville de Goma"."""
    if noun.pos_ != "NOUN" or noun.text[:1].isupper():
        return None
    for child in noun.children:
        case = next((c.lower_ for c in child.children if c.dep_ == "case"), "")
        if child.dep_ == "nmod" and child.i > noun.i and case in _NOUN_CASES and _is_name(child):
            return _place_party(child, index, lexicon)
    return None


def _place_party(token: Token, index: ActorIndex, lexicon: Lexicon) -> Party | None:
    """A city, capital or country name at ``token``, as its state."""
    span = index.span_at(token)
    if span is not None:
        parties = index.parties_of(span)
        if len(parties) == 1 and parties[0].kind == "state":
            return parties[0]
        return None
    return named_city(token, lexicon.cities)


def _hands_of(noun: Token, index: ActorIndex) -> list[Party]:
    """Who a place fell to: "la chute de Goma aux mains du M23" → [M23]."""
    for child in noun.children:
        if child.lemma_ != "main" or not any(c.lemma_ in ("à", "entre") for c in child.children):
            continue
        for owner in child.children:
            span = index.span_at(owner)
            if owner.dep_ == "nmod" and span is not None:
                return [p for p in index.parties_of(span) if p.kind != "person"]
    return []


def _armed_subject(verb: Token, index: ActorIndex, armed: frozenset[str]) -> bool:
    """True if the subject of ``verb`` is a force ("les troupes") or a named state or group."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubj:pass"):
            continue
        if child.lemma_.lower() in armed or child.lower_ in armed:
            return True
        span = index.span_at(child)
        if child.pos_ == "PROPN" and span is not None:
            return all(p.kind in ("state", "org", "group") for p in index.parties_of(span))
    return False
