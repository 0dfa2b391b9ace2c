"""Names listed after a collective take its members in order.

"les chefs de la diplomatie des deux pays, Irina Volkova et Dilnoza
Karimova": the first name speaks for the first of the two
countries, the second for the second. The names are read as names even
when the entity recogniser misses one (a name right after the comma is
like a name right after a title), and a person with no country of their
own gets the member's code.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.actors.match import Lexed
from pipeline.actors.names import Name, find_name
from pipeline.actors.resolved import Resolved

_JOINERS = frozenset({",", "et"})


def listed_names(lexed: Lexed, i: int) -> list[Name]:
    """", A et B" right after token ``i``: the names, or [] if the list is not all names.

    Example:
        >>> listed_names(lexed_of("des deux pays, Irina Volkova et Dilnoza Karimova"), 3)  # doctest: +SKIP
        [Name(4, 6, ()), Name(7, 9, ())]
    """
    doc = lexed.doc
    if i >= len(doc) or doc[i].text != ",":
        return []
    names: list[Name] = []
    joined = False
    j = i + 1
    while True:
        name = find_name(lexed, j, after_title=True)
        if name is None:
            # ", A et B, organisée à…": the comma after B closes the list.
            closed = joined and doc[j - 1].text == ","
            return names if closed else []
        names.append(name)
        j = name.end
        if not _continues(doc, j):
            return names if joined else []
        joined = joined or doc[j].lower_ == "et"
        j += 1


def _continues(doc: Doc, j: int) -> bool:
    """Whether the list goes on at token ``j``: "et", or a comma not followed by "et"."""
    if j + 1 >= len(doc):
        return False
    return doc[j].lower_ == "et" or (doc[j].text == "," and doc[j + 1].lower_ != "et")


def code_listed_people(doc: Doc, resolved: list[Resolved]) -> list[Resolved]:
    """Give the people listed after a ``members`` span the members' codes, in order.

    Only when there are as many names as members and none has a country of
    their own; later mentions of the same name follow.
    """
    result = list(resolved)
    learned: dict[str, str] = {}
    for k, r in enumerate(result):
        if r.kind != "members" or r.end >= len(doc) or doc[r.end].text != ",":
            continue
        listed = _following_people(doc, result, k)
        if len(listed) != len(r.members) or any(result[n].code for n in listed):
            continue
        for n, (_, code) in zip(listed, r.members, strict=True):
            result[n] = replace(result[n], code=code)
            learned[result[n].actor] = code
    return [
        replace(r, code=learned[r.actor]) if r.kind == "person" and not r.code and r.actor in learned else r
        for r in result
    ]


def _following_people(doc: Doc, resolved: list[Resolved], k: int) -> list[int]:
    """Indexes of the people right after ``resolved[k]``, joined by commas and "et"."""
    listed: list[int] = []
    last_joiner: set[str] = set()
    previous_end = resolved[k].end + 1
    for n in range(k + 1, len(resolved)):
        r = resolved[n]
        between = {t.lower_ for t in doc[previous_end : r.start]}
        if r.kind != "person" or not between <= _JOINERS or (listed and not between):
            break
        listed.append(n)
        last_joiner = between
        previous_end = r.end
    # A list closes with "et" ("A et B", "A, B et C"), as listed_names wants.
    return listed if "et" in last_joiner else []
