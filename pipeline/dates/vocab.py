"""The French temporal vocabulary, loaded once from ``models/dates/vocab.json``.

The words live in a data file so that a linguist can extend them without
touching code; this module only reads them, adds unaccented spellings (news
text often drops accents on capitals: "Eté", "Fevrier") and turns word lists
into regular-expression alternations.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.paths import models_dir


def strip_accents(word: str) -> str:
    """Return ``word`` without diacritics.

    Example:
        >>> strip_accents("février")
        'fevrier'
    """
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower-case, unaccented, single-spaced key used for every lookup.

    Cached: the same few hundred words come back in every text.

    Example:
        >>> fold("Aujourd’hui  Lundi")
        "aujourd'hui lundi"
    """
    word = word.replace("’", "'").replace("\u00a0", " ")
    return " ".join(strip_accents(word).lower().split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation matching any of ``words``, longest first.

    Spaces match any run of whitespace, apostrophes either quote, and
    accented letters their unaccented form too (case is left to the flags).

    Example:
        >>> bool(re.fullmatch(alternation(["l'an"]), "l’an"))
        True
    """
    forms = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(_loose(w) for w in forms) + ")"


def _loose(word: str) -> str:
    """Regex for one word, tolerant of accents, quotes and spacing."""
    parts = []
    for char in word:
        if char == " ":
            parts.append(r"\s+")
        elif char in "'’":
            parts.append("['’]\\s*")
        elif char == "-":
            parts.append(r"[-‐\s]?")
        else:
            bare = strip_accents(char)
            parts.append(f"[{re.escape(char)}{re.escape(bare)}]" if bare != char else re.escape(char))
    return "".join(parts)


def _folded(table: Mapping[str, object]) -> dict[str, object]:
    """Copy of a word table keyed by :func:`fold` forms."""
    return {fold(k): v for k, v in table.items()}


@dataclass(frozen=True)
class DateVocab:
    """Every word list the recogniser and the normaliser need.

    Tables map folded words (see :func:`fold`) to their meaning, e.g.
    ``months["fevrier"] == 2`` or ``relative_after["prochaine"] == 1``.

    Example:
        >>> DateVocab.load().months["aout"]
        8
    """

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague_quantities: frozenset[str]
    units: dict[str, str]
    unit_durations: dict[str, str]
    lexical_durations: dict[str, str]
    approx_words: dict[str, str]
    deictic_days: dict[str, int]
    anaphoric_days: dict[str, int]
    parts_of_day: dict[str, str]
    clock_words: dict[str, str]
    seasons: dict[str, str]
    modifiers: dict[str, str]
    relative_after: dict[str, int]
    anaphoric_relative: frozenset[str]
    references: dict[str, str]
    sets: dict[str, str]
    not_year_after: frozenset[str]
    not_year_before: frozenset[str]
    person_nouns: frozenset[str]
    ordinals: dict[str, int]
    approx_counts: dict[str, int]
    time_zones: dict[str, str]
    not_duration_after: frozenset[str]
    same_time: frozenset[str]
    past_auxiliaries: frozenset[str]
    passive_auxiliaries: frozenset[str]
    year_relatives: dict[str, int]
    story_year_relatives: dict[str, int]
    age_verbs: frozenset[str]
    here_time_cues: frozenset[str]
    terms_before_a: frozenset[str]
    holidays: dict[str, str]
    movable_feasts: dict[str, int]
    street_words: frozenset[str]
    planning_verbs: dict[str, str]
    future_governors: frozenset[str]
    inviting_verbs: frozenset[str]
    prepositional_verbs: frozenset[str]
    backdrop_auxiliaries: frozenset[str]
    not_imperfect: frozenset[str]
    etre_verbs: frozenset[str]
    dawn_dusk: dict[str, str]
    set_adjectives: frozenset[str]
    month_periods: dict[str, int]
    raw: dict[str, list[str]]

    @classmethod
    def load(cls, folder: str | Path | None = None) -> DateVocab:
        """Read ``dates/vocab.json`` from the models folder.

        Args:
            folder: Another models folder than the bundled ``models/``.
        """
        path = models_dir(folder) / "dates" / "vocab.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        raw = {k: list(v) for k, v in data.items() if not k.startswith("_")}
        tables = {k: _folded(v) for k, v in data.items() if isinstance(v, dict)}
        sets = {k: frozenset(fold(w) for w in v) for k, v in data.items() if isinstance(v, list)}
        return cls(raw=raw, **tables, **sets)  # type: ignore[arg-type]

    def words(self, key: str) -> list[str]:
        """The surface words of one table, as written in the data file.

        Example:
            >>> "hier" in DateVocab.load().words("deictic_days")
            True
        """
        return self.raw[key]
