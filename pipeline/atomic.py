"""Atomic file writing: a reader sees the old file or the new one, never half.

Example:
    >>> with atomic_path(Path("/tmp/x.csv")) as tmp:          # doctest: +SKIP
    ...     tmp.write_text("a,b\\n")
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any


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


class AtomicCsvWriter:
    """Write CSV rows incrementally to a temporary file, published on :meth:`commit`.

    Rows stream to disk as they come (memory stays flat); the file appears
    under its real name only once the run has finished.

    Example:
        >>> with AtomicCsvWriter(Path("/tmp/t.csv"), ["a"]) as w:   # doctest: +SKIP
        ...     w.write({"a": "Séoul"})
    """

    def __init__(self, target: Path, columns: Sequence[str]) -> None:
        self.target = target
        self.columns = list(columns)
        self.rows = 0
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        self._tmp = Path(name)
        self._handle: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._handle, fieldnames=self.columns)
        self._writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        """Append one row (missing columns are written empty)."""
        self._writer.writerow(row)
        self.rows += 1

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
