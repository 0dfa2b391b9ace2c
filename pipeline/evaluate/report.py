"""Score a run's output folder against a gold folder (spec, section 6).

:func:`evaluate_dirs` reads the gold (``events.csv``, optional
``timex.csv``) and the run (``events.csv``, optional ``dates.csv``, optional
``baseline/events.csv``), restricts both to the gold's documents (or to
``docs``), scores every system and writes ``metrics.json``, ``errors.md``
and ``eval_errors.csv`` to the output folder.

The scored documents are those of the gold's ``events.csv`` and
``timex.csv`` together: an article with dates but no event is still scored
(every prediction in it is a false positive).

Example:
    >>> result = evaluate_dirs(Path("corpus/gold"), Path("outputs"))  # doctest: +SKIP
    >>> print(result.render())  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate.errors import (
    ErrorItem,
    event_errors,
    mention_errors,
    render_errors_csv,
    render_errors_markdown,
)
from pipeline.evaluate.io import EventRow, MentionRow, read_events, read_mentions, write_atomic
from pipeline.evaluate.metrics import score_events, score_mentions
from pipeline.evaluate.render import render_report
from pipeline.evaluate.results import SystemResult

#: Where a run keeps the naive baseline's table, relative to its folder.
BASELINE_EVENTS = Path("baseline") / "events.csv"

#: The error listing as CSV. Not ``errors.csv``: a run already writes that
#: name (the articles that failed), and the scorer writes into the run's folder.
ERRORS_CSV = "eval_errors.csv"


@dataclass(frozen=True)
class Evaluation:
    """The outcome of :func:`evaluate_dirs`.

    Attributes:
        gold_dir: The gold folder.
        pred_dir: The run's folder.
        docs: The scored documents, sorted.
        systems: The pipeline, then the baseline if the run has one.
        notes: Remarks on what was ignored or omitted.
        written: Files written.
    """

    gold_dir: Path
    pred_dir: Path
    docs: tuple[str, ...]
    systems: tuple[SystemResult, ...]
    notes: tuple[str, ...]
    written: tuple[Path, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """Everything ``metrics.json`` holds."""
        return {
            "gold": str(self.gold_dir),
            "pred": str(self.pred_dir),
            "documents": list(self.docs),
            "notes": list(self.notes),
            "systems": {system.name: system.as_dict() for system in self.systems},
        }

    def render(self) -> str:
        """The readable report: main table, accuracies, per type, per document."""
        heading = (
            f"Scored {len(self.docs)} document(s): gold {self.gold_dir} vs pred {self.pred_dir}"
        )
        return render_report(self.systems, heading, self.notes, [str(p) for p in self.written])


@dataclass(frozen=True)
class _Side:
    """The rows and mentions read from one folder."""

    events: list[EventRow]
    mentions: list[MentionRow] | None


def _read_side(
    folder: Path, events_file: Path, mention_files: Sequence[str], guarded: bool = False
) -> _Side:
    """Read ``events_file`` and the first existing file among ``mention_files``.

    ``guarded`` marks a run's own tables, whose text cells carry the
    spreadsheet guard (see :mod:`pipeline.safety`) that must come off.
    """
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder")
    mentions = None
    for name in mention_files:
        if (folder / name).is_file():
            mentions = read_mentions(folder / name)
            break
    return _Side(read_events(events_file, guarded=guarded), mentions)


def _scored_docs(gold: _Side, docs: Sequence[str] | None, notes: list[str]) -> tuple[str, ...]:
    present = {row.doc_id for row in gold.events} | {m.doc_id for m in gold.mentions or []}
    if not docs:
        return tuple(sorted(present))
    for doc in sorted(set(docs) - present):
        notes.append(f"{doc} has no gold row: every prediction in it counts as a false positive")
    return tuple(sorted(set(docs)))


def _score_system(
    name: str, gold: _Side, pred: _Side, docs: tuple[str, ...], notes: list[str]
) -> tuple[SystemResult, list[ErrorItem]]:
    """Score one system on the scored documents; return its result and its errors."""
    wanted = set(docs)
    kept = [row for row in pred.events if row.doc_id in wanted]
    ignored = len(pred.events) - len(kept)
    if ignored:
        outside = len({row.doc_id for row in pred.events} - wanted)
        notes.append(
            f"{name}: ignored {ignored} predicted row(s) in {outside} document(s) "
            "outside the scored documents"
        )
    outcome = score_events([row for row in gold.events if row.doc_id in wanted], kept, docs)
    items = event_errors(outcome)
    timex = None
    if gold.mentions is None:
        notes.append(f"{name}: no gold timex.csv, date mention scores omitted")
    elif pred.mentions is None:
        notes.append(f"{name}: no dates.csv in the prediction, date mention scores omitted")
    else:
        gold_mentions = [m for m in gold.mentions if m.doc_id in wanted]
        pred_mentions = [m for m in pred.mentions if m.doc_id in wanted]
        timex, aligned = score_mentions(gold_mentions, pred_mentions)
        items += mention_errors(gold_mentions, aligned)
    return SystemResult(name, outcome, timex), items


def _write_outputs(
    evaluation: Evaluation, items: Sequence[ErrorItem], out: Path
) -> tuple[Path, ...]:
    """Write metrics.json, errors.md and eval_errors.csv (the first system's errors)."""
    title = f"Errors of {evaluation.pred_dir} against {evaluation.gold_dir}"
    files = {
        out / "metrics.json": json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=2) + "\n",
        out / "errors.md": render_errors_markdown(items, title),
        out / ERRORS_CSV: render_errors_csv(items),
    }
    for path, text in files.items():
        write_atomic(path, text)
    return tuple(files)


def evaluate_dirs(
    gold: Path, pred: Path, out: Path | None = None, docs: Sequence[str] | None = None
) -> Evaluation:
    """Score a run (and its baseline, if any) against a gold folder.

    Args:
        gold: Folder with ``events.csv`` and optionally ``timex.csv``.
        pred: A run's folder: ``events.csv``, optionally ``dates.csv`` and
            ``baseline/events.csv``. Another annotator's gold folder works too
            (its ``timex.csv`` stands in for ``dates.csv``).
        out: Where to write ``metrics.json``, ``errors.md``, ``eval_errors.csv``
            (default: ``pred``).
        docs: Only score these documents (default: every gold document).

    Returns:
        The evaluation; ``render()`` gives the printed report.

    Raises:
        FileNotFoundError: If a folder or a required ``events.csv`` is missing.
        ValueError: On a malformed file (the message names file, line and column).

    Example:
        >>> evaluate_dirs(Path("corpus/gold"), Path("outputs"), docs=["002_5c29b57ce71f4455"])
        ... # doctest: +SKIP
    """
    gold_side = _read_side(gold, gold / "events.csv", ("timex.csv",))
    mention_files = ("dates.csv", "timex.csv")
    pred_side = _read_side(pred, pred / "events.csv", mention_files, guarded=True)
    notes: list[str] = []
    scored = _scored_docs(gold_side, docs, notes)
    pipeline, items = _score_system("pipeline", gold_side, pred_side, scored, notes)
    systems = [pipeline]
    if (pred / BASELINE_EVENTS).is_file():
        baseline_side = _read_side(
            pred / "baseline", pred / BASELINE_EVENTS, mention_files, guarded=True
        )
        systems.append(_score_system("baseline", gold_side, baseline_side, scored, notes)[0])
    evaluation = Evaluation(gold, pred, scored, tuple(systems), tuple(notes))
    written = _write_outputs(evaluation, items, out if out is not None else pred)
    return Evaluation(gold, pred, scored, tuple(systems), tuple(notes), written)
