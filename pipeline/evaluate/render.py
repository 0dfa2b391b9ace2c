"""Plain-text tables of the scores, systems side by side (pipeline | baseline).

Example:
    >>> print(text_table(["metric", "F1"], [["event", "0.500"]]))
    metric     F1
    ------  -----
    event   0.500
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.evaluate.metrics import Counts, Ratio
from pipeline.evaluate.results import SystemResult

_MISSING = "–"


def fmt(value: float | None) -> str:
    """Three decimals, or a dash for an undefined ratio.

    Example:
        >>> fmt(2 / 3), fmt(None)
        ('0.667', '–')
    """
    return _MISSING if value is None else f"{value:.3f}"


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Align columns: the first to the left, the others to the right."""
    widths = [max(len(line[i]) for line in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest]).rstrip()

    return "\n".join([line(header), line(["-" * width for width in widths]), *map(line, rows)])


def _prf(counts: Counts) -> list[str]:
    return [
        fmt(counts.precision),
        fmt(counts.recall),
        fmt(counts.f1),
        f"{counts.matched}/{counts.gold}/{counts.pred}",
    ]


def _accuracy(ratio: Ratio | None) -> str:
    if ratio is None:
        return _MISSING
    return f"{fmt(ratio.value)} ({ratio.correct}/{ratio.total})"


def main_table(systems: Sequence[SystemResult]) -> str:
    """Event, event+date and dyad P/R/F1 for each system, side by side."""
    header = ["metric"]
    for system in systems:
        header += [f"{system.name} P", "R", "F1", "match/gold/pred"]
    metrics: tuple[tuple[str, Callable[[SystemResult], Counts]], ...] = (
        ("event", lambda s: s.outcome.scores.event),
        ("event+date", lambda s: s.outcome.scores.event_date),
        ("dyad", lambda s: s.outcome.scores.dyad),
    )
    rows = []
    for label, pick in metrics:
        row = [label]
        for system in systems:
            row += _prf(pick(system))
        rows.append(row)
    return text_table(header, rows)


def _timex_ratio(system: SystemResult, which: str) -> Ratio | None:
    timex = system.timex
    if timex is None:
        return None
    numerator, denominator = {
        "recall": (timex.found, timex.gold),
        "found": (timex.value_right, timex.found),
        "all": (timex.value_right, timex.gold),
    }[which]
    return Ratio(numerator, denominator)


def accuracy_table(systems: Sequence[SystemResult]) -> str:
    """Modality and action accuracy on event matches; date mention scores."""
    lines: tuple[tuple[str, Callable[[SystemResult], Ratio | None]], ...] = (
        ("modality accuracy (on event matches)", lambda s: s.outcome.scores.modality),
        ("action accuracy (on event matches)", lambda s: s.outcome.scores.action),
        ("date mention recall", lambda s: _timex_ratio(s, "recall")),
        ("date value accuracy, found mentions", lambda s: _timex_ratio(s, "found")),
        ("date value accuracy, all gold mentions", lambda s: _timex_ratio(s, "all")),
    )
    rows = [[label, *(_accuracy(pick(system)) for system in systems)] for label, pick in lines]
    return text_table(["accuracy", *(system.name for system in systems)], rows)


def per_type_table(systems: Sequence[SystemResult]) -> str:
    """Event match P/R/F1 per PLOVER type: the first system in full, the others' F1."""
    first, others = systems[0], systems[1:]
    types = sorted({t for system in systems for t in system.outcome.scores.per_type})
    empty = Counts(0, 0, 0)
    header = ["event type", "P", "R", "F1", "match/gold/pred", *(f"{o.name} F1" for o in others)]
    rows = [
        [
            name,
            *_prf(first.outcome.scores.per_type.get(name, empty)),
            *(fmt(o.outcome.scores.per_type.get(name, empty).f1) for o in others),
        ]
        for name in types
    ]
    return text_table(header, rows)


def per_doc_table(systems: Sequence[SystemResult]) -> str:
    """Per document: event P/R/F1, event+date and dyad F1; the others' event F1."""
    first, others = systems[0], systems[1:]
    header = [
        "document",
        "event P",
        "R",
        "F1",
        "match/gold/pred",
        "event+date F1",
        "dyad F1",
        *(f"{o.name} F1" for o in others),
    ]
    rows = []
    for doc, metrics in first.outcome.scores.per_doc.items():
        rows.append(
            [
                doc,
                *_prf(metrics["event"]),
                fmt(metrics["event_date"].f1),
                fmt(metrics["dyad"].f1),
                *(fmt(o.outcome.scores.per_doc[doc]["event"].f1) for o in others),
            ]
        )
    return text_table(header, rows)


def render_report(
    systems: Sequence[SystemResult], heading: str, notes: Sequence[str], written: Sequence[str]
) -> str:
    """The whole printed report.

    Args:
        systems: Scored systems, the pipeline first.
        heading: The first line (what was scored against what).
        notes: Remarks (ignored rows, omitted metrics…), one per line.
        written: Files written, one per line.
    """
    first = systems[0].name
    parts = [
        heading,
        "",
        main_table(systems),
        "",
        accuracy_table(systems),
        "",
        f"Per event type ({first}):",
        per_type_table(systems),
        "",
        f"Per document ({first}):",
        per_doc_table(systems),
    ]
    if notes:
        parts += ["", "Notes:", *(f"- {note}" for note in notes)]
    if written:
        parts += ["", "Wrote: " + ", ".join(written)]
    return "\n".join(parts)
