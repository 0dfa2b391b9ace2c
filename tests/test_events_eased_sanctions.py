"""Lifted sanctions and the vocabulary of concessions, listings, cuts and training
(pipeline.events.eased_sanctions, models/events/triggers.tsv)."""

from __future__ import annotations

import pytest
from events_docs import named_rows as _rows
from spacy.language import Language


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Le Canada a levé les sanctions visant le Venezuela.",
         ("Canada", "CONCEDE", "Venezuela"), ("Canada", "SANCTION", "Venezuela")),
        ("Le Japon a annoncé la levée des sanctions contre l'Iran.",
         ("Japon", "CONCEDE", "Iran"), ("Japon", "SANCTION", "Iran")),
        ("Londres a assoupli ses sanctions contre la Biélorussie.",
         ("Royaume-Uni", "CONCEDE", "Biélorussie"), ("Royaume-Uni", "SANCTION", "Biélorussie")),
    ],
)
def test_eased_sanctions_are_a_concession(
    nlp: Language, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    rows = _rows(nlp, text)
    assert expected in rows
    assert wrong not in rows


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Canada a imposé des sanctions contre la Russie.", ("Canada", "SANCTION", "Russie")),
        # listing and delisting
        ("Londres a ajouté trois banques russes à sa liste de sanctions.",
         ("Royaume-Uni", "SANCTION", "Russie")),
        ("Le Trésor américain a retiré la banque centrale iranienne de sa liste de sanctions.",
         ("États-Unis", "CONCEDE", "Iran")),
        # cutting supplies, exclusion
        ("La Thaïlande a coupé l'électricité au Cambodge.", ("Thaïlande", "SANCTION", "Cambodge")),
        ("L'Union africaine a exclu le Niger de ses sommets.", ("Union africaine", "SANCTION", "Niger")),
        # reopening a border is a concession, an embassy restores ties
        ("Le Pakistan a rouvert sa frontière avec l'Afghanistan.", ("Pakistan", "CONCEDE", "Afghanistan")),
        ("L'Inde a rouvert son ambassade à Kaboul.", ("Inde", "COOPERATE", "Afghanistan")),
        # training another state's forces is aid; redeployment is mobilisation
        ("La Turquie va former l'armée somalienne.", ("Turquie", "AID", "Somalie")),
        ("Le Maroc assurera la formation de soldats maliens.", ("Maroc", "AID", "Mali")),
        ("La Lituanie va redéployer un bataillon à la frontière avec la Biélorussie.",
         ("Lituanie", "MOBILIZE", "Biélorussie")),
        # blame
        ("Le président polonais a tenu la Russie pour responsable de l'attaque.",
         ("Pologne", "ACCUSE", "Russie")),
    ],
)
def test_vocabulary_classes_give_rows(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rows(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "former" a government or a bloc is no training
        "Le Kenya et l'Ouganda vont former un bloc commercial.",
        # "retirer" troops is a withdrawal, not a delisting
        "La Russie a retiré ses troupes de la frontière ukrainienne.",
    ],
)
def test_vocabulary_needs_its_complement(nlp: Language, text: str) -> None:
    types = {row[1] for row in _rows(nlp, text)}
    assert not types & {"AID", "CONCEDE"}
