"""Batches of hostile acts and patient genitives (pipeline.events.counted, pipeline.events.nominal)."""

from __future__ import annotations

import pytest

from pipeline.events.counted import batch_of
from tests.events_docs import build_doc
from tests.events_docs import named_rows as _rows

_BATCHES = frozenset({"paquet", "vague"})


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "un paquet de sanctions": the act noun is counted by "paquet".
        ([("un", "un", "DET", "det", 1), ("paquet", "paquet", "NOUN", "ROOT", 1),
          ("de", "de", "ADP", "case", 3), ("sanctions", "sanction", "NOUN", "nmod", 1)], "paquet"),
        # "une vague de frappes"
        ([("une", "un", "DET", "det", 1), ("vague", "vague", "NOUN", "ROOT", 1),
          ("de", "de", "ADP", "case", 3), ("frappes", "frappe", "NOUN", "nmod", 1)], "vague"),
        # "le rapport de sanctions": not a batch noun.
        ([("le", "le", "DET", "det", 1), ("rapport", "rapport", "NOUN", "ROOT", 1),
          ("de", "de", "ADP", "case", 3), ("sanctions", "sanction", "NOUN", "nmod", 1)], None),
        # "un paquet contre des sanctions": not a genitive.
        ([("un", "un", "DET", "det", 1), ("paquet", "paquet", "NOUN", "ROOT", 1),
          ("contre", "contre", "ADP", "case", 3), ("sanctions", "sanction", "NOUN", "nmod", 1)], None),
    ],
)
def test_batch_of_finds_the_counting_noun(rows, expected: str | None) -> None:
    doc = build_doc(rows)
    found = batch_of(doc[3], _BATCHES)
    assert (found.text if found is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les Vingt-Sept ont adopté jeudi un paquet de sanctions visant des armateurs iraniens.",
         ("Union européenne", "SANCTION", "Iran")),
        ("Le Canada a adopté un nouveau train de sanctions contre le Belarus.",
         ("Canada", "SANCTION", "Biélorussie")),
        ("Le Japon envisage des sanctions contre la Russie.", ("Japon", "SANCTION", "Russie")),
    ],
)
def test_batch_target_is_the_partner(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Le Kenya a ordonné l'expulsion de deux diplomates éthiopiens.",
         ("Kenya", "SANCTION", "Éthiopie"), ("Éthiopie", "SANCTION", "Kenya")),
        ("La Serbie a annoncé l'arrestation de quatre ressortissants croates.",
         ("Serbie", "COERCE", "Croatie"), ("Croatie", "COERCE", "Serbie")),
        ("Le Niger a annoncé le gel des avoirs béninois.",
         ("Niger", "SANCTION", "Bénin"), ("Bénin", "SANCTION", "Niger")),
    ],
)
def test_patient_genitive_is_the_partner(
    nlp, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    rows = _rows(nlp, text)
    assert expected in rows
    assert wrong not in rows


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Gabon a déclaré persona non grata deux diplomates camerounais.", ("Gabon", "SANCTION", "Cameroun")),
        ("Le Paraguay a déclaré persona non grata l'ambassadeur uruguayen.", ("Paraguay", "SANCTION", "Uruguay")),
    ],
)
def test_persona_non_grata_is_a_sanction(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)
