"""What the review report shows, read from a run's folder: events and article texts.

Every offset a run writes indexes the article text, so the report needs the
texts: it reads ``articles.jsonl`` (written by the run), or, for a run made
before that file existed, reads the inputs named in ``run.json`` again.

Highlighting is computed here, not in the browser: the sentence is cut into
segments each marked ``actor``, ``partner``, ``trigger``, ``date`` or plain,
so the page only puts text into elements. Offsets sent to the page for
slicing the article are converted to UTF-16 code units, the unit of
JavaScript strings (they differ from Python's code points after an emoji).

Example:
    >>> segments("Le Japon a signé.", 0, 17, {"actor": (3, 8), "trigger": (11, 16)})
    [['Le ', ''], ['Japon', 'actor'], [' a ', ''], ['signé', 'trigger'], ['.', '']]
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.table import read_events

#: Highlight kinds, strongest first: where two spans overlap, the first wins.
KINDS: tuple[str, ...] = ("trigger", "actor", "partner", "date")
#: Event columns the report shows or filters on.
SHOWN_COLUMNS: tuple[str, ...] = (
    "doc_id", "actor", "actor_code", "event_type", "action", "partner", "partner_code",
    "date", "modality", "confidence", "evidence", "rule",
)


def read_articles(pred: Path) -> dict[str, dict[str, str]]:
    """The run's article texts by ``doc_id``, with date, source, title and encoding.

    Raises:
        FileNotFoundError: If the folder has neither ``articles.jsonl`` nor ``run.json``.
    """
    path = pred / "articles.jsonl"
    if path.exists():
        articles: dict[str, dict[str, str]] = {}
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    articles[str(record["doc_id"])] = {
                        key: str(record.get(key) or "")
                        for key in ("text", "doc_date", "source", "title", "encoding")
                    }
        return articles
    return _reread_inputs(pred)


def _reread_inputs(pred: Path) -> dict[str, dict[str, str]]:
    """Read the run's inputs again (runs that wrote no ``articles.jsonl``)."""
    manifest = pred / "run.json"
    if not manifest.exists():
        raise FileNotFoundError(f"{pred} has neither articles.jsonl nor run.json: is it a run?")
    from pipeline.ingest import IngestLimits, iter_articles
    from pipeline.types import Article

    inputs = [Path(p) for p in json.loads(manifest.read_text(encoding="utf-8"))["inputs"]]
    found = [p for p in inputs if p.exists()]
    articles = {}
    for item in iter_articles(found, limits=IngestLimits(french_only=False)):
        if isinstance(item, Article):
            articles[item.doc_id] = {"text": item.text, "doc_date": item.date or "",
                                     "source": item.source, "title": item.title,
                                     "encoding": item.encoding}
    return articles


def read_pred_events(pred: Path) -> pd.DataFrame:
    """The run's ``events.csv`` as text cells (spreadsheet guards removed).

    Raises:
        FileNotFoundError: If the run wrote no ``events.csv``.
    """
    path = pred / "events.csv"
    if not path.exists():
        raise FileNotFoundError(f"no events.csv in {pred}")
    return read_events(path)


def segments(text: str, start: int, end: int,
             spans: Mapping[str, tuple[int, int]]) -> list[list[str]]:
    """Cut ``text[start:end]`` into ``[piece, kind]`` segments for highlighting.

    Spans outside the sentence are clipped; where spans overlap, the kind
    that comes first in :data:`KINDS` wins.

    Example:
        >>> segments("abcdef", 0, 6, {"date": (1, 4), "actor": (3, 5)})
        [['a', ''], ['bc', 'date'], ['de', 'actor'], ['f', '']]
    """
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return []
    owner = [""] * (end - start)
    for kind in reversed(KINDS):  # weakest first, so stronger kinds overwrite
        low, high = spans.get(kind, (-1, -1))
        for index in range(max(low, start), min(high, end)):
            owner[index - start] = kind
    pieces: list[list[str]] = []
    for offset, kind in enumerate(owner):
        char = text[start + offset]
        if pieces and pieces[-1][1] == kind:
            pieces[-1][0] += char
        else:
            pieces.append([char, kind])
    return pieces


def utf16(text: str, offset: int) -> int:
    """A code-point offset as a JavaScript (UTF-16) offset.

    Example:
        >>> utf16("🇯🇵 Japon", 3)
        5
    """
    prefix = text[: max(0, min(offset, len(text)))]
    return len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def event_view(row: Mapping[str, Any], article: Mapping[str, str] | None) -> dict[str, Any]:
    """One event as the page needs it: shown columns, highlighted sentence, offsets."""
    view: dict[str, Any] = {name: str(row.get(name, "")) for name in SHOWN_COLUMNS}
    view["confidence"] = _number(row.get("confidence"), 0.0)
    text = article["text"] if article else ""
    start, end = int(_number(row.get("start"), -1)), int(_number(row.get("end"), -1))
    if not text or not 0 <= start < end <= len(text):
        view.update(segments=[[view["evidence"], ""]] if view["evidence"] else [],
                    start16=-1, end16=-1)
        return view
    spans = {kind: (int(_number(row.get(f"{kind}_start"), -1)),
                    int(_number(row.get(f"{kind}_end"), -1))) for kind in KINDS}
    view.update(segments=segments(text, start, end, spans),
                start16=utf16(text, start), end16=utf16(text, end))
    return view


def evidence_span(text: str, evidence: str) -> tuple[int, int]:
    """Where a gold row's evidence sentence is in the article (UTF-16), or (-1, -1).

    Example:
        >>> evidence_span("Titre. Le Japon a signé.", "Le Japon a signé.")
        (7, 24)
    """
    evidence = evidence.strip()
    found = text.find(evidence) if evidence else -1
    if found < 0:
        return -1, -1
    return utf16(text, found), utf16(text, found + len(evidence))


def _number(value: Any, default: float) -> float:
    """A CSV cell as a number, ``default`` when empty or not a number."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return default
