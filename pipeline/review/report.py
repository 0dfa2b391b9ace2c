"""The review report: one self-contained HTML file to check a run's events by eye.

``fr-events review --pred OUT [--gold GOLD] --out report.html`` writes a page
that needs no network: the events table (sortable, filterable by article,
type, actor, partner, modality and confidence), and for the row clicked, its
article with the sentence and the actor, partner, trigger and date marked.
With a gold set, rows are marked right or wrong with the evaluator's
matching and the missed gold events are listed.

Safety: article text is hostile until proven otherwise. Page text written
here goes through :func:`html.escape`; the data travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, and the page's script only ever sets ``textContent``. A
Content-Security-Policy allows no network and no script but the page's own
(by hash), so even markup that slipped through could not run.

Example:
    >>> write_review(Path("outputs"), Path("report.html"))     # doctest: +SKIP
    PosixPath('report.html')
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_path
from pipeline.review.data import (
    event_view,
    evidence_span,
    read_articles,
    read_pred_events,
)

_PLACEHOLDER = re.compile(r"@@(\w+)@@")
#: What must not appear raw inside a <script> block ("</script>", "<!--").
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write_review(pred: Path, out: Path, gold: Path | None = None) -> Path:
    """Write the review report of a run.

    Args:
        pred: The run's output folder (``events.csv``, ``articles.jsonl``).
        out: The HTML file to write.
        gold: A gold folder (or its ``events.csv``) to mark rows right or wrong.

    Returns:
        The file written.

    Raises:
        FileNotFoundError: If the run folder or the gold set is missing.
        ValueError: If the gold set breaks the spec.
    """
    payload = build_payload(pred, gold)
    page = render_page(payload, title=f"Revue des événements — {pred.name or pred}")
    with atomic_path(out) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return out


def build_payload(pred: Path, gold: Path | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-ready data."""
    frame = read_pred_events(pred)
    articles = read_articles(pred)
    records: list[dict[str, Any]] = [
        {str(key): value for key, value in row.items()} for row in frame.to_dict("records")
    ]
    events = [event_view(row, articles.get(str(row["doc_id"]))) for row in records]
    payload: dict[str, Any] = {"events": events, "articles": articles,
                               "has_gold": gold is not None, "missed": []}
    if gold is not None:
        from pipeline.review.marking import gold_rows, mark_events

        docs = set(articles) | {str(row["doc_id"]) for row in records}
        marks = mark_events(frame, gold_rows(gold), docs)
        for event, status, date_right in zip(events, marks.status, marks.date_right,
                                             strict=True):
            event.update(mark=status, date_right=date_right)
        payload["missed"] = [_missed_view(row, articles) for row in marks.missed]
    else:
        for event in events:
            event.update(mark="", date_right=False)
    # Only the texts a row or a missed event points to travel in the page.
    shown = {e["doc_id"] for e in events} | {m["doc_id"] for m in payload["missed"]}
    payload["article_count"] = len(articles)
    payload["articles"] = {doc_id: articles[doc_id] for doc_id in articles if doc_id in shown}
    return payload


def _missed_view(row: Any, articles: dict[str, dict[str, str]]) -> dict[str, Any]:
    """A missed gold event, with where its evidence sentence is in the article."""
    text = articles.get(row.doc_id, {}).get("text", "")
    start16, end16 = evidence_span(text, row.evidence)
    return {"doc_id": row.doc_id, "actor": row.actor, "actor_code": row.actor_code,
            "event_type": row.event_type, "partner": row.partner,
            "partner_code": row.partner_code, "date": row.date, "modality": row.modality,
            "start16": start16, "end16": end16}


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` block (no ``</script>``, no ``<!--``).

    Example:
        >>> script_json({"t": "</script><img onerror=x>"})
        '{"t": "\\\\u003c/script\\\\u003e\\\\u003cimg onerror=x\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def render_page(payload: dict[str, Any], title: str) -> str:
    """Fill the page template with escaped text, the data and the inline assets."""
    css = _asset("report.css")
    js = _asset("report.js")
    events = payload["events"]
    summary = f"{len(events)} événements, {payload['article_count']} articles"
    if payload["has_gold"]:
        right = sum(1 for e in events if e.get("mark") == "right")
        judged = sum(1 for e in events if e.get("mark"))
        summary += (f" · comparé à l'annotation : {right} justes sur {judged} jugés, "
                    f"{len(payload['missed'])} manqués")
    csp = ("default-src 'none'; "
           f"script-src '{_sha256(js)}'; style-src '{_sha256(css)}'; "
           "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'")
    values = {"title": html.escape(title), "summary": html.escape(summary),
              "csp": html.escape(csp), "css": css, "js": js, "data": script_json(payload)}
    # One pass over the template: a value that contains "@@x@@" is not expanded.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("report.html"))


def _asset(name: str) -> str:
    """A file of the page (template, CSS, JS) shipped with the package."""
    return resources.files("pipeline.review").joinpath("assets", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    """A CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
