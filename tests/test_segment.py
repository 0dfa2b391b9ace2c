"""Line openings start sentences before the parser runs."""

from __future__ import annotations

import pytest
import spacy

from pipeline.segment import mark_line_starts


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
