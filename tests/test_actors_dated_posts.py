"""People with several dated posts: the article's date, then the title the text gives.

Invented people on hand-built records, and invented sentences on blank Docs
(tokenizer only, no model), as in ``tests/test_actors.py``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.actors.component import ActorTagger
from pipeline.actors.coref import Cluster
from pipeline.actors.dictionary import Office, Person
from tests.test_actors import blank, first, make_doc, tagger

__all__ = ["blank", "tagger"]  # the shared fixtures of tests/test_actors.py

#: A judge at a UN court until 2025 who became his country's prime minister in 2025.
JUDGE = Person(
    "Karim Haddad", "LBN",
    offices=(Office("head_of_government", 2025, None), Office("official", 2022, 2025, "UNO")),
)
#: A prime minister who left for an EU post the same year.
MOVER = Person(
    "Liina Tamm", "EU",
    offices=(Office("foreign", 2024, None), Office("head_of_government", 2019, 2024, "EST")),
)


@pytest.mark.parametrize(
    ("person", "year", "code"),
    [
        (JUDGE, 2023, "UNO"),   # only the UN post
        (JUDGE, 2025, "LBN"),   # both posts that year: the one taken last
        (JUDGE, 2026, "LBN"),
        (JUDGE, 2010, "LBN"),   # no post that year: the row's code
        (JUDGE, None, "LBN"),   # undated article
        (MOVER, 2021, "EST"),
        (MOVER, 2024, "EU"),
    ],
)
def test_overlapping_posts_follow_the_article_year(person: Person, year: int | None, code: str) -> None:
    assert person.code_at(year) == code


@pytest.mark.parametrize(
    ("titles", "year", "code"),
    [
        (["LBN"], 2024, "LBN"),          # "le Premier ministre libanais" beats the UN post
        (["", "UNO"], 2025, "UNO"),      # "le juge de l'ONU" beats the national post
        (["", ""], 2024, "UNO"),         # no title: the article's year decides
        (["FRA"], 2024, "UNO"),          # a title that fits none of his posts is ignored
    ],
)
def test_a_fitting_title_in_the_text_decides(titles: list[str], year: int, code: str) -> None:
    cluster = Cluster(JUDGE, codes=titles)
    assert cluster.code(year) == code


@pytest.mark.parametrize(
    ("text", "date", "surface", "code"),
    [
        # Dictionary people who held a national office before an international one.
        ("Le Premier ministre estonien Kaja Kallas a reçu une délégation.", "2023-03-02", "Kallas", "EST"),
        ("Mark Rutte a reçu une délégation à La Haye.", "2022-05-10", "Rutte", "NLD"),
        ("Mark Rutte a reçu une délégation à Bruxelles.", "2025-05-10", "Rutte", "NATO"),
        ("Le chef de l'OTAN Mark Rutte a reçu une délégation.", "2024-11-10", "Rutte", "NATO"),
        # a former post does not decide for a known person
        ("L'ancien Premier ministre néerlandais Mark Rutte a parlé.", "2025-03-01", "Rutte", "NATO"),
    ],
)
def test_dictionary_people_with_national_and_international_posts(
    tagger: ActorTagger, blank: Language, text: str, date: str, surface: str, code: str
) -> None:
    assert first(tagger, make_doc(blank, text, date=date), surface)[1] == code
