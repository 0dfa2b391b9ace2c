"""A person named as the owner of a title is not its holder.

"Le conseiller du président Donald Trump pour l'Afrique, Massad Boulos, s'est
rendu à Alger": the phrase names two people, but the one who travels is the
holder of the title, given in apposition after a comma; the person in the
genitive ("du président Donald Trump") only says whose adviser he is.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

_GENITIVE_CASES = frozenset({"de", "du", "des", "d'"})


def _is_genitive_of(span: Span, head: Token) -> bool:
    """True when the span hangs on ``head`` by "de" ("le conseiller du président X")."""
    root = span.root
    if root.head.i != head.i or root.i == head.i or not root.dep_.startswith("nmod"):
        return False
    before = root.doc[span.start - 1] if span.start > 0 else None
    cases = {c.lower_ for c in root.children if c.dep_ == "case"}
    return bool(cases & _GENITIVE_CASES) or (before is not None and before.lower_ in _GENITIVE_CASES)


def _is_named_holder(span: Span) -> bool:
    """True for a name set off by a comma in apposition: "…, Massad Boulos,".

    The parser may label it ``conj`` of the noun before the comma ("pour
    l'Afrique, Massad Boulos"): with no "et"/"ou" it is still an apposition.
    """
    root = span.root
    appositive = root.dep_ == "appos" or (
        root.dep_ == "conj" and not any(c.dep_ == "cc" for c in root.children)
    )
    return appositive and span.start > 0 and span.doc[span.start - 1].text == ","


def _appositive_title_owners(head: Token, spans: Sequence[Span]) -> list[Span]:
    """The people in the genitive of a title set in apposition to a named person.

    Example:
        >>> # "Anna Weber, adjointe de l'envoyé spécial Tom Baker" → [Tom Baker]
    """
    titles = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return [
        s for s in spans
        if s._.actor_kind == "person" and head not in s and any(_is_genitive_of(s, t) for t in titles)
    ]


def without_title_owners(head: Token, spans: Sequence[Span], subtree: Sequence[Span]) -> list[Span]:
    """Put the title's named holder in place of the person in its genitive.

    ``spans`` are the phrase's actor spans, ``subtree`` those of the head's
    whole subtree: the parser often hangs the holder's apposition on the last
    noun before the comma ("pour l'Afrique, Massad Boulos"), out of the phrase.

    Example:
        >>> # "Le conseiller du président Joe Miller pour l'Asie, Tom Baker," → [Tom Baker]
        >>> # "Le conseiller du président Joe Miller" → [Joe Miller] (no holder named)
        >>> # "Anna Weber, adjointe du président Joe Miller" → [Anna Weber]
    """
    if head.pos_ == "PROPN":
        # "Anna Weber, adjointe de l'envoyé Tom Baker": she is the party, he names her title.
        owners = _appositive_title_owners(head, spans)
        return [s for s in spans if s not in owners]
    if head.pos_ != "NOUN":
        return list(spans)
    owners = [s for s in spans if s._.actor_kind == "person" and _is_genitive_of(s, head)]
    if not owners:
        return list(spans)
    holders = [s for s in subtree if s.start > owners[0].end and _is_named_holder(s) and s._.actor_kind == "person"]
    if not holders:
        return list(spans)
    holder = holders[0]
    kept = [s for s in spans if s not in owners or s.end > holder.start]
    return kept if holder in kept else [holder, *kept]
