"""Titles and demonym phrases: "le gouvernement nippon", "le ministre russe de la Défense".

A small grammar over dictionary forms (see :class:`~pipeline.actors.match.Lexed`):

- state phrase: STATE_HEAD [complements] (DEMONYM | LINK NAME | [LINK] LEADER)
  [complements] ("les autorités japonaises", "le ministère japonais de
  l'Économie", "le gouvernement de la Russie", "le régime de Kim Jong-un");
- title: PERSON_HEAD [DEMONYM] [complements] [DEMONYM | LINK (state phrase | NAME)]
  ("le Premier ministre japonais", "le chef de la diplomatie ouzbèke",
  "le président de la Fédération de Russie");
- complements: LINK DOMAIN ((","|"et") LINK DOMAIN)* ("de l'Économie, du Commerce").

A demonym alone ("le pétrole russe") never makes an actor: only the head
nouns listed in ``titles.tsv`` do.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.actors.dictionary import Actor, Title
from pipeline.actors.match import Lexed
from pipeline.actors.names import dictionary_name

#: Roles a complement may make precise ("chef" + "de la diplomatie" → foreign).
GENERIC_ROLES = frozenset({"", "leader", "minister", "official", "counterpart"})
NAME_KINDS = ("state", "org", "capital", "seat")


@dataclass(frozen=True)
class Phrase:
    """A parsed state phrase or title: tokens ``[start, end)``.

    ``actor`` is the state or organisation it belongs to (None for a bare
    "le président"); ``role`` the office it names ("foreign", "head_of_state").
    """

    start: int
    end: int
    actor: Actor | None
    role: str
    #: Further states of coordinated demonyms ("les dirigeants russe et chinois").
    more: tuple[Actor, ...] = ()


def _actor_of(ref: object) -> Actor | None:
    return ref if isinstance(ref, Actor) else None


def _role_of(ref: object) -> str:
    return ref.role if isinstance(ref, Title) else ""


def parse_link(lexed: Lexed, i: int) -> int | None:
    """End of a linking word at ``i`` ("de", "du", "de la", "d'"), else None."""
    found = lexed.find(i, ("link",))
    return found.end if found else None


def parse_complements(lexed: Lexed, i: int) -> tuple[int, str] | None:
    """``de la Défense``, ``de l'Économie, du Commerce et de l'Industrie``.

    Returns:
        (end, role of the first complement) or None when there is none.
    """
    end, role = i, None
    j = i
    while True:
        after_link = parse_link(lexed, j)
        domain = lexed.find(after_link, ("domain",)) if after_link is not None else None
        if domain is None:
            break
        end = domain.end
        role = role if role is not None else _role_of(domain.entry.ref)
        j = end
        if j < len(lexed.texts) and lexed.texts[j] in {",", "et"}:
            j += 1
    return (end, role or "") if role is not None else None


def parse_named(lexed: Lexed, i: int) -> Phrase | None:
    """``de la Russie``, ``du gouvernement nippon``: a link then a state or organisation."""
    after_link = parse_link(lexed, i)
    if after_link is None:
        return None
    inner = parse_state_phrase(lexed, after_link)
    if inner is not None:
        return Phrase(i, inner.end, inner.actor, inner.role)
    found = lexed.find(after_link, NAME_KINDS)
    if found is None:
        return None
    return Phrase(i, found.end, _actor_of(found.entry.ref), "")


def parse_state_phrase(lexed: Lexed, i: int) -> Phrase | None:
    """A state phrase starting at token ``i``.

    Example:
        >>> parse_state_phrase(lexed_of("les autorités japonaises"), 1)  # doctest: +SKIP
        Phrase(start=1, end=3, actor=Actor(name='Japon', ...), role='')
    """
    head = lexed.find(i, ("state_head", "state_head_adj"))
    if head is None:
        return None
    role = _role_of(head.entry.ref)
    j = head.end
    comp = parse_complements(lexed, j)
    if comp is not None:
        j, role = comp[0], role or comp[1]
    by_name = False
    if head.entry.kind == "state_head_adj":
        # "le voisin russe" is Russia; "le voisin de la Russie" is not.
        demonym = lexed.find(j, ("demonym",))
        actor, j = (_actor_of(demonym.entry.ref), demonym.end) if demonym else (None, j)
    else:
        by_name = lexed.find(j, ("demonym",)) is None
        actor, j = _demonym_or_named(lexed, j)
        if actor is None:
            actor, j = _leader_state(lexed, j, _plural(lexed, head.end))
    if actor is None:
        return None
    more, j = _more_named(lexed, j) if by_name else _more_demonyms(lexed, j)
    comp = parse_complements(lexed, j)
    if comp is not None:
        j, role = comp[0], role or comp[1]
    return Phrase(i, j, actor, role, more)


def _more_demonyms(lexed: Lexed, j: int) -> tuple[tuple[Actor, ...], int]:
    """"… japonais et sud-coréens", "… russe, chinois et iranien" after a first demonym."""
    lowers = lexed.lowers
    more: list[Actor] = []
    while j + 1 < len(lowers) and lowers[j] in {"et", ","}:
        demonym = lexed.find(j + 1, ("demonym",))
        actor = _actor_of(demonym.entry.ref) if demonym else None
        if demonym is None or actor is None:
            break
        more.append(actor)
        j = demonym.end
    return tuple(more), j


def _more_named(lexed: Lexed, j: int) -> tuple[tuple[Actor, ...], int]:
    """"… d'Asie centrale et du Caucase", "… du Kazakhstan, du Kirghizistan" after a first name."""
    lowers = lexed.lowers
    more: list[Actor] = []
    while j + 1 < len(lowers) and lowers[j] in {"et", ","}:
        named = parse_named(lexed, j + 1)
        if named is None or named.actor is None:
            break
        more.append(named.actor)
        j = named.end
    return tuple(more), j


def _demonym_or_named(lexed: Lexed, j: int) -> tuple[Actor | None, int]:
    demonym = lexed.find(j, ("demonym",))
    if demonym is not None:
        return _actor_of(demonym.entry.ref), demonym.end
    named = parse_named(lexed, j)
    if named is not None and named.actor is not None:
        return named.actor, named.end
    return None, j


def _state_across(lexed: Lexed, start: int, end: int) -> tuple[Actor, int] | None:
    """A named state that starts inside tokens ``start``–``end`` and runs past ``end``.

    Example:
        >>> # "président de la République démocratique du Congo" → (RDC, end of "Congo")
    """
    for k in range(start + 1, end):
        named = parse_named(lexed, k)
        if named is not None and named.actor is not None and named.end > end:
            return named.actor, named.end
    return None


def _plural(lexed: Lexed, end: int) -> bool:
    """Whether the head noun ending before ``end`` is plural ("présidents", "dirigeants")."""
    return lexed.lowers[end - 1].endswith(("s", "x"))


def _leader_state(lexed: Lexed, j: int, plural: bool = False) -> tuple[Actor | None, int]:
    """"(le régime) de Kim Jong-un", "(l'administration) Biden": the leader's state.

    After a plural head the names are people of their own ("les présidents
    Sadyr Japarov et Emomali Rahmon"), so only "de" + a leader counts.
    """
    after_link = parse_link(lexed, j)
    for k in ((after_link,) if plural else (j, after_link)):
        name = dictionary_name(lexed, k) if k is not None else None
        if name is None:
            continue
        codes = {p.code for p in name.candidates}
        if len(codes) == 1:
            actor = lexed.actors.get(codes.pop())
            if actor is not None:
                return actor, name.end
    return None, j


def parse_title(lexed: Lexed, i: int) -> Phrase | None:
    """A person's title starting at token ``i`` (actor None if it names no country).

    Example:
        >>> parse_title(lexed_of("le ministre russe de la Défense"), 1)  # doctest: +SKIP
        Phrase(start=1, end=6, actor=Actor(name='Russie', ...), role='defence')
    """
    head = lexed.find(i, ("person_head",))
    if head is None:
        return None
    role = _role_of(head.entry.ref)
    inside = _state_across(lexed, head.start, head.end)
    if inside is not None:
        # "le président de la République démocratique du Congo": the state's name
        # begins inside the longer title "président de la République".
        return Phrase(i, inside[1], inside[0], role, ())
    j = head.end
    actor: Actor | None = None
    more: tuple[Actor, ...] = ()
    demonym = lexed.find(j, ("demonym",))
    if demonym is not None:
        actor, j = _actor_of(demonym.entry.ref), demonym.end
        # "ses homologues japonais et américain": one title for two states.
        more, j = _more_demonyms(lexed, j)
    comp = parse_complements(lexed, j)
    if comp is not None:
        j = comp[0]
        role = comp[1] if role in GENERIC_ROLES and comp[1] else role
    if actor is None:
        actor, k = _demonym_or_named(lexed, j)
        if actor is not None:
            named = parse_named(lexed, j)
            if named is not None and named.end == k and role in GENERIC_ROLES and named.role:
                role = named.role
            j = k
    return Phrase(i, j, actor, role, more)


#: Roles of a body that speaks for a state without naming it ("le ministère des Affaires étrangères").
BODY_ROLES = frozenset({"foreign", "defence", "head_of_government"})


def parse_bare_body(lexed: Lexed, i: int) -> Phrase | None:
    """A state body with no country: "le ministère des Affaires étrangères", "le gouvernement".

    Only singular heads whose role (their own or their complement's) is
    foreign affairs, defence or the government; the state is found by
    coreference.

    Example:
        >>> parse_bare_body(lexed_of("le ministère des Affaires étrangères a"), 1)  # doctest: +SKIP
        Phrase(start=1, end=5, actor=None, role='foreign')
    """
    head = lexed.find(i, ("state_head",))
    if head is None or _plural(lexed, head.end):
        return None
    role = _role_of(head.entry.ref)
    j = head.end
    comp = parse_complements(lexed, j)
    if comp is not None:
        j, role = comp[0], comp[1] or role
    if role not in BODY_ROLES or lexed.find(j, ("demonym",)) is not None or parse_named(lexed, j):
        return None
    return Phrase(i, j, None, role)

