"""Classes of French temporal expressions added in the second pass (article of Saturday 20 December 2025)."""

from __future__ import annotations

import pytest

from pipeline.dates.anchor import Anchor, easter
from pipeline.dates.finder import TimexFinder

DCT = "2025-12-20"


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


@pytest.mark.parametrize(
    ("sentence", "extent", "type_", "value", "mod"),
    [
        # feasts: fixed ones, and those counted from Easter
        ("Le maire fêtera Noël avec les pompiers.", "Noël", "DATE", "2025-12-25", ""),
        ("Les commerces ont fermé pour la Toussaint.", "Toussaint", "DATE", "2025-11-01", ""),
        ("Le défilé du 14-Juillet 2024 a été écourté.", "14-Juillet 2024", "DATE", "2024-07-14", ""),
        ("Le jour de l'An, la préfète a reçu les élus.", "jour de l'An", "DATE", "2025-01-01", ""),
        ("Le jour de l'An, la préfète recevra les élus.", "jour de l'An", "DATE", "2026-01-01", ""),
        ("Le chantier reprendra après Pâques.", "Pâques", "DATE", "2026-04-05", ""),
        ("La fête a eu lieu le lundi de Pâques 2025.", "lundi de Pâques 2025", "DATE", "2025-04-21", ""),
        ("Le congrès s'est tenu à la Pentecôte 2024.", "Pentecôte 2024", "DATE", "2024-05-19", ""),
        # numeric and partial dates
        ("Le décret est paru le 2025-04-03.", "2025-04-03", "DATE", "2025-04-03", ""),
        ("Le vote aura lieu le 28.", "le 28", "DATE", "2025-12-28", ""),
        ("Le maire est parti le 12.", "le 12", "DATE", "2025-12-12", ""),
        ("Il est rentré le 12 au matin.", "le 12 au matin", "TIME", "2025-12-12TMO", ""),
        ("Elle est arrivée jeudi 11 au soir.", "jeudi 11 au soir", "TIME", "2025-12-11TEV", ""),
        ("Le matin du 3 décembre, la grève a commencé.", "Le matin du 3 décembre", "TIME", "2025-12-03TMO", ""),
        ("À la fin du mois d'octobre, il a démissionné.", "la fin du mois d'octobre", "DATE", "2025-10", "END"),
        # decades, centuries, clock times
        ("La crise des années 30 a ruiné la région.", "années 30", "DATE", "193", ""),
        ("Au début du XXIe siècle, la ville a grandi.", "début du XXIe siècle", "DATE", "20", "START"),
        ("Le bal commence à 9 heures du soir.", "9 heures du soir", "TIME", "2025-12-20T21:00", ""),
        # parts of a season or a year
        ("Le port a fermé à la fin de l'été 2024.", "la fin de l'été 2024", "DATE", "2024-SU", "END"),
        ("Le budget sera revu en cours d'année.", "cours d'année", "DATE", "2025", ""),
        # durations, references, sets
        ("Le chantier a duré deux ans et demi.", "deux ans et demi", "DURATION", "P2.5Y", ""),
        ("Les semaines à venir seront décisives.", "Les semaines à venir", "DURATION", "PXW", ""),
        ("Pour l'instant, rien n'a été signé.", "Pour l'instant", "TIME", "PRESENT_REF", ""),
        ("Le texte sera prochainement examiné.", "prochainement", "TIME", "FUTURE_REF", ""),
        ("Les rondes font partie du travail quotidien des gardes.", "quotidien", "SET", "P1D", ""),
        ("Des tirs nocturnes ont réveillé le quartier.", "nocturnes", "TIME", "TNI", ""),
    ],
)
def test_new_class_value(finder: TimexFinder, sentence: str, extent: str, type_: str, value: str, mod: str) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in finder.find(sentence, DCT)]
    assert found == [(extent, type_, value, mod)]


@pytest.mark.parametrize(
    "sentence",
    [
        "L'ascension du parti a surpris les observateurs.",
        "Le quotidien régional a publié une enquête.",
        "Les pompiers sont arrivés devant le 10, rue des Lilas.",
        "Il a voté contre le 12 députés.",
        "Le coureur a été dernier à l'arrivée.",
        "Le dossier a été en cours d'examen.",
    ],
)
def test_look_alikes_are_not_dates(finder: TimexFinder, sentence: str) -> None:
    assert finder.find(sentence, DCT) == []


def test_bare_day_takes_the_month_being_told(finder: TimexFinder) -> None:
    found = finder.find("Le 12 novembre, la grève a commencé. Le 14, elle a cessé.", DCT)
    assert [t.value for t in found] == ["2025-11-12", "2025-11-14"]


@pytest.mark.parametrize(("year", "day"), [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05")])
def test_easter_sunday(year: int, day: str) -> None:
    assert easter(year).isoformat() == day


def test_feast_without_article_date_stays_unknown() -> None:
    assert Anchor.parse(None).feast(0, 1) == "XXXX-XX-XX"
