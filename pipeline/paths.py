"""Where the project's data lives."""

from __future__ import annotations

from pathlib import Path

#: The repository's ``models/`` folder: rule resources (data, not code).
MODELS_DIR: Path = Path(__file__).resolve().parent.parent / "models"


def models_dir(override: str | Path | None = None) -> Path:
    """Return the folder of rule resources, checking that it exists.

    Args:
        override: Another folder to use instead of the bundled ``models/``.

    Raises:
        FileNotFoundError: If the folder does not exist.

    Example:
        >>> models_dir().name
        'models'
    """
    path = Path(override) if override else MODELS_DIR
    if not path.is_dir():
        raise FileNotFoundError(
            f"rule resources not found at {path}: install the project with "
            "'pip install -e .' from its checkout, or pass models_dir"
        )
    return path
