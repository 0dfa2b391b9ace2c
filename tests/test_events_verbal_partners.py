"""Partners of speech acts the parse hides: a "que" clause, an "avec" phrase labelled object."""

from __future__ import annotations

import pytest
from events_docs import build_doc, dated_rows
from spacy.language import Language

from pipeline.events.verbal import partner_tokens


@pytest.mark.parametrize(
    ("case", "found"),
    [("avec", True), ("contre", True), ("pour", False)],
)
def test_object_with_partner_preposition_is_direct(case: str, found: bool) -> None:
    # "Ankara a discuté, hier, avec Doha": "avec Doha" mislabelled as the object.
    rows = [("Ankara", "Ankara", "PROPN", "nsubj", 2), ("a", "avoir", "AUX", "aux:tense", 2),
            ("discuté", "discuter", "VERB", "ROOT", 2), ("hier", "hier", "ADV", "advmod", 2),
            (case, case, "ADP", "case", 5), ("Doha", "Doha", "PROPN", "obj", 2)]
    direct, _ = partner_tokens(build_doc(rows)[2])
    assert ([t.text for t in direct] == ["Doha"]) is found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Japon a exigé que la Chine retire ses navires.", ("JPN", "REQUEST", "CHN")),
        ("Le Kenya a demandé que l'Éthiopie libère les otages.", ("KEN", "REQUEST", "ETH")),
        ("Le Kenya a déploré que l'Éthiopie ait fermé sa frontière.", ("KEN", "ACCUSE", "ETH")),
    ],
    ids=["demand", "ask", "deplore"],
)
def test_clause_subject_is_the_partner(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokyo regrette la décision chinoise.", ("JPN", "ACCUSE", "CHN")),
        ("La Chine a contesté la décision japonaise.", ("CHN", "REJECT", "JPN")),
    ],
    ids=["regret", "contest"],
)
def test_speech_act_partner(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}
