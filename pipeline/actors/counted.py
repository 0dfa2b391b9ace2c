"""Counted collectives beyond two: "les trois pays", "les quatre ministres".

"Les ministres du Mali, du Burkina Faso et du Niger ont rejeté … Les trois
pays ont quitté la CEDEAO": the count points back to the last list of
exactly that many parties, a few sentences before. The nouns are the ones
of the "deux …" collectives (``titles.tsv``), the number words are data
(``counts.json``). With no list of that size nearby, nothing is resolved:
a guess would put the wrong members in every row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc

from pipeline.actors.resolved import Resolved, sentence_index

#: Determiners that open a counted collective.
_OPENERS = frozenset({"les", "ces", "leurs"})
#: Words allowed between the parties of a list ("la France, le Royaume-Uni et l'Allemagne").
_LIST_GLUE = frozenset({",", "et", "le", "la", "l'", "l’", "les", "du", "de", "des", "d'", "d’", "de la"})
#: How many sentences (or paragraph breaks) back the list may be: the count
#: must match exactly, so a list from earlier in the article is still the one meant.
_REACH = 30


def load_counts(folder: Path) -> dict[str, int]:
    """The number words of ``counts.json`` (word → count), without documentation keys.

    Example:
        >>> load_counts(Path("models/actors"))["trois"]          # doctest: +SKIP
        3
    """
    path = folder / "counts.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: int(v) for k, v in data.items() if not k.startswith("_")}


def collective_nouns(phrases: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The nouns of the two-party collectives: "deux chefs d'état" → ("chefs", "d'", "état").

    Example:
        >>> sorted(collective_nouns(["deux pays", "bilatéral"]))
        [('pays',)]
    """
    nouns = set()
    for phrase in phrases:
        words = phrase.lower().replace("'", "' ").split()
        if len(words) >= 2 and words[0] == "deux":
            nouns.add(tuple(words[1:]))
    return frozenset(nouns)


def counted_collectives(
    doc: Doc,
    resolved: list[Resolved],
    counts: dict[str, int],
    nouns: frozenset[tuple[str, ...]],
    lowers: list[str] | None = None,
    sentence_of: list[int] | None = None,
) -> list[Resolved]:
    """Members mentions for "les N <noun>" that point back to a list of N parties.

    ``lowers`` (``token.lower_`` of every token) and ``sentence_of`` (see
    :func:`~pipeline.actors.resolved.sentence_index`) are read here unless
    the caller has them.

    Example:
        >>> # "Le Mali, le Niger et le Burkina Faso … Les trois pays ont quitté …"
        >>> #   → Resolved(…, kind="members", members=(Mali, Niger, Burkina Faso))
    """
    if not counts or not nouns:
        return []
    lowers = lowers if lowers is not None else [t.lower_ for t in doc]
    # Only "les"/"ces"/"leurs" before a number word can open one: most documents have none.
    openers = [i for i in range(len(doc) - 2) if lowers[i] in _OPENERS and counts.get(lowers[i + 1], 0) >= 3]
    if not openers:
        return []
    taken = {i for r in resolved for i in range(r.start, r.end)}
    sentence_of = sentence_of if sentence_of is not None else sentence_index(doc)
    found: list[Resolved] = []
    for i in openers:
        size = counts[lowers[i + 1]]
        if i + 1 in taken:
            continue
        end = _noun_end(lowers, i + 2, nouns)
        if end is None or any(k in taken for k in range(i, end)):
            continue
        members = _last_list(doc, resolved, i, size, sentence_of)
        if members:
            names = " et ".join(name for name, _ in members)
            found.append(Resolved(i + 1, end, names, "", "members", members))
    return found


def _noun_end(lowers: list[str], j: int, nouns: frozenset[tuple[str, ...]]) -> int | None:
    """End of the collective noun starting at token ``j``, if one starts there."""
    for noun in sorted(nouns, key=len, reverse=True):
        if tuple(lowers[j : j + len(noun)]) == noun:
            return j + len(noun)
    return None


def _last_list(
    doc: Doc, resolved: list[Resolved], at: int, size: int, sentence_of: list[int]
) -> tuple[tuple[str, str], ...]:
    """The last list of exactly ``size`` coded parties before token ``at``, within reach."""
    here = sentence_of[at]
    earlier = [r for r in resolved if r.end <= at and here - sentence_of[r.start] <= _REACH]
    for k in range(len(earlier) - 1, -1, -1):
        r = earlier[k]
        if r.kind == "members" and len(r.members) == size:
            return r.members
        if k + 1 < len(earlier) and _glued(doc, r, earlier[k + 1]):
            continue  # inside a longer list: only its whole length counts
        run = _run_ending_at(doc, earlier, k)
        if len(run) == size and len({c for _, c in run}) == size:
            return tuple(run)
    return ()


def _run_ending_at(doc: Doc, earlier: list[Resolved], k: int) -> list[tuple[str, str]]:
    """Coded states listed one after the other and ending with ``earlier[k]``."""
    run = [earlier[k]]
    while k > 0:
        before, after = earlier[k - 1], run[0]
        if not _glued(doc, before, after):
            break
        run.insert(0, before)
        k -= 1
    if any(r.kind != "state" or not r.code for r in run):
        return []
    return [(r.actor, r.code) for r in run]


def _glued(doc: Doc, before: Resolved, after: Resolved) -> bool:
    """True if two coded states follow each other in a list ("le Mali, le Niger")."""
    glue = {t.lower_ for t in doc[before.end : after.start]}
    coded = before.kind == after.kind == "state" and bool(before.code and after.code)
    return coded and bool(glue) and glue <= _LIST_GLUE
