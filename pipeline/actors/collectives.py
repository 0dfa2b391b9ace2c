"""Mentions that stand for two actors: "les deux dirigeants", "les deux pays".

The two actors most present before the mention, each earlier mention
weighing half as much per sentence back: people (named within two
sentences) for "dirigeants", states and groups for "pays"; one per code.
A second "les deux dirigeants" with no one named since reuses the first;
the owner of "ses deux voisins" is not one of them. A pair the text joins
itself ("entre Bakou et Erevan", "la Russie et la Chine", "l'accord
russo-nord-coréen") a few sentences back is preferred to the scores: it is
the event the collective goes back to, unless it is only named in passing
(two complements of a third state's act, "L'Égypte s'est rapprochée d'Asmara
et de Mogadiscio") while another pair is the story's, joined more often:
then "les deux pays" keeps the story's pair. "Les deux parties" and "les deux
camps" name the sides of such a pair only: without one they stay unresolved.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from pipeline.actors.dictionary import ActorDictionary
from pipeline.actors.mentions import Mention
from pipeline.actors.resolved import Resolved

#: Weight of a mention one sentence further back, for "les deux pays".
_DECAY = 0.5
#: Possessives whose owner is not one of the two ("ses deux voisins").
_SINGULAR_POSSESSIVES = frozenset({"ses", "son", "sa"})
#: How many sentences back a person may be for "les deux dirigeants".
_PERSON_REACH = 2
#: How many sentences back a joined pair ("entre X et Y") is looked for.
_PAIR_REACH = 5
#: How often the story's pair must be joined to win over a pair named in passing.
_STORY_JOINS = 2
#: Words that may stand between the two mentions of a joined pair.
_PAIR_JOINERS = frozenset({"et", "-", "–", "—", "le", "la", "l'", "l’", "les"})
#: Dependency labels of a verb's complements ("obj", "obl:arg", "iobj"…).
_COMPLEMENTS = ("obj", "obl", "iobj")
#: Complements of a verb whose subject acts on them ("X a rencontré Y", "X a parlé à Y").
_SIDE_COMPLEMENTS = frozenset({"obj", "obl:arg", "iobj"})
#: Prepositions of a noun's complement that address others ("l'envoi d'aide aux deux pays").
_ADDRESS_CASES = frozenset({"à", "aux", "au", "avec"})
#: Words that make the pair a list of more than two ("X, Y et Z").
_LIST_MARKS = frozenset({",", "et"})


class Collectives:
    """Resolve the collective mentions of one document, in order.

    Example:
        >>> Collectives(doc, book, sentence_index(doc)).resolve(m, earlier)  # doctest: +SKIP
        Resolved(..., actor='Junichiro Koizumi et Russie', kind='members', ...)
    """

    def __init__(self, doc: Doc, book: ActorDictionary, sentence_of: list[int]) -> None:
        self.doc = doc
        self.book = book
        self.sentence_of = sentence_of
        self.last: dict[str, Resolved] = {}

    def resolve(self, m: Mention, resolved: list[Resolved]) -> Resolved | None:
        """Two parties for "les deux dirigeants" / "les deux pays", or None."""
        here = self._sentence(m.start)
        earlier = [r for r in resolved if r.end <= m.start and not self._in_furniture(r)]
        scores: dict[tuple[str, str], float] = {}
        people: dict[tuple[str, str], float] = {}
        # People named further back complete the peers of an owner ("ses deux
        # homologues") before any state or organisation would: "l'Asean" is
        # nobody's homologue. Without an owner, a near state is the better guess.
        far: dict[tuple[str, str], float] = {}
        for r in earlier:
            distance = here - self._sentence(r.start)
            weight = _DECAY**distance
            for pair in self._as_parties(r, m.role):
                scores[pair] = scores.get(pair, 0.0) + weight
            if r.kind == "person" and r.code:
                pool = people if distance <= _PERSON_REACH else far
                pool[(r.actor, r.code)] = pool.get((r.actor, r.code), 0.0) + weight
        owner = self._possessor(m, earlier) | self._acting_subject(m, earlier)
        for pool in (scores, people, far):
            for pair in [p for p in pool if p[1] in owner]:
                del pool[pair]
        chosen: list[tuple[str, str]] = []
        joined = self._joined_pair(m, earlier, owner)
        if joined is not None:
            chosen = joined
        elif m.role == "side":
            # "les deux parties": only a pair the text joins names the two sides;
            # the two names most present may be a mediator and one side.
            return None
        elif m.role == "person":
            if not people and m.role in self.last:
                # "signé par les deux dirigeants" a few sentences after the
                # first "les deux dirigeants": the same two people.
                return replace(self.last[m.role], start=m.start, end=m.end)
            chosen = _top(far if owner - {""} else {}, _top(people, chosen))
        chosen = _top(scores, chosen)
        if len(chosen) < 2:
            return None
        names = " et ".join(name for name, _ in chosen)
        result = Resolved(m.start, m.end, names, "", "members", tuple(chosen))
        self.last[m.role] = result
        return result

    def _joined_pair(
        self, m: Mention, earlier: list[Resolved], owner: set[str]
    ) -> list[tuple[str, str]] | None:
        """The last pair the text joins itself, within a few sentences before ``m``.

        "Le sommet entre le Kazakhstan et la Chine … Les deux pays ont signé":
        Kazakhstan and China, even if Russia was named more often. For
        "les deux dirigeants" both must be people.
        """
        here = self._sentence(m.start)
        near = [r for r in earlier if here - self._sentence(r.start) <= _PAIR_REACH]
        for k in range(len(near) - 1, -1, -1):
            found = self._pair_ending(near, k, m.role)
            # Organisations with no code ("Mercosur", "AELE") count by name.
            if found and len({_key(p) for p in found}) == 2 and not {c for _, c in found} & owner:
                if m.role == "country" and self._passing(near, k):
                    story = self._story_pair(earlier, m.role, owner)
                    if story is not None and _pair_key(story) != _pair_key(found):
                        return story
                return found
        return None

    def _all_pairs(self, earlier: list[Resolved], role: str, owner: set[str]) -> list[list[tuple[str, str]]]:
        """Every pair the text joins itself before the collective, in order."""
        ordered = sorted(earlier, key=lambda r: r.start)
        pairs = []
        for k in range(len(ordered)):
            found = self._pair_ending(ordered, k, role)
            if found and len({_key(p) for p in found}) == 2 and not {c for _, c in found} & owner:
                pairs.append(found)
        return pairs

    def _story_pair(
        self, earlier: list[Resolved], role: str, owner: set[str]
    ) -> list[tuple[str, str]] | None:
        """The pair the story keeps joining: joined at least twice, strictly more than any other.

        "la crise entre l'Éthiopie et l'Érythrée … l'UA a exhorté Addis-Abeba
        et Asmara": Ethiopia and Eritrea, whatever pair is named in passing later.
        """
        counts: dict[frozenset[str], int] = {}
        first: dict[frozenset[str], list[tuple[str, str]]] = {}
        for pair in self._all_pairs(earlier, role, owner):
            key = _pair_key(pair)
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, pair)
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < _STORY_JOINS or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        best = max(counts, key=lambda key: counts[key])
        return first[best]

    def _passing(self, near: list[Resolved], k: int) -> bool:
        """Whether the pair ending at ``near[k]`` is only the complement of a third actor's act.

        "L'Égypte s'est rapprochée d'Asmara et de Mogadiscio": Egypt acts, the
        two are where it turns to, not the story's pair. A pair that is the
        subject ("Le Kenya et l'Ouganda ont signé") or one mention of two
        ("l'accord russo-nord-coréen") is not passing.
        """
        if k == 0 or near[k].kind == "members" or not self._joined(near, k):
            return False
        first = near[k - 1]
        one = self.doc[first.start : first.end].root
        if not one.dep_.startswith(_COMPLEMENTS):
            return False
        verb = one.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == one.i:
            return False
        pair_codes = {c for r in (first, near[k]) for _, c in self._parties_of(r)} | {first.code, near[k].code}
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        for r in near[:k - 1]:
            if any(r.start <= s.i < r.end for s in subjects):
                codes = {c for _, c in self._parties_of(r)} | {r.code}
                return bool(codes - {""}) and not (codes - {""}) & pair_codes
        return False

    def _pair_ending(self, near: list[Resolved], k: int, role: str) -> list[tuple[str, str]] | None:
        """The two parties the text joins with ``near[k]`` as the second one, if any.

        "l'accord russo-nord-coréen" (one mention of two), "la Hongrie et la
        Slovaquie", or the two sides of one act ("Le Népal a rencontré le
        Bangladesh").
        """
        r = near[k]
        if r.kind == "members" and len(r.members) == 2 and role in ("state", "side", "country"):
            return self._as_parties(r, role)
        first = near[k - 1] if k > 0 and self._joined(near, k) else self._acting_on(near[:k], r)
        if first is None or (role == "person" and not (r.kind == first.kind == "person")):
            return None
        return [*self._party_of(first, role), *self._party_of(r, role)]

    def _joined(self, near: list[Resolved], k: int) -> bool:
        """Whether ``near[k-1]`` and ``near[k]`` are exactly two names joined by "et" or a dash."""
        first, second = near[k - 1], near[k]
        if self._sentence(first.start) != self._sentence(second.start):
            return False
        if self._listed_after(near, k - 1):
            # "Le Népal, l'Inde et le Bhoutan": the last two of a longer list,
            # even where the parse hangs the first name elsewhere.
            return False
        if self._coordinated(first, second):
            return True
        between = [t.lower_ for t in self.doc[first.end : second.start]]
        if not between or not set(between) <= _PAIR_JOINERS or between[0] in {"le", "la", "les"}:
            return False
        b = first.start - 1
        while b >= 0 and self.doc[b].lower_ in _PAIR_JOINERS - {"et"}:
            b -= 1  # ", la Chine et l'Inde": the comma is before the article
        before = self.doc[b].lower_ if b >= 0 else ""
        if before in _LIST_MARKS:
            return False
        after = self.doc[second.end].lower_ if second.end < len(self.doc) else ""
        return after not in _LIST_MARKS

    def _listed_after(self, near: list[Resolved], k: int) -> bool:
        """Whether ``near[k]`` follows another name of its sentence across a bare comma.

        Example:
            >>> # "Le Népal, l'Inde et le Bhoutan": "Inde" is listed after "Népal"
        """
        if k == 0 or self._sentence(near[k - 1].start) != self._sentence(near[k].start):
            return False
        between = [t.lower_ for t in self.doc[near[k - 1].end : near[k].start]]
        return bool(between) and between[0] == "," and set(between[1:]) <= _PAIR_JOINERS - {"et"}

    def _acting_on(self, before: list[Resolved], second: Resolved) -> Resolved | None:
        """The subject of the verb ``second`` is the object of, named earlier in its sentence.

        "Le Népal a ensuite rencontré le Bangladesh" → Népal for Bangladesh:
        the two sides of one act. Only a direct complement ("obj",
        "obl:arg", "iobj") of a verb, and the verb's own subject.
        """
        two = self.doc[second.start : second.end].root
        verb = two.head
        if two.dep_ not in _SIDE_COMPLEMENTS or verb.pos_ not in ("VERB", "AUX") or verb.i == two.i:
            return None
        here = self._sentence(second.start)
        for r in reversed(before):
            if self._sentence(r.start) != here:
                break
            one = self.doc[r.start : r.end].root
            if one.dep_ == "nsubj" and one.head.i == verb.i:
                return r
        return None

    def _coordinated(self, first: Resolved, second: Resolved) -> bool:
        """Whether the parse joins exactly these two phrases, titles and all.

        "a reçu le président congolais, Félix Tshisekedi, et le président
        rwandais, Paul Kagame": the appositions hide the "et" from the word
        test, but the second phrase is the only conjunct of the first.
        """
        one = self.doc[first.start : first.end].root
        two = self.doc[second.start : second.end].root
        if two.dep_ != "conj" or two.head.i != one.i or one.dep_ == "conj":
            return False
        return [c.i for c in one.children if c.dep_ == "conj"] == [two.i]

    def _possessor(self, m: Mention, earlier: list[Resolved]) -> set[str]:
        """Codes that cannot be among "ses deux voisins": the owner's.

        "Tokyo doit composer avec une alliance entre ses deux voisins": the
        first actor of the sentence owns them, so it is not one of them.
        "leurs deux pays" is owned by the two themselves and excludes nobody.
        """
        if m.start == 0 or self.doc[m.start - 1].lower_ not in _SINGULAR_POSSESSIVES:
            return set()
        here = self._sentence(m.start)
        same = [r for r in earlier if self._sentence(r.start) == here]
        if not same:
            return set()
        first = same[0]
        return {code for _, code in self._parties_of(first)} | {first.code}

    def _acting_subject(self, m: Mention, earlier: list[Resolved]) -> set[str]:
        """Codes of the subject acting on the collective, which cannot be one of the two.

        "La Chine a appelé les deux voisins à la retenue": China is not one
        of the neighbours. Only when the collective is a complement of a verb
        whose subject is an actor named before it.
        """
        head = self.doc[m.start : m.end].root
        verb = head
        for _ in range(3):  # "a exhorté mardi les deux rivaux": "rivaux" under the date word
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.i == head.i or verb.pos_ not in ("VERB", "AUX"):
            return set()
        if not head.dep_.startswith(_COMPLEMENTS) and not _addressed(head):
            return set()
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < m.start]
        codes: set[str] = set()
        for r in earlier:
            if any(r.start <= s.i < r.end for s in subjects):
                codes |= {code for _, code in self._parties_of(r)} | {r.code}
        return codes - {""}

    def _party_of(self, r: Resolved, role: str) -> list[tuple[str, str]]:
        """A person as themself for "les deux dirigeants", else the parties they put forward."""
        return [(r.actor, r.code)] if role == "person" else self._as_parties(r, role)

    def _as_parties(self, r: Resolved, role: str) -> list[tuple[str, str]]:
        """The states (or groups) one earlier mention puts forward as a party.

        For a ``country`` collective ("les deux pays") only states count:
        "l'ONU … l'envoi d'aide aux deux pays" does not make the ONU a country.
        """
        parties = self._parties_of(r)
        if role != "country":
            return parties
        if r.kind in {"org", "group"}:
            return []
        return [p for p in parties if (a := self.book.actor(p[1])) is None or a.kind == "state"]

    def _parties_of(self, r: Resolved) -> list[tuple[str, str]]:
        """The states (or groups) one earlier mention stands for, whatever the collective."""
        if r.kind == "members":
            # "les deux dirigeants" then "les deux capitales": their states.
            states = [self.book.actor(code) for _, code in r.members]
            return [(s.name, s.code) if s else pair for s, pair in zip(states, r.members, strict=True)]
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


def _addressed(head: Token) -> bool:
    """Whether a noun's complement names who receives or faces the act ("aux deux pays").

    "Le Japon a annoncé l'envoi de tentes aux deux pays": the giver is not
    one of the receivers. "entre les deux pays" is left out: "X a renforcé
    la coopération entre les deux pays" may count X itself.
    """
    if head.dep_ != "nmod":
        return False
    return any(c.dep_ == "case" and c.lower_ in _ADDRESS_CASES for c in head.children)


def _top(scores: dict[tuple[str, str], float], chosen: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Add the best-scored parties to ``chosen`` until there are two, one per code."""
    result = list(chosen)
    for pair in sorted(scores, key=lambda p: scores[p], reverse=True):
        if len(result) == 2:
            break
        if all(_key(pair) != _key(c) for c in result):
            result.append(pair)
    return result


def _pair_key(pair: list[tuple[str, str]]) -> frozenset[str]:
    """A joined pair's identity, in either order."""
    return frozenset(_key(p) for p in pair)


def _key(pair: tuple[str, str]) -> str:
    """A party's identity: its code, else its name ("Mercosur", "AELE" have no code)."""
    name, code = pair
    return code or name.lower()
