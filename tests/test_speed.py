"""The speed benchmark and its corpus generator (structure only: no timing assertions)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from pipeline.benchmark.corpusgen import generate_corpus, invented_name, vary
from pipeline.benchmark.speed import TARGETS, SpeedResult, run_speed_benchmark
from pipeline.benchmark.speed_memory import measure_in_process
from pipeline.cli import app

TINY = {
    "a.txt": "Le Japon a accueilli les dirigeants du Kazakhstan et de l'Ouzbékistan à Tokyo.",
    "b.txt": "La Russie et la Corée du Nord ont signé un accord, a déclaré Moscou.",
}


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TINY.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_invented_names_are_distinct() -> None:
    names = [invented_name(n) for n in range(5000)]
    assert len(set(names)) == len(names)
    assert all(name[0].isupper() and name[1:].islower() for name in names)


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("Il a vu Martin, Bernard, Durand et Dupont hier.", 1),
        ("Le Japon et la Chine.", 0),
        ("sans majuscule aucune", 0),
    ],
)
def test_vary_replaces_every_fourth_capitalised_word(text: str, changed: int) -> None:
    varied = vary(text, 3)
    assert sum(a != b for a, b in zip(text.split(), varied.split(), strict=True)) == changed
    assert vary(text, 3) == varied


def test_generated_corpus_has_distinct_ids_and_texts(tiny: Path, tmp_path: Path) -> None:
    corpus = generate_corpus([tiny], 7, tmp_path / "c.jsonl")
    records = [json.loads(line) for line in corpus.path.open(encoding="utf-8")]
    assert corpus.articles == len(records) == 7
    assert len({r["id"] for r in records}) == 7
    assert {r["id"].rsplit("-", 1)[0] for r in records} == {"a", "b"}


def test_generator_refuses_inputs_without_articles(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no article"):
        generate_corpus([tmp_path], 3, tmp_path / "c.jsonl")


def test_cli_reports_a_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["benchmark", "speed", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "input not found" in result.output


@pytest.mark.model
def test_speed_benchmark_smoke(nlp: Language, tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "speed.json"
    result = run_speed_benchmark([tiny], articles=4, rounds=1, batch_size=2, workers=2,
                                 memory_articles=0, json_path=out, nlp=nlp)
    result.memory = [measure_in_process(generate_corpus([tiny], n, tmp_path / f"m{n}.jsonl").path,
                                        1, 2, nlp=nlp) for n in (1, 2)]
    assert result.words > 0
    assert set(result.seconds) == {"bare", "full", "cached", "rules", "parallel"}
    assert all(len(times) == 1 for times in result.seconds.values())
    assert set(TARGETS) <= set(result.ratios())
    assert [p.articles for p in result.memory] == [1, 2]
    assert result.memory_growth() is not None
    table = result.render()
    for label in ("bare fr_core_news_md", "re-run, unchanged", "re-run, rules changed",
                  "2 workers", "peak memory"):
        assert label in table
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert set(saved["words_per_second"]) == set(result.seconds)
    assert set(TARGETS) <= set(saved["ratios"])


def test_full_to_bare_ratio_is_also_given_in_cpu_time() -> None:
    names = ("bare", "full", "cached", "rules", "parallel")
    result = SpeedResult(articles=1, words=100, rounds=1, batch_size=1, workers=2,
                         seconds={name: [1.0] for name in names},
                         cpu={name: [4.0 if name == "full" else 2.0] for name in names})
    assert result.ratios()["full / bare"] == 1.0
    assert result.ratios()["full / bare, CPU time"] == 0.5
    assert "full / bare, CPU time" in result.render()
