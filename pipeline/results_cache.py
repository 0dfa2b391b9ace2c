"""The results cache: our components' output kept on disk, for instant re-runs.

The parse cache (:mod:`pipeline.cache`) makes a re-run after a rule change
skip spaCy's parse. When nothing changed at all — same text, same article
date and furniture, same rules, dictionaries and code — even our components
need not run again: their output (date mentions, actor spans, events) is
read back from a small JSON file and put on the cached parse.

Staleness is ruled out by the key: a *fingerprint* hashes every source file
of the ``pipeline`` package and every file under ``models/``, so editing a
rule, a lexicon line or any code starts a fresh results folder, while the
parses stay valid. A file that cannot be read back is ignored (warned) and
recomputed.

Example:
    >>> cache = ResultsCache.for_run(Path("/tmp/c"), "fr_core_news_md-3.8.0_x")  # doctest: +SKIP
    >>> cache.load(parsed_doc) is None                                          # doctest: +SKIP
    True
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import warnings
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.atomic import atomic_path
from pipeline.extensions import doc_text
from pipeline.paths import models_dir
from pipeline.types import Event, Timex

#: Bumped whenever the file layout changes.
RESULTS_FORMAT = "1"
_ACTOR_ATTRS = ("actor", "actor_code", "actor_kind")


class ResultsCacheWarning(UserWarning):
    """A results file was unreadable and is being recomputed."""


def fingerprint(models: Path | None = None) -> str:
    """A hash of all code and data that shape our components' output.

    Args:
        models: The rule resources folder (default: the bundled ``models/``).

    Example:
        >>> len(fingerprint())
        64
    """
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(RESULTS_FORMAT.encode("utf-8"))
    for root, pattern in ((package, "*.py"), (models or models_dir(), "*")):
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


class ResultsCache:
    """Our components' output per document, under one fingerprint folder.

    Args:
        folder: ``ROOT/results-<parse namespace>-<fingerprint>``.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_run(cls, root: Path, parse_namespace: str, models: Path | None = None) -> ResultsCache:
        """The results folder for this code, these rules and this parse namespace."""
        return cls(root / f"results-{parse_namespace}-{fingerprint(models)[:16]}")

    def path(self, doc: Doc) -> Path:
        """Where a doc's results live: keyed by text, article date and furniture."""
        digest = hashlib.sha256(doc_text(doc).encode("utf-8"))
        digest.update(f"\0{doc._.doc_date or ''}\0{list(doc._.furniture or ())}".encode())
        key = digest.hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def load(self, doc: Doc) -> bool:
        """Put the cached results on a parsed ``doc``; False when there are none.

        ``doc`` must be the parse of the same text (from the parse cache).
        """
        path = self.path(doc)
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            _restore(doc, record)
        except FileNotFoundError:
            return False
        except Exception as err:  # noqa: BLE001 - any bad file means "recompute"
            warnings.warn(f"ignoring unreadable results cache file {path} ({err})",
                          ResultsCacheWarning, stacklevel=2)
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            return False
        return True

    def store(self, doc: Doc) -> None:
        """Save an annotated doc's results atomically (a failure only warns)."""
        path = self.path(doc)
        try:
            text = json.dumps(_record(doc), ensure_ascii=False)
        except (TypeError, ValueError):
            # Output that is not ours (a toy pipeline, a custom component):
            # nothing to keep, the doc is simply annotated again next time.
            # Our own records always serialise (tests/test_results_cache.py).
            return
        try:
            with atomic_path(path) as tmp:
                tmp.write_text(text, encoding="utf-8")
        except OSError as err:
            warnings.warn(f"could not write results cache file {path}: {err}",
                          ResultsCacheWarning, stacklevel=2)


def _record(doc: Doc) -> dict[str, Any]:
    """The JSON-able results of our components on ``doc``."""
    timexes = doc._.timexes or []
    # Each span's mention by its first equal one in the list, as list.index finds it.
    first: dict[Timex, int] = {}
    for k, t in enumerate(timexes):
        first.setdefault(t, k)
    spans = [(s, s._.timex) for s in doc.spans.get("timex", [])]
    return {
        "doc_id": doc._.doc_id,
        "timexes": [_fields(t) for t in timexes],
        "timex_spans": [[s.start, s.end, first[t]] for s, t in spans if t in first],
        "actors": [[s.start, s.end, *(getattr(s._, a) for a in _ACTOR_ATTRS), s._.members]
                   for s in doc.spans.get("actors", [])],
        "events": [_fields(e) for e in doc._.events or []],
    }


def _fields(record: Event | Timex) -> dict[str, Any]:
    """A flat record's fields by name: :func:`dataclasses.asdict` without its deep copy.

    The dict is only serialised, so sharing ``Event.extra`` is harmless.

    Example:
        >>> _fields(Timex(0, 4, "2024", "DATE", "2024"))["value"]
        '2024'
    """
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def _restore(doc: Doc, record: dict[str, Any]) -> None:
    """Set the cached results on ``doc`` (the reverse of :func:`_record`)."""
    timexes = [Timex(**t) for t in record["timexes"]]
    timex_spans = []
    for start, end, index in record["timex_spans"]:
        span = Span(doc, start, end)
        span._.timex = timexes[index]
        timex_spans.append(span)
    actors = []
    for start, end, actor, code, kind, members in record["actors"]:
        span = Span(doc, start, end)
        span._.actor, span._.actor_code, span._.actor_kind = actor, code, kind
        span._.members = [tuple(m) for m in members] if members is not None else None
        actors.append(span)
    events = [Event(**{**e, "doc_id": doc._.doc_id}) for e in record["events"]]
    doc._.timexes = timexes
    doc.spans["timex"] = timex_spans
    doc.spans["actors"] = actors
    doc._.events = events
