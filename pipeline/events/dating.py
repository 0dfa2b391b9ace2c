"""The date that governs an event: a date attached to its trigger or to its clause.

A date phrase governs the first event word or verb above it in the parse:
"la visite de Koizumi à Moscou du 9 au 12 janvier" (the date hangs off the
visit, even through the place names), "Cette rencontre est programmée pour la
mi-décembre 2025" (the verb that carries the event), "Le ministère a tenu,
en septembre 2025, la deuxième édition du Dialogue" (the clause of the
support verb). A date in another clause of the sentence does not govern the
event, and an undated event gets no date: the publication date is never
filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.doc_context import DocContext, context_of
from pipeline.events.clause_hosts import clause_hosts
from pipeline.events.clauses import coordinated_head
from pipeline.morph import features
from pipeline.types import Timex

#: Prepositions that make a date a duration, a starting point or an end bound, not the
#: event's date: "depuis 2004", "pendant vingt ans", "gel des négociations jusqu'à fin 2028".
_DURATION_CASES = frozenset({"depuis", "pendant", "durant", "jusqu'", "jusqu’", "jusque"})
#: Conjunctions of a clause that happens at the time of its main clause:
#: "La dispute a commencé le 3 mai, lorsque X a annoncé …" (the announcement is that day).
_WHEN_MARKS = frozenset({"lorsque", "lorsqu'", "lorsqu’", "quand"})
_DATE_TYPES = frozenset({"DATE", "TIME"})
#: "So far" phrases, read after "à": "sans résultat à ce jour" bounds a state, it dates nothing.
_SO_FAR = frozenset({"ce jour", "l'heure actuelle", "l’heure actuelle", "ce stade", "présent"})


@dataclass(frozen=True)
class DateMention:
    """A date phrase and the token it attaches to.

    Example:
        >>> # "en septembre 2025" attached to "tenu"
    """

    timex: Timex
    span: Span
    attachment: Token


#: A Doc's date mentions as ``(start, end, span, timex)``, in ``doc.spans["timex"]`` order.
DatedSpans = list[tuple[int, int, Span, Timex]]


def dated_spans(doc: Doc, context: DocContext | None = None) -> DatedSpans:
    """The Doc's ``timex`` spans with their :class:`Timex`, read once per Doc.

    Iterating a span group builds its Span objects anew each time, and each
    ``span._.timex`` is an extension look-up: a Doc with many sentences
    reads them once here and :func:`date_mentions` filters this list. With
    the Doc's ``context``, the list is read once for all callers (do not
    change it).

    Example:
        >>> # doc with "le 9 janvier" at tokens 5–8 → [(5, 8, span, Timex(…))]
    """
    if context is not None:
        return context.memo(_read_dated_spans)
    return _read_dated_spans(context_of(doc))


def _read_dated_spans(context: DocContext) -> DatedSpans:
    """:func:`dated_spans` of the context's Doc."""
    spans = context.doc.spans.get("timex", [])
    return [(span.start, span.end, span, timex) for span in spans
            if (timex := span._.timex) is not None]


def date_mentions(
    sentence: Span, stops: set[int], dated: DatedSpans | None = None
) -> list[DateMention]:
    """Dates of the sentence with the token each one attaches to.

    Args:
        sentence: The sentence.
        stops: Indices of event words (triggers and their support verbs): the
            climb from the date stops at the first of them, or at the first verb.
        dated: The Doc's :func:`dated_spans` (read from the Doc when None).

    Example:
        >>> # "Koizumi s'est rendu à Moscou le 9 janvier" → attachment "rendu"
    """
    if dated is None:
        dated = dated_spans(sentence.doc)
    mentions: list[DateMention] = []
    previous: tuple[int, Timex] | None = None
    for start, end, span, timex in dated:
        if start < sentence.start or end > sentence.end:
            continue
        if timex.type and timex.type not in _DATE_TYPES:
            continue
        qualifier = previous is not None and _year_of_previous(span, timex, *previous)
        previous = (end, timex)
        if qualifier or duration_case(span):
            continue
        attachment = _attachment(span, stops) or _split_fronted_verb(span, sentence)
        if attachment is not None and attachment.i not in stops:
            attachment = _preceding_event_noun(span, attachment, stops) or attachment
        if attachment is not None:
            mentions.append(DateMention(timex, span, attachment))
    return mentions


def _year_of_previous(span: Span, timex: Timex, previous_end: int, previous: Timex) -> bool:
    """True for a year that only completes the date just before it: "en août | de la même année".

    The year is part of the month's value already; left as a date of its own
    it would compete with the month for the same verb, and win when nearer.

    Example:
        >>> # "en avril" (2023-04) then "de la même année" (2023) → True
    """
    doc = span.doc
    between = [t for t in doc[previous_end : span.start] if not t.is_space]
    if len(between) != 1 or between[0].lower_ not in ("de", "d'", "d’"):
        return False
    value, before = timex.value, previous.value
    return bool(value) and len(value) < len(before) and before.startswith(value)


def _split_fronted_verb(span: Span, sentence: Span) -> Token | None:
    """The main verb of a fronted date the parser cut off as a sentence of its own.

    "La veille, Kim Yo-jong, sœur du dirigeant, avait menacé Séoul": the model
    may end a parser sentence after "La veille" and start the next one at the
    comma; the date is still the fronted adverbial of the next clause.

    Example:
        >>> # parser sentences ["La veille"] [", X avait menacé Y"] → "menacé"
    """
    doc = span.doc
    own = span.root.sent
    if span.root.dep_ != "ROOT" or own.end >= sentence.end or doc[own.end].text != ",":
        return None
    if any(not (t.is_space or t.is_punct) for t in [*doc[own.start : span.start], *doc[span.end : own.end]]):
        return None  # the date is not the whole of its parser sentence
    verb = doc[own.end].sent.root
    return verb if verb.pos_ in ("VERB", "AUX") else None


def duration_case(span: Span) -> bool:
    """True for "depuis 2004", "pendant vingt ans", "jusqu'à fin 2028"."""
    context = context_of(span.doc)
    lowers = context.lowers
    before = lowers[span.start - 1] if span.start > 0 else ""
    inside = {lowers[i] for i in range(span.start, min(span.start + 1, span.end))}
    # "jusqu'à fin 2028": "jusqu'" is a second case marker of the date's head, before "à".
    cases = {lowers[c] for c in context.children[span.root.i] if context.deps[c] == "case"}
    text = span.text.lower()
    if (before == "à" and text in _SO_FAR) or (text.startswith("à ") and text[2:] in _SO_FAR):
        return True
    return before in _DURATION_CASES or bool((inside | cases) & _DURATION_CASES)


def _preceding_event_noun(span: Span, verb: Token, stops: set[int]) -> Token | None:
    """The event noun whose phrase the date directly follows, under a verb that is no event.

    "La tension est montée après l'incursion de drones dans l'espace aérien
    dans la nuit du 9 au 10" → the night is the incursion's, not the rise's.
    """
    doc = span.doc
    for child in verb.children:
        if child.i not in stops or child.pos_ != "NOUN" or child.right_edge.i >= span.start:
            continue
        # Only a preposition may stand between: "… polonais dans | la nuit du 9".
        between = doc[child.right_edge.i + 1 : span.start]
        if all(t.pos_ == "ADP" for t in between):
            return child
    return None


def _attachment(span: Span, stops: set[int]) -> Token | None:
    """Climb from the date to the first event word or verb outside the date phrase."""
    current = span.root
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return current if current.i in stops or current.pos_ in ("VERB", "AUX") else None
        current = head
        if span.start <= current.i < span.end:
            continue
        if current.i in stops or current.pos_ in ("VERB", "AUX"):
            return current
    return None


def governing_date(anchors: list[Token], mentions: list[DateMention]) -> DateMention | None:
    """The date that governs an event whose trigger and carrying verbs are ``anchors``.

    A date attached to the trigger wins over one attached to a governing verb;
    among equals the closest to the trigger wins.

    Example:
        >>> # anchors [visite] and "du 9 au 12 janvier" attached to "visite" → that date
    """
    if not anchors:
        return None
    if past_infinitive(anchors[0]):
        anchors = anchors[:1]  # "a assuré jeudi avoir remis": Thursday is the assurance's
    rank = {token.i: n for n, token in enumerate(anchors)}
    trigger = anchors[0]
    candidates = [(m, _governed(m.attachment, rank)) for m in mentions]
    dated = [(m, n) for m, n in candidates if n is not None]
    if not dated:
        return None
    return min(dated, key=lambda mn: (mn[1], abs(mn[0].span.start - trigger.i)))[0]


def _governed(attachment: Token, rank: dict[int, int]) -> int | None:
    """The rank of the anchor a date's attachment belongs to, or None.

    A verb of a clause or participle that modifies an event noun dates the
    noun itself: "une visite entamée lundi", "les manœuvres, qui doivent se
    dérouler du 12 au 16 septembre", "une visite évoquée pour l'automne".
    """
    ranks = [rank[attachment.i]] if attachment.i in rank else []
    clause = attachment
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "qui doivent avoir lieu du 3 au 7": up to "doivent"
    noun = _event_noun_above(clause.head, rank)
    if clause.dep_.startswith("acl") and noun.pos_ == "NOUN" and noun.i in rank:
        # The modifier may itself be a carrying verb ("entamée" of "visite"); the noun's rank wins.
        ranks.append(rank[noun.i])
    return min(ranks, default=None)


def _event_noun_above(noun: Token, rank: dict[int, int]) -> Token:
    """The event noun a parenthetical noun phrase hangs from, else the noun itself.

    "Un sommet à Lima, un temps envisagé pour l'hiver, …": the parser hangs
    "un temps évoquée" as an apposition of the place, inside the visit's phrase.
    """
    if noun.i in rank or noun.dep_ != "appos":
        return noun
    host = noun.head
    if host.dep_ == "nmod" and host.head.i in rank:
        host = host.head
    return host if host.i in rank else noun


def borrowed_date(
    anchors: list[Token], mentions: list[DateMention], during: frozenset[str] = frozenset()
) -> DateMention | None:
    """A date the event shares with a neighbouring clause, when none governs it directly.

    Three cases: a verb coordinated with a dated one ("jeudi, X a dénoncé …
    et exhorté l'OTAN" → the exhortation is Thursday's too); a date on a
    participle describing the means of the act ("dans un communiqué publié
    vendredi, X a accusé Y"); an event named as the occasion of a dated act
    ("décidés en août lors de leur sommet" → the summit is in August).

    Example:
        >>> # anchors [exhorté] conj of "dénoncé", "jeudi" attached to "dénoncé" → jeudi
    """
    if not anchors or not mentions or past_infinitive(anchors[0]):
        return None  # without a date in the sentence, no clause can lend one
    found = _means_date(anchors, mentions)
    trigger = anchors[0]
    heads: list[Token] = []
    current = trigger
    while current.dep_ == "conj" and current.head.pos_ in ("VERB", "AUX") and len(heads) < 3:
        current = coordinated_head(current)
        heads.append(current)
    occasion = _occasion_verb(trigger, during)
    if occasion is not None:
        heads.append(occasion)
    heads.extend(_when_main_verbs(anchors))
    heads.extend(_means_host(trigger))
    verb = next((a for a in anchors if a.pos_ == "VERB"), None)
    if verb is not None:
        # "…, où il avait accusé Y et menacé Z": the top of the coordination carries the clause.
        top = current if verb.i == trigger.i else verb
        hosts = clause_hosts(top, during)
        # "… au début du mois, lorsque X a écrit à Y, accusant Z": the host clause is a
        # "lorsque" clause, whose time is its main clause's.
        heads.extend([*hosts, *_when_main_verbs(hosts)])
    if found is None and heads:
        found = governing_date(heads, mentions) or _means_date(heads, mentions)
    return found


def past_infinitive(verb: Token) -> bool:
    """True for a compound infinitive: "avoir transmis", "être allé", "s'être rendu".

    The compound infinitive tells an act done before the verb that governs
    it, so the governing verb's date is not the act's: "X a confirmé lundi
    avoir transmis des messages" dates the confirmation only.

    Example:
        >>> # "transmis" with child "avoir" (VerbForm=Inf) → True; "transmettre" → False
    """
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("xcomp", "ccomp"):
        return False
    return any(
        # "être reçu" (aux:pass) is a passive, not an earlier act.
        c.dep_ in ("aux:tense", "aux") and "Inf" in features(c, "VerbForm")
        for c in verb.children
    )


def _when_main_verbs(anchors: list[Token]) -> list[Token]:
    """The main verb of a "lorsque / quand" clause that carries the event.

    Example:
        >>> # "La dispute a commencé le 3 mai, lorsque X a annoncé …" → [éclaté]
    """
    found: list[Token] = []
    for anchor in anchors:
        marks = {c.lower_ for c in anchor.children if c.dep_ == "mark"}
        if anchor.dep_ == "advcl" and marks & _WHEN_MARKS and anchor.head.i != anchor.i:
            found.append(anchor.head)
    return found


def _means_host(trigger: Token) -> list[Token]:
    """The dated verb of which the event is the means: "a pris fin le 10 mai par un cessez-le-feu conclu …".

    A participle on a "par" oblique names how the act came about, so it
    happened then: "La crise s'est achevée en mars par un accord signé entre
    A et B" → the signing is in March.

    Example:
        >>> # trigger "conclu" (acl of "cessez-le-feu", obl "par" of "pris") → [pris]
    """
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.pos_ != "VERB" or not noun.dep_.startswith("obl"):
        return []
    if not any(c.dep_ == "case" and c.lower_ == "par" for c in noun.children):
        return []
    return [noun.head] if noun.head.pos_ in ("VERB", "AUX") else []


def _means_date(anchors: list[Token], mentions: list[DateMention]) -> DateMention | None:
    """The date on a participle of a noun in an oblique of the anchors ("dans un communiqué publié vendredi")."""
    keys = {a.i for a in anchors}
    for mention in mentions:
        participle = mention.attachment
        noun = participle.head
        if participle.dep_ == "acl" and noun.dep_.startswith("obl") and noun.head.i in keys:
            if any(c.dep_ == "case" and c.lower_ == "selon" for c in noun.children):
                continue  # "selon un communiqué publié dans la nuit": when it was told, not done
            return mention
    return None


def _occasion_verb(noun: Token, during: frozenset[str]) -> Token | None:
    """The verb whose occasion the event noun is: "lors de leur sommet", "en marge du forum"."""
    if noun.pos_ != "NOUN" or not during:
        return None
    current = noun
    seen = False
    for step in range(6):
        words = {c.lower_ for c in current.children} | {current.lower_}
        head = current.head
        if head.i == current.i:
            return None
        seen = seen or bool(words & during and current.dep_.startswith(("obl", "advmod", "nmod")))
        if seen and head.pos_ == "VERB":
            return head
        if seen and head.pos_ not in ("NOUN", "PROPN"):
            return None
        # Before the "lors de" is found, climb at most three steps; after it, the parse may
        # have hung it on a noun of the clause ("décidés par X et Y lors de leur sommet"):
        # climb through nouns to the verb.
        if not seen and step >= 2:
            return None
        current = head
    return None
