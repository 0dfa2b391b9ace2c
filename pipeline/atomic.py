"""Atomic file writing: a reader sees the old file or the new one, never half.

Example:
    >>> with atomic_path(Path("/tmp/x.csv")) as tmp:          # doctest: +SKIP
    ...     tmp.write_text("a,b\\n")
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from pipeline.safety import guard_row


def _publish(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the usual permissions (mkstemp makes it private) and move it."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, target)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success, move it into place.

    On any exception (Ctrl-C included) the temporary file is removed and
    ``target`` is left as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _publish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _open_part(target: Path, part: Path | None) -> tuple[Path, IO[str], bool]:
    """Open the temporary file of ``target``: a fresh one, or ``part`` to append to.

    Returns:
        The temporary path, its open handle, and whether it is new (empty).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if part is None:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        return Path(name), os.fdopen(fd, "w", encoding="utf-8", newline=""), True
    part.parent.mkdir(parents=True, exist_ok=True)
    fresh = not part.exists() or part.stat().st_size == 0
    return part, part.open("a", encoding="utf-8", newline=""), fresh


class AtomicCsvWriter:
    """Write CSV rows incrementally to a temporary file, published on :meth:`commit`.

    Rows stream to disk as they come (memory stays flat); the file appears
    under its real name only once the run has finished.

    Example:
        >>> with AtomicCsvWriter(Path("/tmp/t.csv"), ["a"]) as w:   # doctest: +SKIP
        ...     w.write({"a": "Séoul"})
    """

    def __init__(
        self,
        target: Path,
        columns: Sequence[str],
        part: Path | None = None,
        guarded: Iterable[str] = (),
    ) -> None:
        self.target = target
        self.columns = list(columns)
        self.rows = 0
        # Text columns a spreadsheet could run as formulas (see pipeline.safety).
        self.guarded = tuple(name for name in guarded if name in self.columns)
        self._tmp, self._handle, fresh = _open_part(target, part)
        self._writer = csv.DictWriter(self._handle, fieldnames=self.columns)
        if fresh:
            self._writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        """Append one row (missing columns are written empty)."""
        self._writer.writerow(guard_row(row, self.guarded) if self.guarded else row)
        self.rows += 1

    def size(self) -> int:
        """Flush and return the bytes written so far (a resume point)."""
        self._handle.flush()
        return os.fstat(self._handle.fileno()).st_size

    def close(self) -> None:
        """Close the temporary file and keep it, unpublished (for ``--resume``)."""
        if not self._handle.closed:
            self._handle.close()

    def commit(self) -> Path:
        """Flush, sync and move the file into place."""
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        _publish(self._tmp, self.target)
        return self.target

    def abort(self) -> None:
        """Drop the temporary file; the target is untouched."""
        if not self._handle.closed:
            self._handle.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> AtomicCsvWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


class AtomicJsonlWriter(AtomicCsvWriter):
    """Like :class:`AtomicCsvWriter`, one JSON object per line (long texts, no header).

    Example:
        >>> with AtomicJsonlWriter(Path("/tmp/a.jsonl")) as w:   # doctest: +SKIP
        ...     w.write({"doc_id": "a1", "text": "Le Japon…"})
    """

    def __init__(self, target: Path, part: Path | None = None) -> None:
        self.target = target
        self.columns = []
        self.rows = 0
        self.guarded = ()
        self._tmp, self._handle, _ = _open_part(target, part)

    def write(self, row: dict[str, Any]) -> None:
        """Append one record as a JSON line (UTF-8, not ASCII-escaped)."""
        self._handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.rows += 1
