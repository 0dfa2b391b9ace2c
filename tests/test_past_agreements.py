"""Agreements recalled by a participle ("le traité signé en 1960") between the clause's two parties."""

from __future__ import annotations

import pytest
from events_docs import dated_rows, either_way
from spacy.language import Language


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Pérou a accusé l'Équateur de violer le traité de paix signé en 1998.",
         ("PER", "AGREE", "ECU", "1998")),
        ("La Namibie reproche à l'Angola de ne pas respecter l'accord frontalier conclu à Luanda en 2011.",
         ("NAM", "AGREE", "AGO", "2011")),
        ("La Mauritanie a dénoncé l'accord de pêche signé avec le Sénégal en 2018.",
         ("MRT", "AGREE", "SEN", "2018")),
        ("Le Kenya a suspendu le traité de pêche, signé en 2016, une décision que la Tanzanie a critiquée.",
         ("KEN", "AGREE", "TZA", "2016")),
    ],
    ids=["accused-of-violating", "place-of-signing-not-a-side", "signed-with", "detached-participle"],
)
def test_recalled_agreement_between_clause_parties(nlp: Language, text: str,
                                                   expected: tuple[str, str, str, str]) -> None:
    rows = dated_rows(nlp, text)
    assert either_way(expected, rows)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Gabon a suspendu l'accord de défense signé avec le Cameroun en 2015.", ("GAB", "SANCTION", "CMR")),
    ],
    ids=["suspended-treaty"],
)
def test_suspension_aims_at_other_signatory(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a, t, p) for a, t, p, _ in dated_rows(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # three parties: nobody can tell the signatories
        "Le Kenya a accusé l'Ouganda et la Tanzanie de violer l'accord signé en 2004.",
        # the participle names its own sides
        "La Suisse salue l'accord conclu en 2015 entre l'Iran et les grandes puissances.",
        # a coordinated clause: its parties did not sign
        "Les deux pays s'étaient alliés, mais l'accord de Lomé, signé en 2010 sans le Bénin, a tout changé.",
    ],
    ids=["three-parties", "between-phrase", "coordinated-clause"],
)
def test_no_recalled_agreement_when_sides_unclear(nlp: Language, text: str) -> None:
    assert not any(t == "AGREE" and d for _, t, _, d in dated_rows(nlp, text))
