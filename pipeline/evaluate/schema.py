"""The contract's closed vocabularies and value syntaxes (spec, sections 2–5).

These are the fixed words of the table format itself — the column names,
the 16 PLOVER types, the five modalities, the group codes, the shape of an
ISO code and of a TIMEX3 value — not rule vocabulary, so they live here as
immutable constants rather than in ``models/``.

Example:
    >>> is_code("JPN"), is_code("G7"), is_code("jpn")
    (True, True, False)
    >>> is_date_value("2003-01-09/2003-01-12"), is_date_value("P3D")
    (True, False)
"""

from __future__ import annotations

import re

#: The contract's columns of an event row, in order (spec, section 2).
EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "actor",
    "actor_code",
    "event_type",
    "action",
    "partner",
    "partner_code",
    "date",
    "modality",
    "evidence",
)

#: Columns of a date-mention file (gold ``timex.csv``, predicted ``dates.csv``).
TIMEX_COLUMNS: tuple[str, ...] = ("doc_id", "start", "end", "text", "value")

#: The 16 PLOVER event types (spec, section 4).
EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: Types whose pair is unordered when scoring.
SYMMETRIC_TYPES: frozenset[str] = frozenset({"AGREE", "CONSULT", "COOPERATE"})

#: The five modalities (spec, section 2).
MODALITIES: tuple[str, ...] = ("asserted", "planned", "cancelled", "negated", "hypothetical")

#: Group codes (spec, section 3).
GROUP_CODES: frozenset[str] = frozenset(
    {
        "UNO",
        "EU",
        "NATO",
        "G7",
        "G20",
        "BRICS",
        "SCO",
        "CIS",
        "CSTO",
        "EAEU",
        "ASEAN",
        "CAS",
        "CAU",
        "WST",
        "GSO",
    }
)

_ISO3 = re.compile(r"[A-Z]{3}")

# TIMEX3 values (an ISO 8601 subset with X for unknown digits). A year may
# also be a decade or a century ("199", "19"), as TimeML writes them.
_YEAR = r"(?:[0-9X]{4}|[0-9]{2,3})"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12][0-9]|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)"
_CLOCK = r"(?:[01][0-9]|2[0-4]|XX)(?::(?:[0-5][0-9]|XX)(?::[0-5][0-9](?:\.[0-9]+)?)?)?"
_ZONE = r"(?:Z|[+-][0-9]{1,2}(?::?[0-5][0-9])?)?"
_TIME = rf"T(?:MO|MI|AF|EV|NI|DT|{_CLOCK}{_ZONE})"
_CALENDAR = (
    rf"{_YEAR}(?:-{_MONTH}(?:-{_DAY}(?:{_TIME})?)?"
    rf"|-W{_WEEK}(?:-(?:[1-7X]|WE)(?:{_TIME})?)?"
    r"|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12X])?"
)
_DATE = rf"(?:{_CALENDAR}|PRESENT_REF|PAST_REF|FUTURE_REF)"
_AMOUNT = r"(?:[0-9]+(?:\.[0-9]+)?|X+)"
_DURATION = (
    rf"P(?:(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|ML|WE|SP|SU|FA|WI))+(?:T(?:{_AMOUNT}[HMS])+)?"
    rf"|T(?:{_AMOUNT}[HMS])+)"
)
_DATE_VALUE = re.compile(rf"{_DATE}(?:/{_DATE})?")
_TIMEX_VALUE = re.compile(rf"{_DATE}(?:/{_DATE})?|{_DURATION}")

#: What a malformed date is compared against, for error messages.
DATE_SYNTAX_HINT = (
    "a TIMEX3 date value such as 2025-12-20, 2025-12, 2025, XXXX-01-09, "
    "2003-01-09/2003-01-12, 2022-FA, 2025-W45, 2025-06-17TAF, or empty"
)
TIMEX_SYNTAX_HINT = DATE_SYNTAX_HINT.replace("date value", "value") + ", or a duration (P3D)"


def is_code(code: str) -> bool:
    """Tell whether ``code`` is an ISO 3166-1 alpha-3 code shape or a group code.

    Empty codes are handled by the caller (they are allowed).

    Example:
        >>> is_code("PRK"), is_code("CAS"), is_code("Corée")
        (True, True, False)
    """
    return code in GROUP_CODES or _ISO3.fullmatch(code) is not None


def is_date_value(value: str) -> bool:
    """Tell whether ``value`` is a TIMEX3 date value an event's ``date`` may hold.

    Durations are refused: "depuis vingt ans" is not an event date (spec, section 5).

    Example:
        >>> is_date_value("XXXX-XX-XX"), is_date_value("mi-décembre")
        (True, False)
    """
    return _DATE_VALUE.fullmatch(value) is not None


def is_timex_value(value: str) -> bool:
    """Tell whether ``value`` is a TIMEX3 value a date mention may hold.

    As :func:`is_date_value`, plus durations such as ``P20Y`` ("depuis vingt ans").

    Example:
        >>> is_timex_value("P20Y"), is_timex_value("2025-12")
        (True, True)
    """
    return _TIMEX_VALUE.fullmatch(value) is not None
