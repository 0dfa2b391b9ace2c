"""A subject the parser took for a modifier: the bare noun phrase before the verb.

After a dateline ("PARIS, 3 mai (AFP) - Les ministres … ont signé") or a
long incise, the French model often hangs the real subject on the verb as
``obl:mod``. A phrase with no preposition, before a finite verb that has no
subject, is that subject: French adjuncts of that shape are dates ("Lundi,
…"), which name no actor, so nothing is lost when they are offered.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.morph import features

#: Labels the model gives a fronted subject it did not recognise.
_MISREAD_SUBJECT = frozenset({"obl:mod", "obl"})


def fronted_subject(verb: Token) -> Token | None:
    """The bare noun phrase hung on ``verb`` as a modifier before it, if any.

    Example:
        >>> # "BAMAKO (AFP) - Les ministres du Mali et du Niger ont rejeté le plan":
        >>> #   "ministres" (parsed obl:mod of "rejeté") → the subject
    """
    if "Fin" not in _verb_forms(verb):
        return None  # an infinitive or participle takes its subject elsewhere
    for child in verb.children:
        if child.i >= verb.i:
            break
        if child.dep_ in _MISREAD_SUBJECT and child.pos_ == "NOUN" and _bare(child) and _determined(child):
            return None if _in_date(child) else child
    return None


def _verb_forms(verb: Token) -> list[str]:
    """Verb forms of the verb and its auxiliaries ("ont rejeté" is finite through "ont")."""
    forms = list(features(verb, "VerbForm"))
    for child in verb.children:
        if child.dep_.startswith("aux"):
            forms.extend(features(child, "VerbForm"))
    return forms


def _in_date(token: Token) -> bool:
    """True if the word is part of a date mention ("Ce mardi, …" is when, not who)."""
    spans = token.doc.spans.get("timex", ())
    return any(span.start <= token.i < span.end for span in spans)


def _determined(token: Token) -> bool:
    """True for a full noun phrase ("les ministres"); a bare name is left to other rules."""
    return any(c.dep_ == "det" and c.i < token.i for c in token.children)


def _bare(token: Token) -> bool:
    """True if no preposition introduces the phrase ("les ministres", not "à Paris")."""
    return not any(c.dep_ in ("case", "mark") for c in token.children)
