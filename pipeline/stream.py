"""Streaming docs through the pipeline: batches, memory zones, the parse cache.

A batch is annotated in two stages. The *parse* stage is spaCy's own
components (everything before our first component); its output is what the
parse cache stores, so a batch first takes what it can from the cache and
parses only the rest. The *rules* stage is our components, run on every doc,
cached or fresh, exactly the same way.

Batches live inside ``nlp.memory_zone()``, a zone spanning several batches
(``zone_docs`` documents): the strings and lexemes their texts add to the
vocabulary are dropped when the zone closes, so the vocabulary does not grow
with the corpus. A zone of many batches keeps the words a run meets again and
again (and the tokenizer's cache of them) for a while, instead of building
them anew every few documents; memory is still bounded by the zone's size,
whatever the corpus's. Docs are yielded while their zone
is open; a consumer must finish with a doc (write its rows) before asking for
the next one, and must not keep docs. Our Event and Timex records are plain
Python and can be kept.

With ``workers > 1`` batches are annotated by worker processes
(:mod:`pipeline.workers`) and rebuilt here, in order.

Example:
    >>> settings = StreamSettings(batch_size=32, workers=1, cache_dir=None)
    >>> for doc in annotate_stream(nlp, docs, settings):       # doctest: +SKIP
    ...     print(doc._.doc_id, len(doc._.events))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.cache import ParseCache
from pipeline.extensions import TEXT_KEY
from pipeline.results_cache import ResultsCache


@dataclass(frozen=True)
class StreamSettings:
    """How docs are streamed (settings, never data).

    Attributes:
        batch_size: Docs per batch.
        zone_docs: Docs per memory zone, at least one batch (rounded up to
            whole batches): the bound on how much vocabulary a run holds.
        workers: Processes annotating batches; 1 means this process.
        cache_dir: Root of the parse cache, or None for no cache.
        reuse_results: Also reuse our components' output when text, article
            date, rules and code are unchanged (see :mod:`pipeline.results_cache`).
        parses: Whether the docs yielded keep spaCy's analyses. A consumer
            that reads only our components' records (the doc's user data)
            and :func:`word_count` sets False: worker processes then send
            those back instead of whole Docs (see :func:`record_doc`).

    Example:
        >>> StreamSettings(batch_size=8, workers=2, cache_dir=None).workers
        2
    """

    batch_size: int = 32
    workers: int = 1
    cache_dir: Path | None = None
    reuse_results: bool = True
    zone_docs: int = 256
    parses: bool = True


@dataclass(frozen=True)
class Stages:
    """The pipeline's component names split into the parse and rules stages.

    Example:
        >>> Stages.of(nlp).rules                                     # doctest: +SKIP
        ('fr_dates', 'fr_actors', 'fr_events')
    """

    parse: tuple[str, ...]
    rules: tuple[str, ...]

    @classmethod
    def of(cls, nlp: Language) -> Stages:
        """Split at our first component (:data:`pipeline.COMPONENTS`)."""
        from pipeline import COMPONENTS

        names = list(nlp.pipe_names)
        first = next((i for i, name in enumerate(names) if name in COMPONENTS), len(names))
        return cls(parse=tuple(names[:first]), rules=tuple(names[first:]))


class BatchAnnotator:
    """Annotate one batch of unparsed docs: cache or parse, then our rules.

    Built once per process; holds no data beyond the pipeline and the cache.

    Example:
        >>> annotator = BatchAnnotator(nlp, cache_dir=None)          # doctest: +SKIP
        >>> [d._.doc_id for d in annotator(batch)]                   # doctest: +SKIP
        ['a1', 'a2']
    """

    def __init__(
        self,
        nlp: Language,
        cache_dir: Path | None,
        stages: Stages | None = None,
        reuse_results: bool = True,
    ) -> None:
        self.nlp = nlp
        self.stages = stages or Stages.of(nlp)
        self.cache = (
            ParseCache.for_pipeline(nlp, self.stages.parse, cache_dir)
            if cache_dir is not None else None
        )
        self.results = (
            ResultsCache.for_run(cache_dir, self.cache.folder.name, _rules_models_dir(nlp))
            if reuse_results and cache_dir is not None and self.cache is not None else None
        )

    def __call__(self, docs: list[Doc]) -> list[Doc]:
        """Annotated docs, in input order; docs a component failed on are left out."""
        return [doc for _, doc in self.annotate(self.parse(docs))]

    def annotate(self, parsed: list[tuple[int, Doc]]) -> list[tuple[int, Doc]]:
        """Our components' output on parsed docs: read back when cached, else computed."""
        if self.results is None:
            return self.apply_rules(parsed)
        # Unchanged text, article date, rules and code: the results are on disk.
        done = [(i, doc) for i, doc in parsed if self.results.load(doc)]
        reused = {i for i, _ in done}
        annotated = self.apply_rules([(i, doc) for i, doc in parsed if i not in reused])
        for _, doc in annotated:
            self.results.store(doc)
        return sorted(done + annotated, key=lambda pair: pair[0])

    def parse(self, docs: list[Doc]) -> list[tuple[int, Doc]]:
        """spaCy's analyses of ``docs`` with their input positions.

        A doc comes from the cache when it is there (a new Doc carrying the
        input's user data), otherwise it is parsed in place and stored.
        """
        deferred = [bool(doc.user_data.pop(DEFERRED, False)) for doc in docs]
        cached = [self.cache.load(doc) if self.cache else None for doc in docs]
        docs = [tokenised(self.nlp, doc) if hit is None and late else doc
                for doc, hit, late in zip(docs, cached, deferred, strict=True)]
        misses = [doc for doc, hit in zip(docs, cached, strict=True) if hit is None]
        fresh: set[int] = set()
        if misses:
            # spaCy components return the Doc they were given, so identity
            # tells which input each output is.
            for doc in self.nlp.pipe(misses, disable=self.stages.rules,
                                     batch_size=len(misses)):
                _drop_tensor(doc)
                if self.cache:
                    self.cache.store(doc)
                fresh.add(id(doc))
        return [(i, hit if hit is not None else doc)
                for i, (doc, hit) in enumerate(zip(docs, cached, strict=True))
                if hit is not None or id(doc) in fresh]

    def apply_rules(self, parsed: list[tuple[int, Doc]]) -> list[tuple[int, Doc]]:
        """Run our components on parsed docs, keeping their positions."""
        if not self.stages.rules or not parsed:
            return parsed
        position = {id(doc): i for i, doc in parsed}
        docs = self.nlp.pipe([doc for _, doc in parsed], disable=self.stages.parse,
                             batch_size=len(parsed))
        return [(position[id(doc)], doc) for doc in docs]


#: Marks a Doc made by :func:`deferred_doc`, whose text is not tokenised yet.
DEFERRED = "fr_events_deferred"


def deferred_doc(nlp: Language, text: str) -> Doc:
    """A one-token placeholder Doc for ``text``, tokenised only if it must be parsed.

    A run attaches the article's id, date and furniture to this Doc; a parse
    cache hit then never pays for tokenisation, and worker processes
    tokenise in parallel instead of in the main process.

    Example:
        >>> doc = deferred_doc(spacy.blank("fr"), "Le Japon signe.")  # doctest: +SKIP
        >>> len(doc), doc.text                                          # doctest: +SKIP
        (1, 'Le Japon signe.')
    """
    return record_doc(nlp, text, {DEFERRED: True})


def tokenised(nlp: Language, doc: Doc) -> Doc:
    """A :func:`deferred_doc`'s text tokenised, carrying its user data."""
    real = nlp.make_doc(doc.text)
    real.user_data.update(doc.user_data)
    return real


#: Key of a doc's count of non-space tokens in its user data (see :func:`word_count`).
WORDS_KEY = "fr_events_words"


def word_count(doc: Doc) -> int:
    """The doc's words (non-space tokens), or the count its record carries.

    Example:
        >>> word_count(nlp.make_doc("Le Japon  signe."))               # doctest: +SKIP
        4
    """
    words = doc.user_data.get(WORDS_KEY)
    if isinstance(words, int):
        return words
    return len(doc) - int(doc.count_by(IS_SPACE).get(1, 0))


def record_doc(nlp: Language, text: str, user_data: dict[Any, Any]) -> Doc:
    """A Doc that carries an annotated article's records but not its parse.

    It holds the whole text as one token, the user data (our components'
    events and date mentions, the article's id and date) and, under
    :data:`WORDS_KEY`, the parse's word count: all a run writes. Building
    it costs nothing like rebuilding the parse, which worker processes
    would otherwise send back token by token.

    Example:
        >>> doc = record_doc(nlp, "Le Japon signe.", {WORDS_KEY: 4})   # doctest: +SKIP
        >>> len(doc), word_count(doc)                                   # doctest: +SKIP
        (1, 4)
    """
    doc = Doc(nlp.vocab, words=[text], spaces=[False])
    doc.user_data.update(user_data)
    doc.user_data[TEXT_KEY] = text
    return doc


def _rules_models_dir(nlp: Language) -> Path | None:
    """The rule resources folder our components were configured with, if not the default."""
    from pipeline import COMPONENTS

    for name in COMPONENTS:
        if name in nlp.pipe_names:
            configured = nlp.config["components"][name].get("models_dir", "")
            if configured:
                return Path(configured)
    return None


def _drop_tensor(doc: Doc) -> None:
    """Forget the tok2vec tensor, which the cache does not keep.

    Our rules never read it; dropping it everywhere means they see the same
    Doc whether it was parsed now or loaded, and batches take less memory.
    """
    doc.tensor = numpy.zeros((0,), dtype="float32")


def annotate_stream(nlp: Language, docs: Iterable[Doc], settings: StreamSettings) -> Iterator[Doc]:
    """Annotated docs, in order, batches grouped in memory zones of ``zone_docs``.

    Args:
        nlp: The full pipeline.
        docs: Unparsed docs (from ``nlp.make_doc`` or :func:`deferred_doc`)
            carrying their user data.
            They are pulled lazily, inside the zone of the batch they join.
        settings: Batch size, workers, cache.

    Yields:
        Each doc once our components have run, while its zone is open.
    """
    if settings.workers > 1:
        from pipeline.workers import pooled_stream

        yield from pooled_stream(nlp, iter(docs), settings)
        return
    annotate = BatchAnnotator(nlp, settings.cache_dir, reuse_results=settings.reuse_results)
    source = iter(docs)
    while True:
        with nlp.memory_zone():
            zoned = 0
            while zoned < settings.zone_docs or zoned == 0:
                batch = list(islice(source, settings.batch_size))
                if not batch:
                    return
                yield from annotate(batch)
                zoned += len(batch)
