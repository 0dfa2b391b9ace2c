"""Folding of surface forms so that dictionary keys and text tokens compare equal.

Both sides go through :func:`pieces`: lower case, accents removed, typographic
apostrophes and dashes unified, then cut at hyphens and after elided articles.
Cutting at hyphens makes "Kim Jong-un" match whether the tokenizer kept
"Jong-un" whole or split it into "Jong", "-", "un".
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—−"})
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "Œ": "OE", "Æ": "AE"})
# A piece is a word ending in an elision apostrophe ("l'"), a word, or a hyphen.
_PIECE = re.compile(r"[^\s'\-]+'|[^\s'\-]+|-|'")


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes and dashes.

    Example:
        >>> fold("L’Élysée–Œuvre")
        "l'elysee-oeuvre"
    """
    text = text.translate(_APOSTROPHES).translate(_DASHES).translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def unify(text: str) -> str:
    """Unify apostrophes, dashes and ligatures but keep case and accents.

    Example:
        >>> unify("d’Asie")
        "d'Asie"
    """
    return text.translate(_APOSTROPHES).translate(_DASHES)


def raw_pieces(text: str) -> list[str]:
    """Cut text into pieces, keeping case and accents (see :func:`pieces`).

    Example:
        >>> raw_pieces("l’Asie Nord-Est")
        ["l'", 'Asie', 'Nord', '-', 'Est']
    """
    return _PIECE.findall(unify(text))


def pieces(text: str) -> list[str]:
    """Cut folded text into matching pieces.

    Example:
        >>> pieces("Corée du Nord-Est et l’Asie")
        ['coree', 'du', 'nord', '-', 'est', 'et', "l'", 'asie']
    """
    return _PIECE.findall(fold(text))


def is_capitalised(piece: str) -> bool:
    """Whether a raw piece starts with an upper-case letter ("Tokyo", "ONU").

    Example:
        >>> is_capitalised("Élysée"), is_capitalised("mâle")
        (True, False)
    """
    return bool(piece) and piece[0].isupper()
