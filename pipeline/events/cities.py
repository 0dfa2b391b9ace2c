"""Cities hit by a hostile act: "des frappes sur Kharkiv", "bombarder Alep".

A city other than a capital is no actor: "Alep a voté" is rare and "une
réunion à Alep" names a place, not a party. But the city an attack,
a bombing or a seizure hits stands for its state, the side that takes the
blow. The gazetteer (``models/actors/cities.tsv``) is read once, and used
only to fill the missing target of the hostile types listed in the cue
class ``city_target_types``.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from spacy.tokens import Token

from pipeline.actors.dictionary import ActorDictionary
from pipeline.actors.normalize import fold
from pipeline.events.arguments import Party
from pipeline.events.frame import Frame
from pipeline.extensions import doc_text

#: Folded city name → (state name, state code).
CityTable = Mapping[str, tuple[str, str]]

#: Dependencies by which a target hangs on its trigger ("bombarder Alep", "frappes sur Alep").
_TARGET_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod"})
#: Prepositions that mark a target: "sur", "contre", "de" ("la prise de Goma"), "à" ("frappe à Kharkiv").
_TARGET_CASES = frozenset({"sur", "contre", "de", "d'", "d’", "à", "vers"})
#: Prepositions of the city a place noun belongs to: "la ville de Goma", "le port d'Odessa".
_GENITIVE_CASES = frozenset({"de", "d'", "d’", "du"})


def city_table(book: ActorDictionary, path: Path) -> dict[str, tuple[str, str]]:
    """Read the gazetteer, keeping cities whose state the dictionary knows.

    Example:
        >>> # city_table(book, path)["kharkiv"] → ("Ukraine", "UKR")
    """
    table: dict[str, tuple[str, str]] = {}
    if not path.exists():
        return table
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows[1:]:
        if len(row) < 2 or not row[0] or row[0].startswith("#"):
            continue
        state = book.states.get(row[1].strip())
        if state is not None:
            table.setdefault(fold(row[0].strip()), (state.name, state.code))
    return table


def city_targets(frames: list[Frame], table: CityTable, types: frozenset[str]) -> None:
    """Give a hostile act with no target the state of the city it hits.

    Example:
        >>> # "La Russie a bombardé Kharkiv." → ASSAULT Russie → Ukraine
    """
    if not table:
        return
    for frame in frames:
        if frame.event_type not in types or frame.partners or not frame.actors:
            continue
        keys = {a.key for a in frame.actors}
        for token in frame.trigger.children:
            party = _city_party(token, table)
            if party is not None and party.key not in keys:
                frame.partners = [party]
                frame.rule = f"{frame.rule}_city"
                break


def _city_party(token: Token, table: CityTable) -> Party | None:
    """The state of the city ``token`` heads as a target, if any.

    The city may be named directly ("bombarder Alep") or as the genitive of
    a common noun, the place or site hit ("la ville d'Alep", "le dépôt de
    carburant de Kosti").
    """
    if token.dep_ not in _TARGET_DEPS or token.pos_ not in ("PROPN", "NOUN"):
        return None
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    if cases and cases[0] not in _TARGET_CASES:
        return None  # "depuis Alep", "près d'Alep": not the place hit
    if token.dep_ == "obj" and cases:
        return None
    if not token.text[:1].isupper():
        return genitive_city(token, table)
    return named_city(token, table)


def named_city(token: Token, table: CityTable) -> Party | None:
    """The state of the capitalised city name at ``token`` ("Kharkiv", "El-Obeid"), if known.

    The name runs over its ``flat`` dependents and over hyphens written
    without spaces, which the parser often splits into sibling nodes.

    Example:
        >>> # token "El" of "la ville d'El-Obeid" → Party("Soudan", "SDN", …)
    """
    if not token.text[:1].isupper():
        return None
    name = [token, *(c for c in token.children if c.dep_ in ("flat", "flat:name"))]
    name.sort(key=lambda t: t.i)
    start, end = name[0], name[-1]
    doc = token.doc
    while end.i + 2 < len(doc) and end.whitespace_ == "" and doc[end.i + 1].text == "-" and not doc[end.i + 1].whitespace_:
        end = doc[end.i + 2]  # "El-Obeid" split as El / - / Obeid
    text = doc_text(doc)[start.idx:end.idx + len(end.text)]
    found = table.get(fold(text)) or table.get(fold(token.text))
    if found is None:
        return None
    return Party(found[0], found[1], "state", start.idx, end.idx + len(end.text))


def genitive_city(noun: Token, table: CityTable, depth: int = 2) -> Party | None:
    """The state of a city named as the genitive of a common noun ("la ville de Goma").

    Reads ``depth`` levels of "de" phrases, so that the site of a city
    ("le dépôt de carburant de Kosti") stands for the city's state.

    Example:
        >>> # "la cité de Kamanyola" (token "cité") → Party("République démocratique du Congo", "COD", …)
    """
    for child in noun.children:
        if child.dep_ != "nmod" or child.i < noun.i:
            continue
        cases = [c.lower_ for c in child.children if c.dep_ == "case"]
        if not cases or cases[0] not in _GENITIVE_CASES:
            continue
        if child.text[:1].isupper():
            party = named_city(child, table)
        elif depth > 1 and child.pos_ == "NOUN":
            party = genitive_city(child, table, depth - 1)
        else:
            party = None
        if party is not None:
            return party
    return None
