"""Dates a clause shares with the clause it hangs from: fronted dates, relatives, participles."""

from __future__ import annotations

import pytest
from events_docs import Dated, Row, build_doc, dated_rows
from spacy.language import Language

from pipeline.events.dating import date_mentions

# "La veille, le ministre avait menacé Kiev." with the parser's cut after "La veille".
SPLIT_FRONTED: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("veille", "veille", "NOUN", "ROOT", 1),
    (",", ",", "PUNCT", "punct", 6),
    ("le", "le", "DET", "det", 4),
    ("ministre", "ministre", "NOUN", "nsubj", 6),
    ("avait", "avoir", "AUX", "aux:tense", 6),
    ("menacé", "menacer", "VERB", "ROOT", 6),
    ("Kiev", "Kiev", "PROPN", "obj", 6),
    (".", ".", "PUNCT", "punct", 6),
]


@pytest.mark.parametrize(("stops", "expected"), [({6}, "menacé"), (set(), "menacé")])
def test_date_cut_off_by_the_parser_governs_the_next_clause(stops: set[int], expected: str) -> None:
    doc = build_doc(SPLIT_FRONTED, dates=[(0, 2, "2030-05-02")], sent_starts=(0, 2))
    mentions = date_mentions(doc[:], stops)
    assert [m.attachment.text for m in mentions] == [expected]


def dated(nlp: Language, text: str) -> set[Dated]:
    return dated_rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted date before a long subject apposition
        ("Le Chili a fermé sa frontière lundi.\n\nLa veille, Gabriel Boric, président influent "
         "de la gauche chilienne, avait menacé le Pérou et la Bolivie d'une « riposte ferme ».",
         ("CHL", "THREATEN", "PER", "2025-06-08")),
        # a bare participle coordinated with the main verb, hung on the reported clause
        ("La veille, Gabriel Boric avait encore déclaré, lors d'un meeting, que le Chili « gagnera "
         "ce combat », et menacé la Bolivie de sanctions « très lourdes » si elle continuait.",
         ("CHL", "THREATEN", "BOL", "2025-06-14")),
    ],
    ids=["fronted-before-apposition", "bare-participle-conjunct"],
)
@pytest.mark.model
def test_fronted_date_dates_its_clause(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 3 mai 2025, le ministre chilien s'était rendu à La Paz, où il avait accusé le Pérou "
         "de trafic.", ("CHL", "ACCUSE", "PER", "2025-05-03")),
        ("Le président chilien a participé mardi à un sommet à Lima, lors duquel il a critiqué "
         "la Bolivie.", ("CHL", "ACCUSE", "BOL", "2025-06-10")),
    ],
    ids=["ou", "lors-duquel"],
)
@pytest.mark.model
def test_relative_of_place_or_occasion_shares_the_date(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated(nlp, text)


@pytest.mark.model
def test_relative_with_qui_keeps_no_date(nlp: Language) -> None:
    # "qui avait accusé" tells an earlier act of the counterpart, not Monday's meeting.
    rows = dated(nlp, "Le ministre chilien a rencontré lundi son homologue péruvien, qui avait "
                      "accusé la Bolivie de trafic.")
    assert not any(r[1] == "ACCUSE" and r[3] == "2025-06-09" for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le porte-parole chilien a déclaré mardi que le Chili suivait de près la situation, "
         "accusant le Pérou de militariser la frontière.", ("CHL", "ACCUSE", "PER", "2025-06-10")),
        ("Le président chilien a dénoncé lundi les frappes, appelant le Pérou à cesser le feu.",
         ("CHL", "REQUEST", "PER", "2025-06-09")),
    ],
    ids=["under-reported-clause", "under-main-verb"],
)
@pytest.mark.model
def test_adverbial_participle_takes_its_governor_date(nlp: Language, text: str, expected: Dated) -> None:
    assert expected in dated(nlp, text)
