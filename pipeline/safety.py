"""Spreadsheet safety: text cells never run as formulas when a table is opened.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and
some also act on a leading tab or carriage return) as a formula, so an
article sentence such as ``=HYPERLINK("http://…")`` could act when a reviewer
opens ``events.csv``. Text columns are therefore *guarded* in CSV exports: a
single quote is put in front, which spreadsheets read as "this is text".

The guard is reversible so that readers of our own tables get the exact
text back (offsets index the article, and ``evidence`` must stay equal to
``text[start:end]``): a value that already starts with a quote is guarded
too, and :func:`unguard` removes exactly one leading quote.

Only text columns are guarded, never numbers, codes or TIMEX values
(``-1`` offsets and ``2025-12`` dates must stay as they are).

Example:
    >>> guard("=SOMME(A1)"), guard("Le Japon"), unguard(guard("-1 jour"))
    ("'=SOMME(A1)", 'Le Japon', '-1 jour')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

#: First characters that make a spreadsheet treat a cell as a formula,
#: plus the quote itself so that guarding stays reversible.
TRIGGERS: frozenset[str] = frozenset({"=", "+", "-", "@", "\t", "\r", "'"})
QUOTE = "'"


def needs_guard(value: str) -> bool:
    """Tell whether a spreadsheet could read ``value`` as a formula (or a guard).

    Example:
        >>> needs_guard("+33 1 23"), needs_guard("Séoul")
        (True, False)
    """
    return bool(value) and value[0] in TRIGGERS


def guard(value: Any) -> Any:
    """Put a quote before a text that a spreadsheet would run; other values pass.

    Example:
        >>> guard("@Elysee"), guard(3)
        ("'@Elysee", 3)
    """
    if isinstance(value, str) and needs_guard(value):
        return QUOTE + value
    return value


def unguard(value: Any) -> Any:
    """Undo :func:`guard` (one leading quote removed).

    Example:
        >>> unguard("'=1+1"), unguard("Tokyo")
        ('=1+1', 'Tokyo')
    """
    if isinstance(value, str) and value.startswith(QUOTE):
        return value[1:]
    return value


def guard_row(row: Mapping[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    """A copy of ``row`` with the given text columns guarded.

    Example:
        >>> guard_row({"actor": "-X", "start": -1}, ["actor"])
        {'actor': "'-X", 'start': -1}
    """
    safe = dict(row)
    for name in columns:
        if name in safe:
            safe[name] = guard(safe[name])
    return safe


def unguard_frame(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """Undo the guard on the given columns of a table read back from CSV."""
    frame = frame.copy()
    for name in columns:
        if name in frame.columns:
            frame[name] = frame[name].map(unguard)
    return frame


def write_safe_xlsx(frame: pd.DataFrame, path: Path) -> None:
    """Write ``frame`` as an Excel sheet where every text cell is plain text.

    openpyxl stores a string starting with ``=`` as a formula; here every
    string cell is forced to the text type, and a risky one also gets Excel's
    own "quote prefix" flag, so it shows as typed and never runs.

    Example:
        >>> write_safe_xlsx(pd.DataFrame({"actor": ["=1+1"]}), Path("/tmp/t.xlsx"))  # doctest: +SKIP
    """
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([str(name) for name in frame.columns])
    for values in frame.itertuples(index=False, name=None):
        sheet.append([None if _missing(v) else v for v in values])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                if needs_guard(cell.value):
                    cell.quotePrefix = True
    book.save(path)


def _missing(value: Any) -> bool:
    """True for pandas' empty markers (NaN, None), which Excel should leave blank."""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
