"""Synthetic corpora for scale tests: real articles repeated, each copy distinct.

Copy ``i`` of an article gets its own id and a few invented proper names
in place of some capitalised words, so every copy has its own hash (no parse
cache hit) and brings new strings to the vocabulary, as a stream of real
news would. The text is otherwise the article's own, so parsing costs the
same per word.

Example:
    >>> generate_corpus([Path("corpus")], 100, Path("/tmp/c.jsonl"))  # doctest: +SKIP
    GeneratedCorpus(path=PosixPath('/tmp/c.jsonl'), articles=100)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest import iter_articles
from pipeline.types import Article

#: Syllables of invented names; ``len ** 3`` names per position.
_SYLLABLES = ("ka", "lo", "mi", "ran", "dor", "vel", "su", "tan", "bri", "zé", "nou", "far",
              "gui", "pel", "rok", "sa")
#: A capitalised word after another word (not the first of a sentence).
_CAPITALISED = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Ý][a-zà-ÿ]{4,}")
#: Every n-th capitalised word is replaced.
_EVERY = 4


@dataclass(frozen=True)
class GeneratedCorpus:
    """Where a generated corpus was written and how many articles it holds."""

    path: Path
    articles: int


def invented_name(number: int) -> str:
    """A pronounceable name, different for each number.

    Example:
        >>> invented_name(0), invented_name(1)
        ('Kakaka', 'Lokaka')
    """
    parts = []
    for _ in range(3):
        number, digit = divmod(number, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
    while number:
        number, digit = divmod(number - 1, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
    return "".join(parts).capitalize()


def vary(text: str, copy: int) -> str:
    """The text with every fourth capitalised word replaced by copy-specific names.

    Example:
        >>> vary("Il a vu Martin, Bernard, Durand et Dupont hier.", 1)
        'Il a vu Martin, Bernard, Durand et Lodorka hier.'
    """
    seen = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        if seen % _EVERY:
            return match.group(0)
        return invented_name(copy * 64 + seen // _EVERY)

    return _CAPITALISED.sub(replace, text)


def generate_corpus(inputs: Iterable[Path], count: int, target: Path) -> GeneratedCorpus:
    """Write ``count`` articles to a JSONL file, cycling over the input articles.

    Args:
        inputs: Article files or folders to draw from.
        count: How many articles to write.
        target: The JSONL file to write.

    Raises:
        ValueError: If the inputs hold no article.
    """
    base = [item for item in iter_articles(list(inputs)) if isinstance(item, Article)]
    if not base:
        raise ValueError("no article found in the inputs")
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        for copy in range(count):
            article = base[copy % len(base)]
            record = {"id": f"{article.doc_id}-{copy:06d}", "text": vary(article.text, copy),
                      "date": article.date or ""}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return GeneratedCorpus(target, count)
