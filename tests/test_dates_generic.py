"""Habitual sentences leave the year of year-less dates X-filled."""

from __future__ import annotations

import pytest

from pipeline.dates.finder import TimexFinder


@pytest.fixture(scope="module")
def finder() -> TimexFinder:
    return TimexFinder()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Pendant les mois d'été, et surtout entre le 15 juillet et le 15 août, c'est complet.",
         ["XXXX-SU", "XXXX-07-15", "XXXX-08-15"]),
        ("Chaque année, le 14 juillet, le régiment défile.", ["P1Y", "XXXX-07-14"]),
        ("Tous les ans, en mai, la foire revient.", ["P1Y", "XXXX-05"]),
        # a weekly habit says nothing about the year
        # (the future "rouvrira" places both months in the coming summer)
        ("Fermée en juillet, elle rouvrira en août, uniquement le mercredi.",
         ["2026-07", "2026-08", "XXXX-WXX-3"]),
        # a named year or "dernier" is kept, and the habit stays in its sentence
        ("Chaque année, le 14 juillet 2003 excepté, il défile.", ["P1Y", "2003-07-14"]),
        ("Chaque année, il défile. Le 14 juillet, il défilera.", ["P1Y", "2026-07-14"]),
    ],
)
def test_habitual_sentence_drops_the_year(finder: TimexFinder, text: str, values: list[str]) -> None:
    assert [t.value for t in finder.find(text, "2025-12-20")] == values


def test_undated_article_is_untouched(finder: TimexFinder) -> None:
    assert [t.value for t in finder.find("Chaque année, le 14 juillet.", None)] == ["P1Y", "XXXX-07-14"]
