"""Find dictionary forms in a Doc with a piece-level trie built once.

A Doc is flattened into folded pieces (see :mod:`pipeline.actors.normalize`).
Matches start at a token's first piece and end at a token's last piece, so
the spans they give are token-aligned whatever the tokenizer did with
hyphens. The trie walks each start position once: linear in the text, not in
the number of patterns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, LOWER, ORTH, SPACY
from spacy.tokens import Doc

from pipeline.actors.dictionary import Actor, Entry
from pipeline.actors.normalize import fold, is_capitalised, raw_pieces


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    #: The entries as a tuple when none asks for a case (no window to check), else None.
    uncased: tuple[Entry, ...] | None = None


class Piece(NamedTuple):
    """One folded piece of a token, with the token it belongs to.

    A named tuple rather than a dataclass: a Doc makes one per word, and
    tuples are several times cheaper to build.
    """

    key: str
    raw: str
    token: int
    first: bool
    last: bool


class Hit(NamedTuple):
    """A dictionary form found in the text: pieces ``[start, end)``."""

    start: int
    end: int
    entries: tuple[Entry, ...]


class Trie:
    """Prefix tree from piece tuples to dictionary entries.

    Example:
        >>> from pipeline.actors.dictionary import Actor, Entry
        >>> t = Trie([(("coree", "du", "nord"), Entry("state", Actor("Corée du Nord", "PRK", "state")))])
        >>> [h.end for h in t.walk(flatten_text("la Corée du Nord"), 1)]
        [4]
    """

    def __init__(self, surfaces: Iterable[tuple[tuple[str, ...], Entry]]) -> None:
        self.root = _Node()
        for keys, entry in surfaces:
            node = self.root
            for key in keys:
                node = node.children.setdefault(key, _Node())
            node.entries.append(entry)
        stack = [self.root]
        while stack:
            node = stack.pop()
            if not any(1 in e.mask or 2 in e.mask for e in node.entries):
                node.uncased = tuple(node.entries)
            stack.extend(node.children.values())

    def walk(self, flat: list[Piece], start: int) -> list[Hit]:
        """Every form that starts at piece ``start``, shortest first.

        Entries whose capitalisation mask the text does not meet are dropped.
        """
        hits: list[Hit] = []
        node = self.root
        for end in range(start, len(flat)):
            child = node.children.get(flat[end].key)
            if child is None:
                break
            node = child
            if node.uncased:
                hits.append(Hit(start, end + 1, node.uncased))
            elif node.entries:
                window = flat[start : end + 1]
                ok = tuple(e for e in node.entries if _case_ok(e, window))
                if ok:
                    hits.append(Hit(start, end + 1, ok))
        return hits


def _case_ok(entry: Entry, window: list[Piece]) -> bool:
    """Whether every piece the entry wants capitalised is capitalised."""
    for want, piece in zip(entry.mask, window, strict=False):
        if want == 1 and not is_capitalised(piece.raw):
            return False
        if want == 2 and not piece.raw.isupper():
            return False
    return True


class Word(NamedTuple):
    """What matching needs of one token text, worked out once per text.

    ``pieces`` are ``(key, raw, first, last)`` for each piece of the text
    (none for a whitespace token, which matching skips); ``folded`` is the
    whole text folded (see :func:`~pipeline.actors.normalize.fold`) and
    ``lower`` is ``token.lower_``.
    """

    text: str
    lower: str
    folded: str
    pieces: tuple[tuple[str, str, bool, bool], ...]


def _word(text: str, lower: str) -> Word:
    """The :class:`Word` of one token text (``lower``: its ``token.lower_``)."""
    if text.isspace():
        # A stray no-break space must not cut "Vladimir Poutine" in two.
        return Word(text, lower, fold(text), ())
    raws = raw_pieces(text) or [text]
    last = len(raws) - 1
    pieces = tuple((_key(raw), raw, k == 0, k == last) for k, raw in enumerate(raws))
    return Word(text, lower, fold(text), pieces)


class PieceCache:
    """Folded pieces of token texts, remembered across documents.

    Folding is the costliest step of matching and the same words ("le",
    "ministre", "Tokyo") recur in every article, so each text is folded once.
    Words are kept by orth id (the hash of the text, the same in every
    Doc and memory zone), so a Doc's texts need not even be looked up in
    the string store. The memory is cleared when it holds ``limit`` texts,
    so it stays bounded however large the corpus.

    Example:
        >>> from spacy.vocab import Vocab
        >>> [w.pieces for w in PieceCache().words(Doc(Vocab(), words=["Jong‑un"]))]
        [(('jong', 'Jong', True, False), ('-', '-', False, False), ('un', 'un', False, True))]
    """

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self._known: dict[int, Word] = {}

    def words(self, doc: Doc) -> list[Word]:
        """The :class:`Word` of every token of ``doc``, in order."""
        known = self._known
        if len(known) >= self.limit:
            known.clear()
        found = known.get
        strings = doc.vocab.strings
        words: list[Word] = []
        append = words.append
        for orth, lower in doc.to_array([ORTH, LOWER]).tolist():
            word = found(orth)
            if word is None:
                word = known[orth] = _word(strings[orth], strings[lower])
            append(word)
        return words


def flatten(doc: Doc, cache: PieceCache | None = None) -> list[Piece]:
    """The Doc's tokens as pieces, each tagged with its token index.

    Example:
        >>> from spacy.vocab import Vocab
        >>> [p.key for p in flatten(Doc(Vocab(), words=["Kim", "Jong-un"]))]
        ['kim', 'jong', '-', 'un']
    """
    return _flat((cache or PieceCache()).words(doc))


def _flat(words: list[Word]) -> list[Piece]:
    """The pieces of ``words``, each tagged with its token index."""
    return _flat_and_begins(words, {})[0]


def _flat_and_begins(
    words: list[Word], heads: Mapping[str, object]
) -> tuple[list[Piece], dict[int, int], list[int]]:
    """The pieces of ``words``, each token's first piece, and the first pieces in ``heads``.

    One pass finds what matching needs: the pieces, where each token
    begins among them, and the pieces where a form may begin (their key
    starts some dictionary form).
    """
    flat: list[Piece] = []
    first_piece: dict[int, int] = {}
    begins: list[int] = []
    append = flat.append
    # tuple.__new__ builds the named tuples without the Python-level __new__ call.
    make = tuple.__new__
    for i, word in enumerate(words):
        pieces = word.pieces
        if not pieces:
            continue
        k = len(flat)
        first_piece[i] = k
        if pieces[0][0] in heads:
            begins.append(k)
        for key, raw, first, last in pieces:
            append(make(Piece, (key, raw, i, first, last)))
    return flat, first_piece, begins


def entity_starts(doc: Doc, label: str) -> frozenset[int]:
    """``ent.start`` of every entity of ``doc.ents`` labelled ``label``.

    Read from the entity columns: ``doc.ents`` builds a Span, and Tokens,
    for every entity of the Doc. An entity begins on a ``B`` token
    (IOB code 3) that has a type.

    Example:
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Vladimir", "Poutine", "à", "Paris"],
        ...           ents=["B-PER", "I-PER", "O", "B-LOC"])
        >>> sorted(entity_starts(doc, "PER"))
        [0]
    """
    wanted = doc.vocab.strings[label]  # the hash, without adding the string
    rows = doc.to_array([ENT_IOB, ENT_TYPE])
    if not len(rows):
        return frozenset()
    # Compared in numpy: a Python pair per token costs more than the whole test.
    return frozenset(numpy.flatnonzero((rows[:, 0] == 3) & (rows[:, 1] == wanted)).tolist())


def token_texts(doc: Doc) -> list[str]:
    """The text of every token, read from the orth ids in one array.

    Cheaper than ``[t.text for t in doc]``, which builds a Token per word.

    Example:
        >>> from spacy.vocab import Vocab
        >>> token_texts(Doc(Vocab(), words=["Le", "Japon"]))
        ['Le', 'Japon']
    """
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def flatten_text(text: str) -> list[Piece]:
    """Pieces of a plain string, one token per whitespace-separated word (for tests)."""
    flat: list[Piece] = []
    for i, word in enumerate(text.split()):
        raws = raw_pieces(word) or [word]
        for k, raw in enumerate(raws):
            flat.append(Piece(_key(raw), raw, i, k == 0, k == len(raws) - 1))
    return flat


def _key(raw: str) -> str:
    return fold(raw)


def token_hits(
    trie: Trie, flat: list[Piece], begins: Iterable[int] | None = None
) -> dict[int, list[tuple[int, tuple[Entry, ...]]]]:
    """Token-aligned forms by start token: ``{token: [(end_token, entries)…]}``.

    A form counts only if it starts on a token's first piece and ends on a
    token's last piece; ``end_token`` is exclusive. Longest forms come last.
    ``begins`` are the indices of the first pieces whose key begins some
    form (found here when None; :class:`Lexed` finds them in its own pass).
    """
    found: dict[int, list[tuple[int, tuple[Entry, ...]]]] = {}
    if begins is None:
        heads = trie.root.children
        # Most words begin no form: one set look-up instead of a walk.
        begins = [p for p, piece in enumerate(flat) if piece.first and piece.key in heads]
    for p in begins:
        piece = flat[p]
        for hit in trie.walk(flat, p):
            tail = flat[hit.end - 1]
            if tail.last:
                found.setdefault(piece.token, []).append((tail.token + 1, hit.entries))
    return found


class Found(NamedTuple):
    """The longest form of a wanted kind at a token: tokens ``[start, end)``."""

    start: int
    end: int
    entry: Entry


class Lexed:
    """A Doc with its dictionary forms, queried by the title grammar.

    The forms are indexed once per Doc by start token and kind, so the
    grammar's many queries are dictionary look-ups.

    Example:
        >>> lexed = Lexed(doc, trie)                        # doctest: +SKIP
        >>> lexed.find(3, ("state", "capital")).entry.ref.name  # doctest: +SKIP
        'Russie'
    """

    def __init__(
        self,
        doc: Doc,
        trie: Trie,
        actors: Mapping[str, Actor] | None = None,
        cache: PieceCache | None = None,
    ) -> None:
        self.doc = doc
        self.trie = trie
        #: States and organisations by code, to turn a person's code into an actor.
        self.actors: Mapping[str, Actor] = actors or {}
        #: What matching knows of each token's text (its folded form, its pieces).
        self.words = (cache or PieceCache()).words(doc)
        #: ``token.text``, ``token.lower_`` and the folded text of every token.
        self.texts = [w.text for w in self.words]
        self.lowers = [w.lower for w in self.words]
        self.folded = [w.folded for w in self.words]
        self.flat, self.first_piece, begins = _flat_and_begins(self.words, trie.root.children)
        self.hits = token_hits(trie, self.flat, begins)
        #: ``token.whitespace_ != ""`` of every token, read in one array.
        self.spaced: list[bool] = [bool(s) for s in doc.to_array(SPACY).tolist()]
        self._longest = {token: _longest_by_kind(token, forms) for token, forms in self.hits.items()}
        self._kinds = {token: frozenset(by_kind) for token, by_kind in self._longest.items()}
        #: Tokens where a mention may start: the first word of some form
        #: (whole or as a compound's first unit) or of a ``PER`` entity.
        self.person_starts = entity_starts(doc, "PER")
        self.starts = self.person_starts | {self.flat[k].token for k in begins}

    def find(self, i: int, kinds: tuple[str, ...]) -> Found | None:
        """The longest form at token ``i`` with one of ``kinds`` (first kind wins ties)."""
        longest = self._longest.get(i)
        if longest is None:
            return None
        best: Found | None = None
        for kind in kinds:
            found = longest.get(kind)
            if found is not None and (best is None or found[0].end > best.end):
                best = found[0]
        return best

    def find_all(self, i: int, kind: str) -> list[Found]:
        """Every entry of ``kind`` in the longest form of that kind at token ``i``."""
        return list(self._longest.get(i, {}).get(kind, ()))

    def kinds_at(self, i: int) -> frozenset[str]:
        """Every kind that some form starting at token ``i`` has."""
        return self._kinds.get(i, frozenset())


def _longest_by_kind(
    token: int, forms: list[tuple[int, tuple[Entry, ...]]]
) -> dict[str, tuple[Found, ...]]:
    """For each kind, the entries of that kind in the longest form at ``token``.

    Example: at "Corée" in "la Corée du Nord", ``state`` maps to the entry
    of "Corée du Nord", not to a shorter form.
    """
    if len(forms) == 1 and len(forms[0][1]) == 1:
        # Most tokens begin one form of one entry ("de", "la", "Tokyo").
        end, (entry,) = forms[0]
        return {entry.kind: (Found(token, end, entry),)}
    by_kind: dict[str, tuple[Found, ...]] = {}
    for end, entries in forms:  # shortest first: longer forms overwrite
        at_end: dict[str, list[Found]] = {}
        for entry in entries:
            at_end.setdefault(entry.kind, []).append(Found(token, end, entry))
        by_kind.update((kind, tuple(found)) for kind, found in at_end.items())
    return by_kind
