"""Token attributes of one Doc, read once into plain Python lists.

Rules that scan every token of a Doc (trigger search, sentence cutting) pay
mostly for spaCy's Token objects: ``doc[i]`` builds one, and each
``token.lemma_`` or ``token.dep_`` is a look-up in the string store. A
:class:`DocContext` reads the attributes of all tokens from one
:meth:`Doc.to_array` call, so such scans work on ints and strings and build
a Token only for the few words that pass their cheap tests. Each column is
built on first use: a rule that needs only the parts of speech does not pay
for the lemmas. The context holds no rule data and is made per Doc, from any
Doc (a hand-built one in tests as well as a parsed one).

Example:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> vocab = spacy.blank("fr").vocab
    >>> doc = Doc(vocab, words=["Le", "Japon", "signe", "."], pos=["DET", "PROPN", "VERB", "PUNCT"])
    >>> context = DocContext(doc)
    >>> context.lowers, context.pos_
    (['le', 'japon', 'signe', '.'], ['DET', 'PROPN', 'VERB', 'PUNCT'])
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import TypeVar, cast

from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, LOWER, MORPH, ORTH, POS, SENT_START
from spacy.tokens import Doc

T = TypeVar("T")

#: Key of the Doc's shared context in its user data, while :func:`shared_context` holds.
_SHARED_KEY = "fr_events_context"


class DocContext:
    """Per-token columns of one Doc (texts, lower forms, lemmas, parts of speech…).

    Attributes:
        doc: The Doc the columns were read from; its tokens must not change afterwards.

    Example:
        >>> from spacy.vocab import Vocab
        >>> from spacy.tokens import Doc
        >>> DocContext(Doc(Vocab(), words=["Tokyo", "proteste"])).idx
        [0, 6]
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        #: Results of :meth:`memo`, by the function that made them.
        self._memo: dict[Callable[[DocContext], object], object] = {}
        #: :meth:`feature` by morphology key and field: a Doc repeats few analyses.
        self._features: dict[tuple[int, str], tuple[str, ...]] = {}
        #: :meth:`morph_text` by morphology key.
        self._morph_texts: dict[int, str] = {}

    def memo(self, function: Callable[[DocContext], T]) -> T:
        """``function(self)``, computed once per context.

        For pure functions of the Doc that several rules ask for (the event
        sentences, the dated spans): the first call computes, later calls
        return the same object, which callers must not change.

        Example:
            >>> from spacy.vocab import Vocab
            >>> context = DocContext(Doc(Vocab(), words=["Tokyo", "proteste"]))
            >>> def size(c: DocContext) -> int:
            ...     return len(c.doc)
            >>> context.memo(size)
            2
        """
        if function not in self._memo:
            self._memo[function] = function(self)
        return cast(T, self._memo[function])

    def _strings(self, attr: int) -> list[str]:
        """One string column: the store's string of each token's ``attr`` id."""
        strings = self.doc.vocab.strings
        return [strings[key] for key in self.doc.to_array(attr).tolist()]

    @cached_property
    def texts(self) -> list[str]:
        """``token.text`` of every token."""
        return self._strings(ORTH)

    @cached_property
    def lowers(self) -> list[str]:
        """``token.lower_`` of every token."""
        return self._strings(LOWER)

    @cached_property
    def lemmas(self) -> list[str]:
        """``token.lemma_.lower()`` of every token (rules compare lemmas in lower case)."""
        return [lemma.lower() for lemma in self._strings(LEMMA)]

    @cached_property
    def pos(self) -> list[int]:
        """``token.pos`` (the part-of-speech symbol id) of every token."""
        return [int(p) for p in self.doc.to_array(POS).tolist()]

    @cached_property
    def pos_(self) -> list[str]:
        """``token.pos_`` of every token."""
        return self._strings(POS)

    @cached_property
    def idx(self) -> list[int]:
        """``token.idx``: each token's first character offset."""
        return [int(i) for i in self.doc.to_array(IDX).tolist()]

    @cached_property
    def lengths(self) -> list[int]:
        """``len(token)``: each token's length in characters."""
        return [int(n) for n in self.doc.to_array(LENGTH).tolist()]

    @cached_property
    def is_space(self) -> list[bool]:
        """``token.is_space`` of every token."""
        return [bool(s) for s in self.doc.to_array(IS_SPACE).tolist()]

    @cached_property
    def sent_starts(self) -> list[bool]:
        """``token.is_sent_start`` of every token, as a plain bool (unknown is False)."""
        # The array holds 1 (start), -1 (not a start) or 0 (unknown), as uint64.
        return [value == 1 for value in self.doc.to_array(SENT_START).tolist()]

    @cached_property
    def heads(self) -> list[int]:
        """``token.head.i`` of every token (a root is its own head)."""
        # The array holds each head as an offset from the token, in uint64.
        offsets = self.doc.to_array(HEAD).view("int64").tolist()
        return [i + offset for i, offset in enumerate(offsets)]

    @cached_property
    def deps(self) -> list[str]:
        """``token.dep_`` of every token."""
        return self._strings(DEP)

    @cached_property
    def children(self) -> list[list[int]]:
        """Indices of ``token.children`` of every token, in text order."""
        children: list[list[int]] = [[] for _ in range(len(self.doc))]
        for i, head in enumerate(self.heads):
            if head != i:
                children[head].append(i)
        return children

    @cached_property
    def morph_keys(self) -> list[int]:
        """The morphology key (hash of the analysis) of every token."""
        return [int(key) for key in self.doc.to_array(MORPH).tolist()]

    def feature(self, i: int, field: str) -> tuple[str, ...]:
        """``tuple(token.morph.get(field, []))`` of token ``i``, parsed once per analysis.

        Example:
            >>> from spacy.vocab import Vocab
            >>> doc = Doc(Vocab(), words=["signera"], morphs=["Tense=Fut|VerbForm=Fin"])
            >>> DocContext(doc).feature(0, "Tense")
            ('Fut',)
        """
        key = (self.morph_keys[i], field)
        values = self._features.get(key)
        if values is None:
            values = self._features[key] = tuple(self.doc[i].morph.get(field, []))
        return values

    def morph_text(self, i: int) -> str:
        """``str(token.morph)`` of token ``i`` ("Mood=Cnd|Number=Sing"), made once per analysis."""
        key = self.morph_keys[i]
        text = self._morph_texts.get(key)
        if text is None:
            text = self._morph_texts[key] = str(self.doc[i].morph)
        return text


def context_of(doc: Doc) -> DocContext:
    """The context :func:`shared_context` put on ``doc``, else a new one.

    Rules called without a context (``case_of(token)``) use the Doc's shared
    one, so its columns are read once per Doc and no Token is built.

    Example:
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["avec", "Séoul"])
        >>> with shared_context(DocContext(doc)) as context:
        ...     context_of(doc) is context
        True
    """
    return shared(doc) or DocContext(doc)


def shared(doc: Doc) -> DocContext | None:
    """The context :func:`shared_context` put on ``doc``, or None outside such a block.

    Example:
        >>> from spacy.vocab import Vocab
        >>> shared(Doc(Vocab(), words=["Tokyo"])) is None
        True
    """
    context = doc.user_data.get(_SHARED_KEY)
    return context if isinstance(context, DocContext) else None


@contextlib.contextmanager
def shared_context(context: DocContext) -> Iterator[DocContext]:
    """Share ``context`` with every rule that reads its Doc, until the block ends.

    The Doc must not change inside the block (the columns would go stale);
    the context is removed from the Doc's user data on leaving it, so
    nothing of it is cached or sent between processes.

    Example:
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Tokyo", "proteste"])
        >>> with shared_context(DocContext(doc)):
        ...     pass
        >>> "fr_events_context" in doc.user_data
        False
    """
    user_data = context.doc.user_data
    user_data[_SHARED_KEY] = context
    try:
        yield context
    finally:
        user_data.pop(_SHARED_KEY, None)
