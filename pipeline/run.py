"""One run: articles in, ``events.csv``, ``dates.csv``, ``errors.csv`` and ``run.json`` out.

Everything streams: articles are read lazily, parsed in batches by
``nlp.pipe`` and their rows written as they come, so memory does not grow
with the corpus. Tables are published atomically when the run ends.

Example:
    >>> summary = run_corpus([Path("corpus")], Path("outputs"))  # doctest: +SKIP
    >>> summary.events                                           # doctest: +SKIP
    42
"""

from __future__ import annotations

import json
import platform
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.atomic import AtomicCsvWriter, atomic_path
from pipeline.ingest import MAX_ARTICLE_BYTES, IngestError, IngestLimits, iter_articles
from pipeline.resume import RunOutput, run_state
from pipeline.stream import deferred_doc, word_count
from pipeline.table import (
    FORMATS,
    event_row,
    timex_row,
    write_formats,
)
from pipeline.types import Article


@dataclass(frozen=True)
class RunOptions:
    """Settings of a run (never data).

    Example:
        >>> RunOptions(workers=2).batch_size
        32
    """

    formats: tuple[str, ...] = ()
    batch_size: int = 32
    #: Docs per spaCy memory zone (vocabulary held at most; whole batches).
    zone_docs: int = 256
    workers: int = 1
    cache: bool = True
    resume: bool = False
    baseline: bool = False
    progress: bool = True
    models_dir: str | None = None
    #: Parse cache folder (default: $FR_EVENTS_CACHE or ~/.cache/fr-events).
    cache_dir: str | None = None
    reuse_results: bool = True
    #: Largest article accepted, in bytes; a larger one is listed in errors.csv.
    max_article_bytes: int = MAX_ARTICLE_BYTES
    #: Skip articles that are clearly not French (listed in errors.csv).
    french_only: bool = True


@dataclass
class RunSummary:
    """What a run did: counts, timings, where it wrote."""

    out_dir: Path
    articles: int = 0
    words: int = 0
    events: int = 0
    dates: int = 0
    failed: int = 0
    per_doc: dict[str, int] = field(default_factory=dict)
    encodings: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """A short human summary for the terminal."""
        seconds = self.timings.get("total", 0.0)
        lines = [
            f"{self.articles} articles, {self.events} events, {self.dates} date mentions, "
            f"{self.failed} failed, in {seconds:.1f} s → {self.out_dir}",
        ]
        if self.failed:
            lines.append(f"see {self.out_dir / 'errors.csv'} for what failed and why")
        return "\n".join(lines)


def run_corpus(
    inputs: Iterable[Path],
    out_dir: Path,
    options: RunOptions | None = None,
    nlp: Language | None = None,
) -> RunSummary:
    """Run the whole pipeline over files and folders and write its tables.

    Args:
        inputs: Article files or folders (``.txt``, ``.md``, ``.jsonl``, ``.csv``).
        out_dir: Where to write ``events.csv``, ``dates.csv``, ``errors.csv``, ``run.json``.
        options: Run settings.
        nlp: A loaded pipeline (loaded with :func:`pipeline.load` when None).

    Returns:
        The run's summary.

    Raises:
        FileNotFoundError: If an input does not exist.
        ValueError: On an unknown output format.
    """
    options = options or RunOptions()
    inputs = list(inputs)
    for path in inputs:
        if not path.exists():
            raise FileNotFoundError(f"input not found: {path}")
    bad = [f for f in options.formats if f not in FORMATS]
    if bad:
        raise ValueError(f"unknown format {bad[0]!r}: choose from {', '.join(FORMATS)}")
    started = time.perf_counter()
    if nlp is None:
        import pipeline

        nlp = pipeline.load(models_dir=options.models_dir)
    summary = RunSummary(out_dir=out_dir)
    summary.timings["load"] = time.perf_counter() - started
    writers = _open_writers(out_dir, inputs, options)
    writers.restore(summary)
    try:
        _process(nlp, inputs, options, writers, summary)
    except BaseException:
        # Published tables stay as they were; the parts wait for --resume.
        writers.suspend()
        raise
    summary.files += writers.commit()
    summary.files += [str(p) for p in write_formats(out_dir / "events.csv", options.formats)]
    summary.timings["total"] = time.perf_counter() - started
    _write_manifest(out_dir, inputs, options, summary, nlp)
    return summary


def _open_writers(out_dir: Path, inputs: list[Path], options: RunOptions) -> RunOutput:
    """The run's tables, written incrementally (resumable) and published at the end."""
    return RunOutput.open(out_dir, resume=options.resume, state=run_state(inputs, options),
                          baseline=options.baseline)


def _limits(options: RunOptions, nlp: Language) -> IngestLimits:
    """What an article must be to enter the run (never longer than spaCy accepts)."""
    return IngestLimits(max_bytes=options.max_article_bytes, max_chars=nlp.max_length,
                        french_only=options.french_only)


def _process(
    nlp: Language,
    inputs: list[Path],
    options: RunOptions,
    writers: RunOutput,
    summary: RunSummary,
) -> None:
    """Stream articles through ``nlp.pipe`` and write each doc's rows."""
    pending: deque[Article] = deque()
    failures: dict[str, str] = {}

    def on_error(name: str, proc: object, docs: list[Doc], err: Exception) -> None:
        # spaCy drops a doc whose component raised; remember why, so the
        # doc is reported in errors.csv instead of silently missing.
        for doc in docs:
            failures[doc._.doc_id] = f"{name}: {type(err).__name__}: {err}"

    # Our components have no handler of their own, so they use the
    # language's default one (spaCy's compiled components cannot take one).
    previous = nlp.default_error_handler
    nlp.default_error_handler = on_error
    try:
        items = writers.remaining(iter_articles(inputs, limits=_limits(options, nlp)))
        docs = _docs(nlp, items, pending, writers["errors"], summary)
        stream = _stream(nlp, docs, options)
        baseline = _baseline_function(options.models_dir) if options.baseline else None
        for doc in _progress(stream, options.progress):
            _report_dropped(pending, doc._.doc_id, failures, writers["errors"], summary)
            pending.popleft()
            _write_doc(doc, writers, summary, baseline)
        _report_dropped(pending, None, failures, writers["errors"], summary)
    finally:
        nlp.default_error_handler = previous


def _stream(nlp: Language, docs: Iterator[Doc], options: RunOptions) -> Iterator[Doc]:
    """Annotated docs in batches, each in a memory zone, via the parse cache and workers.

    A doc is valid only until the next one is requested (its batch's zone
    then closes): write its rows, keep no doc.
    """
    from pipeline.cache import default_cache_dir
    from pipeline.stream import StreamSettings, annotate_stream

    cache_dir = None
    if options.cache:
        cache_dir = Path(options.cache_dir) if options.cache_dir else default_cache_dir()
    settings = StreamSettings(batch_size=max(options.batch_size, 1),
                              workers=max(options.workers, 1), cache_dir=cache_dir,
                              reuse_results=options.reuse_results,
                              zone_docs=max(options.zone_docs, 1),
                              # Rows need our records only; the baseline reads the parse.
                              parses=options.baseline)
    return annotate_stream(nlp, docs, settings)


def _docs(
    nlp: Language,
    items: Iterator[Article | IngestError],
    pending: deque[Article],
    errors: AtomicCsvWriter,
    summary: RunSummary,
) -> Iterator[Doc]:
    """Turn articles into unparsed Docs carrying their id, date and furniture."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, IngestError):
            errors.write(asdict(item))
            summary.failed += 1
            continue
        if item.doc_id in seen:
            errors.write({"doc_id": item.doc_id, "source": item.source, "stage": "ingest",
                          "reason": "duplicate doc_id: an earlier article has the same id"})
            summary.failed += 1
            continue
        seen.add(item.doc_id)
        doc = deferred_doc(nlp, item.text)
        doc._.doc_id = item.doc_id
        doc._.doc_date = item.date
        doc._.furniture = item.furniture
        pending.append(item)
        yield doc


def _report_dropped(
    pending: deque[Article],
    upto: str | None,
    failures: dict[str, str],
    errors: AtomicCsvWriter,
    summary: RunSummary,
) -> None:
    """Record articles the pipeline dropped before ``upto`` (all, if None)."""
    while pending and pending[0].doc_id != upto:
        lost = pending.popleft()
        reason = failures.pop(lost.doc_id, "dropped by the pipeline (see stderr)")
        errors.write({"doc_id": lost.doc_id, "source": lost.source, "stage": "pipeline",
                      "reason": reason})
        summary.failed += 1


def _write_doc(
    doc: Doc,
    writers: RunOutput,
    summary: RunSummary,
    baseline: Any,
) -> None:
    """Write one parsed doc's events and date mentions."""
    events = doc._.events or []
    for event in events:
        writers["events"].write(event_row(event))
    for timex in doc._.timexes or []:
        writers["dates"].write(timex_row(doc._.doc_id, timex))
    if baseline is not None:
        for event in baseline(doc):
            writers["baseline"].write(event_row(event))
    words = word_count(doc)
    summary.articles += 1
    summary.words += words
    summary.events += len(events)
    summary.dates += len(doc._.timexes or [])
    summary.per_doc[doc._.doc_id] = len(events)
    writers.finish_doc(doc, summary, words)


def _baseline_function(models_dir: str | None) -> Any:
    """The naive baseline, its lexicon read once, imported only when asked for."""
    from pipeline.evaluate.baseline import make_baseline

    return make_baseline(models_dir)


def _progress(stream: Iterator[Doc], enabled: bool) -> Iterator[Doc]:
    """A progress bar on stderr (hidden when stderr is not a terminal)."""
    if not enabled:
        return stream
    from tqdm import tqdm

    return iter(tqdm(stream, desc="articles", unit="doc", file=sys.stderr, disable=None))


def _write_manifest(
    out_dir: Path, inputs: list[Path], options: RunOptions, summary: RunSummary, nlp: Language
) -> None:
    """``run.json``: versions, options, counts and timings."""
    import dateparser
    import pandas
    import spacy

    import pipeline

    total = summary.timings.get("total", 0.0)
    processing = max(total - summary.timings.get("load", 0.0), 1e-9)
    manifest = {
        "versions": {
            "fr-events": pipeline.__version__,
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "model": f"{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}",
            "dateparser": dateparser.__version__,
            "pandas": pandas.__version__,
        },
        "inputs": [str(p) for p in inputs],
        "options": asdict(options),
        "counts": {"articles": summary.articles, "words": summary.words,
                   "events": summary.events, "dates": summary.dates,
                   "failed": summary.failed, "encodings": summary.encodings,
                   "events_per_doc": summary.per_doc},
        "timings": {k: round(v, 3) for k, v in summary.timings.items()},
        "words_per_second": round(summary.words / processing, 1),
        "files": summary.files,
    }
    with atomic_path(out_dir / "run.json") as tmp:
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
