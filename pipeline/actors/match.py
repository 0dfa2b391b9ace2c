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

from spacy.tokens import Doc

from pipeline.actors.dictionary import Actor, Entry
from pipeline.actors.normalize import fold, is_capitalised, raw_pieces


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class Piece:
    """One folded piece of a token, with the token it belongs to."""

    key: str
    raw: str
    token: int
    first: bool
    last: bool


@dataclass(frozen=True)
class Hit:
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
            if node.entries:
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


def flatten(doc: Doc) -> list[Piece]:
    """The Doc's tokens as pieces, each tagged with its token index.

    Example:
        >>> from spacy.vocab import Vocab
        >>> [p.key for p in flatten(Doc(Vocab(), words=["Kim", "Jong-un"]))]
        ['kim', 'jong', '-', 'un']
    """
    flat: list[Piece] = []
    for token in doc:
        if token.is_space:
            # A stray no-break space must not cut "Vladimir Poutine" in two.
            continue
        raws = raw_pieces(token.text) or [token.text]
        for k, raw in enumerate(raws):
            flat.append(Piece(_key(raw), raw, token.i, k == 0, k == len(raws) - 1))
    return flat


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


def token_hits(trie: Trie, flat: list[Piece]) -> dict[int, list[tuple[int, tuple[Entry, ...]]]]:
    """Token-aligned forms by start token: ``{token: [(end_token, entries)…]}``.

    A form counts only if it starts on a token's first piece and ends on a
    token's last piece; ``end_token`` is exclusive. Longest forms come last.
    """
    found: dict[int, list[tuple[int, tuple[Entry, ...]]]] = {}
    for p, piece in enumerate(flat):
        if not piece.first:
            continue
        for hit in trie.walk(flat, p):
            tail = flat[hit.end - 1]
            if tail.last:
                found.setdefault(piece.token, []).append((tail.token + 1, hit.entries))
    return found


@dataclass(frozen=True)
class Found:
    """The longest form of a wanted kind at a token: tokens ``[start, end)``."""

    start: int
    end: int
    entry: Entry


class Lexed:
    """A Doc with its dictionary forms, queried by the title grammar.

    Example:
        >>> lexed = Lexed(doc, trie)                        # doctest: +SKIP
        >>> lexed.find(3, ("state", "capital")).entry.ref.name  # doctest: +SKIP
        'Russie'
    """

    def __init__(self, doc: Doc, trie: Trie, actors: Mapping[str, Actor] | None = None) -> None:
        self.doc = doc
        self.trie = trie
        #: States and organisations by code, to turn a person's code into an actor.
        self.actors: Mapping[str, Actor] = actors or {}
        self.flat = flatten(doc)
        self.hits = token_hits(trie, self.flat)
        self.first_piece = {p.token: k for k, p in reversed(list(enumerate(self.flat)))}

    def find(self, i: int, kinds: tuple[str, ...]) -> Found | None:
        """The longest form at token ``i`` with one of ``kinds`` (first kind wins ties)."""
        for end, entries in reversed(self.hits.get(i, [])):
            for kind in kinds:
                for entry in entries:
                    if entry.kind == kind:
                        return Found(i, end, entry)
        return None

    def find_all(self, i: int, kind: str) -> list[Found]:
        """Every entry of ``kind`` in the longest form of that kind at token ``i``."""
        for end, entries in reversed(self.hits.get(i, [])):
            same = [Found(i, end, e) for e in entries if e.kind == kind]
            if same:
                return same
        return []

    def kinds_at(self, i: int) -> set[str]:
        """Every kind that some form starting at token ``i`` has."""
        return {e.kind for _, entries in self.hits.get(i, []) for e in entries}
