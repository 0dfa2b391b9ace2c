"""The parse cache: hits, misses, keys, corrupt files, and the batch annotator using it.

A blank French pipeline with a stand-in "parser" (tags, lemmas, heads,
entities) keeps these tests free of the model.
"""

from __future__ import annotations

import warnings
import zlib
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from pipeline.cache import (
    CACHE_ENV,
    LeanDocBin,
    ParseCache,
    ParseCacheWarning,
    default_cache_dir,
    namespace,
)
from pipeline.extensions import register_extensions
from pipeline.stream import BatchAnnotator, Stages

TEXTS = [
    "Le Japon accueille les dirigeants d'Asie centrale à Tokyo.",
    "La Russie et la Corée du Nord ont signé un accord le 19 juin.",
]


@Language.component("test_cache_fake_parser")
def fake_parser(doc: Doc) -> Doc:
    """Annotate like a parser would, and count the calls (in ``doc.vocab``'s user data)."""
    for token in doc:
        token.tag_ = "NOUN" if token.is_title else "X"
        token.lemma_ = token.lower_
        token.dep_ = "ROOT" if token.i == 0 else "dep"
        token.head = doc[0]
    titles = [Span(doc, t.i, t.i + 1, label="LOC") for t in doc if t.is_title and t.i > 0]
    doc.ents = titles
    calls = doc.vocab.cfg.setdefault("test_parser_calls", [])
    calls.append(doc.text)
    return doc


@Language.component("test_cache_fake_rules")
def fake_rules(doc: Doc) -> Doc:
    """Stand in for our components: read the parse into ``doc._.events``."""
    doc._.events = [(ent.text, ent.root.head.text) for ent in doc.ents]
    return doc


@pytest.fixture()
def toy() -> Language:
    """A blank pipeline: the fake parser, then the fake rules."""
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.meta.update({"name": "toy", "version": "1.0.0"})
    nlp.add_pipe("test_cache_fake_parser")
    nlp.add_pipe("test_cache_fake_rules")
    return nlp


TOY_STAGES = Stages(parse=("test_cache_fake_parser",), rules=("test_cache_fake_rules",))


def unparsed(nlp: Language, text: str, doc_id: str = "a1") -> Doc:
    """An unparsed doc as a run makes it."""
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    doc._.doc_date = "2025-12-20"
    return doc


def parsed(nlp: Language, text: str) -> Doc:
    """A doc through the parse stage only."""
    return nlp.get_pipe("test_cache_fake_parser")(nlp.make_doc(text))


def signature(doc: Doc) -> list[tuple[str, str, str, str, int, str]]:
    """What the cache must keep, token by token."""
    return [(t.text, t.tag_, t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_stored_parse_loads_back_with_the_run_user_data(toy: Language, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "ns")
    fresh = parsed(toy, TEXTS[1])
    cache.store(fresh)
    loaded = cache.load(unparsed(toy, TEXTS[1], "doc-7"))
    assert loaded is not None
    assert signature(loaded) == signature(fresh)
    assert loaded.text == TEXTS[1]
    assert (loaded._.doc_id, loaded._.doc_date) == ("doc-7", "2025-12-20")


def test_unknown_text_is_a_miss(toy: Language, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "ns")
    cache.store(parsed(toy, TEXTS[0]))
    assert cache.load(unparsed(toy, TEXTS[1])) is None


def test_each_text_has_its_own_small_file(toy: Language, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "ns")
    for text in TEXTS:
        cache.store(parsed(toy, text))
    files = sorted(p for p in (tmp_path / "ns").rglob("*") if p.is_file())
    assert files == sorted(cache.path(text) for text in TEXTS)
    assert not list((tmp_path / "ns").rglob("*.part"))


@pytest.mark.parametrize(
    ("change", "differs"),
    [
        (lambda nlp: nlp.meta.update({"version": "1.0.1"}), True),
        (lambda nlp: nlp.meta.update({"name": "other"}), True),
        (lambda nlp: nlp.meta.update({"description": "same parses"}), False),
    ],
    ids=["model-version", "model-name", "unrelated-meta"],
)
def test_namespace_follows_the_model(toy: Language, change, differs: bool) -> None:
    before = namespace(toy, TOY_STAGES.parse)
    change(toy)
    assert (namespace(toy, TOY_STAGES.parse) != before) is differs


def test_namespace_follows_spacy_version_and_components(
    toy: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = namespace(toy, TOY_STAGES.parse)
    assert namespace(toy, ()) != before
    monkeypatch.setattr(spacy, "__version__", "9.9.9")
    assert namespace(toy, TOY_STAGES.parse) != before


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda path, other: path.write_bytes(path.read_bytes()[:40]),
        lambda path, other: path.write_bytes(b"not a DocBin at all"),
        lambda path, other: path.write_bytes(b""),
        lambda path, other: path.write_bytes(other.read_bytes()),
    ],
    ids=["truncated", "garbage", "empty", "another-text"],
)
def test_corrupt_file_is_ignored_with_a_warning(toy: Language, tmp_path: Path, corrupt) -> None:
    cache = ParseCache(tmp_path / "ns")
    for text in TEXTS:
        cache.store(parsed(toy, text))
    path = cache.path(TEXTS[0])
    corrupt(path, cache.path(TEXTS[1]))
    with pytest.warns(ParseCacheWarning, match="unreadable parse cache file"):
        assert cache.load(unparsed(toy, TEXTS[0])) is None
    assert not path.exists()


def test_unwritable_cache_warns_and_goes_on(toy: Language, tmp_path: Path) -> None:
    blocker = tmp_path / "ns"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.warns(ParseCacheWarning, match="could not write"):
        ParseCache(blocker).store(parsed(toy, TEXTS[0]))


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({CACHE_ENV: "/data/fr-cache"}, Path("/data/fr-cache")),
        ({"XDG_CACHE_HOME": "/xdg"}, Path("/xdg/fr-events")),
        ({}, Path.home() / ".cache" / "fr-events"),
    ],
)
def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                           expected: Path) -> None:
    for name in (CACHE_ENV, "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_cache_dir() == expected


def test_annotator_parses_once_then_hits(toy: Language, tmp_path: Path) -> None:
    annotate = BatchAnnotator(toy, tmp_path, TOY_STAGES)
    first = annotate([unparsed(toy, t, f"d{i}") for i, t in enumerate(TEXTS)])
    calls = toy.vocab.cfg["test_parser_calls"]
    assert len(calls) == 2
    again = annotate([unparsed(toy, t, f"d{i}") for i, t in enumerate(TEXTS)])
    assert len(calls) == 2
    assert [d._.events for d in again] == [d._.events for d in first]
    assert [d._.doc_id for d in again] == ["d0", "d1"]
    assert [signature(d) for d in again] == [signature(d) for d in first]


def test_annotator_without_cache_parses_every_time(toy: Language) -> None:
    annotate = BatchAnnotator(toy, None, TOY_STAGES)
    for _ in range(2):
        annotate([unparsed(toy, TEXTS[0])])
    assert len(toy.vocab.cfg["test_parser_calls"]) == 2


def test_annotator_recomputes_a_corrupt_entry(toy: Language, tmp_path: Path) -> None:
    annotate = BatchAnnotator(toy, tmp_path, TOY_STAGES)
    expected = annotate([unparsed(toy, TEXTS[0])])[0]._.events
    assert annotate.cache is not None
    annotate.cache.path(TEXTS[0]).write_bytes(b"\x00broken")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        again = annotate([unparsed(toy, TEXTS[0])])
    assert [w.category for w in caught] == [ParseCacheWarning]
    assert again[0]._.events == expected
    assert len(toy.vocab.cfg["test_parser_calls"]) == 2
    assert ParseCache(annotate.cache.folder).load(unparsed(toy, TEXTS[0])) is not None


def _with_morphology(nlp: Language, text: str) -> Doc:
    """A parsed toy doc whose first word has features, the others none."""
    doc = parsed(nlp, text)
    if len(doc):
        doc[0].set_morph("Gender=Masc|Number=Sing")
        doc[0].pos_ = "DET"
    return doc


@pytest.mark.parametrize("text", [*TEXTS, "", "_ le signe _ seul", "Paris\n\nTokyo"])
def test_lean_docbin_writes_what_a_docbin_writes(toy: Language, text: str) -> None:
    doc = _with_morphology(toy, text)
    plain, lean = DocBin(store_user_data=False), LeanDocBin(store_user_data=False)
    plain.add(doc)
    lean.add(doc)
    assert zlib.decompress(lean.to_bytes()) == zlib.decompress(plain.to_bytes())
    loaded = list(DocBin().from_bytes(lean.to_bytes()).get_docs(toy.vocab))
    assert [signature(d) for d in loaded] == [signature(doc)]
    assert [str(t.morph) for t in loaded[0]] == [str(t.morph) for t in doc]
