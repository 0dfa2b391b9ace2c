"""Tests on the parse read from a Doc's token columns, by token index.

The argument rules walk many small subtrees (the tokens of a noun phrase,
the prepositions of its modifiers). Doing so with spaCy Tokens builds an
object per visit and looks up a string per attribute; these helpers answer
the same questions from the :class:`~pipeline.doc_context.DocContext`
columns, for the walks that run on every argument of every trigger. Each
says which Token-based test it stands for: both must answer alike.

Example:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> vocab = spacy.blank("fr").vocab
    >>> doc = Doc(vocab, words=["la", "visite", "de", "Koizumi"], heads=[1, 1, 3, 1],
    ...           deps=["det", "ROOT", "case", "nmod"])
    >>> cases_at(3, DocContext(doc))
    ['de']
"""

from __future__ import annotations

from pipeline.doc_context import DocContext


def cases_at(i: int, context: DocContext) -> list[str]:
    """Lower-case words of the ``case`` children of token ``i``, in text order."""
    deps, lowers = context.deps, context.lowers
    return [lowers[c] for c in context.children[i] if deps[c] == "case"]


def gender_clash_at(participle: int, noun: int, context: DocContext) -> bool:
    """``arguments._gender_clash`` of tokens ``participle`` and ``noun``."""
    mine = context.feature(participle, "Gender")
    theirs = context.feature(noun, "Gender")
    return bool(mine and theirs and mine != theirs)


def stray_phrase_at(i: int, context: DocContext) -> bool:
    """``arguments.is_stray_phrase`` of token ``i``: an article, no preposition, under a name."""
    head = context.heads[i]
    deps = context.deps
    children = context.children[i]
    return (
        context.pos_[head] == "PROPN"
        and i > head
        and not any(deps[c] == "case" for c in children)
        and any(deps[c] == "det" and c < i for c in children)
    )


def has_child_dep(i: int, dep: str, context: DocContext) -> bool:
    """True if token ``i`` has a child attached as ``dep``."""
    deps = context.deps
    return any(deps[c] == dep for c in context.children[i])


def subtree_at(i: int, context: DocContext) -> list[int]:
    """Indices of ``token.subtree`` of token ``i`` (``i`` and all its descendants), unordered.

    Example:
        >>> # "la visite de Koizumi" at "visite" → [1, 0, 3, 2] (any order)
    """
    children = context.children
    found = [i]
    for k in found:  # the list grows while it is read: a breadth-first walk
        found.extend(children[k])
    return found
