"""Rule-based event extraction over the French dependency parse."""
