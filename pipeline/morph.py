"""Morphological feature values of a Token, read once per analysis.

``token.morph.get(field, [])`` splits the analysis' features anew on every
call, and costs several times a Token's creation; the rules ask it for the
same few analyses ("VerbForm=Inf", "Tense=Past|VerbForm=Part") thousands of
times per Doc. :func:`features` answers the same question from a bounded
memo keyed by the analysis (a ``MorphAnalysis`` hashes and compares by its
key, the hash of its normalised text), so the values are computed once per
analysis and field whatever the Doc.

Example:
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["signé"], morphs=["Tense=Past|VerbForm=Part"])
    >>> features(doc[0], "VerbForm")
    ('Part',)
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import MorphAnalysis, Token


def features(token: Token, field: str) -> tuple[str, ...]:
    """``tuple(token.morph.get(field, []))``: the values of ``field`` ("Inf", "Past"…).

    Example:
        >>> from spacy.vocab import Vocab
        >>> from spacy.tokens import Doc
        >>> doc = Doc(Vocab(), words=["accueillir"], morphs=["VerbForm=Inf"])
        >>> "Inf" in features(doc[0], "VerbForm"), features(doc[0], "Tense")
        (True, ())
    """
    return _values(token.morph, field)


# A process-wide memo, kept on purpose: it is bounded (the parser's analyses
# number in the hundreds, under the 4096 kept) and memoises a pure function of
# the analysis' text, so no call can see another run's state, only its speed.
# A per-Doc memo already exists (DocContext.feature) but needs the Doc's
# context, which the dates tagger and single-token rules do not have.
@lru_cache(maxsize=4096)
def _values(morph: MorphAnalysis, field: str) -> tuple[str, ...]:
    """The values of ``field`` in ``morph`` (a pure function of the analysis' text).

    Example:
        >>> from spacy.vocab import Vocab
        >>> from spacy.tokens import Doc
        >>> _values(Doc(Vocab(), words=["signera"], morphs=["Tense=Fut|VerbForm=Fin"])[0].morph, "Tense")
        ('Fut',)
    """
    return tuple(morph.get(field, []))
