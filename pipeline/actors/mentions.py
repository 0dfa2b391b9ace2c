"""Assemble actor mentions from dictionary forms, titles and names.

Left to right, at each token the longest of the candidate readings wins
(ties go to the earlier reading in :func:`_readings`), then the scan jumps
past it, so mentions never overlap. Resolution to canonical names happens
later, in :mod:`pipeline.actors.coref`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.actors.bodies import named_again, parse_named_body
from pipeline.actors.compounds import parse_compound
from pipeline.actors.dictionary import Actor, Person, Title
from pipeline.actors.documents import act_demonym, document_name_end
from pipeline.actors.listing import listed_names
from pipeline.actors.match import Lexed
from pipeline.actors.names import Name, find_name
from pipeline.actors.sets import parse_fixed_set, parse_region_set
from pipeline.actors.titles import Phrase, parse_bare_body, parse_state_phrase, parse_title

_APPOSITION_DETS = frozenset({"le", "la", "l'", "l’", "les"})
#: Role of a body named after its class noun ("le pétrolier Eagle S"), named again later.
_BODY = "body"
#: How many words a title's portfolio may run ("pour l'Afrique de l'Ouest et le Sahel").
_PORTFOLIO_WORDS = 9
#: Punctuation that may sit inside a portfolio ("Moyen-Orient", "l'Afrique").
_NAME_PUNCT = frozenset({"-", "‑", "'", "’"})
#: Offices a bare definite title refers back by ("le chef de l'État" → the head of state named before).
_BARE_ROLES = frozenset({"head_of_state", "head_of_government", "foreign", "defence", "spokesperson"})
#: Kinds of forms that a reading, a named text or a place can begin with
#: ("de" alone, a ``link``, begins none of them).
_START_KINDS = frozenset(
    {
        "document_head", "place", "person_head", "honorific", "person", "surname",
        "state_head", "state_head_adj", "fixed_members", "act_head", "det",
        "collective_person", "collective_state", "org", "state", "capital", "seat",
        "named_head",
    }
)


@dataclass(frozen=True)
class Mention:
    """An unresolved actor mention at tokens ``[start, end)``.

    ``kind``: ``state``/``org``/``group`` (``actor`` set), ``person`` (a
    name, with ``candidates`` from the dictionary and the title's ``actor``
    and ``role`` if one is attached), ``title`` (no name: "le président
    russe"), ``bare_title`` (no name, no country: "le chef de l'État"), ``collective`` ("les deux dirigeants"; ``role`` is ``person``
    or ``state``) or ``members`` (``members`` set: "nippo-russe").
    """

    start: int
    end: int
    kind: str
    actor: Actor | None = None
    role: str = ""
    name: tuple[int, int] = (-1, -1)
    candidates: tuple[Person, ...] = ()
    members: tuple[Actor, ...] = field(default=())


def find_mentions(lexed: Lexed) -> list[Mention]:
    """All actor mentions of the Doc, in order, non-overlapping.

    Example:
        >>> [m.kind for m in find_mentions(lexed_of("Le gouvernement nippon"))]  # doctest: +SKIP
        ['state']
    """
    mentions: list[Mention] = []
    # Nothing can begin off the start tokens ("a", "reçu"): the scan jumps between them.
    starts = sorted(lexed.starts)
    i = 0
    while True:
        k = bisect_left(starts, i)
        if k == len(starts):
            break
        i = starts[k]
        if not _may_start(lexed, i):
            i += 1
            continue
        named_text = document_name_end(lexed, i)
        if named_text is not None:
            # "la Déclaration de Tokyo", "le sommet de Tokyo": a text or a venue.
            i = named_text
            continue
        best: Mention | None = None
        for reading in _readings(lexed, i):
            if best is None or reading.end > best.end:
                best = reading
        place = lexed.find(i, ("place",))
        if place is not None and (best is None or place.end >= best.end):
            # "la mer de Chine" is a sea, not China.
            i = place.end
            continue
        if best is None:
            i += 1
            continue
        mentions.append(best)
        i = best.end
        if best.kind == "person" and best.actor is not None:
            # "ses homologues japonais, X, et américain, Y": the second title is elliptic.
            elliptic = _elliptic_title(lexed, i, best.role)
            if elliptic is not None:
                mentions.append(elliptic)
                i = elliptic.end
        if best.kind == "collective":
            # "des deux pays, Irina Volkova et Dilnoza Karimova".
            for name in listed_names(lexed, i):
                mentions.append(_person(name.start, name, None))
                i = name.end
    return _with_bodies_again(lexed, mentions)


def _with_bodies_again(lexed: Lexed, mentions: list[Mention]) -> list[Mention]:
    """Add the bare uses of bodies named by their class noun ("… le Kirana a ralenti")."""
    bodies = {m.actor.name: m.actor for m in mentions if m.role == _BODY and m.actor is not None}
    if not bodies:
        return mentions
    taken = {k for m in mentions for k in range(m.start, m.end)}
    again = [Mention(s, e, "org", bodies[name], _BODY) for s, e, name in named_again(lexed, set(bodies), taken)]
    return sorted(mentions + again, key=lambda m: m.start)


def _may_start(lexed: Lexed, i: int) -> bool:
    """Whether some reading may begin at token ``i``: cheap tests that spare most tokens.

    A reading begins with a form of a :data:`_START_KINDS` kind, a ``PER``
    entity, or a compound whose first unit may end inside a token ("nippo"
    in "nippo-russe") or before a hyphen glued to it ("russo" + "-coréen").
    """
    if i not in lexed.starts:
        return False
    if i in lexed.person_starts or _may_begin_compound(lexed, i):
        return True
    kinds = lexed.kinds_at(i) & _START_KINDS
    if kinds == {"det"}:
        # A bare article begins a mention only before a demonym ("les Russes").
        det = lexed.find(i, ("det",))
        return det is not None and "demonym" in lexed.kinds_at(det.end)
    return bool(kinds)


def _may_begin_compound(lexed: Lexed, i: int) -> bool:
    """Whether token ``i`` is cut by hyphens or glued to the next one ("nippo-russe")."""
    first = lexed.first_piece.get(i)
    if first is None:
        return False
    return not lexed.flat[first].last or not lexed.spaced[i]


def _readings(lexed: Lexed, i: int) -> Iterator[Mention]:
    compound = parse_compound(lexed, i)
    if compound is not None:
        yield Mention(i, compound[0], "members", members=compound[1])
    title = parse_title(lexed, i)
    if title is not None:
        yield from _titled(lexed, title)
    honorific = lexed.find(i, ("honorific",))
    if honorific is not None:
        name = find_name(lexed, honorific.end, after_title=True)
        if name is not None:
            yield _person(i, name, None)
    name = find_name(lexed, i, after_title=False)
    if name is not None:
        yield _person(i, name, None)
        appositive = _appositive_title(lexed, name.end)
        if appositive is not None and _fits(name, appositive):
            yield _person(i, name, appositive)
    phrase = parse_state_phrase(lexed, i)
    if phrase is not None and phrase.actor is not None:
        if phrase.more:
            members = tuple(dict.fromkeys((phrase.actor, *phrase.more)))
            yield Mention(i, phrase.end, "members", members=members)
        else:
            yield Mention(i, phrase.end, _kind(phrase.actor), phrase.actor, phrase.role)
    body = parse_bare_body(lexed, i) if phrase is None and _definite(lexed, i) else None
    if body is not None:
        # "le ministère des Affaires étrangères a protesté": the state in question (see coref).
        yield Mention(i, body.end, "bare_body", role=body.role)
    for found in (parse_fixed_set(lexed, i), parse_region_set(lexed, i)):
        if found is not None:
            yield Mention(i, found[0], "members", members=found[1])
    act = act_demonym(lexed, i)
    if act is not None and act.actor is not None:
        yield Mention(act.start, act.end, _kind(act.actor), act.actor)
    yield from _collective(lexed, i)
    yield from _named(lexed, i)
    named_body = parse_named_body(lexed, i)
    if named_body is not None:
        # "le pétrolier Eagle S", "la société coréenne Komir": a body named by its class.
        yield Mention(i, named_body.end, "org", named_body.actor(lexed), _BODY)


def _titled(lexed: Lexed, title: Phrase) -> Iterator[Mention]:
    """The title alone, and the title with the name that follows it."""
    j = _past_portfolio(lexed, title.end)
    if j < len(lexed.texts) and lexed.texts[j] == ",":
        j += 1
    name = find_name(lexed, j, after_title=True)
    if name is not None:
        # "le porte-parole du gouvernement nippon, Yoshimasa Hayashi": one person.
        yield _person(title.start, name, title)
    elif title.actor is None and title.role in _BARE_ROLES and _definite(lexed, title.start):
        # "le chef de l'État a déclaré": someone named before (see coref).
        yield Mention(title.start, title.end, "bare_title", role=title.role)
    elif title.actor is not None and title.more:
        yield Mention(title.start, title.end, "members", members=(title.actor, *title.more))
    elif title.actor is not None:
        yield Mention(title.start, title.end, "title", title.actor, title.role)


def _past_portfolio(lexed: Lexed, i: int) -> int:
    """The comma after a title's portfolio at ``i`` ("pour l'Afrique, "), else ``i``.

    "le conseiller américain pour l'Afrique, Massad Boulos": the portfolio
    stands between the title and the name, so the name still gets the title.
    Only a short verbless phrase closed by a comma counts ("pour la Libye a
    déclaré" is no portfolio).

    Example:
        >>> # "l'envoyée suédoise pour les Grands Lacs, Karin Lund" → index of the comma
    """
    found = lexed.find(i, ("portfolio",))
    if found is None:
        return i
    doc = lexed.doc
    for k in range(found.end, min(found.end + _PORTFOLIO_WORDS, len(doc))):
        token = doc[k]
        if token.text == ",":
            return k if k > found.end else i
        if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text not in _NAME_PUNCT):
            return i
    return i


def _definite(lexed: Lexed, i: int) -> bool:
    """Whether the word before token ``i`` is a definite article ("le président")."""
    return i > 0 and lexed.lowers[i - 1] in _APPOSITION_DETS


def _appositive_title(lexed: Lexed, i: int) -> Phrase | None:
    """", ministre japonais" or ", le président de la Fédération de Russie" after a name."""
    texts = lexed.texts
    if i >= len(texts) or texts[i] != ",":
        return None
    j = i + 1
    if j < len(texts) and lexed.lowers[j] in _APPOSITION_DETS:
        j += 1
    title = parse_title(lexed, j)
    if title is None or title.actor is None:
        return None
    k = title.end + 1 if title.end < len(texts) and texts[title.end] == "," else title.end
    if find_name(lexed, k, after_title=True) is not None:
        # "Koizumi, le chef de la défense japonaise Isiba": the title is Isiba's.
        return None
    return title


def _elliptic_title(lexed: Lexed, i: int, role: str) -> Mention | None:
    """", et chypriote, Elena Christou" after a titled person: the same title for another state.

    Example:
        >>> # at ", et chypriote, Elena Christou" after "ses homologues grec, Nikos Andreou"
        >>> #   → Mention(person Elena Christou, actor Chypre)
    """
    texts = lexed.texts
    j = i + 1 if i < len(texts) and texts[i] == "," else i
    if j >= len(texts) or lexed.lowers[j] != "et":
        return None
    demonym = lexed.find(j + 1, ("demonym",))
    if demonym is None or not isinstance(demonym.entry.ref, Actor):
        return None
    k = demonym.end + 1 if demonym.end < len(texts) and texts[demonym.end] == "," else demonym.end
    name = find_name(lexed, k, after_title=True)
    if name is None:
        return None
    title = Phrase(demonym.start, demonym.end, demonym.entry.ref, role)
    return _person(demonym.start, name, title)


def _fits(name: Name, title: Phrase) -> bool:
    """Whether an appositive title may be this known person's.

    "Après avoir rencontré Vladimir Poutine, le président chinois a signé":
    the title names a Chinese, so it starts the next phrase, not an
    apposition on the Russian president. Unknown people take any title.
    """
    if not name.candidates or title.actor is None:
        return True
    return any(p.code == title.actor.code for p in name.candidates) or any(
        o.code == title.actor.code for p in name.candidates for o in p.offices
    )


def _person(start: int, name: Name, title: Phrase | None) -> Mention:
    end = max(name.end, title.end if title else name.end)
    return Mention(
        start,
        end,
        "person",
        title.actor if title else None,
        title.role if title else "",
        (name.start, name.end),
        name.candidates,
    )


def _collective(lexed: Lexed, i: int) -> Iterator[Mention]:
    found = lexed.find(i, ("collective_person", "collective_state"))
    if found is not None:
        role = "person" if found.entry.kind == "collective_person" else "state"
        kind = getattr(found.entry.ref, "role", "")
        if kind in ("side", "country"):
            # "les deux parties", "les deux camps": the two sides of a conflict or talks;
            # "les deux pays", "les deux capitales": two states, never an organisation.
            role = kind
        yield Mention(i, found.end, "collective", role=role)
    yield from _nominal_demonym(lexed, i)


def _nominal_demonym(lexed: Lexed, i: int) -> Iterator[Mention]:
    """A capitalised demonym used as a noun after an article.

    "les Russes", "les Occidentaux" stand for the state or group;
    "le Sud-Coréen Lee Jae-myung" is that person, with that country. A
    singular one with no name after it ("le Russe a gagné") is left out.
    """
    det = lexed.find(i, ("det",))
    if det is None or det.end >= len(lexed.texts):
        return
    demonym = lexed.find(det.end, ("demonym",))
    if demonym is None or not lexed.texts[det.end][:1].isupper():
        return
    actor = demonym.entry.ref
    if not isinstance(actor, Actor):
        return
    name = find_name(lexed, demonym.end, after_title=True)
    if name is not None:
        title = Phrase(det.end, demonym.end, actor, "")
        yield _person(det.end, name, title)
    elif isinstance(det.entry.ref, Title) and det.entry.ref.role != "singular":
        yield Mention(det.end, demonym.end, _kind(actor), actor)


def _named(lexed: Lexed, i: int) -> Iterator[Mention]:
    found = lexed.find(i, ("org", "state", "capital", "seat"))
    if found is not None and isinstance(found.entry.ref, Actor):
        yield Mention(i, found.end, _kind(found.entry.ref), found.entry.ref)


def _kind(actor: Actor) -> str:
    return actor.kind if actor.kind in {"org", "group"} else "state"
