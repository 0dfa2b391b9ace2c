"""Pronoun resolution and title owners: main-clause salience, plural names, appositions.

Hand-built parses test the pure rules; the model cases run invented sentences.
"""

from __future__ import annotations

import pytest
from events_docs import build_doc
from spacy.language import Language

from pipeline.events.arguments import ActorIndex
from pipeline.events.pronouns import _agrees, main_clause_subject, pronoun_features, resolve_pronoun
from pipeline.events.title_owners import without_title_owners

# "Paris a prévenu tant que Berlin refuse . « Rome cède » , a dit Madrid ."
CLAUSES = build_doc(
    [
        ("Paris", "Paris", "PROPN", "nsubj", 2),
        ("a", "avoir", "AUX", "aux:tense", 2),
        ("prévenu", "prévenir", "VERB", "ROOT", 2),
        ("tant", "tant", "ADV", "mark", 6),
        ("que", "que", "SCONJ", "fixed", 3),
        ("Berlin", "Berlin", "PROPN", "nsubj", 6),
        ("refuse", "refuser", "VERB", "advcl", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("«", "«", "PUNCT", "punct", 10),
        ("Rome", "Rome", "PROPN", "nsubj", 10),
        ("cède", "céder", "VERB", "ROOT", 10),
        ("»", "»", "PUNCT", "punct", 10),
        (",", ",", "PUNCT", "punct", 14),
        ("a", "avoir", "AUX", "aux:tense", 14),
        ("dit", "dire", "VERB", "parataxis", 10),
        ("Madrid", "Madrid", "PROPN", "nsubj", 14),
        (".", ".", "PUNCT", "punct", 10),
    ],
    sent_starts=(0, 8),
)

# "Il parle aux Houthis et à Ali Saleh ." ("Houthis" tagged singular)
PLURAL_NAME = build_doc(
    [
        ("Il", "il", "PRON", "nsubj", 1),
        ("parle", "parler", "VERB", "ROOT", 1),
        ("aux", "à le", "ADP", "case", 3, "Definite=Def|Number=Plur|PronType=Art"),
        ("Houthis", "Houthis", "PROPN", "obl:arg", 1, "Gender=Masc|Number=Sing"),
        ("et", "et", "CCONJ", "cc", 7),
        ("à", "à", "ADP", "case", 6),
        ("Ali", "Ali", "PROPN", "conj", 3),
        ("Saleh", "Saleh", "PROPN", "flat:name", 6),
        (".", ".", "PUNCT", "punct", 1),
    ],
    [(3, 4, "Houthis", "", "org"), (6, 8, "Ali Saleh", "YEM", "person")],
)

# "Anna Weber , adjointe de l' envoyé Tom Baker , a démissionné ."
ADJOINTE = build_doc(
    [
        ("Anna", "Anna", "PROPN", "nsubj", 11),
        ("Weber", "Weber", "PROPN", "flat:name", 0),
        (",", ",", "PUNCT", "punct", 3),
        ("adjointe", "adjoint", "NOUN", "appos", 0, "Gender=Fem|Number=Sing"),
        ("de", "de", "ADP", "case", 6),
        ("l'", "le", "DET", "det", 6),
        ("envoyé", "envoyé", "NOUN", "nmod", 3, "Gender=Masc|Number=Sing"),
        ("Tom", "Tom", "PROPN", "appos", 6),
        ("Baker", "Baker", "PROPN", "flat:name", 7),
        (",", ",", "PUNCT", "punct", 11),
        ("a", "avoir", "AUX", "aux:tense", 11),
        ("démissionné", "démissionner", "VERB", "ROOT", 11),
        (".", ".", "PUNCT", "punct", 11),
    ],
    [(0, 2, "Anna Weber", "USA", "person"), (6, 9, "Tom Baker", "USA", "person")],
)


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, True), (5, False), (9, False), (15, True)],
    ids=["main-subject", "subordinate-subject", "quoted-subject", "quote-attribution"],
)
def test_main_clause_subject(index: int, expected: bool) -> None:
    assert main_clause_subject(CLAUSES[index]) is expected


@pytest.mark.parametrize(
    ("index", "number", "expected"),
    [(3, "Plur", True), (3, "Sing", False), (6, "Plur", False), (6, "Sing", True)],
    ids=["plural-name-plural-pronoun", "plural-name-singular-pronoun",
         "person-plural-pronoun", "person-singular-pronoun"],
)
def test_number_agreement(index: int, number: str, expected: bool) -> None:
    assert _agrees(PLURAL_NAME[index], number, "", ActorIndex(PLURAL_NAME)) is expected


def test_appositive_title_owner_is_not_a_party() -> None:
    spans = list(ADJOINTE.spans["actors"])
    assert [s.text for s in without_title_owners(ADJOINTE[0], spans, spans)] == ["Anna Weber"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("Le Premier ministre polonais a rejeté ces critiques tant que le Kremlin ne retirerait pas "
         "ses troupes. Il a démenti toute provocation.", "Il", {"Pologne"}),
        ("Le président kényan a assuré que le Premier ministre éthiopien se trompait. "
         "Il a ensuite appelé Kampala.", "Il", {"Kenya"}),
        ("Le ministre chinois des Affaires étrangères, Li Wei, a critiqué les ventes d'armes aux Talibans, "
         "alors que Moscou accuse Pékin de leur fournir des drones.", "leur", {"Talibans"}),
    ],
    ids=["subject-of-main-clause", "not-the-reported-subject", "plural-name-for-leur"],
)
def test_pronoun_antecedent(nlp: Language, text: str, pronoun: str, expected: set[str]) -> None:
    doc = nlp(text)
    token = next(t for t in reversed(doc) if t.text == pronoun and pronoun_features(t))
    assert {p.name for p in resolve_pronoun(token, ActorIndex(doc))} == expected
