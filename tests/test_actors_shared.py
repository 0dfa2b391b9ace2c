"""Shared names ("congolais", "coréen"): the state the rest of the document names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.actors.dictionary import ActorDictionary
from pipeline.actors.normalize import fold
from pipeline.actors.resolved import Resolved
from pipeline.actors.shared import SharedNames, settle_shared
from pipeline.paths import models_dir


@pytest.fixture(scope="module")
def shared() -> SharedNames:
    """The bundled shared names, read against the bundled dictionary."""
    book = ActorDictionary.load()
    return SharedNames.load(book, models_dir() / "actors")


def _codes(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s._.actor_code) for s in doc.spans["actors"]]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Kinshasa accuse Kigali de soutenir les rebelles. Le gouvernement congolais a protesté.", "gouvernement congolais", "COD"),
        ("À Brazzaville, le président congolais a reçu son homologue gabonais.", "président congolais", "COG"),
        ("Le gouvernement congolais a démenti les rumeurs de remaniement.", "gouvernement congolais", "COG"),
        ("L'armée congolaise a repoussé une attaque, a indiqué Félix Tshisekedi.", "armée congolaise", "COD"),
        ("Pyongyang a tiré un missile. Le gouvernement coréen a dénoncé un essai.", "gouvernement coréen", "PRK"),
        ("Séoul et Pyongyang se sont parlé. Le gouvernement coréen a salué ce contact.", "gouvernement coréen", "KOR"),
        ("Bissau a rappelé son ambassadeur. Le gouvernement guinéen a regretté cette décision.", "gouvernement guinéen", "GNB"),
        ("Le gouvernement soudanais a accusé Djouba de soutenir les rebelles.", "gouvernement soudanais", "SDN"),
        # An own name, or a candidate listed as another party, keeps the state.
        ("Le Congo et la RDC ont signé un accord à Luanda.", "Congo", "COG"),
        ("Kinshasa a salué la médiation du Congo-Brazzaville.", "Congo-Brazzaville", "COG"),
        ("Kinshasa a accusé la République du Congo de fermer sa frontière.", "République du Congo", "COG"),
    ],
)
def test_shared_name_takes_the_state_the_document_names(nlp: Language, text: str, surface: str, code: str) -> None:
    assert (surface, code) in _codes(nlp, text)


@pytest.mark.parametrize(
    ("first", "second", "code"),
    [
        (("kinshasa", "République démocratique du Congo", "COD", "state"), None, "COD"),
        (("brazzaville", "Congo", "COG", "state"), None, "COG"),
        (None, None, "COG"),
        # Both candidates named: the default stays.
        (("brazzaville", "Congo", "COG", "state"), ("tshisekedi", "Félix Tshisekedi", "COD", "person"), "COG"),
        (None, ("tshisekedi", "Félix Tshisekedi", "COD", "person"), "COD"),
        # "l'armée", resolved to an earlier "armée congolaise", names nobody.
        (("kinshasa", "République démocratique du Congo", "COD", "state"), ("armee", "Congo", "COG", "state"), "COD"),
    ],
)
def test_default_changes_only_for_one_named_candidate(
    shared: SharedNames, first: tuple[str, ...] | None, second: tuple[str, ...] | None, code: str
) -> None:
    words = ["x", "y", ".", "le", "gouvernement", "congolais"]
    resolved: list[Resolved] = []
    for i, given in enumerate((first, second)):
        if given:
            words[i] = given[0]
            resolved.append(Resolved(i, i + 1, *given[1:]))
    out = settle_shared([*resolved, Resolved(4, 6, "Congo", "COG", "state")], words, shared)
    assert out[-1].code == code
    assert out[-1].actor == shared.states[code].name


def test_members_are_recoded(shared: SharedNames) -> None:
    words = ["kinshasa", ".", "les", "delegations", "congolaise", "et", "rwandaise"]
    pair = (("Congo", "COG"), ("Rwanda", "RWA"))
    resolved = [
        Resolved(0, 1, "République démocratique du Congo", "COD", "state"),
        Resolved(3, 7, "Congo et Rwanda", "", "members", pair),
    ]
    members = settle_shared(resolved, words, shared)[1].members
    assert members == (("République démocratique du Congo", "COD"), ("Rwanda", "RWA"))


def test_every_shared_form_belongs_to_its_default_state(shared: SharedNames) -> None:
    book = ActorDictionary.load()
    defaults = {keys: entry.ref for keys, entry in book.surfaces}
    for form, codes in shared.candidates.items():
        ref = defaults.get((fold(form),))
        assert ref is not None and getattr(ref, "code", "") == codes[0], form
