"""Plain records that flow between the stages.

They are frozen dataclasses so that a component can hand them to the next
without copies, and the table writer can turn them into rows with
:func:`dataclasses.asdict`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One article as ingested, before parsing.

    Attributes:
        doc_id: Identifier (file name without extension, or the ``id`` field).
        text: The article's text exactly as given; every offset indexes it.
        date: The article's own date as an ISO day (``"2026-01-10"``) or None.
        title: Optional title.
        source: Where the article came from (path, ``file.jsonl:12``…).
        furniture: Character spans of page furniture (menus, "Newsletter",
            share buttons) that must never yield events.
        date_source: How ``date`` was found: ``"field"``, ``"dateline"`` or ``""``.

    Example:
        >>> Article("a1", "Le Japon accueille le sommet.", date="2025-12-20").doc_id
        'a1'
    """

    doc_id: str
    text: str
    date: str | None = None
    title: str = ""
    source: str = ""
    furniture: tuple[tuple[int, int], ...] = ()
    date_source: str = ""
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Timex:
    """A temporal expression and its TIMEX3 normalisation.

    Attributes:
        start: Character offset of the first character in the text.
        end: Character offset one past the last character.
        text: The surface string, ``text[start:end]``.
        type: TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: TIMEX3 value (``"2025-12"``, ``"XXXX-01-09"``, ``"P3D"``…).
        mod: Optional TIMEX3 ``mod`` (``"MID"``, ``"START"``, ``"END"``…).

    Example:
        >>> Timex(10, 28, "mi-décembre 2025", "DATE", "2025-12", "MID").value
        '2025-12'
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""


@dataclass(frozen=True)
class Event:
    """One row of the event table (see the spec, section 2).

    Offsets index the article's text. ``start``/``end`` delimit the evidence
    sentence; the ``*_start``/``*_end`` pairs delimit the trigger, the actor
    and partner mentions and the date mention (``-1`` where there is none).

    Example:
        >>> Event("d", "Japon", "JPN", "CONSULT", "accueillir", "Kazakhstan", "KAZ").actor_code
        'JPN'
    """

    doc_id: str
    actor: str
    actor_code: str
    event_type: str
    action: str
    partner: str
    partner_code: str
    date: str = ""
    modality: str = "asserted"
    evidence: str = ""
    doc_date: str = ""
    sentence: int = -1
    start: int = -1
    end: int = -1
    confidence: float = 0.5
    trigger_start: int = -1
    trigger_end: int = -1
    actor_start: int = -1
    actor_end: int = -1
    partner_start: int = -1
    partner_end: int = -1
    date_start: int = -1
    date_end: int = -1
    rule: str = ""
    mentions: int = 1
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
