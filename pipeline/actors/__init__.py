"""Actor recognition and normalisation to names and codes."""
