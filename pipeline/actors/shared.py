"""Names shared by several states, settled by what the rest of the document names.

"congolais" is the demonym of both Congos: the dictionary gives it to the
Republic of the Congo, so "le gouvernement congolais" in a dispatch from
Kinshasa must be moved to the RDC. ``models/actors/shared_names.tsv`` lists
such forms with their candidate states (the default first); a mention whose
state came from a shared form takes the one candidate the document names
otherwise (by name, capital, seat or one of its leaders), else keeps the
default.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.actors.dictionary import Actor, ActorDictionary, inflect, read_rows, split_field
from pipeline.actors.normalize import fold, pieces
from pipeline.actors.resolved import Resolved

#: Tokens that may stand between two parties of one list ("le Congo et la RDC").
_LIST_GLUE = frozenset({",", "et", "ou", "le", "la", "les", "l'"})


@dataclass(frozen=True)
class SharedNames:
    """Shared forms and what tells their candidates apart, read once.

    Example:
        >>> shared = SharedNames.load(book, Path("models/actors"))  # doctest: +SKIP
        >>> shared.candidates["congolais"]                           # doctest: +SKIP
        ('COG', 'COD')
    """

    #: Folded single-token form ("congolaise") → candidate codes, default first.
    candidates: dict[str, tuple[str, ...]]
    #: Candidate code → its state (name carried by ``span._.actor``).
    states: dict[str, Actor]
    #: Candidate code → the folded pieces of its own unshared surfaces
    #: ("congo-brazzaville", "republique du congo"): a mention holding one is not shared.
    own: dict[str, tuple[tuple[str, ...], ...]]
    #: Candidate code → the dictionary people coded to it ("Félix Tshisekedi").
    people: dict[str, frozenset[str]]

    @classmethod
    def load(cls, book: ActorDictionary, folder: Path) -> SharedNames:
        """Read ``shared_names.tsv`` of ``folder`` against the loaded dictionary."""
        candidates: dict[str, tuple[str, ...]] = {}
        for row in read_rows(folder / "shared_names.tsv"):
            codes = tuple(c for c in split_field(row[1] if len(row) > 1 else "") if c in book.states)
            if len(codes) < 2:
                continue
            # "masc/fem" is a demonym, inflected like countries.tsv's; else a name, as is.
            for form in inflect(row[0]) if "/" in row[0] else split_field(row[0]):
                candidates[fold(form)] = codes
        codes_used = {c for group in candidates.values() for c in group}
        shared = {tuple(pieces(form)) for form in candidates}
        own: dict[str, list[tuple[str, ...]]] = {c: [] for c in codes_used}
        for keys, entry in book.surfaces:
            ref = entry.ref
            if isinstance(ref, Actor) and ref.code in own and keys not in shared and entry.kind != "prefix":
                own[ref.code].append(keys)
        people = {c: frozenset(p.name for p in book.people if p.code == c) for c in codes_used}
        states = {c: book.states[c] for c in codes_used}
        return cls(candidates, states, {c: tuple(v) for c, v in own.items()}, people)

    def group_of(self, r: Resolved, folded: Sequence[str]) -> tuple[str, ...]:
        """The candidates of the shared form that gave ``r`` its default state, if any.

        Example:
            "le gouvernement congolais" (COG) → ("COG", "COD");
            "la République du Congo" (COG, an alias of its own) → ().
        """
        group = next((self.candidates[w] for w in folded[r.start : r.end] if w in self.candidates), ())
        if not group or not _holds(r, group[0]):
            return ()
        return () if self._spells(r, group[0], folded) else group

    def names(self, r: Resolved, folded: Sequence[str]) -> list[str]:
        """The candidate codes ``r`` names by itself, not through a shared form or coreference.

        Example:
            "Kinshasa", "la RDC", "Félix Tshisekedi" → ["COD"]; "l'armée"
            (resolved to an earlier "armée congolaise") → [].
        """
        codes = [c for c in _codes(r) if c in self.own]
        if r.kind == "person":
            return [c for c in codes if r.actor in self.people[c]]
        return [c for c in codes if self._spells(r, c, folded)]

    def _spells(self, r: Resolved, code: str, folded: Sequence[str]) -> bool:
        """Whether the span of ``r`` holds one of the state's own, unshared forms."""
        span = tuple(pieces(" ".join(folded[r.start : r.end])))
        return any(_contains(span, keys) for keys in self.own[code])


def settle_shared(resolved: list[Resolved], folded: Sequence[str], shared: SharedNames) -> list[Resolved]:
    """Give each shared-form mention the one candidate the document names otherwise.

    One pass sorts the mentions into shared ones and the codes the others
    name; a candidate named only as the next party of a list ("le Congo et
    la RDC") is another party, not this one.

    Example:
        "Kinshasa accuse Kigali … le gouvernement congolais" → the
        "gouvernement congolais" mention becomes COD.
    """
    if not shared.candidates:
        return resolved
    groups = [shared.group_of(r, folded) for r in resolved]
    if not any(groups):
        return resolved
    named: dict[str, list[Resolved]] = {}
    for r, group in zip(resolved, groups, strict=True):
        if not group:
            for code in shared.names(r, folded):
                named.setdefault(code, []).append(r)
    out = list(resolved)
    for i, (r, group) in enumerate(zip(resolved, groups, strict=True)):
        if not group:
            continue
        found = [c for c in group if any(not _listed_with(r, o, folded) for o in named.get(c, ()))]
        if len(found) == 1 and found[0] != group[0]:
            out[i] = _recode(r, shared.states[group[0]], shared.states[found[0]])
    return out


def _codes(r: Resolved) -> Iterable[str]:
    """Codes a mention names: its own, or its members'."""
    return [code for _, code in r.members] if r.members else [r.code] if r.code else []


def _holds(r: Resolved, code: str) -> bool:
    """Whether ``r`` is the state ``code`` itself or a set with it (not a named person)."""
    if r.kind == "members":
        return any(c == code for _, c in r.members)
    return r.kind == "state" and r.code == code


def _contains(span: tuple[str, ...], keys: tuple[str, ...]) -> bool:
    """Whether ``keys`` occur in a row inside ``span``."""
    n = len(keys)
    return any(span[k : k + n] == keys for k in range(len(span) - n + 1))


def _listed_with(a: Resolved, b: Resolved, folded: Sequence[str]) -> bool:
    """Whether two mentions are neighbours in one list ("le Congo et la RDC")."""
    left, right = (a, b) if a.start < b.start else (b, a)
    gap = folded[left.end : right.start]
    return 0 < len(gap) <= 3 and all(w in _LIST_GLUE for w in gap) and any(w in {",", "et", "ou"} for w in gap)


def _recode(r: Resolved, old: Actor, new: Actor) -> Resolved:
    """``r`` with ``old`` replaced by ``new`` (in its members too)."""
    if r.kind != "members":
        return replace(r, actor=new.name, code=new.code)
    members = tuple((new.name, new.code) if c == old.code else (n, c) for n, c in r.members)
    return replace(r, actor=" et ".join(n for n, _ in members), members=members)
