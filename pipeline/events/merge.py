"""One row per distinct event per document (spec section 1).

Rows that agree on ``event_type``, the two codes (unordered for the
symmetric types AGREE, CONSULT, COOPERATE), ``date`` and ``modality`` are
one event; the most complete mention is kept and ``mentions`` counts them.
An undated mention of an event the article dates elsewhere ("le sommet" …
"le sommet de décembre 2025") folds into the dated row.
"""

from __future__ import annotations

import dataclasses
import unicodedata

from pipeline.types import Event

_ARTICLES = ("le ", "la ", "les ", "l'", "l’")


def _norm(name: str) -> str:
    """Lowercase, strip accents and a leading article ("La Russie" → "russie")."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).strip()
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article):].strip()
    return text


def party_key(name: str, code: str) -> str:
    """A party's identity for merging: its code, else its normalised name."""
    return code or _norm(name)


def pair_key(event: Event, symmetric: frozenset[str]) -> tuple[str, str]:
    """The (actor, partner) identity, unordered for symmetric types.

    Example:
        >>> e = Event("d", "Chine", "CHN", "CONSULT", "rencontrer", "Japon", "JPN")
        >>> pair_key(e, frozenset({"CONSULT"}))
        ('CHN', 'JPN')
    """
    a = party_key(event.actor, event.actor_code)
    p = party_key(event.partner, event.partner_code)
    if event.event_type in symmetric and p < a:
        return p, a
    return a, p


def _completeness(event: Event) -> tuple[int, int, float, int]:
    """How complete a mention is: codes, date, confidence, then earliest."""
    codes = int(bool(event.actor_code)) + int(bool(event.partner_code))
    return codes, int(bool(event.date)), event.confidence, -event.start


def merge_events(events: list[Event], symmetric: frozenset[str]) -> list[Event]:
    """Merge repeated mentions of one event, in order of first mention.

    Example:
        >>> a = Event("d", "Japon", "JPN", "CONSULT", "sommet", "Kazakhstan", "KAZ", start=0)
        >>> b = Event("d", "Kazakhstan", "KAZ", "CONSULT", "rencontrer", "Japon", "JPN",
        ...           date="2025-12", start=50)
        >>> [(e.date, e.mentions) for e in merge_events([a, b], frozenset({"CONSULT"}))]
        [('2025-12', 2)]
    """
    groups: dict[tuple[str, ...], list[Event]] = {}
    for event in events:
        key = (event.doc_id, event.event_type, *pair_key(event, symmetric), event.date, event.modality)
        groups.setdefault(key, []).append(event)
    _fold_undated(groups)
    merged = []
    for members in groups.values():
        if not members:
            continue
        best = max(members, key=_completeness)
        first = min(members, key=lambda e: e.start)
        merged.append((first.start, dataclasses.replace(best, mentions=sum(m.mentions for m in members))))
    return [event for _, event in sorted(merged, key=lambda pair: pair[0])]


def _fold_undated(groups: dict[tuple[str, ...], list[Event]]) -> None:
    """Move undated mentions into the single dated group of the same event, if there is one."""
    dated: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in groups:
        if key[4]:
            dated.setdefault(key[:4] + key[5:], []).append(key)
    for key, members in groups.items():
        if key[4]:
            continue
        targets = dated.get(key[:4] + key[5:], [])
        if len(targets) == 1:
            groups[targets[0]].extend(members)
            members.clear()


def share_planned_dates(events: list[Event]) -> list[Event]:
    """Date a planned event the article dates in another mention.

    An article that announces "un sommet" with the host's partners in one
    sentence and "le sommet de décembre 2025" elsewhere speaks of one planned
    summit: undated planned rows of the same type and actor take the date when
    all dated planned rows of that type and actor agree on it.

    Example:
        >>> a = Event("d", "Japon", "JPN", "CONSULT", "sommet", "Kazakhstan", "KAZ",
        ...           modality="planned", date="2025-12")
        >>> b = Event("d", "Japon", "JPN", "CONSULT", "sommet", "Asie centrale", "CAS",
        ...           modality="planned")
        >>> share_planned_dates([a, b])[1].date
        '2025-12'
    """
    dates: dict[tuple[str, str, str], set[str]] = {}
    for event in events:
        if event.modality == "planned" and event.date:
            key = (event.doc_id, event.event_type, party_key(event.actor, event.actor_code))
            dates.setdefault(key, set()).add(event.date)
    shared = []
    for event in events:
        key = (event.doc_id, event.event_type, party_key(event.actor, event.actor_code))
        known = dates.get(key, set())
        if event.modality == "planned" and not event.date and len(known) == 1:
            event = dataclasses.replace(event, date=next(iter(known)), rule=f"{event.rule}_dated")
        shared.append(event)
    return shared
