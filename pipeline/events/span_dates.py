"""An event told by its start and its end: "a achevé jeudi une visite entamée lundi".

The event noun is the object (or subject) of a verb that closes it and is
modified by a verb that opens it, each with its own date: the event spans
from the one to the other (spec section 5: an interval ``start/end``).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.dating import DateMention, date_mentions
from pipeline.types import Timex


def span_date(
    noun: Token, start_verbs: frozenset[str], end_verbs: frozenset[str]
) -> DateMention | None:
    """The interval from the opening verb's date to the closing verb's date around an event noun.

    Example:
        >>> # "Le président a achevé jeudi une visite entamée lundi" → lundi/jeudi
    """
    if noun.pos_ != "NOUN":
        return None
    verbs = [c for c in noun.children if c.dep_.startswith("acl")]
    host = noun.head
    if noun.dep_ == "nmod" and host.dep_.startswith("obl"):
        host = host.head  # "a terminé vendredi une visite": parsed as a noun of "vendredi"
    elif noun.dep_ not in ("obj", "nsubj", "nsubj:pass"):
        host = noun
    if host.pos_ == "VERB" and host.i != noun.i:
        verbs.append(host)
    opening = [v for v in verbs if v.lemma_.lower() in start_verbs]
    closing = [v for v in verbs if v.lemma_.lower() in end_verbs]
    if not opening or not closing:
        return None
    mentions = date_mentions(noun.sent, set())
    start = _date_of(opening[0], mentions)
    end = _date_of(closing[0], mentions)
    if start is None or end is None or not _ordered_days(start.timex.value, end.timex.value):
        return None
    # The interval keeps the place of its opening date in the text.
    timex = Timex(start.timex.start, start.timex.end, start.timex.text, "DATE",
                  f"{start.timex.value}/{end.timex.value}")
    return DateMention(timex, start.span, noun)


def _date_of(verb: Token, mentions: list[DateMention]) -> DateMention | None:
    """The date attached to the verb itself."""
    return next((m for m in mentions if m.attachment.i == verb.i), None)


def _ordered_days(start: str, end: str) -> bool:
    """True for two full days, the first before the second ("2030-05-03", "2030-05-06")."""
    days = [v for v in (start, end) if len(v) == 10 and v.count("-") == 2 and "X" not in v]
    return len(days) == 2 and start < end
