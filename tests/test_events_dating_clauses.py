"""Dates carried by a clause around the event: noun modifiers, end bounds, "lorsque" clauses."""

from __future__ import annotations

import pytest
from events_docs import Row, build_doc

from pipeline.events.dating import borrowed_date, date_mentions, governing_date

# "Le Chili a repoussé mardi une visite au Pérou prévue jeudi."
# The participle modifying the visit dates the visit; the verb's date does not win.
PARTICIPLE: list[Row] = [
    ("Chili", "Chili", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("repoussé", "repousser", "VERB", "ROOT", 2),
    ("mardi", "mardi", "NOUN", "obl:mod", 2),
    ("une", "un", "DET", "det", 5),
    ("visite", "visite", "NOUN", "obj", 2),
    ("au", "à", "ADP", "case", 7),
    ("Pérou", "Pérou", "PROPN", "nmod", 5),
    ("prévue", "prévoir", "VERB", "acl", 5),
    ("jeudi", "jeudi", "NOUN", "obl:mod", 8),
]
# "Le Chili a ouvert lundi les exercices, qui doivent se tenir du 3 au 5 mai."
RELATIVE_XCOMP: list[Row] = [
    ("Chili", "Chili", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("ouvert", "ouvrir", "VERB", "ROOT", 2),
    ("lundi", "lundi", "NOUN", "obl:mod", 2),
    ("les", "le", "DET", "det", 5),
    ("exercices", "exercice", "NOUN", "obj", 2),
    (",", ",", "PUNCT", "punct", 5),
    ("qui", "qui", "PRON", "nsubj", 8),
    ("doivent", "devoir", "VERB", "acl:relcl", 5),
    ("se", "se", "PRON", "expl:comp", 10),
    ("tenir", "tenir", "VERB", "xcomp", 8),
    ("du", "de", "ADP", "case", 12),
    ("3", "3", "NUM", "obl:mod", 10),
    ("au", "à", "ADP", "case", 14),
    ("5", "5", "NUM", "nmod", 12),
    ("mai", "mai", "NOUN", "nmod", 12),
]

# "Une visite au Chili, un temps prévue pour mai, a été annulée." The parser hangs the
# parenthetical as an apposition of the place, inside the visit's phrase.
APPOSITION: list[Row] = [
    ("Une", "un", "DET", "det", 1),
    ("visite", "visite", "NOUN", "nsubj:pass", 13),
    ("au", "à", "ADP", "case", 3),
    ("Chili", "Chili", "PROPN", "nmod", 1),
    (",", ",", "PUNCT", "punct", 6),
    ("un", "un", "DET", "det", 6),
    ("temps", "temps", "NOUN", "appos", 3),
    ("prévue", "prévoir", "VERB", "acl", 6),
    ("pour", "pour", "ADP", "case", 9),
    ("mai", "mai", "NOUN", "obl:mod", 7),
    (",", ",", "PUNCT", "punct", 13),
    ("a", "avoir", "AUX", "aux:tense", 13),
    ("été", "être", "AUX", "aux:pass", 13),
    ("annulée", "annuler", "VERB", "ROOT", 13),
]


@pytest.mark.parametrize(
    ("rows", "dates", "anchors", "expected"),
    [
        (APPOSITION, [(9, 10, "2030-05")], [1, 13], "2030-05"),
        (PARTICIPLE, [(3, 4, "XXXX-XX-XX"), (9, 10, "2030-01-03")], [5, 2], "2030-01-03"),
        (RELATIVE_XCOMP, [(3, 4, "2030-05-01"), (11, 16, "2030-05-03/2030-05-05")], [5, 2],
         "2030-05-03/2030-05-05"),
    ],
)
def test_clause_modifying_the_event_noun_dates_it(
    rows: list[Row], dates: list[tuple[int, int, str]], anchors: list[int], expected: str
) -> None:
    doc = build_doc(rows, dates=dates)
    mentions = date_mentions(doc[:], set(anchors))
    best = governing_date([doc[i] for i in anchors], mentions)
    assert best is not None and best.timex.value == expected


# "Le Chili a suspendu le dialogue avec le Pérou jusqu'à fin 2031."
UNTIL: list[Row] = [
    ("Chili", "Chili", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("suspendu", "suspendre", "VERB", "ROOT", 2),
    ("le", "le", "DET", "det", 4),
    ("dialogue", "dialogue", "NOUN", "obj", 2),
    ("jusqu'", "jusque", "ADP", "case", 7),
    ("à", "à", "ADP", "case", 7),
    ("fin", "fin", "NOUN", "obl:mod", 2),
    ("2031", "2031", "NUM", "nummod", 7),
]


@pytest.mark.parametrize(("rows", "span"), [(UNTIL, (7, 9))])
def test_end_bound_is_not_an_event_date(rows: list[Row], span: tuple[int, int]) -> None:
    doc = build_doc(rows, dates=[(span[0], span[1], "2031")])
    assert date_mentions(doc[:], {2, 4}) == []


def _when_clause(mark: str) -> list[Row]:
    """ "Le conflit a commencé le 4 mars, <mark> le Chili a rompu le dialogue avec le Pérou." """
    return [
        ("conflit", "conflit", "NOUN", "nsubj", 1),
        ("a_commencé", "commencer", "VERB", "ROOT", 1),
        ("le", "le", "DET", "det", 3),
        ("4", "4", "NUM", "obl:mod", 1),
        ("mars", "mars", "NOUN", "nmod", 3),
        (",", ",", "PUNCT", "punct", 1),
        (mark, mark, "SCONJ", "mark", 8),
        ("Chili", "Chili", "PROPN", "nsubj", 8),
        ("a_rompu", "rompre", "VERB", "advcl", 1),
        ("dialogue", "dialogue", "NOUN", "obj", 8),
    ]


@pytest.mark.parametrize(("mark", "expected"), [("lorsque", "2030-03-04"), ("quand", "2030-03-04"),
                                                ("bien_que", None)])
def test_when_clause_shares_the_main_clause_date(mark: str, expected: str | None) -> None:
    doc = build_doc(_when_clause(mark), dates=[(2, 5, "2030-03-04")])
    anchors = [doc[8]]
    mentions = date_mentions(doc[:], {8})
    assert governing_date(anchors, mentions) is None
    found = borrowed_date(anchors, mentions)
    assert (found.timex.value if found else None) == expected


# "Le calme est revenu après l'attaque de missiles sur la ville dans la nuit du 2 au 3 juin."
AFTER_EVENT: list[Row] = [
    ("calme", "calme", "NOUN", "nsubj", 1),
    ("est_revenu", "revenir", "VERB", "ROOT", 1),
    ("après", "après", "ADP", "case", 4),
    ("l'", "le", "DET", "det", 4),
    ("attaque", "attaque", "NOUN", "obl:mod", 1),
    ("de", "de", "ADP", "case", 6),
    ("missiles", "missile", "NOUN", "nmod", 4),
    ("dans", "dans", "ADP", "case", 9),
    ("la", "le", "DET", "det", 9),
    ("nuit", "nuit", "NOUN", "obl:mod", 1),
    ("du", "de", "ADP", "case", 11),
    ("2", "2", "NUM", "nmod", 9),
]


@pytest.mark.parametrize(("stops", "expected"), [({4}, 4), ({4, 1}, 1)])
def test_date_after_an_event_noun_under_a_plain_verb_is_the_nouns(stops: set[int], expected: int) -> None:
    doc = build_doc(AFTER_EVENT, dates=[(8, 12, "2030-06-02TNI")])
    (mention,) = date_mentions(doc[:], stops)
    assert mention.attachment.i == expected
