"""Peak memory of one run, measured in a process of its own.

Peak resident memory (``ru_maxrss``) only ever grows within a process, so
each measurement gets a fresh interpreter: the parent runs
``python -m pipeline.benchmark.speed_memory CORPUS --workers N`` and reads
one JSON line from its output.

Example:
    >>> measure_memory(Path("/tmp/c.jsonl"), workers=1, batch_size=32)  # doctest: +SKIP
    MemoryPoint(articles=1000, peak_mb=612.4, loaded_mb=598.0, ...)
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from spacy.language import Language


@dataclass(frozen=True)
class MemoryPoint:
    """Memory of one run over a corpus.

    Attributes:
        articles: Articles processed.
        words: Words processed.
        loaded_mb: Peak resident memory once the pipeline was loaded.
        peak_mb: Peak resident memory at the end of the run (this process).
        workers_peak_mb: Largest peak among worker processes (0 with one worker).
        strings: Size of the vocabulary's StringStore at the end.
        seconds: Time the run took.
    """

    articles: int
    words: int
    loaded_mb: float
    peak_mb: float
    workers_peak_mb: float
    strings: int
    seconds: float


def measure_memory(corpus: Path, workers: int, batch_size: int) -> MemoryPoint:
    """Run the pipeline over ``corpus`` in a child process and return its memory.

    Raises:
        RuntimeError: If the child fails.
    """
    command = [sys.executable, "-m", "pipeline.benchmark.speed_memory", str(corpus),
               str(workers), str(batch_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"memory measurement failed:\n{done.stderr[-2000:]}")
    return MemoryPoint(**json.loads(done.stdout.strip().splitlines()[-1]))


def _peak_mb(who: int) -> float:
    """``ru_maxrss`` in MB (Linux reports kilobytes)."""
    return resource.getrusage(who).ru_maxrss / 1024


def measure_in_process(
    corpus: Path, workers: int, batch_size: int, nlp: Language | None = None
) -> MemoryPoint:
    """The measurement itself, meant to run inside a fresh child process.

    Args:
        corpus: Articles to run over.
        workers: Worker processes of the run.
        batch_size: Docs per batch.
        nlp: A loaded pipeline (loaded here when None, as the child does).
    """
    import pipeline
    from pipeline.run import RunOptions, run_corpus

    nlp = nlp or pipeline.load()
    loaded = _peak_mb(resource.RUSAGE_SELF)
    options = RunOptions(batch_size=batch_size, workers=workers, cache=False, progress=False)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        summary = run_corpus([corpus], Path(out), options, nlp=nlp)
    return MemoryPoint(
        articles=summary.articles,
        words=summary.words,
        loaded_mb=round(loaded, 1),
        peak_mb=round(_peak_mb(resource.RUSAGE_SELF), 1),
        workers_peak_mb=round(_peak_mb(resource.RUSAGE_CHILDREN), 1) if workers > 1 else 0.0,
        strings=len(nlp.vocab.strings),
        seconds=round(time.perf_counter() - started, 2),
    )


if __name__ == "__main__":
    point = measure_in_process(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
    print(json.dumps(asdict(point)))
