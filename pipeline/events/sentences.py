"""Sentences for event extraction: the parser's sentences, cut again at line breaks.

Web articles put titles, captions and list items on their own lines without a
final full stop, and the parser then runs them into the next sentence
("Poutine veut « réviser » les sanctions\\n\\nDans le même temps, …"). An event
and its evidence never cross a line break, so each parser sentence is cut at
whitespace tokens that contain a newline.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def event_sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, split at line breaks, without empty pieces.

    Parser boundaries are kept only after sentence-final punctuation.

    Example:
        >>> # "Titre\\n\\nLe Japon a signé." (one parser sentence) → ["Titre", "Le Japon a signé."]
    """
    pieces: list[Span] = []
    start = 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            _append(pieces, doc, start, token.i)
            start = token.i + 1
        elif token.is_sent_start and token.i > start and _ends_sentence(doc[token.i - 1]) and _can_start(token):
            # A parser boundary after final punctuation; boundaries elsewhere
            # ("Tokyo | a mis en garde Pyongyang") are parser errors.
            _append(pieces, doc, start, token.i)
            start = token.i
        elif token.i > start + 1 and _missed_boundary(token):
            _append(pieces, doc, start, token.i)
            start = token.i
    _append(pieces, doc, start, len(doc))
    return pieces


def _ends_sentence(token: Token) -> bool:
    """True for a token that can end a sentence (".", "!", "?", "…", closing quote)."""
    return token.text in (".", "!", "?", "…", "»", '"', ":", ";") or token.text.endswith(".")


def _append(pieces: list[Span], doc: Doc, start: int, end: int) -> None:
    """Add ``doc[start:end]`` without its surrounding whitespace, if anything is left."""
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end > start:
        pieces.append(doc[start:end])



def _missed_boundary(token: Token) -> bool:
    """True for a capitalised word after a lone full stop the parser ran through.

    "… avec des drones. Douchanbé affirme …" is sometimes parsed as one
    sentence; an initial ("J. Biden") is a single letter before the stop.

    Example:
        >>> # "drones . Douchanbé" → True for "Douchanbé"; "J . Biden" → False
    """
    # The token's own tests come first: they are cheap and rule out most tokens.
    if not token.text[:1].isupper() or token.is_space:
        return False
    doc = token.doc
    if doc[token.i - 1].text != ".":
        return False
    before = doc[token.i - 2].text
    return not (len(before) == 1 and before.isalpha())


def _can_start(token: Token) -> bool:
    """False for a word no sentence starts with: a comma or a lower-case word.

    "Robert Hale Jr., a convoqué…": the parser may cut after "Jr.".

    Example:
        >>> # "," → False; "Le" → True; "«" → True
    """
    return token.text not in (",", ";", ")") and not token.text[:1].islower()
