"""What resolution hands to the component, and the sentence numbering it uses."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.actors.match import token_texts

_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


@dataclass(frozen=True)
class Resolved:
    """A resolved actor mention: what ``doc.spans["actors"]`` carries."""

    start: int
    end: int
    actor: str
    code: str
    kind: str
    members: tuple[tuple[str, str], ...] = ()


def sentence_index(doc: Doc, texts: list[str] | None = None) -> list[int]:
    """Sentence number of every token, counted at full stops and line breaks.

    The parser's own boundaries split at guillemets and colons, which would
    push "les deux dirigeants" too far from the names it stands for.
    ``texts`` are the token texts, when the caller has read them already.
    """
    index: list[int] = []
    current = 0
    # spaCy's trailing whitespace is at most one space, so a line break is
    # always a token of its own: looking at token texts is enough.
    for text in texts if texts is not None else token_texts(doc):
        index.append(current)
        if text in _SENTENCE_ENDS or "\n" in text:
            current += 1
    return index
