"""Parties of an event: from a token of the parse to the coded actors it names.

The actor component has already marked mentions (``doc.spans["actors"]``);
here we find, for an argument position of a trigger (its subject, object,
an oblique…), which of those mentions fill it. A noun phrase may name one
party ("le président russe Vladimir Poutine"), several ("les dirigeants du
Kazakhstan et du Kirghizistan") or a group read as its members ("les deux
dirigeants").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.doc_context import DocContext, context_of, shared
from pipeline.events.columns import (
    cases_at,
    gender_clash_at,
    has_child_dep,
    stray_phrase_at,
    subtree_at,
)
from pipeline.events.demonyms import DemonymTable, demonym_modifiers
from pipeline.morph import features

#: Dependencies that stay inside a noun phrase when we look for its actors;
#: clauses (acl, acl:relcl) and non-genitive obliques are other arguments.
_NP_DEPS = frozenset(
    {"amod", "appos", "flat", "flat:name", "flat:foreign", "nmod", "conj", "compound", "fixed",
     "nummod", "det", "dep"}
)
_CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
_GENITIVE = frozenset({"de", "du", "des", "d'", "d’"})
#: Participles that name a phrase ("les pays dits du Sud global", "le groupe appelé C5").
_NAMING = frozenset({"dire", "dit", "appeler", "nommer", "surnommer", "baptiser"})
#: Participles that ascribe a thing to its author ("des drones attribués aux rebelles",
#: "une attaque imputée à Moscou"): the "à" phrase owns it, as a "par" agent does.
_ASCRIBING = frozenset({"attribuer", "imputer"})
_ASCRIBING_CASES = frozenset({"à", "au", "aux"})
#: Heads of place phrases ("autour de Taïwan", "près de la frontière"): what follows is
#: where the event happens, never whose it is.
_PLACE_HEADS = frozenset({"autour", "près", "proximité", "abords", "environs", "large", "long"})
_KIND_RANK = {"person": 0, "org": 1, "state": 2, "group": 3, "members": 4}


@dataclass(frozen=True)
class Party:
    """One side of an event: a coded actor and where it is mentioned.

    Example:
        >>> Party("Japon", "JPN", "state", 0, 5).key
        'JPN'
    """

    name: str
    code: str
    kind: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """What identifies the party when rows are compared: its code, else its name."""
        return self.code or self.name.lower()


class ActorIndex:
    """Token → actor mention lookup for one Doc (with the Doc's :class:`DocContext`).

    Example:
        >>> index = ActorIndex(doc)                               # doctest: +SKIP
        >>> index.span_at(doc[1])._.actor                          # doctest: +SKIP
        'Japon'
    """

    def __init__(
        self,
        doc: Doc,
        document_nouns: frozenset[str] = frozenset(),
        demonyms: DemonymTable | None = None,
        context: DocContext | None = None,
    ) -> None:
        self.document_nouns = document_nouns
        self.demonyms: DemonymTable = demonyms or {}
        #: The Doc's token columns, shared by the rules that scan many tokens.
        self.context = context or context_of(doc)
        self.by_token: dict[int, Span] = {}
        #: Parties of each mention, read once from its extension attributes.
        self._parties: dict[tuple[int, int], tuple[Party, ...]] = {}
        #: :func:`parties_at` by phrase head and stop set: rules ask for the same phrase often.
        self.phrase_parties: dict[tuple[int, frozenset[int]], tuple[Party, ...]] = {}
        #: Subject parties of a verb by verb and stop set (see ``subjects.subject_parties_of``).
        self.subject_parties: dict[tuple[int, frozenset[int]], tuple[Party, ...]] = {}
        #: ``subjects.subject_of`` by verb index: a verb's subject is asked for by several rules.
        self.verb_subjects: dict[int, tuple[Token | None, str]] = {}
        spans = list(doc.spans["actors"]) if "actors" in doc.spans else []
        # Longer mentions win: "le président russe Vladimir Poutine" over "russe".
        for span in sorted(spans, key=lambda s: s.end - s.start):
            for i in range(span.start, span.end):
                self.by_token[i] = span

    def span_at(self, token: Token) -> Span | None:
        """The actor mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def parties_of(self, span: Span) -> list[Party]:
        """:func:`parties_of_span` of one of this Doc's mentions, computed once."""
        key = (span.start, span.end)
        parties = self._parties.get(key)
        if parties is None:
            parties = self._parties[key] = tuple(parties_of_span(span))
        return list(parties)

    def remember(
        self,
        table: dict[tuple[int, frozenset[int]], tuple[Party, ...]],
        token: Token,
        stop: frozenset[int],
        compute: Callable[[Token, ActorIndex, frozenset[int]], list[Party]],
    ) -> list[Party]:
        """``compute(token, self, stop)``, kept in ``table`` for the next ask (a fresh list each time).

        For the pure look-ups rules repeat: the parties of a phrase, the
        subject parties of a verb ("la visite … et l'accord" share "a signé").
        """
        key = (token.i, stop)
        known = table.get(key)
        if known is None:
            known = table[key] = tuple(compute(token, self, stop))
        return list(known)

    def spans_in(self, tokens: Iterable[Token]) -> list[Span]:
        """Distinct actor mentions covering any of ``tokens``, in text order."""
        return self.spans_at(token.i for token in tokens)

    def spans_at(self, indices: Iterable[int]) -> list[Span]:
        """Distinct actor mentions covering any of the tokens at ``indices``, in text order."""
        seen: dict[tuple[int, int], Span] = {}
        for i in indices:
            span = self.by_token.get(i)
            if span is not None:
                seen.setdefault((span.start, span.end), span)
        return [seen[k] for k in sorted(seen)]


def parties_of_span(span: Span) -> list[Party]:
    """The parties a mention stands for: itself, or its members ("les deux dirigeants").

    Example:
        >>> # span "les deux dirigeants" with members [("Junichiro Koizumi", "JPN"),
        >>> #   ("Vladimir Poutine", "RUS")] → two parties at the span's offsets
    """
    # Each ``span._`` builds a new accessor object: take one for all the reads.
    ext = span._
    if ext.actor_kind == "members" and ext.members:
        return [
            Party(name, code, "person" if " " in name else "state", span.start_char, span.end_char)
            for name, code in ext.members
        ]
    if not ext.actor:
        return []
    return [
        Party(ext.actor, ext.actor_code or "", ext.actor_kind or "",
              span.start_char, span.end_char)
    ]


def noun_phrase(
    head: Token, stop: frozenset[int] = frozenset(), context: DocContext | None = None
) -> Iterator[Token]:
    """Tokens of the noun phrase headed by ``head``, without its clauses.

    Genitive ``nmod`` ("les dirigeants du Kazakhstan") stays inside; other
    prepositional modifiers ("la visite à Moscou") and clauses do not, and
    neither do tokens in ``stop`` (other triggers, whose arguments are theirs).
    ``context`` is the Doc's :class:`DocContext` (built from ``head``'s Doc when None).

    Example:
        >>> # "le ministre russe de la Défense, Serguei Ivanov" → all its tokens
    """
    doc = head.doc
    for i in phrase_indices(head.i, stop, context or context_of(doc)):
        yield doc[i]


def phrase_indices(head: int, stop: frozenset[int], context: DocContext) -> Iterator[int]:
    """:func:`noun_phrase` as token indices, read from the Doc's columns."""
    yield head
    deps, pos_, lemmas = context.deps, context.pos_, context.lemmas
    for child in context.children[head]:
        dep = deps[child]
        adjacent_name = pos_[child] == "PROPN" and child == head + 1
        if dep == "acl" and has_child_dep(child, "obl:agent", context):
            if gender_clash_at(child, head, context):
                continue  # "un facilitateur de la guerre menée par X": not the facilitator's
            # "la résolution présentée par les États-Unis" is theirs.
            for grandchild in context.children[child]:
                if deps[grandchild] == "obl:agent":
                    yield from phrase_indices(grandchild, stop, context)
            continue
        if dep == "acl" and lemmas[child] in _ASCRIBING:
            for grandchild in context.children[child]:
                cases = cases_at(grandchild, context)
                if deps[grandchild].startswith("obl") and cases and cases[0] in _ASCRIBING_CASES:
                    yield from phrase_indices(grandchild, stop, context)
            continue
        if dep == "acl" and lemmas[child] in _NAMING:
            # "les pays dits du Sud global": the name comes through the participle.
            for grandchild in context.children[child]:
                if deps[grandchild].startswith(("obl", "obj", "xcomp")):
                    yield from phrase_indices(grandchild, stop, context)
            continue
        if child in stop or dep in _CLAUSE_DEPS or context.lowers[child] in _PLACE_HEADS:
            continue
        if dep not in _NP_DEPS and not adjacent_name:
            # "le président Poutine" with the name misparsed (punct, dep…) still names him.
            continue
        if dep == "nmod":
            cases = cases_at(child, context)
            if cases and cases[0] not in _GENITIVE:
                continue  # not genitive_or_bare: "la visite à Moscou"
            if stray_phrase_at(child, context):
                continue  # "au Caire le président turc": another argument hung on the place
        if dep == "conj" and _case_class_at(child, context) not in ("", _case_class_at(head, context)):
            # "du président … et en Corée du Nord": a conjunct with another
            # preposition belongs to another argument the parser misplaced.
            continue
        yield from phrase_indices(child, stop, context)


def _gender_clash(participle: Token, noun: Token) -> bool:
    """True if a participle cannot agree with the noun it was attached to ("menée" / "facilitateur")."""
    mine = features(participle, "Gender")
    theirs = features(noun, "Gender")
    return bool(mine and theirs and mine != theirs)


def is_stray_phrase(token: Token) -> bool:
    """True for a phrase with its own article and no preposition under a name.

    "a reçu lundi au Caire le président turc" is often parsed with "le
    président turc" under "Caire"; a real modifier of a name never has an
    article of its own without a preposition.

    Example:
        >>> # "président" under "Caire" → True; "Nord" in "Corée du Nord" → False
    """
    return (
        token.head.pos_ == "PROPN"
        and token.i > token.head.i
        and not any(c.dep_ == "case" for c in token.children)
        and any(c.dep_ == "det" and c.i < token.i for c in token.children)
    )


def genitive_or_bare(token: Token) -> bool:
    """True for "du Kazakhstan" or an unmarked modifier, False for "à Moscou"."""
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    return not cases or cases[0] in _GENITIVE


def parties_at(head: Token, index: ActorIndex, stop: frozenset[int] = frozenset()) -> list[Party]:
    """The parties named by the noun phrase headed by ``head`` (coordination included).

    Within one phrase a state and a person of that state are one party: the
    person is kept ("le président russe Vladimir Poutine" → Vladimir Poutine).

    Example:
        >>> # "les dirigeants du Kazakhstan, du Kirghizistan et de l'Ouzbékistan"
        >>> #   → [Kazakhstan, Kirghizistan, Ouzbékistan]
    """
    return index.remember(index.phrase_parties, head, stop, _phrase_parties)


def _phrase_parties(head: Token, index: ActorIndex, stop: frozenset[int]) -> list[Party]:
    """:func:`parties_at` itself, computed afresh."""
    # Imported here: pronoun resolution reads phrases through this very function.
    from pipeline.events.pronouns import pronoun_features, resolve_pronoun
    from pipeline.events.title_owners import without_title_owners

    covering = index.span_at(head)
    if covering is None and pronoun_features(head) is not None:
        return resolve_pronoun(head, index, stop)
    context = index.context
    if covering is not None and covering._.actor_kind == "members":
        spans = [covering] + index.spans_at(_conjuncts_np(head.i, stop, context))
    else:
        # Token indices: the phrase is walked on the Doc's columns.
        phrase = list(phrase_indices(head.i, stop, context))
        for stranded in _stranded_conjuncts(head, phrase, stop, context) + _including(phrase, stop, context):
            phrase.extend(phrase_indices(stranded, stop, context))
        subtree = index.spans_at(subtree_at(head.i, context))  # spans_at sorts them
        spans = without_title_owners(head, index.spans_at(phrase), subtree)
    parties: list[Party] = []
    for span in spans:
        parties.extend(index.parties_of(span))
    if not parties and head.pos_ == "NOUN" and head.lemma_.lower() not in index.document_nouns:
        # "condamner le tir nord-coréen", "expulser des diplomates russes",
        # "des chasseurs polonais ont abattu…" (not "la presse russe": see document_nouns).
        parties = [
            Party(name, code, kind, adjective.idx, adjective.idx + len(adjective))
            for adjective, (name, code, kind) in demonym_modifiers(head, index.demonyms)
        ]
    return collapse(parties)


def names_ending_at(i: int, doc: Doc, index: ActorIndex, subjects: bool = False) -> list[Party]:
    """The list of actor mentions that ends at token ``i``: "A, B et C", "A, et son homologue B,".

    Walks back over mentions joined by "et" or commas (determiners and commas
    between them skipped) and stops at anything else; the parse is not used,
    because such lists are where it most often goes wrong. A list of
    ``subjects`` does not take in a name governed by a word before it:
    "Sans attendre l'ONU, le Chili et le Pérou ont…" is two states.

    Example:
        >>> # i at "Biden" in "Yoon Suk Yeol, le Premier ministre japonais Fumio Kishida et
        >>> #   le président américain Joe Biden" → [Yoon, Kishida, Biden]
    """
    found: list[Party] = []
    while i >= 0:
        span = index.by_token.get(i)
        if span is None:
            break
        found = index.parties_of(span) + found
        i = span.start - 1
        while i >= 0 and (doc[i].pos_ == "DET" or doc[i].text == ","):
            i -= 1
        if i >= 0 and index.by_token.get(i) is not None and doc[i + 1].text == ",":
            if subjects and _governed(index.by_token[i]):
                break
            continue  # "A, B et C": a comma joins list items too
        if i < 0 or doc[i].lower_ != "et":
            break
        i -= 1
        while i >= 0 and doc[i].text == ",":
            i -= 1
    return collapse(found)


#: Words that join a second prepositional phrase to the first: "à Moscou puis à Pékin".
_SEQUENCE_JOINERS = frozenset({"et", "puis", "ensuite", ","})


def _stranded_conjuncts(
    head: Token, phrase: list[int], stop: frozenset[int], context: DocContext | None = None
) -> list[int]:
    """Conjuncts with the same preposition that the parser hung on an earlier word.

    "qui s'est rendu à Lima mardi puis à Quito jeudi" with "Pékin" parsed
    as a conjunct of the subject: it is the second destination.

    Example:
        >>> # head "Moscou" → [Pékin]
    """
    case = case_class(head, context)
    if not case or not phrase:
        return []
    doc = head.doc
    start = j = max(phrase) + 1
    # "vendredi dernier": a time phrase may stand between the two.
    while j < len(doc) and j - start < 3 and doc[j].pos_ in ("NOUN", "ADJ", "NUM"):
        j += 1
    skipped = set(range(start, j))
    while j < len(doc) and doc[j].lower_ in _SEQUENCE_JOINERS:
        j += 1
    if j >= len(doc) or doc[j].pos_ != "ADP" or _CASE_CLASSES.get(doc[j].lower_, doc[j].lower_) != case:
        return []
    j += 1
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    if j >= len(doc) or j in stop or doc[j].dep_ != "conj":
        return []
    misattached = doc[j].head.i < head.i or doc[j].head.i in skipped
    return [j] if misattached else []


def _including(phrase: list[int], stop: frozenset[int], context: DocContext) -> list[int]:
    """The noun of ", dont …" right after a phrase: some of the ones it names.

    "des experts étrangers, dont des ingénieurs indiens" includes the
    American officers, whatever the parser made of the verbless relative.

    Example:
        >>> # phrase "des observateurs étrangers" → [officiers]
    """
    if not phrase:
        return []
    j = max(phrase) + 1
    if j + 1 >= len(context.doc) or context.texts[j] != "," or context.lowers[j + 1] != "dont":
        return []
    noun = context.heads[j + 1]
    if noun <= j + 1 or noun in stop or context.pos_[noun] not in ("NOUN", "PROPN"):
        return []
    return [noun]


def _governed(span: Span) -> bool:
    """True if a verb or a preposition right before the mention governs it ("attendre Bruxelles")."""
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and span.doc[i].pos_ in ("VERB", "ADP")


def _conjuncts_np(head: int, stop: frozenset[int], context: DocContext) -> Iterator[int]:
    """Noun phrases coordinated with token ``head`` ("les deux dirigeants et la Chine"), as indices."""
    for child in context.children[head]:
        if context.deps[child] == "conj" and child not in stop:
            yield from phrase_indices(child, stop, context)


def collapse(parties: list[Party]) -> list[Party]:
    """Keep one party per code (the most specific mention), in text order.

    Example:
        >>> collapse([Party("Russie", "RUS", "state", 0, 4),
        ...           Party("Vladimir Poutine", "RUS", "person", 5, 20)])[0].name
        'Vladimir Poutine'
    """
    best: dict[str, Party] = {}
    order: list[str] = []
    for party in parties:
        key = party.key
        if key not in best:
            best[key] = party
            order.append(key)
        elif _KIND_RANK.get(party.kind, 5) < _KIND_RANK.get(best[key].kind, 5):
            best[key] = party
    return [best[k] for k in order]


def case_of(token: Token, context: DocContext | None = None) -> str:
    """The preposition marking ``token`` ("auprès" for "auprès de la Corée"), or ``""``.

    The columns are read from ``context``, else from the Doc's shared one
    (:func:`~pipeline.doc_context.shared`), instead of Tokens.

    Example:
        >>> # "avec la Chine" → "avec"
    """
    context = context or shared(token.doc)
    if context is not None:
        return _case_in(token.i, context)
    cases = [c for c in token.children if c.dep_ in ("case", "mark") and c.i < token.i]
    if not cases:
        if token.head.dep_ == "dep" and token.dep_ == "obl:arg" and token.head.pos_ == "ADV":
            return token.head.lower_
        return ""
    return cases[0].lower_.replace("’", "'")


def _case_in(i: int, context: DocContext) -> str:
    """:func:`case_of` token ``i``, read from the context's columns."""
    deps, lowers = context.deps, context.lowers
    for child in context.children[i]:
        if child > i:
            break  # children come in text order: the rest follow the token
        if deps[child] in ("case", "mark"):
            return lowers[child].replace("’", "'")
    head = context.heads[i]
    if deps[head] == "dep" and deps[i] == "obl:arg" and context.pos_[head] == "ADV":
        return lowers[head]
    return ""


def _case_class_at(i: int, context: DocContext) -> str:
    """:func:`case_class` of token ``i``, read from the context's columns."""
    case = _case_in(i, context)
    return _CASE_CLASSES.get(case, case)


#: Contracted and elided forms of one preposition.
_CASE_CLASSES = {"du": "de", "des": "de", "d'": "de", "au": "à", "aux": "à"}


def case_class(token: Token, context: DocContext | None = None) -> str:
    """The preposition of ``token`` with contractions undone ("du" → "de", "aux" → "à").

    The columns are read from ``context``, else from the Doc's shared one
    (:func:`~pipeline.doc_context.shared`), instead of Tokens.

    Example:
        >>> # "du Kazakhstan" and "de l'Ouzbékistan" → "de" for both
    """
    case = case_of(token, context)
    return _CASE_CLASSES.get(case, case)
