"""Worker processes for ``--workers N``: whole batches annotated in parallel.

Why not ``nlp.pipe(n_process=N)``: spaCy sends docs back with
``Doc.to_bytes``, whose msgpack cannot carry our Timex and Event records
(the batch fails with "can not serialize 'Timex' object"), and its workers
never enter a memory zone, so their vocabularies grow with the corpus. Here
each worker runs the same :class:`~pipeline.stream.BatchAnnotator` as a
single process does (parse cache, spaCy, then our components) inside a
memory zone, and sends each doc back as ``Doc.to_bytes`` without user data
plus the user data pickled (extension values, Timex and Event included).
When the consumer needs no parse (``StreamSettings.parses`` False, as in a
run), only the user data and the word count travel, and the parent wraps
them in a :func:`~pipeline.stream.record_doc`: rebuilding every token of
every doc was most of what the parent did, on the cores the workers need.

Batches go to the workers in turn and come back in the same turn, so docs
keep their input order. A component error on one doc is sent back and given
to the parent's ``nlp.default_error_handler`` with that doc, as spaCy would;
any other failure in a worker stops the run with the worker's traceback.

Example:
    >>> settings = StreamSettings(batch_size=16, workers=2)      # doctest: +SKIP
    >>> docs = list(pooled_stream(nlp, iter(unparsed), settings))  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import pickle
import signal
import sys
import traceback
from collections import deque
from collections.abc import Iterator
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import raise_error

from pipeline.extensions import TEXT_KEY, doc_text, register_extensions
from pipeline.stream import (
    DEFERRED,
    WORDS_KEY,
    BatchAnnotator,
    StreamSettings,
    record_doc,
    word_count,
)

#: One article on its way to a worker: its text and its doc's user data.
Payload = tuple[str, dict[Any, Any]]
#: What comes back for it: ("doc", doc bytes, pickled user data),
#: ("record", "", pickled user data with the word count),
#: ("error", component name, pickled exception) or ("dropped", "", b"").
Result = tuple[str, Any, bytes]

#: Exclusions when a doc crosses processes: user data travels pickled, and
#: the tensor is dropped anyway (see :func:`pipeline.stream._drop_tensor`).
_WIRE_EXCLUDE = ["user_data", "tensor"]


class WorkerPool:
    """N processes, each with its own inbox and a pipe back, used in turn.

    Example:
        >>> pool = WorkerPool.start(nlp, StreamSettings(workers=2))  # doctest: +SKIP
        >>> pool.submit(payload); results = pool.receive()         # doctest: +SKIP
        >>> pool.close()                                           # doctest: +SKIP
    """

    def __init__(self, procs: list[Any], inboxes: list[Any], outboxes: list[Connection]) -> None:
        self.procs = procs
        self.inboxes = inboxes
        self.outboxes = outboxes
        self.sent = 0
        self.received = 0

    @classmethod
    def start(cls, nlp: Language, settings: StreamSettings) -> WorkerPool:
        """Start ``settings.workers`` processes sharing ``nlp`` (forked where possible)."""
        # Forking shares the loaded model at no cost; elsewhere it is pickled.
        fork = "fork" in mp.get_all_start_methods()
        ctx = mp.get_context("fork") if fork else mp.get_context("spawn")
        sys.stdout.flush()
        sys.stderr.flush()
        procs, inboxes, outboxes = [], [], []
        handler = nlp.default_error_handler
        # A closure as handler would not pickle where workers are spawned.
        nlp.default_error_handler = raise_error
        try:
            for _ in range(settings.workers):
                inbox = ctx.Queue()
                receive, send = ctx.Pipe(duplex=False)
                args = (nlp, settings.cache_dir, settings.reuse_results, inbox, send,
                        settings.zone_docs, settings.parses)
                proc = ctx.Process(target=_work, args=args, daemon=True)
                proc.start()
                # Only the worker writes to its pipe: closing our copy lets a
                # dead worker show up as EOF instead of a hang.
                send.close()
                procs.append(proc)
                inboxes.append(inbox)
                outboxes.append(receive)
        finally:
            nlp.default_error_handler = handler
        return cls(procs, inboxes, outboxes)

    def submit(self, payload: list[Payload]) -> None:
        """Queue a batch for the next worker in turn."""
        self.inboxes[self.sent % len(self.inboxes)].put(payload)
        self.sent += 1

    def receive(self) -> list[Result]:
        """The results of the oldest batch not yet received.

        Raises:
            RuntimeError: If the worker failed or died.
        """
        index = self.received % len(self.outboxes)
        self.received += 1
        try:
            status, body = self.outboxes[index].recv()
        except EOFError as err:
            raise RuntimeError(f"worker {index} died (exit code "
                               f"{self.procs[index].exitcode})") from err
        if status != "ok":
            raise RuntimeError(f"worker {index} failed:\n{body}")
        return list(body)

    def close(self, graceful: bool = True) -> None:
        """Stop the workers: let them finish when ``graceful``, else terminate them."""
        for inbox in self.inboxes:
            if graceful:
                inbox.put(None)
            else:
                # Batches a killed worker will never read must not keep this
                # process waiting at exit.
                inbox.cancel_join_thread()
            inbox.close()
        for proc in self.procs:
            proc.join(timeout=10 if graceful else 0.1)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        for outbox in self.outboxes:
            outbox.close()


def pooled_stream(nlp: Language, docs: Iterator[Doc], settings: StreamSettings) -> Iterator[Doc]:
    """Annotated docs, in order, from ``settings.workers`` processes.

    Two batches per worker are kept in flight so that no worker waits. Each
    turn runs in one memory zone: it reads the next input docs (their texts
    leave as plain strings) and rebuilds one batch of results.
    """
    pool = WorkerPool.start(nlp, settings)
    in_flight: deque[list[Payload]] = deque()
    graceful = False
    try:
        while True:
            with nlp.memory_zone():
                while len(in_flight) < 2 * settings.workers:
                    batch = list(islice(docs, settings.batch_size))
                    if not batch:
                        break
                    payload = [(doc_text(doc), _without_text(doc.user_data)) for doc in batch]
                    pool.submit(payload)
                    in_flight.append(payload)
                if not in_flight:
                    graceful = True
                    return
                payload = in_flight.popleft()
                yield from _unpack(nlp, payload, pool.receive())
    finally:
        pool.close(graceful)


def _unpack(nlp: Language, payload: list[Payload], results: list[Result]) -> Iterator[Doc]:
    """Rebuild a batch's docs; report the ones a component failed on."""
    for (text, user_data), (kind, detail, blob) in zip(payload, results, strict=True):
        if kind == "doc":
            doc = Doc(nlp.vocab).from_bytes(detail, exclude=_WIRE_EXCLUDE)
            doc.user_data.update(pickle.loads(blob))
            doc.user_data[TEXT_KEY] = text
            yield doc
        elif kind == "record":
            yield record_doc(nlp, text, pickle.loads(blob))
        elif kind == "error":
            source = nlp.make_doc(text)
            source.user_data.update(user_data)
            proc = nlp.get_pipe(detail) if detail in nlp.pipe_names else None
            nlp.default_error_handler(detail, proc, [source], _load_error(blob))


class _Zones:
    """Memory zones that each span about ``size`` docs of consecutive batches.

    A worker's zone outlives one batch, as in the single-process stream, so
    that words met again keep their vocabulary entries for a while.

    Example:
        >>> zones = _Zones(nlp, 256)                                 # doctest: +SKIP
        >>> zones.enter(4)  # opens a zone, or stays in the open one  # doctest: +SKIP
    """

    def __init__(self, nlp: Language, size: int) -> None:
        self.nlp = nlp
        self.size = max(size, 1)
        self.stack: contextlib.ExitStack[Any] | None = None
        self.count = 0

    def enter(self, docs: int) -> None:
        """Count ``docs`` more in the open zone, first opening a new one if it is full."""
        if self.stack is None or self.count >= self.size:
            self.close()
            self.stack = contextlib.ExitStack()
            self.stack.enter_context(self.nlp.memory_zone())
        self.count += docs

    def close(self) -> None:
        """Close the open zone, if any: its strings and lexemes are dropped."""
        if self.stack is not None:
            self.stack.close()
        self.stack, self.count = None, 0


def _work(
    nlp: Language, cache_dir: Path | None, reuse_results: bool, inbox: Any, outbox: Connection,
    zone_docs: int = 1, parses: bool = True,
) -> None:
    """A worker's loop: annotate batches until the ``None`` sentinel."""
    # Ctrl-C reaches the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A spawned (not forked) worker has unpickled the pipeline without
    # running the components' constructors, which register the extensions.
    register_extensions()
    annotate = BatchAnnotator(nlp, cache_dir, reuse_results=reuse_results)
    errors: dict[int, tuple[str, Exception]] = {}

    def collect(name: str, proc: object, docs: list[Doc], err: Exception) -> None:
        for doc in docs:
            errors[id(doc)] = (name, err)

    nlp.default_error_handler = collect
    zones = _Zones(nlp, zone_docs)
    while (payload := inbox.get()) is not None:
        try:
            zones.enter(len(payload))
            docs = [_unparsed(nlp, text, user_data) for text, user_data in payload]
            parsed = annotate.parse(docs)
            # An error names the doc it met: the input one while parsing,
            # the cached one (a new Doc) while our components run.
            position = {id(doc): i for i, doc in [*enumerate(docs), *parsed]}
            done = dict(annotate.annotate(parsed))
            failed = {position[key]: error for key, error in errors.items()
                      if key in position}
            results = [_pack(done.get(i), failed.get(i), parses) for i in range(len(docs))]
            message: tuple[str, Any] = ("ok", results)
        except Exception:  # noqa: BLE001 - the parent reports it and stops
            zones.close()
            message = ("failed", traceback.format_exc())
        errors.clear()
        try:
            outbox.send(message)
        except (BrokenPipeError, OSError):
            zones.close()
            return
    zones.close()
    outbox.close()


def _unparsed(nlp: Language, text: str, user_data: dict[Any, Any]) -> Doc:
    """The unparsed doc the parent had, tokenised here, with its user data.

    A :func:`~pipeline.stream.deferred_doc` is tokenised in the worker (in
    parallel), so that errors name the very Doc this loop handed out.
    """
    doc = nlp.make_doc(text)
    doc.user_data.update({k: v for k, v in user_data.items() if k != DEFERRED})
    doc.user_data[TEXT_KEY] = text
    return doc


def _pack(doc: Doc | None, error: tuple[str, Exception] | None, parses: bool = True) -> Result:
    """One doc's result, ready to cross the pipe: with its parse, or its records only."""
    if doc is not None and not parses:
        record = _without_text(doc.user_data)
        record[WORDS_KEY] = word_count(doc)
        return ("record", "", pickle.dumps(record))
    if doc is not None:
        return ("doc", doc.to_bytes(exclude=_WIRE_EXCLUDE), pickle.dumps(_without_text(doc.user_data)))
    if error is not None:
        name, err = error
        return ("error", name, _dump_error(err))
    return ("dropped", "", b"")


def _without_text(user_data: dict[Any, Any]) -> dict[Any, Any]:
    """User data to send: the text travels once, beside it (see :func:`pipeline.extensions.doc_text`)."""
    return {key: value for key, value in user_data.items() if key != TEXT_KEY}


def _dump_error(err: Exception) -> bytes:
    """Pickle an exception, or a RuntimeError with its text when it will not pickle."""
    try:
        blob = pickle.dumps(err)
        pickle.loads(blob)
        return blob
    except Exception:  # noqa: BLE001 - any pickling problem falls back to text
        return pickle.dumps(RuntimeError(f"{type(err).__name__}: {err}"))


def _load_error(blob: bytes) -> Exception:
    """The exception a worker sent."""
    err = pickle.loads(blob)
    return err if isinstance(err, Exception) else RuntimeError(str(err))
