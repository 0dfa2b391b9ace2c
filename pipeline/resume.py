"""The run's output files, and how an interrupted run is resumed.

While a run works, its tables grow as ``.part`` files in ``OUT/.progress/``
beside a journal, ``journal.jsonl``: one line per finished input item (an
article whose rows are all written, or an error row), holding the byte size
of every part file at that moment. The run then ends one of two ways:

- it finishes: every part file is moved into place (atomically) and
  ``.progress/`` is removed;
- it is interrupted (Ctrl-C, a crash, a kill): the published tables are left
  as they were, the part files and the journal stay.

``--resume`` cuts every part file back to the sizes of the last journal line
(rows of the article that was being written when the run stopped are
dropped, so nothing is duplicated), reopens them for appending, and skips
every item the journal lists. A run without ``--resume`` starts afresh.

Items are recognised by ``(doc_id, source)``: the same article read again
from the same place. ``state.json`` records the inputs (file names, sizes and
modification times) and the options that shape the tables; resuming with
other inputs is refused rather than mixing two corpora.

Example:
    >>> output = RunOutput.open(Path("outputs"), resume=True, state={})  # doctest: +SKIP
    >>> items = output.remaining(iter_articles([Path("corpus")]))        # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from pipeline.atomic import AtomicCsvWriter, AtomicJsonlWriter
from pipeline.extensions import doc_text
from pipeline.ingest import IngestError, expand_inputs
from pipeline.table import (
    DATE_COLUMNS,
    DATE_TEXT_COLUMNS,
    ERROR_COLUMNS,
    ERROR_TEXT_COLUMNS,
    EVENT_COLUMNS,
    EVENT_TEXT_COLUMNS,
)
from pipeline.types import Article

PROGRESS_DIR = ".progress"
JOURNAL = "journal.jsonl"
STATE = "state.json"
#: The articles' texts, for the review report and for checking offsets.
ARTICLES_FILE = "articles.jsonl"


#: Options that change which rows a run writes (batch size or workers do not).
_STATE_OPTIONS = ("baseline", "models_dir", "max_article_bytes", "french_only")


def run_state(inputs: Sequence[Path], options: Any) -> dict[str, Any]:
    """What a run and its resumption must share: input files and row-shaping options.

    Example:
        >>> run_state([Path("corpus")], RunOptions())["options"]["french_only"]  # doctest: +SKIP
        True
    """
    files = []
    for path in expand_inputs(inputs):
        stat = path.stat()
        files.append([str(path.resolve()), stat.st_size, stat.st_mtime_ns])
    return {"files": files,
            "options": {name: getattr(options, name, None) for name in _STATE_OPTIONS}}


class ResumeError(ValueError):
    """An interrupted run that cannot be continued as asked."""


@dataclass
class _Done:
    """What the journal says was finished before, and the totals it adds up to."""

    articles: dict[tuple[str, str], int] = field(default_factory=dict)
    errors: set[tuple[str, str]] = field(default_factory=set)
    ids: dict[str, str] = field(default_factory=dict)
    per_doc: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    encodings: dict[str, int] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)


class RunOutput(dict[str, AtomicCsvWriter]):
    """The run's table writers by name, plus the journal that makes them resumable.

    It is a ``dict`` of writers (``output["events"].write(row)``) so the run
    loop stays as it was; the journal is fed by :meth:`remaining`, by every
    error row, and by :meth:`finish_doc`.
    """

    def __init__(self, out_dir: Path, done: _Done, baseline: bool) -> None:
        super().__init__()
        self.out_dir = out_dir
        self.progress = out_dir / PROGRESS_DIR
        self.done = done
        # Articles handed to the pipeline and not yet written: doc_id -> metadata.
        self._pending: dict[str, Article] = {}
        self["events"] = self._csv("events.csv", EVENT_COLUMNS, EVENT_TEXT_COLUMNS)
        self["dates"] = self._csv("dates.csv", DATE_COLUMNS, DATE_TEXT_COLUMNS)
        self["errors"] = _ErrorWriter(self, out_dir / "errors.csv", ERROR_COLUMNS,
                                      self._part("errors.csv"), ERROR_TEXT_COLUMNS)
        if baseline:
            self["baseline"] = self._csv("baseline/events.csv", EVENT_COLUMNS,
                                         EVENT_TEXT_COLUMNS)
        self.articles = AtomicJsonlWriter(out_dir / ARTICLES_FILE, self._part(ARTICLES_FILE))
        self._journal = (self.progress / JOURNAL).open("a", encoding="utf-8")

    @classmethod
    def open(cls, out_dir: Path, *, resume: bool, state: Mapping[str, Any],
             baseline: bool = False) -> RunOutput:
        """Open the outputs: afresh, or where an interrupted run stopped.

        Args:
            out_dir: The run's output folder.
            resume: Continue the run interrupted in ``out_dir`` if there is one.
            state: What must not change between a run and its resumption
                (inputs, options), stored in ``state.json``.
            baseline: Also write ``baseline/events.csv``.

        Raises:
            ResumeError: If the interrupted run had other inputs or options,
                or its files are damaged.
        """
        progress = out_dir / PROGRESS_DIR
        done = _Done()
        if resume and (progress / STATE).exists():
            done = _restore(progress, dict(state))
        else:
            shutil.rmtree(progress, ignore_errors=True)
            progress.mkdir(parents=True)
            (progress / STATE).write_text(json.dumps(state, ensure_ascii=False, indent=1),
                                          encoding="utf-8")
        return cls(out_dir, done, baseline)

    def restore(self, summary: Any) -> None:
        """Add the counts of the interrupted run's finished items to ``summary``."""
        for name, value in self.done.totals.items():
            setattr(summary, name, getattr(summary, name) + value)
        summary.per_doc.update(self.done.per_doc)
        for encoding, count in self.done.encodings.items():
            _count(summary.encodings, encoding, count)

    def remaining(self, items: Iterator[Article | IngestError]) -> Iterator[Article | IngestError]:
        """The items still to do: those the journal lists are skipped.

        An article whose id an earlier, finished article already used comes
        out as a duplicate error, as it would have in one uninterrupted run.
        """
        for item in items:
            key = (item.doc_id, item.source)
            if key in self.done.errors or key in self.done.articles:
                continue
            if isinstance(item, Article):
                if item.doc_id in self.done.ids:
                    yield IngestError(item.doc_id, item.source, "ingest",
                                      "duplicate doc_id: an earlier article has the same id")
                    continue
                # The first article with an id keeps it; a later one is a duplicate.
                self._pending.setdefault(item.doc_id, item)
            yield item

    def finish_doc(self, doc: Doc, summary: Any, words: int | None = None) -> None:
        """Record a written doc: its text in ``articles.jsonl``, then the journal.

        ``words`` is the doc's count of non-space tokens, when the caller has it.
        """
        article = self._pending.pop(doc._.doc_id, None)
        source = article.source if article else ""
        encoding = article.encoding if article else "utf-8"
        self.articles.write({"doc_id": doc._.doc_id, "text": doc_text(doc),
                             "doc_date": doc._.doc_date or "", "source": source,
                             "encoding": encoding,
                             "title": article.title if article else ""})
        _count(summary.encodings, encoding, 1)
        events = len(doc._.events or [])
        self._note({"kind": "article", "doc_id": doc._.doc_id, "source": source,
                    "encoding": encoding, "events": events,
                    "dates": len(doc._.timexes or []),
                    "words": words if words is not None
                    else sum(1 for token in doc if not token.is_space)})

    def note_error(self, row: Mapping[str, Any]) -> None:
        """Record an error row (called by the errors writer after each row)."""
        doc_id, source = str(row.get("doc_id", "")), str(row.get("source", ""))
        article = self._pending.get(doc_id)
        if article is not None and article.source == source:
            del self._pending[doc_id]  # the pipeline dropped it: it is done, as an error
        self._note({"kind": "error", "doc_id": doc_id, "source": source})

    def commit(self) -> list[str]:
        """Publish every table and drop ``.progress/``; return the files written."""
        files = [str(writer.commit()) for writer in self.values()]
        files.append(str(self.articles.commit()))
        self._journal.close()
        shutil.rmtree(self.progress, ignore_errors=True)
        return files

    def suspend(self) -> None:
        """Close everything but keep the part files and journal for ``--resume``."""
        for writer in [*self.values(), self.articles]:
            writer.close()
        self._journal.close()

    def _note(self, entry: dict[str, Any]) -> None:
        """Append one journal line holding the part files' sizes after this item."""
        entry["sizes"] = {name: writer.size() for name, writer in self._named_writers()}
        self._journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._journal.flush()

    def _named_writers(self) -> Iterator[tuple[str, AtomicCsvWriter]]:
        yield from self.items()
        yield "articles", self.articles

    def _part(self, relative: str) -> Path:
        """The part file of one output, under ``.progress/``."""
        return self.progress / (relative.replace("/", "__") + ".part")

    def _csv(self, relative: str, columns: tuple[str, ...],
             text_columns: tuple[str, ...]) -> AtomicCsvWriter:
        return AtomicCsvWriter(self.out_dir / relative, columns, self._part(relative),
                               text_columns)


class _ErrorWriter(AtomicCsvWriter):
    """The ``errors.csv`` writer: each error row also closes an item in the journal."""

    def __init__(self, output: RunOutput, target: Path, columns: tuple[str, ...],
                 part: Path, guarded: tuple[str, ...]) -> None:
        super().__init__(target, columns, part, guarded)
        self._output = output

    def write(self, row: dict[str, Any]) -> None:
        super().write(row)
        self._output.note_error(row)


_PART_NAMES = {"events": "events.csv", "dates": "dates.csv", "errors": "errors.csv",
               "baseline": "baseline__events.csv", "articles": ARTICLES_FILE}


def _restore(progress: Path, state: dict[str, Any]) -> _Done:
    """Read the journal, check the state, cut the part files back to the last line."""
    saved = json.loads((progress / STATE).read_text(encoding="utf-8"))
    if saved != json.loads(json.dumps(state)):
        raise ResumeError(
            f"cannot resume: the interrupted run in {progress.parent} had other inputs or "
            "options (files added, changed or removed); run again without --resume"
        )
    done = _Done()
    entries = _journal_entries(progress / JOURNAL)
    for entry in entries:
        key = (entry["doc_id"], entry["source"])
        if entry["kind"] == "article":
            done.articles[key] = entry["events"]
            done.ids[entry["doc_id"]] = entry["source"]
            done.per_doc[entry["doc_id"]] = entry["events"]
            _count(done.encodings, entry["encoding"], 1)
            for name in ("events", "dates", "words"):
                _count(done.totals, name, entry[name])
            _count(done.totals, "articles", 1)
        else:
            done.errors.add(key)
            _count(done.totals, "failed", 1)
    done.sizes = entries[-1]["sizes"] if entries else {}
    _truncate_parts(progress, done.sizes)
    return done


def _journal_entries(path: Path) -> list[dict[str, Any]]:
    """The journal's complete lines; a line cut by a crash is removed from the file."""
    if not path.exists():
        return []
    entries: list[dict[str, Any]] = []
    kept = 0
    with path.open("r+b") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            try:
                entries.append(json.loads(line))
            except (json.JSONDecodeError, UnicodeDecodeError):
                break
            kept += len(line)
        handle.truncate(kept)
    return entries


def _truncate_parts(progress: Path, sizes: Mapping[str, int]) -> None:
    """Cut each part file to its journaled size; with no journal, start them empty."""
    for name, filename in _PART_NAMES.items():
        part = progress / (filename + ".part")
        if not part.exists():
            continue
        size = sizes.get(name, 0)
        if part.stat().st_size < size:
            raise ResumeError(f"cannot resume: {part} is shorter than its journal says; "
                              "run again without --resume")
        with part.open("r+b") as handle:
            handle.truncate(size)
            handle.flush()
            os.fsync(handle.fileno())


def _count(counts: dict[str, int], key: str, value: int) -> None:
    counts[key] = counts.get(key, 0) + value
