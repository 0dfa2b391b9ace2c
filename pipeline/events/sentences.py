"""Sentences for event extraction: the parser's sentences, cut again at line breaks.

Web articles put titles, captions and list items on their own lines without a
final full stop, and the parser then runs them into the next sentence
("Poutine veut « réviser » les sanctions\\n\\nDans le même temps, …"). An event
and its evidence never cross a line break, so each parser sentence is cut at
whitespace tokens that contain a newline.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.doc_context import DocContext, context_of


def event_sentences(doc: Doc, context: DocContext | None = None) -> list[Span]:
    """The Doc's sentences, split at line breaks, without empty pieces.

    Parser boundaries are kept only after sentence-final punctuation. The
    scan reads the token columns of ``context`` (built from ``doc`` when
    None), so no Token is made; with a context, the cut is made once and
    the same list is returned to every caller (do not change it).

    Example:
        >>> # "Titre\\n\\nLe Japon a signé." (one parser sentence) → ["Titre", "Le Japon a signé."]
    """
    return (context or context_of(doc)).memo(_cut_sentences)


def _cut_sentences(context: DocContext) -> list[Span]:
    """:func:`event_sentences` of the context's Doc."""
    doc = context.doc
    texts, is_space, starts = context.texts, context.is_space, context.sent_starts
    pieces: list[Span] = []
    start = 0
    for i in _boundary_candidates(texts, is_space, starts):
        text = texts[i]
        if is_space[i] and "\n" in text:
            _append(pieces, doc, start, i, is_space)
            start = i + 1
        elif starts[i] and i > start and _ends_sentence(texts[i - 1]) and _can_start(text):
            # A parser boundary after final punctuation; boundaries elsewhere
            # ("Tokyo | a mis en garde Pyongyang") are parser errors.
            _append(pieces, doc, start, i, is_space)
            start = i
        elif i > start + 1 and _missed_boundary(texts, is_space[i], i):
            _append(pieces, doc, start, i, is_space)
            start = i
    _append(pieces, doc, start, len(texts), is_space)
    return pieces


def _boundary_candidates(texts: list[str], is_space: list[bool], starts: list[bool]) -> list[int]:
    """The tokens where :func:`_cut_sentences` may cut, in text order.

    Whitespace, parser sentence starts and words right after a full stop:
    the three tests of the cut fail everywhere else, so the scan skips the
    other words.

    Example:
        >>> # "Tokyo proteste. Séoul" → the parser's start (0) and the word after the stop (3)
        >>> _boundary_candidates(["Tokyo", "proteste", ".", "Séoul"], [False] * 4, [True] + [False] * 3)
        [0, 3]
    """
    last = len(texts) - 1
    found = {i for i, space in enumerate(is_space) if space}
    found.update(i for i, start in enumerate(starts) if start)
    found.update(i + 1 for i, text in enumerate(texts) if text == "." and i < last)
    return sorted(found)


def _ends_sentence(text: str) -> bool:
    """True for a token that can end a sentence (".", "!", "?", "…", closing quote)."""
    return text in (".", "!", "?", "…", "»", '"', ":", ";") or text.endswith(".")


def _append(pieces: list[Span], doc: Doc, start: int, end: int, is_space: list[bool]) -> None:
    """Add ``doc[start:end]`` without its surrounding whitespace, if anything is left."""
    while start < end and is_space[start]:
        start += 1
    while end > start and is_space[end - 1]:
        end -= 1
    if end > start:
        pieces.append(doc[start:end])


def _missed_boundary(texts: list[str], space: bool, i: int) -> bool:
    """True for a capitalised word after a lone full stop the parser ran through.

    "… avec des drones. Douchanbé affirme …" is sometimes parsed as one
    sentence; an initial ("J. Biden") is a single letter before the stop.

    Args:
        texts: The Doc's token texts.
        space: Whether token ``i`` is whitespace.
        i: The token tested (at least 2).

    Example:
        >>> _missed_boundary(["drones", ".", "Douchanbé"], False, 2)
        True
        >>> _missed_boundary(["J", ".", "Biden"], False, 2)
        False
    """
    # The token's own tests come first: they are cheap and rule out most tokens.
    if not texts[i][:1].isupper() or space:
        return False
    if texts[i - 1] != ".":
        return False
    before = texts[i - 2]
    return not (len(before) == 1 and before.isalpha())


def _can_start(text: str) -> bool:
    """False for a word no sentence starts with: a comma or a lower-case word.

    "Robert Hale Jr., a convoqué…": the parser may cut after "Jr.".

    Example:
        >>> _can_start(","), _can_start("Le"), _can_start("«")
        (False, True, True)
    """
    return text not in (",", ";", ")") and not text[:1].islower()
