"""The error listing a reviewer reads: every miss, grouped by document.

For each document: the gold rows no prediction matched (false negatives),
the predicted rows no gold row matched (false positives), the event matches
whose date, modality or action differ, and the date mentions missed or
given a wrong value. Written both as Markdown (to read) and CSV (to sort).

Example:
    >>> render_errors_csv([])
    'doc_id,kind,event_type,actor,actor_code,partner,partner_code,date,modality,action,evidence,detail,gold_line,pred_line\\r\\n'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.evaluate.io import EventRow, MentionRow
from pipeline.evaluate.matching import normalise_action
from pipeline.evaluate.metrics import EventOutcome
from pipeline.evaluate.schema import SYMMETRIC_TYPES

#: Kinds of error, in the order they are listed within a document.
KINDS: tuple[str, ...] = (
    "false negative",
    "false positive",
    "matched, different date/modality/action",
    "date mention missed",
    "date mention, wrong value",
)

_CSV_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "kind",
    "event_type",
    "actor",
    "actor_code",
    "partner",
    "partner_code",
    "date",
    "modality",
    "action",
    "evidence",
    "detail",
    "gold_line",
    "pred_line",
)


@dataclass(frozen=True)
class ErrorItem:
    """One line of the error listing.

    Attributes:
        doc_id: The document.
        kind: One of :data:`KINDS`.
        row: The event row shown (the gold one for misses and matches, the
            predicted one for false positives); None for date mentions.
        detail: What differs, or the date mention's description.
        evidence: The evidence sentence(s), or the mention's text.
        gold_line: Line of the gold file (0 if none).
        pred_line: Line of the predicted file (0 if none).
    """

    doc_id: str
    kind: str
    row: EventRow | None
    detail: str
    evidence: str
    gold_line: int
    pred_line: int


def _differences(gold: EventRow, pred: EventRow) -> list[str]:
    found = []
    if gold.date != pred.date:
        found.append(f"date: gold {gold.date or '(none)'}, pred {pred.date or '(none)'}")
    if gold.modality != pred.modality:
        found.append(f"modality: gold {gold.modality}, pred {pred.modality}")
    if normalise_action(gold.action) != normalise_action(pred.action):
        found.append(f"action: gold {gold.action or '(none)'}, pred {pred.action or '(none)'}")
    return found


def event_errors(outcome: EventOutcome) -> list[ErrorItem]:
    """False negatives, false positives and imperfect matches of the event match."""
    gold, pred, matching = outcome.gold, outcome.pred, outcome.events
    items = [
        ErrorItem(gold[i].doc_id, KINDS[0], gold[i], "", gold[i].evidence, gold[i].line, 0)
        for i in matching.unmatched_gold()
    ]
    items += [
        ErrorItem(pred[j].doc_id, KINDS[1], pred[j], "", pred[j].evidence, 0, pred[j].line)
        for j in matching.unmatched_pred()
    ]
    for i, j in matching.pairs:
        differences = _differences(gold[i], pred[j])
        if differences:
            evidence = (
                f"gold: {gold[i].evidence or '(none)'} | pred: {pred[j].evidence or '(none)'}"
            )
            items.append(
                ErrorItem(
                    gold[i].doc_id,
                    KINDS[2],
                    gold[i],
                    "; ".join(differences),
                    evidence,
                    gold[i].line,
                    pred[j].line,
                )
            )
    return items


def _describe(mention: MentionRow) -> str:
    return f'"{mention.text}" [{mention.start}, {mention.end}) = {mention.value or "(none)"}'


def mention_errors(
    gold: Sequence[MentionRow], aligned: Sequence[MentionRow | None]
) -> list[ErrorItem]:
    """Gold date mentions not found, or found with another value."""
    items = []
    for mention, found in zip(gold, aligned, strict=True):
        if found is None:
            items.append(
                ErrorItem(
                    mention.doc_id,
                    KINDS[3],
                    None,
                    f"gold {_describe(mention)}",
                    mention.text,
                    mention.line,
                    0,
                )
            )
        elif found.value != mention.value:
            detail = f"gold {_describe(mention)}; pred {_describe(found)}"
            items.append(
                ErrorItem(
                    mention.doc_id, KINDS[4], None, detail, mention.text, mention.line, found.line
                )
            )
    return items


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _party(name: str, code: str) -> str:
    return f"{name or '?'} ({code or 'no code'})"


def _event_line(item: ErrorItem) -> str:
    row = item.row
    assert row is not None  # event kinds always carry a row
    arrow = "↔" if row.event_type in SYMMETRIC_TYPES else "→"
    where = ", ".join(
        part
        for part in (
            f"gold line {item.gold_line}" if item.gold_line else "",
            f"pred line {item.pred_line}" if item.pred_line else "",
        )
        if part
    )
    line = (
        f"- **{row.event_type}** {_party(row.actor, row.actor_code)} {arrow} "
        f"{_party(row.partner, row.partner_code)} · date {row.date or '(none)'} · "
        f"{row.modality} · action {row.action or '(none)'} · {where}"
    )
    if item.detail:
        line += f"\n  - {item.detail}"
    return line + f"\n  > {_one_line(item.evidence) or '(no evidence sentence)'}"


def render_errors_markdown(items: Sequence[ErrorItem], title: str) -> str:
    """The error listing as Markdown, grouped by document then by kind.

    Example:
        >>> render_errors_markdown([], "Errors")
        '# Errors\\n\\nNo errors.\\n'
    """
    if not items:
        return f"# {title}\n\nNo errors.\n"
    totals = " · ".join(
        f"{kind}: {sum(item.kind == kind for item in items)}"
        for kind in KINDS
        if any(item.kind == kind for item in items)
    )
    parts = [f"# {title}", "", totals, ""]
    for doc in sorted({item.doc_id for item in items}):
        parts += [f"## {doc}", ""]
        for kind in KINDS:
            chosen = [item for item in items if item.doc_id == doc and item.kind == kind]
            if not chosen:
                continue
            parts += [f"### {kind[0].upper()}{kind[1:]} ({len(chosen)})", ""]
            for item in chosen:
                parts.append(_event_line(item) if item.row else f"- {item.detail}")
            parts.append("")
    return "\n".join(parts)


def render_errors_csv(items: Sequence[ErrorItem]) -> str:
    """The error listing as CSV, one line per item, sorted by document then kind."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_CSV_COLUMNS)
    ordered = sorted(items, key=lambda item: (item.doc_id, KINDS.index(item.kind)))
    for item in ordered:
        row = item.row
        fields = (
            [
                row.event_type,
                row.actor,
                row.actor_code,
                row.partner,
                row.partner_code,
                row.date,
                row.modality,
                row.action,
            ]
            if row
            else [""] * 8
        )
        writer.writerow(
            [
                item.doc_id,
                item.kind,
                *fields,
                _one_line(item.evidence),
                item.detail,
                item.gold_line or "",
                item.pred_line or "",
            ]
        )
    return buffer.getvalue()
