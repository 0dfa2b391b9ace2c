"""Definite descriptions that point back to an organisation or a state.

French news names an organisation once, then refers back to it with a
definite description: "La CEDEAO a suspendu le Mali. L'organisation
régionale exige…", "le bloc", "la Commission". Such a description stands
for the one organisation of a fitting kind named in the same or the
:data:`ORG_REACH` previous sentences; two candidates: nothing (precision
first). "La présidence a condamné" stands for the one state whose
president (or presidency) the :data:`STATE_REACH` previous sentences name.
The nouns and adjectives are ``titles.tsv`` rows (classes ``org_anaphor``,
``org_anaphor_cap``, ``org_anaphor_adj``, ``state_anaphor``). A noun of role ``armed`` ("les
rebelles", "les paramilitaires", "la milice") fits only the armed groups
of ``organisations.tsv`` (kind ``armed``): "Les FSR ont pris la ville. Les
paramilitaires ont…" is the FSR when the article names no other group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.actors.dictionary import Title
from pipeline.actors.normalize import fold
from pipeline.actors.resolved import Resolved

#: Sentences back an organisation description may find its antecedent.
ORG_REACH = 3
#: Sentences back "la présidence" may find its president.
STATE_REACH = 2
#: Definite articles, contracted ones included: "aux paramilitaires" is "à les paramilitaires".
_DEFINITE = frozenset({"le", "la", "l'", "les", "au", "aux", "du"})
#: The role of the descriptions that fit armed groups only.
ARMED = "armed"
#: Words after the description that make it someone else's ("l'organisation du sommet").
_COMPLEMENT_WORDS = frozenset({"de", "du", "des", "d'"})
#: Words that name a presidency in the antecedent's phrase or just before it.
_PRESIDENT_WORDS = frozenset({"president", "presidente", "presidence", "presidentielle", "presidentiel"})
#: Roles "la présidence" may play: it acts ("a condamné", "condamné par la présidence").
_ACTING_DEPS = ("nsubj", "obl:agent")


@dataclass(frozen=True)
class Descriptions:
    """The description words of ``titles.tsv``, folded.

    Example:
        >>> d = Descriptions.of([Title("bloc", "org_anaphor", "org|group")])
        >>> sorted(d.org_heads["bloc"])
        ['group', 'org']
    """

    org_heads: dict[str, frozenset[str]]
    capitalised: frozenset[str]
    adjectives: frozenset[str]
    state_heads: frozenset[str]
    #: Names of the armed groups (``ActorDictionary.armed``).
    armed: frozenset[str] = frozenset()

    @classmethod
    def of(cls, titles: Iterable[Title], armed: Iterable[str] = ()) -> Descriptions:
        """Collect the description rows among the title grammar's words."""
        heads: dict[str, frozenset[str]] = {}
        capitalised: set[str] = set()
        adjectives: set[str] = set()
        states: set[str] = set()
        for t in titles:
            word = fold(t.phrase)
            if t.cls in ("org_anaphor", "org_anaphor_cap"):
                heads[word] = frozenset(t.role.split("|"))
                if t.cls == "org_anaphor_cap":
                    capitalised.add(word)
            elif t.cls == "org_anaphor_adj":
                adjectives.add(word)
            elif t.cls == "state_anaphor":
                states.add(word)
        return cls(heads, frozenset(capitalised), frozenset(adjectives), frozenset(states), frozenset(armed))


def _key(r: Resolved) -> str:
    """An actor's identity: its code, else its name (organisations with no code)."""
    return r.code or r.actor.lower()


def _unique(candidates: list[Resolved]) -> Resolved | None:
    """The most recent candidate, if all candidates are one actor."""
    if not candidates or len({_key(r) for r in candidates}) != 1:
        return None
    return max(candidates, key=lambda r: r.start)


def org_description_end(
    doc: Doc, i: int, words: Descriptions, folded: list[str] | None = None
) -> int | None:
    """End of an organisation description whose head noun is token ``i``, else None.

    "l'organisation régionale a" → after "régionale"; "le bloc occidental"
    (an adjective not in the list) and "l'organisation du sommet" (a
    complement) → None.

    ``folded`` is the folded text of every token, when the caller has it.

    Example:
        >>> org_description_end(nlp("Le bloc a protesté."), 1, words)  # doctest: +SKIP
        2
    """
    folded = folded if folded is not None else _folded(doc)
    word = folded[i]
    if word not in words.org_heads or i == 0 or folded[i - 1] not in _DEFINITE:
        return None
    if word in words.capitalised and not doc[i].text[:1].isupper():
        return None
    end = i + 1
    if end < len(doc) and folded[end] in words.adjectives:
        end += 1
    if end < len(doc) and (folded[end] in _COMPLEMENT_WORDS or doc[end].pos_ == "ADJ"):
        return None
    return end


def _folded(doc: Doc) -> list[str]:
    """The folded text of every token (for callers that do not hold it already)."""
    return [fold(t.text) for t in doc]


def resolve_org(
    doc: Doc,
    i: int,
    end: int,
    kinds: frozenset[str],
    earlier: list[Resolved],
    sentence_of: list[int],
    armed: frozenset[str] = frozenset(),
) -> Resolved | None:
    """The one organisation of a fitting kind named up to :data:`ORG_REACH` sentences before.

    None named that close: the only one the article has named so far, if
    there is one ("Le Tchad, exclu de l'organisation" paragraphs after
    the Union africaine's name, in an article about no other body).
    Kind ``armed`` fits the organisations named in ``armed``.
    """
    here = sentence_of[i]
    fitting = [r for r in earlier if r.end <= i and _fits(r, kinds, armed)]
    near = [r for r in fitting if here - sentence_of[r.start] <= ORG_REACH]
    found = _unique(near or fitting)
    return Resolved(i, end, found.actor, found.code, found.kind) if found else None


def _fits(r: Resolved, kinds: frozenset[str], armed: frozenset[str]) -> bool:
    """Whether a mention is of a kind a description accepts ("les rebelles": an armed group)."""
    return r.kind in kinds or (ARMED in kinds and r.kind == "org" and r.actor in armed)


def presidential(doc: Doc, r: Resolved, folded: list[str] | None = None) -> bool:
    """Whether a mention names a presidency: "le président sud-coréen", "la présidence turque"."""
    if folded is None:
        return any(fold(t.text) in _PRESIDENT_WORDS for t in doc[max(0, r.start - 3) : r.end])
    return any(word in _PRESIDENT_WORDS for word in folded[max(0, r.start - 3) : r.end])


def resolve_presidency(
    doc: Doc,
    i: int,
    earlier: list[Resolved],
    sentence_of: list[int],
    heads_state: Callable[[Resolved], bool],
    state_name: Callable[[str], str | None],
    folded: list[str] | None = None,
) -> Resolved | None:
    """"La présidence a condamné": the one state whose president was just named.

    Only a presidency that acts (subject or agent), with no complement or
    adjective of its own ("la présidence française" is the lexicon's), and
    only if the :data:`STATE_REACH` previous sentences name exactly one
    state's head of state or a state next to "président"/"présidence".
    """
    folded = folded if folded is not None else _folded(doc)
    if i == 0 or folded[i - 1] not in _DEFINITE or not doc[i].dep_.startswith(_ACTING_DEPS):
        return None
    if i + 1 < len(doc) and (doc[i + 1].pos_ == "ADJ" or folded[i + 1] in _COMPLEMENT_WORDS):
        return None
    here = sentence_of[i]
    codes = {
        r.code
        for r in earlier
        if r.end <= i
        and r.code
        and r.kind in ("person", "state")
        and here - sentence_of[r.start] <= STATE_REACH
        and (heads_state(r) or presidential(doc, r, folded))
    }
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    name = state_name(code)
    return Resolved(i, i + 1, name, code, "state") if name else None


def resolve_descriptions(
    doc: Doc,
    resolved: list[Resolved],
    sentence_of: list[int],
    words: Descriptions,
    heads_state: Callable[[Resolved], bool],
    state_name: Callable[[str], str | None],
    folded: list[str] | None = None,
) -> list[Resolved]:
    """Every description of ``doc`` no mention covers, resolved where exactly one actor fits.

    ``folded`` is the folded text of every token, when the caller has it.

    Example:
        >>> resolve_descriptions(nlp("La CEDEAO a siégé. L'organisation a tranché."), ...)  # doctest: +SKIP
        [Resolved(start=6, end=7, actor='CEDEAO', code='', kind='org')]
    """
    folded = folded if folded is not None else _folded(doc)
    # Only a description's head noun can begin one: most documents have none.
    heads = words.org_heads.keys() | words.state_heads
    candidates = [i for i, word in enumerate(folded) if word in heads]
    if not candidates:
        return []
    covered = {k for r in resolved for k in range(r.start, r.end)}
    found: list[Resolved] = []
    for i in candidates:
        if i in covered:
            continue
        word = folded[i]
        hit: Resolved | None = None
        end = org_description_end(doc, i, words, folded)
        if end is not None and not covered & set(range(i, end)):
            hit = resolve_org(doc, i, end, words.org_heads[word], resolved, sentence_of, words.armed)
        elif word in words.state_heads:
            hit = resolve_presidency(doc, i, resolved, sentence_of, heads_state, state_name, folded)
        if hit is not None:
            found.append(hit)
    return found
