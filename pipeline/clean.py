"""Cleaning without moving a character: page furniture and the dateline.

Cleaning never rewrites the text (every offset the pipeline writes indexes
the article exactly as given); it only *marks* spans that later stages skip.

Example:
    >>> furniture_spans("Le Japon signe.\\nNewsletter\\n", [re.compile("newsletter", re.I)], [])
    ((16, 26),)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.paths import models_dir

_LINE = re.compile(r"[^\n]+")

# Datelines, most specific first. Day-month order is French. A dateline
# is either labelled ("Publié le…", "Published", "Mis à jour le…") or a line
# holding nothing but a date, possibly after a place and before a time:
# "Washington, le 3 avril 2024", "Mardi 19 novembre 2024", "Le 03/02/2023 à 08h15".
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")
_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_LABEL = r"(?:published|publi[ée]e?|mis\s+à\s+jour|mise\s+à\s+jour|màj|updated)(?:\s+le)?\s*:?\s*"
_PLACE = r"(?:[A-ZÉÈ][\w'’ .()-]{0,40}?\s*[,–—-]\s*)?"
_TIME = r"(?:\s*(?:à|,|-)?\s*\d{1,2}\s*[h:]\s*\d{0,2}(?:\s*\w+)?)?"
_WORD_DATE = (r"(?:(?:" + _WEEKDAYS + r")\s+)?(\d{1,2})(?:er)?\s+(" + "|".join(_MONTHS)
              + r")\s+(\d{4})")
_NUM_DMY = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
_NUM_YMD = r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})"
_AGENCY = r"\s*\([A-Z][\w .-]{0,30}\)\s*[-–—]"
_SOURCE = r"\s*[·•|]\s*[^\n]+$"

_DATELINES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b" + _LABEL + _WORD_DATE), "dMy"),
    (re.compile(r"(?i)\b" + _LABEL + _NUM_DMY + r"\b"), "dmy"),
    (re.compile(r"(?im)^\s*" + _PLACE + r"(?:le\s+)?" + _WORD_DATE + _TIME + r"\s*$"), "dMy"),
    (re.compile(r"(?im)^\s*" + _PLACE + r"(?:le\s+)?" + _NUM_DMY + _TIME + r"\s*$"), "dmy"),
    (re.compile(r"(?im)^\s*" + _NUM_YMD + _TIME + r"\s*$"), "ymd"),
    # A wire dispatch opens its first paragraph with place, date and agency:
    # "LIMA, 4 mai 2024 (Reuters) - Le gouvernement…".
    (re.compile(r"(?m)^\s*" + _PLACE + r"(?i:" + _WORD_DATE + r")" + _AGENCY), "dMy"),
    (re.compile(r"(?m)^\s*" + _PLACE + _NUM_DMY + _AGENCY), "dmy"),
    # A date line followed by its source: "Le 03.02.2023 à 08h15 · Le Monde avec AFP".
    (re.compile(r"(?im)^\s*(?:le\s+)?" + _WORD_DATE + _TIME + _SOURCE), "dMy"),
    (re.compile(r"(?im)^\s*(?:le\s+)?" + _NUM_DMY + _TIME + _SOURCE), "dmy"),
    (re.compile(r"(?i)\ble\s+(\d{1,2})/(\d{1,2})/(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b"), "ymd"),
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
        >>> furniture_spans("Partager\\nLe Japon a signé.", [re.compile("partager", re.I)], [])
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

    Recognises labelled dates ("Published 10/01/2026", "Publié le 3 mars
    2025", "Mis à jour le 12 juillet 2024 à 18h40"), a line holding only a
    date ("Le 12/03/2025", "Washington, le 3 avril 2024", "Mardi 19 novembre
    2024"), and "2025/12/20" (French day-month order for the slashed forms).

    Args:
        text: The article text.

    Returns:
        ``"YYYY-MM-DD"`` or None when no valid dateline is found.

    Example:
        >>> find_dateline("Par Anne Martin\\nLe 12/03/2025\\n")
        '2025-03-12'
    """
    for pattern, order in _DATELINES:
        for match in pattern.finditer(text):
            iso = _dateline_iso(match.groups(), order)
            if iso:
                return iso
    return None


def _dateline_iso(groups: tuple[str | Any, ...], order: str) -> str | None:
    """The ISO day of a dateline match, whose groups come in ``order``."""
    if order == "dMy":
        day, month, year = groups
        return _iso(int(year), _MONTHS.index(month.lower()) + 1, int(day))
    a, b, c = (int(g) for g in groups)
    return _iso(c, b, a) if order == "dmy" else _iso(a, b, c)


def _iso(year: int, month: int, day: int) -> str | None:
    """Return an ISO day if the three numbers form a real date."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
