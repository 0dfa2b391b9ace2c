"""Hyphenated compounds that name several states: "nippo-russe", "russo-nord-coréen".

A run of pieces joined by hyphens without spaces is cut into dictionary
units: combining prefixes ("nippo", "russo", "sino"), state names and
capitals, and a final demonym ("russes", "nord-coréen"). A run that cuts
into two or more states is one ``members`` mention over its tokens. Names
joined by a hyphen that the tokenizer split ("Japon - Russie") are left to
the ordinary matcher, which gives one span each.
"""

from __future__ import annotations

from pipeline.actors.dictionary import Actor
from pipeline.actors.match import Lexed, Piece

_INNER_KINDS = frozenset({"prefix", "state", "capital"})
_LAST_KINDS = frozenset({"demonym", "state", "capital"})
_ADJECTIVE_KINDS = frozenset({"prefix", "demonym"})


def hyphen_run(lexed: Lexed, i: int) -> list[Piece]:
    """The pieces of the tokens joined to token ``i`` by hyphens, without spaces."""
    start = lexed.first_piece.get(i)
    if start is None:
        return []
    run: list[Piece] = []
    for k in range(start, len(lexed.flat)):
        piece = lexed.flat[k]
        run.append(piece)
        if not piece.last:
            continue
        following = lexed.flat[k + 1] if k + 1 < len(lexed.flat) else None
        joined = not lexed.spaced[piece.token] and following is not None
        if not (joined and (piece.key == "-" or (following is not None and following.key == "-"))):
            break
    return run


def split_compound(lexed: Lexed, run: list[Piece]) -> list[tuple[Actor, str]] | None:
    """Cut a hyphen run into (actor, kind) units, or None if it does not cut.

    Example:
        >>> split_compound(lexed, run_of("russo-nord-coréen"))  # doctest: +SKIP
        [(Actor('Russie'…), 'prefix'), (Actor('Corée du Nord'…), 'demonym')]
    """
    if not run:
        return None
    return _cut(lexed, run, 0)


def _cut(lexed: Lexed, run: list[Piece], p: int) -> list[tuple[Actor, str]] | None:
    for hit in reversed(lexed.trie.walk(run, p)):
        at_end = hit.end == len(run)
        before_hyphen = hit.end < len(run) and run[hit.end].key == "-"
        if not (at_end or before_hyphen):
            continue
        wanted = _LAST_KINDS if at_end else _INNER_KINDS
        for entry in hit.entries:
            if entry.kind in wanted and isinstance(entry.ref, Actor):
                unit = (entry.ref, entry.kind)
                if at_end:
                    return [unit]
                rest = _cut(lexed, run, hit.end + 1)
                if rest is not None:
                    return [unit, *rest]
    return None


def parse_compound(lexed: Lexed, i: int) -> tuple[int, tuple[Actor, ...]] | None:
    """The end token and the states of the compound starting at token ``i``, if any."""
    if i > 0 and not lexed.spaced[i - 1] and lexed.texts[i - 1] in {"-", "–"}:
        return None
    run = hyphen_run(lexed, i)
    if len(run) < 3:
        return None
    units = split_compound(lexed, run)
    if units is None or len(units) < 2:
        return None
    actors = tuple(dict.fromkeys(actor for actor, _ in units))
    one_token = run[0].token == run[-1].token
    adjectival = any(kind in _ADJECTIVE_KINDS for _, kind in units)
    if len(actors) < 2 or not (one_token or adjectival):
        return None
    return run[-1].token + 1, actors
