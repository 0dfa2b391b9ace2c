"""Cleaning without moving a character: page furniture and the dateline.

Cleaning never rewrites the text (every offset the pipeline writes indexes
the article exactly as given); it only *marks* spans that later stages skip.

Example:
    >>> furniture_spans("Le Japon signe.\\nNewsletter\\n", [re.compile("newsletter")], [])
    ((16, 26),)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.paths import models_dir

_LINE = re.compile(r"[^\n]+")

# Datelines, most specific first. Day-month order is French.
_DATELINES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b(?:published|publié(?:e)?(?: le)?|mis à jour(?: le)?)\s*:?\s*"
                r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b"), "dmy"),
    (re.compile(r"(?im)^\s*(?:le\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$"), "dmy"),
    (re.compile(r"(?im)^\s*(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\s*$"), "ymd"),
    (re.compile(r"(?i)\ble\s+(\d{1,2})/(\d{1,2})/(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b"), "ymd"),
)

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")
_WORD_DATELINE = re.compile(
    r"(?i)\b(?:publié(?:e)?|mis à jour)\s+le\s+(\d{1,2})(?:er)?\s+(" + "|".join(_MONTHS) +
    r")\s+(\d{4})\b"
)


@dataclass(frozen=True)
class FurniturePatterns:
    """Compiled furniture patterns, loaded once from ``models/ingest/furniture.txt``."""

    whole_line: tuple[re.Pattern[str], ...]
    anywhere: tuple[re.Pattern[str], ...]

    @classmethod
    def load(cls, folder: str | Path | None = None) -> FurniturePatterns:
        """Read the pattern file.

        Example:
            >>> pats = FurniturePatterns.load()
            >>> bool(pats.whole_line)
            True
        """
        path = models_dir(folder) / "ingest" / "furniture.txt"
        whole: list[re.Pattern[str]] = []
        anywhere: list[re.Pattern[str]] = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("~"):
                anywhere.append(re.compile(line[1:], re.IGNORECASE))
            else:
                whole.append(re.compile(line, re.IGNORECASE))
        return cls(tuple(whole), tuple(anywhere))


def furniture_spans(
    text: str,
    whole_line: Sequence[re.Pattern[str]],
    anywhere: Sequence[re.Pattern[str]],
) -> tuple[tuple[int, int], ...]:
    """Return the character spans of lines that are page furniture.

    Args:
        text: The article text.
        whole_line: Patterns that must match the whole stripped line.
        anywhere: Patterns that may match anywhere in the line.

    Returns:
        Sorted ``(start, end)`` spans, offsets into ``text``.

    Example:
        >>> furniture_spans("Partager\\nLe Japon a signé.", [re.compile("partager")], [])
        ((0, 8),)
    """
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        line = match.group().strip(" \t\r\u00a0•·–-")
        if not line:
            continue
        if any(p.fullmatch(line) for p in whole_line) or any(p.search(line) for p in anywhere):
            spans.append((match.start(), match.end()))
    return tuple(spans)


def find_dateline(text: str) -> str | None:
    """Find the article's own date in its text, as an ISO day.

    Recognises "Published 10/01/2026", "Publié le 3 mars 2025",
    "Le 12/03/2025" on a line of its own, and "2025/12/20" (French day-month
    order for the slashed forms).

    Args:
        text: The article text.

    Returns:
        ``"YYYY-MM-DD"`` or None when no valid dateline is found.

    Example:
        >>> find_dateline("Par Rodion Zolkin\\nLe 12/03/2025\\n")
        '2025-03-12'
    """
    word = _WORD_DATELINE.search(text)
    if word:
        iso = _iso(int(word.group(3)), _MONTHS.index(word.group(2).lower()) + 1,
                   int(word.group(1)))
        if iso:
            return iso
    for pattern, order in _DATELINES:
        for match in pattern.finditer(text):
            a, b, c = (int(g) for g in match.groups())
            iso = _iso(c, b, a) if order == "dmy" else _iso(a, b, c)
            if iso:
                return iso
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    """Return an ISO day if the three numbers form a real date."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
