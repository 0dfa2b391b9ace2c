"""Resolve mentions within a document: names, bare titles and "les deux dirigeants".

- People: every mention of one person forms a cluster (same dictionary
  person, or same name words; a lone family name such as "M. Hayashi" joins
  the cluster whose name begins or ends with it). The cluster's actor is its
  longest name in the document ("Yoshimasa Hayashi"), even a lone family
  name if that is all the document gives ("Poutine"), as the spec and the
  gold guidelines (§2) ask.
- Bare titles ("le président russe"): the person of that country with a
  compatible role named in the document, nearest before the title, else
  after it; else the state itself. The dictionary's office-holders are not
  used to name someone the article never names (gold guidelines §2: "un
  responsable de la délégation japonaise" → Japon), only to check roles.
- Bare definite titles ("le chef de l'État", "le Premier ministre"): the
  last person of that office named a few sentences before, else nothing.
- Collectives ("les deux dirigeants", "les deux pays"): see
  :mod:`pipeline.actors.collectives`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.actors.collectives import Collectives
from pipeline.actors.descriptions import Descriptions, resolve_descriptions
from pipeline.actors.dictionary import Actor, ActorDictionary, Person
from pipeline.actors.listing import code_listed_people
from pipeline.actors.mentions import Mention
from pipeline.actors.normalize import fold
from pipeline.actors.resolved import Resolved, sentence_index

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
#: How many sentences back a bare title ("le chef de l'État") may find its person.
BARE_TITLE_REACH = 5
#: Title roles that may name any person of their country ("son homologue russe").
_ANY_PERSON = frozenset({"counterpart"})
#: Words that make a title a past one ("l'ancien président", "l'ex-ministre").
_FORMER = frozenset({"ancien", "ancienne", "anciens", "ex", "ex-"})
#: Roles an organisation's title may have that the dictionary cannot tell apart.
_ORG_LEADERS = frozenset({"head_of_state", "head_of_government", "leader", "official"})


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
        """The longest name the document gives ("Yoshimasa Hayashi", or just "Poutine")."""
        return max(self.surfaces, key=lambda s: len(s.split()), default="")

    def code(self, year: int | None) -> str:
        """The country a title in the text gives, else the dictionary's for ``year``.

        "le Premier ministre libanais Nawaf Salam" is Lebanese whatever UN
        post the dictionary also lists for him that year; a title that fits
        none of a known person's posts is ignored.
        """
        if self.person is not None:
            known = self.person.codes()
            titled = next((c for c in self.codes if c in known), "")
            return titled or self.person.code_at(year)
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

    def __init__(
        self,
        doc: Doc,
        book: ActorDictionary,
        descriptions: Descriptions | None = None,
        sentence_of: list[int] | None = None,
        folded: list[str] | None = None,
    ) -> None:
        self.doc = doc
        self.book = book
        #: Description words, read from the book's titles unless the caller holds them already.
        self.descriptions = descriptions if descriptions is not None else Descriptions.of(book.titles, book.armed)
        self.year = year_of(doc)
        self.clusters: dict[tuple[str, ...], Cluster] = {}
        self.by_mention: dict[int, Cluster] = {}
        #: Sentence number and folded text of every token (read here unless the caller has them).
        self.sentence_of = sentence_of if sentence_of is not None else sentence_index(doc)
        self.folded = folded
        self.collectives = Collectives(doc, book, self.sentence_of)
        self.person_mentions: list[Mention] = []
        #: Where titles resolved to a person ("le président turc" → Erdogan), for bare titles.
        self.title_hits: list[tuple[int, Cluster]] = []

    def resolve(self, mentions: list[Mention]) -> list[Resolved]:
        """Resolve people first, then titles, then collectives (which need both)."""
        people = [m for m in mentions if m.kind == "person"]
        self.person_mentions = people
        for m in sorted(people, key=lambda m: -len(self._name_words(m))):
            self._cluster(m)
        done: dict[int, Resolved] = {}
        for m in mentions:
            if m.kind == "person" and self._weak(m):
                continue
            if m.kind in ("bare_title", "bare_body"):
                found = self._bare_title(m) if m.kind == "bare_title" else self._bare_body(m, done)
                if found is not None:
                    done[m.start] = found
            elif m.kind != "collective":
                done[m.start] = self._resolve_one(m)
        for m in mentions:
            if m.kind == "collective":
                resolved = self.collectives.resolve(m, list(done.values()))
                if resolved is not None:
                    done[m.start] = resolved
        # "l'organisation régionale", "la présidence": the one actor named just before.
        earlier = sorted(done.values(), key=lambda r: r.start)
        for r in resolve_descriptions(
            self.doc, earlier, self.sentence_of, self.descriptions, self._heads_state, self._state_name,
            self.folded,
        ):
            done[r.start] = r
        return code_listed_people(self.doc, sorted(done.values(), key=lambda r: r.start))

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
        former = m.start > 0 and self.doc[m.start - 1].lower_ in _FORMER
        # "l'ancien Premier ministre néerlandais Mark Rutte": a past post does
        # not say whom a known person speaks for now.
        cluster.codes.append(m.actor.code if m.actor and not (former and cluster.person) else "")
        if m.role:
            cluster.roles.add(m.role)
        cluster.positions.append(m.start)
        self.by_mention[m.start] = cluster

    def _find_cluster(self, m: Mention, words: tuple[str, ...]) -> Cluster:
        if len(m.candidates) == 1:
            return self._cluster_for(("dict", m.candidates[0].name), m.candidates[0])
        if len(words) == 1:
            for cluster in self.clusters.values():
                if m.candidates:
                    # A dictionary family name ("Kim", "Hayashi") joins its owner.
                    if cluster.person in m.candidates:
                        return cluster
                    continue
                # An unknown word joins a name it ends ("Baimukhanov"), not one
                # it begins ("Charles" is no family name).
                if any(len(k) > 1 and words[0] == k[-1] for k in map(_words, cluster.surfaces)):
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
            return Resolved(m.start, m.end, cluster.name, cluster.code(self.year), "person")
        if m.kind == "members":
            pairs = tuple((a.name, a.code) for a in m.members)
            return Resolved(m.start, m.end, " et ".join(a for a, _ in pairs), "", "members", pairs)
        assert m.actor is not None
        if m.kind == "title":
            return self._title(m, m.actor)
        return Resolved(m.start, m.end, m.actor.name, m.actor.code, m.kind)

    def _title(self, m: Mention, actor: Actor) -> Resolved:
        role = self._counterpart_role(m) if m.role in _ANY_PERSON else m.role
        if actor.kind in {"org", "group"} and role in _ORG_LEADERS:
            # "le président de la Commission" / "du Conseil européen" both read
            # as the EU: any of its leaders the article names, never a guess.
            role = "counterpart"
        if role not in COMPATIBLE and role not in _ANY_PERSON:
            # "un responsable de la délégation japonaise", "l'ambassadeur russe":
            # nobody the dictionary can name; the state speaks through them.
            return self._as_state(m, actor)
        wanted = COMPATIBLE.get(role)
        fitting = [
            c
            for c in self.clusters.values()
            if c.code(self.year) == actor.code and (wanted is None or c.roles & wanted)
        ]
        before = [
            (max(p for p in c.positions if p < m.start), c)
            for c in fitting
            if min(c.positions) < m.start
        ]
        after = [(min(c.positions), c) for c in fitting if min(c.positions) > m.start]
        if before:
            cluster = max(before, key=lambda t: t[0])[1]
        elif after:
            cluster = min(after, key=lambda t: t[0])[1]
        else:
            return self._as_state(m, actor)
        self.title_hits.append((m.start, cluster))
        return Resolved(m.start, m.end, cluster.name, cluster.code(self.year), "person")

    def _bare_title(self, m: Mention) -> Resolved | None:
        """"Le chef de l'État" with no country: the last person of that office named before.

        Only within :data:`BARE_TITLE_REACH` sentences; a dictionary person must
        hold the office in the article's year, an unknown one must have been
        given that title in the text. Nobody fits: no mention.
        """
        wanted = COMPATIBLE.get(m.role) or frozenset()
        here = self._sentence(m.start)
        seen = [(p, c) for c in self.clusters.values() for p in c.positions] + self.title_hits
        near = [
            (p, c) for p, c in seen
            if p < m.start and here - self._sentence(p) <= BARE_TITLE_REACH and self._holds(c, wanted)
        ]
        if not near:
            return None
        cluster = max(near, key=lambda hit: hit[0])[1]
        return Resolved(m.start, m.end, cluster.name, cluster.code(self.year), "person")

    def _bare_body(self, m: Mention, done: dict[int, Resolved]) -> Resolved | None:
        """"Le ministère des Affaires étrangères" with no country: the state just acting.

        The nearest earlier subject of this sentence or the one before names
        the state ("Le président philippin a convoqué une réunion, et le
        ministère des Affaires étrangères a remis une protestation" → the
        Philippines); no subject: no mention.
        """
        here = self._sentence(m.start)
        for r in sorted(done.values(), key=lambda r: -r.start):
            if r.start >= m.start or here - self._sentence(r.start) > 1:
                continue
            root = self.doc[r.start : r.end].root
            # A name parsed as its own root ("Pékin a convoqué…") is a misparsed subject.
            if not root.dep_.startswith("nsubj") and not (root.dep_ == "ROOT" and root.pos_ in ("PROPN", "NOUN")):
                continue
            state = self.book.actor(r.code) if r.code else None
            if state is not None and state.kind == "state":
                return Resolved(m.start, m.end, state.name, state.code, "state")
            return None
        return None

    def _holds(self, cluster: Cluster, wanted: frozenset[str]) -> bool:
        """Whether the cluster's person holds one of the ``wanted`` offices at the article's date."""
        if cluster.person is None or self.year is None:
            return bool(cluster.roles & wanted)
        return any(o.role in wanted and o.covers(self.year) for o in cluster.person.offices)

    def _heads_state(self, r: Resolved) -> bool:
        """Whether a resolved person is a head of state at the article's date."""
        cluster = self.by_mention.get(r.start) if r.kind == "person" else None
        return cluster is not None and self._holds(cluster, frozenset({"head_of_state"}))

    def _state_name(self, code: str) -> str | None:
        state = self.book.states.get(code)
        return state.name if state else None

    @staticmethod
    def _as_state(m: Mention, actor: Actor) -> Resolved:
        kind = actor.kind if actor.kind in {"org", "group"} else "state"
        return Resolved(m.start, m.end, actor.name, actor.code, kind)

    def _counterpart_role(self, m: Mention) -> str:
        """The role of the person "son homologue" is the counterpart of.

        "Wang Yi a rencontré son homologue russe": the last person named
        before in the sentence; their title's role, else their office in the
        article's year ("foreign" for Wang Yi, so the Russian foreign minister).
        """
        here = self._sentence(m.start)
        earlier = [
            p for p in self.person_mentions if p.end <= m.start and self._sentence(p.start) == here
        ]
        if not earlier:
            return "counterpart"
        last = earlier[-1]
        if last.role in COMPATIBLE:
            return last.role
        person = self.by_mention[last.start].person
        if person is not None:
            current = [o.role for o in person.offices if self.year and o.covers(self.year)]
            roles = current or sorted(person.roles())
            if len(set(roles)) == 1 and roles[0] in COMPATIBLE:
                return roles[0]
        return "counterpart"

    # Collectives ------------------------------------------------------------

    def _sentence(self, i: int) -> int:
        return self.sentence_of[i] if i < len(self.sentence_of) else 0


