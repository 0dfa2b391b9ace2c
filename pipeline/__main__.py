"""``python -m pipeline`` is the ``fr-events`` command."""

from pipeline.cli import app

if __name__ == "__main__":
    app()
