"""Phrases that stand for a fixed set of states: "les deux Corées", "les pays baltes et nordiques".

The sets are data (``titles.tsv``: class ``fixed_members`` for a whole
phrase, ``region_adj`` for an adjective after a state head such as "pays"
or "États"; the role column lists the codes). Such a phrase is one
``members`` mention, so an event on it reaches every state it names.
"""

from __future__ import annotations

from pipeline.actors.dictionary import Actor, Title
from pipeline.actors.match import Lexed

#: What may join two regional adjectives ("baltes et nordiques", "baltes, nordiques").
_JOINERS = frozenset({"et", ","})


def _codes_actors(lexed: Lexed, ref: object) -> list[Actor]:
    """The states a ``fixed_members``/``region_adj`` row lists ("EST|LVA|LTU")."""
    if not isinstance(ref, Title):
        return []
    found = (lexed.actors.get(code.strip()) for code in ref.role.split("|"))
    return [actor for actor in found if actor is not None]


def parse_fixed_set(lexed: Lexed, i: int) -> tuple[int, tuple[Actor, ...]] | None:
    """"deux Corées" at token ``i``: (end, states), else None.

    Example:
        >>> parse_fixed_set(lexed_of("les deux Corées"), 1)  # doctest: +SKIP
        (3, (Actor('Corée du Nord'…), Actor('Corée du Sud'…)))
    """
    found = lexed.find(i, ("fixed_members",))
    if found is None:
        return None
    actors = _codes_actors(lexed, found.entry.ref)
    return (found.end, tuple(actors)) if len(actors) >= 2 else None


def parse_region_set(lexed: Lexed, i: int) -> tuple[int, tuple[Actor, ...]] | None:
    """A state head and coordinated regional adjectives: "pays baltes et nordiques".

    Example:
        >>> parse_region_set(lexed_of("les pays baltes et nordiques"), 1)  # doctest: +SKIP
        (5, (Actor('Estonie'…), …, Actor('Suède'…)))
    """
    head = lexed.find(i, ("state_head",))
    if head is None:
        return None
    actors: list[Actor] = []
    j = head.end
    while True:
        region = lexed.find(j, ("region_adj",))
        if region is None:
            break
        actors.extend(_codes_actors(lexed, region.entry.ref))
        end = j = region.end
        if j + 1 < len(lexed.lowers) and lexed.lowers[j] in _JOINERS:
            j += 1
    if not actors:
        return None
    unique = tuple(dict.fromkeys(actors))
    return (end, unique) if len(unique) >= 2 else None
