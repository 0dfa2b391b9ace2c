"""The day of the news: a dispatch's lead dates the day's other acts told in the passé composé.

A wire dispatch opens on the day's event, dated ("La Corée du Nord a tiré
jeudi matin plusieurs missiles…"), then tells the day's reactions without
repeating the date: "La présidence a fermement condamné une provocation. Le
Japon a adressé une protestation à Pyongyang." A careful reader dates them
on the lead's day: the passé composé is the tense of the news, the
plus-que-parfait that of its background ("La veille, X avait menacé…").

The day holds until the text moves to another time: a main clause with a
date of another day ("Les manœuvres ont débuté le 9 mars"), a
plus-que-parfait main verb, or "depuis" (an ongoing background). Once the
text has turned to another time, only a main clause dated on the news day
brings it back ("a affirmé jeudi soir"): a paragraph break alone does not,
since the reactions told after a background paragraph may be of any day.
Dates inside a relative or adverbial clause ("l'offre
formulée en juin dernier") qualify a noun and leave the time told unchanged.

Only a dispatch has a day of news: the document's first dated act must be
dated to a day at most :data:`NEWS_LAG_DAYS` before the article's own date,
and told in the lead (the first paragraphs with an event). An analysis piece
whose first dated act lies weeks back gets nothing from this rule, and the
publication date alone never dates an act.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.doc_context import DocContext, context_of
from pipeline.events.dating import DatedSpans, DateMention, dated_spans
from pipeline.events.frame import Frame
from pipeline.events.narrative import past_verb, told_in_past
from pipeline.events.occasion_dates import day_of
from pipeline.events.sentences import event_sentences
from pipeline.extensions import doc_text
from pipeline.morph import features
from pipeline.types import Timex

#: How many days the lead's act may precede the article ("hier", "mardi" in a Thursday paper).
NEWS_LAG_DAYS = 0
#: How many paragraphs with an event may come before the lead's (the title's).
LEAD_PARAGRAPHS = 2
#: Dependencies that open a clause below its head: a date there qualifies a noun or
#: a circumstance ("l'offre formulée en juin dernier"), not the time the text tells.
_SUBORDINATE = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "dislocated"})
#: Modalities of acts told as facts of the day ("n'a pas réagi" is told too).
_TOLD = frozenset({"asserted", "negated"})


def news_day_dates(frames: list[Frame], later: frozenset[str], context: DocContext | None = None) -> None:
    """Date the undated acts of the day's news with the lead's day (frames changed in place).

    Args:
        frames: The document's frames in text order.
        later: Adverbs that place an act at another time ("ensuite", "depuis").
        context: The Doc's :class:`DocContext` (built from the frames' Doc when None).

    Example:
        >>> # "X a tiré jeudi des missiles. Le Japon a protesté." (article of Thursday)
        >>> #   → the protest: Thursday
    """
    if not frames:
        return
    doc = frames[0].trigger.doc
    context = context or context_of(doc)
    sentences = event_sentences(doc, context)
    lead = _lead(frames, sentences, doc._.doc_date)
    if lead is None or lead.date is None:
        return
    day = lead.date.timex.value[:10]
    news = _news_sentences(sentences, lead.sentence, day, dated_spans(doc, context))
    mention = _day_mention(lead.date, day)
    for frame in frames:
        if frame.date is not None or frame.modality not in _TOLD or frame.sentence not in news:
            continue
        if not told_in_past(frame) or not _main_clause_act(frame):
            continue
        if any(c.lower_ in later for a in frame.anchors for c in a.children):
            continue  # "a ensuite appelé": another time
        frame.date = mention


def _lead(frames: list[Frame], sentences: list[Span], doc_date: str | None) -> Frame | None:
    """The document's first dated asserted act, if it is the news of the article's days."""
    article = day_of(doc_date or "")
    if article is None:
        return None
    dated = [f for f in frames if f.date is not None and f.modality == "asserted"]
    if not dated:
        return None
    lead = min(dated, key=lambda f: f.trigger.i)
    day = day_of(lead.date.timex.value[:10]) if lead.date else None
    if day is None or not 0 <= (article - day).days <= NEWS_LAG_DAYS:
        return None
    paragraphs = {paragraph_of(sentences, f.sentence) for f in frames if f.trigger.i <= lead.trigger.i}
    return lead if len(paragraphs) <= LEAD_PARAGRAPHS else None


def _news_sentences(sentences: list[Span], first: int, day: str, dated: DatedSpans) -> set[int]:
    """Indices of the sentences from the lead on that tell the day's news."""
    news: set[int] = set()
    on_day = True
    for n in range(first, len(sentences)):
        time = _told_time(sentences[n], day, dated)
        if time is None and not on_day and _reopens_news(sentences, n):
            time = True
        if time is not None:
            on_day = time
        if on_day:
            news.add(n)
    return news


def _told_time(sentence: Span, day: str, dated: DatedSpans) -> bool | None:
    """True if the main clause tells the news day, False another time, None if it does not say."""
    values = [
        timex.value for start, end, span, timex in dated
        if sentence.start <= start and end <= sentence.end and timex.type in ("DATE", "TIME")
        and timex.value[:1].isdigit() and _in_main_clause(span.root)
    ]
    if any(value[:10] == day for value in values):
        return True
    if values:
        return False
    root = sentence.root
    if _pluperfect(root) or any(t.lower_ == "depuis" and _in_main_clause(t) for t in sentence):
        return False
    return None


def _reopens_news(sentences: list[Span], n: int) -> bool:
    """True if sentence ``n`` opens a paragraph with an undated act in the passé composé.

    After a background paragraph ("Le 26 octobre, les deux pays avaient
    signé … Mais Séoul a suspendu l'accord le mois dernier."), a dispatch
    goes back to the day's reactions in a new paragraph, in the tense of
    the news and without a date: "Washington a réagi. Le secrétaire d'État
    a exhorté les deux pays à …". Only called for a sentence whose main
    clause names no time (:func:`_told_time` gave None).

    Example:
        >>> # "…avaient signé le 26 octobre.\n\nLe Japon a protesté." → True
    """
    if n == 0 or not _new_paragraph(sentences, n):
        return False
    root = sentences[n].root
    return root.pos_ in ("VERB", "AUX") and past_verb(root)


def _in_main_clause(token: Token) -> bool:
    """True if no clause boundary lies between the token and its sentence's root."""
    while token.head.i != token.i:
        if token.dep_ in _SUBORDINATE:
            return False
        token = token.head
    return True


def _main_clause_act(frame: Frame) -> bool:
    """True if the frame's verb heads no relative, adverbial or reported clause.

    "X, qui a signé l'accord, …" is background; "a affirmé que Y a frappé"
    dates the speech, not the strike.
    """
    verbs = [a for a in frame.anchors if a.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    token = verbs[0]
    infinitive = [token, *(c for c in token.children if c.dep_.startswith("aux"))]
    if token.dep_ == "xcomp" or any("Inf" in features(t, "VerbForm") for t in infinitive):
        return False  # "a affirmé avoir retiré ses troupes": the speech is dated, not the act
    while token.head.i != token.i:
        if token.dep_ in ("acl", "acl:relcl", "advcl", "ccomp"):
            return False
        token = token.head
    return True


def _pluperfect(verb: Token) -> bool:
    """"avait menacé", "s'était rendu": an auxiliary in the imperfect before a participle."""
    return any(
        c.dep_ in ("aux:tense", "aux", "aux:pass") and "Imp" in features(c, "Tense")
        for c in verb.children
    )


def _new_paragraph(sentences: list[Span], n: int) -> bool:
    """True if a blank line (or a line break) parts sentence ``n`` from the one before."""
    doc = sentences[n].doc
    return "\n" in doc_text(doc)[sentences[n - 1].end_char : sentences[n].start_char]


def paragraph_of(sentences: list[Span], n: int) -> int:
    """The rank of the paragraph of sentence ``n``."""
    return sum(1 for k in range(1, n + 1) if _new_paragraph(sentences, k))


def _day_mention(source: DateMention, day: str) -> DateMention:
    """The lead's date mention, valued at its day ("2026-03-19TMO" → "2026-03-19")."""
    timex = source.timex
    return DateMention(Timex(timex.start, timex.end, timex.text, "DATE", day), source.span, source.attachment)
