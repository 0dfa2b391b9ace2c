"""The date of the occasion: what is done at a dated meeting happens on its dates.

A careful reader dates an act by the meeting it belongs to even where the
sentence of the act gives no date: "Le sommet s'est ouvert samedi … En marge
du sommet, X s'est entretenu avec Y" (the summit's days), "X, qui a accueilli
lundi et mardi ce sommet, a appelé Y à la retenue" (the host speaks at the
summit), "Le prochain sommet doit se tenir en décembre. X compte y accueillir
Y" (there, then). This module first gives meeting nouns the dates their
clause states (an opening day, an end bound, two coordinated days), then
hands those dates to the acts placed at the meeting.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from pipeline.doc_context import DocContext, context_of
from pipeline.events.anaphora import during_event
from pipeline.events.dating import DatedSpans, DateMention, date_mentions, dated_spans
from pipeline.events.frame import Frame
from pipeline.events.lexicon import Lexicon
from pipeline.events.sentences import event_sentences
from pipeline.morph import features
from pipeline.types import Timex

#: Words before a date that make it the end of a stretch of days ("jusqu'à dimanche").
_END_BOUNDS = frozenset({"jusqu'", "jusqu’", "jusque", "jusqu"})
#: How many tokens back "en marge du sommet" may find the summit it means.
OCCASION_TOKENS = 400
#: Determiners of a meeting noun that points back to one already told ("du sommet", "ce sommet").
_DEFINITE = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces", "du", "au"})


def occasion_dates(frames: list[Frame], lexicon: Lexicon, context: DocContext | None = None) -> None:
    """Date meetings from their clause, then the acts done at them (frames changed in place).

    Example:
        >>> # "X a ouvert samedi le sommet, qui dure jusqu'à dimanche. En marge du
        >>> #   sommet, Y s'est entretenu avec Z." → the talks: samedi/dimanche
    """
    if not frames:
        return
    meetings = lexicon.cue("occasion_classes")
    # Our sentences, not the parser's: a misparse may cut one sentence in two roots.
    doc = frames[0].trigger.doc
    context = context or context_of(doc)
    sentences = event_sentences(doc, context)
    dated = dated_spans(doc, context)
    for frame in frames:
        if frame.trigger.pos_ == "NOUN" and _word_class(frame, lexicon) in meetings:
            sentence = sentences[frame.sentence]
            frame.date = meeting_date(frame.trigger, sentence, frame.date, lexicon, dated) or frame.date
    for frame in frames:
        if frame.date is not None:
            frame.date = coordinated_days(frame.date, dated) or frame.date
    host_clause_dates(frames, lexicon)
    fronted_participle_dates(frames, sentences, dated)
    definite_occasions(frames, lexicon, context)
    place_pronoun_dates(frames, lexicon)


def _word_class(frame: Frame, lexicon: Lexicon) -> str:
    trigger = lexicon.match(frame.trigger)
    return trigger.word_class if trigger is not None else ""


def calendar(mention: DateMention | None) -> bool:
    """True for a date that names a day, month, year or span ("2025-05-26"), not "FUTURE_REF".

    Example:
        >>> # "décembre" → True; "prochain" (FUTURE_REF) → False
    """
    if mention is None:
        return False
    value = mention.timex.value
    return bool(value) and value[0] in "0123456789X" and "_REF" not in value


def meeting_date(
    noun: Token, sentence: Span, current: DateMention | None, lexicon: Lexicon,
    dated: DatedSpans | None = None,
) -> DateMention | None:
    """The dates of a meeting noun told by the verb that opens, hosts or holds it.

    "a ouvert samedi le sommet, qui réunit jusqu'à dimanche" → samedi/dimanche;
    "le prochain sommet doit se tenir en décembre" → décembre. A date the noun
    already has wins, unless it is a bare reference like "prochain".

    Example:
        >>> # noun "sommet" of "Le sommet se tiendra en juin à Rome" → juin
    """
    if dated is None:
        dated = dated_spans(noun.doc)
    mentions = [m for m in date_mentions(sentence, set(), dated) if calendar(m)]
    start = current if calendar(current) else _verb_date(noun, sentence, mentions, lexicon)
    if start is None:
        return None
    end = _end_bound(noun, sentence, start, dated)
    return _interval(start, end) if end is not None else start


def _verb_date(
    noun: Token, sentence: Span, mentions: list[DateMention], lexicon: Lexicon
) -> DateMention | None:
    """The date of the verb whose subject or object the noun is, or of the opening verb before it.

    The parse of long place names often cuts the clause ("a ouvert samedi à
    Addis-Abeba le sommet"), so an opening or hosting verb a few words before
    the noun is taken too.
    """
    verbs: list[Token] = []
    if noun.dep_ in ("nsubj", "nsubj:pass", "obj") and noun.head.pos_ in ("VERB", "AUX"):
        verbs.append(noun.head)
        # "doit se tenir en décembre": the date is on the infinitive.
        verbs.extend(c for c in noun.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
    openers = lexicon.cue("span_start_verbs") | lexicon.cue("hosting_verbs")
    for token in reversed(noun.doc[max(sentence.start, noun.i - 8) : noun.i]):
        if token.pos_ == "VERB":
            if token.lemma_.lower() in openers:
                verbs.append(token)
            break
    keys = {v.i for v in verbs}
    return next((m for m in mentions if m.attachment.i in keys), None)


def _end_bound(noun: Token, sentence: Span, start: DateMention, dated: DatedSpans) -> Timex | None:
    """A "jusqu'à dimanche" after the noun, in its sentence, later than the start day."""
    doc = noun.doc
    for _, _, span, timex in dated:
        if span.start <= noun.i or span.end > sentence.end:
            continue
        before = {t.lower_ for t in doc[max(sentence.start, span.start - 2) : span.start]}
        if before & _END_BOUNDS and day_of(timex.value) and _after(start.timex.value, timex.value):
            return timex
    return None


def coordinated_days(mention: DateMention, dated: DatedSpans | None = None) -> DateMention | None:
    """Two following days joined by "et" make one stretch: "lundi et mardi" → lundi/mardi.

    ``dated`` holds the Doc's :func:`dated_spans` (read from the Doc when None).

    Example:
        >>> # "ont siégé lundi et mardi" (2025-05-26, 2025-05-27) → "2025-05-26/2025-05-27"
    """
    span = mention.span
    doc = span.doc
    for _, _, other, timex in dated if dated is not None else dated_spans(doc):
        # The event's date may be either day of the pair: "accueilli lundi et mardi".
        after = other.start == span.end + 1 and doc[span.end].lower_ == "et"
        if after and _next_day(mention.timex.value, timex.value):
            return _interval(mention, timex)
        before = other.end + 1 == span.start and doc[other.end].lower_ == "et"
        if before and _next_day(timex.value, mention.timex.value):
            return _interval(DateMention(timex, other, mention.attachment), mention.timex)
    return None


def _interval(start: DateMention, end: Timex) -> DateMention:
    """The stretch from the start mention's day to ``end``'s, kept at the start's place."""
    timex = Timex(start.timex.start, start.timex.end, start.timex.text, "DATE",
                  f"{start.timex.value.split('/')[0]}/{end.value}")
    return DateMention(timex, start.span, start.attachment)


def day_of(value: str) -> date | None:
    """The day of a full ISO day value ("2025-05-26"), else None."""
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _news_day(mention: DateMention | None) -> bool:
    """True for a full day or a stretch of days ("2025-05-26/2025-05-27")."""
    return mention is not None and day_of(mention.timex.value[:10]) is not None


def _after(start: str, end: str) -> bool:
    first, last = day_of(start.split("/")[0]), day_of(end)
    return first is not None and last is not None and first < last


def _next_day(start: str, end: str) -> bool:
    first, last = day_of(start), day_of(end)
    return first is not None and last is not None and last - first == timedelta(days=1)


def host_clause_dates(frames: list[Frame], lexicon: Lexicon) -> None:
    """The host of a dated meeting, described by a relative clause, acts at that meeting.

    "Le Premier ministre, qui a accueilli lundi ce sommet, a appelé Pékin à la
    retenue" → the call is made at the summit. Only a clause whose object is a
    meeting noun counts: "X, qui a reçu lundi Y, a appelé Z" tells nothing of
    when Z was called; and only the meeting of the news ("ce sommet", on given
    days), not "un sommet en 2019".

    Example:
        >>> # anchors [appelé], subject with "qui a accueilli lundi ce sommet" → lundi
    """
    meetings = lexicon.cue("occasion_classes")
    dated = {
        f.trigger.i: f for f in frames
        if f.date is not None and f.trigger.pos_ == "NOUN" and _word_class(f, lexicon) in meetings
    }
    for frame in frames:
        verb = frame.trigger
        if frame.date is not None or verb.pos_ != "VERB" or frame.modality != "asserted":
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        clauses = [c for s in subjects for c in s.children if c.dep_ == "acl:relcl"]
        for clause in clauses:
            meeting = next((dated[c.i] for c in clause.children if c.dep_ == "obj" and c.i in dated), None)
            # The meeting of the news: "ce sommet" on given days, not "un sommet en 2019".
            if meeting is not None and _definite(meeting.trigger) and _news_day(meeting.date):
                frame.date = meeting.date
                break


def fronted_participle_dates(
    frames: list[Frame], sentences: list[Span], dated: DatedSpans | None = None
) -> None:
    """A dated participle clause before the subject sets the time of the main act.

    "Réunis mardi à Bruxelles, les ministres ont condamné X", "Arrivé jeudi à
    Pékin, le président a signé un accord": the act is done there and then.

    Example:
        >>> # "Reçu lundi à Rome, X a remercié Y" → the thanks: lundi
    """
    for frame in frames:
        verbs = [a for a in frame.anchors if a.pos_ == "VERB"]
        if frame.date is not None or not verbs:
            continue
        first = sentences[frame.sentence].start
        # The participle opens the sentence: "Réunis mardi, …", not "le cadre, créé il y a 20 ans, …".
        clauses = [
            c for verb in verbs for c in verb.children
            if c.dep_ in ("advcl", "obl:mod") and c.pos_ == "VERB" and c.i == first
            and "Part" in features(c, "VerbForm") and not any(a.dep_.startswith("aux") for a in c.children)
        ]
        if not clauses:
            continue
        mentions = [m for m in date_mentions(sentences[frame.sentence], set(), dated) if calendar(m)]
        keys = {c.i for c in clauses}
        found = next((m for m in mentions if m.attachment.i in keys), None)
        if found is not None:
            frame.date = found


def definite_occasions(frames: list[Frame], lexicon: Lexicon, context: DocContext | None = None) -> None:
    """"En marge du sommet", "lors de la réunion": the last dated meeting of that name.

    The meeting noun names one already told; its dates date the act (and the
    noun's own frame, which repeats the meeting). An act and a meeting of
    different modalities (a past act "lors du prochain sommet") are left alone.

    Example:
        >>> # "Le sommet s'est tenu lundi. Lors du sommet, X a rencontré Y." → lundi
    """
    meetings = lexicon.cue("occasion_classes")
    by_trigger = {f.trigger.i: f for f in frames}
    if frames and context is None:
        context = context_of(frames[0].trigger.doc)  # one for all the frames
    for frame in frames:
        if frame.date is not None:
            continue
        noun = during_event(frame, lexicon, context)
        if noun is None or not _definite(noun):
            continue
        own = by_trigger.get(noun.i)
        if own is not None and (own.date is not None or _word_class(own, lexicon) not in meetings):
            continue
        source = _told_meeting(frames, noun)
        if source is None or (source.modality == "asserted") != (frame.modality == "asserted"):
            continue
        frame.date = source.date
        if own is not None:
            own.date = source.date


def _definite(noun: Token) -> bool:
    """True for "du sommet", "de la réunion", "cette rencontre"; False for "un sommet"."""
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "case")}
    return bool(determiners & _DEFINITE) and not any(
        c.dep_ == "amod" and c.lower_.startswith(("prochain", "dernier", "précédent")) for c in noun.children
    )


def _told_meeting(frames: list[Frame], noun: Token) -> Frame | None:
    """The latest earlier dated frame whose trigger is the same noun ("sommet" … "sommet")."""
    lemma = noun.lemma_.lower()
    best: Frame | None = None
    for frame in frames:
        trigger = frame.trigger
        if trigger.i >= noun.i or noun.i - trigger.i > OCCASION_TOKENS or frame.date is None:
            continue
        if trigger.lemma_.lower() == lemma and calendar(frame.date):
            best = frame if best is None or trigger.i > best.trigger.i else best
    return best


def place_pronoun_dates(frames: list[Frame], lexicon: Lexicon) -> None:
    """"y" sends an undated act to the meeting of the sentence before, and to its date.

    "Le sommet doit se tenir en décembre à Rome. Le président compte y
    accueillir son homologue" → December.

    Example:
        >>> # frames [sommet (décembre), accueillir with "y"] → accueillir: décembre
    """
    meetings = lexicon.cue("occasion_classes")
    for frame in frames:
        if frame.date is not None or not any(_has_place_pronoun(a) for a in frame.anchors):
            continue
        before = [
            f for f in frames
            if f.sentence == frame.sentence - 1 and calendar(f.date)
            and f.trigger.pos_ == "NOUN" and _word_class(f, lexicon) in meetings
        ]
        if before:
            frame.date = before[-1].date


def _has_place_pronoun(verb: Token) -> bool:
    """True for a verb with the clitic "y" ("compte y accueillir", "s'y rendra")."""
    return verb.pos_ == "VERB" and any(c.lower_ == "y" and c.pos_ == "PRON" for c in verb.children)
