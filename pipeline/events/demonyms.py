"""Demonym adjectives on event objects: "le tir nord-coréen", "des diplomates russes".

The actor component marks demonyms only after the nouns of people and
bodies it knows ("le ministre russe"); on the object of an event ("condamner
le tir nord-coréen", "expulser des diplomates russes") the adjective still
names the party acted on or with. The table comes from the actor
dictionary's own demonym forms, so the two stages agree.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from pipeline.actors.dictionary import Actor, ActorDictionary
from pipeline.actors.normalize import pieces

#: Folded demonym pieces → (actor name, code, kind).
DemonymTable = Mapping[tuple[str, ...], tuple[str, str, str]]


def demonym_table(book: ActorDictionary) -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Every demonym form of the dictionary with the actor it names.

    Example:
        >>> # demonym_table(book)[("nord", "-", "coreen")] → ("Corée du Nord", "PRK", "state")
    """
    table: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for keys, entry in book.surfaces:
        ref = entry.ref
        if entry.kind == "demonym" and isinstance(ref, Actor):
            table.setdefault(keys, (ref.name, ref.code, ref.kind))
    return table


def demonym_modifiers(head: Token, table: DemonymTable) -> list[tuple[Token, tuple[str, str, str]]]:
    """The demonym adjectives right on ``head`` with the actors they name.

    Example:
        >>> # head "tir" of "le tir nord-coréen" → [(nord-coréen, ("Corée du Nord", "PRK", "state"))]
    """
    found = []
    for child in head.children:
        if child.dep_ != "amod" or child.pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        # "des chasseurs polonais et néerlandais": the coordinated adjectives too.
        for adjective in [child, *(c for c in child.children if c.dep_ == "conj")]:
            actor = table.get(tuple(pieces(adjective.text)))
            if actor is not None:
                found.append((adjective, actor))
    if found:
        # "des ingénieurs kazakhs et ouzbeks": the parser hangs the second
        # adjective on the noun as a bare conjunct; a bare demonym there is one.
        for conjunct in head.children:
            actor = table.get(tuple(pieces(conjunct.text))) if conjunct.dep_ == "conj" else None
            if actor is not None and not any(c.dep_ == "det" for c in conjunct.children):
                found.append((conjunct, actor))
    return found
