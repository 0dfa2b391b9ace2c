"""Load the actor dictionary (``models/actors/*.tsv``) into typed records.

Files (tab-separated, ``|`` between values, ``#`` starts a comment line):

- ``countries.tsv``: code, name, aliases, capitals, seats, demonyms, prefixes.
  Demonyms are ``masc/fem`` groups ("japonais/japonaise|nippon/nippone");
  plurals are derived here. Prefixes are the combining forms of compound
  adjectives ("nippo", "russo").
- ``organisations.tsv``: code, name, kind (``org`` or ``group``), aliases,
  demonyms ("occidental/occidentale" for the West).
- ``people.tsv``: name, code, aliases, family names (when not the last
  word, e.g. "Xi"; ``-`` for none), offices (``role:start-end``), note.
  ``people_world.tsv`` has the same columns (the rest of the world's leaders).
- ``titles.tsv``: phrase, class, role — head nouns and function words of the
  title grammar (see :mod:`pipeline.actors.titles`).
- ``places.tsv``: phrase — places named after a state that do not stand for
  it ("mer de Chine"); they are read as class ``place``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.actors.normalize import is_capitalised, pieces, raw_pieces

#: People files, read in this order: the states of the project's brief, then
#: the rest of the world's leaders and the heads of international bodies.
PEOPLE_FILES = ("people.tsv", "people_world.tsv")


@dataclass(frozen=True)
class Actor:
    """A state, organisation or group: canonical French name and code.

    Example:
        >>> Actor("Japon", "JPN", "state").code
        'JPN'
    """

    name: str
    code: str
    kind: str


@dataclass(frozen=True)
class Office:
    """One term in one role; ``end`` is None while in office.

    Example:
        >>> Office("head_of_state", 2012, None).covers(2024)
        True
    """

    role: str
    start: int
    end: int | None
    code: str = ""

    def covers(self, year: int) -> bool:
        """Whether the term includes ``year`` (bounds inclusive)."""
        return self.start <= year and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class Person:
    """A known person with the state or organisation they speak for.

    Example:
        >>> Person("Vladimir Poutine", "RUS").code
        'RUS'
    """

    name: str
    code: str
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()

    def roles(self) -> frozenset[str]:
        """Every role this person held in the period covered."""
        return frozenset(o.role for o in self.offices)

    def code_at(self, year: int | None) -> str:
        """The code the person speaks for in ``year`` (Ban Ki-moon: KOR, then UNO).

        Terms given in calendar years overlap in the year of a change: the
        post taken last wins (Nawaf Salam, at the UN court until 2025 and
        Lebanese prime minister from 2025, is Lebanese in 2025).

        Example:
            >>> Person("Ban Ki-moon", "KOR", offices=(Office("official", 2007, 2016, "UNO"),)).code_at(2010)
            'UNO'
        """
        if year is None:
            return self.code
        held = [o for o in self.offices if o.covers(year)]
        if not held:
            return self.code
        # Latest start first; at an equal start, the term still running.
        latest = max(held, key=lambda o: (o.start, o.end if o.end is not None else 10_000))
        return latest.code or self.code

    def codes(self) -> frozenset[str]:
        """Every code the person has spoken for (their own and their offices')."""
        return frozenset({self.code, *(o.code for o in self.offices)}) - {""}


@dataclass(frozen=True)
class Title:
    """A word of the title grammar: head noun, complement or function word.

    ``cls`` is one of ``person_head`` ("président"), ``state_head``
    ("gouvernement"), ``domain`` ("Défense"), ``honorific`` ("M."),
    ``collective_person`` ("deux dirigeants"), ``collective_state``
    ("deux pays"), ``link`` ("de la"), ``det`` ("les") or ``place`` ("mer de Chine").

    Example:
        >>> Title("porte-parole", "person_head", "spokesperson").role
        'spokesperson'
    """

    phrase: str
    cls: str
    role: str = ""


@dataclass(frozen=True)
class Entry:
    """What a surface form stands for in the lexicon.

    ``mask`` tells, piece by piece, the case the text must show: 1 for
    capitalised (names such as "Malé", "Lima", so the common words they fold
    to are not taken for actors), 2 for all capitals (acronyms such as
    "EAU", "UE"), 0 for any case.
    """

    kind: str
    ref: Actor | Person | Title
    mask: tuple[int, ...] = ()


@dataclass
class ActorDictionary:
    """All actor data, indexed by code and as (pieces, entry) pairs.

    Example:
        >>> d = ActorDictionary.load()                      # doctest: +SKIP
        >>> d.states["JPN"].name                            # doctest: +SKIP
        'Japon'
    """

    states: dict[str, Actor] = field(default_factory=dict)
    orgs: dict[str, Actor] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    surfaces: list[tuple[tuple[str, ...], Entry]] = field(default_factory=list)
    #: Names of the armed non-state groups (kind ``armed`` in organisations.tsv),
    #: which "les rebelles", "les paramilitaires" may point back to.
    armed: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, folder: str | Path | None = None) -> ActorDictionary:
        """Read every file of ``folder`` (default: the bundled ``models/actors``)."""
        from pipeline.paths import models_dir

        root = Path(folder) if folder else models_dir() / "actors"
        if not (root / "countries.tsv").exists() and (root / "actors").is_dir():
            root = root / "actors"
        book = cls()
        for row in read_rows(root / "countries.tsv"):
            book._add_state(row)
        for row in read_rows(root / "organisations.tsv"):
            book._add_org(row)
        for people in PEOPLE_FILES:
            for row in read_rows(root / people):
                book._add_person(row)
        for row in read_rows(root / "titles.tsv"):
            book._add_title(row)
        for row in read_rows(root / "places.tsv"):
            book._add_title([row[0], "place", ""])
        return book

    def actor(self, code: str) -> Actor | None:
        """The state or organisation with this code, if any."""
        return self.states.get(code) or self.orgs.get(code)

    def _add_surface(self, text: str, kind: str, ref: Actor | Person | Title, named: bool) -> None:
        keys = tuple(pieces(text))
        if not keys:
            return
        mask = tuple(_case_code(p) for p in raw_pieces(text)) if named else ()
        self.surfaces.append((keys, Entry(kind, ref, mask)))

    def _add_state(self, row: list[str]) -> None:
        code, name, aliases, capitals, seats, demonyms, prefixes = _pad(row, 7)
        state = Actor(name, code, "state")
        self.states[code] = state
        for text in _names(name, aliases):
            self._add_surface(text, "state", state, named=True)
        for text in split_field(capitals):
            self._add_surface(text, "capital", state, named=True)
        for text in split_field(seats):
            self._add_surface(text, "seat", state, named=True)
        for text in inflect(demonyms):
            self._add_surface(text, "demonym", state, named=False)
        for text in split_field(prefixes):
            self._add_surface(text, "prefix", state, named=False)

    def _add_org(self, row: list[str]) -> None:
        code, name, kind, aliases, demonyms = _pad(row, 5)
        # An armed group is an organisation to every later stage; only the
        # descriptions ("les rebelles") need to tell it apart.
        if kind == "armed":
            self.armed.add(name)
        org = Actor(name, code, "org" if kind in ("", "armed") else kind)
        # UN bodies share the code UNO: the first row (the ONU) is the one a
        # bare code stands for (a UN official's actor).
        self.orgs.setdefault(code or name, org)
        for text in _names(name, aliases):
            self._add_surface(text, "org", org, named=True)
        for text in inflect(demonyms):
            self._add_surface(text, "demonym", org, named=False)

    def _add_person(self, row: list[str]) -> None:
        name, code, aliases, family, offices, _note = _pad(row, 6)
        person = Person(name, code, tuple(split_field(aliases)), tuple(_offices(offices)))
        self.people.append(person)
        families = [] if family == "-" else split_field(family)
        if not family and len(name.split()) > 1 and len(name.split()[-1]) > 2:
            # The family name alone ("Poutine", "Koizumi") is a mention too;
            # names written family name first ("Xi Jinping") list it instead.
            families.append(name.split()[-1])
        for text in [name, *person.aliases]:
            kind = "person" if len(text.split()) > 1 else "surname"
            self._add_surface(text, kind, person, named=True)
        for text in dict.fromkeys(families):
            self._add_surface(text, "surname", person, named=True)

    def _add_title(self, row: list[str]) -> None:
        phrase, cls_, role = _pad(row, 3)
        title = Title(phrase, cls_, role)
        self.titles.append(title)
        self._add_surface(phrase, cls_, title, named=False)


def _case_code(piece: str) -> int:
    """0 any case, 1 capitalised, 2 all capitals (acronyms of two letters or more)."""
    if len(piece) > 1 and piece.isupper():
        return 2
    return 1 if is_capitalised(piece) else 0


def read_rows(path: Path) -> Iterator[list[str]]:
    """Data rows of a TSV file, skipping the header, blanks and comments."""
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        for row in reader:
            if any(cell.strip() for cell in row) and not row[0].startswith("#"):
                yield [cell.strip() for cell in row]


def _pad(row: list[str], size: int) -> list[str]:
    return (row + [""] * size)[:size]


def split_field(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _names(name: str, aliases: str) -> list[str]:
    """The name and its aliases; an alias ``!Maurice`` keeps the bare name out.

    Example:
        >>> _names("Maurice", "!Maurice|île Maurice")
        ['île Maurice']
    """
    values = split_field(aliases)
    banned = {v[1:] for v in values if v.startswith("!")}
    return [v for v in [name, *values] if not v.startswith("!") and v not in banned]


def inflect(cell: str) -> Iterator[str]:
    """Expand ``masc/fem`` demonym groups with their plurals.

    Example:
        >>> sorted(inflect("japonais/japonaise"))
        ['japonais', 'japonaise', 'japonaises']
    """
    forms: set[str] = set()
    for group in split_field(cell):
        for form in group.split("/"):
            form = form.strip()
            if form:
                forms.add(form)
                forms.add(form if form[-1] in "sxz" else form + "s")
    yield from sorted(forms)


def _offices(cell: str) -> Iterator[Office]:
    """Parse ``role:2000-2008|role:2012-|role@UNO:2007-2016`` into offices."""
    for item in split_field(cell):
        role, _, years = item.partition(":")
        role, _, code = role.partition("@")
        start, _, end = years.partition("-")
        if start.strip().isdigit():
            last = int(end) if end.strip().isdigit() else None
            yield Office(role.strip(), int(start), last, code.strip())
