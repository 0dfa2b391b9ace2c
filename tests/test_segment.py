"""Line openings start sentences before the parser runs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.segment import mark_line_starts, rejoin_names


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Publié le 03/02/2023\nLa Chine a protesté.", ["Publié", "La"]),
        ("Titre sans point\n\nLe Japon accueille le sommet.", ["Titre", "Le"]),
        ("Le 12/03/2025\n« Nous signerons », a dit Lavrov.", ["Le", "«"]),
        # Hard-wrapped prose goes on in lower case: no new sentence.
        ("La campagne\nprésidentielle commence.", ["La"]),
        ("Moscou et\nPékin ont signé.", ["Moscou"]),
        ("la visite du président de\nLa Havane.", ["la"]),
    ],
)
def test_line_openings_become_sentence_starts(text: str, starts: list[str]) -> None:
    doc = mark_line_starts(spacy.blank("fr")(text))
    assert [t.text for t in doc if t.is_sent_start] == starts


def test_word_after_a_line_opening_is_not_a_start() -> None:
    doc = mark_line_starts(spacy.blank("fr")("Titre\nLa Chine a protesté."))
    assert doc[3].text == "Chine" and doc[3].is_sent_start is False


@pytest.mark.model
def test_parser_keeps_line_boundaries(nlp: spacy.language.Language) -> None:
    doc = nlp("Publié le 03/02/2023\nLa Chine a condamné mardi la Corée du Nord.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[-1] == "La Chine a condamné mardi la Corée du Nord."
    subject = [t.text for t in doc if t.dep_ == "nsubj"]
    assert subject == ["Chine"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("L'armée a tiré. Le ministre l'a confirmé. Ottawa, principal allié de Kiev, a condamné "
         "l'attaque, selon un communiqué.", "Ottawa"),
        ("Les combats ont repris samedi. Nairobi, premier partenaire commercial de Kampala, a appelé "
         "« toutes les parties au calme ».", "Nairobi"),
        ("Le sommet a été reporté. Lisbonne, de son côté, a exprimé son inquiétude.", "Lisbonne"),
    ],
    ids=["ally", "partner", "aside"],
)
def test_name_before_an_apposition_stays_in_its_clause(
    nlp: spacy.language.Language, text: str, subject: str
) -> None:
    doc = nlp(text)
    name = next(t for t in doc if t.text == subject)
    assert name.dep_ == "nsubj" and name.head.pos_ in ("VERB", "AUX")
    assert not any(s[0].text == "," for s in doc.sents)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "joined"),
    [
        # "Oslo | , allié de Rome, a protesté ." → Oslo subject, "allié" its apposition
        (["Oslo", ",", "allié", "de", "Rome", ",", "a", "protesté", "."],
         [0, 7, 7, 4, 2, 7, 7, 7, 7],
         ["ROOT", "punct", "nsubj", "case", "nmod", "punct", "aux:tense", "ROOT", "punct"],
         ["PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"], True),
        # a headline fragment with a preposition is not a lone name
        (["à", "Oslo", ",", "la", "foule", "a", "protesté", "."],
         [1, 1, 6, 4, 6, 6, 6, 6],
         ["case", "ROOT", "punct", "det", "nsubj", "aux:tense", "ROOT", "punct"],
         ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"], False),
    ],
    ids=["lone-name", "headline-fragment"],
)
def test_rejoin_names_on_hand_built_docs(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], joined: bool
) -> None:
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc = rejoin_names(doc)
    name = next(t for t in doc if t.text == "Oslo")
    assert (name.dep_ == "nsubj") is joined
    if joined:
        assert doc[2].dep_ == "appos" and doc[2].head.text == "Oslo"
