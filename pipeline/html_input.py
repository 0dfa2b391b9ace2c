"""Web pages in: the main text and the publication date, extracted with trafilatura.

A saved news page is mostly menus, share buttons, related links and
comments; trafilatura keeps the article body, and its date finder reads the
page's metadata (``article:published_time``, JSON-LD, ``<time>``…). The
extracted text *is* the article from then on: every offset the pipeline
writes indexes it, and the run records it in ``articles.jsonl`` so that
offsets can be checked against it.

Example:
    >>> page = extract_page(html)                                   # doctest: +SKIP
    >>> page.text, page.date                                        # doctest: +SKIP
    ('Le Japon a signé un accord avec la Mongolie…', '2025-12-20')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: Suffixes read as web pages.
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})


@dataclass(frozen=True)
class Page:
    """What a web page gives: its main text, date (ISO day or None) and title."""

    text: str
    date: str | None
    title: str


def extract_page(html: str) -> Page | None:
    """Extract the main text, publication date and title of a web page.

    Args:
        html: The page's markup, already decoded.

    Returns:
        The page, or None when no main text could be found.

    Example:
        >>> extract_page("<html><body></body></html>") is None
        True
    """
    import trafilatura  # heavy: imported only when a page is read

    # Only the page's own date is wanted, never a date guessed from its text.
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None:
        return None
    text = getattr(found, "text", None) or ""
    if not text.strip():
        return None
    return Page(text=text, date=_iso_day(getattr(found, "date", None)),
                title=str(getattr(found, "title", None) or ""))


def _iso_day(value: object) -> str | None:
    """Keep a date only if it is a real ISO day ("2025-12-20")."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
