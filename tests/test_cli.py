"""End to end: the ``fr-events`` command on the bundled corpus and on JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.table import CONTRACT_COLUMNS

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("run")
    result = runner.invoke(app, ["run", str(corpus_dir), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def _events(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)


def test_run_writes_contract_columns(corpus_run: Path) -> None:
    events = _events(corpus_run)
    assert list(events.columns[: len(CONTRACT_COLUMNS)]) == list(CONTRACT_COLUMNS)
    for name in ("dates.csv", "errors.csv", "run.json"):
        assert (corpus_run / name).exists()


def test_run_finds_events_in_every_article(corpus_run: Path, corpus_dir: Path) -> None:
    events = _events(corpus_run)
    articles = {p.stem for p in corpus_dir.glob("*.txt")}
    assert articles <= set(events["doc_id"])


def test_run_manifest_counts(corpus_run: Path) -> None:
    manifest = json.loads((corpus_run / "run.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["articles"] == 5
    assert manifest["counts"]["failed"] == 0
    assert manifest["versions"]["spacy"].startswith("3.8")


@pytest.mark.parametrize(
    ("actor_code", "event_type", "partner_code"),
    [
        # What a reader of the corpus expects, one class of event each.
        ("JPN", "CONSULT", "CAS"),     # Japan hosts a summit with Central Asia
        ("RUS", "AGREE", "PRK"),       # the Russia–North Korea defence pact
        ("JPN", "ACCUSE", "RUS"),      # Tokyo voices grave concern / accuses Moscow
        ("PRK", "AID", "RUS"),         # North Korean arms supplied to Russia
        ("JPN", "CONSULT", "RUS"),     # Koizumi's visit to Moscow
    ],
)
def test_run_finds_expected_events(
    corpus_run: Path, actor_code: str, event_type: str, partner_code: str
) -> None:
    events = _events(corpus_run)
    symmetric = event_type in {"AGREE", "CONSULT", "COOPERATE"}
    forward = (events["actor_code"] == actor_code) & (events["partner_code"] == partner_code)
    backward = (events["actor_code"] == partner_code) & (events["partner_code"] == actor_code)
    pair = forward | backward if symmetric else forward
    assert ((events["event_type"] == event_type) & pair).any()


def test_jsonl_input_uses_given_dates(tmp_path: Path) -> None:
    articles = tmp_path / "in.jsonl"
    records = [
        {"id": "a1", "date": "2024-05-10",
         "text": "Le Japon a signé hier un accord de coopération avec la Mongolie."},
        {"id": "a2", "text": "Publié le 03/02/2023\nLa Chine a condamné mardi la Corée du Nord."},
    ]
    articles.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                        encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(articles), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    events = _events(out).set_index("doc_id")
    assert events.loc["a1", "doc_date"] == "2024-05-10"
    assert events.loc["a1", "date"] == "2024-05-09"
    assert events.loc["a2", "doc_date"] == "2023-02-03"
    assert events.loc["a2", "date"] == "2023-01-31"


def test_run_reports_missing_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "input not found" in result.output
