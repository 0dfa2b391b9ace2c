"""Sentences for event extraction: the parser's sentences, cut again at line breaks.

Web articles put titles, captions and list items on their own lines without a
final full stop, and the parser then runs them into the next sentence
("Poutine veut « réviser » les sanctions\\n\\nDans le même temps, …"). An event
and its evidence never cross a line break, so each parser sentence is cut at
whitespace tokens that contain a newline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


def event_sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, split at line breaks, without empty pieces.

    Example:
        >>> # "Titre\\n\\nLe Japon a signé." (one parser sentence) → ["Titre", "Le Japon a signé."]
    """
    pieces: list[Span] = []
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text:
                _append(pieces, doc, start, token.i)
                start = token.i + 1
        _append(pieces, doc, start, sentence.end)
    return pieces


def _append(pieces: list[Span], doc: Doc, start: int, end: int) -> None:
    """Add ``doc[start:end]`` without its surrounding whitespace, if anything is left."""
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end > start:
        pieces.append(doc[start:end])


@Language.component("fr_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    The parser keeps boundaries set in advance, so titles and list items
    stop being parsed as part of the next sentence.

    Example:
        >>> # nlp.add_pipe("fr_paragraphs", before="parser")
    """
    for token in doc[:-1]:
        if "\n" in token.text and token.is_space:
            doc[token.i + 1].is_sent_start = True
    return doc
