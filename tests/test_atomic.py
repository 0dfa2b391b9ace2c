"""Atomic writers never leave a half-written file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.atomic import AtomicCsvWriter, atomic_path


def test_csv_writer_publishes_on_success(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    with AtomicCsvWriter(target, ["a", "b"]) as writer:
        writer.write({"a": "Séoul", "b": "1"})
        assert not target.exists()
    assert target.read_text(encoding="utf-8").splitlines() == ["a,b", "Séoul,1"]
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_csv_writer_keeps_old_file_on_failure(tmp_path: Path, error: type[BaseException]) -> None:
    target = tmp_path / "t.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(error), AtomicCsvWriter(target, ["a"]) as writer:
        writer.write({"a": "x"})
        raise error()
    assert target.read_text(encoding="utf-8") == "old\n"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_path_gives_readable_permissions(tmp_path: Path) -> None:
    target = tmp_path / "run.json"
    with atomic_path(target) as tmp:
        tmp.write_text("{}", encoding="utf-8")
    assert target.stat().st_mode & 0o044 == 0o044
