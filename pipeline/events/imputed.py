"""Accusations stated by a past participle on the accused: "X, accusé de …".

"Washington a sanctionné trois généraux, accusés de trafic" gives the
reason of the sanction as an accusation: the main clause's subject
(Washington) accuses the noun the participle describes (the generals).
"Le Parlement a suspendu la coopération avec l'Agence, accusée d'avoir
menti": the Agency is accused by the Parliament. A participle with its own
agent ("accusé par Kiev de …") is an ordinary passive, left to the verb rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.arguments import ActorIndex, parties_at
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.subjects import preceding_noun_phrase, subject_of
from pipeline.events.verbal import governing_verbs, is_passive
from pipeline.morph import features

#: Labels that climb from an accused noun to the verb it complements.
_NOUN_LINKS = frozenset({"appos", "conj", "flat:name", "nmod"})


def imputed_frames(
    verbs: list[Token],
    frames: list[Frame],
    index: ActorIndex,
    lexicon: Lexicon,
    stop: frozenset[int],
) -> list[Frame]:
    """ACCUSE frames for "…, accusé(e)(s) de …" describing the accused.

    Example:
        >>> # "Tokyo a expulsé deux diplomates, accusés d'espionnage"
        >>> #   → Frame(actors=[Japon], partners=[the diplomats' state], rule="imputed_participle")
    """
    # A frame of the same word that already pairs two different parties is kept.
    done = {f.trigger.i for f in frames if f.actors and {p.key for p in f.partners} - {a.key for a in f.actors}}
    found: list[Frame] = []
    for verb in verbs:
        if verb.i in done or verb.lemma_.lower() not in lexicon.cue("imputing_participles"):
            continue
        if not _bare_past_participle(verb):
            continue
        accused, main = _accused_and_main(verb)
        if accused is None or main is None or is_passive(main):
            continue  # "arrêtés, soupçonnés de …": who suspects them is not said
        accuser, _ = subject_of(main)
        if accuser is None:
            continue
        actors = parties_at(accuser, index, stop)
        keys = {a.key for a in actors}
        partners = [p for p in parties_at(accused, index, stop) if p.key not in keys]
        if actors and partners:
            found.append(
                Frame(
                    trigger=verb,
                    event_type="ACCUSE",
                    action=verb.lemma_.lower(),
                    actors=actors,
                    partners=partners,
                    rule="imputed_participle",
                    confidence=0.55,
                    anchors=governing_verbs(main),
                    arguments=[accuser, accused],
                )
            )
    return found


def _bare_past_participle(verb: Token) -> bool:
    """True for "accusé(e)(s)" with no auxiliary and no agent of its own."""
    if "Part" not in features(verb, "VerbForm") or "Past" not in features(verb, "Tense"):
        return False
    return not any(c.dep_.startswith(("aux", "nsubj", "obl:agent")) for c in verb.children)


def _accused_and_main(verb: Token) -> tuple[Token | None, Token | None]:
    """The noun the participle describes and the main verb of its clause.

    "sanctionné M. Petro, accusé de …" (participle on the noun) → (Petro,
    sanctionné); "…avec l'Agence, accusée de …" hung on the main verb
    after a comma → (Agence, suspendu).
    """
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        top = noun
        while top.dep_ in _NOUN_LINKS and top.head.i != top.i:
            top = top.head
        main = top.head if top.head.pos_ == "VERB" and top.head.i != top.i else None
        return noun, main
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and before is not None and before.text == ",":
        return preceding_noun_phrase(verb), verb.head
    return None, None
