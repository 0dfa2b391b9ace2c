"""The present tense read by its date: a narrated past or an announced plan.

A French present tells whatever time its date names. "En août 2024, Le
Caire signe un protocole avec Mogadiscio" narrates a past act (the
historical present of analysis pieces); "Le Japon signe la semaine
prochaine un accord avec l'Inde" announces a plan. A present without a date
is the day's statement ("Pékin dénonce les sanctions").
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from pipeline.events.frame import Frame
from pipeline.events.present_forms import future_spelling
from pipeline.morph import features


def simple_present(verb: Token) -> bool:
    """True for a finite verb in the simple present, with no tense auxiliary ("signe", "se rend").

    A plain present the tagger read as a future ("accueille") counts as one.

    Example:
        >>> # "Le Caire signe un protocole" → True for "signe"; "a signé" → False
    """
    if verb.pos_ not in ("VERB", "AUX") or "Fin" not in features(verb, "VerbForm"):
        return False
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False
    tenses = features(verb, "Tense")
    misread_future = "Fut" in tenses and not future_spelling(verb.lower_)
    return ("Pres" in tenses or misread_future) and "Cnd" not in features(verb, "Mood")


def told_in_present(frame: Frame) -> bool:
    """True if the frame's first verb is a simple present ("Le Caire signe", "Ankara accueille").

    Example:
        >>> # frame of "signe" in "Le Caire signe un protocole" → True; of "a signé" → False
    """
    verbs = [a for a in frame.anchors if a.pos_ in ("VERB", "AUX")]
    return bool(verbs) and simple_present(verbs[0])


def date_side(value: str, today: str) -> int:
    """-1 if a TIMEX3 value lies wholly before the day ``today``, 1 if wholly after, else 0.

    Days, months and years are compared at their own precision; an ISO week
    by its Monday and Sunday; a span by its ends; other forms ("2024-SU",
    "XXXX-03") by their year alone.

    Example:
        >>> date_side("2024-08", "2026-03-10"), date_side("2026-W12", "2026-03-10"), date_side("2026-03", "2026-03-10")
        (-1, 1, 0)
    """
    start, _, end = value.partition("/")
    first, last = _bounds(start), _bounds(end or start)
    if first is None or last is None:
        return 0
    if last[1] < today:
        return -1
    if first[0] > today:
        return 1
    return 0


def _bounds(value: str) -> tuple[str, str] | None:
    """The first and last ISO day a date value may name, or None if its year is unknown."""
    if not value[:4].isdigit():
        return None
    year = value[:4]
    if len(value) >= 8 and value[5] == "W" and value[6:8].isdigit():
        week = int(value[6:8])
        try:
            monday, sunday = date.fromisocalendar(int(year), week, 1), date.fromisocalendar(int(year), week, 7)
        except ValueError:
            return None
        return monday.isoformat(), sunday.isoformat()
    parts = value[:10].split("-")
    if len(parts) >= 3 and parts[1].isdigit() and parts[2][:2].isdigit():
        day = f"{year}-{parts[1]}-{parts[2][:2]}"
        return day, day
    if len(parts) >= 2 and parts[1].isdigit():
        return f"{year}-{parts[1]}-01", f"{year}-{parts[1]}-31"
    return f"{year}-01-01", f"{year}-12-31"


def dated_present_plans(frames: list[Frame], today: str | None) -> None:
    """Mark as planned an asserted act told in the present and dated after the article's day.

    "Le Japon signe la semaine prochaine un accord avec l'Inde" → planned
    (frames changed in place).

    Example:
        >>> # frame "signe" dated 2026-W12 in an article of 2026-03-10 → modality "planned"
    """
    if not today:
        return
    for frame in frames:
        if frame.modality != "asserted" or frame.date is None or not told_in_present(frame):
            continue
        if date_side(frame.date.timex.value, today) > 0:
            frame.modality = "planned"


def narrated_past(source: Frame, today: str | None) -> bool:
    """True if ``source`` is a present-tense act dated before the article's day: a narrative.

    "Ce jour-là [1er janvier 2024], l'Éthiopie et le Somaliland signent un
    protocole": the following presents of the paragraph tell that past too.

    Example:
        >>> # source "signent" dated 2024-01-01 in an article of 2026-04-22 → True
    """
    if not today or source.date is None or not told_in_present(source):
        return False
    return date_side(source.date.timex.value, today) < 0
