"""The date that governs an event, and events that refer back to dated ones."""

from __future__ import annotations

import pytest
from events_docs import build_doc

from pipeline.events.build import extract_events
from pipeline.events.dating import date_mentions, governing_date
from pipeline.events.lexicon import Lexicon
from pipeline.events.sentences import event_sentences


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


# "Le Japon a rencontré la Chine, qui avait signé l'accord en 2024."
# The date belongs to the relative clause, not to the meeting.
OTHER_CLAUSE = [
    ("Japon", "Japon", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("rencontré", "rencontrer", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("la", "le", "DET", "det", 4),
    ("Chine", "Chine", "PROPN", "obj", 2),
    (",", ",", "PUNCT", "punct", 8),
    ("qui", "qui", "PRON", "nsubj", 8),
    ("avait", "avoir", "AUX", "aux:tense", 8),
    ("signé", "signer", "VERB", "acl:relcl", 4, "Tense=Past|VerbForm=Part"),
    ("l'", "le", "DET", "det", 10),
    ("accord", "accord", "NOUN", "obj", 8),
    ("en", "en", "ADP", "case", 12),
    ("2024", "2024", "NUM", "obl:mod", 8),
    (".", ".", "PUNCT", "punct", 2),
]
# "Depuis 2004, le Japon coopère avec l'Ouzbékistan." — a starting point, not a date
SINCE = [
    ("Depuis", "depuis", "ADP", "case", 1),
    ("2004", "2004", "NUM", "obl:mod", 4),
    (",", ",", "PUNCT", "punct", 1),
    ("Japon", "Japon", "PROPN", "nsubj", 4),
    ("coopère", "coopérer", "VERB", "ROOT", 4, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("avec", "avec", "ADP", "case", 6),
    ("Ouzbékistan", "Ouzbékistan", "PROPN", "obl:arg", 4),
]


def test_date_in_relative_clause_does_not_date_main_event(lexicon: Lexicon) -> None:
    doc = build_doc(
        OTHER_CLAUSE,
        actors=[(0, 1, "Japon", "JPN", "state"), (4, 5, "Chine", "CHN", "state")],
        dates=[(11, 13, "2024")],
    )
    events = {(e.actor, e.event_type): e.date for e in extract_events(doc, lexicon)}
    assert events[("Japon", "CONSULT")] == ""
    assert ("Chine", "AGREE") not in events  # no partner: not an event


def test_since_is_not_an_event_date() -> None:
    doc = build_doc(SINCE, dates=[(1, 2, "2004")])
    assert date_mentions(doc[:], {4}) == []


def test_trigger_attachment_beats_clause_attachment() -> None:
    # "La visite du 9 janvier a eu lieu le 10 janvier" is odd French; here we only
    # check the ranking: a date on the trigger wins over one on its verb.
    doc = build_doc(
        [
            ("visite", "visite", "NOUN", "nsubj", 3),
            ("du", "de", "ADP", "case", 2),
            ("9", "9", "NUM", "nmod", 0),
            ("commence", "commencer", "VERB", "ROOT", 3),
            ("le", "le", "DET", "det", 5),
            ("10", "10", "NUM", "obl:mod", 3),
        ],
        dates=[(1, 3, "XXXX-01-09"), (4, 6, "XXXX-01-10")],
    )
    mentions = date_mentions(doc[:], {0, 3})
    best = governing_date([doc[0], doc[3]], mentions)
    assert best is not None and best.timex.value == "XXXX-01-09"


# Two sentences: "La visite de Koizumi à Moscou du 9 au 12 janvier."
# "Au cours de cette visite, un plan a été signé par le Japon et la Russie."
DURING = [
    ("La", "le", "DET", "det", 1),
    ("visite", "visite", "NOUN", "ROOT", 1),
    ("de", "de", "ADP", "case", 3),
    ("Koizumi", "Koizumi", "PROPN", "nmod", 1),
    ("à", "à", "ADP", "case", 5),
    ("Moscou", "Moscou", "PROPN", "nmod", 1),
    ("du", "de", "ADP", "case", 7),
    ("9", "9", "NUM", "nmod", 1),
    ("au", "à", "ADP", "case", 9),
    ("12", "12", "NUM", "nmod", 7),
    ("janvier", "janvier", "NOUN", "nmod", 9),
    (".", ".", "PUNCT", "punct", 1),
    ("Au", "à", "ADP", "case", 13),
    ("cours", "cours", "NOUN", "obl:mod", 21),
    ("de", "de", "ADP", "case", 16),
    ("cette", "ce", "DET", "det", 16),
    ("visite", "visite", "NOUN", "nmod", 13),
    (",", ",", "PUNCT", "punct", 21),
    ("un", "un", "DET", "det", 19),
    ("plan", "plan", "NOUN", "nsubj:pass", 21),
    ("a", "avoir", "AUX", "aux:pass", 21),
    ("signé", "signer", "VERB", "ROOT", 21, "Tense=Past|VerbForm=Part"),
    ("par", "par", "ADP", "case", 23),
    ("Japon", "Japon", "PROPN", "obl:agent", 21),
    ("et", "et", "CCONJ", "cc", 25),
    ("Russie", "Russie", "PROPN", "conj", 23),
    (".", ".", "PUNCT", "punct", 21),
]


def test_event_during_a_dated_event_takes_its_date(lexicon: Lexicon) -> None:
    doc = build_doc(
        DURING,
        actors=[(3, 4, "Junichiro Koizumi", "JPN", "person"), (5, 6, "Russie", "RUS", "state"),
                (23, 24, "Japon", "JPN", "state"), (25, 26, "Russie", "RUS", "state")],
        dates=[(6, 11, "XXXX-01-09/XXXX-01-12")],
        sent_starts=(0, 12),
    )
    dates = {e.event_type: e.date for e in extract_events(doc, lexicon)}
    assert dates == {"CONSULT": "XXXX-01-09/XXXX-01-12", "AGREE": "XXXX-01-09/XXXX-01-12"}


@pytest.mark.parametrize(
    ("words", "pieces"),
    [
        (["Titre", "\n\n", "Le", "Japon", "signe", "."], ["Titre", "Le Japon signe ."]),
        (["Le", "Japon", "signe", "."], ["Le Japon signe ."]),
    ],
)
def test_event_sentences_split_at_line_breaks(words: list[str], pieces: list[str]) -> None:
    rows = [(w, w, "SPACE" if w.isspace() else "X", "dep", 0) for w in words]
    rows[0] = (words[0], words[0], "X", "ROOT", 0)
    doc = build_doc(rows)
    assert [s.text for s in event_sentences(doc)] == pieces
