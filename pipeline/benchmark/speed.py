"""``fr-events benchmark speed``: our pipeline against spaCy's own parse, in one run.

On one generated corpus (the input articles repeated with distinct ids and
small variations, see :mod:`pipeline.benchmark.corpusgen`), each round times,
in alternating order so that load from other processes spreads evenly:

- bare ``fr_core_news_md``: ``nlp.pipe`` over the texts, already in memory;
- the full run, one worker: :func:`pipeline.run.run_corpus` as the command
  runs it (reading, our components, the parse cache filling up, tables);
- the same run again on the filled caches, nothing changed (parses and our
  components' results both reused: the instant re-run);
- the same run with our components' results not reused (the re-run after a
  rule or dictionary change: parses reused, rules run again);
- the full run, first time, with ``--workers`` processes.

Medians over the rounds give words per second and the ratios the targets
name. Peak memory is then measured in a fresh process per corpus size (N and
``scale`` × N articles), since a process's peak only grows.

Example:
    >>> print(run_speed_benchmark([Path("corpus")], rounds=1).render())  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import json
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spacy.language import Language

from pipeline.benchmark.corpusgen import generate_corpus
from pipeline.benchmark.speed_memory import MemoryPoint, measure_memory

#: Targets of issue 6: (name, minimum ratio), ratios as in :meth:`SpeedResult.ratios`.
TARGETS: dict[str, float] = {
    "full / bare": 0.85,
    "full / bare, CPU time": 0.85,
    "parallel / full": 1.6,
    "cached speed-up": 10.0,
}
#: The measurements, in table order.
_NAMES = ("bare", "full", "cached", "rules", "parallel")
#: Wall-clock and CPU seconds of one measurement.
Timing = tuple[float, float]
#: Largest memory growth allowed from N to scale × N articles.
MEMORY_TOLERANCE = 0.10


@dataclass
class SpeedResult:
    """Timings of one benchmark run (seconds per round) and memory points."""

    articles: int
    words: int
    rounds: int
    batch_size: int
    workers: int
    failed: int = 0
    seconds: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)
    memory: list[MemoryPoint] = field(default_factory=list)

    def median(self, name: str) -> float:
        """Median seconds of one measurement."""
        return statistics.median(self.seconds[name])

    def words_per_second(self) -> dict[str, float]:
        """Median words per second of each measurement."""
        return {name: self.words / max(self.median(name), 1e-9) for name in self.seconds}

    def ratios(self) -> dict[str, float]:
        """The ratios the targets are stated in (higher is better)."""
        m = self.median
        cpu = {name: statistics.median(times) for name, times in self.cpu.items() if times}
        return {
            "full / bare": m("bare") / m("full"),
            # CPU seconds of this one process: fairer than wall-clock on a shared machine.
            "full / bare, CPU time": cpu.get("bare", 0.0) / max(cpu.get("full", 0.0), 1e-9),
            "parallel / full": m("full") / m("parallel"),
            "cached speed-up": m("full") / m("cached"),
            "rule-change speed-up": m("full") / m("rules"),
        }

    def memory_growth(self) -> float | None:
        """Relative growth of peak memory from the smallest to the largest corpus."""
        if len(self.memory) < 2:
            return None
        small, large = self.memory[0], self.memory[-1]
        return _peak(large) / _peak(small) - 1

    def render(self) -> str:
        """A table for the terminal."""
        lines = self._throughput_lines() if self.rounds > 0 else []
        if self.memory:
            lines += ["", *self._memory_lines()] if lines else self._memory_lines()
        return "\n".join(lines)

    def _throughput_lines(self) -> list[str]:
        """Timings, words per second and the ratios against their targets."""
        wps = self.words_per_second()
        labels = {
            "bare": "bare fr_core_news_md nlp.pipe",
            "full": "full pipeline, 1 worker (first run)",
            "cached": "full pipeline, 1 worker (re-run, unchanged)",
            "rules": "full pipeline, 1 worker (re-run, rules changed)",
            "parallel": f"full pipeline, {self.workers} workers (first run)",
        }
        lines = [
            f"{self.articles} articles, {self.words} words, {self.rounds} rounds, "
            f"batch size {self.batch_size} (medians)"
            + (f"; {self.failed} articles failed in our components" if self.failed else ""),
            "",
            f"{'measurement':<42} {'seconds':>8} {'words/s':>9} {'CPU s':>8} {'cores':>6}",
        ]
        for name in self.seconds:
            cpu = statistics.median(self.cpu[name])
            # CPU seconds per wall second: below 1 (or below the worker
            # count) means other processes were taking the cores.
            lines.append(f"{labels[name]:<42} {self.median(name):>8.2f} {wps[name]:>9.0f} "
                         f"{cpu:>8.2f} {cpu / max(self.median(name), 1e-9):>6.2f}")
        lines += ["", f"{'ratio':<42} {'value':>8} {'target':>9}"]
        for name, value in self.ratios().items():
            target = TARGETS.get(name)
            verdict = _verdict(value, target) if target is not None else "(no target)"
            lines.append(f"{name:<42} {value:>8.2f} {verdict:>9}")
        return lines

    def _memory_lines(self) -> list[str]:
        """Peak memory per corpus size and the growth against its target."""
        lines = [f"{'peak memory (MB)':<20} {'articles':>8} {'loaded':>8} {'peak':>8} "
                 f"{'workers':>8} {'strings':>8} {'seconds':>8}"]
        lines += [f"{'':<20} {p.articles:>8} {p.loaded_mb:>8.0f} {p.peak_mb:>8.0f} "
                  f"{p.workers_peak_mb:>8.0f} {p.strings:>8} {p.seconds:>8.1f}"
                  for p in self.memory]
        growth = self.memory_growth()
        if growth is not None:
            verdict = "met" if growth <= MEMORY_TOLERANCE else "MISSED"
            lines.append(f"{'growth':<20} {growth:>+8.1%} (target ≤ "
                         f"{MEMORY_TOLERANCE:.0%}: {verdict})")
        return lines

    def to_dict(self) -> dict[str, object]:
        """Everything, for ``--json``."""
        measured = self.rounds > 0
        return {
            "articles": self.articles, "words": self.words, "rounds": self.rounds,
            "batch_size": self.batch_size, "workers": self.workers, "failed": self.failed,
            "seconds": self.seconds,
            "median_seconds": {name: self.median(name) for name in self.seconds},
            "cpu_seconds": self.cpu,
            "words_per_second": self.words_per_second(),
            "ratios": self.ratios() if measured else {}, "targets": TARGETS,
            "memory": [asdict(p) for p in self.memory],
            "memory_growth": self.memory_growth(),
        }


def _peak(point: MemoryPoint) -> float:
    """The larger of the parent's and the workers' peaks."""
    return max(point.peak_mb, point.workers_peak_mb)


def _verdict(value: float, target: float) -> str:
    """``≥ 1.6 ok`` or ``≥ 1.6 MISSED``."""
    return f"≥{target:g} {'ok' if value >= target else 'MISSED'}"


def run_speed_benchmark(
    inputs: list[Path],
    *,
    articles: int = 32,
    rounds: int = 3,
    batch_size: int = 4,
    workers: int = 2,
    memory_articles: int = 20,
    scale: int = 10,
    memory_workers: int = 1,
    json_path: Path | None = None,
    nlp: Language | None = None,
) -> SpeedResult:
    """Measure throughput, the cache and memory on a corpus generated from ``inputs``.

    Args:
        inputs: Article files or folders to build the corpora from.
        articles: Articles in the throughput corpus.
        rounds: Rounds of the throughput measurements (medians are reported; 0 skips them).
        batch_size: Docs per batch, in every measurement.
        workers: Processes of the parallel measurement.
        memory_articles: N for the memory check (0 skips it).
        scale: The larger memory corpus has ``scale`` × N articles.
        memory_workers: Workers of the memory runs.
        json_path: Also write the results there as JSON.
        nlp: Our loaded pipeline (loaded when None).

    Raises:
        FileNotFoundError: If an input does not exist.
        ValueError: If the inputs hold no article.
    """
    for path in inputs:
        if not path.exists():
            raise FileNotFoundError(f"input not found: {path}")
    result = SpeedResult(articles=articles if rounds > 0 else 0, words=0, rounds=rounds,
                         batch_size=batch_size, workers=workers)
    with tempfile.TemporaryDirectory(prefix="fr-speed-") as scratch:
        work = Path(scratch)
        if rounds > 0:
            corpus = generate_corpus(inputs, articles, work / "corpus.jsonl").path
            _measure_throughput(result, _Bench.start(nlp, corpus, work, batch_size))
        if memory_articles > 0:
            for count in sorted({memory_articles, memory_articles * max(scale, 1)}):
                sized = generate_corpus(inputs, count, work / f"memory-{count}.jsonl").path
                result.memory.append(measure_memory(sized, memory_workers, batch_size))
    if json_path is not None:
        json_path.write_text(json.dumps(result.to_dict(), indent=2), encoding="utf-8")
    return result


def _measure_throughput(result: SpeedResult, bench: _Bench) -> None:
    """Alternate the measurements over the rounds (reversed every other round)."""
    bench.warm_up()
    result.words = bench.words
    result.seconds = {name: [] for name in _NAMES}
    result.cpu = {name: [] for name in _NAMES}
    for number in range(result.rounds):
        steps: list[Callable[[], None]] = [
            lambda: _record(result, ("bare",), bench.bare()),
            lambda: _record(result, ("full", "cached", "rules"), *bench.first_and_cached()),
            lambda: _record(result, ("parallel",), bench.full(result.workers)),
        ]
        for step in steps if number % 2 == 0 else reversed(steps):
            step()
    result.failed = bench.failed


def _record(result: SpeedResult, names: tuple[str, ...], *timings: Timing) -> None:
    """Append the timings of one step."""
    for name, (wall, cpu) in zip(names, timings, strict=True):
        result.seconds[name].append(wall)
        result.cpu[name].append(cpu)


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers)."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                         resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@contextlib.contextmanager
def _stopwatch() -> Iterator[list[float]]:
    """Measure wall and CPU seconds of a block into the yielded ``[wall, cpu]``."""
    times = [0.0, 0.0]
    wall, cpu = time.perf_counter(), _cpu_seconds()
    yield times
    times[0], times[1] = time.perf_counter() - wall, _cpu_seconds() - cpu


class _Bench:
    """The measurements, sharing the loaded pipelines and the corpus."""

    def __init__(self, nlp: Language, bare: Language, texts: list[str], corpus: Path,
                 work: Path, batch_size: int) -> None:
        self.nlp = nlp
        self.bare_nlp = bare
        self.texts = texts
        self.corpus = corpus
        self.work = work
        self.batch_size = batch_size
        self.words = 0
        self.runs = 0
        self.failed = 0

    @classmethod
    def start(cls, nlp: Language | None, corpus: Path, work: Path, batch_size: int) -> _Bench:
        """Load both pipelines and read the corpus's texts."""
        import spacy

        import pipeline

        texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
        return cls(nlp or pipeline.load(), spacy.load("fr_core_news_md"), texts, corpus, work,
                   batch_size)

    def warm_up(self) -> None:
        """One untimed pass of each, so first-call costs are not measured; counts words."""
        self.words = sum(1 for doc in self.bare_nlp.pipe(self.texts, batch_size=self.batch_size)
                         for token in doc if not token.is_space)
        self.full(1)

    def bare(self) -> Timing:
        """Seconds for spaCy alone over the texts."""
        with _stopwatch() as times:
            for _ in self.bare_nlp.pipe(self.texts, batch_size=self.batch_size):
                pass
        return times[0], times[1]

    def full(
        self, workers: int, cache_dir: Path | None = None, reuse_results: bool = True
    ) -> Timing:
        """Seconds for a run as ``fr-events run`` does it (an empty cache unless given)."""
        from pipeline.run import RunOptions, run_corpus

        self.runs += 1
        cache = cache_dir or self.work / f"cache-{self.runs}"
        options = RunOptions(batch_size=self.batch_size, workers=workers,
                             cache_dir=str(cache), progress=False,
                             reuse_results=reuse_results)
        with _stopwatch() as times:
            summary = run_corpus([self.corpus], self.work / f"out-{self.runs}", options,
                                 nlp=self.nlp)
        # A doc our components fail on is still parsed, so timings stay
        # comparable; failures are reported beside them.
        self.failed = max(self.failed, summary.failed)
        return times[0], times[1]

    def first_and_cached(self) -> tuple[Timing, Timing, Timing]:
        """Seconds of a first run (filling new caches), of the unchanged re-run
        on them, and of a re-run that reuses the parses only (as after a rule change)."""
        cache = self.work / f"cache-shared-{self.runs}"
        first = self.full(1, cache)
        return first, self.full(1, cache), self.full(1, cache, reuse_results=False)
