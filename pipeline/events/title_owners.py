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
    """True for a name set off by a comma in apposition: "…, Massad Boulos,"."""
    return span.root.dep_ == "appos" and span.start > 0 and span.doc[span.start - 1].text == ","


def without_title_owners(head: Token, spans: Sequence[Span], subtree: Sequence[Span]) -> list[Span]:
    """Put the title's named holder in place of the person in its genitive.

    ``spans`` are the phrase's actor spans, ``subtree`` those of the head's
    whole subtree: the parser often hangs the holder's apposition on the last
    noun before the comma ("pour l'Afrique, Massad Boulos"), out of the phrase.

    Example:
        >>> # "Le conseiller du président Joe Miller pour l'Asie, Tom Baker," → [Tom Baker]
        >>> # "Le conseiller du président Joe Miller" → [Joe Miller] (no holder named)
    """
    if head.pos_ != "NOUN":
        return list(spans)
    owners = [s for s in spans if s._.actor_kind == "person" and _is_genitive_of(s, head)]
    holders = [
        s for s in subtree
        if _is_named_holder(s) and s._.actor_kind == "person" and owners and s.start > owners[0].end
    ]
    if not holders:
        return list(spans)
    holder = holders[0]
    kept = [s for s in spans if s not in owners or s.end > holder.start]
    return kept if holder in kept else [holder, *kept]
