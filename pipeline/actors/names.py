"""Person names: dictionary people, NER ``PER`` entities, capitalised runs after a title.

"le président kazakh Kassym-Jomart Tokaïev" → a dictionary person;
"le ministre japonais Taro Yamada" → an unknown person found by NER or, after
a title, by a run of capitalised words.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.actors.dictionary import Person
from pipeline.actors.match import Lexed
from pipeline.actors.normalize import fold

#: Kinds of dictionary forms that are not names, so a capitalised run stops there.
_NOT_NAME_KINDS = frozenset(
    {"state", "capital", "seat", "org", "demonym", "person_head", "state_head", "honorific"}
)
#: Lower-case particles allowed inside a name ("Ali bin Hamad", "Ursula von der Leyen").
_PARTICLES = frozenset({"von", "der", "van", "de", "bin", "ben", "al", "el", "ibn", "abu"})
_MAX_NAME_TOKENS = 5
_NOT_NAME_POS = frozenset({"NOUN", "ADJ", "VERB", "ADP", "DET", "PRON"})


@dataclass(frozen=True)
class Name:
    """A person's name at tokens ``[start, end)`` with its dictionary candidates.

    ``candidates`` is empty for an unknown person, has one element for a
    full dictionary name and may have several for a bare family name
    ("Koizumi": Junichiro or Shinjiro).
    """

    start: int
    end: int
    candidates: tuple[Person, ...]


def dictionary_name(lexed: Lexed, i: int) -> Name | None:
    """A dictionary person (full name or family name) starting at token ``i``."""
    full = lexed.find_all(i, "person")
    if full:
        return Name(i, full[0].end, _people(f.entry.ref for f in full))
    family = lexed.find_all(i, "surname")
    if family:
        return Name(i, family[0].end, _people(f.entry.ref for f in family))
    return None


def _people(refs: object) -> tuple[Person, ...]:
    seen: dict[str, Person] = {}
    for ref in refs:  # type: ignore[attr-defined]
        if isinstance(ref, Person):
            seen.setdefault(ref.name + "|" + ref.code, ref)
    return tuple(seen.values())


def entity_name(lexed: Lexed, i: int) -> Name | None:
    """A NER ``PER`` entity starting at token ``i``, cut at a line break.

    Entities whose first word the tagger reads as a common noun or adjective
    ("Situation Intérieure" in a title-case heading), or that are exactly a
    state, capital or organisation name ("Tokyo" mistagged), are not names.
    """
    if i not in lexed.person_starts:
        return None  # begins no PER entity: spares building a Token
    doc = lexed.doc
    token = doc[i]
    if not (token.ent_iob_ == "B" and token.ent_type_ == "PER"):
        return None
    if token.pos_ in _NOT_NAME_POS or not token.text[:1].isupper():
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and not doc[end].is_space:
        if "\n" in doc[end - 1].whitespace_:
            break
        end += 1
    place = lexed.find(i, ("state", "capital", "seat", "org"))
    if place is not None and place.end >= end:
        return None
    return Name(i, end, ())


def capitalised_run(lexed: Lexed, i: int) -> Name | None:
    """Capitalised words starting at ``i`` ("Isiba", "Jean-Yves Le Drian").

    Only used right after a title or "M.", where a capitalised word is a name.
    """
    doc = lexed.doc
    end = i
    while end < len(doc) and end - i < _MAX_NAME_TOKENS:
        token = doc[end]
        if end > i and lexed.kinds_at(end) & _NOT_NAME_KINDS:
            break
        capitalised = token.text[:1].isupper() and token.text[:1].isalpha()
        hyphen = end > i and token.text in {"-", "‑"} and end + 1 < len(doc)
        if capitalised or hyphen:
            end += 1
        elif end > i and token.text.lower() in _PARTICLES and end + 1 < len(doc):
            # "Ali bin Hamad"; "Mohammed al-Khulaifi", tokenised "al", "-", "Khulaifi".
            following = doc[end + 1]
            hyphened = following.text in {"-", "‑"} and end + 2 < len(doc) and doc[end + 2].text[:1].isupper()
            if not (following.text[:1].isupper() or hyphened):
                break
            end += 1
        else:
            break
    while end > i and not doc[end - 1].text[:1].isalpha():
        end -= 1
    if end == i or lexed.kinds_at(i) & _NOT_NAME_KINDS:
        return None
    return Name(i, end, ())


def find_name(lexed: Lexed, i: int, after_title: bool) -> Name | None:
    """The longest name starting at token ``i``.

    A dictionary name wins over an entity of the same length, since it
    brings the person's country; a bare capitalised run counts only after a
    title.
    """
    if i >= len(lexed.doc):
        return None
    options = [dictionary_name(lexed, i), entity_name(lexed, i)]
    if after_title:
        options.append(capitalised_run(lexed, i))
    found = [n for n in options if n is not None]
    if not found:
        return None
    best = max(found, key=lambda n: (n.end, bool(n.candidates)))
    if not best.candidates and best.end - best.start > 1:
        # "Sergei B. Ivanov" found by NER ends with a dictionary family name:
        # the same person if the first names agree on their initial.
        tail = dictionary_name(lexed, best.end - 1)
        initial = fold(lexed.doc[best.start].text)[:1]
        if tail is not None and tail.end == best.end:
            same = tuple(p for p in tail.candidates if fold(p.name)[:1] == initial)
            return Name(best.start, best.end, same)
    return best
