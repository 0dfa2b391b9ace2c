"""The world's leaders (``models/actors/people_world.tsv``): names, offices, data integrity.

Invented sentences on hand-built Docs (tokenizer only, no model), as in
``tests/test_actors.py``.
"""

from __future__ import annotations

import csv
import re

import pytest
from spacy.language import Language

from pipeline.actors.component import ActorTagger
from pipeline.actors.dictionary import PEOPLE_FILES, ActorDictionary
from pipeline.actors.normalize import fold
from pipeline.paths import models_dir
from tests.test_actors import blank, first, make_doc, tag, tagger

__all__ = ["blank", "tagger"]  # the shared fixtures of tests/test_actors.py

#: Roles the ``offices`` column may use (models/actors/README.md).
ROLES = frozenset(
    {"head_of_state", "head_of_government", "foreign", "defence", "spokesperson", "official", "leader"}
)
#: ``role``, optional ``@CODE``, then ``start-`` or ``start-end`` in calendar years.
OFFICE = re.compile(r"^(?P<role>[a-z_]+)(?:@(?P<code>[A-Z]+))?:(?P<start>\d{4})-(?P<end>\d{4})?$")


def people_rows() -> list[tuple[str, list[str]]]:
    """(file, cells) for every data row of both people files."""
    rows = []
    for name in PEOPLE_FILES:
        path = models_dir() / "actors" / name
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(reader, None)
            for cells in reader:
                if cells and cells[0].strip() and not cells[0].startswith("#"):
                    rows.append((name, [c.strip() for c in cells] + [""] * (6 - len(cells))))
    return rows


# Names and aliases --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # Accents fold, so the plain spelling is the same person.
        ("Aleksandar Vucic a reçu l'envoyé européen.", "Vucic", "SRB"),
        ("Aleksandar Vučić a reçu l'envoyé européen.", "Vučić", "SRB"),
        ("Le commissaire Maros Sefcovic a rencontré la presse.", "Sefcovic", "EU"),
        ("Albin Kurti a dénoncé une provocation.", "Kurti", "XKX"),
        ("Mette Frederiksen a répondu sèchement.", "Frederiksen", "DNK"),
        ("Jonas Gahr Store a convoqué son cabinet.", "Store", "NOR"),
        ("Milo Djukanovic a quitté la présidence.", "Djukanovic", "MNE"),
        # Transliterations of Arabic names.
        ("Ahmad al-Chareh a reçu une délégation.", "Chareh", "SYR"),
        ("Abdelmajid Tebboune a reçu l'émissaire.", "Tebboune", "DZA"),
        ("Badr Albusaidi a joué les intermédiaires.", "Albusaidi", "OMN"),
        # Sahel juntas, by either spelling.
        ("Le général Abdourahamane Tchiani a pris la parole.", "Tchiani", "NER"),
        ("Assimi Goïta a promulgué la charte.", "Goïta", "MLI"),
        ("Ibrahim Traoré a limogé son gouvernement.", "Traoré", "BFA"),
        # Latin America, Asia, the Gulf.
        ("Gustavo Petro a critiqué la décision.", "Petro", "COL"),
        ("Claudia Sheinbaum a proposé une médiation.", "Sheinbaum", "MEX"),
        ("Anwar Ibrahim a accueilli le sommet.", "Anwar", "MYS"),
        ("Le roi Salmane a reçu les dirigeants.", "Salmane", "SAU"),
        # Heads of international bodies: a spec group code…
        ("Rafael Grossi a demandé un accès aux sites.", "Grossi", "UNO"),
        ("Roberta Metsola a ouvert la session.", "Metsola", "EU"),
        # …or none (scored by name, as organisations.tsv).
        ("Ngozi Okonjo-Iweala a plaidé pour le libre-échange.", "Okonjo-Iweala", ""),
    ],
)
def test_world_leaders_get_their_code_from_the_name(
    tagger: ActorTagger, blank: Language, text: str, surface: str, code: str
) -> None:
    assert first(tagger, make_doc(blank, text, "2025-06-01"), surface)[1] == code


@pytest.mark.parametrize(
    ("text", "date", "surface", "code"),
    [
        # An office held for another code counts in its years only.
        ("Valdis Dombrovskis a signé l'accord.", "2012-05-01", "Dombrovskis", "LVA"),
        ("Valdis Dombrovskis a signé l'accord.", "2022-05-01", "Dombrovskis", "EU"),
        ("Alain Berset a salué la décision.", "2023-05-01", "Berset", "CHE"),
        ("Alain Berset a salué la décision.", "2025-05-01", "Berset", ""),
        ("Michelle Bachelet a publié un rapport.", "2020-05-01", "Bachelet", "UNO"),
    ],
)
def test_the_code_follows_the_office_held_at_the_articles_date(
    tagger: ActorTagger, blank: Language, text: str, date: str, surface: str, code: str
) -> None:
    assert first(tagger, make_doc(blank, text, date), surface)[1] == code


# Titles and dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "surface", "actor"),
    [
        # A country title names the office-holder the article named.
        ("Bassirou Diomaye Faye a reçu Ousmane Sonko. Le président sénégalais a salué son hôte.",
         "2025-01-10", "président sénégalais", "Bassirou Diomaye Faye"),
        ("Aleksandar Vučić a parlé à Albin Kurti. Le Premier ministre kosovar a raccroché.",
         "2025-01-10", "Premier ministre kosovar", "Albin Kurti"),
        # A bare title: the person named before, if in that office at the date.
        ("Mette Frederiksen est arrivée à Nuuk. La Première ministre a rassuré les élus.",
         "2025-01-10", "Première ministre", "Mette Frederiksen"),
    ],
)
def test_titles_resolve_to_the_office_holder_named_in_the_article(
    tagger: ActorTagger, blank: Language, text: str, date: str, surface: str, actor: str
) -> None:
    assert first(tagger, make_doc(blank, text, date), surface)[0] == actor


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Not yet in office: the bare title names nobody.
        ("Mette Frederiksen est arrivée à Nuuk. La Première ministre a rassuré les élus.", "2016-01-10"),
        # A Serbian title is not the Kosovar just named.
        ("Albin Kurti est arrivé. Le président serbe a refusé de le voir.", "2025-01-10"),
    ],
)
def test_titles_do_not_take_someone_out_of_office_or_of_another_country(
    tagger: ActorTagger, blank: Language, text: str, date: str
) -> None:
    spans = tag(tagger, make_doc(blank, text, date))
    titles = [(t, a) for t, a, _, _ in spans if "Kurti" not in t and "Frederiksen" not in t]
    assert all(a not in ("Albin Kurti", "Mette Frederiksen") for _, a in titles), spans


# Data integrity -----------------------------------------------------------------


def test_every_row_has_a_known_code() -> None:
    book = ActorDictionary.load()
    known = set(book.states) | {a.code for a in book.orgs.values() if a.code}
    for file, cells in people_rows():
        # Empty: an organisation with no spec code (FMI, OMC…), scored by name.
        assert cells[1] in known or (cells[1] == "" and file == "people_world.tsv"), (file, cells[0])


def test_every_office_is_well_formed() -> None:
    book = ActorDictionary.load()
    known = set(book.states) | {a.code for a in book.orgs.values() if a.code}
    for file, cells in people_rows():
        for item in filter(None, cells[4].split("|")):
            m = OFFICE.match(item)
            assert m, (file, cells[0], item)
            assert m["role"] in ROLES, (file, cells[0], item)
            assert m["code"] is None or m["code"] in known, (file, cells[0], item)
            assert m["end"] is None or int(m["start"]) <= int(m["end"]), (file, cells[0], item)
            assert 1950 <= int(m["start"]) <= 2026, (file, cells[0], item)


def test_no_name_or_alias_belongs_to_two_people() -> None:
    owner: dict[str, tuple[str, str]] = {}
    for file, cells in people_rows():
        for form in [cells[0], *filter(None, cells[2].split("|"))]:
            key = fold(form)
            assert owner.setdefault(key, (file, cells[0])) == (file, cells[0]), (form, owner[key], cells[0])


def test_world_file_is_loaded_with_the_first() -> None:
    names = {p.name for p in ActorDictionary.load().people}
    assert {"Vladimir Poutine", "Aleksandar Vučić", "Maroš Šefčovič"} <= names


def test_world_file_rows_are_not_already_listed() -> None:
    files: dict[str, set[str]] = {name: set() for name in PEOPLE_FILES}
    for file, cells in people_rows():
        files[file].add(fold(cells[0]))
    assert not files["people.tsv"] & files["people_world.tsv"]

