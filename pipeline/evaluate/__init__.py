"""Scoring against a gold set (spec, section 6) and the naive baseline; see README.md here."""
