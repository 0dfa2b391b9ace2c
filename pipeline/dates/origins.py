"""Dates that only start a count of time: "cinq ans après le coup d'Etat du 1er février 2021".

A date named as the origin of a long stretch ("N ans après…", "six mois
après…") is not the time the text goes on to talk about: that time lies the
stretch later, most often the article's own days. So it must not become the
day, month or year that later year-less dates ("le 28 décembre", "mars")
take theirs from.
"""

from __future__ import annotations

import re

from pipeline.dates.vocab import DateVocab, alternation, fold

#: Unit codes long enough that the counted-to time is far from the origin
#: (months and longer; "trois jours après l'attaque du 7 mai" stays near it).
_LONG_UNITS = frozenset({"M", "Y", "DE", "CE"})


def origin_pattern(vocab: DateVocab) -> re.Pattern[str]:
    """A regex for the start of a sentence that ends with an elapsed-time origin.

    The pattern is searched in the text from the sentence opening to the date:
    "<unit> après" and then a noun phrase without a clause break ("cinq ans
    après, le 3 mai" dates the new time and is not an origin).

    Example:
        >>> rx = origin_pattern(DateVocab.load())
        >>> bool(rx.search("Cinq ans après le coup d'Etat du "))
        True
        >>> bool(rx.search("Cinq ans après, le "))
        False
    """
    # The surface words (accented): the alternation then matches both spellings.
    long_units = alternation([w for w in vocab.words("units") if vocab.units[fold(w)] in _LONG_UNITS])
    return re.compile(f"(?<![\\w-]){long_units}\\s+(?:jour\\s+pour\\s+jour\\s+)?après\\s+[^,;:.!?]*$",
                      re.IGNORECASE)


def counts_from(rx: re.Pattern[str], text: str, opened: int, start: int) -> bool:
    """Whether the date at ``start`` is the origin of a count begun since ``opened``.

    Example:
        >>> rx = origin_pattern(DateVocab.load())
        >>> text = "Six mois après le séisme du 6 février, la ville se relève."
        >>> counts_from(rx, text, 0, text.index("6 février"))
        True
    """
    return bool(rx.search(text, opened, start))
