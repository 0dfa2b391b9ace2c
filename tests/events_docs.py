"""Hand-built parsed Docs for the event-rule tests (no model needed).

A sentence is written as rows ``(word, lemma, POS, dep, head, morph)`` with
absolute head indices (a root points at itself); actors and dates are added
as token ranges, the way fr_actors and fr_dates would set them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import spacy
from spacy.tokens import Doc, Span

from pipeline.extensions import register_extensions
from pipeline.types import Timex

Row = tuple[str, str, str, str, int] | tuple[str, str, str, str, int, str]
#: (start token, end token, actor, code, kind) or with a members list as 6th item.
ActorSpec = tuple[int, int, str, str, str] | tuple[int, int, str, str, str, list[tuple[str, str]]]

#: A French vocabulary (lexical attributes such as ``lower_`` need the language).
_VOCAB = spacy.blank("fr").vocab


def build_doc(
    rows: Sequence[Row],
    actors: Sequence[ActorSpec] = (),
    dates: Sequence[tuple[int, int, str]] = (),
    sent_starts: Sequence[int] = (0,),
    doc_id: str = "t",
    doc_date: str | None = None,
) -> Doc:
    """A Doc with the parse, actor spans and timex spans the event rules read.

    Example:
        >>> doc = build_doc([("Tokyo", "Tokyo", "PROPN", "ROOT", 0)], [(0, 1, "Japon", "JPN", "state")])
        >>> doc.spans["actors"][0]._.actor_code
        'JPN'
    """
    register_extensions()
    words = [r[0] for r in rows]
    doc = Doc(
        _VOCAB,
        words=words,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        morphs=[r[5] if len(r) > 5 else "" for r in rows],  # type: ignore[misc]
        sent_starts=[i in sent_starts for i in range(len(rows))],
    )
    doc._.doc_id = doc_id
    doc._.doc_date = doc_date
    spans = []
    for spec in actors:
        span = Span(doc, spec[0], spec[1])
        span._.actor, span._.actor_code, span._.actor_kind = spec[2], spec[3], spec[4]
        if len(spec) > 5:
            span._.members = spec[5]  # type: ignore[misc]
        spans.append(span)
    doc.spans["actors"] = spans
    timex_spans = []
    for start, end, value in dates:
        span = Span(doc, start, end)
        span._.timex = Timex(span.start_char, span.end_char, span.text, "DATE", value)
        timex_spans.append(span)
    doc.spans["timex"] = timex_spans
    return doc


# "Le Japon a rencontré la Chine et l'Inde le 3 mai 2025."
MEET = build_doc(
    [
        ("Le", "le", "DET", "det", 1),
        ("Japon", "Japon", "PROPN", "nsubj", 3),
        ("a", "avoir", "AUX", "aux:tense", 3, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("rencontré", "rencontrer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
        ("la", "le", "DET", "det", 5),
        ("Chine", "Chine", "PROPN", "obj", 3),
        ("et", "et", "CCONJ", "cc", 8),
        ("l'", "le", "DET", "det", 8),
        ("Inde", "Inde", "PROPN", "conj", 5),
        ("le", "le", "DET", "det", 10),
        ("3", "3", "NUM", "obl:mod", 3),
        ("mai", "mai", "NOUN", "nmod", 10),
        ("2025", "2025", "NUM", "nmod", 11),
        (".", ".", "PUNCT", "punct", 3),
    ],
    actors=[(1, 2, "Japon", "JPN", "state"), (5, 6, "Chine", "CHN", "state"),
            (8, 9, "Inde", "IND", "state")],
    dates=[(9, 13, "2025-05-03")],
)

# "Un accord a été signé par la Russie et la Corée du Nord."
PASSIVE = build_doc(
    [
        ("Un", "un", "DET", "det", 1),
        ("accord", "accord", "NOUN", "nsubj:pass", 4),
        ("a", "avoir", "AUX", "aux:tense", 4),
        ("été", "être", "AUX", "aux:pass", 4),
        ("signé", "signer", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part"),
        ("par", "par", "ADP", "case", 7),
        ("la", "le", "DET", "det", 7),
        ("Russie", "Russie", "PROPN", "obl:agent", 4),
        ("et", "et", "CCONJ", "cc", 10),
        ("la", "le", "DET", "det", 10),
        ("Corée", "Corée", "PROPN", "conj", 7),
        ("du", "de", "ADP", "case", 12),
        ("Nord", "Nord", "PROPN", "nmod", 10),
        (".", ".", "PUNCT", "punct", 4),
    ],
    actors=[(7, 8, "Russie", "RUS", "state"), (10, 13, "Corée du Nord", "PRK", "state")],
)

# "Les deux dirigeants se sont rencontrés."
RECIPROCAL = build_doc(
    [
        ("Les", "le", "DET", "det", 2),
        ("deux", "deux", "NUM", "nummod", 2),
        ("dirigeants", "dirigeant", "NOUN", "nsubj", 5),
        ("se", "se", "PRON", "expl:comp", 5, "Reflex=Yes"),
        ("sont", "être", "AUX", "aux:tense", 5),
        ("rencontrés", "rencontrer", "VERB", "ROOT", 5, "Tense=Past|VerbForm=Part"),
        (".", ".", "PUNCT", "punct", 5),
    ],
    actors=[(1, 3, "Vladimir Poutine et Kim Jong-un", "", "members",
             [("Vladimir Poutine", "RUS"), ("Kim Jong-un", "PRK")])],
)

# "Le Japon apporte son soutien à l'Ukraine."
LIGHT = build_doc(
    [
        ("Le", "le", "DET", "det", 1),
        ("Japon", "Japon", "PROPN", "nsubj", 2),
        ("apporte", "apporter", "VERB", "ROOT", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("son", "son", "DET", "det", 4),
        ("soutien", "soutien", "NOUN", "obj", 2),
        ("à", "à", "ADP", "case", 7),
        ("l'", "le", "DET", "det", 7),
        ("Ukraine", "Ukraine", "PROPN", "obl:arg", 2),
        (".", ".", "PUNCT", "punct", 2),
    ],
    actors=[(1, 2, "Japon", "JPN", "state"), (7, 8, "Ukraine", "UKR", "state")],
)

# "La visite de Koizumi à Moscou du 9 au 12 janvier a été un succès."
VISIT = build_doc(
    [
        ("La", "le", "DET", "det", 1),
        ("visite", "visite", "NOUN", "nsubj", 15),
        ("de", "de", "ADP", "case", 3),
        ("Koizumi", "Koizumi", "PROPN", "nmod", 1),
        ("à", "à", "ADP", "case", 5),
        ("Moscou", "Moscou", "PROPN", "nmod", 1),
        ("du", "de", "ADP", "case", 7),
        ("9", "9", "NUM", "nmod", 5),
        ("au", "à", "ADP", "case", 9),
        ("12", "12", "NUM", "nmod", 7),
        ("janvier", "janvier", "NOUN", "nmod", 9),
        ("a", "avoir", "AUX", "aux:tense", 12),
        ("été", "être", "AUX", "cop", 15),
        ("un", "un", "DET", "det", 15),
        ("grand", "grand", "ADJ", "amod", 15),
        ("succès", "succès", "NOUN", "ROOT", 15),
        (".", ".", "PUNCT", "punct", 15),
    ],
    actors=[(3, 4, "Junichiro Koizumi", "JPN", "person"), (5, 6, "Russie", "RUS", "state")],
    dates=[(6, 11, "XXXX-01-09/XXXX-01-12")],
)

# "Le Japon accueille un sommet réunissant les dirigeants du Kazakhstan et de l'Ouzbékistan."
HOST = build_doc(
    [
        ("Le", "le", "DET", "det", 1),
        ("Japon", "Japon", "PROPN", "nsubj", 2),
        ("accueille", "accueillir", "VERB", "ROOT", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("un", "un", "DET", "det", 4),
        ("sommet", "sommet", "NOUN", "obj", 2),
        ("réunissant", "réunir", "VERB", "acl", 4, "Tense=Pres|VerbForm=Part"),
        ("les", "le", "DET", "det", 7),
        ("dirigeants", "dirigeant", "NOUN", "obj", 5),
        ("du", "de", "ADP", "case", 9),
        ("Kazakhstan", "Kazakhstan", "PROPN", "nmod", 7),
        ("et", "et", "CCONJ", "cc", 13),
        ("de", "de", "ADP", "case", 13),
        ("l'", "le", "DET", "det", 13),
        ("Ouzbékistan", "Ouzbékistan", "PROPN", "conj", 9),
        (".", ".", "PUNCT", "punct", 2),
    ],
    actors=[(1, 2, "Japon", "JPN", "state"), (9, 10, "Kazakhstan", "KAZ", "state"),
            (13, 14, "Ouzbékistan", "UZB", "state")],
)

# "Le rapport condamne la Russie."
REPORT = build_doc(
    [
        ("Le", "le", "DET", "det", 1),
        ("rapport", "rapport", "NOUN", "nsubj", 2),
        ("condamne", "condamner", "VERB", "ROOT", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("la", "le", "DET", "det", 4),
        ("Russie", "Russie", "PROPN", "obj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ],
    actors=[(4, 5, "Russie", "RUS", "state")],
)

# "Tokyo ne signera pas l'accord avec Séoul."
NEGATED = build_doc(
    [
        ("Tokyo", "Tokyo", "PROPN", "nsubj", 2),
        ("ne", "ne", "ADV", "advmod", 2),
        ("signera", "signer", "VERB", "ROOT", 2, "Mood=Ind|Tense=Fut|VerbForm=Fin"),
        ("pas", "pas", "ADV", "advmod", 2),
        ("l'", "le", "DET", "det", 5),
        ("accord", "accord", "NOUN", "obj", 2),
        ("avec", "avec", "ADP", "case", 7),
        ("Séoul", "Séoul", "PROPN", "nmod", 5),
        (".", ".", "PUNCT", "punct", 2),
    ],
    actors=[(0, 1, "Japon", "JPN", "state"), (7, 8, "Corée du Sud", "KOR", "state")],
)

# "Hayashi a souligné que la Russie a attaqué l'Ukraine."
REPORTED = build_doc(
    [
        ("Hayashi", "Hayashi", "PROPN", "nsubj", 2),
        ("a", "avoir", "AUX", "aux:tense", 2),
        ("souligné", "souligner", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
        ("que", "que", "SCONJ", "mark", 7),
        ("la", "le", "DET", "det", 5),
        ("Russie", "Russie", "PROPN", "nsubj", 7),
        ("a", "avoir", "AUX", "aux:tense", 7),
        ("attaqué", "attaquer", "VERB", "ccomp", 2, "Tense=Past|VerbForm=Part"),
        ("l'", "le", "DET", "det", 9),
        ("Ukraine", "Ukraine", "PROPN", "obj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ],
    actors=[(0, 1, "Yoshimasa Hayashi", "JPN", "person"), (5, 6, "Russie", "RUS", "state"),
            (9, 10, "Ukraine", "UKR", "state")],
)


#: (actor code, event type, partner code, date) of one row.
Dated = tuple[str, str, str, str]


def dated_rows(nlp: spacy.language.Language, text: str, day: str = "2025-06-15") -> set[Dated]:
    """The rows of ``text`` run through the full pipeline, in an article of ``day`` (a Sunday)."""
    doc = nlp.make_doc(text)
    doc._.doc_id, doc._.doc_date = "t", day
    return {(e.actor_code, e.event_type, e.partner_code, e.date) for e in nlp(doc)._.events}


#: (actor, event type, partner) names of one row.
Named = tuple[str, str, str]


def named_rows(nlp: spacy.language.Language, text: str) -> list[Named]:
    """(actor, event type, partner) names of the rows of ``text``, through the full pipeline."""
    return [(e.actor, e.event_type, e.partner) for e in nlp(text)._.events]


def either_way(row: tuple[str, ...], rows: Collection[tuple[str, ...]]) -> bool:
    """Whether ``row``, or ``row`` with actor and partner swapped, is among ``rows`` (symmetric types)."""
    return row in rows or (row[2], row[1], row[0], *row[3:]) in rows
