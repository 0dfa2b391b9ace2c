"""A third party acting "entre A et B" consults each side (mediation by a verb)."""

from __future__ import annotations

import pytest
from events_docs import build_doc, dated_rows
from spacy.language import Language

from pipeline.events.brokering import between_phrases


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "Oslo facilite un dialogue entre Bogota et Caracas": the phrase under the object
        ([("Oslo", "Oslo", "PROPN", "nsubj", 1), ("facilite", "faciliter", "VERB", "ROOT", 1),
          ("un", "un", "DET", "det", 3), ("dialogue", "dialogue", "NOUN", "obj", 1),
          ("entre", "entre", "ADP", "case", 5), ("Bogota", "Bogota", "PROPN", "nmod", 3),
          ("et", "et", "CCONJ", "cc", 7), ("Caracas", "Caracas", "PROPN", "conj", 5)], ["Bogota"]),
        # "Oslo arbitre entre Bogota et Caracas": the phrase on the verb
        ([("Oslo", "Oslo", "PROPN", "nsubj", 1), ("arbitre", "arbitrer", "VERB", "ROOT", 1),
          ("entre", "entre", "ADP", "case", 3), ("Bogota", "Bogota", "PROPN", "obl:arg", 1),
          ("et", "et", "CCONJ", "cc", 5), ("Caracas", "Caracas", "PROPN", "conj", 3)], ["Bogota"]),
        # "Oslo facilite un dialogue qui réunit Bogota": no "entre"
        ([("Oslo", "Oslo", "PROPN", "nsubj", 1), ("facilite", "faciliter", "VERB", "ROOT", 1),
          ("un", "un", "DET", "det", 3), ("dialogue", "dialogue", "NOUN", "obj", 1),
          ("avec", "avec", "ADP", "case", 5), ("Bogota", "Bogota", "PROPN", "nmod", 3)], []),
    ],
    ids=["under-object", "on-verb", "no-between"],
)
def test_between_phrases_found_on_verb_or_object(rows: list, expected: list[str]) -> None:
    doc = build_doc(rows)
    assert [t.text for t in between_phrases(doc[1])] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Maroc a facilité un échange de prisonniers entre Moscou et Kiev.",
         {("MAR", "CONSULT", "RUS"), ("MAR", "CONSULT", "UKR")}),
        ("Le Qatar a transmis des messages entre Téhéran et Washington.",
         {("QAT", "CONSULT", "IRN"), ("QAT", "CONSULT", "USA")}),
        ("La Suisse a négocié une trêve entre l'Arménie et l'Azerbaïdjan.",
         {("CHE", "CONSULT", "ARM"), ("CHE", "CONSULT", "AZE")}),
        ("La Norvège joue les intermédiaires entre la Colombie et le Venezuela.",
         {("NOR", "CONSULT", "COL"), ("NOR", "CONSULT", "VEN")}),
    ],
    ids=["facilitate", "transmit", "negotiate", "go-between"],
)
def test_broker_consults_each_side(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "broker"),
    [
        # the broker is a side: their own talks, not a mediation
        ("La Chine a négocié un accord entre la Chine et le Japon.", "CHN"),
        # "jouer" without a go-between noun brokers nothing
        ("La Chine a joué un match entre la Corée et le Japon.", "CHN"),
    ],
    ids=["broker-is-a-side", "light-verb-without-mediator"],
)
def test_no_brokering_without_a_third_party(nlp: Language, text: str, broker: str) -> None:
    assert not {r for r in dated_rows(nlp, text) if r[0] == broker and r[1] == "CONSULT" and r[2] != "JPN"}
