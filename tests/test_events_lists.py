"""Lists of parties the parse loses: fronted subjects, counted collectives, listed partners."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.actors.counted import collective_nouns, load_counts
from pipeline.events.fronted import fronted_subject
from tests.events_docs import build_doc
from tests.test_events_model import Row, events

MODELS = Path(__file__).resolve().parent.parent / "models" / "actors"


@pytest.mark.parametrize(
    ("phrases", "expected"),
    [
        (["deux pays", "deux chefs d'état"], {("pays",), ("chefs", "d'", "état")}),
        (["président", "deux"], set()),
    ],
)
def test_collective_nouns_come_from_the_two_party_collectives(
    phrases: list[str], expected: set[tuple[str, ...]]
) -> None:
    assert collective_nouns(phrases) == expected


def test_counts_start_at_three() -> None:
    counts = load_counts(MODELS)
    assert counts["trois"] == 3 and "deux" not in counts and "_doc" not in counts


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # "Les ministres ont signé": the noun phrase hung on the verb as obl:mod
        (("ministres", "ministre", "NOUN", "obl:mod", 3), "ministres"),
        # "À Paris ont signé": a preposition makes it a place
        (("Paris", "Paris", "PROPN", "obl:mod", 3), None),
    ],
)
def test_fronted_subject(first: tuple[str, str, str, str, int], expected: str | None) -> None:
    rows = [
        ("Les", "le", "DET", "det", 1),
        first,
        ("ont", "avoir", "AUX", "aux:tense", 3, "VerbForm=Fin"),
        ("signé", "signer", "VERB", "ROOT", 3, "VerbForm=Part"),
    ]
    if first[2] == "PROPN":
        rows[0] = ("À", "à", "ADP", "case", 1)
    doc = build_doc(rows)
    found = fronted_subject(doc[3])
    assert (found.text if found is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline before the subject: the parser takes the subject for a modifier
        ("PARIS, 3 mai 2025 (AFP) - Les ministres de la Défense du Tchad, du Cameroun et du "
         "Gabon, réunis ce mardi à Yaoundé, ont condamné la Libye.",
         {("TCD", "ACCUSE", "LBY", "asserted"), ("CMR", "ACCUSE", "LBY", "asserted"),
          ("GAB", "ACCUSE", "LBY", "asserted"), ("TCD", "CONSULT", "CMR", "asserted"),
          ("TCD", "CONSULT", "GAB", "asserted")}),
        # "puis avec": the second partner of the call
        ("Le Premier ministre japonais s'est entretenu au téléphone avec le président "
         "brésilien, puis avec le chancelier allemand.",
         {("JPN", "CONSULT", "BRA", "asserted"), ("JPN", "CONSULT", "DEU", "asserted")}),
        # two demonyms, each with its own name
        ("Le ministre indien a rencontré ses homologues chilien, Pedro Soto, et "
         "canadien, Mark Stone.",
         {("IND", "CONSULT", "CHL", "asserted"), ("IND", "CONSULT", "CAN", "asserted")}),
        # a new clause's subject is not one more partner
        ("Le Pérou a condamné la Bolivie, et le Chili a protesté.",
         {("PER", "ACCUSE", "BOL", "asserted")}),
    ],
)
def test_listed_parties(nlp: Language, text: str, expected: set[Row]) -> None:
    assert expected <= events(nlp, text)
    assert not {r for r in events(nlp, text) if r[0] == "PER" and r[2] == "CHL"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "les trois pays" goes back to the list of three
        ("Le Tchad, le Cameroun et le Gabon ont signé un accord. Les trois pays ont ensuite "
         "condamné la Libye.",
         {("TCD", "ACCUSE", "LBY", "asserted"), ("GAB", "ACCUSE", "LBY", "asserted")}, set()),
        # no list of four: no one is guessed
        ("Le Tchad et le Cameroun ont signé un accord. Les quatre pays ont condamné la Libye.",
         set(), {("TCD", "ACCUSE", "LBY", "asserted")}),
    ],
)
def test_counted_collectives(
    nlp: Language, text: str, expected: set[Row], absent: set[Row]
) -> None:
    found = events(nlp, text)
    assert expected <= found
    assert not absent & found
