"""Scoring folders end to end (pipeline.evaluate.report) and the ``evaluate`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate.report import evaluate_dirs

HEADER = "doc_id,actor,actor_code,event_type,action,partner,partner_code,date,modality,evidence"
JAPAN_KAZ = "d1,Japon,JPN,CONSULT,accueillir,Kazakhstan,KAZ,2025-12-20,asserted,Tokyo accueille."
RUSSIA_JAPAN = "d1,Russie,RUS,ACCUSE,accuser,Japon,JPN,,asserted,Moscou accuse Tokyo."
EU_RUSSIA = "d2,l'Union européenne,,SANCTION,sanctionner,Russie,RUS,2025-12,planned,"
TIMEX = "doc_id,start,end,text,value\nd1,10,24,le 20 décembre,2025-12-20\nd2,0,8,décembre,2025-12\n"


def write_folder(folder: Path, rows: list[str], dates: str | None = None) -> Path:
    """Write an events.csv (and a date file) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "events.csv").write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    if dates is not None:
        name = "timex.csv" if folder.name == "gold" else "dates.csv"
        (folder / name).write_text(dates, encoding="utf-8")
    return folder


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    """Three gold events in two documents, with date mentions."""
    return write_folder(tmp_path / "gold", [JAPAN_KAZ, RUSSIA_JAPAN, EU_RUSSIA], TIMEX)


def metrics(folder: Path) -> dict:
    """The pipeline's section of metrics.json."""
    return json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["systems"]["pipeline"]


def test_a_perfect_prediction_scores_one(gold: Path, tmp_path: Path) -> None:
    pred = write_folder(tmp_path / "pred", [JAPAN_KAZ, RUSSIA_JAPAN, EU_RUSSIA], TIMEX)
    evaluate_dirs(gold, pred)
    scores = metrics(pred)
    for name in ("event", "event_date", "dyad"):
        assert scores[name]["f1"] == 1.0
    assert scores["date_mentions"]["mention_recall"] == 1.0
    assert (pred / "errors.md").read_text(encoding="utf-8").endswith("No errors.\n")


@pytest.mark.parametrize(
    ("pred_rows", "event", "event_date", "dyad"),
    [
        # A symmetric type in the other order still matches.
        (["d1,Kazakhstan,KAZ,CONSULT,accueillir,Japon,JPN,2025-12-20,asserted,"], 1, 1, 1),
        # A directed type in the other order is only a dyad match.
        (["d1,Japon,JPN,ACCUSE,accuser,Russie,RUS,,asserted,"], 0, 0, 1),
        # Empty code on one side: names compared without accents and article.
        (["d2,Union Europeenne,EU,SANCTION,sanctionner,Russie,RUS,2025-12,asserted,"], 1, 1, 1),
        # Right event, wrong date.
        ([JAPAN_KAZ.replace("2025-12-20", "2025-12")], 1, 0, 1),
        # The same row twice: one match, one false positive.
        ([JAPAN_KAZ, JAPAN_KAZ], 1, 1, 1),
        ([], 0, 0, 0),
    ],
    ids=["symmetric", "directed", "name-fallback", "wrong-date", "duplicate", "empty"],
)
def test_evaluate_dirs_counts_matches(
    gold: Path, tmp_path: Path, pred_rows: list[str], event: int, event_date: int, dyad: int
) -> None:
    pred = write_folder(tmp_path / "pred", pred_rows)
    evaluate_dirs(gold, pred)
    scores = metrics(pred)
    matched = (
        scores["event"]["matched"],
        scores["event_date"]["matched"],
        scores["dyad"]["matched"],
    )
    assert matched == (event, event_date, dyad)
    assert scores["event"]["gold"] == 3 and scores["event"]["pred"] == len(pred_rows)


def test_errors_list_misses_spurious_rows_and_differences(gold: Path, tmp_path: Path) -> None:
    spurious = "d1,Chine,CHN,AID,aider,Japon,JPN,,asserted,La Chine aide le Japon."
    pred = write_folder(
        tmp_path / "pred",
        [JAPAN_KAZ.replace("asserted", "planned"), spurious],
        "doc_id,start,end,text,value\nd1,14,20,décembre,2025-12\n",
    )
    evaluate_dirs(gold, pred)
    errors = (pred / "errors.md").read_text(encoding="utf-8")
    assert "## d1" in errors and "## d2" in errors
    assert "### False negative (1)" in errors and "Moscou accuse Tokyo." in errors
    assert "### False positive (1)" in errors and "La Chine aide le Japon." in errors
    assert "modality: gold asserted, pred planned" in errors
    assert "### Date mention missed (1)" in errors
    assert 'pred "décembre" [14, 20) = 2025-12' in errors
    table = (pred / "eval_errors.csv").read_text(encoding="utf-8").splitlines()
    assert len(table) == 1 + 2 + 1 + 1 + 1 + 1  # header, 2 FN, FP, match, missed, wrong value


def test_scoring_is_restricted_to_gold_documents(gold: Path, tmp_path: Path) -> None:
    outside = JAPAN_KAZ.replace("d1,", "d9,")
    pred = write_folder(tmp_path / "pred", [JAPAN_KAZ, outside])
    result = evaluate_dirs(gold, pred)
    assert metrics(pred)["event"]["pred"] == 1
    assert any("ignored 1 predicted row(s) in 1 document(s)" in note for note in result.notes)


def test_docs_option_scores_only_the_listed_documents(gold: Path, tmp_path: Path) -> None:
    pred = write_folder(tmp_path / "pred", [JAPAN_KAZ, EU_RUSSIA])
    out = tmp_path / "heldout"
    result = evaluate_dirs(gold, pred, out, docs=["d2"])
    assert result.docs == ("d2",)
    scores = metrics(out)
    assert (scores["event"]["gold"], scores["event"]["pred"]) == (1, 1)
    assert list(scores["per_doc"]) == ["d2"]
    assert not (pred / "metrics.json").exists()


def test_date_metrics_are_omitted_without_a_date_file(gold: Path, tmp_path: Path) -> None:
    pred = write_folder(tmp_path / "pred", [JAPAN_KAZ])
    result = evaluate_dirs(gold, pred)
    assert metrics(pred)["date_mentions"] is None
    assert "date mention recall" in result.render()


def test_baseline_is_scored_beside_the_pipeline(gold: Path, tmp_path: Path) -> None:
    pred = write_folder(tmp_path / "pred", [JAPAN_KAZ, RUSSIA_JAPAN])
    write_folder(pred / "baseline", [JAPAN_KAZ])
    text = evaluate_dirs(gold, pred).render()
    systems = json.loads((pred / "metrics.json").read_text(encoding="utf-8"))["systems"]
    assert systems["pipeline"]["event"]["matched"] == 2
    assert systems["baseline"]["event"]["matched"] == 1
    assert "pipeline P" in text and "baseline P" in text


def test_agreement_between_two_gold_folders(gold: Path, tmp_path: Path) -> None:
    other = write_folder(tmp_path / "annotator_b", [JAPAN_KAZ, EU_RUSSIA])
    evaluate_dirs(gold, other)
    assert metrics(other)["event"]["f1"] == pytest.approx(0.8)


def test_cli_prints_the_table(gold: Path, tmp_path: Path) -> None:
    pred = write_folder(tmp_path / "pred", [JAPAN_KAZ])
    result = CliRunner().invoke(
        app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--docs", "d1,d2"]
    )
    assert result.exit_code == 0, result.output
    assert "event+date" in result.output and "Per event type" in result.output


def test_cli_reports_a_malformed_gold_with_exit_code_two(gold: Path, tmp_path: Path) -> None:
    (gold / "events.csv").write_text(
        f"{HEADER}\n{JAPAN_KAZ.replace('CONSULT', 'MEET')}\n", encoding="utf-8"
    )
    pred = write_folder(tmp_path / "pred", [])
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2
    assert 'line 2, column "event_type"' in result.output


def test_the_run_error_log_is_left_alone(gold: Path, tmp_path: Path) -> None:
    pred = write_folder(tmp_path / "pred", [JAPAN_KAZ])
    (pred / "errors.csv").write_text("doc_id,source,stage,reason\n", encoding="utf-8")
    evaluate_dirs(gold, pred)
    assert (pred / "errors.csv").read_text(encoding="utf-8") == "doc_id,source,stage,reason\n"
    assert (pred / "eval_errors.csv").is_file()


def test_a_runs_spreadsheet_guard_is_removed_before_matching(tmp_path: Path) -> None:
    gold = write_folder(tmp_path / "gold", ["d1,-Ligue,,ACCUSE,accuser,Japon,JPN,,asserted,"])
    pred = write_folder(tmp_path / "pred", ["d1,'-Ligue,,ACCUSE,accuser,Japon,JPN,,asserted,"])
    evaluate_dirs(gold, pred)
    assert metrics(pred)["event"]["f1"] == 1.0
