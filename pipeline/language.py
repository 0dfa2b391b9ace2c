"""A cheap check that an article is in French, from its function words.

Articles, pronouns, prepositions and auxiliaries make up about a third of
any running text whatever its subject, and each language has its own. The
check counts, for each language of ``models/ingest/function_words.txt``,
the share of the article's words that are its function words: the article
is French when French has the highest share and that share is not tiny.
Short texts (a headline, a caption) say too little and are let through.

Example:
    >>> words = FunctionWords.load()
    >>> words.not_french("Le Japon a signé un accord avec la Mongolie pour la mine de cuivre.")
    >>> words.not_french("The president met his counterpart in Tokyo on Monday for talks "
    ...                  "about the trade and the security of the region.")
    'not French: 5% French function words, 55% English'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.paths import models_dir

_WORD = re.compile(r"[^\W\d_]+")
#: Fewer words than this: too short to judge, accepted.
MIN_WORDS = 12
#: French text has some 30–45% function words; below this it is not French.
MIN_FRENCH_SHARE = 0.10
#: How many words of a long article are looked at (the start says enough).
SAMPLE_WORDS = 2000

_NAMES = {"fr": "French", "en": "English", "es": "Spanish", "de": "German",
          "it": "Italian", "pt": "Portuguese"}


@dataclass(frozen=True)
class FunctionWords:
    """Function-word sets by language code, loaded once from ``models/ingest/``."""

    by_language: dict[str, frozenset[str]]

    @classmethod
    def load(cls, folder: str | Path | None = None) -> FunctionWords:
        """Read ``function_words.txt``.

        Example:
            >>> "les" in FunctionWords.load().by_language["fr"]
            True
        """
        path = models_dir(folder) / "ingest" / "function_words.txt"
        table: dict[str, frozenset[str]] = {}
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            code, *words = raw.split()
            table[code] = frozenset(words)
        return cls(table)

    def shares(self, text: str) -> dict[str, float]:
        """Share of the text's words that are each language's function words.

        Example:
            >>> round(FunctionWords.load().shares("le chat et la souris")["fr"], 1)
            0.6
        """
        words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 12])][:SAMPLE_WORDS]
        if not words:
            return {code: 0.0 for code in self.by_language}
        return {code: sum(1 for w in words if w in vocab) / len(words)
                for code, vocab in self.by_language.items()}

    def not_french(self, text: str) -> str | None:
        """Why the text is not French, or None if it is (or is too short to tell).

        Example:
            >>> FunctionWords.load().not_french("Guten Tag") is None
            True
        """
        if len(_WORD.findall(text[: MIN_WORDS * 40])) < MIN_WORDS:
            return None
        shares = self.shares(text)
        french = shares.get("fr", 0.0)
        best = max(shares, key=lambda code: shares[code])
        if french >= MIN_FRENCH_SHARE and shares[best] <= french:
            return None
        other = best if best != "fr" else sorted(shares, key=shares.__getitem__)[-2]
        return (f"not French: {french:.0%} French function words, "
                f"{shares[other]:.0%} {_NAMES.get(other, other)}")
