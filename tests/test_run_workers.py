"""``run_corpus`` with worker processes and the parse cache writes the same tables."""

from __future__ import annotations

import csv
import multiprocessing
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import register_extensions
from pipeline.run import RunOptions, run_corpus
from pipeline.stream import StreamSettings, annotate_stream, word_count

#: The marker that makes the failing test component raise.
MARKER = "ÉCHEC"


@Language.component("test_workers_fail_on_marker")
def fail_on_marker(doc: Doc) -> Doc:
    """Raise on docs containing the marker, like a component meeting a bad article."""
    if MARKER in doc.text:
        raise ValueError("marker found")
    doc._.events = []
    return doc


class BrokenBatchComponent:
    """A component whose batch method fails: the run must stop, not lose docs."""

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def pipe(self, docs: object, batch_size: int = 1) -> object:
        raise RuntimeError("batch failed")


@Language.factory("test_workers_broken_batch")
def make_broken(nlp: Language, name: str) -> BrokenBatchComponent:
    """Build :class:`BrokenBatchComponent`."""
    return BrokenBatchComponent()


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_articles(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def toy() -> Language:
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_workers_fail_on_marker")
    return nlp


@pytest.mark.model
@pytest.mark.parametrize("workers", [2])
def test_workers_write_the_same_tables_as_one_process(
    nlp: Language, corpus_dir: Path, tmp_path: Path, workers: int
) -> None:
    one = run_corpus([corpus_dir], tmp_path / "one",
                     RunOptions(batch_size=1, cache=False, progress=False), nlp=nlp)
    many = run_corpus([corpus_dir], tmp_path / "many",
                      RunOptions(batch_size=1, workers=workers, cache=False, progress=False),
                      nlp=nlp)
    assert many.articles == one.articles == len(list(corpus_dir.glob("*.txt")))
    assert many.words == one.words
    assert one.events > 0
    for table in ("events.csv", "dates.csv", "errors.csv"):
        assert read(tmp_path / "many" / table) == read(tmp_path / "one" / table)


@pytest.mark.model
@pytest.mark.parametrize("workers", [1, 2])
def test_cached_rerun_writes_the_same_tables(
    nlp: Language, corpus_dir: Path, tmp_path: Path, workers: int
) -> None:
    cache = tmp_path / "cache"
    plain = run_corpus([corpus_dir], tmp_path / "plain",
                       RunOptions(batch_size=2, cache=False, progress=False), nlp=nlp)
    options = RunOptions(batch_size=2, workers=workers, cache_dir=str(cache), progress=False)
    for out in ("first", "second"):
        run_corpus([corpus_dir], tmp_path / out, options, nlp=nlp)
    assert len(list(cache.rglob("*.spacy"))) == plain.articles
    for out in ("first", "second"):
        for table in ("events.csv", "dates.csv"):
            assert read(tmp_path / out / table) == read(tmp_path / "plain" / table)


def test_no_cache_writes_no_cache(toy: Language, tmp_path: Path) -> None:
    inputs = write_articles(tmp_path / "in", {"a": "Le Japon accueille le sommet."})
    run_corpus([inputs], tmp_path / "out",
               RunOptions(cache=False, cache_dir=str(tmp_path / "cache"), progress=False), nlp=toy)
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize("workers", [1, 2])
def test_component_error_in_a_worker_is_reported(
    toy: Language, tmp_path: Path, workers: int
) -> None:
    inputs = write_articles(tmp_path / "in", {
        "a": "Le Japon accueille le sommet.",
        "b": f"Texte {MARKER} illisible.",
        "c": "La Russie signe un accord.",
    })
    summary = run_corpus([inputs], tmp_path / "out",
                         RunOptions(batch_size=1, workers=workers, cache=False, progress=False),
                         nlp=toy)
    assert (summary.articles, summary.failed) == (2, 1)
    errors = read(tmp_path / "out" / "errors.csv")
    assert [e["doc_id"] for e in errors] == ["b"]
    assert "test_workers_fail_on_marker" in errors[0]["reason"]
    assert "marker found" in errors[0]["reason"]


@pytest.mark.parametrize(("workers", "error"), [(1, RuntimeError), (2, RuntimeError)])
def test_a_failing_batch_stops_the_run(
    toy: Language, tmp_path: Path, workers: int, error: type[Exception]
) -> None:
    toy.add_pipe("test_workers_broken_batch")
    inputs = write_articles(tmp_path / "in", {"a": "Le Japon.", "b": "La Russie."})
    with pytest.raises(error, match="batch failed"):
        run_corpus([inputs], tmp_path / "out",
                   RunOptions(workers=workers, cache=False, progress=False), nlp=toy)
    assert not (tmp_path / "out" / "events.csv").exists()


@Language.component("test_workers_count_words")
def count_words(doc: Doc) -> Doc:
    """Record the doc's tokens as events, so a record can be checked against its parse."""
    doc._.events = [token.text for token in doc]
    return doc


@pytest.mark.parametrize("parses", [True, False])
def test_workers_send_records_or_whole_docs(parses: bool) -> None:
    register_extensions()
    toy = spacy.blank("fr")
    toy.add_pipe("test_workers_count_words")
    texts = [f"Le Pérou et le Chili  signent l'accord numéro {n}." for n in range(5)]
    docs = (toy.make_doc(text) for text in texts)
    got = [(len(doc), word_count(doc), doc.text, doc._.events) for doc in annotate_stream(
        toy, docs, StreamSettings(batch_size=2, workers=2, parses=parses))]
    expected = [toy(text) for text in texts]
    assert [(words, text, events) for _, words, text, events in got] == [
        (word_count(doc), doc.text, doc._.events) for doc in expected]
    assert [length for length, *_ in got] == [len(doc) if parses else 1 for doc in expected]


def test_stopping_early_ends_the_workers(toy: Language) -> None:
    docs = (toy.make_doc(f"Article numéro {n}.") for n in range(50))
    stream = annotate_stream(toy, docs, StreamSettings(batch_size=2, workers=2))
    assert next(stream).text == "Article numéro 0."
    stream.close()
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("size", "batches", "zones_opened"),
    [(4, [2, 2, 1], 2), (1, [4, 4], 2), (256, [4] * 10, 1), (8, [4] * 5, 3)],
)
def test_worker_zone_spans_batches_up_to_its_size(
    size: int, batches: list[int], zones_opened: int
) -> None:
    from pipeline.workers import _Zones

    nlp = spacy.blank("fr")
    zones = _Zones(nlp, size)
    stacks = []
    for docs in batches:
        zones.enter(docs)
        stacks.append(zones.stack)
    assert len({id(stack) for stack in stacks}) == zones_opened
    known = len(nlp.vocab.strings)
    nlp.make_doc("Zorblatien Kwixtopher a rencontré Vlumbardine")
    zones.close()
    assert zones.stack is None
    assert len(nlp.vocab.strings) == known
