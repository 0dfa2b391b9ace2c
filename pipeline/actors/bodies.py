"""Named bodies after a class noun: "la société publique coréenne Komir", "le pétrolier Eagle S".

A company, a ship or another body that is no state is introduced by a head
noun of its class (``named_head`` in ``titles.tsv``), optional qualifiers
(adjectives, demonyms, further class nouns: "le groupe pétrolier américain")
and its proper name. The name is the actor, with an empty code (spec,
section 2: the state it comes from is not the state it speaks for), so it is
scored by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.actors.dictionary import Actor
from pipeline.actors.match import Lexed

#: Forms a name may not begin with: those readings are the dictionary's
#: ("le groupe État islamique", "le navire Russie" are not new bodies).
_KNOWN_KINDS = frozenset(
    {"state", "capital", "seat", "org", "person", "surname", "demonym", "person_head", "state_head"}
)
#: How many qualifier words may separate the head from the name.
_MAX_QUALIFIERS = 3
#: How many words a body's name may run ("Kazakhstan Temir Zholy").
_MAX_NAME = 4
_HYPHENS = frozenset({"-", "‑", "&"})
#: Articles of a name set off by a comma after its class noun ("le navire, le Kirana,").
_APPOSITION_DETS = frozenset({"le", "la", "l'", "l’"})


@dataclass(frozen=True)
class Body:
    """A named body at tokens ``[start, end)``; its name is tokens ``[name_start, end)``."""

    start: int
    name_start: int
    end: int

    def actor(self, lexed: Lexed) -> Actor:
        """The body as an actor with no code, named as the text writes it."""
        return Actor(lexed.doc[self.name_start : self.end].text, "", "org")


def parse_named_body(lexed: Lexed, i: int) -> Body | None:
    """A class noun at ``i``, its qualifiers, then a proper name; else None.

    Example:
        >>> parse_named_body(lexed_of("la société coréenne Komir"), 1)  # doctest: +SKIP
        Body(start=1, name_start=3, end=4)
    """
    head = lexed.find(i, ("named_head",))
    # A capitalised head is part of a name itself ("la Société générale").
    if head is None or not lexed.texts[i][:1].islower():
        return None
    j = _past_apposition(lexed, _past_qualifiers(lexed, head.end))
    end = _name_end(lexed, j)
    return Body(i, j, end) if end > j else None


def _past_apposition(lexed: Lexed, j: int) -> int:
    """Skip ", le" before a name in apposition ("le navire, le Kirana, battant pavillon")."""
    lowers = lexed.lowers
    if j + 2 < len(lowers) and lowers[j] == "," and lowers[j + 1] in _APPOSITION_DETS:
        return j + 2
    return j


def named_again(lexed: Lexed, names: set[str], taken: set[int]) -> list[tuple[int, int, str]]:
    """Later or earlier bare uses of the bodies' ``names`` ("le Kirana a ralenti").

    A name once introduced by its class noun stands for the body anywhere in
    the article; tokens in ``taken`` belong to other mentions.

    Returns:
        (start, end, name) of each use, in order.
    """
    words = {name: name.split() for name in names}
    if not words:
        return []
    found: list[tuple[int, int, str]] = []
    texts = lexed.texts
    for k in range(len(texts)):
        for name, parts in words.items():
            end = k + len(parts)
            if texts[k:end] == parts and not taken.intersection(range(k, end)):
                found.append((k, end, name))
                taken.update(range(k, end))
    return found


def _past_qualifiers(lexed: Lexed, j: int) -> int:
    """Skip "publique", "pétrolier", "sud-coréen": adjectives, demonyms and class nouns."""
    for _ in range(_MAX_QUALIFIERS):
        form = lexed.find(j, ("demonym", "named_head"))
        if form is not None:
            j = form.end
        elif j < len(lexed.doc) and lexed.doc[j].pos_ == "ADJ" and lexed.texts[j][:1].islower():
            j += 1
        else:
            break
    return j


def _name_end(lexed: Lexed, j: int) -> int:
    """End of the proper name at ``j`` (``j`` itself if there is none).

    Capitalised words, digits and single capitals ("Eagle S", "Eternity C"),
    joined by hyphens; the name stops at a line break. Its first word must
    begin no dictionary form, which other readings own.
    """
    doc = lexed.doc
    if j >= len(doc) or not _capitalised(lexed.texts[j]) or lexed.kinds_at(j) & _KNOWN_KINDS:
        return j
    end = j + 1
    while end < len(doc) and end - j < _MAX_NAME and "\n" not in doc[end - 1].whitespace_:
        text = lexed.texts[end]
        if _capitalised(text) or text.isdigit():
            end += 1
        elif text in _HYPHENS and end + 1 < len(doc) and _capitalised(lexed.texts[end + 1]):
            end += 2
        else:
            break
    return end


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text[:1].isalpha()
