"""Extents of temporal expressions in sentences (as the French TimeBank marks them)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.dates.component import DateTagger, find_timexes
from pipeline.dates.finder import TimexFinder
from pipeline.extensions import register_extensions


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


@pytest.mark.parametrize(
    ("sentence", "extents"),
    [
        ("Le ministre est arrivé le 27 mai 1998 à Nancy.", ["le 27 mai 1998"]),
        # the two ends of a range are two mentions, "du" and "au" outside them
        ("La réunion aura lieu du 9 au 12 janvier 2003.", ["9", "12 janvier 2003"]),
        # "vers" belongs to the extent (TIMEX3 mod APPROX), and so does a time zone.
        ("Il a parlé vers midi, puis vers 18 h 55.", ["vers midi", "vers 18 h 55"]),
        ("Il est arrivé vers 12 h 30 locales (20 h 30 en France).",
         ["vers 12 h 30 locales", "20 h 30 en France"]),
        ("Les passants l'ont vu vers 15 h 30, hier.", ["vers 15 h 30, hier"]),
        ("Une Alsacienne de 6 ans et un Marseillais de 30 ans.", []),
        ("Au cours des dix dernières années, rien.", ["dix dernières années"]),
        ("Il viendra à la mi-journée.", ["la mi-journée"]),
        ("Pendant les mois d'été, c'est complet.", ["les mois d'été"]),
        ("Elle participe deux fois par an.", ["deux fois par an"]),
        ("Les prochaines échéances électorales approchent ; le prochain, dit-il.", ["prochaines"]),
        ("Pendant une semaine, rien.", ["une semaine"]),
        ("Le camping ouvre en été et à l'automne.", ["été", "automne"]),
        ("Il l'a dit à la fin de l'année dernière.", ["la fin de l'année dernière"]),
        ("Ils se voient entre le 15 juillet et le 15 août.", ["le 15 juillet", "le 15 août"]),
        ("Ouvert du mercredi 3 avril au samedi 6 avril.", ["mercredi 3 avril", "samedi 6 avril"]),
        ("Hier soir, il a quitté Paris.", ["Hier soir"]),
        ("Il a été élu en 2002 avec 2002 voix.", ["2002"]),
        ("Les Jeux d'hiver ont ouvert.", []),
        ("Il a été reçu mercredi.", ["mercredi"]),
        ("Paul, 53 ans, est employé ; une fillette de 6 ans s'est noyée.", []),
        ("Il a purgé dix ans de prison.", ["dix ans"]),
        ("Tout en maintenant ses liens, il parle maintenant.", ["maintenant"]),
        ("C'était au 4e étage, 3 rue de la Paix.", []),
        ("Marignan, en 1515, reste célèbre.", ["1515"]),
        ("Il est venu en mars de l'an dernier.", ["mars de l'an dernier"]),
        ("Il est reparti en fin de soirée.", ["fin de soirée"]),
        ("La dette sera réduite d'ici à dix ans.", ["ici", "dix ans"]),
        ("Il a passé plus d'un an en prison.", ["plus d'un an"]),
    ],
)
def test_extents_in_sentences(finder: TimexFinder, sentence: str, extents: list[str]) -> None:
    found = finder.find(sentence, "2003-01-04")
    assert [t.text for t in found] == extents
    assert all(sentence[t.start : t.end] == t.text for t in found)


def test_find_timexes_without_spacy() -> None:
    assert [t.value for t in find_timexes("Il est venu hier.", "2003-01-04")] == ["2003-01-03"]


def test_component_sets_doc_attributes() -> None:
    register_extensions()
    nlp = spacy.blank("fr")
    doc = nlp.make_doc("Le sommet s'est tenu hier soir à Tokyo.")
    doc._.doc_date = "2025-12-20"
    doc = DateTagger()(doc)
    assert [t.value for t in doc._.timexes] == ["2025-12-19TEV"]
    assert [s.text for s in doc.spans["timex"]] == ["hier soir"]
    assert doc.spans["timex"][0]._.timex.type == "TIME"


def test_tagger_is_fast(finder: TimexFinder) -> None:
    text = ("Le ministre a déclaré hier à Paris que la réunion du 9 au 12 janvier 2003 "
            "serait suivie, mi-décembre, d'un sommet. Il y a deux ans, rien de tel. ") * 200
    assert finder.words_per_second([text], "2002-12-20") > 10_000
