"""The ``fr-events`` command: a thin typer layer over the Python API.

Each command parses its options, calls one plain function that returns a
value, and prints it. Heavy imports happen inside the commands so that
``fr-events --help`` stays instant.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer


@contextmanager
def _usage_errors() -> Iterator[None]:
    """Turn a missing path or a bad value into ``error: …`` on stderr and exit code 2."""
    try:
        yield
    except (FileNotFoundError, ValueError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err


app = typer.Typer(
    help="Who did what with whom, and when: event extraction from French news.",
    no_args_is_help=True,
    add_completion=False,
)
benchmark_app = typer.Typer(help="Measure the pipeline against its peers.", no_args_is_help=True)
app.add_typer(benchmark_app, name="benchmark")


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    fmt: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help="Also write events as parquet, jsonl or xlsx."),
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 32,
    zone_docs: Annotated[
        int, typer.Option(help="Documents per memory zone (bounds the vocabulary held).")
    ] = 256,
    workers: Annotated[int, typer.Option(help="Parsing processes.")] = 1,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not reuse parses.")] = False,
    resume: Annotated[bool, typer.Option(help="Continue an interrupted run.")] = False,
    baseline: Annotated[
        bool, typer.Option(help="Also write the naive baseline to OUT/baseline/.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    max_article_mb: Annotated[
        float, typer.Option(help="Largest article accepted, in MB (larger: errors.csv).")
    ] = 1.0,
    any_language: Annotated[
        bool, typer.Option("--any-language", help="Do not skip articles that are not French.")
    ] = False,
) -> None:
    """Extract events from French articles into OUT/events.csv."""
    from pipeline.run import RunOptions, run_corpus

    options = RunOptions(
        formats=tuple(fmt or ()),
        batch_size=batch_size,
        zone_docs=zone_docs,
        workers=workers,
        cache=not no_cache,
        resume=resume,
        baseline=baseline,
        progress=not quiet,
        max_article_bytes=int(max_article_mb * 1_000_000),
        french_only=not any_language,
    )
    try:
        with _usage_errors():
            summary = run_corpus(inputs, out, options)
    except KeyboardInterrupt:
        typer.echo(f"interrupted: no table was published; the finished articles wait in "
                   f"{out / '.progress'}; run the same command with --resume to go on", err=True)
        raise typer.Exit(130) from None
    typer.echo(summary.describe())
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold folder (events.csv, timex.csv).")],
    pred: Annotated[Path, typer.Option(help="A run's output folder.")],
    out: Annotated[
        Path | None, typer.Option(help="Where to write metrics.json and errors (default: PRED).")
    ] = None,
    docs: Annotated[
        list[str] | None,
        typer.Option(help="Only score these doc_ids (repeat the option or separate by commas)."),
    ] = None,
) -> None:
    """Score a run against a gold set (spec, section 6)."""
    from pipeline.evaluate.report import evaluate_dirs

    chosen = [doc.strip() for value in docs or () for doc in value.split(",") if doc.strip()]
    with _usage_errors():
        result = evaluate_dirs(gold, pred, out, docs=chosen or None)
    typer.echo(result.render())


@benchmark_app.command("timebank")
def benchmark_timebank(
    folder: Annotated[Path, typer.Argument(help="Folder of ISO-TimeML (.tml) files.")],
    dateparser: Annotated[
        bool, typer.Option(help="Also score dateparser's search_dates.")
    ] = True,
    misses: Annotated[
        bool, typer.Option(help="List our errors on the tuning part (never the held-back).")
    ] = False,
) -> None:
    """TempEval-3 scores of our date normaliser and dateparser on TimeML files."""
    from pipeline.benchmark.timebank import run_timebank_benchmark

    with _usage_errors():
        result = run_timebank_benchmark(folder, with_dateparser=dateparser, show_misses=misses)
    typer.echo(result.render())


@benchmark_app.command("speed")
def benchmark_speed(
    inputs: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    articles: Annotated[
        int, typer.Option(help="N: articles of the memory check (0 skips it).")
    ] = 20,
    scale: Annotated[int, typer.Option(help="The larger memory corpus is SCALE × N.")] = 10,
    sample: Annotated[int, typer.Option(help="Articles of the throughput corpus.")] = 32,
    rounds: Annotated[int, typer.Option(help="Throughput rounds (medians); 0: memory only.")] = 3,
    batch_size: Annotated[int, typer.Option(help="Docs per batch.")] = 4,
    workers: Annotated[int, typer.Option(help="Processes of the parallel run.")] = 2,
    memory_workers: Annotated[int, typer.Option(help="Processes of the memory runs.")] = 1,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the results as JSON.")
    ] = None,
) -> None:
    """Words per second of bare spaCy and of the full pipeline, cache and memory.

    The default is quick; the full memory check is ``--articles 1000 --scale 10``.
    """
    from pipeline.benchmark.speed import run_speed_benchmark

    with _usage_errors():
        result = run_speed_benchmark(
            inputs, articles=sample, rounds=rounds, batch_size=batch_size, workers=workers,
            memory_articles=articles, scale=scale, memory_workers=memory_workers,
            json_path=json_path,
        )
    typer.echo(result.render())


@app.command()
def review(
    pred: Annotated[Path, typer.Option(help="A run's output folder.")],
    out: Annotated[Path, typer.Option(help="The HTML file to write.")] = Path("report.html"),
    gold: Annotated[Path | None, typer.Option(help="Gold folder, to mark rows.")] = None,
) -> None:
    """Write a self-contained HTML review report."""
    from pipeline.review.report import write_review

    with _usage_errors():
        path = write_review(pred, out, gold=gold)
    typer.echo(f"wrote {path}")
