"""Anaphoric dates: "cette année-là", "le lendemain", "le mois suivant" count from the date narrated before.

Without a date named earlier they fall back to the article's date. Every
text is invented; the article is dated 15 October 2025.
"""

from __future__ import annotations

import pytest

from pipeline.dates.finder import TimexFinder
from pipeline.dates.ranges import join_day_spans
from pipeline.dates.table_forms import count_from_dates, join_day_times

DCT = "2025-10-15"


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


def values(finder: TimexFinder, text: str) -> dict[str, str]:
    return {t.text: t.value for t in finder.find(text, DCT)}


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # The year just narrated, whatever the article's.
        ("En 2017, la Moldavie a rouvert son consulat. Cette année-là, elle a aussi quitté le forum.",
         "Cette année-là", "2017"),
        ("En 2017, la Moldavie a rouvert son consulat. La même année, elle a quitté le forum.",
         "La même année", "2017"),
        ("Le pacte fut signé en 2012 à Dakar. Les deux pays ont, cette année là, échangé des prisonniers.",
         "cette année là", "2012"),
        # A month of that year, written as one mention.
        ("En 2021, le Ghana a fermé sa frontière. En mai de cette année-là, il l'a rouverte.",
         "mai de cette année-là", "2021-05"),
        ("En 2021, le Ghana a fermé sa frontière. En juin de la même année, il l'a rouverte.",
         "juin de la même année", "2021-06"),
        ("En 2016, Quito a rompu avec Lima. En mars de l'année suivante, les ambassadeurs sont revenus.",
         "mars de l'année suivante", "2017-03"),
        ("En 2016, Quito a rompu avec Lima. En avril de l'année précédente, un incident avait éclaté.",
         "avril de l'année précédente", "2015-04"),
        # Units next to the year or month narrated.
        ("En 2019, Tbilissi a reçu le ministre. L'année suivante, il y est retourné.",
         "L'année suivante", "2020"),
        ("En 2019, Tbilissi a reçu le ministre. L'année précédente, il avait boudé la capitale.",
         "L'année précédente", "2018"),
        ("En février 2014, l'armée a quitté la zone. Le mois suivant, elle y est revenue.",
         "Le mois suivant", "2014-03"),
        ("En février 2014, l'armée a quitté la zone. Ce mois-là, trois villages ont été évacués.",
         "Ce mois-là", "2014-02"),
        ("Le 9 avril 2018, le navire a accosté. Cette semaine-là, les dockers ont fait grève.",
         "Cette semaine-là", "2018-W15"),
        # Days counted from the day narrated.
        ("Le 9 avril 2018, le navire a accosté. Le même jour, le capitaine a été arrêté.",
         "Le même jour", "2018-04-09"),
        ("Le 9 avril 2018, le navire a accosté. Ce jour-là, le capitaine a été arrêté.",
         "Ce jour-là", "2018-04-09"),
        ("Le 9 avril 2018, le navire a accosté. Le lendemain, le capitaine a été arrêté.",
         "Le lendemain", "2018-04-10"),
        ("Le 9 avril 2018, le navire a accosté. La veille, le port avait été fermé.",
         "La veille", "2018-04-08"),
        ("Le 9 avril 2018, le navire a accosté. Le surlendemain, il a repris la mer.",
         "Le surlendemain", "2018-04-11"),
        # "à cette époque" takes the date just named.
        ("En 2008, le chef de l'opposition vivait à Genève. À cette époque, il écrivait beaucoup.",
         "cette époque", "2008"),
    ],
)
def test_anaphoric_date_counts_from_narrated_date(finder: TimexFinder, text: str, mention: str, value: str) -> None:
    assert values(finder, text)[mention] == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("La Moldavie a rouvert son consulat. Cette année-là, elle a aussi quitté le forum.",
         "Cette année-là", "2025"),
        ("Le navire a accosté. Le lendemain, le capitaine a été arrêté.", "Le lendemain", "2025-10-16"),
        ("Tbilissi a reçu le ministre. L'année suivante, il y est retourné.", "L'année suivante", "2026"),
        ("Le Ghana a fermé sa frontière. En mai de cette année-là, il l'a rouverte.",
         "mai de cette année-là", "2025-05"),
        # "cette année" without "-là" is the article's, even after a year narrated.
        ("En 2017, la Moldavie a rouvert son consulat. Cette année, elle rejoint le forum.",
         "Cette année", "2025"),
        ("En 2021, le Ghana a fermé sa frontière. En mai de cette année, il l'a rouverte.",
         "mai de cette année", "2025-05"),
    ],
)
def test_anaphoric_date_without_narrated_date_uses_article_date(
    finder: TimexFinder, text: str, mention: str, value: str
) -> None:
    assert values(finder, text)[mention] == value


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A signal after a duration, like "plus tard": the duration alone is marked.
        ("Le 9 avril 2018, le navire a accosté. Trois mois auparavant, il avait été saisi.", ["Trois mois"]),
        ("Le 9 avril 2018, le navire a accosté. Quelques années auparavant, il avait coulé.",
         ["Quelques années"]),
        # Alone, it is a past reference.
        ("Auparavant, le navire avait été saisi.", ["Auparavant"]),
    ],
)
def test_signal_after_duration_is_no_reference(finder: TimexFinder, text: str, kept: list[str]) -> None:
    found = [t.text for t in finder.find(text, DCT)]
    assert [w for w in found if "2018" not in w] == kept


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Le 9 avril 2018, le navire a accosté. Deux jours plus tard, il a repris la mer.",
         "Deux jours plus tard", "2018-04-11"),
        ("Le 9 avril 2018, le navire a accosté. Trois semaines après, il a repris la mer.",
         "Trois semaines après", "2018-04-30"),
        ("Le 9 avril 2018, le navire a accosté. Trois mois auparavant, il avait été saisi.",
         "Trois mois auparavant", "2018-01"),
    ],
)
def test_counted_date_in_event_table_counts_from_narrated_date(
    finder: TimexFinder, text: str, mention: str, value: str
) -> None:
    timexes = join_day_times(join_day_spans(finder.find(text, DCT), text), text)
    assert {t.text: t.value for t in count_from_dates(timexes, text)}[mention] == value
