"""Right or wrong: predicted rows against a gold set, with the evaluator's matching.

The report and the scorer must agree, so nothing is re-implemented here:
rows are matched one to one by :func:`pipeline.evaluate.matching.match_rows`
with the event criterion (same document, type and pair of parties). Only
the documents the gold set covers are judged: a row of an article nobody
annotated is neither right nor wrong.

Example:
    >>> marks = mark_events(pred_frame, Path("corpus/gold"))     # doctest: +SKIP
    >>> marks.status[:3]                                         # doctest: +SKIP
    ['right', 'wrong', '']
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.evaluate.io import EventRow, read_events
from pipeline.evaluate.matching import event_match, match_rows, same_date

_ROW_FIELDS = ("doc_id", "actor", "actor_code", "event_type", "action", "partner",
               "partner_code", "date", "modality", "evidence")


@dataclass(frozen=True)
class Marks:
    """The verdict on each predicted row, and the gold events no row found.

    Attributes:
        status: Per predicted row: ``"right"``, ``"wrong"`` or ``""`` (no gold
            for its article).
        date_right: Per predicted row: whether a right row's date equals the gold's.
        missed: Gold rows left unmatched, in the runs' documents.
    """

    status: list[str]
    date_right: list[bool]
    missed: list[EventRow] = field(default_factory=list)


def gold_rows(gold: Path) -> list[EventRow]:
    """Read a gold folder's ``events.csv`` (or a gold CSV file) with the evaluator's reader.

    Raises:
        FileNotFoundError: If there is no gold ``events.csv``.
        ValueError: If a gold cell breaks the spec (the evaluator says where).
    """
    path = gold / "events.csv" if gold.is_dir() else gold
    return read_events(path)


def to_rows(frame: pd.DataFrame) -> list[EventRow]:
    """Predicted table rows as the evaluator's records (``line`` = CSV line)."""
    return [
        EventRow(**{name: str(record.get(name, "")).strip() for name in _ROW_FIELDS},
                 line=index + 2)
        for index, record in enumerate(frame.to_dict("records"))
    ]


def mark_events(frame: pd.DataFrame, gold: list[EventRow], docs: Collection[str]) -> Marks:
    """Mark each predicted row right or wrong and list the missed gold events.

    Args:
        frame: The run's events table.
        gold: The gold rows.
        docs: The documents the run processed (gold events of other
            documents are not "missed": the run never saw them).
    """
    judged = {row.doc_id for row in gold}
    gold = [row for row in gold if row.doc_id in docs]
    pred = to_rows(frame)
    matching = match_rows(gold, pred, event_match)
    status = ["wrong" if row.doc_id in judged else "" for row in pred]
    date_right = [False] * len(pred)
    for gold_index, pred_index in matching.pairs:
        status[pred_index] = "right"
        date_right[pred_index] = same_date(gold[gold_index], pred[pred_index])
    missed = [gold[index] for index in matching.unmatched_gold()]
    return Marks(status, date_right, missed)
