"""Resolve mentions within a document: names, bare titles and "les deux dirigeants".

- People: every mention of one person forms a cluster (same dictionary
  person, or same name words; a lone family name such as "M. Hayashi" joins
  the cluster whose name begins or ends with it). The cluster's actor is its
  longest name in the document ("Yoshimasa Hayashi"); a dictionary person the
  text names only by family name gets the dictionary's full name.
- Bare titles ("le président russe"): the person of that country with a
  compatible role named in the document, nearest before the title, else
  after it; else the dictionary's office-holder in the article's year; else
  the state itself.
- Collectives ("les deux dirigeants", "les deux pays"): the two actors most
  often mentioned in the sentence and the two before it (recency breaks
  ties), people for "dirigeants", states for "pays".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.actors.dictionary import Actor, ActorDictionary, Person
from pipeline.actors.mentions import Mention
from pipeline.actors.normalize import fold

#: Which dictionary roles a title's role may refer to (None: any role).
COMPATIBLE: dict[str, frozenset[str] | None] = {
    "head_of_state": frozenset({"head_of_state"}),
    "head_of_government": frozenset({"head_of_government"}),
    "leader": frozenset({"head_of_state", "head_of_government", "leader"}),
    "foreign": frozenset({"foreign"}),
    "defence": frozenset({"defence"}),
    "spokesperson": frozenset({"spokesperson"}),
    "minister": frozenset({"foreign", "defence", "minister", "spokesperson"}),
}
#: Title roles that may name any person of their country ("son homologue russe").
_ANY_PERSON = frozenset({"counterpart"})
#: Weight of a mention one sentence further back, for "les deux pays".
_DECAY = 0.5
#: How many sentences back a person may be for "les deux dirigeants".
_PERSON_REACH = 2


@dataclass(frozen=True)
class Resolved:
    """A resolved actor mention: what ``doc.spans["actors"]`` carries."""

    start: int
    end: int
    actor: str
    code: str
    kind: str
    members: tuple[tuple[str, str], ...] = ()


@dataclass
class Cluster:
    """All mentions of one person in a document."""

    person: Person | None
    surfaces: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The longest name the document gives, or the dictionary's if it gives only one word."""
        longest = max(self.surfaces, key=lambda s: len(s.split()), default="")
        if self.person is not None and len(longest.split()) < 2:
            return self.person.name
        return longest

    @property
    def code(self) -> str:
        """The dictionary's country, else the first one a title gave."""
        if self.person is not None:
            return self.person.code
        return next((c for c in self.codes if c), "")


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).replace("-", " ").split())


def year_of(doc: Doc) -> int | None:
    """The article's year from ``doc._.doc_date`` ("2026-01-10" → 2026)."""
    date = getattr(doc._, "doc_date", None) if doc.has_extension("doc_date") else None
    return int(date[:4]) if date and date[:4].isdigit() else None


class Resolver:
    """Resolve one document's mentions against the dictionary.

    Example:
        >>> Resolver(doc, book).resolve(mentions)[0].actor     # doctest: +SKIP
        'Vladimir Poutine'
    """

    def __init__(self, doc: Doc, book: ActorDictionary) -> None:
        self.doc = doc
        self.book = book
        self.year = year_of(doc)
        self.clusters: dict[tuple[str, ...], Cluster] = {}
        self.by_mention: dict[int, Cluster] = {}
        self.sentence_of = _sentence_index(doc)

    def resolve(self, mentions: list[Mention]) -> list[Resolved]:
        """Resolve people first, then titles, then collectives (which need both)."""
        people = [m for m in mentions if m.kind == "person"]
        for m in sorted(people, key=lambda m: -len(self._name_words(m))):
            self._cluster(m)
        done: dict[int, Resolved] = {}
        for m in mentions:
            if m.kind == "person" and self._weak(m):
                continue
            if m.kind != "collective":
                done[m.start] = self._resolve_one(m)
        for m in mentions:
            if m.kind == "collective":
                resolved = self._collective(m, list(done.values()))
                if resolved is not None:
                    done[m.start] = resolved
        return sorted(done.values(), key=lambda r: r.start)

    # People -----------------------------------------------------------------

    def _weak(self, m: Mention) -> bool:
        """A lone capitalised word the NER took for a name, with nothing to back it.

        "Newsletter" alone is dropped; "Isiba" after a title, or "Hayashi"
        when the text also says "Yoshimasa Hayashi", are kept.
        """
        cluster = self.by_mention[m.start]
        return (
            cluster.person is None
            and not m.role
            and not any(cluster.codes)
            and all(len(s.split()) < 2 for s in cluster.surfaces)
        )

    def _name_words(self, m: Mention) -> tuple[str, ...]:
        return _words(self.doc[m.name[0] : m.name[1]].text)

    def _cluster(self, m: Mention) -> None:
        words = self._name_words(m)
        cluster = self._find_cluster(m, words)
        cluster.surfaces.append(" ".join(self.doc[m.name[0] : m.name[1]].text.split()))
        cluster.codes.append(m.actor.code if m.actor else "")
        if m.role:
            cluster.roles.add(m.role)
        cluster.positions.append(m.start)
        self.by_mention[m.start] = cluster

    def _find_cluster(self, m: Mention, words: tuple[str, ...]) -> Cluster:
        if len(m.candidates) == 1:
            return self._cluster_for(("dict", m.candidates[0].name), m.candidates[0])
        if len(words) == 1:
            for cluster in self.clusters.values():
                known = [_words(s) for s in cluster.surfaces]
                if any(len(k) > 1 and words[0] in (k[0], k[-1]) for k in known):
                    if not m.candidates or cluster.person in m.candidates:
                        return cluster
        if m.candidates:
            return self._pick_candidate(m.candidates)
        return self._cluster_for(("name", *words), None)

    def _pick_candidate(self, candidates: tuple[Person, ...]) -> Cluster:
        """A family name several dictionary people share: the one in office that year."""
        chosen = candidates[0]
        if self.year is not None:
            in_office = [p for p in candidates if any(o.covers(self.year) for o in p.offices)]
            chosen = in_office[0] if in_office else chosen
        return self._cluster_for(("dict", chosen.name), chosen)

    def _cluster_for(self, key: tuple[str, ...], person: Person | None) -> Cluster:
        if key not in self.clusters:
            self.clusters[key] = Cluster(person, roles=set(person.roles()) if person else set())
        return self.clusters[key]

    # Titles -----------------------------------------------------------------

    def _resolve_one(self, m: Mention) -> Resolved:
        if m.kind == "person":
            cluster = self.by_mention[m.start]
            return Resolved(m.start, m.end, cluster.name, cluster.code, "person")
        if m.kind == "members":
            pairs = tuple((a.name, a.code) for a in m.members)
            return Resolved(m.start, m.end, " et ".join(a for a, _ in pairs), "", "members", pairs)
        assert m.actor is not None
        if m.kind == "title":
            return self._title(m, m.actor)
        return Resolved(m.start, m.end, m.actor.name, m.actor.code, m.kind)

    def _title(self, m: Mention, actor: Actor) -> Resolved:
        if m.role not in COMPATIBLE and m.role not in _ANY_PERSON:
            # "un responsable de la délégation japonaise", "l'ambassadeur russe":
            # nobody the dictionary can name; the state speaks through them.
            return self._as_state(m, actor)
        wanted = COMPATIBLE.get(m.role)
        fitting = [
            c
            for c in self.clusters.values()
            if c.code == actor.code and (wanted is None or c.roles & wanted)
        ]
        before = [(max(p for p in c.positions if p < m.start), c) for c in fitting if min(c.positions) < m.start]
        after = [(min(c.positions), c) for c in fitting if min(c.positions) > m.start]
        if before:
            cluster = max(before, key=lambda t: t[0])[1]
        elif after:
            cluster = min(after, key=lambda t: t[0])[1]
        else:
            holder = self._holder(actor.code, wanted)
            if holder is None:
                return self._as_state(m, actor)
            return Resolved(m.start, m.end, holder.name, holder.code, "person")
        return Resolved(m.start, m.end, cluster.name, cluster.code, "person")

    @staticmethod
    def _as_state(m: Mention, actor: Actor) -> Resolved:
        kind = actor.kind if actor.kind in {"org", "group"} else "state"
        return Resolved(m.start, m.end, actor.name, actor.code, kind)

    def _holder(self, code: str, wanted: frozenset[str] | None) -> Person | None:
        if self.year is None or wanted is None:
            return None
        holders = self.book.holders(code, wanted, self.year)
        return holders[0] if holders else None

    # Collectives ------------------------------------------------------------

    def _collective(self, m: Mention, resolved: list[Resolved]) -> Resolved | None:
        """Two parties for "les deux dirigeants" / "les deux pays", or None."""
        here = self._sentence(m.start)
        earlier = [r for r in resolved if r.end <= m.start and not self._in_furniture(r)]
        scores: dict[tuple[str, str], float] = {}
        people: dict[tuple[str, str], float] = {}
        for r in earlier:
            distance = here - self._sentence(r.start)
            weight = _DECAY**distance
            for pair in self._as_parties(r):
                scores[pair] = scores.get(pair, 0.0) + weight
            if r.kind == "person" and r.code and distance <= _PERSON_REACH:
                people[(r.actor, r.code)] = people.get((r.actor, r.code), 0.0) + weight
        chosen: list[tuple[str, str]] = []
        if m.role == "person":
            chosen = _top(people, chosen)
        chosen = _top(scores, chosen)
        if len(chosen) < 2:
            return None
        names = " et ".join(name for name, _ in chosen)
        return Resolved(m.start, m.end, names, "", "members", tuple(chosen))

    def _as_parties(self, r: Resolved) -> list[tuple[str, str]]:
        """The states (or groups) one earlier mention puts forward as a party."""
        if r.kind == "members":
            return list(r.members)
        if r.kind == "person":
            state = self.book.actor(r.code)
            return [(state.name, state.code)] if state else []
        if r.kind in {"state", "group", "org"}:
            return [(r.actor, r.code)]
        return []

    def _in_furniture(self, r: Resolved) -> bool:
        spans = getattr(self.doc._, "furniture", ()) if self.doc.has_extension("furniture") else ()
        start = self.doc[r.start].idx
        return any(a <= start < b for a, b in spans or ())

    def _sentence(self, i: int) -> int:
        return self.sentence_of[i] if i < len(self.sentence_of) else 0


def _top(scores: dict[tuple[str, str], float], chosen: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Add the best-scored parties to ``chosen`` until there are two, one per code."""
    result = list(chosen)
    for pair in sorted(scores, key=lambda p: scores[p], reverse=True):
        if len(result) == 2:
            break
        if all(pair[1] != c[1] for c in result):
            result.append(pair)
    return result


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, counted at full stops and line breaks.

    The parser's own boundaries split at guillemets and colons, which would
    push "les deux dirigeants" too far from the names it stands for.
    """
    index, current = [], 0
    for token in doc:
        index.append(current)
        if token.text in {".", "!", "?", "…"} or "\n" in token.text or "\n" in token.whitespace_:
            current += 1
    return index
